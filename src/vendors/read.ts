// Safe, bounded reading of vendor payloads. Every read may throw (getters, revoked proxies), every
// list may be huge and every object may point back at itself, so the adapters only walk fixed
// paths, read at most MAX_ITEMS entries of any list and catch everything here.
import { vocabularyKey } from '../model/humanize';
import { parseScore, percentOf } from '../model/score';
import type { NamedDataBlock, Reason } from '../model/types';

/** What every adapter returns: a `session` for SessionDecision, `dataBlocks` for DataChecksTable. */
export interface VendorDecision {
  /** The vendor's overall answer as a verdict word; null when the input carries none. */
  outcome: string | null;
  dataBlocks: NamedDataBlock[];
  /** What was off in the input, in plain words, for a developer. Never shown by default. */
  problems: string[];
}

export type Bag = Record<string, unknown>;

/** The most entries read from any one list or object: enough for every documented payload. */
export const MAX_ITEMS = 100;

/** The longest text kept from a vendor field: longer text is cut, so odd input stays cheap to show. */
const MAX_TEXT = 2_000;

export function isBag(value: unknown): value is Bag {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

export function isList(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** The value at `path`, or undefined when any step is missing, not an object, or throws. */
export function get(source: unknown, ...path: string[]): unknown {
  let current = source;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    try {
      current = (current as Bag)[key];
    } catch {
      return undefined;
    }
  }
  return current;
}

/** Up to `max` entries of a list; anything that is not a list gives none. */
export function items(value: unknown, max = MAX_ITEMS): unknown[] {
  if (!isList(value)) return [];
  const result: unknown[] = [];
  let length: number;
  try {
    length = Math.min(value.length, max);
  } catch {
    return [];
  }
  for (let index = 0; index < length; index += 1) {
    try {
      result.push(value[index]);
    } catch {
      result.push(undefined);
    }
  }
  return result;
}

/** Up to `max` own enumerable keys and their values; anything that is not an object gives none. */
export function fields(value: unknown, max = MAX_ITEMS): [string, unknown][] {
  if (!isBag(value)) return [];
  let keys: string[];
  try {
    keys = Object.keys(value).slice(0, max);
  } catch {
    return [];
  }
  return keys.map((key) => [key, get(value, key)]);
}

/** Trimmed non-empty text, or the digits of a finite number; anything else is null. */
export function text(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return trimmed.length > MAX_TEXT ? `${trimmed.slice(0, MAX_TEXT)}…` : trimmed;
}

/** A score documented as a fraction from 0 to 1, as a percentage. */
export function fromFraction(value: unknown): number | null {
  const score = parseScore(value);
  return score === null ? null : percentOf(score, 1);
}

/** A score documented as a percentage (0–100). */
export function fromPercent(value: unknown): number | null {
  return parseScore(value);
}

/** The vendor's own word as a lookup key: `In Review`, `in_review` and `IN-REVIEW` are one key. */
export function keyOf(value: unknown): string {
  const word = text(value);
  return word === null ? '' : vocabularyKey(word);
}

export function reason(code: string | null, details: string | null = null, source?: string): Reason {
  const result: Reason = { code, details };
  if (source !== undefined && code !== null) result.source = source;
  return result;
}

/**
 * The vendor's raw words as code chips, leaving out those the verdict already says: a verdict
 * the adapter chose for its tone (`caution` for Onfido `consider` + `caution`) keeps the raw
 * `consider` visible beside it.
 */
export function rawWords(verdict: string | null, words: readonly unknown[], source?: string): Reason[] {
  const said = new Set(verdict === null ? [] : [vocabularyKey(verdict)]);
  const chips: Reason[] = [];
  for (const word of words) {
    const raw = text(word);
    if (raw === null || said.has(vocabularyKey(raw))) continue;
    said.add(vocabularyKey(raw));
    chips.push(reason(raw, null, source));
  }
  return chips;
}

export function block(
  name: string,
  verdict: string | null,
  reasons: Reason[] | null,
  score: number | null = null,
  id?: string | null,
): NamedDataBlock {
  const result: NamedDataBlock = { name, verdict, score, reasons };
  if (id) result.id = id;
  return result;
}

type Reader = (input: Bag, problems: string[]) => Omit<VendorDecision, 'problems'>;

/**
 * Wraps an adapter so that no input can make it throw: anything that is not an object gives an
 * empty decision, and a failure halfway gives what was read so far.
 */
export function adapter(vendor: string, read: Reader): (input: unknown) => VendorDecision {
  return (input) => {
    const problems: string[] = [];
    if (!isBag(input)) {
      if (input !== undefined && input !== null) problems.push(`The ${vendor} payload was not an object.`);
      return { outcome: null, dataBlocks: [], problems };
    }
    try {
      const { outcome, dataBlocks } = read(input, problems);
      if (outcome === null && dataBlocks.length === 0) {
        problems.push(`Nothing in the payload looked like a decision from ${vendor}.`);
      }
      return { outcome, dataBlocks, problems };
    } catch {
      problems.push(`The ${vendor} payload could not be read; it was treated as empty.`);
      return { outcome: null, dataBlocks: [], problems };
    }
  };
}

/** Looks a vendor word up in a mapping by its key; own keys only, so `__proto__` is just a word. */
export function lookup(mapping: Readonly<Record<string, string>>, word: unknown): string | null {
  const key = keyOf(word);
  return key !== '' && Object.prototype.hasOwnProperty.call(mapping, key) ? (mapping[key] as string) : null;
}
