'use client';
import { forwardRef, useMemo, useState } from 'react';
import { readLimit } from '../../model/read';
import { useSettings } from '../../provider/context';
import { guard, Unavailable } from '../internal/guard';
import { contained } from '../internal/RenderBoundary';
import { oneOf } from '../internal/vocabulary';
import { ChecksTable } from './ChecksTable';
import { checksTableSizes, DEFAULT_MAX_ROWS, type DataChecksTableProps } from './DataChecksTable.props';
import { readCheckRows, type RowCache, type RowReading } from './rows';

const DataChecksTableRoot = forwardRef<HTMLDivElement, DataChecksTableProps>(function DataChecksTable(
  {
    checks,
    caption,
    sort,
    defaultSort,
    onSortChange,
    filter,
    defaultFilter,
    onFilterChange,
    showFilter,
    reasonsMax,
    size,
    maxRows,
    ...rest
  },
  ref,
) {
  const { messages, locale, verdictTones } = useSettings();
  const resolvedSize = oneOf(checksTableSizes, size, 'md');
  // Rows are kept per block object: when the host passes new checks that reuse most block
  // objects (immutable updates), only the changed blocks are read again and re-rendered.
  const [rowCache] = useState((): RowCache => ({ rows: new Map() }));
  const reading = useMemo(
    (): RowReading => ({ options: { verdictTones }, messages, locale, size: resolvedSize }),
    [verdictTones, messages, locale, resolvedSize],
  );
  const read = useMemo(
    () =>
      guard('DataChecksTable', () => readCheckRows(checks, rowCache, reading, readLimit(maxRows, DEFAULT_MAX_ROWS))),
    [checks, rowCache, reading, maxRows],
  );
  if (!read.ok) return <Unavailable failure={read.failure} />;
  return (
    <ChecksTable
      rows={read.value.rows}
      count={read.value.count}
      size={resolvedSize}
      options={{
        caption,
        sort,
        defaultSort,
        onSortChange,
        filter,
        defaultFilter,
        onFilterChange,
        showFilter,
        reasonsMax,
      }}
      rest={rest}
      tableRef={ref}
    />
  );
});

/**
 * Every check of a decision in one table: most severe first, sortable by name, decision and
 * score, filterable by tone. Shows up to its row maximum (1,000 checks by default) and counts
 * the rest.
 */
export const DataChecksTable = contained<HTMLDivElement, DataChecksTableProps>('DataChecksTable', DataChecksTableRoot);
