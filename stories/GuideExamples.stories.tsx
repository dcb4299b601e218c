import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties, ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { DataBlockCard, DataChecksTable, DecisionBadge, ReasonList, ScoreMeter, TONES } from '../src';
import tokensCss from '../src/theme/tokens.css?raw';
import { failedBiometricAuthentication, untrustedDeviceSignals } from './fixtures/seeds';
import { mixedChecks } from './fixtures/sessions';

/** The live examples of the Theming and Accessibility guides. */
const meta = {
  title: 'Guides/Examples',
  parameters: { docs: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

interface Swatch {
  token: string;
  light: string;
  dark: string;
}

// Read from tokens.css itself, so the swatches show the shipped defaults and cannot drift from them.
const swatches: Swatch[] = [...tokensCss.matchAll(/(--dblk-color-[\w-]+), light-dark\((#\w+), (#\w+)\)/g)].map(
  ([, token = '', light = '', dark = '']) => ({ token, light, dark }),
);

function SwatchList({ theme }: { theme: 'light' | 'dark' }) {
  return (
    <div className="dblk-sb-canvas" data-dblk-theme={theme}>
      <p>
        <strong>{theme === 'light' ? 'Light' : 'Dark'}</strong>
      </p>
      <ul className="dblk-sb-swatches">
        {swatches.map((swatch) => {
          const colour = swatch[theme];
          return (
            <li key={swatch.token}>
              <span
                className="dblk-sb-swatch"
                aria-hidden="true"
                style={{ background: colour } satisfies CSSProperties}
              />
              <code>{swatch.token}</code> <span>{colour}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Every colour token's default, in light and in dark. */
export const TokenSwatches: Story = {
  name: 'Colour tokens',
  render: () => (
    <div className="dblk-sb-cards">
      <SwatchList theme="light" />
      <SwatchList theme="dark" />
    </div>
  ),
};

function Showcase({ name }: { name: string }) {
  return (
    <div className="dblk-sb-stack">
      <div className="dblk-sb-row">
        {TONES.map((tone) => (
          <DecisionBadge key={tone} verdict={tone === 'unknown' ? 'escalated' : tone} tone={tone} />
        ))}
        <DecisionBadge verdict={null} />
      </div>
      <div className="dblk-sb-row">
        <ScoreMeter score={28.3} block={untrustedDeviceSignals} />
        <ScoreMeter score={null} />
      </div>
      <DataBlockCard title={name} block={failedBiometricAuthentication} />
    </div>
  );
}

function Themed({ theme, children, style }: { theme: 'light' | 'dark'; children: ReactNode; style?: CSSProperties }) {
  return (
    <div className="dblk-sb-canvas" data-dblk-theme={theme} style={style}>
      {children}
    </div>
  );
}

/** The same components in both themes, side by side: one attribute, `data-dblk-theme`, switches them. */
export const LightAndDark: Story = {
  name: 'Light and dark',
  render: () => (
    <div className="dblk-sb-cards">
      <Themed theme="light">
        <Showcase name="Authentication result, light" />
      </Themed>
      <Themed theme="dark">
        <Showcase name="Authentication result, dark" />
      </Themed>
    </div>
  ),
};

/** A host's brand: one base colour per tone, a font and a radius; fills and borders follow. */
export const HostBrand: Story = {
  name: 'Host brand tokens',
  render: () => (
    <Themed
      theme="light"
      style={
        {
          '--dblk-color-critical': '#9f1239',
          '--dblk-color-positive': '#0b6e4f',
          '--dblk-color-caution': '#854d0e',
          '--dblk-font-family': "Georgia, 'Times New Roman', serif",
          '--dblk-radius': '2px',
        } as CSSProperties
      }
    >
      <Showcase name="Authentication result" />
    </Themed>
  ),
};

/** Missing data looks missing: "No verdict" and "No score" wear a dashed, muted outline, never a tone. */
export const MissingData: Story = {
  name: 'Missing data',
  render: () => (
    <div className="dblk-sb-stack">
      <div className="dblk-sb-row">
        <DecisionBadge verdict={null} />
        <DecisionBadge verdict="escalated" />
        <DecisionBadge verdict="not_executed" />
      </div>
      <ScoreMeter score={null} />
      <ReasonList reasons={[]} />
    </div>
  ),
};

/** Tone in icon, text and (for assistive technology) a tone word: colour is never the only signal. */
export const NeverColourAlone: Story = {
  name: 'Never colour alone',
  render: () => (
    <div className="dblk-sb-row">
      {TONES.map((tone) => (
        <DecisionBadge key={tone} verdict={tone === 'unknown' ? 'escalated' : tone} tone={tone} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    // A screen reader reads the tone word before the text: it is the first word of the badge's name.
    const caution = within(canvasElement).getByText('Caution');
    await expect(caution).toHaveAccessibleName('Needs review, Caution');
    // Each tone draws its own icon.
    const icons = [...canvasElement.querySelectorAll('.dblk-badge')].map(
      (badge) => getComputedStyle(badge).backgroundImage,
    );
    await expect(new Set(icons).size).toBe(TONES.length);
  },
};

/** A known reason code is a button: keyboard focus opens the catalog's explanation. */
export const KeyboardTooltip: Story = {
  name: 'Reason code tooltip from the keyboard',
  render: () => <ReasonList block={untrustedDeviceSignals} />,
  play: async ({ canvasElement }) => {
    const code = within(canvasElement).getByRole('button', { name: 'Reason code RC004' });
    code.focus();
    await expect(await within(document.body).findByRole('tooltip')).toBeInTheDocument();
  },
};

/** Sort buttons in the headers (`aria-sort`), a filter of pressed buttons, and a focusable scroll region. */
export const AccessibleTable: Story = {
  name: 'Table: sort, filter and scroll region',
  render: () => <DataChecksTable checks={mixedChecks} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Decision checks' })).toHaveAttribute('tabindex', '0');
    await userEvent.click(canvas.getByRole('button', { name: /Failed/ }));
    await expect(canvas.getByRole('button', { name: /Failed/ })).toHaveAttribute('aria-pressed', 'true');
  },
};
