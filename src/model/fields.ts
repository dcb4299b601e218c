// One field of a data block, for components that show only that field: a badge shows the
// verdict, a meter the score and the verdict's tone. The values are those of
// `resolveDataBlock` (a test holds the two together), read without collecting `problems`,
// which components never show, so a page with only badges or meters does not ship the full
// reader. Each field is read on its own: a block whose reasons cannot be read still shows its
// verdict.
import { parseScore, percentOf } from './score';
import { toneOf } from './tone';
import type { NormalizeOptions, NormalizedDataBlock } from './types';

type Bag = Record<string, unknown>;

function isObject(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of an object, or undefined when reading it throws: getters and proxies may. */
function get(source: Bag, key: string): unknown {
  try {
    return source[key];
  } catch {
    return undefined;
  }
}

/** A verdict as text: trimmed strings, finite numbers and booleans; anything else is null. */
function verdictText(raw: unknown): string | null {
  if (typeof raw === 'string') return raw.trim() || null;
  return (typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'boolean' ? String(raw) : null;
}

/**
 * Reads a field of a block with `plain`, or of a decision object `{ type, risk: { score } }`
 * with `decision`; null when there is no block or it cannot be read.
 */
function readField<T>(block: unknown, plain: (source: Bag) => T, decision: (source: Bag) => T): T | null {
  try {
    if (!isObject(block)) return null;
    const isDecision =
      typeof get(block, 'type') === 'string' &&
      get(block, 'verdict') === undefined &&
      get(block, 'result') === undefined;
    return isDecision ? decision(block) : plain(block);
  } catch {
    // Revoked proxies throw even from Array.isArray: such a block counts as empty.
    return null;
  }
}

function plainVerdict(source: Bag): string | null {
  const verdict = get(source, 'verdict');
  return verdictText(verdict === undefined ? get(source, 'result') : verdict);
}

const decisionVerdict = (source: Bag) => verdictText(get(source, 'type'));

function plainScore(source: Bag): number | null {
  const score = parseScore(get(source, 'score'));
  const rawMax = get(source, 'scoreMax');
  const max = rawMax === undefined || rawMax === null || rawMax === '' ? null : parseScore(rawMax);
  return score === null || max === null || max <= 0 ? score : percentOf(score, max);
}

/** A decision object's risk score; -1 means none. */
function decisionScore(source: Bag): number | null {
  const risk = get(source, 'risk');
  const score = isObject(risk) ? get(risk, 'score') : undefined;
  return score === -1 || score === '-1' ? null : parseScore(score);
}

/** The verdict and its tone: those fields of `resolveDataBlock(block, { verdict })`. */
export function resolveVerdict(
  block: unknown,
  verdict: unknown,
  options?: NormalizeOptions,
): Pick<NormalizedDataBlock, 'verdict' | 'tone'> {
  const value = verdict !== undefined ? verdictText(verdict) : readField(block, plainVerdict, decisionVerdict);
  return { verdict: value, tone: toneOf(value, options?.verdictTones) };
}

/** The score, and the block's verdict and tone: `resolveDataBlock(block, { score })` without the reasons. */
export function resolveScore(
  block: unknown,
  score: unknown,
  options?: NormalizeOptions,
): Pick<NormalizedDataBlock, 'verdict' | 'tone' | 'score'> {
  return {
    ...resolveVerdict(block, undefined, options),
    score: score !== undefined ? parseScore(score) : readField(block, plainScore, decisionScore),
  };
}
