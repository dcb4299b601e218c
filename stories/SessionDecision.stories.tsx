import type { Meta, StoryObj } from '@storybook/react-vite';
import { SessionDecision, sessionDecisionPropDefs } from '../src';
import { sessionDecisionPropDocs } from '../src/components/SessionDecision/SessionDecision.docs';
import { argTypesFrom } from './argTypes';
import { approvedSession, emptySession, inReviewSession, mixedSession, rejectedSession } from './fixtures/sessions';

const meta = {
  title: 'Components/SessionDecision',
  component: SessionDecision,
  tags: ['autodocs'],
  args: { title: 'Identity verification' },
  argTypes: argTypesFrom(sessionDecisionPropDefs, sessionDecisionPropDocs),
} satisfies Meta<typeof SessionDecision>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ApprovedSession: Story = {
  name: 'Approved session',
  args: { session: approvedSession },
};

export const ApprovedSessionCards: Story = {
  name: 'Approved session, cards',
  args: { session: approvedSession, layout: 'cards' },
};

/** Rejected on the biometric step alone: the one failed block comes first. */
export const RejectedSession: Story = {
  name: 'Rejected session',
  args: { session: rejectedSession },
};

export const RejectedSessionCards: Story = {
  name: 'Rejected session, cards',
  args: { session: rejectedSession, layout: 'cards' },
};

export const InReviewSession: Story = {
  name: 'In-review session',
  args: { session: inReviewSession },
};

export const InReviewSessionCards: Story = {
  name: 'In-review session, cards',
  args: { session: inReviewSession, layout: 'cards' },
};

/** Fetched before any step decided: no outcome and no data blocks. */
export const EmptySession: Story = {
  name: 'Empty session',
  args: { session: emptySession },
};

export const RealisticSession: Story = {
  name: 'Realistic session with mixed tones',
  args: { session: mixedSession },
};

export const RealisticSessionCards: Story = {
  name: 'Realistic session with mixed tones, cards',
  args: { session: mixedSession, layout: 'cards' },
};

export const GermanLocale: Story = {
  name: 'German locale',
  globals: { locale: 'de' },
  args: { session: mixedSession, title: 'Identitätsprüfung' },
};

/** Arabic messages and numbers in a right-to-left page; English data stays isolated in its own direction. */
export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  globals: { locale: 'ar', dir: 'rtl' },
  args: { session: mixedSession, title: 'التحقق من الهوية' },
};

export const ArabicRightToLeftCards: Story = {
  name: 'Arabic, right to left, cards',
  globals: { locale: 'ar', dir: 'rtl' },
  args: { session: mixedSession, title: 'التحقق من الهوية', layout: 'cards' },
};

/** English messages in a right-to-left host page: punctuation of the details stays on its side. */
export const EnglishRightToLeft: Story = {
  name: 'English data, right-to-left page',
  globals: { dir: 'rtl' },
  args: { session: mixedSession },
};

export const Playground: Story = {
  args: { session: mixedSession, layout: 'table', headingLevel: 2 },
};
