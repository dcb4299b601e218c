import {
  DEFAULT_MAX_ENTRIES,
  kindOf,
  isDecisionObject,
  isList,
  isRecord,
  readField,
  readLimit,
  readList,
  readText,
  type ListLimits,
} from './read';
import { parseScore } from './score';
import { toneOf } from './tone';
import type { NormalizeOptions, NormalizedDataBlock, NormalizedReason, Tone } from './types';

type Bag = Record<string, unknown>;

/** A block as the field readers see it: its record, and which of the two shapes it has. */
interface BlockSource {
  record: Bag | null;
  decision: boolean;
}

function sourceOf(input: unknown, problems: string[]): BlockSource {
  if (!isRecord(input)) {
    if (input !== undefined && input !== null) {
      problems.push(
        typeof input === 'object' && !isList(input)
          ? 'The data block could not be read; it was treated as empty.'
          : `The data block was ${kindOf(input)}, not an object.`,
      );
    }
    return { record: null, decision: false };
  }
  return { record: input, decision: isDecisionObject(input, problems) };
}

function textOrProblem(value: unknown, field: string, problems: string[]): string | null {
  const text = readText(value);
  if (text === null && value !== undefined && value !== null && typeof value !== 'string') {
    problems.push(`${field} was ${kindOf(value)}, not text; it was ignored.`);
  }
  return text;
}

function verdictValue(raw: unknown, problems: string[]): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string') return readText(raw);
  if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'boolean') {
    problems.push(`The verdict was ${kindOf(raw)}; it was read as text.`);
    return String(raw);
  }
  problems.push(`The verdict was ${kindOf(raw)}, not text; it was ignored.`);
  return null;
}

function scoreValue(raw: unknown, problems: string[]): number | null {
  const score = parseScore(raw);
  if (score === null && raw !== undefined && raw !== null && raw !== '') {
    problems.push(
      `The score was ${typeof raw === 'string' ? `"${raw}"` : kindOf(raw)}, not a number; it was treated as missing.`,
    );
  }
  return score;
}

function verdictOf({ record, decision }: BlockSource, problems: string[]): string | null {
  if (record === null) return null;
  if (decision) return verdictValue(readField(record, 'type', problems), problems);
  const verdict = readField(record, 'verdict', problems);
  return verdictValue(verdict === undefined ? readField(record, 'result', problems) : verdict, problems);
}

function scoreOf({ record, decision }: BlockSource, problems: string[]): number | null {
  if (record === null) return null;
  if (!decision) return scoreValue(readField(record, 'score', problems), problems);
  // A decision object's risk score of -1 means "not provided".
  const raw = readField(readField(record, 'risk', problems), 'score', problems);
  return raw === -1 || raw === '-1' ? null : scoreValue(raw, problems);
}

interface RawReason {
  code: string | null;
  details: string | null;
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

function entryReason(entry: unknown, position: number, problems: string[]): RawReason | null {
  const where = `Reason ${position + 1}`;
  if (typeof entry === 'string') return { code: null, details: readText(entry) };
  if (typeof entry === 'number') {
    problems.push(`${where} was a bare number; it was read as a code.`);
    return { code: readText(entry), details: null };
  }
  if (!isRecord(entry)) return null;
  return {
    code: textOrProblem(readField(entry, 'code', problems), `${where} code`, problems),
    details: textOrProblem(readField(entry, 'details', problems), `${where} details`, problems),
  };
}

function labelReason(entry: unknown, problems: string[]): RawReason | null {
  if (entry === undefined || entry === null) return null;
  const label = isRecord(entry) ? readField(entry, 'label', problems) : entry;
  const code = textOrProblem(label, 'Decision label', problems);
  return code === null ? null : { code, details: null };
}

/** One problem per list, not per entry: a list of a million holes must not make a million messages. */
function reportList(what: string, dropped: number, count: number, read: number, problems: string[]): void {
  if (dropped > 0) {
    problems.push(`${dropped} of the ${what} read were empty or not ${what}; they were left out.`);
  }
  if (count > read) problems.push(`The ${what} list holds ${count} entries; only the first ${read} were read.`);
}

function reasonList(
  raw: unknown,
  problems: string[],
  limits: ListLimits,
  readEntry: (entry: unknown, position: number) => RawReason | null,
  what: string,
): ReasonsReading {
  if (!isList(raw)) {
    const reason = readEntry(raw, 0);
    return { reasons: reason === null ? [] : withKeys([reason]), unread: 0 };
  }
  const list = readList(raw, limits, readEntry);
  reportList(what, list.dropped, list.count, list.read, problems);
  return { reasons: withKeys(list.items), unread: list.count - list.read };
}

function reasonsValue(raw: unknown, problems: string[], limits: ListLimits): ReasonsReading {
  if (raw === undefined || raw === null) return NO_REASONS;
  if (!isList(raw) && !isRecord(raw) && typeof raw !== 'string' && typeof raw !== 'number') {
    problems.push(`Reasons were ${kindOf(raw)}; they were treated as missing.`);
    return NO_REASONS;
  }
  if (!isList(raw)) problems.push(`Reasons were ${kindOf(raw)}, not a list; it was read as a single reason.`);
  return reasonList(raw, problems, limits, (entry, position) => entryReason(entry, position, problems), 'reasons');
}

function reasonsOf({ record, decision }: BlockSource, problems: string[], limits: ListLimits): ReasonsReading {
  if (record === null) return NO_REASONS;
  if (decision) {
    const details = readField(record, 'details', problems);
    if (details === undefined) return NO_REASONS;
    return reasonList(details, problems, limits, (entry) => labelReason(entry, problems), 'decision labels');
  }
  const reasons = readField(record, 'reasons', problems);
  return reasonsValue(reasons === undefined ? readField(record, 'reason', problems) : reasons, problems, limits);
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

/**
 * Reads a block with single fields laid over it. Every field is read once, by the same readers
 * whichever component asks; nothing here throws except a host vocabulary that does.
 */
export function readDataBlock(
  block: unknown,
  fields: DataBlockFields,
  options?: NormalizeOptions,
  limits: ListLimits = limitsOf(options),
): BlockReading {
  const problems: string[] = [];
  const source = sourceOf(block, problems);
  const verdict = fields.verdict !== undefined ? verdictValue(fields.verdict, problems) : verdictOf(source, problems);
  const score = fields.score !== undefined ? scoreValue(fields.score, problems) : scoreOf(source, problems);
  const reasons =
    fields.reasons !== undefined ? reasonsValue(fields.reasons, problems, limits) : reasonsOf(source, problems, limits);
  return {
    verdict,
    tone: toneFor(verdict, options),
    score,
    reasons: reasons.reasons,
    problems,
    unreadReasons: reasons.unread,
  };
}

/** The verdict of a block (or the `verdict` field when given) and its tone: all a badge shows. */
export function readVerdict(
  block: unknown,
  verdict: unknown,
  options?: NormalizeOptions,
): Pick<NormalizedDataBlock, 'verdict' | 'tone'> {
  const ignored: string[] = [];
  const value = verdict !== undefined ? verdictValue(verdict, ignored) : verdictOf(sourceOf(block, ignored), ignored);
  return { verdict: value, tone: toneFor(value, options) };
}

/** The score of a block (or the `score` field), with its verdict and tone: all a meter shows. */
export function readScore(
  block: unknown,
  score: unknown,
  options?: NormalizeOptions,
): Pick<NormalizedDataBlock, 'verdict' | 'tone' | 'score'> {
  const ignored: string[] = [];
  const source = sourceOf(block, ignored);
  const verdict = verdictOf(source, ignored);
  return {
    verdict,
    tone: toneFor(verdict, options),
    score: score !== undefined ? scoreValue(score, ignored) : scoreOf(source, ignored),
  };
}

/** The reasons of a block (or the `reasons` field), read within `limits`: all a list shows. */
export function readReasons(block: unknown, reasons: unknown, limits: ListLimits): ReasonsReading {
  const ignored: string[] = [];
  return reasons !== undefined
    ? reasonsValue(reasons, ignored, limits)
    : reasonsOf(sourceOf(block, ignored), ignored, limits);
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
  return publicBlock(readDataBlock(input, {}, options));
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
  return publicBlock(readDataBlock(block, fields, options));
}
