import { normalizeDataBlock } from './normalize';
import type { NamedNormalizedBlock, NormalizeOptions } from './types';

const BLOCK_FIELDS = ['verdict', 'result', 'score', 'reasons', 'reason'];

function nameOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function safeKeys(record: object): string[] {
  try {
    return Object.keys(record);
  } catch {
    return [];
  }
}

function safeRead(record: object, key: string): unknown {
  try {
    return (record as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A record whose own keys are data-block fields is one block, not a collection of blocks. */
function looksLikeOneBlock(record: object, keys: readonly string[]): boolean {
  return keys.some((key) => {
    if (!BLOCK_FIELDS.includes(key)) return false;
    const value = safeRead(record, key);
    return typeof value !== 'object' || value === null || Array.isArray(value);
  });
}

/**
 * Walks a collection of data blocks (an array of named blocks, or a record such as
 * `{ AuthenticationResult: {...} }`) in input order, giving each raw block its name, a unique
 * key and its position. Anything that is not a collection gives an empty list.
 */
export function mapBlockList<T>(
  collection: unknown,
  map: (raw: unknown, name: string | null, key: string, index: number) => T,
): T[] {
  if (typeof collection !== 'object' || collection === null) return [];
  const blocks: T[] = [];
  const usedKeys = new Set<string>();
  const add = (raw: unknown, name: string | null, preferredKey: string | null, index: number) => {
    const key = preferredKey !== null && !usedKeys.has(preferredKey) ? preferredKey : `#${index}`;
    usedKeys.add(key);
    blocks.push(map(raw, name, key, index));
  };

  if (Array.isArray(collection)) {
    let entries: unknown[];
    try {
      entries = Array.from(collection as unknown[]);
    } catch {
      return [];
    }
    entries.forEach((entry, index) => {
      const isObj = typeof entry === 'object' && entry !== null;
      const name = isObj ? nameOf(safeRead(entry, 'name')) : null;
      const id = isObj ? nameOf(safeRead(entry, 'id')) : null;
      add(entry, name, id === null ? null : `id:${id}`, index);
    });
    return blocks;
  }

  const keys = safeKeys(collection);
  if (looksLikeOneBlock(collection, keys)) {
    add(collection, nameOf(safeRead(collection, 'name')), null, 0);
    return blocks;
  }
  keys.forEach((key, index) => add(safeRead(collection, key), key, `name:${key}`, index));
  return blocks;
}

/**
 * Turns a collection of data blocks (an array of named blocks, or a record such as
 * `{ AuthenticationResult: {...} }`) into normalized, named blocks in input order.
 * Anything that is not a collection gives an empty list.
 */
export function toBlockList(collection: unknown, options?: NormalizeOptions): NamedNormalizedBlock[] {
  return mapBlockList(collection, (raw, name, key, index) => ({
    ...normalizeDataBlock(raw, options),
    name,
    key,
    index,
  }));
}
