import { formatCount, formatMessage, formatPercent, getCollator } from '../../i18n/format';
import * as en from '../../i18n/english';
import { message, type Messages } from '../../i18n/messages';
import { readBlockList } from '../../model/collection';
import { humanize } from '../../model/humanize';
import { readReasons, readScore, type BlockReading } from '../../model/normalize';
import { DEFAULT_MAX_ENTRIES } from '../../model/read';
import { severityRank } from '../../model/tone';
import { TONES } from '../../model/types';
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

/** What sorting, filtering and counting need of every row: its verdict, tone, score and place. */
export type RowSummary = Pick<NamedBlockReading, 'verdict' | 'tone' | 'score' | 'name' | 'key' | 'index'>;

/** Everything a row shows: the block read in full, and every text of its cells. */
export interface RowDetails {
  block: NamedBlockReading;
  /** What the row header shows; sorting by name compares it. */
  label: string;
  badge: BadgeModel;
  /** The score cell's text: the percentage, or the "No score" message. */
  scoreText: string;
}

/**
 * One row: its summary, read for every row, and its details, read the first time the row is
 * shown or sorted by name. A table of 100,000 checks reads 100,000 verdicts and scores up front,
 * but the reasons and texts of only the rows it mounts.
 */
export interface CheckRowData {
  block: RowSummary;
  details: () => RowDetails;
}

/** What a row's content depends on besides its block: a row read with other settings is read again. */
export interface RowReading {
  options: NormalizeOptions;
  messages: Partial<Messages>;
  locale: string | undefined;
  size: Size;
}

const REASON_LIMITS = { items: DEFAULT_MAX_ENTRIES, entries: DEFAULT_MAX_ENTRIES };

function rowDetails(raw: unknown, summary: RowSummary, { messages, locale, size }: RowReading): RowDetails {
  const { reasons, unread } = readReasons(raw, undefined, REASON_LIMITS);
  const block: NamedBlockReading = { ...summary, reasons, unreadReasons: unread, problems: [] };
  const name = humanize(block.name);
  return {
    block,
    label:
      name !== ''
        ? name
        : formatMessage(message(messages, 'checkIndex', en.checkIndex), {
            index: formatCount(block.index + 1, locale),
          }),
    badge: verdictBadgeModel(block.verdict, block.tone, size, messages),
    scoreText: block.score === null ? message(messages, 'noScore', en.noScore) : formatPercent(block.score, locale),
  };
}

/** A class rather than a closure per row: 100,000 rows then allocate one object each. */
class LazyRow implements CheckRowData {
  private read: RowDetails | undefined;
  constructor(
    readonly block: RowSummary,
    private readonly raw: unknown,
    private readonly reading: RowReading,
  ) {}

  details(): RowDetails {
    this.read ??= rowDetails(this.raw, this.block, this.reading);
    return this.read;
  }
}

/** The row of a block at its place in a collection. */
export function checkRow(
  raw: unknown,
  name: string | null,
  key: string,
  index: number,
  reading: RowReading,
): CheckRowData {
  return new LazyRow({ ...readScore(raw, undefined, reading.options), name, key, index }, raw, reading);
}

interface CachedRow {
  row: CheckRowData;
  reading: RowReading;
}

/**
 * The rows of the last reading, by block object. A Map that each reading replaces, rather than
 * a WeakMap: adding 100,000 keys to a WeakMap costs more than reading the blocks, while the
 * replaced Map lets go of the blocks the host dropped all the same.
 */
export interface RowCache {
  rows: Map<object, CachedRow>;
}

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
  const previous = cache.rows;
  const next = new Map<object, CachedRow>();
  const { items, count } = readBlockList(checks, max, (raw, name, key, index) => {
    const cacheable = typeof raw === 'object' && raw !== null;
    const cached = cacheable ? previous.get(raw) : undefined;
    if (cached?.reading === reading) {
      const { block } = cached.row;
      if (block.name === name && block.key === key && block.index === index) {
        next.set(raw as object, cached);
        return cached.row;
      }
    }
    const row = checkRow(raw, name, key, index, reading);
    if (cacheable) next.set(raw, { row, reading });
    return row;
  });
  cache.rows = next;
  return { rows: items, count };
}

/**
 * The rows in the given order, ties in input order. The decision order puts each row in its
 * tone's bucket, in one pass: the default order of a long table costs no comparison sort.
 */
export function sortRows(
  rows: readonly CheckRowData[],
  column: DataChecksTableSortColumn,
  ascending: boolean,
  locale: string | undefined,
): CheckRowData[] {
  if (column !== 'decision') return [...rows].sort(compareRows(column, ascending, locale));
  // TONES is in severity order, so a row's rank is its bucket.
  const buckets: CheckRowData[][] = TONES.map(() => []);
  for (const row of rows) buckets[severityRank(row.block.tone)]?.push(row);
  return (ascending ? buckets : buckets.reverse()).flat();
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
    if (collator) return sign * collator.compare(a.details().label, b.details().label);
    // A missing score says nothing about risk, so it goes last whichever way the column is sorted.
    const [scoreA, scoreB] = [a.block.score, b.block.score];
    if (scoreA === null || scoreB === null) return (scoreA === null ? 1 : 0) - (scoreB === null ? 1 : 0);
    return sign * (scoreA - scoreB);
  };
  return (a, b) => compareColumn(a, b) || a.block.index - b.block.index;
}
