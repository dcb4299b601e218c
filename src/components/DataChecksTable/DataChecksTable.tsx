'use client';
import { clsx } from 'clsx';
import { forwardRef, memo, useId, useMemo, useState, type ReactNode } from 'react';
import * as english from '../../i18n/english';
import { formatCount, formatMessage, formatPercent, getCollator } from '../../i18n/format';
import { mapBlockList } from '../../model/collection';
import { humanize } from '../../model/humanize';
import { normalizeDataBlock } from '../../model/normalize';
import { severityRank } from '../../model/tone';
import { TONES, type NamedNormalizedBlock, type NormalizeOptions, type Tone } from '../../model/types';
import { useSettings } from '../../provider/context';
import { verdictBadge } from '../DecisionBadge/DecisionBadge';
import { contained } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { toneIcon } from '../internal/ToneIcon';
import { toneWord } from '../internal/toneWord';
import { oneOf, type Size } from '../internal/vocabulary';
import { ReasonsView } from '../ReasonList/ReasonList';
import {
  checksTableSizes,
  checksTableSortColumns,
  checksTableSortDirections,
  defaultChecksTableSort,
  type DataChecksTableFilter,
  type DataChecksTableProps,
  type DataChecksTableSort,
  type DataChecksTableSortColumn,
} from './DataChecksTable.props';

const DEFAULT_REASONS_MAX = 3;
const NO_FILTER: DataChecksTableFilter = Object.freeze([]);

interface CheckRowData {
  block: NamedNormalizedBlock;
  /** What the row header shows, computed once per data change: sorting by name compares it. */
  label: string;
}

/** Props from JS callers may be anything: each field that is not in the vocabulary takes the default. */
function readSort(value: unknown): DataChecksTableSort {
  if (typeof value !== 'object' || value === null) return defaultChecksTableSort;
  const { column, direction } = value as Record<string, unknown>;
  return {
    column: oneOf(checksTableSortColumns, column, defaultChecksTableSort.column),
    direction: oneOf(checksTableSortDirections, direction, defaultChecksTableSort.direction),
  };
}

/** Keeps the known tones, once each, in severity order; anything else means "no filter". */
function readFilter(value: unknown): DataChecksTableFilter {
  if (!Array.isArray(value)) return NO_FILTER;
  const tones = TONES.filter((tone) => value.includes(tone));
  return tones.length === 0 ? NO_FILTER : tones;
}

function readReasonsMax(value: unknown): number {
  return typeof value === 'number' && value >= 1 ? Math.floor(value) : DEFAULT_REASONS_MAX;
}

function checkLabel(block: NamedNormalizedBlock, template: string, locale: string | undefined): string {
  const name = humanize(block.name);
  return name !== '' ? name : formatMessage(template, { index: formatCount(block.index + 1, locale) });
}

/** What a row's content depends on besides its block: a row read with other settings is read again. */
interface RowReading {
  options: NormalizeOptions;
  template: string;
  locale: string | undefined;
}

interface CachedRow {
  row: CheckRowData;
  reading: RowReading;
}

/** The rows of `checks`, reusing the row of every block object read before at the same place with the same settings. */
function readRows(checks: unknown, cache: WeakMap<object, CachedRow>, reading: RowReading): CheckRowData[] {
  return mapBlockList(checks, (raw, name, key, index) => {
    const cacheable = typeof raw === 'object' && raw !== null;
    const cached = cacheable ? cache.get(raw) : undefined;
    if (cached?.reading === reading) {
      const { block } = cached.row;
      if (block.name === name && block.key === key && block.index === index) return cached.row;
    }
    const block: NamedNormalizedBlock = { ...normalizeDataBlock(raw, reading.options), name, key, index };
    const row = { block, label: checkLabel(block, reading.template, reading.locale) };
    if (cacheable) cache.set(raw, { row, reading });
    return row;
  });
}

function compareRows(
  column: DataChecksTableSortColumn,
  ascending: boolean,
  locale: string | undefined,
): (a: CheckRowData, b: CheckRowData) => number {
  const sign = ascending ? 1 : -1;
  // Only names need a collator; the first one a page builds is costly, so the default order builds none.
  const collator = column === 'check' ? getCollator(locale) : null;
  const compareColumn = (a: NamedNormalizedBlock, b: NamedNormalizedBlock, labelA: string, labelB: string): number => {
    if (column === 'decision') return sign * (severityRank(a.tone) - severityRank(b.tone));
    if (collator) return sign * collator.compare(labelA, labelB);
    // A missing score says nothing about risk, so it goes last whichever way the column is sorted.
    if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
    return sign * (a.score - b.score);
  };
  return (a, b) => compareColumn(a.block, b.block, a.label, b.label) || a.block.index - b.block.index;
}

function SortIcon({ direction }: { direction: DataChecksTableSort['direction'] | null }) {
  const path =
    direction === 'ascending'
      ? 'M8 3.5 12 9H4l4-5.5Z'
      : direction === 'descending'
        ? 'M8 12.5 4 7h8l-4 5.5Z'
        : 'M8 2.5 11 6.5H5l3-4Zm0 11-3-4h6l-3 4Z';
  return (
    <svg
      className="dblk-icon dblk-checks__sort-icon"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d={path} />
    </svg>
  );
}

interface SortHeaderProps {
  column: DataChecksTableSortColumn;
  sort: DataChecksTableSort;
  onSort: (column: DataChecksTableSortColumn) => void;
  children: ReactNode;
}

function SortHeader({ column, sort, onSort, children }: SortHeaderProps) {
  const direction = sort.column === column ? sort.direction : null;
  return (
    <th scope="col" className="dblk-checks__header" aria-sort={direction ?? undefined}>
      <button type="button" className="dblk-checks__sort" onClick={() => onSort(column)}>
        {children}
        <SortIcon direction={direction} />
      </button>
    </th>
  );
}

interface CheckRowProps {
  row: CheckRowData;
  showScore: boolean;
  reasonsMax: number;
  size: Size;
}

/** Memoized so that sorting or filtering thousands of rows re-renders none of the rows that stay. */
const CheckRow = memo(function CheckRow({ row: { block, label }, showScore, reasonsMax, size }: CheckRowProps) {
  const { messages, locale } = useSettings();
  return (
    <tr className="dblk-checks__row" data-tone={block.tone}>
      <th scope="row" className="dblk-checks__name">
        {label}
      </th>
      <td className="dblk-checks__cell">{verdictBadge(block.verdict, block.tone, size, messages)}</td>
      {showScore ? (
        <td className="dblk-checks__cell dblk-checks__score" data-empty={block.score === null ? '' : undefined}>
          {block.score === null ? (
            <span className="dblk-checks__muted">{messages.noScore ?? english.noScore}</span>
          ) : (
            formatPercent(block.score, locale)
          )}
        </td>
      ) : null}
      <td className="dblk-checks__cell">
        <ReasonsView reasons={block.reasons} max={reasonsMax} size={size} />
      </td>
    </tr>
  );
});

const DataChecksTableRoot = forwardRef<HTMLDivElement, DataChecksTableProps>(function DataChecksTable(
  {
    checks,
    caption,
    sort: sortProp,
    defaultSort,
    onSortChange,
    filter: filterProp,
    defaultFilter,
    onFilterChange,
    showFilter,
    reasonsMax,
    size,
    className,
    ...rest
  },
  ref,
) {
  const { messages, locale, verdictTones } = useSettings();
  const tableId = useId();
  const [ownSort, setOwnSort] = useState(() => readSort(defaultSort));
  const [ownFilter, setOwnFilter] = useState(() => readFilter(defaultFilter));

  // Rows are kept per block object: when the host passes new checks that reuse most block
  // objects (immutable updates), only the changed blocks are read again and re-rendered.
  const [rowCache] = useState(() => new WeakMap<object, CachedRow>());
  const reading = useMemo(
    (): RowReading => ({ options: { verdictTones }, template: messages.checkIndex ?? english.checkIndex, locale }),
    [verdictTones, messages.checkIndex, locale],
  );
  const rows = useMemo(() => readRows(checks, rowCache, reading), [checks, rowCache, reading]);
  const blocks = useMemo(() => rows.map((row) => row.block), [rows]);
  const { toneCounts, hasScores } = useMemo(() => {
    const counts: Record<Tone, number> = { critical: 0, caution: 0, unknown: 0, neutral: 0, positive: 0 };
    for (const block of blocks) counts[block.tone] += 1;
    return { toneCounts: counts, hasScores: blocks.some((block) => block.score !== null) };
  }, [blocks]);

  const requestedSort = sortProp !== undefined ? readSort(sortProp) : ownSort;
  // The Score column is not shown without scores, so a score order would be invisible: fall back.
  const sort = requestedSort.column === 'score' && !hasScores ? defaultChecksTableSort : requestedSort;
  const filter = useMemo(
    () => (filterProp !== undefined ? readFilter(filterProp) : ownFilter),
    [filterProp, ownFilter],
  );

  const sortedRows = useMemo(
    () => [...rows].sort(compareRows(sort.column, sort.direction === 'ascending', locale)),
    [rows, sort.column, sort.direction, locale],
  );
  const visibleRows = useMemo(
    () => (filter.length === 0 ? sortedRows : sortedRows.filter((row) => filter.includes(row.block.tone))),
    [sortedRows, filter],
  );

  const changeSort = (column: DataChecksTableSortColumn) => {
    const next: DataChecksTableSort = {
      column,
      direction: column === sort.column && sort.direction === 'ascending' ? 'descending' : 'ascending',
    };
    if (sortProp === undefined) setOwnSort(next);
    if (typeof onSortChange === 'function') onSortChange(next);
  };
  const changeFilter = (next: DataChecksTableFilter) => {
    if (filterProp === undefined) setOwnFilter(next);
    if (typeof onFilterChange === 'function') onFilterChange(next);
  };
  const toggleTone = (tone: Tone) =>
    changeFilter(
      filter.includes(tone)
        ? filter.filter((active) => active !== tone)
        : TONES.filter((candidate) => candidate === tone || filter.includes(candidate)),
    );

  // A tone stays offered while it is filtered on, even without rows, so it can be switched off again.
  const filterTones = TONES.filter((tone) => toneCounts[tone] > 0 || filter.includes(tone));
  const resolvedSize = oneOf(checksTableSizes, size, 'md');
  const captionNode = safeNode(caption);
  const columnCount = hasScores ? 4 : 3;
  const reasonsLimit = readReasonsMax(reasonsMax);

  return (
    <div
      {...rest}
      ref={ref}
      className={clsx('dblk-checks-wrapper', className)}
      data-size={resolvedSize}
      data-empty={blocks.length === 0 ? '' : undefined}
    >
      {showFilter !== false && filterTones.length > 0 ? (
        <div role="group" aria-label={messages.filterLabel ?? english.filterLabel} className="dblk-checks__filter">
          <button
            type="button"
            className="dblk-checks__filter-option"
            aria-pressed={filter.length === 0}
            aria-controls={tableId}
            onClick={() => changeFilter(NO_FILTER)}
          >
            {messages.filterAll ?? english.filterAll}
          </button>
          {filterTones.map((tone) => (
            <button
              key={tone}
              type="button"
              className="dblk-checks__filter-option"
              data-tone={tone}
              aria-pressed={filter.includes(tone)}
              aria-controls={tableId}
              onClick={() => toggleTone(tone)}
            >
              {toneIcon(tone)}
              <span>{toneWord(tone, messages)}</span>{' '}
              <span className="dblk-checks__count">{formatCount(toneCounts[tone], locale)}</span>
            </button>
          ))}
        </div>
      ) : null}
      <table className="dblk-checks" id={tableId}>
        <caption className="dblk-checks__caption">
          {isEmptyNode(captionNode) ? (messages.checksCaption ?? english.checksCaption) : captionNode}
        </caption>
        <thead>
          <tr>
            <SortHeader column="check" sort={sort} onSort={changeSort}>
              {messages.check ?? english.check}
            </SortHeader>
            <SortHeader column="decision" sort={sort} onSort={changeSort}>
              {messages.decision ?? english.decision}
            </SortHeader>
            {hasScores ? (
              <SortHeader column="score" sort={sort} onSort={changeSort}>
                {messages.score ?? english.score}
              </SortHeader>
            ) : null}
            <th scope="col" className="dblk-checks__header">
              {messages.reasons ?? english.reasons}
            </th>
          </tr>
        </thead>
        <tbody>
          {visibleRows.length === 0 ? (
            <tr className="dblk-checks__row" data-empty="">
              <td className="dblk-checks__empty" colSpan={columnCount}>
                {messages.noChecks ?? english.noChecks}
              </td>
            </tr>
          ) : (
            visibleRows.map((row) => (
              <CheckRow
                key={row.block.key}
                row={row}
                showScore={hasScores}
                reasonsMax={reasonsLimit}
                size={resolvedSize}
              />
            ))
          )}
        </tbody>
      </table>
    </div>
  );
});

/**
 * Every check of a decision in one table: most severe first, sortable by name, decision and
 * score, filterable by tone. Stays responsive with thousands of rows.
 */
export const DataChecksTable = contained<HTMLDivElement, DataChecksTableProps>('DataChecksTable', DataChecksTableRoot);
