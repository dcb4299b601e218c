import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { DecisionBlocksProvider, ScoreMeter, TONES } from '../../src';
import { germanMessages } from '../../src/locales';
import { allowConsoleErrors, deepFreeze, failedBiometric, garbageValues, untrustedDevice } from '../helpers';

function root(container: HTMLElement): HTMLElement {
  const element = container.firstElementChild;
  if (!(element instanceof HTMLElement)) throw new Error('nothing rendered');
  return element;
}

/** The bar's fill as the stylesheet draws it, in percent of the track (5% steps). */
function fillLength(container: HTMLElement): number {
  const bars = root(container).querySelectorAll('[data-fill]');
  expect(bars).toHaveLength(1);
  return Number(bars[0]?.getAttribute('data-fill'));
}

/** The text React shows for a label prop once unrenderable parts are dropped. */
function shownText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (Array.isArray(value)) return value.map(shownText).join('');
  return '';
}

function expectNoMeter(container: HTMLElement): void {
  expect(screen.queryByRole('meter')).toBeNull();
  const element = root(container);
  expect(element).toHaveAttribute('data-empty');
  expect(element).toHaveTextContent('No score');
  for (const attribute of ['role', 'aria-valuenow', 'aria-valuemin', 'aria-valuemax', 'aria-valuetext']) {
    expect(element).not.toHaveAttribute(attribute);
  }
  expect(element.querySelector('[data-fill]')).toBeNull();
}

describe('ScoreMeter', () => {
  describe('seed examples', () => {
    it('shows the untrusted device score as a meter with the verdict tone', () => {
      const { container } = render(<ScoreMeter block={untrustedDevice} />);
      const meter = screen.getByRole('meter', { name: 'Score' });
      expect(meter).toBe(root(container));
      expect(meter).toHaveAttribute('aria-valuenow', '28.3');
      expect(meter).toHaveAttribute('aria-valuemin', '0');
      expect(meter).toHaveAttribute('aria-valuemax', '100');
      expect(meter).toHaveAttribute('aria-valuetext', '28.3%');
      expect(meter).toHaveTextContent('Score 28.3%');
      expect(meter).toHaveAttribute('data-tone', 'critical');
      expect(meter).not.toHaveAttribute('data-empty');
      expect(fillLength(container)).toBe(30);
    });

    it('shows "No score" for the failed biometric block, whose score is ""', () => {
      const { container } = render(<ScoreMeter block={failedBiometric} />);
      expectNoMeter(container);
    });

    it('does not modify a frozen block', () => {
      const block = deepFreeze(structuredClone(untrustedDevice));
      render(<ScoreMeter block={block} thresholds={{ caution: 50 }} />);
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '28.3');
      expect(block).toEqual(untrustedDevice);
    });
  });

  describe('score', () => {
    it('lets the score prop win over the block score', () => {
      render(<ScoreMeter block={untrustedDevice} score={71.6} />);
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '71.6');
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '71.6%');
    });

    it('treats a score prop of null as "not provided", even over a block score', () => {
      const { container } = render(<ScoreMeter block={untrustedDevice} score={null} />);
      expectNoMeter(container);
    });

    it('shows 0 as a real score', () => {
      const { container } = render(<ScoreMeter score={0} />);
      const meter = screen.getByRole('meter');
      expect(meter).toHaveAttribute('aria-valuenow', '0');
      expect(meter).toHaveAttribute('aria-valuetext', '0%');
      expect(meter).toHaveTextContent('0%');
      expect(fillLength(container)).toBe(0);
    });

    it('reads a numeric string with a decimal comma', () => {
      render(<ScoreMeter score="71,6" />);
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '71.6');
    });

    it('fills the bar fully at the maximum', () => {
      const { container } = render(<ScoreMeter score={100} />);
      expect(fillLength(container)).toBe(100);
    });

    it.each([
      ['a missing score', undefined],
      ['null', null],
      ['""', ''],
      ['"   "', '   '],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['-Infinity', Number.NEGATIVE_INFINITY],
      ['"abc"', 'abc'],
      ['"12abc"', '12abc'],
      ['an object', { value: 10 }],
    ])('shows "No score" without a meter role for %s', (_name, score) => {
      const { container } = render(<ScoreMeter score={score as never} />);
      expectNoMeter(container);
    });

    it('keeps the label beside "No score" so the empty value keeps its context', () => {
      const { container } = render(<ScoreMeter label="Liveness" />);
      expect(root(container)).toHaveTextContent('Liveness No score');
    });
  });

  describe('range and clamping', () => {
    it('clamps aria-valuenow and the bar above the maximum but shows the real value', () => {
      const { container } = render(<ScoreMeter score={150} />);
      const meter = screen.getByRole('meter');
      expect(meter).toHaveAttribute('aria-valuenow', '100');
      expect(meter).toHaveAttribute('aria-valuetext', '150%');
      expect(meter).toHaveTextContent('150%');
      expect(fillLength(container)).toBe(100);
    });

    it('clamps aria-valuenow and the bar below the minimum but shows the real value', () => {
      const { container } = render(<ScoreMeter score={-20} />);
      const meter = screen.getByRole('meter');
      expect(meter).toHaveAttribute('aria-valuenow', '0');
      expect(meter).toHaveAttribute('aria-valuetext', '-20%');
      expect(fillLength(container)).toBe(0);
    });

    it('supports a range from -50 to 50', () => {
      const { container } = render(<ScoreMeter score={0} min={-50} max={50} />);
      const meter = screen.getByRole('meter');
      expect(meter).toHaveAttribute('aria-valuemin', '-50');
      expect(meter).toHaveAttribute('aria-valuemax', '50');
      expect(meter).toHaveAttribute('aria-valuenow', '0');
      expect(fillLength(container)).toBe(50);
    });

    it('clamps to a range from -50 to 50', () => {
      const { container } = render(<ScoreMeter score={-80} min={-50} max={50} />);
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '-50');
      expect(fillLength(container)).toBe(0);
    });

    it('supports a range from 0 to 1, reading the score as a share of it', () => {
      const { container } = render(<ScoreMeter score={0.25} min={0} max={1} />);
      const meter = screen.getByRole('meter');
      expect(meter).toHaveAttribute('aria-valuemin', '0');
      expect(meter).toHaveAttribute('aria-valuemax', '1');
      expect(meter).toHaveAttribute('aria-valuenow', '0.25');
      expect(meter).toHaveAttribute('aria-valuetext', '25%');
      expect(fillLength(container)).toBe(25);
    });

    it('reads 0.97 on max={1} as "97%", visibly and in aria-valuetext', () => {
      render(<ScoreMeter score={0.97} max={1} />);
      const meter = screen.getByRole('meter');
      expect(meter).toHaveAttribute('aria-valuetext', '97%');
      expect(meter).toHaveTextContent('Score 97%');
    });

    it('reads a score as its place in a range that does not start at 0 (600 on 300..900 is 50%)', () => {
      render(<ScoreMeter score={600} min={300} max={900} />);
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '50%');
    });

    it('formats the share of the range in the locale (0.283 on 0..1 in German is "28,3 %")', () => {
      render(
        <DecisionBlocksProvider locale="de">
          <ScoreMeter score={0.283} max={1} />
        </DecisionBlocksProvider>,
      );
      expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toMatch(/^28,3\s%$/);
    });

    it('lets format override the range text (0.97 on 0..1 formatted as "0.97")', () => {
      render(<ScoreMeter score={0.97} max={1} format={(score) => score.toFixed(2)} />);
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '0.97');
    });

    it('reads a block with scoreMax 1 (score 0.97) as "97%" on the default meter', () => {
      render(<ScoreMeter block={{ verdict: 'passed', score: 0.97, scoreMax: 1 }} />);
      const meter = screen.getByRole('meter');
      expect(meter).toHaveAttribute('aria-valuenow', '97');
      expect(meter).toHaveAttribute('aria-valuetext', '97%');
    });

    it('clamps to a range from 0 to 1', () => {
      const { container } = render(<ScoreMeter score={28.3} min={0} max={1} />);
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '1');
      expect(fillLength(container)).toBe(100);
    });

    it('keeps the default for the bound that is not given', () => {
      const { container } = render(<ScoreMeter score={60} min={20} />);
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuemin', '20');
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuemax', '100');
      expect(fillLength(container)).toBe(50);
    });

    it.each([
      ['min equal to max', 50, 50],
      ['min greater than max', 80, 20],
      ['NaN as min', Number.NaN, 100],
      ['NaN as max', 0, Number.NaN],
      ['Infinity as max', 0, Number.POSITIVE_INFINITY],
      ['-Infinity as min', Number.NEGATIVE_INFINITY, 100],
      ['"abc" as min', 'abc', 100],
      ['null as max', 0, null],
    ])('falls back to 0..100 for %s', (_name, min, max) => {
      const { container } = render(<ScoreMeter score={40} min={min as never} max={max as never} />);
      const meter = screen.getByRole('meter');
      expect(meter).toHaveAttribute('aria-valuemin', '0');
      expect(meter).toHaveAttribute('aria-valuemax', '100');
      expect(meter).toHaveAttribute('aria-valuenow', '40');
      expect(fillLength(container)).toBe(40);
    });
  });

  describe('bar', () => {
    it('is one empty element inside the meter, drawn without inline styles or SVG', () => {
      const { container } = render(<ScoreMeter score={28.3} />);
      // A meter's children are presentational: the empty bar needs no aria-hidden of its own.
      const bar = root(container).querySelector('.dblk-meter__fill');
      expect(bar?.parentElement).toBe(screen.getByRole('meter'));
      expect(bar?.childNodes).toHaveLength(0);
      expect(container.querySelector('svg')).toBeNull();
      expect(container.querySelector('[style]')).toBeNull();
    });

    it('rounds the fill to the 5% steps the stylesheet draws', () => {
      const { container } = render(<ScoreMeter score={97.6} />);
      expect(fillLength(container)).toBe(100);
      const css = readFileSync('src/theme/meter.css', 'utf8');
      for (let step = 5; step <= 100; step += 5) {
        expect(css).toContain(`data-fill='${step}'`);
      }
    });

    it('is mirrored by the stylesheet in right-to-left text, not by the markup', () => {
      const ltr = render(<ScoreMeter score={30} />);
      const ltrBar = root(ltr.container).querySelector('[data-fill]')?.outerHTML;
      ltr.unmount();
      const rtl = render(
        <div dir="rtl">
          <ScoreMeter score={30} />
        </div>,
      );
      expect(rtl.container.querySelector('[data-fill]')?.outerHTML).toBe(ltrBar);
      // The fill is the inline-start padding: logical, so it starts at the right in right-to-left
      // text, with no :dir() rule for a host pipeline to rewrite.
      const css = readFileSync('src/theme/meter.css', 'utf8').replace(/\/\*[^]*?\*\//g, '');
      expect(css).toMatch(/:where\(\.dblk-meter__fill\)\s*\{[^}]*padding-inline-start:\s*var\(--_dblk-fill\)/);
      expect(css).not.toMatch(/:dir\(/);
    });
  });

  describe('element count', () => {
    it('is three elements with a score: the root, its label and its bar; the value is its text', () => {
      const { container } = render(<ScoreMeter score={28.3} />);
      expect(container.querySelectorAll('*')).toHaveLength(3);
      expect(screen.getByRole('meter', { name: 'Score' })).toHaveTextContent('Score 28.3%');
    });

    it('is three elements without a score: the root, its label and "No score"', () => {
      const { container } = render(<ScoreMeter score={null} />);
      expect(container.querySelectorAll('*')).toHaveLength(3);
    });
  });

  describe('tone', () => {
    it.each(TONES)('takes the %s tone from the tone prop over thresholds and verdict', (tone) => {
      render(<ScoreMeter block={untrustedDevice} thresholds={{ caution: 90 }} tone={tone} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', tone);
    });

    it('lets thresholds win over the block verdict', () => {
      render(<ScoreMeter block={{ verdict: 'approved', score: 20 }} thresholds={{ caution: 60, critical: 30 }} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'critical');
    });

    it('takes the tone of the block verdict without thresholds', () => {
      render(<ScoreMeter block={{ verdict: 'manual_review', score: 50 }} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'caution');
    });

    it('is unknown for an unknown verdict', () => {
      render(<ScoreMeter block={{ verdict: 'escalated', score: 50 }} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'unknown');
    });

    it('is neutral without tone, thresholds or verdict', () => {
      render(<ScoreMeter score={50} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'neutral');
    });

    it('takes the verdict vocabulary from the provider', () => {
      render(
        <DecisionBlocksProvider verdictTones={{ soft_decline: 'caution' }}>
          <ScoreMeter block={{ verdict: 'SOFT_DECLINE', score: 50 }} />
        </DecisionBlocksProvider>,
      );
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'caution');
    });

    it.each([
      [10, 'critical'],
      [30, 'critical'],
      [45, 'caution'],
      [60, 'caution'],
      [61, 'positive'],
      [150, 'positive'],
    ] as const)('reads thresholds as higher-is-better by default: %d is %s', (score, tone) => {
      render(<ScoreMeter score={score} thresholds={{ caution: 60, critical: 30 }} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', tone);
    });

    it.each([
      [95, 'critical'],
      [80, 'critical'],
      [60, 'caution'],
      [50, 'caution'],
      [28.3, 'positive'],
      [0, 'positive'],
    ] as const)('reads thresholds as higher-is-riskier: %d is %s', (score, tone) => {
      render(<ScoreMeter score={score} direction="higher-is-riskier" thresholds={{ caution: 50, critical: 80 }} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', tone);
    });

    it('uses a single caution threshold alone', () => {
      const { rerender } = render(<ScoreMeter score={40} thresholds={{ caution: 50 }} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'caution');
      rerender(<ScoreMeter score={70} thresholds={{ caution: 50 }} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'positive');
    });

    it('uses a single critical threshold alone', () => {
      render(<ScoreMeter score={90} direction="higher-is-riskier" thresholds={{ critical: 75 }} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'critical');
    });

    it('compares thresholds with the real score, not the clamped one', () => {
      render(<ScoreMeter score={-5} min={0} max={100} thresholds={{ critical: -1 }} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'critical');
    });

    it.each([
      ['an empty thresholds object', {}],
      ['NaN thresholds', { caution: Number.NaN, critical: Number.NaN }],
      ['text thresholds', { caution: 'high', critical: 'higher' }],
    ])('ignores %s and falls back to the verdict tone', (_name, thresholds) => {
      render(<ScoreMeter block={{ verdict: 'approved', score: 5 }} thresholds={thresholds as never} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'positive');
    });

    it('ignores a thresholds object whose getters throw', () => {
      const thresholds = {
        get caution(): number {
          throw new Error('boom');
        },
      };
      render(<ScoreMeter block={{ verdict: 'approved', score: 5 }} thresholds={thresholds} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'positive');
    });

    it('reads an unknown direction as higher-is-better', () => {
      render(<ScoreMeter score={90} direction={'upwards' as never} thresholds={{ caution: 60, critical: 30 }} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'positive');
    });

    it('falls back to the verdict tone for a tone outside the vocabulary', () => {
      render(<ScoreMeter block={untrustedDevice} tone={'purple' as never} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'critical');
    });
  });

  describe('label and value text', () => {
    it('names the meter by its visible label element', () => {
      render(<ScoreMeter score={28.3} label="Device risk" />);
      const meter = screen.getByRole('meter', { name: 'Device risk' });
      const labelId = meter.getAttribute('aria-labelledby');
      expect(labelId).toBeTruthy();
      const label = document.getElementById(labelId ?? '');
      expect(label).toHaveTextContent('Device risk');
      expect(meter).toContainElement(label);
    });

    it('gives every meter its own label id', () => {
      render(
        <>
          <ScoreMeter score={10} label="First" />
          <ScoreMeter score={20} label="Second" />
        </>,
      );
      expect(screen.getByRole('meter', { name: 'First' })).toHaveAttribute('aria-valuenow', '10');
      expect(screen.getByRole('meter', { name: 'Second' })).toHaveAttribute('aria-valuenow', '20');
    });

    it('accepts an element as label', () => {
      render(<ScoreMeter score={10} label={<em>Liveness</em>} />);
      expect(screen.getByRole('meter', { name: 'Liveness' })).toBeInTheDocument();
    });

    it('falls back to "Score" for an empty label', () => {
      render(<ScoreMeter score={10} label="" />);
      expect(screen.getByRole('meter', { name: 'Score' })).toBeInTheDocument();
    });

    it('lets a host aria-label replace the visible label as the name', () => {
      render(<ScoreMeter score={10} aria-label="Risk of fraud" />);
      expect(screen.getByRole('meter', { name: 'Risk of fraud' })).not.toHaveAttribute('aria-labelledby');
    });

    it('formats the value with the format prop, given the real score and the locale', () => {
      const format = vi.fn((score: number, locale: string | undefined) => `${score} of 100 (${locale ?? 'default'})`);
      render(
        <DecisionBlocksProvider locale="en-GB">
          <ScoreMeter score={150} format={format} />
        </DecisionBlocksProvider>,
      );
      const meter = screen.getByRole('meter');
      expect(format).toHaveBeenCalledWith(150, 'en-GB');
      expect(meter).toHaveAttribute('aria-valuetext', '150 of 100 (en-GB)');
      expect(meter).toHaveTextContent('150 of 100 (en-GB)');
      expect(meter).toHaveAttribute('aria-valuenow', '100');
    });

    it.each([
      ['an empty string', ''],
      ['a number', 42],
      ['undefined', undefined],
    ])('falls back to the percentage when format returns %s', (_name, result) => {
      render(<ScoreMeter score={28.3} format={() => result as never} />);
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '28.3%');
    });

    it('contains an error thrown by format and reports it', () => {
      allowConsoleErrors();
      const onRenderError = vi.fn();
      render(
        <DecisionBlocksProvider onRenderError={onRenderError}>
          <ScoreMeter
            score={28.3}
            format={() => {
              throw new Error('host formatter failed');
            }}
          />
        </DecisionBlocksProvider>,
      );
      expect(screen.getByText('Decision data unavailable')).toBeInTheDocument();
      expect(onRenderError).toHaveBeenCalledWith(
        expect.objectContaining({ message: 'host formatter failed' }),
        expect.objectContaining({ componentName: 'ScoreMeter' }),
      );
    });
  });

  describe('provider', () => {
    it('formats the value in the provider locale', () => {
      render(
        <DecisionBlocksProvider locale="de">
          <ScoreMeter score={28.3} />
        </DecisionBlocksProvider>,
      );
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '28,3\u00a0%');
      expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '28.3');
    });

    it('takes the label and empty text from the provider messages', () => {
      render(
        <DecisionBlocksProvider messages={{ score: 'Risk', noScore: 'Not scored' }}>
          <ScoreMeter score={12} />
          <ScoreMeter />
        </DecisionBlocksProvider>,
      );
      expect(screen.getByRole('meter', { name: 'Risk' })).toBeInTheDocument();
      expect(screen.getByText('Not scored')).toBeInTheDocument();
    });

    it('renders the German message set', () => {
      const { container } = render(
        <DecisionBlocksProvider messages={germanMessages} locale="de">
          <ScoreMeter block={untrustedDevice} />
          <ScoreMeter block={failedBiometric} />
        </DecisionBlocksProvider>,
      );
      expect(screen.getByRole('meter', { name: 'Score' })).toHaveTextContent(/^Score 28,3\s%$/);
      expect(container.querySelector('[data-empty]')).toHaveTextContent('Kein Score');
    });
  });

  describe('root element', () => {
    it('leaves the default size (md) to the stylesheet: no data-size', () => {
      render(<ScoreMeter score={10} size="md" />);
      expect(screen.getByRole('meter')).not.toHaveAttribute('data-size');
    });

    it.each(['sm', 'lg'] as const)('sets data-size %s', (size) => {
      render(<ScoreMeter score={10} size={size} />);
      expect(screen.getByRole('meter')).toHaveAttribute('data-size', size);
    });

    it('falls back to md for a size outside the vocabulary', () => {
      render(<ScoreMeter score={10} size={'huge' as never} />);
      expect(screen.getByRole('meter')).not.toHaveAttribute('data-size');
    });

    it('sets data-size on the empty state too', () => {
      const { container } = render(<ScoreMeter size="sm" />);
      expect(root(container)).toHaveAttribute('data-size', 'sm');
    });

    it('passes className (merged), style, ref and DOM attributes to the root', () => {
      const ref = createRef<HTMLDivElement>();
      render(
        <ScoreMeter
          score={10}
          className="host"
          style={{ marginInlineStart: 4 }}
          ref={ref}
          id="m"
          data-testid="meter"
        />,
      );
      const meter = screen.getByTestId('meter');
      expect(meter).toHaveClass('dblk-meter', 'host');
      expect(meter.getAttribute('style')).toContain('margin-inline-start');
      expect(ref.current).toBe(meter);
      expect(meter).toHaveAttribute('id', 'm');
      expect(meter).toHaveAttribute('role', 'meter');
    });

    it('passes className, ref and DOM attributes to the empty root', () => {
      const ref = createRef<HTMLDivElement>();
      render(<ScoreMeter className="host" ref={ref} data-testid="meter" />);
      expect(screen.getByTestId('meter')).toHaveClass('dblk-meter', 'host');
      expect(ref.current).toBe(screen.getByTestId('meter'));
    });

    it('renders no style attribute unless one is passed', () => {
      const { container } = render(
        <>
          <ScoreMeter score={150} thresholds={{ caution: 50 }} size="lg" />
          <ScoreMeter />
        </>,
      );
      expect(container.querySelector('[style]')).toBeNull();
    });
  });

  it('renders on the server without inline styles', () => {
    const html = renderToString(<ScoreMeter block={untrustedDevice} />);
    expect(html).toContain('role="meter"');
    expect(html).toContain('aria-valuetext="28.3%"');
    expect(html).not.toContain('style=');
  });

  describe.each(garbageValues)('with %s as input', (_name, value) => {
    it('shows a meter only when it is a finite number, as score', () => {
      const { container } = render(<ScoreMeter score={value as never} />);
      if (typeof value === 'number' && Number.isFinite(value)) {
        expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', String(value));
      } else {
        expectNoMeter(container);
      }
    });

    it('shows "No score" as block', () => {
      const { container } = render(<ScoreMeter block={value as never} />);
      expectNoMeter(container);
    });

    it('keeps a valid range as min and as max', () => {
      const { container } = render(
        <>
          <ScoreMeter score={50} min={value as never} />
          <ScoreMeter score={50} max={value as never} />
        </>,
      );
      for (const meter of screen.getAllByRole('meter')) {
        const min = Number(meter.getAttribute('aria-valuemin'));
        const max = Number(meter.getAttribute('aria-valuemax'));
        const now = Number(meter.getAttribute('aria-valuenow'));
        expect(min).toBeLessThan(max);
        expect(now).toBeGreaterThanOrEqual(min);
        expect(now).toBeLessThanOrEqual(max);
      }
      for (const rect of container.querySelectorAll('rect')) {
        expect(Number.isFinite(Number(rect.getAttribute('width')))).toBe(true);
      }
    });

    it('falls back to the verdict tone as thresholds, tone and direction', () => {
      render(
        <ScoreMeter
          block={untrustedDevice}
          thresholds={value as never}
          tone={value as never}
          direction={value as never}
        />,
      );
      expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'critical');
    });

    it('renders a valid size, label and value text as size, label and format', () => {
      render(<ScoreMeter score={28.3} size={value as never} label={value as never} format={value as never} />);
      const meter = screen.getByRole('meter');
      expect(meter).not.toHaveAttribute('data-size');
      expect(meter).toHaveAccessibleName(shownText(value) || 'Score');
      expect(meter).toHaveAttribute('aria-valuetext', typeof value === 'function' ? 'x' : '28.3%');
    });
  });
});
