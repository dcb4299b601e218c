'use client';
import { forwardRef, useMemo, useState } from 'react';
import { useSettings } from '../../provider/context';
import { guard, Unavailable } from '../internal/guard';
import { contained } from '../internal/RenderBoundary';
import { enumValue, limitValue } from '../internal/propDefs';
import { ChecksTable } from './ChecksTable';
import { dataChecksTablePropDefs, type DataChecksTableProps } from './DataChecksTable.props';
import { newRowCache, readCheckRows, type RowReading } from './rows';

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
    maxReasons,
    reasonsMax,
    size,
    maxRows,
    ...rest
  },
  ref,
) {
  const { messages, locale, verdictTones } = useSettings();
  const resolvedSize = enumValue(dataChecksTablePropDefs.size, size);
  // Rows are kept per block object: when the host passes new checks that reuse most block
  // objects (immutable updates), only the changed blocks are read again and re-rendered.
  const [rowCache] = useState(newRowCache);
  const reading = useMemo(
    (): RowReading => ({ options: { verdictTones }, messages, locale, size: resolvedSize }),
    [verdictTones, messages, locale, resolvedSize],
  );
  const read = useMemo(
    () =>
      guard('DataChecksTable', () =>
        readCheckRows(checks, rowCache, reading, limitValue(dataChecksTablePropDefs.maxRows, maxRows)),
      ),
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
        maxReasons: maxReasons ?? reasonsMax,
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
