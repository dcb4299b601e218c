// What the benchmark measures. Shared by the pages (bench/app) and the Node harness.

export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4' | 'W5' | 'W6' | 'W7' | 'W8';

/**
 * `dom`: vanilla DOM and `react`: hand-written React, both written the way a console developer
 * would without the library; `radix` and `mui`: the peers, used as their docs show; `ours`.
 */
export type Variant = 'dom' | 'react' | 'radix' | 'mui' | 'ours';

/** Report order: the baselines, the peers, then the library. */
export const VARIANTS: readonly Variant[] = ['dom', 'react', 'radix', 'mui', 'ours'];

export const PEERS: readonly Variant[] = ['radix', 'mui'];

export const VARIANT_NAMES: Readonly<Record<Variant, string>> = {
  dom: 'vanilla DOM',
  react: 'hand-written React',
  radix: 'Radix Themes',
  mui: 'MUI',
  ours: 'ours',
};

export interface Workload {
  id: WorkloadId;
  /** Describes the workload for `size` items. */
  title: (size: number) => string;
  size: number;
  /** The size in `--quick` mode. */
  quickSize: number;
}

const count = (size: number) => size.toLocaleString('en-US');

export const WORKLOADS: readonly Workload[] = [
  { id: 'W1', title: (size) => `${count(size)} badges`, size: 2000, quickSize: 200 },
  { id: 'W2', title: (size) => `${count(size)} meters, 10% without a score`, size: 2000, quickSize: 200 },
  { id: 'W3', title: (size) => `${count(size)} cards (badge, meter, 5 reasons)`, size: 300, quickSize: 30 },
  { id: 'W4', title: (size) => `table, ${count(size)} rows`, size: 5000, quickSize: 500 },
  { id: 'W5', title: (size) => `same table, 10% of ${count(size)} verdicts change`, size: 5000, quickSize: 500 },
  {
    id: 'W6',
    title: (size) => `reason list, first 10 of ${count(size)} and a “Show more” button`,
    size: 10000,
    quickSize: 1000,
  },
  {
    id: 'W7',
    title: (size) => `session: badge header, ${count(size)}-row table, 3 cards`,
    size: 20,
    quickSize: 20,
  },
  { id: 'W8', title: (size) => `${count(size)}-row table, one verdict changes`, size: 200, quickSize: 200 },
];

/** One timed run in a page. */
export interface RunSpec {
  workload: WorkloadId;
  size: number;
  seed: number;
}

/** One trial, in milliseconds. */
export interface Timing {
  /**
   * From the start of the render (or DOM build) until layout has been forced, plus the main
   * thread's work in the next frame (the style, layout and paint the browser does before showing it).
   */
  total: number;
  /** The render (or DOM build) alone, before style and layout. */
  render: number;
  /** The next frame's work alone, without the idle wait for it. */
  frame: number;
}

/** What one trial reports: its timing and, counted after the clock stopped, what it rendered. */
export interface Measurement extends Timing {
  /** Elements under the page's root after the run. */
  elements: number;
  /** Expected texts the run did not render as often as the data says; empty when all is there. */
  missing: string[];
}
