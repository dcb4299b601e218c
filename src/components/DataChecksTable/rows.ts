import { formatCount, formatMessage, formatPercent, getCollator } from '../../i18n/format';
import * as en from '../../i18n/english';
import { message, type Messages } from '../../i18n/messages';
import { blockName, entryKey, readBlockList } from '../../model/collection';
import { humanize } from '../../model/humanize';
import { readBlockScore, readReasons, readVerdict, type BlockReading } from '../../model/normalize';
import { DEFAULT_MAX_ENTRIES } from '../../model/read';
import { severityRank } from '../../model/tone';
import { TONES, type NormalizeOptions, type Tone } from '../../model/types';
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
  const { verdict, tone, score, name: blockName, key, index } = summary;
  const block: NamedBlockReading = {
    verdict,
    tone,
    score,
    name: blockName,
    key,
    index,
    reasons,
    unreadReasons: unread,
    problems: [],
  };
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

/**
 * A class rather than a closure per row, and its own summary: 100,000 rows then keep one object
 * each (and its key), which keeps the collector's work in a long table down.
 */
class LazyRow implements CheckRowData, RowSummary {
  readonly verdict: RowSummary['verdict'];
  readonly tone: RowSummary['tone'];
  private scoreRead: RowSummary['score'] | undefined;
  private read: RowDetails | undefined;
  constructor(
    /** The block as given, which a later reading compares with what it finds at the same place. */
    readonly raw: unknown,
    /** The name the collection gave (a record's key), or undefined: the block's own, read when asked. */
    private givenName: string | null | undefined,
    /** The key the collection gave (a record's), or undefined: the entry's own, read when asked. */
    private givenKey: string | undefined,
    readonly index: number,
    /** The settings the row was read with: a row read with other settings is read again. */
    readonly reading: RowReading,
  ) {
    const summary = readVerdict(raw, undefined, reading.options);
    this.verdict = summary.verdict;
    this.tone = summary.tone;
  }

  /** The row is its own summary: a getter, not a field, so that 100,000 rows hold one slot less each. */
  get block(): RowSummary {
    return this;
  }

  /** Only shown rows and the name order need a name: a list entry's is read when first asked. */
  get name(): string | null {
    if (this.givenName === undefined) this.givenName = blockName(this.raw);
    return this.givenName;
  }

  /**
   * Only mounted rows need a key, so a list entry's is read when first asked. It is the key the
   * entry asks for (its id), unique only once the rows rendered together are (`uniqueKeys`):
   * making 100,000 keys unique up front cost more than reading their verdicts.
   */
  get key(): string {
    if (this.givenKey === undefined) this.givenKey = entryKey(this.raw, this.index);
    return this.givenKey;
  }

  /**
   * Read when first asked: the decision order and the filter need every row's tone, but only a
   * mounted row, the score order and the question "does any row have a score?" need scores.
   */
  get score(): RowSummary['score'] {
    if (this.scoreRead === undefined) this.scoreRead = readBlockScore(this.raw);
    return this.scoreRead;
  }

  details(): RowDetails {
    this.read ??= rowDetails(this.raw, this, this.reading);
    return this.read;
  }
}

/** The row of a block at its place in a collection. */
export function checkRow(
  raw: unknown,
  name: string | null | undefined,
  key: string | undefined,
  index: number,
  reading: RowReading,
): CheckRowData {
  return new LazyRow(raw, name, key, index, reading);
}

/**
 * The rows of the last reading, in order. A row is reused only at the place it was read (its
 * index is part of it), so comparing each block with the one read at its place is all a later
 * reading needs: no map from blocks to rows, which for 100,000 rows cost more than reading them.
 */
export interface RowCache {
  rows: readonly CheckRowData[];
}

/** An empty cache, for a table's first reading. */
export function newRowCache(): RowCache {
  return { rows: [] };
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
  const { items, count } = readBlockList(checks, max, (raw, name, key, index) => {
    const cached = previous[index];
    if (
      cached instanceof LazyRow &&
      cached.raw === raw &&
      cached.reading === reading &&
      // A list entry's name and key are its own (the same object has them still); a record's are its key.
      (key === undefined || cached.key === key) &&
      (name === undefined || cached.name === name)
    ) {
      return cached;
    }
    return new LazyRow(raw, name, key, index, reading);
  });
  cache.rows = items;
  return { rows: items, count };
}

/** Rows of one tone under the decision order; all rows, tone null, under any other order. */
export interface RowGroup {
  tone: Tone | null;
  rows: readonly CheckRowData[];
}

/** The rows of each tone, in severity order and each in input order: five groups, some maybe empty. */
export function groupByTone(rows: readonly CheckRowData[]): RowGroup[] {
  // TONES is in severity order, so a row's rank is its group.
  const groups = TONES.map((tone): { tone: Tone; rows: CheckRowData[] } => ({ tone, rows: [] }));
  for (const row of rows) groups[severityRank(row.block.tone)]?.rows.push(row);
  return groups;
}

/**
 * The rows in the given order, ties in input order, as row groups. The decision order is the
 * tone groups themselves (`groupByTone`, which also counts the tones), without the empty ones:
 * the default order of a long table costs no comparison sort and no second pass over its rows.
 */
export function orderRows(
  rows: readonly CheckRowData[],
  byTone: readonly RowGroup[],
  column: DataChecksTableSortColumn,
  ascending: boolean,
  locale: string | undefined,
): RowGroup[] {
  if (column !== 'decision') return [{ tone: null, rows: [...rows].sort(compareRows(column, ascending, locale)) }];
  const groups = byTone.filter((group) => group.rows.length > 0);
  return ascending ? groups : groups.reverse();
}

/** The name and score orders, ties in input order; the decision order needs no comparison (`orderRows`). */
function compareRows(
  column: Exclude<DataChecksTableSortColumn, 'decision'>,
  ascending: boolean,
  locale: string | undefined,
): (a: CheckRowData, b: CheckRowData) => number {
  const sign = ascending ? 1 : -1;
  // Only names need a collator; the first one a page builds is costly, so the default order builds none.
  const collator = column === 'check' ? getCollator(locale) : null;
  const compareColumn = (a: CheckRowData, b: CheckRowData): number => {
    if (collator) return sign * collator.compare(a.details().label, b.details().label);
    // A missing score says nothing about risk, so it goes last whichever way the column is sorted.
    const [scoreA, scoreB] = [a.block.score, b.block.score];
    if (scoreA === null || scoreB === null) return (scoreA === null ? 1 : 0) - (scoreB === null ? 1 : 0);
    return sign * (scoreA - scoreB);
  };
  return (a, b) => compareColumn(a, b) || a.block.index - b.block.index;
}
