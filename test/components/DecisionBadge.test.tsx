import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { DecisionBadge, DecisionBlocksProvider, TONES } from '../../src';
import { germanMessages } from '../../src/locales';
import { failedBiometric, garbageValues, spokenBadge, untrustedDevice } from '../helpers';

/** The text the badge shows, without its visually hidden tone word. */
function shownText(element: HTMLElement): string {
  return Array.from(element.childNodes)
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('');
}

function badge(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('.dblk-badge');
  if (!element) throw new Error('no badge rendered');
  return element;
}

describe('DecisionBadge', () => {
  it('shows the humanized verdict with its tone, and is an image named with the tone word first', () => {
    render(<DecisionBadge verdict="NOT_TRUSTED" />);
    const root = screen.getByRole('img', { name: 'Failed, Not trusted' });
    expect(root).toHaveClass('dblk-badge');
    expect(root).toHaveAttribute('data-tone', 'critical');
    expect(root.textContent).toBe('Not trusted');
    expect(spokenBadge(root)).toBe('Failed, Not trusted');
  });

  it('names the badge with the tone word of other messages, in one element', () => {
    const { container } = render(
      <DecisionBlocksProvider messages={germanMessages}>
        <DecisionBadge verdict="NOT_TRUSTED" />
      </DecisionBlocksProvider>,
    );
    const root = badge(container);
    expect(shownText(root)).toBe('Nicht vertrauenswürdig');
    expect(root).toHaveAccessibleName('Abgelehnt, Nicht vertrauenswürdig');
    expect(container.querySelectorAll('*')).toHaveLength(1);
  });

  it("reads a host element's label after the tone word as hidden text", () => {
    const { container } = render(<DecisionBadge verdict="NOT_TRUSTED" label={<b>Blocked device</b>} />);
    const root = badge(container);
    expect(root).not.toHaveAttribute('role');
    expect(screen.getByText('Failed,', { exact: false })).toHaveClass('dblk-visually-hidden');
    expect(spokenBadge(root)).toBe('Failed, Blocked device');
  });

  it("lets a host's role and aria-label win over the badge's own", () => {
    render(<DecisionBadge verdict="NOT_TRUSTED" role="status" aria-label="Device: failed" />);
    expect(screen.getByRole('status', { name: 'Device: failed' })).toHaveClass('dblk-badge');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('does not repeat the tone word when the label already says it', () => {
    const { container } = render(<DecisionBadge verdict="failed" />);
    expect(badge(container).textContent).toBe('Failed');
    expect(badge(container)).not.toHaveAttribute('role');
    expect(badge(container)).not.toHaveAttribute('aria-label');
    expect(spokenBadge(badge(container))).toBe('Failed');
  });

  it.each([
    ['positive', 'approved', 'Passed'],
    ['caution', 'manual_review', 'Needs review'],
    ['critical', 'rejected', 'Failed'],
    ['neutral', 'skipped', 'Not run'],
    ['unknown', 'escalated', 'Unknown'],
  ] as const)('renders the %s tone for %j with the word %j', (tone, verdict, word) => {
    const { container } = render(<DecisionBadge verdict={verdict} />);
    expect(badge(container)).toHaveAttribute('data-tone', tone);
    expect(spokenBadge(badge(container))).toContain(word);
  });

  it('draws a different icon for every tone in the stylesheet, not in the markup', () => {
    const icons = readFileSync('src/theme/icon.css', 'utf8');
    const [screen, fallback] = icons.split('@media (forced-colors: active), print');
    // On screen: gradients in the badge's own background, one set of layers per tone (unknown is the base).
    const drawings = TONES.map((tone) => {
      const selector =
        tone === 'unknown' ? String.raw`\.dblk-badge,` : String.raw`\.dblk-badge\[data-tone='${tone}'\],`;
      return new RegExp(`${selector}[^{]*\\{\\s*--_dblk-icon:([^;]+);`).exec(screen!)?.[1];
    });
    expect(drawings.every((drawing) => drawing?.includes('gradient('))).toBe(true);
    expect(new Set(drawings).size).toBe(TONES.length);
    // Without gradients or backgrounds: the tone's glyph, silent (the badge's name says the tone).
    const tokens = readFileSync('src/theme/tokens.css', 'utf8');
    const glyphs = TONES.map(
      (tone) => new RegExp(`\\[data-tone='${tone}'\\]\\)\\s*\\{[^}]*--_dblk-glyph:\\s*'([^']+)'`).exec(tokens)?.[1],
    );
    expect(glyphs.every(Boolean)).toBe(true);
    expect(new Set(glyphs).size).toBe(TONES.length);
    expect(fallback).toMatch(/::before\s*\{\s*content:\s*var\(--_dblk-glyph\) \/ '';/);
    // On screen no generated content at all: a badge is one box of text.
    expect(screen).not.toMatch(/::before/);
    const { container } = render(<DecisionBadge verdict="rejected" />);
    expect(container.querySelector('svg, img')).toBeNull();
  });

  describe('element count', () => {
    it('is one element when the text already says the tone', () => {
      const { container } = render(<DecisionBadge verdict="failed" />);
      expect(container.querySelectorAll('*')).toHaveLength(1);
    });

    it('is one element when its name speaks the tone word', () => {
      const { container } = render(<DecisionBadge verdict="NOT_TRUSTED" />);
      expect(container.querySelectorAll('*')).toHaveLength(1);
    });

    it('is two elements with a visually hidden tone word before a host element as label', () => {
      const { container } = render(<DecisionBadge verdict="NOT_TRUSTED" label={<>Blocked</>} />);
      expect(container.querySelectorAll('*')).toHaveLength(2);
    });
  });

  it('reads the verdict from a block (seed: failed biometric authentication)', () => {
    const { container } = render(<DecisionBadge block={failedBiometric} />);
    expect(badge(container)).toHaveAttribute('data-tone', 'critical');
    expect(badge(container)).toHaveTextContent('Failure');
  });

  it('reads the verdict from a block (seed: untrusted device signals)', () => {
    const { container } = render(<DecisionBadge block={untrustedDevice} />);
    expect(badge(container)).toHaveTextContent('Not trusted');
  });

  it('lets the verdict prop win over the block', () => {
    const { container } = render(<DecisionBadge block={untrustedDevice} verdict="approved" />);
    expect(badge(container)).toHaveAttribute('data-tone', 'positive');
    expect(badge(container)).toHaveTextContent('Approved');
  });

  it('shows "No verdict" with tone unknown when there is no verdict', () => {
    const { container } = render(<DecisionBadge />);
    expect(badge(container).textContent).toBe('No verdict');
    expect(badge(container)).toHaveAttribute('data-tone', 'unknown');
    expect(badge(container)).toHaveAttribute('data-empty');
  });

  it('shows an unknown verdict as humanized raw text with tone unknown', () => {
    const { container } = render(<DecisionBadge verdict="ESCALATED_TO_TEAM_B" />);
    expect(badge(container)).toHaveTextContent('Escalated to team b');
    expect(badge(container)).toHaveAttribute('data-tone', 'unknown');
  });

  it('uses the label instead of the verdict, keeping the verdict tone', () => {
    const { container } = render(<DecisionBadge verdict="failure" label="Face mismatch" />);
    expect(spokenBadge(badge(container))).toBe('Failed, Face mismatch');
    expect(badge(container)).toHaveAttribute('data-tone', 'critical');
  });

  it('lets the tone prop override the verdict tone', () => {
    const { container } = render(<DecisionBadge verdict="failure" tone="caution" />);
    expect(badge(container)).toHaveAttribute('data-tone', 'caution');
    expect(spokenBadge(badge(container))).toBe('Needs review, Failure');
  });

  it.each(['sm', 'lg'] as const)('sets data-size %s', (size) => {
    const { container } = render(<DecisionBadge verdict="ok" size={size} />);
    expect(badge(container)).toHaveAttribute('data-size', size);
  });

  it.each(['solid', 'outline'] as const)('sets data-variant %s', (variant) => {
    const { container } = render(<DecisionBadge verdict="ok" variant={variant} />);
    expect(badge(container)).toHaveAttribute('data-variant', variant);
  });

  it('leaves the default size (md) and variant (subtle) to the stylesheet: no attribute', () => {
    const { container } = render(<DecisionBadge verdict="ok" size="md" variant="subtle" />);
    expect(badge(container)).not.toHaveAttribute('data-size');
    expect(badge(container)).not.toHaveAttribute('data-variant');
  });

  it('falls back to md / subtle / the verdict tone for values outside the vocabulary', () => {
    const { container } = render(
      <DecisionBadge verdict="ok" size={'huge' as never} variant={'neon' as never} tone={'purple' as never} />,
    );
    expect(badge(container)).not.toHaveAttribute('data-size');
    expect(badge(container)).not.toHaveAttribute('data-variant');
    expect(badge(container)).toHaveAttribute('data-tone', 'positive');
  });

  it('passes className (merged), style, ref and DOM attributes to the root', () => {
    const ref = createRef<HTMLSpanElement>();
    const { container } = render(
      <DecisionBadge verdict="ok" className="host" style={{ marginInlineStart: 4 }} ref={ref} data-testid="b" id="x" />,
    );
    const root = badge(container);
    expect(root).toHaveClass('dblk-badge', 'host');
    expect(root.getAttribute('style')).toContain('margin-inline-start');
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('id', 'x');
  });

  it('renders no style attribute unless one is passed', () => {
    const { container } = render(<DecisionBadge verdict="ok" tooltip="More" />);
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('is not focusable without a tooltip', () => {
    const { container } = render(<DecisionBadge verdict="ok" />);
    expect(badge(container)).not.toHaveAttribute('tabindex');
  });

  it('opens its tooltip on keyboard focus and keeps focus on the badge', async () => {
    const user = userEvent.setup();
    const { container } = render(<DecisionBadge verdict="failure" tooltip="Face did not match the enrolled face" />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Face did not match the enrolled face');
    expect(badge(container)).toHaveFocus();
    expect(badge(container)).toHaveAttribute('aria-describedby');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('takes messages and verdict tones from the provider', () => {
    const { container } = render(
      <DecisionBlocksProvider messages={{ noVerdict: 'Nothing yet' }} verdictTones={{ hold: 'caution' }}>
        <DecisionBadge />
        <DecisionBadge verdict="HOLD" />
      </DecisionBlocksProvider>,
    );
    const [empty, hold] = container.querySelectorAll('.dblk-badge');
    expect(empty).toHaveTextContent('Nothing yet');
    expect(hold).toHaveAttribute('data-tone', 'caution');
  });

  it('renders the German message set', () => {
    const { container } = render(
      <DecisionBlocksProvider messages={germanMessages} locale="de">
        <DecisionBadge />
        <DecisionBadge verdict="not_trusted" />
      </DecisionBlocksProvider>,
    );
    const [empty, critical] = container.querySelectorAll('.dblk-badge');
    expect(empty).toHaveTextContent('Kein Ergebnis');
    expect(critical).toHaveAccessibleName('Abgelehnt, Nicht vertrauenswürdig');
  });

  describe.each(garbageValues)('with %s as input', (_name, value) => {
    it('renders without throwing as verdict, block, label, tone and tooltip', () => {
      const { container } = render(
        <>
          <DecisionBadge verdict={value as never} />
          <DecisionBadge block={value as never} />
          <DecisionBadge label={value as never} tone={value as never} size={value as never} tooltip={value as never} />
        </>,
      );
      expect(container.querySelectorAll('.dblk-badge')).toHaveLength(3);
    });
  });
});

describe('DecisionBadge verdict words', () => {
  it.each([
    ['rejected', 'Abgelehnt'],
    ['manual_review', 'Manuelle Prüfung'],
    ['NOT_TRUSTED', 'Nicht vertrauenswürdig'],
    ['In Review', 'In Prüfung'],
    ['resubmission_requested', 'Erneute Einreichung angefordert'],
  ])('shows the built-in verdict %j in German as %j', (verdict, german) => {
    const { container } = render(
      <DecisionBlocksProvider messages={germanMessages} locale="de">
        <DecisionBadge verdict={verdict} />
      </DecisionBlocksProvider>,
    );
    expect(shownText(badge(container))).toBe(german);
  });

  it('keeps an unknown verdict as sent in German ("ESCALATED" stays "Escalated")', () => {
    const { container } = render(
      <DecisionBlocksProvider messages={germanMessages} locale="de">
        <DecisionBadge verdict="ESCALATED" />
      </DecisionBlocksProvider>,
    );
    expect(badge(container)).toHaveAccessibleName('Unbekannt, Escalated');
    expect(badge(container)).toHaveTextContent('Escalated');
  });

  it('does not read "__proto__" or "toString" from the verdict translations', () => {
    const { container } = render(
      <DecisionBlocksProvider messages={germanMessages}>
        <DecisionBadge verdict="toString" />
      </DecisionBlocksProvider>,
    );
    expect(shownText(badge(container))).toBe('To string');
  });

  it('reads "Needs review" as caution and says it once', () => {
    const { container } = render(<DecisionBadge verdict="Needs review" />);
    expect(badge(container)).toHaveAttribute('data-tone', 'caution');
    expect(badge(container).textContent).toBe('Needs review');
  });

  it('does not contradict a verdict spelled like another tone word ("Not run" is unknown, no "Unknown")', () => {
    const { container } = render(<DecisionBadge verdict="Not run" />);
    expect(badge(container)).toHaveAttribute('data-tone', 'unknown');
    expect(badge(container).textContent).toBe('Not run');
  });

  it('does not contradict a label spelled like another tone word with a tone override', () => {
    const { container } = render(<DecisionBadge verdict="Passed" tone="critical" />);
    expect(badge(container).textContent).toBe('Passed');
  });
});

describe('DecisionBadge models of plain verdict words (cached per settings)', () => {
  it('follows the messages of each provider for the same verdict', () => {
    const { container } = render(
      <>
        <DecisionBadge verdict="not_trusted" />
        <DecisionBlocksProvider messages={germanMessages}>
          <DecisionBadge verdict="not_trusted" />
        </DecisionBlocksProvider>
        <DecisionBlocksProvider messages={{ toneCritical: 'Blocked' }}>
          <DecisionBadge verdict="not_trusted" />
        </DecisionBlocksProvider>
        <DecisionBadge verdict="not_trusted" />
      </>,
    );
    const texts = [...container.querySelectorAll('.dblk-badge')].map(spokenBadge);
    expect(texts).toEqual([
      'Failed, Not trusted',
      'Abgelehnt, Nicht vertrauenswürdig',
      'Blocked, Not trusted',
      'Failed, Not trusted',
    ]);
  });

  it('follows a change of vocabulary for the same verdict', () => {
    const { container, rerender } = render(<DecisionBadge verdict="held" />);
    expect(badge(container)).toHaveAttribute('data-tone', 'unknown');
    rerender(
      <DecisionBlocksProvider verdictTones={{ held: 'caution' }}>
        <DecisionBadge verdict="held" />
      </DecisionBlocksProvider>,
    );
    expect(badge(container)).toHaveAttribute('data-tone', 'caution');
  });

  it('does not confuse a tone, size or variant holding "|" with other props (tone "critical|lg")', () => {
    const { container } = render(
      <>
        <DecisionBadge verdict="passed" tone={'critical|lg' as never} />
        <DecisionBadge verdict="passed" tone="critical" size={'lg|undefined' as never} />
      </>,
    );
    const [first, second] = [...container.querySelectorAll('.dblk-badge')];
    expect(first).toHaveAttribute('data-tone', 'positive');
    expect(first).not.toHaveAttribute('data-size');
    expect(second).toHaveAttribute('data-tone', 'critical');
    expect(second).not.toHaveAttribute('data-size');
  });

  it('keeps the default badge of a verdict apart from the same verdict with a tone, size or variant', () => {
    const { container } = render(
      <>
        <DecisionBadge verdict="held" />
        <DecisionBadge verdict="held" tone="critical" />
        <DecisionBadge verdict="held" size="sm" />
        <DecisionBadge verdict="held" variant="solid" />
        <DecisionBadge verdict="held" size="md" variant="subtle" />
      </>,
    );
    const attributes = [...container.querySelectorAll('.dblk-badge')].map((element) =>
      ['data-tone', 'data-size', 'data-variant'].map((name) => element.getAttribute(name)).join(' '),
    );
    expect(attributes).toEqual(['unknown  ', 'critical  ', 'unknown sm ', 'unknown  solid', 'unknown  ']);
  });

  it('stays right past its bound: 600 distinct verdicts, then the first again', () => {
    const verdicts = Array.from({ length: 600 }, (_, index) => `verdict_${index}`);
    const { container } = render(
      <>
        {verdicts.map((verdict) => (
          <DecisionBadge key={verdict} verdict={verdict} />
        ))}
        <DecisionBadge verdict="verdict_0" tone="positive" />
        <DecisionBadge verdict="verdict_0" />
      </>,
    );
    const badges = [...container.querySelectorAll('.dblk-badge')];
    expect(badges).toHaveLength(602);
    expect(shownText(badges[600] as HTMLElement)).toBe('Verdict 0');
    expect(badges[600]).toHaveAttribute('data-tone', 'positive');
    expect(badges[601]).toHaveAttribute('data-tone', 'unknown');
    expect(shownText(badges[599] as HTMLElement)).toBe('Verdict 599');
  });
});
