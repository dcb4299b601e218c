'use client';
import { clsx } from 'clsx';
import { memo, useId, useMemo, useState, type ReactNode, type Ref } from 'react';
import { formatCount, formatMessage, formatPlural } from '../../i18n/format';
import * as en from '../../i18n/english';
import { message, type Messages } from '../../i18n/messages';
import { uniqueKeys } from '../../model/collection';
import { isList, readField, readList, DEFAULT_MAX_ENTRIES } from '../../model/read';
import { isTone } from '../../model/tone';
import { TONES, type Tone } from '../../model/types';
import { useSettings, type ContextSettings } from '../../provider/context';
import { badgeView } from '../DecisionBadge/DecisionBadge';
import { guard, Unavailable } from '../internal/guard';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { toneWord } from '../internal/toneWord';
import { limitValue } from '../internal/propDefs';
import { sizeAttribute, oneOf, type Size } from '../internal/vocabulary';
import { ReasonsView } from '../ReasonList/ReasonList';
import {
  checksTableSortColumns,
  checksTableSortDirections,
  dataChecksTablePropDefs,
  defaultChecksTableSort,
  type DataChecksTableFilter,
  type DataChecksTableProps,
  type DataChecksTableSort,
  type DataChecksTableSortColumn,
  type DataChecksTableSortDirection,
} from './DataChecksTable.props';
import { groupByTone, orderRows, type CheckRowData, type RowGroup } from './rows';
import { usePrinting, useRowWindow, WINDOWED_ROWS } from './rowWindow';

const NO_FILTER: DataChecksTableFilter = Object.freeze([]);

/** Props from JS callers may be anything: each field that is not in the vocabulary takes the default. */
export function readSort(value: unknown): DataChecksTableSort {
  if (typeof value !== 'object' || value === null) return defaultChecksTableSort;
  return {
    column: oneOf(checksTableSortColumns, readField(value, 'column'), defaultChecksTableSort.column),
    direction: oneOf(checksTableSortDirections, readField(value, 'direction'), defaultChecksTableSort.direction),
  };
}

/** Keeps the known tones, once each, in severity order; anything else means "no filter". */
export function readFilter(value: unknown): DataChecksTableFilter {
  if (!isList(value)) return NO_FILTER;
  const limits = { items: DEFAULT_MAX_ENTRIES, entries: DEFAULT_MAX_ENTRIES };
  const given = readList(value, limits, (entry) => (isTone(entry) ? entry : null)).items;
  const tones = TONES.filter((tone) => given.includes(tone));
  return tones.length === 0 ? NO_FILTER : tones;
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
    <th scope="col" className="dblk-checks__header" data-column={column} aria-sort={direction ?? undefined}>
      <button type="button" className="dblk-checks__sort" onClick={() => onSort(column)}>
        {children}
      </button>
    </th>
  );
}

interface CheckRowProps {
  row: CheckRowData;
  showScore: boolean;
  reasonsMax: number;
  size: Size;
  /** The row's place among all rows, header row first, when only some rows are mounted. */
  rowIndex: number | undefined;
}

/** Memoized so that sorting or filtering thousands of rows re-renders none of the rows that stay. */
const CheckRow = memo(function CheckRow({ row, showScore, reasonsMax, size, rowIndex }: CheckRowProps) {
  const { block, label, badge, scoreText } = row.details();
  return (
    <tr
      className="dblk-checks__row"
      data-tone={block.tone}
      aria-rowindex={rowIndex}
      tabIndex={rowIndex === undefined ? undefined : -1}
    >
      <th scope="row" className="dblk-checks__name">
        {label}
      </th>
      <td className="dblk-checks__cell">{badgeView(badge)}</td>
      {showScore ? (
        <td className="dblk-checks__cell dblk-checks__score" data-empty={block.score === null ? '' : undefined}>
          {scoreText}
        </td>
      ) : null}
      <td className="dblk-checks__cell">
        <ReasonsView reasons={block.reasons} unread={block.unreadReasons} limit={reasonsMax} size={size} />
      </td>
    </tr>
  );
});

/** A row group as shown: its rows the filter keeps, and its first row's index among all shown rows. */
interface ShownGroup extends RowGroup {
  offset: number;
}

/**
 * The groups the filter keeps, each with its offset. Under the decision order each tone has its
 * own row group, so filtering drops whole groups, and a row whose verdict changes moves between
 * groups while every other row keeps its DOM node and its place: React inserts and removes the
 * changed rows only.
 */
function shownGroups(groups: readonly RowGroup[], filter: DataChecksTableFilter): ShownGroup[] {
  const shown: ShownGroup[] = [];
  let offset = 0;
  for (const group of groups) {
    const rows = keptRows(group, filter);
    if (rows.length > 0) shown.push({ tone: group.tone, rows, offset });
    offset += rows.length;
  }
  return shown;
}

/** The rows of a group the filter keeps: a tone's group is kept or dropped whole. */
function keptRows({ tone, rows }: RowGroup, filter: DataChecksTableFilter): readonly CheckRowData[] {
  if (filter.length === 0) return rows;
  if (tone !== null) return filter.includes(tone) ? rows : [];
  return rows.filter((row) => filter.includes(row.block.tone));
}

/** The shown rows from `start` up to `end`, across groups. */
function rowsBetween(groups: readonly ShownGroup[], start: number, end: number): CheckRowData[] {
  return groups.flatMap(({ rows, offset }) =>
    offset >= end || offset + rows.length <= start ? [] : rows.slice(Math.max(0, start - offset), end - offset),
  );
}

/** A placeholder as tall as the unmounted rows it stands for; `height` is an attribute, not a style. */
function spacer(key: string, rows: number, rowHeight: number, columns: number) {
  if (rows <= 0) return null;
  return (
    <tbody key={key} aria-hidden="true">
      <tr>
        <td colSpan={columns} height={Math.round(rows * rowHeight)} />
      </tr>
    </tbody>
  );
}

export type ChecksTableOptions = Pick<
  DataChecksTableProps,
  | 'caption'
  | 'sort'
  | 'defaultSort'
  | 'onSortChange'
  | 'filter'
  | 'defaultFilter'
  | 'onFilterChange'
  | 'showFilter'
  | 'maxReasons'
>;

export type ChecksTableRest = Omit<
  DataChecksTableProps,
  keyof ChecksTableOptions | 'checks' | 'size' | 'maxRows' | 'reasonsMax'
>;

export interface ChecksTableProps {
  /** Rows already read from the checks, in input order. */
  rows: readonly CheckRowData[];
  /** How many checks the collection holds, the rows' included. */
  count: number;
  size: Size;
  options: ChecksTableOptions;
  rest?: ChecksTableRest | undefined;
  tableRef?: Ref<HTMLDivElement> | undefined;
}

interface TableTexts {
  caption: ReactNode;
  check: string;
  decision: string;
  score: string;
  reasons: string;
  noChecks: string;
  sortNote: string | null;
  filterLabel: string;
  filterAll: string;
  showAllRows: string;
  toneWords: Record<Tone, string>;
  toneCounts: Record<Tone, string>;
  moreChecks: string | null;
}

function tableTexts(
  caption: unknown,
  /** The direction while rows are in severity order, else null. */
  severityOrder: DataChecksTableSortDirection | null,
  counts: Record<Tone, number>,
  hidden: number,
  { messages, locale }: { messages: Partial<Messages>; locale: ContextSettings['locale'] },
): TableTexts {
  const captionNode = safeNode(caption);
  const words = {} as Record<Tone, string>;
  const formatted = {} as Record<Tone, string>;
  for (const tone of TONES) {
    words[tone] = toneWord(tone, messages);
    formatted[tone] = formatCount(counts[tone], locale);
  }
  return {
    caption: isEmptyNode(captionNode) ? message(messages, 'checksCaption', en.checksCaption) : captionNode,
    check: message(messages, 'check', en.check),
    decision: message(messages, 'decision', en.decision),
    score: message(messages, 'score', en.score),
    reasons: message(messages, 'reasons', en.reasons),
    noChecks: message(messages, 'noChecks', en.noChecks),
    sortNote:
      severityOrder === null
        ? null
        : severityOrder === 'ascending'
          ? message(messages, 'sortedBySeverity', en.sortedBySeverity)
          : message(messages, 'sortedBySeverityReversed', en.sortedBySeverityReversed),
    filterLabel: message(messages, 'filterLabel', en.filterLabel),
    filterAll: message(messages, 'filterAll', en.filterAll),
    showAllRows: message(messages, 'showAllRows', en.showAllRows),
    toneWords: words,
    toneCounts: formatted,
    moreChecks:
      hidden > 0
        ? formatPlural(message(messages, 'moreChecks', en.moreChecks), hidden, locale, {
            count: formatCount(hidden, locale),
          })
        : null,
  };
}

/**
 * The table of rows another reading produced: for `DataChecksTable`, and for the table layout
 * of `SessionDecision`, which hands over the rows it read for its summary. It owns the sort and
 * filter state, and computes its texts inside its own guard.
 */
export function ChecksTable({
  rows,
  count,
  size,
  options,
  rest: { className, ...rest } = {},
  tableRef,
}: ChecksTableProps) {
  const {
    caption,
    sort: sortProp,
    defaultSort,
    onSortChange,
    filter: filterProp,
    defaultFilter,
    onFilterChange,
  } = options;
  const { messages, locale } = useSettings();
  const tableId = useId();
  const captionId = useId();
  const sortNoteId = useId();
  const [ownSort, setOwnSort] = useState(() => readSort(defaultSort));
  const [ownFilter, setOwnFilter] = useState(() => readFilter(defaultFilter));

  // One pass over the rows: the decision order's groups, whose sizes are the tone counts.
  const byTone = useMemo(() => groupByTone(rows), [rows]);
  const toneCounts = useMemo(
    () => Object.fromEntries(byTone.map((group) => [group.tone, group.rows.length])) as Record<Tone, number>,
    [byTone],
  );
  const hasScores = useMemo(() => rows.some((row) => row.block.score !== null), [rows]);

  const requestedSort = sortProp !== undefined ? readSort(sortProp) : ownSort;
  // The Score column is not shown without scores, so a score order would be invisible: fall back.
  const sort = requestedSort.column === 'score' && !hasScores ? defaultChecksTableSort : requestedSort;
  const filter = useMemo(
    () => (filterProp !== undefined ? readFilter(filterProp) : ownFilter),
    [filterProp, ownFilter],
  );

  const ordered = useMemo(
    () => guard('DataChecksTable', () => orderRows(rows, byTone, sort.column, sort.direction === 'ascending', locale)),
    [rows, byTone, sort.column, sort.direction, locale],
  );
  const severityOrder = sort.column === 'decision' ? sort.direction : null;
  const texts = useMemo(
    () =>
      guard('DataChecksTable', () =>
        tableTexts(caption, severityOrder, toneCounts, count - rows.length, { messages, locale }),
      ),
    [caption, severityOrder, toneCounts, count, rows.length, messages, locale],
  );
  const groups = useMemo(() => (ordered.ok ? shownGroups(ordered.value, filter) : []), [ordered, filter]);
  const lastGroup = groups[groups.length - 1];
  const shownCount = lastGroup === undefined ? 0 : lastGroup.offset + lastGroup.rows.length;
  const [showAll, setShowAll] = useState(false);
  const longTable = shownCount > WINDOWED_ROWS;
  const printing = usePrinting(longTable && !showAll);
  const windowed = longTable && !showAll && !printing;
  const { start, end, rowHeight, viewportRef, onScroll, onKeyDown } = useRowWindow(shownCount, windowed);
  // The rows about to be mounted are read in full here, inside the guard, not while rendering.
  const details = useMemo(
    () => guard('DataChecksTable', () => rowsBetween(groups, start, end).forEach((row) => row.details())),
    [groups, start, end],
  );

  if (!ordered.ok) return <Unavailable failure={ordered.failure} />;
  if (!texts.ok) return <Unavailable failure={texts.failure} />;
  if (!details.ok) return <Unavailable failure={details.failure} />;
  const text = texts.value;

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
  const columnCount = hasScores ? 4 : 3;
  const reasonsLimit = limitValue(dataChecksTablePropDefs.maxReasons, options.maxReasons, 1);
  const table = (
    // Named by the caption's own text; the order note beside it describes the table instead.
    <table
      className="dblk-checks"
      id={tableId}
      aria-rowcount={windowed ? shownCount + 1 : undefined}
      aria-labelledby={captionId}
      aria-describedby={text.sortNote === null ? undefined : sortNoteId}
    >
      <caption className="dblk-checks__caption">
        <span id={captionId}>{text.caption}</span>
        {text.sortNote === null ? null : (
          <span className="dblk-checks__sort-note" id={sortNoteId}>
            {text.sortNote}
          </span>
        )}
      </caption>
      <thead>
        <tr>
          <SortHeader column="check" sort={sort} onSort={changeSort}>
            {text.check}
          </SortHeader>
          <SortHeader column="decision" sort={sort} onSort={changeSort}>
            {text.decision}
          </SortHeader>
          {hasScores ? (
            <SortHeader column="score" sort={sort} onSort={changeSort}>
              {text.score}
            </SortHeader>
          ) : null}
          <th scope="col" className="dblk-checks__header">
            {text.reasons}
          </th>
        </tr>
      </thead>
      {shownCount === 0 ? (
        <tbody>
          <tr className="dblk-checks__row" data-empty="">
            <td className="dblk-checks__empty" colSpan={columnCount}>
              {text.noChecks}
            </td>
          </tr>
        </tbody>
      ) : (
        <>
          {spacer('before', start, rowHeight, columnCount)}
          {groups.map((group) => {
            const from = Math.max(start, group.offset);
            const to = Math.min(end, group.offset + group.rows.length);
            if (from >= to) return null;
            const shown = group.rows.slice(from - group.offset, to - group.offset);
            const keys = uniqueKeys(shown.map((row) => row.block));
            return (
              <tbody
                key={group.tone ?? 'all'}
                data-tone={group.tone ?? undefined}
                aria-label={group.tone === null ? undefined : text.toneWords[group.tone]}
              >
                {shown.map((row, index) => (
                  <CheckRow
                    key={keys[index]}
                    row={row}
                    showScore={hasScores}
                    reasonsMax={reasonsLimit}
                    size={size}
                    rowIndex={windowed ? from + index + 2 : undefined}
                  />
                ))}
              </tbody>
            );
          })}
          {spacer('after', shownCount - end, rowHeight, columnCount)}
        </>
      )}
    </table>
  );

  return (
    <div
      {...rest}
      ref={tableRef}
      className={clsx('dblk-checks-wrapper', className)}
      data-size={sizeAttribute(size)}
      data-empty={count === 0 ? '' : undefined}
    >
      {options.showFilter !== false && filterTones.length > 0 ? (
        <div role="group" aria-label={text.filterLabel} className="dblk-checks__filter">
          <button
            type="button"
            className="dblk-checks__filter-option"
            aria-pressed={filter.length === 0}
            aria-controls={tableId}
            onClick={() => changeFilter(NO_FILTER)}
          >
            {text.filterAll}
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
              <span>{text.toneWords[tone]}</span> <span className="dblk-checks__count">{text.toneCounts[tone]}</span>
            </button>
          ))}
        </div>
      ) : null}
      {windowed ? (
        // A scrolling container of its own, so only the rows in its view are mounted; focusable, so
        // keyboard users can scroll it and step through its rows. A group, not a region: a console
        // with several tables must not get duplicate landmarks.
        <div
          className="dblk-checks__viewport"
          role="group"
          aria-labelledby={captionId}
          tabIndex={0}
          ref={viewportRef}
          onScroll={onScroll}
          onKeyDown={onKeyDown}
        >
          {table}
        </div>
      ) : (
        // Its own scroll container, focusable and named by the caption: a table wider than its
        // container scrolls here, with the keyboard too, instead of widening the host's page.
        <div className="dblk-checks__scroll" role="group" aria-labelledby={captionId} tabIndex={0}>
          {table}
        </div>
      )}
      {longTable && !showAll ? (
        <button type="button" className="dblk-button dblk-checks__show-all" onClick={() => setShowAll(true)}>
          {formatMessage(text.showAllRows, { count: formatCount(shownCount, locale) })}
        </button>
      ) : null}
      {text.moreChecks === null ? null : <p className="dblk-checks__more">{text.moreChecks}</p>}
    </div>
  );
}
