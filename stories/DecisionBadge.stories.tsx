import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { badgeSizes, badgeVariants, DecisionBadge, humanize, TONES, type Tone, decisionBadgePropDefs } from '../src';
import { decisionBadgePropDocs } from '../src/components/DecisionBadge/DecisionBadge.docs';
import { argTypesFrom } from './argTypes';
import { failedBiometricAuthentication, untrustedDeviceSignals } from './fixtures/seeds';

/** One everyday verdict per tone, as the data blocks spell them. */
const verdictOfTone: Record<Tone, string> = {
  critical: 'failure',
  caution: 'manual_review',
  unknown: 'escalated',
  neutral: 'not_executed',
  positive: 'passed',
};

const meta = {
  title: 'Components/DecisionBadge',
  component: DecisionBadge,
  tags: ['autodocs'],
  argTypes: argTypesFrom(decisionBadgePropDefs, decisionBadgePropDocs),
} satisfies Meta<typeof DecisionBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FailedBiometricAuthentication: Story = {
  name: 'Failed biometric authentication',
  args: { block: failedBiometricAuthentication },
};

export const UntrustedDeviceSignals: Story = {
  name: 'Untrusted device signals',
  args: { block: untrustedDeviceSignals },
};

export const EveryTone: Story = {
  name: 'Every tone',
  render: (args) => (
    <div className="dblk-sb-row">
      {TONES.map((tone) => (
        <DecisionBadge key={tone} {...args} verdict={verdictOfTone[tone]} />
      ))}
    </div>
  ),
};

/** Case and separators do not matter: all four read as one verdict, with one tone. */
export const VerdictSpellings: Story = {
  name: 'Verdict spellings',
  render: (args) => (
    <div className="dblk-sb-row">
      {['NOT_TRUSTED', 'not-trusted', 'Not trusted', 'NotTrusted'].map((verdict) => (
        <DecisionBadge key={verdict} {...args} verdict={verdict} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const badges = within(canvasElement).getAllByText('Not trusted');
    await expect(badges).toHaveLength(4);
    for (const label of badges) await expect(label.closest('[data-tone]')).toHaveAttribute('data-tone', 'critical');
  },
};

export const UnknownVerdict: Story = {
  name: 'Unknown verdict',
  args: { verdict: 'escalated_to_compliance' },
};

export const NoVerdict: Story = {
  name: 'No verdict',
  args: {},
};

export const SizesAndVariants: Story = {
  name: 'Sizes and variants',
  render: (args) => (
    <table className="dblk-sb-matrix">
      <caption>Every tone in every variant, small to large</caption>
      <thead>
        <tr>
          <th scope="col">Tone</th>
          {badgeVariants.map((variant) => (
            <th key={variant} scope="col">
              {humanize(variant)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {TONES.map((tone) => (
          <tr key={tone}>
            <th scope="row">{humanize(tone)}</th>
            {badgeVariants.map((variant) => (
              <td key={variant}>
                <div className="dblk-sb-row">
                  {badgeSizes.map((size) => (
                    <DecisionBadge key={size} {...args} verdict={verdictOfTone[tone]} variant={variant} size={size} />
                  ))}
                </div>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  ),
};

export const WithTooltip: Story = {
  name: 'With tooltip',
  args: {
    block: untrustedDeviceSignals,
    tooltip: 'Device intelligence saw a proxy or VPN and an email address from many data breaches.',
  },
  play: async () => {
    await userEvent.tab();
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Not trusted'));
    const tooltip = await within(document.body).findByRole('tooltip');
    await expect(tooltip).toHaveTextContent('Device intelligence saw a proxy or VPN');
    await expect(document.activeElement).toHaveAccessibleDescription(/Device intelligence saw a proxy or VPN/);
  },
};

export const Playground: Story = {
  args: {
    verdict: 'not_trusted',
    size: 'md',
    variant: 'subtle',
  },
};
