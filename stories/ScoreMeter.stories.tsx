import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { meterSizes, ScoreMeter, scoreMeterPropDefs } from '../src';
import { scoreMeterPropDocs } from '../src/components/ScoreMeter/ScoreMeter.docs';
import { argTypesFrom } from './argTypes';
import { failedBiometricAuthentication, untrustedDeviceSignals } from './fixtures/seeds';

const meta = {
  title: 'Components/ScoreMeter',
  component: ScoreMeter,
  tags: ['autodocs'],
  argTypes: argTypesFrom(scoreMeterPropDefs, scoreMeterPropDocs),
} satisfies Meta<typeof ScoreMeter>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TypicalScore: Story = {
  name: 'Typical score',
  args: { score: 71.6, label: 'Match score' },
};

/** The block's verdict (not trusted) gives the tone when no thresholds are set. */
export const UntrustedDeviceSignals: Story = {
  name: 'Untrusted device signals',
  args: { block: untrustedDeviceSignals, label: 'Device trust score' },
};

/** The provider sent `score: ""`: there is no meter to read, only the words. */
export const FailedBiometricAuthentication: Story = {
  name: 'Failed biometric authentication',
  args: { block: failedBiometricAuthentication, label: 'Face match score' },
};

/** 0 is a real score, not a missing one. */
export const ScoreOfZero: Story = {
  name: 'Score of 0',
  args: { score: 0 },
  play: async ({ canvasElement }) => {
    const meter = within(canvasElement).getByRole('meter', { name: 'Score' });
    await expect(meter).toHaveAttribute('aria-valuenow', '0');
    await expect(meter).toHaveAttribute('aria-valuetext', '0%');
  },
};

export const ScoreOf100: Story = {
  name: 'Score of 100',
  args: { score: 100 },
};

export const ScoreMissing: Story = {
  name: 'Score missing',
  args: { score: null },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('meter')).not.toBeInTheDocument();
    await expect(canvas.getByText('No score')).toBeVisible();
  },
};

/** The bar stops at the end of the scale; the text still tells the truth. */
export const OutOfRangeAbove: Story = {
  name: 'Out of range: 150',
  args: { score: 150 },
  play: async ({ canvasElement }) => {
    const meter = within(canvasElement).getByRole('meter');
    await expect(meter).toHaveAttribute('aria-valuenow', '100');
    await expect(meter).toHaveAttribute('aria-valuetext', '150%');
  },
};

export const OutOfRangeBelow: Story = {
  name: 'Out of range: −5',
  args: { score: -5 },
  play: async ({ canvasElement }) => {
    const meter = within(canvasElement).getByRole('meter');
    await expect(meter).toHaveAttribute('aria-valuenow', '0');
    await expect(meter).toHaveAttribute('aria-valuetext', '-5%');
  },
};

/** A match or trust score: low is bad. Caution at 60 or below, critical at 30 or below. */
export const HigherIsBetter: Story = {
  name: 'Higher is better, with thresholds',
  args: { label: 'Match score', direction: 'higher-is-better', thresholds: { caution: 60, critical: 30 } },
  render: (args) => (
    <div className="dblk-sb-stack">
      {[92, 55, 18].map((score) => (
        <ScoreMeter key={score} {...args} score={score} />
      ))}
    </div>
  ),
};

/** A risk score: high is bad. Caution from 50, critical from 80. */
export const HigherIsRiskier: Story = {
  name: 'Higher is riskier, with thresholds',
  args: { label: 'Fraud risk', direction: 'higher-is-riskier', thresholds: { caution: 50, critical: 80 } },
  render: (args) => (
    <div className="dblk-sb-stack">
      {[12, 64, 91].map((score) => (
        <ScoreMeter key={score} {...args} score={score} />
      ))}
    </div>
  ),
};

export const Sizes: Story = {
  args: { score: 28.3, tone: 'critical' },
  render: (args) => (
    <div className="dblk-sb-stack">
      {meterSizes.map((size) => (
        <ScoreMeter key={size} {...args} size={size} />
      ))}
    </div>
  ),
};

/** Decimal comma and a space before the percent sign, from `Intl.NumberFormat`. */
export const GermanLocale: Story = {
  name: 'German locale',
  globals: { locale: 'de' },
  args: { score: 71.6 },
  play: async ({ canvasElement }) => {
    const meter = within(canvasElement).getByRole('meter', { name: 'Score' });
    await expect(meter).toHaveAttribute('aria-valuetext', '71,6\u00a0%');
  },
};

export const Playground: Story = {
  args: {
    score: 28.3,
    min: 0,
    max: 100,
    label: 'Score',
    size: 'md',
    direction: 'higher-is-better',
    thresholds: { caution: 60, critical: 30 },
  },
};
