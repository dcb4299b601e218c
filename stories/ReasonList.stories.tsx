import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ReasonList, reasonListPropDefs } from '../src';
import { reasonListPropDocs } from '../src/components/ReasonList/ReasonList.docs';
import { argTypesFrom } from './argTypes';
import {
  bothEmptyReasons,
  catalogDescribedReasons,
  emptyCodeReasons,
  emptyDetailsReasons,
  enumDetailsReasons,
  fortyReasons,
  unbrokenTextReasons,
  unknownCodeReasons,
} from './fixtures/partial';
import { failedBiometricAuthentication, untrustedDeviceSignals } from './fixtures/seeds';

const meta = {
  title: 'Components/ReasonList',
  component: ReasonList,
  tags: ['autodocs'],
  argTypes: argTypesFrom(reasonListPropDefs, reasonListPropDocs),
} satisfies Meta<typeof ReasonList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No code, and details that are an enum token: humanized, with the token kept as code. */
export const FailedBiometricAuthentication: Story = {
  name: 'Failed biometric authentication',
  args: { block: failedBiometricAuthentication },
};

export const UntrustedDeviceSignals: Story = {
  name: 'Untrusted device signals',
  args: { block: untrustedDeviceSignals },
};

export const EmptyCode: Story = {
  name: 'Empty code',
  args: { reasons: emptyCodeReasons },
};

/** The catalog's description stands in for the missing details. */
export const EmptyDetails: Story = {
  name: 'Empty details',
  args: { reasons: emptyDetailsReasons },
};

export const BothEmpty: Story = {
  name: 'Code and details both empty',
  args: { reasons: bothEmptyReasons },
};

export const EnumLikeDetails: Story = {
  name: 'Enum-like details',
  args: { reasons: enumDetailsReasons },
};

/** Unknown codes stay visible as code, without a tooltip; `toString` is just another unknown code. */
export const UnknownCode: Story = {
  name: 'Unknown code',
  args: { reasons: unknownCodeReasons },
};

/** A known code is a focusable chip: its tooltip explains the code on hover and on keyboard focus. */
export const CatalogDescribedCode: Story = {
  name: 'Catalog-described code',
  args: { reasons: catalogDescribedReasons },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Reason code RE011' })).toBeVisible();
    await userEvent.tab();
    // The chip is re-mounted once the tooltip code has loaded, so focus is checked, not a node.
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Reason code RE011'));
    const tooltip = await within(document.body).findByRole('tooltip');
    await expect(tooltip).toHaveTextContent('Email in many data breaches');
    await expect(tooltip).toHaveTextContent('appears in far more data breaches than usual');
  },
};

export const FortyReasonsCollapsed: Story = {
  name: '40 reasons, collapsed',
  args: { reasons: fortyReasons },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(10);
    const showMore = canvas.getByRole('button', { name: 'Show 30 more' });
    await expect(showMore).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(showMore);
    await expect(showMore).toHaveAttribute('aria-expanded', 'true');
    await expect(showMore).toHaveAccessibleName('Show fewer');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(40);
  },
};

/** 5,000 characters without a break opportunity wrap inside the list instead of widening the page. */
export const VeryLongUnbrokenText: Story = {
  name: 'Very long unbroken text',
  args: { reasons: unbrokenTextReasons },
};

export const NoReasons: Story = {
  name: 'No reasons',
  args: { reasons: [] },
};

export const Playground: Story = {
  args: {
    reasons: untrustedDeviceSignals.reasons,
    maxReasons: 10,
    size: 'md',
  },
};
