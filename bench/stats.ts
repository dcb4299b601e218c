// The arithmetic and the report's tables: medians, quartiles, ratios. No I/O here.
import { createRandom } from './data';
import { PEERS, VARIANTS, VARIANT_NAMES, type Measurement, type Variant, type WorkloadId } from './workloads';

/** The q-quantile (0 ≤ q ≤ 1), interpolating linearly between the two nearest values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (upper - lower) * (position - below);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** a ÷ b; null when either is missing or b took no measurable time. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || !(b > 0)) return null;
  return a / b;
}

/** A range of ratios: the low and high ends of an interval. */
export interface Interval {
  low: number;
  high: number;
}

/** Bootstrap resamples behind each interval: enough for the 2.5th and 97.5th percentiles to settle. */
export const RESAMPLES = 2000;

/**
 * A 95% bootstrap interval of median(ours) ÷ median(base). The trials are paired by round (each
 * round measures every variant of a workload one after the other), and a resample draws whole
 * rounds, so a slow moment of the machine counts against both sides of a pair. `random` makes the
 * draws reproducible. Null without at least two complete pairs.
 */
export function ratioInterval(
  ours: readonly number[],
  base: readonly number[],
  random: () => number,
  resamples = RESAMPLES,
): Interval | null {
  const rounds = ours.length;
  if (rounds < 2 || base.length !== rounds) return null;
  const ratios: number[] = [];
  const drawnOurs = new Array<number>(rounds);
  const drawnBase = new Array<number>(rounds);
  for (let resample = 0; resample < resamples; resample += 1) {
    for (let index = 0; index < rounds; index += 1) {
      const round = Math.floor(random() * rounds);
      drawnOurs[index] = ours[round] as number;
      drawnBase[index] = base[round] as number;
    }
    const value = ratio(median(drawnOurs), median(drawnBase));
    if (value !== null) ratios.push(value);
  }
  if (ratios.length === 0) return null;
  return { low: quantile(ratios, 0.025), high: quantile(ratios, 0.975) };
}

export function geometricMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
}

export interface WorkloadResult {
  id: WorkloadId;
  title: string;
  /** Every trial, per variant, in the order they ran. */
  trials: Partial<Record<Variant, Measurement[]>>;
}

export interface Spread {
  median: number;
  p25: number;
  p75: number;
}

export interface VariantSummary {
  /** Render start until after layout, plus the next frame's work: the headline figure. */
  total: Spread;
  /** The render (or DOM build) alone, before style and layout. */
  render: number;
  /** The next frame's work alone: what the browser still does before the screen is shown. */
  frame: number;
  /** Elements the variant rendered for the workload. */
  elements: number;
  /** Median total ÷ hand-written React's. */
  toReact: number | null;
}

export interface SummaryRow {
  id: WorkloadId;
  title: string;
  variants: Partial<Record<Variant, VariantSummary>>;
  /** The peer with the lowest median total. */
  fastestPeer: Variant | null;
  /** Our median total ÷ the fastest peer's. */
  oursToFastestPeer: number | null;
  /** A 95% interval of ours ÷ hand-written React (`ratioInterval`), or null without pairs. */
  oursToReactInterval: Interval | null;
}

function spread(values: readonly number[]): Spread {
  return { median: median(values), p25: quantile(values, 0.25), p75: quantile(values, 0.75) };
}

/** The seed of each workload's resampling: fixed, so one run's report always reads the same. */
const intervalSeed = (id: WorkloadId) => 0x5eed0000 + Number(id.slice(1));

export function summarize(results: readonly WorkloadResult[]): SummaryRow[] {
  return results.map(({ id, title, trials }) => {
    if (!trials.ours?.length) throw new Error(`${id} has no measurements of the library`);
    const totals = new Map<Variant, Spread>();
    for (const variant of VARIANTS) {
      const measured = trials[variant];
      if (measured?.length) totals.set(variant, spread(measured.map((trial) => trial.total)));
    }
    const reactMedian = totals.get('react')?.median ?? null;
    const variants: Partial<Record<Variant, VariantSummary>> = {};
    for (const [variant, total] of totals) {
      const measured = trials[variant] as Measurement[];
      variants[variant] = {
        total,
        render: median(measured.map((trial) => trial.render)),
        frame: median(measured.map((trial) => trial.frame)),
        elements: median(measured.map((trial) => trial.elements)),
        toReact: ratio(total.median, reactMedian),
      };
    }
    const peers = PEERS.filter((peer) => totals.has(peer));
    const fastestPeer = peers.reduce<Variant | null>(
      (best, peer) =>
        best === null || (totals.get(peer)?.median ?? 0) < (totals.get(best)?.median ?? 0) ? peer : best,
      null,
    );
    return {
      id,
      title,
      variants,
      fastestPeer,
      oursToFastestPeer:
        fastestPeer === null ? null : ratio(totals.get('ours')?.median, totals.get(fastestPeer)?.median),
      oursToReactInterval: trials.react?.length
        ? ratioInterval(
            trials.ours.map((trial) => trial.total),
            trials.react.map((trial) => trial.total),
            createRandom(intervalSeed(id)),
          )
        : null,
    };
  });
}

/**
 * Ours ÷ hand-written React with its 95% interval, and where the interval lies against `limit`:
 * wholly above it, wholly at or below it, or across it (the run cannot tell).
 */
export function formatIntervals(rows: readonly SummaryRow[], limit: number): string {
  return [
    `| | workload | ours ÷ hand-written React | 95% interval | against ${limit}× |`,
    '| --- | --- | ---: | ---: | --- |',
    ...rows.map((row) => {
      const interval = row.oursToReactInterval;
      const verdict =
        interval === null ? '–' : interval.low > limit ? 'above' : interval.high <= limit ? 'at or below' : 'across';
      const range = interval === null ? '–' : `${interval.low.toFixed(2)}–${interval.high.toFixed(2)}×`;
      return `| ${row.id} | ${row.title} | ${times(row.variants.ours?.toReact)} | ${range} | ${verdict} |`;
    }),
  ].join('\n');
}

/** The geometric mean of a variant's ratios to hand-written React, over the workloads. */
export function meanRatio(rows: readonly SummaryRow[], variant: Variant): number | null {
  const ratios = rows.map((row) => row.variants[variant]?.toReact).filter((value) => typeof value === 'number');
  return ratios.length === rows.length ? geometricMean(ratios) : null;
}

/** The workloads whose ours ÷ hand-written React ratio exceeds `limit`. */
export function overLimit(rows: readonly SummaryRow[], limit: number): SummaryRow[] {
  return rows.filter((row) => (row.variants.ours?.toReact ?? 0) > limit);
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const times = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : `${value.toFixed(2)}×`;

function table(
  rows: readonly SummaryRow[],
  extraHeaders: readonly string[],
  cell: (summary: VariantSummary) => string,
  extra: (row: SummaryRow) => readonly string[],
): string[] {
  const variants = VARIANTS.filter((variant) => rows.some((row) => row.variants[variant]));
  const headers = [...variants.map((variant) => VARIANT_NAMES[variant]), ...extraHeaders];
  return [
    `| | workload | ${headers.join(' | ')} |`,
    `| --- | --- | ${headers.map(() => '---:').join(' | ')} |`,
    ...rows.map((row) => {
      const cells = variants.map((variant) => {
        const summary = row.variants[variant];
        return summary ? cell(summary) : '–';
      });
      return `| ${row.id} | ${row.title} | ${[...cells, ...extra(row)].join(' | ')} |`;
    }),
  ];
}

/** Median total in ms, with the ratio to hand-written React; ours ÷ the fastest peer; geometric means. */
export function formatMedians(rows: readonly SummaryRow[]): string {
  const lines = table(
    rows,
    ['ours ÷ fastest peer'],
    (summary) => `${ms(summary.total.median)} (${times(summary.toReact)})`,
    (row) => [row.fastestPeer ? `${times(row.oursToFastestPeer)} (${VARIANT_NAMES[row.fastestPeer]})` : '–'],
  );
  const variants = VARIANTS.filter((variant) => rows.some((row) => row.variants[variant]));
  const peerRatios = rows.map((row) => row.oursToFastestPeer).filter((value) => typeof value === 'number');
  const means = [
    ...variants.map((variant) => times(meanRatio(rows, variant))),
    times(peerRatios.length === rows.length ? geometricMean(peerRatios) : null),
  ];
  return [...lines, `| | geometric mean of the ratios | ${means.join(' | ')} |`].join('\n');
}

/** A table of one cell per variant and no extra columns. */
function perVariant(rows: readonly SummaryRow[], cell: (summary: VariantSummary) => string): string {
  return table(rows, [], cell, () => []).join('\n');
}

/** The interquartile range of each variant's total, in ms. */
export function formatSpreads(rows: readonly SummaryRow[]): string {
  return perVariant(rows, ({ total }) => `${ms(total.p25)}–${ms(total.p75)}`);
}

/** The render phase alone (before style and layout), median ms. */
export function formatRender(rows: readonly SummaryRow[]): string {
  return perVariant(rows, (summary) => ms(summary.render));
}

/** The next frame's work alone (style, layout and paint left for it), median ms. */
export function formatFrame(rows: readonly SummaryRow[]): string {
  return perVariant(rows, (summary) => ms(summary.frame));
}

/** Elements rendered per variant. */
export function formatElements(rows: readonly SummaryRow[]): string {
  return perVariant(rows, (summary) => summary.elements.toLocaleString('en-US'));
}

export interface BundleSize {
  variant: Variant;
  /** Gzip bytes of the JavaScript and CSS the page loads up front. */
  initial: number;
  /** Gzip bytes of the chunks it may import later (the library's tooltip). */
  lazy: number;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** App bytes per variant, gzip, with the difference to hand-written React. */
export function formatSizes(sizes: readonly BundleSize[]): string {
  const react = sizes.find((size) => size.variant === 'react');
  const total = (size: BundleSize) => size.initial + size.lazy;
  return [
    '| variant | up front (gzip) | loaded later (gzip) | total | total − hand-written React |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...sizes.map((size) => {
      const difference = react ? total(size) - total(react) : null;
      const signed = difference === null ? '–' : `${difference < 0 ? '−' : '+'}${kib(Math.abs(difference))}`;
      return `| ${VARIANT_NAMES[size.variant]} | ${kib(size.initial)} | ${size.lazy === 0 ? '–' : kib(size.lazy)} | ${kib(total(size))} | ${signed} |`;
    }),
  ].join('\n');
}
