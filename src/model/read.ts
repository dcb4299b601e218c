// The one way the library reads input it does not trust: a field, a text, a list. Every reader
// in the model (blocks, collections, catalogs, provider settings) and every component prop that
// is not a React node goes through these, so they all agree on what counts as text and none of
// them can be made to throw or to do unbounded work.

/**
 * How many entries of one list (reasons, decision labels, blocks of a collection) are read when
 * the caller sets no limit. Entries past it are counted, not read.
 */
export const DEFAULT_MAX_ENTRIES = 1000;

/**
 * A field of an object, or undefined when there is no object or reading the field throws
 * (getters and proxies may); `onThrow` hears of the latter.
 */
export function readField(source: unknown, key: string | number, onThrow?: (key: string | number) => void): unknown {
  if ((typeof source !== 'object' && typeof source !== 'function') || source === null) return undefined;
  try {
    return (source as Record<string | number, unknown>)[key];
  } catch {
    onThrow?.(key);
    return undefined;
  }
}

/** Array.isArray, except that a revoked proxy, on which it throws, is no list. */
export function isList(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** An object that is not a list and can be read (a revoked proxy cannot). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Array.isArray(value);
  } catch {
    return false;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces unpaired surrogates with U+FFFD. The server writes them to the page as U+FFFD, so
 * text that still holds them would differ from the server's markup and fail hydration.
 */
export function wellFormed(text: string): string {
  // The built-in check is much cheaper than the pattern; runtimes without it (Node 18) use the pattern.
  const native = text as string & { isWellFormed?: () => boolean };
  if (typeof native.isWellFormed === 'function' && native.isWellFormed()) return text;
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * The text rule: trimmed, non-empty, well-formed text. Strings and finite numbers qualify;
 * anything else, and blank strings, give null.
 */
export function readText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : wellFormed(trimmed);
}

/**
 * The decision-object shape `{ type, details: { label }, risk: { score } }`: a string `type`
 * and neither `verdict` nor `result`.
 */
export function isDecisionObject(source: Record<string, unknown>, onThrow?: (key: string | number) => void): boolean {
  return (
    typeof readField(source, 'type', onThrow) === 'string' &&
    readField(source, 'verdict', onThrow) === undefined &&
    readField(source, 'result', onThrow) === undefined
  );
}

/** The largest length an array can have; a proxy may claim more. */
const MAX_LENGTH = 2 ** 32 - 1;

/** A list's length as it claims it, or 0 when it is not a usable length. */
function listLength(list: readonly unknown[]): number {
  const length = readField(list, 'length');
  return typeof length === 'number' && Number.isInteger(length) && length > 0 ? Math.min(length, MAX_LENGTH) : 0;
}

export interface ListReading<T> {
  /** What `readEntry` made of the entries it was given, in order. */
  items: T[];
  /** How many entries were read; holes, nulls and rejected entries included. */
  read: number;
  /** How many entries the list holds in all, read or not. */
  count: number;
  /** Entries that were read but gave nothing (holes, nulls, entries `readEntry` rejected). */
  dropped: number;
}

export interface ListLimits {
  /** Stop once this many items have been made. */
  items: number;
  /** Stop once this many entries have been read, whatever they held: holes and nulls count. */
  entries: number;
}

/**
 * Reads a list by position without copying it, stopping at whichever limit comes first. The
 * entries after that are counted from the length, not read: a list of ten million holes costs
 * no more than a list of ten.
 */
export function readList<T>(
  list: readonly unknown[],
  limits: ListLimits,
  readEntry: (entry: unknown, position: number) => T | null,
): ListReading<T> {
  const count = listLength(list);
  const items: T[] = [];
  const end = Math.min(count, Math.max(0, limits.entries));
  let position = 0;
  for (; position < end && items.length < limits.items; position += 1) {
    const item = readEntry(readField(list, position), position);
    if (item !== null) items.push(item);
  }
  return { items, read: position, count, dropped: position - items.length };
}

/** A limit given by a caller: a whole number from 0 up, or Infinity; anything else is the fallback. */
export function readLimit(value: unknown, fallback: number, min = 0): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < min) return fallback;
  return Math.floor(value);
}

/**
 * The own enumerable string keys of an object with their property descriptors, or null when
 * they cannot be listed (a revoked proxy, a proxy whose `ownKeys` trap throws).
 */
export function ownEntries(source: unknown): [string, PropertyDescriptor][] | null {
  if (typeof source !== 'object' || source === null) return [];
  try {
    const descriptors = Object.getOwnPropertyDescriptors(source);
    return Object.keys(descriptors).flatMap((key) => {
      const descriptor = descriptors[key];
      return descriptor?.enumerable ? [[key, descriptor] as [string, PropertyDescriptor]] : [];
    });
  } catch {
    return null;
  }
}

/** Own keys of a record, or [] when they cannot be listed. */
export function ownKeys(source: object): string[] {
  try {
    return Object.keys(source);
  } catch {
    return [];
  }
}

/** An own property, read safely: prototype keys such as `toString` are not own. */
export function hasOwn(source: object, key: string): boolean {
  try {
    return Object.prototype.hasOwnProperty.call(source, key);
  } catch {
    return false;
  }
}
