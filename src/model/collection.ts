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

/** The key a list entry asks for: its `id`, or its position when it has none. Not de-duplicated. */
export function entryKey(raw: unknown, index: number): string {
  const id = readText(readField(raw, 'id'));
  return id === null ? `#${index}` : `id:${id}`;
}

/**
 * Walks a collection of data blocks (an array of named blocks, or a record such as
 * `{ AuthenticationResult: {...} }`) in input order, giving each raw block its position. Only
 * the first `max` entries are visited; the rest are counted. Anything that is not a collection
 * gives an empty list.
 *
 * A record's names and keys are its own keys, and given to `map`. A list entry's are its own
 * (`blockName`, `entryKey`), read by `map` when it needs them: `map` gets `undefined` for both.
 * Entry keys are not de-duplicated; `uniqueKeys` does that for the blocks shown side by side.
 */
export function readBlockList<T>(
  collection: unknown,
  max: number,
  map: (raw: unknown, name: string | null | undefined, key: string | undefined, index: number) => T,
): BlockListReading<T> {
  if (isList(collection)) {
    const list = readList(collection, { items: max, entries: max }, (entry, index) =>
      map(entry, undefined, undefined, index),
    );
    return { items: list.items, count: list.count };
  }
  if (!isRecord(collection)) return { items: [], count: 0 };
  if (looksLikeOneBlock(collection)) return { items: [map(collection, blockName(collection), '#0', 0)], count: 1 };
  // A record's keys are unique, so its blocks' keys are too.
  const keys = ownKeys(collection);
  const items = keys
    .slice(0, max)
    .map((key, index) => map(readField(collection, key), readText(key), `name:${key}`, index));
  return { items, count: keys.length };
}

/**
 * The keys of blocks rendered side by side, each unique: a key already used by an earlier block
 * becomes the block's position (`#3`), which no other key can be.
 */
export function uniqueKeys(blocks: readonly { key: string; index: number }[]): string[] {
  const used = new Set<string>();
  return blocks.map(({ key, index }) => {
    if (!used.has(key)) {
      used.add(key);
      return key;
    }
    return `#${index}`;
  });
}

/**
 * Turns a collection of data blocks (an array of named blocks, or a record such as
 * `{ AuthenticationResult: {...} }`) into normalized, named blocks in input order. Reads the
 * first `options.maxEntries` blocks (1,000 by default). Anything that is not a collection gives
 * an empty list.
 */
export function toBlockList(collection: unknown, options?: NormalizeOptions): NamedNormalizedBlock[] {
  const max = readLimit(options?.maxEntries, DEFAULT_MAX_ENTRIES);
  const blocks = readBlockList(collection, max, (raw, name, key, index) => {
    const { verdict, tone, score, reasons, problems } = readWithProblems(raw, {}, options);
    return {
      verdict,
      tone,
      score,
      reasons,
      problems,
      name: name === undefined ? blockName(raw) : name,
      key: key ?? entryKey(raw, index),
      index,
    };
  }).items;
  const keys = uniqueKeys(blocks);
  return blocks.map((block, index) => ({ ...block, key: keys[index] as string }));
}
