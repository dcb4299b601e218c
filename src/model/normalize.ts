import { describeProblem, type ProblemSink } from './problems';
import {
  DEFAULT_MAX_ENTRIES,
  isDecisionObject,
  isList,
  isRecord,
  readField,
  readLimit,
  readList,
  readText,
  type ListLimits,
} from './read';
import { parseScore, percentOf } from './score';
import { toneOf } from './tone';
import type { NormalizeOptions, NormalizedDataBlock, NormalizedReason, Tone } from './types';

type Bag = Record<string, unknown>;

/** A block as the field readers see it: its record, and which of the two shapes it has. */
interface BlockSource {
  record: Bag | null;
  decision: boolean;
}

/** A field read that notes a throwing getter as a problem. */
function field(source: unknown, key: string, note: ProblemSink): unknown {
  return readField(source, key, note && ((thrown) => note(['field threw', thrown])));
}

function sourceOf(input: unknown, note: ProblemSink): BlockSource {
  if (!isRecord(input)) {
    if (input !== undefined && input !== null) note?.(['block', input]);
    return { record: null, decision: false };
  }
  return { record: input, decision: isDecisionObject(input, note && ((key) => note(['field threw', key]))) };
}

function textOrProblem(value: unknown, name: string, note: ProblemSink): string | null {
  const text = readText(value);
  if (text === null && value !== undefined && value !== null && typeof value !== 'string') {
    note?.(['not text', name, value]);
  }
  return text;
}

function verdictValue(raw: unknown, note: ProblemSink): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string') return readText(raw);
  if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'boolean') {
    note?.(['verdict read as text', raw]);
    return String(raw);
  }
  note?.(['verdict ignored', raw]);
  return null;
}

function scoreValue(raw: unknown, note: ProblemSink): number | null {
  const score = parseScore(raw);
  if (score === null && raw !== undefined && raw !== null && raw !== '') note?.(['score', raw]);
  return score;
}

/** The verdict field of a block as given: a decision object's `type`, else `verdict`, else `result`. */
function verdictField({ record, decision }: BlockSource, note: ProblemSink): unknown {
  if (record === null) return undefined;
  if (decision) return field(record, 'type', note);
  const verdict = field(record, 'verdict', note);
  return verdict === undefined ? field(record, 'result', note) : verdict;
}

function verdictOf(source: BlockSource, note: ProblemSink): string | null {
  return verdictValue(verdictField(source, note), note);
}

/** A score given on another scale (`scoreMax`, e.g. 1 for fractions) as a percentage. */
function onPercentScale(score: number | null, rawMax: unknown, note: ProblemSink): number | null {
  if (rawMax === undefined || rawMax === null || rawMax === '') return score;
  const max = parseScore(rawMax);
  if (max === null || max <= 0) {
    note?.(['score max', rawMax]);
    return score;
  }
  return score === null ? null : percentOf(score, max);
}

function scoreOf({ record, decision }: BlockSource, note: ProblemSink): number | null {
  if (record === null) return null;
  if (!decision) {
    return onPercentScale(scoreValue(field(record, 'score', note), note), field(record, 'scoreMax', note), note);
  }
  // A decision object's risk score of -1 means "not provided".
  const raw = field(field(record, 'risk', note), 'score', note);
  return raw === -1 || raw === '-1' ? null : scoreValue(raw, note);
}

interface RawReason {
  code: string | null;
  details: string | null;
  /** Where the code comes from (a vendor's check), so the catalog can scope its description. */
  source?: string;
}

/** Keys stay the same when reasons are appended, and differ when codes repeat or are empty. */
function withKeys(reasons: RawReason[]): NormalizedReason[] {
  const seen = new Map<string, number>();
  return reasons.map((reason) => {
    const base = `${reason.code ?? ''}\u0000${reason.details ?? ''}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { ...reason, key: `${base}\u0000${count}` };
  });
}

/** Reasons as read: the first ones in full, and how many entries past them were only counted. */
export interface ReasonsReading {
  /** `null`: not provided; `[]`: provided and empty. */
  reasons: NormalizedReason[] | null;
  /** Entries of the list that were not read: they count toward "Show N more". */
  unread: number;
}

const NO_REASONS: ReasonsReading = Object.freeze({ reasons: null, unread: 0 });

function entryReason(entry: unknown, position: number, note: ProblemSink): RawReason | null {
  const where = `Reason ${position + 1}`;
  if (typeof entry === 'string') return { code: null, details: readText(entry) };
  if (typeof entry === 'number') {
    note?.(['bare number', position]);
    return { code: readText(entry), details: null };
  }
  if (!isRecord(entry)) return null;
  const reason: RawReason = {
    code: textOrProblem(field(entry, 'code', note), `${where} code`, note),
    details: textOrProblem(field(entry, 'details', note), `${where} details`, note),
  };
  const source = textOrProblem(field(entry, 'source', note), `${where} source`, note);
  if (source !== null) reason.source = source;
  return reason;
}

function labelReason(entry: unknown, note: ProblemSink): RawReason | null {
  if (entry === undefined || entry === null) return null;
  const label = isRecord(entry) ? field(entry, 'label', note) : entry;
  const code = textOrProblem(label, 'Decision label', note);
  return code === null ? null : { code, details: null };
}

/** One problem per list, not per entry: a list of a million holes must not make a million messages. */
function reportList(what: string, dropped: number, count: number, read: number, note: ProblemSink): void {
  if (dropped > 0) note?.(['dropped', what, dropped]);
  if (count > read) note?.(['unread', what, count, read]);
}

function reasonList(
  raw: unknown,
  note: ProblemSink,
  limits: ListLimits,
  readEntry: (entry: unknown, position: number) => RawReason | null,
  what: string,
): ReasonsReading {
  if (!isList(raw)) {
    const reason = readEntry(raw, 0);
    return { reasons: reason === null ? [] : withKeys([reason]), unread: 0 };
  }
  const list = readList(raw, limits, readEntry);
  reportList(what, list.dropped, list.count, list.read, note);
  return { reasons: withKeys(list.items), unread: list.count - list.read };
}

function reasonsValue(raw: unknown, note: ProblemSink, limits: ListLimits): ReasonsReading {
  if (raw === undefined || raw === null) return NO_REASONS;
  if (!isList(raw) && !isRecord(raw) && typeof raw !== 'string' && typeof raw !== 'number') {
    note?.(['reasons ignored', raw]);
    return NO_REASONS;
  }
  if (!isList(raw)) note?.(['single reason', raw]);
  return reasonList(raw, note, limits, (entry, position) => entryReason(entry, position, note), 'reasons');
}

function reasonsOf({ record, decision }: BlockSource, note: ProblemSink, limits: ListLimits): ReasonsReading {
  if (record === null) return NO_REASONS;
  if (decision) {
    const details = field(record, 'details', note);
    if (details === undefined) return NO_REASONS;
    return reasonList(details, note, limits, (entry) => labelReason(entry, note), 'decision labels');
  }
  const reasons = field(record, 'reasons', note);
  return reasonsValue(reasons === undefined ? field(record, 'reason', note) : reasons, note, limits);
}

/** Single fields passed next to a block; a field that is not `undefined` wins over the block's. */
export interface DataBlockFields {
  verdict?: unknown;
  score?: unknown;
  reasons?: unknown;
}

/** A block as components read it: normalized, plus how many reasons were counted, not read. */
export interface BlockReading extends NormalizedDataBlock {
  unreadReasons: number;
}

function limitsOf(options: NormalizeOptions | undefined): ListLimits {
  const entries = readLimit(options?.maxEntries, DEFAULT_MAX_ENTRIES);
  return { items: entries, entries };
}

function toneFor(verdict: string | null, options: NormalizeOptions | undefined): Tone {
  return toneOf(verdict, options?.verdictTones);
}

/** A verdict as read, with its tone. One object is shared by every reading of the same text: never changed. */
export type VerdictReading = Readonly<Pick<NormalizedDataBlock, 'verdict' | 'tone'>>;

/** How many spellings of verdicts each vocabulary keeps read; past it, the readings start afresh. */
const MAX_VERDICT_READINGS = 256;
const builtInReadings = new Map<string, VerdictReading>();
const hostReadings = new WeakMap<object, Map<string, VerdictReading>>();

/**
 * The reading of a verdict field. A table of 100,000 rows holds a few verdicts thousands of
 * times each, so a string is trimmed, keyed and looked up once per vocabulary of host tones (the
 * object the host passes, like the compiled tones themselves), not once per row.
 */
function verdictReading(raw: unknown, options: NormalizeOptions | undefined): VerdictReading {
  if (typeof raw !== 'string') {
    const verdict = verdictValue(raw, undefined);
    return { verdict, tone: toneFor(verdict, options) };
  }
  const overrides = options?.verdictTones;
  let readings = builtInReadings;
  if (overrides !== null && typeof overrides === 'object') {
    let own = hostReadings.get(overrides);
    if (own === undefined) hostReadings.set(overrides, (own = new Map()));
    readings = own;
  }
  let reading = readings.get(raw);
  if (reading === undefined) {
    const verdict = readText(raw);
    reading = { verdict, tone: toneFor(verdict, options) };
    if (readings.size >= MAX_VERDICT_READINGS) readings.clear();
    readings.set(raw, reading);
  }
  return reading;
}

/**
 * Reads a block with single fields laid over it. Every field is read once, by the same readers
 * whichever component asks; nothing here throws except a host vocabulary that does.
 */
export function readDataBlock(
  block: unknown,
  fields: DataBlockFields,
  options?: NormalizeOptions,
  limits: ListLimits = limitsOf(options),
  note?: ProblemSink,
): BlockReading {
  const source = sourceOf(block, note);
  const verdict = fields.verdict !== undefined ? verdictValue(fields.verdict, note) : verdictOf(source, note);
  const score = fields.score !== undefined ? scoreValue(fields.score, note) : scoreOf(source, note);
  const reasons =
    fields.reasons !== undefined ? reasonsValue(fields.reasons, note, limits) : reasonsOf(source, note, limits);
  return {
    verdict,
    tone: toneFor(verdict, options),
    score,
    reasons: reasons.reasons,
    problems: [],
    unreadReasons: reasons.unread,
  };
}

/** The verdict of a block (or the `verdict` field when given) and its tone: all a badge shows. */
export function readVerdict(block: unknown, verdict: unknown, options?: NormalizeOptions): VerdictReading {
  return verdictReading(verdict !== undefined ? verdict : verdictField(sourceOf(block, undefined), undefined), options);
}

/** The score of a block alone: what a table reads of a row only when it is shown or sorted by score. */
export function readBlockScore(block: unknown): number | null {
  return scoreOf(sourceOf(block, undefined), undefined);
}

/** The score of a block (or the `score` field), with its verdict and tone: all a meter shows. */
export function readScore(
  block: unknown,
  score: unknown,
  options?: NormalizeOptions,
): Pick<NormalizedDataBlock, 'verdict' | 'tone' | 'score'> {
  const source = sourceOf(block, undefined);
  const { verdict, tone } = verdictReading(verdictField(source, undefined), options);
  return {
    verdict,
    tone,
    score: score !== undefined ? scoreValue(score, undefined) : scoreOf(source, undefined),
  };
}

/** The reasons of a block (or the `reasons` field), read within `limits`: all a list shows. */
export function readReasons(block: unknown, reasons: unknown, limits: ListLimits): ReasonsReading {
  return reasons !== undefined
    ? reasonsValue(reasons, undefined, limits)
    : reasonsOf(sourceOf(block, undefined), undefined, limits);
}

/**
 * The public reading: `problems` in words. Components read without them (they never show
 * problems), so they do not ship the words either.
 */
export function readWithProblems(block: unknown, fields: DataBlockFields, options?: NormalizeOptions): BlockReading {
  const problems: string[] = [];
  const reading = readDataBlock(block, fields, options, limitsOf(options), (problem) =>
    problems.push(describeProblem(problem)),
  );
  return { ...reading, problems };
}

function publicBlock({ verdict, tone, score, reasons, problems }: BlockReading): NormalizedDataBlock {
  return { verdict, tone, score, reasons, problems };
}

/**
 * Reads one data block as it arrives from an API, leniently: missing, empty and mistyped
 * fields become "not provided" and are listed in `problems`; nothing here throws, and the
 * input is never modified. Lists are read up to `options.maxEntries` entries (1,000 by
 * default); the rest are counted in `problems`.
 */
export function normalizeDataBlock(input: unknown, options?: NormalizeOptions): NormalizedDataBlock {
  return publicBlock(readWithProblems(input, {}, options));
}

/**
 * Normalizes `block` with the single fields laid over it: `verdict`, `score` and `reasons`
 * props win over the same fields of the block when they are given (even as `null`).
 */
export function resolveDataBlock(
  block: unknown,
  fields: DataBlockFields,
  options?: NormalizeOptions,
): NormalizedDataBlock {
  return publicBlock(readWithProblems(block, fields, options));
}
