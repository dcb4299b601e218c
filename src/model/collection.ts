import { readWithProblems } from './normalize';
import {
  DEFAULT_MAX_ENTRIES,
  hasOwn,
  isList,
  isRecord,
  ownKeys,
  readField,
  readLimit,
  readList,
  readText,
} from './read';
import type { NamedNormalizedBlock, NormalizeOptions } from './types';

const BLOCK_FIELDS = ['verdict', 'result', 'score', 'reasons', 'reason'];

/** A record with a data-block field whose value is not a block is one block, not a collection of blocks. */
function looksLikeOneBlock(record: Record<string, unknown>): boolean {
  return BLOCK_FIELDS.some((key) => hasOwn(record, key) && !isRecord(readField(record, key)));
}

/** The name a block of a list gives itself. */
export function blockName(raw: unknown): string | null {
  return readText(readField(raw, 'name'));
}

/** The blocks of a collection that were read, and how many it holds in all. */
export interface BlockListReading<T> {
  items: T[];
  /** Every entry of the collection, read or not: holes and nulls count. */
  count: number;
}

/**
 * Walks a collection of data blocks (an array of named blocks, or a record such as
 * `{ AuthenticationResult: {...} }`) in input order, giving each raw block its name, a unique
 * key and its position. Only the first `max` entries are visited; the rest are counted. Anything
 * that is not a collection gives an empty list. With `lazyNames`, a list entry's name is not read:
 * `map` gets `undefined` and reads it from the entry when it needs it (`blockName`); a record's
 * names are its keys, and always given.
 */
export function readBlockList<T>(
  collection: unknown,
  max: number,
  map: (raw: unknown, name: string | null | undefined, key: string, index: number) => T,
  lazyNames = false,
): BlockListReading<T> {
  // One collection is either a list (keys `id:…`) or a record (keys `name:…`), so the set holds
  // the ids or names themselves: strings from the input, whose hashes the engine keeps, rather
  // than a new prefixed string per entry. Positional keys (`#3`) are unique by index and never
  // look like a preferred key, so only preferred keys are tracked.
  const used = new Set<string>();
  const visit = (
    raw: unknown,
    name: string | null | undefined,
    preferred: string | null,
    prefix: string,
    index: number,
  ) => {
    if (preferred === null || used.has(preferred)) return map(raw, name, `#${index}`, index);
    used.add(preferred);
    return map(raw, name, prefix + preferred, index);
  };

  if (isList(collection)) {
    const list = readList(collection, { items: max, entries: max }, (entry, index) => {
      const id = readText(readField(entry, 'id'));
      return visit(entry, lazyNames ? undefined : blockName(entry), id, 'id:', index);
    });
    return { items: list.items, count: list.count };
  }
  if (!isRecord(collection)) return { items: [], count: 0 };
  if (looksLikeOneBlock(collection)) {
    return { items: [visit(collection, blockName(collection), null, '', 0)], count: 1 };
  }
  const keys = ownKeys(collection);
  const items = keys
    .slice(0, max)
    .map((key, index) => visit(readField(collection, key), readText(key), key, 'name:', index));
  return { items, count: keys.length };
}

/**
 * Turns a collection of data blocks (an array of named blocks, or a record such as
 * `{ AuthenticationResult: {...} }`) into normalized, named blocks in input order. Reads the
 * first `options.maxEntries` blocks (1,000 by default). Anything that is not a collection gives
 * an empty list.
 */
export function toBlockList(collection: unknown, options?: NormalizeOptions): NamedNormalizedBlock[] {
  const max = readLimit(options?.maxEntries, DEFAULT_MAX_ENTRIES);
  return readBlockList(collection, max, (raw, name, key, index) => {
    const { verdict, tone, score, reasons, problems } = readWithProblems(raw, {}, options);
    // Names are read up front here (no lazyNames), so `name` is never undefined.
    return { verdict, tone, score, reasons, problems, name: name ?? null, key, index };
  }).items;
}
