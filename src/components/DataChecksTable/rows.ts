import { formatCount, formatMessage, formatPercent, getCollator } from '../../i18n/format';
import { message, type Messages } from '../../i18n/messages';
import { readBlockList } from '../../model/collection';
import { humanize } from '../../model/humanize';
import { readDataBlock, type BlockReading } from '../../model/normalize';
import { severityRank } from '../../model/tone';
import type { NormalizeOptions } from '../../model/types';
import { verdictBadgeModel, type BadgeModel } from '../DecisionBadge/DecisionBadge';
import type { Size } from '../internal/vocabulary';
import type { DataChecksTableSortColumn } from './DataChecksTable.props';

/** A block of a collection as read, with its place in the collection. */
export interface NamedBlockReading extends BlockReading {
  name: string | null;
  key: string;
  index: number;
}

/** One row as it is shown: its block, and every text of its cells, computed once per data change. */
export interface CheckRowData {
  block: NamedBlockReading;
  /** What the row header shows; sorting by name compares it. */
  label: string;
  badge: BadgeModel;
  /** The score cell's text: the percentage, or the "No score" message. */
  scoreText: string;
}

/** What a row's content depends on besides its block: a row read with other settings is read again. */
export interface RowReading {
  options: NormalizeOptions;
  messages: Partial<Messages>;
  locale: string | undefined;
  size: Size;
}

/** The row of a block already read. */
export function checkRow(block: NamedBlockReading, { messages, locale, size }: RowReading): CheckRowData {
  const name = humanize(block.name);
  return {
    block,
    label:
      name !== ''
        ? name
        : formatMessage(message(messages, 'checkIndex'), { index: formatCount(block.index + 1, locale) }),
    badge: verdictBadgeModel(block.verdict, block.tone, size, messages),
    scoreText: block.score === null ? message(messages, 'noScore') : formatPercent(block.score, locale),
  };
}

interface CachedRow {
  row: CheckRowData;
  reading: RowReading;
}

export type RowCache = WeakMap<object, CachedRow>;

/** The rows read from a collection, and how many checks it holds in all. */
export interface RowsReading {
  rows: CheckRowData[];
  count: number;
}

/**
 * The rows of the first `max` checks, reusing the row of every block object read before at the
 * same place with the same settings: when the host passes new checks that reuse most block
 * objects (immutable updates), only the changed blocks are read again.
 */
export function readCheckRows(checks: unknown, cache: RowCache, reading: RowReading, max: number): RowsReading {
  const { items, count } = readBlockList(checks, max, (raw, name, key, index) => {
    const cacheable = typeof raw === 'object' && raw !== null;
    const cached = cacheable ? cache.get(raw) : undefined;
    if (cached?.reading === reading) {
      const { block } = cached.row;
      if (block.name === name && block.key === key && block.index === index) return cached.row;
    }
    const row = checkRow({ ...readDataBlock(raw, {}, reading.options), name, key, index }, reading);
    if (cacheable) cache.set(raw, { row, reading });
    return row;
  });
  return { rows: items, count };
}

export function compareRows(
  column: DataChecksTableSortColumn,
  ascending: boolean,
  locale: string | undefined,
): (a: CheckRowData, b: CheckRowData) => number {
  const sign = ascending ? 1 : -1;
  // Only names need a collator; the first one a page builds is costly, so the default order builds none.
  const collator = column === 'check' ? getCollator(locale) : null;
  const compareColumn = (a: CheckRowData, b: CheckRowData): number => {
    if (column === 'decision') return sign * (severityRank(a.block.tone) - severityRank(b.block.tone));
    if (collator) return sign * collator.compare(a.label, b.label);
    // A missing score says nothing about risk, so it goes last whichever way the column is sorted.
    const [scoreA, scoreB] = [a.block.score, b.block.score];
    if (scoreA === null || scoreB === null) return (scoreA === null ? 1 : 0) - (scoreB === null ? 1 : 0);
    return sign * (scoreA - scoreB);
  };
  return (a, b) => compareColumn(a, b) || a.block.index - b.block.index;
}
