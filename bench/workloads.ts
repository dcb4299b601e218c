// What the benchmark measures. Shared by the page (bench/app) and the Node harness.

export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4' | 'W5' | 'W6';

/** `ours`: the library. `react`: the same markup as plain React elements. `dom`: hand-written DOM. */
export type Variant = 'ours' | 'react' | 'dom';

export interface Workload {
  id: WorkloadId;
  /** Describes the workload for `size` items. */
  title: (size: number) => string;
  size: number;
  /** The size in `--quick` mode. */
  quickSize: number;
  variants: readonly Variant[];
}

const count = (size: number) => size.toLocaleString('en-US');

export const WORKLOADS: readonly Workload[] = [
  {
    id: 'W1',
    title: (size) => `${count(size)} DecisionBadges`,
    size: 2000,
    quickSize: 200,
    variants: ['ours', 'react', 'dom'],
  },
  {
    id: 'W2',
    title: (size) => `${count(size)} ScoreMeters, 10% without a score`,
    size: 2000,
    quickSize: 200,
    variants: ['ours', 'react'],
  },
  {
    id: 'W3',
    title: (size) => `${count(size)} DataBlockCards (badge, meter, 5 reasons)`,
    size: 300,
    quickSize: 30,
    variants: ['ours', 'react'],
  },
  {
    id: 'W4',
    title: (size) => `DataChecksTable, ${count(size)} rows`,
    size: 5000,
    quickSize: 500,
    variants: ['ours', 'react', 'dom'],
  },
  {
    id: 'W5',
    title: (size) => `W4 re-rendered, 10% of ${count(size)} verdicts changed`,
    size: 5000,
    quickSize: 500,
    variants: ['ours', 'react'],
  },
  {
    id: 'W6',
    title: (size) => `ReasonList, ${count(size)} reasons (collapsed)`,
    size: 10000,
    quickSize: 1000,
    variants: ['ours', 'react'],
  },
];

/** One timed (or markup) run in the page. */
export interface RunSpec {
  workload: WorkloadId;
  variant: Variant;
  size: number;
  seed: number;
}

/** One trial, in milliseconds. */
export interface Timing {
  /** From the start of the render (or DOM build) until layout has been forced. */
  total: number;
  /** The render (or DOM build) alone: the part the library's own code decides. */
  render: number;
}
