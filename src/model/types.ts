/** How a verdict reads to a person: the colour family and the word a badge uses. */
export type Tone = 'positive' | 'caution' | 'critical' | 'neutral' | 'unknown';

/** Every tone, from most to least severe: the default sort order of a check list. */
export const TONES = ['critical', 'caution', 'unknown', 'neutral', 'positive'] as const satisfies readonly Tone[];

export interface Reason {
  code?: string | null;
  details?: string | null;
  /**
   * Where the code comes from, e.g. `jumio.liveness`: the same code can mean different things
   * in different checks or vendors, and catalog entries can be scoped to one source.
   */
  source?: string | null;
}

export interface DataBlock {
  /** Qualitative outcome of a step, e.g. "failure", "not_trusted", "PASSED". */
  verdict?: string | null;
  /** A percentage, or a value up to `scoreMax`. `""` or `null` means not provided; `0` is a real score. */
  score?: number | string | null;
  /**
   * The top of the score's scale when it is not 100, e.g. `1` for a fraction such as 0.97.
   * The score is read as a share of it, so `{ score: 0.97, scoreMax: 1 }` shows "97%".
   */
  scoreMax?: number | string | null;
  reasons?: readonly Reason[] | null;
}

export interface NamedDataBlock extends DataBlock {
  name?: string | null;
  id?: string | number | null;
}

export type DataBlockCollection = readonly NamedDataBlock[] | Readonly<Record<string, DataBlock | null | undefined>>;

export interface NormalizedReason {
  /** Non-empty code, or null when the code was missing or empty. */
  code: string | null;
  /** Non-empty details, or null when missing or empty. */
  details: string | null;
  /** Where the code comes from, when the input said so; scopes catalog look-ups. */
  source?: string;
  /** Stable and unique within its list, even when codes repeat or are empty. */
  key: string;
}

export interface NormalizedDataBlock {
  verdict: string | null;
  tone: Tone;
  /** Always a percentage: a score given with a `scoreMax` is converted. */
  score: number | null;
  /** `null`: reasons were not provided; `[]`: provided and empty. */
  reasons: NormalizedReason[] | null;
  /** What was off in the input, in plain words, for a developer. Never shown by default. */
  problems: string[];
}

export interface NamedNormalizedBlock extends NormalizedDataBlock {
  /** The block's own name (array input) or its key (record input); null when unnamed. */
  name: string | null;
  /** Unique within the list; usable as a React key. */
  key: string;
  /** Position in the input, starting at 0. */
  index: number;
}

export const DECISION_TYPES = ['PASSED', 'WARNING', 'REJECTED', 'NOT_EXECUTED'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

export interface CatalogEntry {
  title: string;
  description?: string;
  tone?: Tone;
  decisionType?: DecisionType;
  docsUrl?: string;
  /**
   * The only reason source this entry describes (see `Reason.source`); reasons from another
   * source do not get it, reasons without a source do. Entries keyed `source:CODE` are the
   * descriptions for that source.
   */
  source?: string;
}

export type ReasonCatalog = Readonly<Record<string, CatalogEntry>>;

/** Extra verdict vocabulary: verdict spelling → tone. */
export type VerdictTones = Readonly<Record<string, Tone>>;

export interface NormalizeOptions {
  verdictTones?: VerdictTones | null | undefined;
  /**
   * How many entries of a list (reasons, decision labels, the blocks of a collection) are read;
   * the rest are counted, not read. Defaults to 1,000 (`DEFAULT_MAX_ENTRIES`).
   */
  maxEntries?: number | undefined;
}
