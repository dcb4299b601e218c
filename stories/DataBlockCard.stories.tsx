import type { Meta, StoryObj } from '@storybook/react-vite';
import { cardSizes, DataBlockCard, type DataBlock, dataBlockCardPropDefs } from '../src';
import { dataBlockCardPropDocs } from '../src/components/DataBlockCard/DataBlockCard.docs';
import { argTypesFrom } from './argTypes';
import { emptyBlock, unbrokenText, unbrokenTextReasons } from './fixtures/partial';
import { failedBiometricAuthentication, untrustedDeviceSignals } from './fixtures/seeds';
import { approvedChecks, inReviewChecks, rejectedChecks } from './fixtures/sessions';

const meta = {
  title: 'Components/DataBlockCard',
  component: DataBlockCard,
  tags: ['autodocs'],
  argTypes: argTypesFrom(dataBlockCardPropDefs, dataBlockCardPropDocs),
} satisfies Meta<typeof DataBlockCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every block of a session as a card, in the order the session lists them. */
function SessionCards({ checks }: { checks: Readonly<Record<string, DataBlock>> }) {
  return (
    <div className="dblk-sb-cards">
      {Object.entries(checks).map(([name, block]) => (
        <DataBlockCard key={name} name={name} block={block} />
      ))}
    </div>
  );
}

/** No score (the provider sent `""`), so no meter; the detail token is humanized and kept as code. */
export const FailedBiometricAuthentication: Story = {
  name: 'Failed biometric authentication',
  args: { name: 'AuthenticationResult', block: failedBiometricAuthentication },
};

export const UntrustedDeviceSignals: Story = {
  name: 'Untrusted device signals',
  args: { name: 'DeviceSignals', block: untrustedDeviceSignals },
};

export const ApprovedSession: Story = {
  name: 'Approved session',
  render: () => <SessionCards checks={approvedChecks} />,
};

export const RejectedSession: Story = {
  name: 'Rejected session',
  render: () => <SessionCards checks={rejectedChecks} />,
};

export const InReviewSession: Story = {
  name: 'In-review session',
  render: () => <SessionCards checks={inReviewChecks} />,
};

/** A step that ran and reported nothing: every field present, every field empty. */
export const EmptyBlock: Story = {
  name: 'Empty block',
  args: { name: 'Watchlist', block: emptyBlock },
};

/** A `title` is shown as given (a `name` would be humanized into words), so both heading and reason stay unbroken. */
export const VeryLongUnbrokenText: Story = {
  name: 'Very long unbroken text',
  args: {
    title: unbrokenText.slice(0, 300),
    block: { verdict: 'failure', score: 12.5, reasons: unbrokenTextReasons },
  },
};

const sizeTitles = { sm: 'Small card', md: 'Medium card', lg: 'Large card' } as const;

/** Each card is a landmark named by its heading, so the three get different titles. */
export const Sizes: Story = {
  args: { block: untrustedDeviceSignals },
  render: (args) => (
    <div className="dblk-sb-cards">
      {cardSizes.map((size) => (
        <DataBlockCard key={size} {...args} title={sizeTitles[size]} size={size} />
      ))}
    </div>
  ),
};

export const Playground: Story = {
  args: {
    name: 'DeviceSignals',
    block: untrustedDeviceSignals,
    size: 'md',
    headingLevel: 3,
    direction: 'higher-is-better',
    thresholds: { caution: 60, critical: 30 },
    maxReasons: 10,
  },
};
