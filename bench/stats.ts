// The arithmetic and the report: medians, ratios and the Markdown tables. No I/O here.
import type { Timing, Variant, WorkloadId } from './workloads';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** ours ÷ baseline; null when there is no baseline or it took no measurable time. */
export function ratio(ours: number | null, baseline: number | null): number | null {
  if (ours === null || baseline === null || !(baseline > 0)) return null;
  return ours / baseline;
}

export interface WorkloadResult {
  id: WorkloadId;
  title: string;
  /** Every trial, per variant, in the order they ran. */
  trials: Partial<Record<Variant, Timing[]>>;
}

export interface Medians {
  ours: number;
  react: number | null;
  dom: number | null;
  oursToReact: number | null;
  oursToDom: number | null;
  reactToDom: number | null;
}

export interface SummaryRow {
  id: WorkloadId;
  title: string;
  /** Render start until after layout: the headline figure. */
  total: Medians;
  /** The render (or DOM build) alone, before style and layout. */
  render: Medians;
}

function medians(trials: WorkloadResult['trials'], id: WorkloadId, phase: keyof Timing): Medians {
  const middle = (variant: Variant) => {
    const values = trials[variant];
    return values && values.length > 0 ? median(values.map((timing) => timing[phase])) : null;
  };
  const ours = middle('ours');
  if (ours === null) throw new Error(`${id} has no measurements of the library`);
  const react = middle('react');
  const dom = middle('dom');
  return {
    ours,
    react,
    dom,
    oursToReact: ratio(ours, react),
    oursToDom: ratio(ours, dom),
    reactToDom: ratio(react, dom),
  };
}

export function summarize(results: readonly WorkloadResult[]): SummaryRow[] {
  return results.map(({ id, title, trials }) => ({
    id,
    title,
    total: medians(trials, id, 'total'),
    render: medians(trials, id, 'render'),
  }));
}

const ms = (value: number | null) => (value === null ? '–' : value.toFixed(1));
const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`);

/** One phase as a Markdown table: medians in milliseconds and the ratios to each baseline. */
export function formatTable(rows: readonly SummaryRow[], phase: 'total' | 'render' = 'total'): string {
  return [
    '| | workload | ours (ms) | plain React (ms) | ours ÷ React | hand-written DOM (ms) | ours ÷ DOM | React ÷ DOM |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => {
      const m = row[phase];
      return `| ${row.id} | ${row.title} | ${ms(m.ours)} | ${ms(m.react)} | ${times(m.oursToReact)} | ${ms(m.dom)} | ${times(m.oursToDom)} | ${times(m.reactToDom)} |`;
    }),
  ].join('\n');
}

/** The largest ours ÷ React ratio of a phase: the figure the performance target is stated in. */
export function worstRatio(rows: readonly SummaryRow[], phase: 'total' | 'render' = 'total'): number | null {
  const ratios = rows.map((row) => row[phase].oursToReact).filter((value): value is number => value !== null);
  return ratios.length === 0 ? null : Math.max(...ratios);
}
