import { parseScore, percentOf } from './score';
import { toneOf } from './tone';
import type { NormalizeOptions, NormalizedDataBlock, NormalizedReason } from './types';

type Bag = Record<string, unknown>;

function isObject(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Reads one field without trusting the object: getters and proxies may throw. */
function read(source: Bag, key: string, problems: string[]): unknown {
  try {
    return source[key];
  } catch {
    problems.push(`Reading "${key}" threw an error; it was treated as missing.`);
    return undefined;
  }
}

function readArray(source: readonly unknown[], problems: string[]): unknown[] {
  try {
    return Array.from(source);
  } catch {
    problems.push('Reading the reasons list threw an error; it was treated as missing.');
    return [];
  }
}

function text(value: unknown, field: string, problems: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  problems.push(`${field} was ${describe(value)}, not text; it was ignored.`);
  return null;
}

interface RawReason {
  code: string | null;
  details: string | null;
  source?: string;
}

function readReason(entry: unknown, position: number, problems: string[]): RawReason | null {
  const where = `Reason ${position + 1}`;
  if (typeof entry === 'string') return { code: null, details: text(entry, `${where} details`, problems) };
  if (typeof entry === 'number') {
    problems.push(`${where} was a bare number; it was read as a code.`);
    return { code: text(entry, `${where} code`, problems), details: null };
  }
  if (!isObject(entry)) {
    problems.push(`${where} was ${describe(entry)}; it was dropped.`);
    return null;
  }
  const reason: RawReason = {
    code: text(read(entry, 'code', problems), `${where} code`, problems),
    details: text(read(entry, 'details', problems), `${where} details`, problems),
  };
  const source = text(read(entry, 'source', problems), `${where} source`, problems);
  if (source !== null) reason.source = source;
  return reason;
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

interface ReasonList {
  reasons: NormalizedReason[] | null;
  /** How many reasons the list holds, including any past the limit that were only counted. */
  total: number;
}

/**
 * Reads a reasons field. Past `limit` reasons, entries are only counted (with the same test
 * `readReason` applies), so a collapsed list of thousands stays cheap; keys depend only on
 * the reasons before them, so they match a full read.
 */
function readReasonList(raw: unknown, problems: string[], limit = Infinity): ReasonList {
  if (raw === undefined || raw === null) return { reasons: null, total: 0 };
  let entries: unknown[];
  if (Array.isArray(raw)) entries = readArray(raw, problems);
  else if (isObject(raw) || typeof raw === 'string' || typeof raw === 'number') {
    problems.push(`Reasons were ${describe(raw)}, not a list; it was read as a single reason.`);
    entries = [raw];
  } else {
    problems.push(`Reasons were ${describe(raw)}; they were treated as missing.`);
    return { reasons: null, total: 0 };
  }
  const reasons: RawReason[] = [];
  let position = 0;
  for (; position < entries.length && reasons.length < limit; position += 1) {
    const reason = readReason(entries[position], position, problems);
    if (reason) reasons.push(reason);
  }
  let total = reasons.length;
  for (; position < entries.length; position += 1) {
    const entry = entries[position];
    if (typeof entry === 'string' || typeof entry === 'number' || isObject(entry)) total += 1;
  }
  return { reasons: withKeys(reasons), total };
}

function readVerdict(raw: unknown, problems: string[]): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string') return raw.trim() === '' ? null : raw.trim();
  if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'boolean') {
    problems.push(`The verdict was ${describe(raw)}; it was read as text.`);
    return String(raw);
  }
  problems.push(`The verdict was ${describe(raw)}, not text; it was ignored.`);
  return null;
}

function readScore(raw: unknown, problems: string[]): number | null {
  const score = parseScore(raw);
  if (score === null && raw !== undefined && raw !== null && raw !== '') {
    problems.push(
      `The score was ${typeof raw === 'string' ? `"${raw}"` : describe(raw)}, not a number; it was treated as missing.`,
    );
  }
  return score;
}

/** A score given on another scale (`scoreMax`, e.g. 1 for fractions) as a percentage. */
function onPercentScale(score: number | null, rawMax: unknown, problems: string[]): number | null {
  if (rawMax === undefined || rawMax === null || rawMax === '') return score;
  const max = parseScore(rawMax);
  if (max === null || max <= 0) {
    problems.push('The score maximum was not a positive number; the score was read as a percentage.');
    return score;
  }
  return score === null ? null : percentOf(score, max);
}

/**
 * The decision-object shape `{ type, details: { label }, risk: { score } }`: type is the
 * verdict, each label a reason code, and a risk score of -1 means "not provided".
 */
function isDecisionObject(source: Bag, problems: string[]): boolean {
  return (
    typeof read(source, 'type', problems) === 'string' &&
    read(source, 'verdict', problems) === undefined &&
    read(source, 'result', problems) === undefined
  );
}

function decisionLabels(source: Bag, problems: string[]): NormalizedReason[] | null {
  const details = read(source, 'details', problems);
  const labelSources = Array.isArray(details) ? readArray(details, problems) : [details];
  const codes: RawReason[] = [];
  for (const item of labelSources) {
    if (item === undefined || item === null) continue;
    const label = isObject(item) ? read(item, 'label', problems) : item;
    const code = text(label, 'Decision label', problems);
    if (code !== null) codes.push({ code, details: null });
  }
  return details === undefined ? null : withKeys(codes);
}

function readDecisionObject(source: Bag, problems: string[]): RawBlock {
  const verdict = readVerdict(read(source, 'type', problems), problems);
  const reasons = decisionLabels(source, problems);
  const risk = read(source, 'risk', problems);
  const rawScore = isObject(risk) ? read(risk, 'score', problems) : undefined;
  const score = rawScore === -1 || rawScore === '-1' ? null : readScore(rawScore, problems);
  return { verdict, score, reasons, problems };
}

/** `reasons`, else the single `reason` some APIs send. */
function plainReasonsField(source: Bag, problems: string[]): unknown {
  const rawReasons = read(source, 'reasons', problems);
  return rawReasons === undefined ? read(source, 'reason', problems) : rawReasons;
}

/**
 * Reads one data block as it arrives from an API, leniently: missing, empty and mistyped
 * fields become "not provided" and are listed in `problems`; nothing here throws, and the
 * input is never modified.
 */
export function normalizeDataBlock(input: unknown, options?: NormalizeOptions): NormalizedDataBlock {
  const problems: string[] = [];
  let read: RawBlock;
  try {
    read = readBlock(input, problems);
  } catch {
    // Revoked proxies and exotic objects can throw even from Array.isArray.
    problems.push('The data block could not be read; it was treated as empty.');
    read = { verdict: null, score: null, reasons: null, problems };
  }
  // Outside the try: a broken host vocabulary is a configuration error, and must reach the
  // component's error boundary instead of passing silently as a missing verdict.
  return { ...read, tone: toneOf(read.verdict, options?.verdictTones) };
}

type RawBlock = Omit<NormalizedDataBlock, 'tone'>;

function readBlock(input: unknown, problems: string[]): RawBlock {
  if (!isObject(input)) {
    if (input !== undefined && input !== null) problems.push(`The data block was ${describe(input)}, not an object.`);
    return { verdict: null, score: null, reasons: null, problems };
  }
  if (isDecisionObject(input, problems)) return readDecisionObject(input, problems);

  let rawVerdict = read(input, 'verdict', problems);
  if (rawVerdict === undefined) rawVerdict = read(input, 'result', problems);
  const verdict = readVerdict(rawVerdict, problems);

  const rawReasons = plainReasonsField(input, problems);

  return {
    verdict,
    score: onPercentScale(
      readScore(read(input, 'score', problems), problems),
      read(input, 'scoreMax', problems),
      problems,
    ),
    reasons: readReasonList(rawReasons, problems).reasons,
    problems,
  };
}

/** Single fields passed next to a block; a field that is not `undefined` wins over the block's. */
export interface DataBlockFields {
  verdict?: unknown;
  score?: unknown;
  reasons?: unknown;
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
  const base = normalizeDataBlock(block, options);
  const given: Record<string, unknown> = {};
  for (const key of ['verdict', 'score', 'reasons'] as const) {
    if (fields[key] !== undefined) given[key] = fields[key];
  }
  if (Object.keys(given).length === 0) return base;
  const override = normalizeDataBlock(given, options);
  const verdictGiven = 'verdict' in given;
  return {
    verdict: verdictGiven ? override.verdict : base.verdict,
    tone: verdictGiven ? override.tone : base.tone,
    score: 'score' in given ? override.score : base.score,
    reasons: 'reasons' in given ? override.reasons : base.reasons,
    problems: [...base.problems, ...override.problems],
  };
}

/**
 * The reasons of `resolveDataBlock(block, { reasons })`, with only the first `limit` read in
 * full; `total` counts them all. A collapsed list of thousands of reasons reads ten. Problems
 * are not collected: components never show them.
 */
export function resolveReasons(block: unknown, reasons: unknown, limit = Infinity): ReasonList {
  const ignored: string[] = [];
  try {
    if (reasons !== undefined) return readReasonList(reasons, ignored, limit);
    if (!isObject(block)) return { reasons: null, total: 0 };
    if (isDecisionObject(block, ignored)) {
      const labels = decisionLabels(block, ignored);
      return { reasons: labels === null ? null : labels.slice(0, limit), total: labels?.length ?? 0 };
    }
    return readReasonList(plainReasonsField(block, ignored), ignored, limit);
  } catch {
    // As in normalizeDataBlock: a block that cannot be read counts as empty.
    return { reasons: null, total: 0 };
  }
}
