import type { ComponentPropsWithoutRef } from 'react';
import { DEFAULT_MAX_ENTRIES } from '../../model/read';
import type { DataBlockCollection, Tone } from '../../model/types';
import { booleanProp, enumProp, nodeProp, numberProp, valueProp, type PropsOf } from '../internal/propDefs';
import { SIZES, type Size } from '../internal/vocabulary';

export const checksTableSortColumns = ['check', 'decision', 'score'] as const;
export const checksTableSortDirections = ['ascending', 'descending'] as const;
export const checksTableSizes = SIZES;
export type DataChecksTableSortColumn = (typeof checksTableSortColumns)[number];
export type DataChecksTableSortDirection = (typeof checksTableSortDirections)[number];
export type DataChecksTableSize = Size;

export interface DataChecksTableSort {
  column: DataChecksTableSortColumn;
  direction: DataChecksTableSortDirection;
}

/** Most severe first (critical, caution, unknown, neutral, positive), ties in input order. */
export const defaultChecksTableSort: DataChecksTableSort = Object.freeze({
  column: 'decision',
  direction: 'ascending',
});

/**
 * The row maximum: how many checks a table (or a session) reads and shows. Past it, checks are
 * counted, not read, and the table says "N more checks not shown".
 */
export const DEFAULT_MAX_ROWS = DEFAULT_MAX_ENTRIES;

/** A table row is a summary: a few reasons keep rows short; the rest are one click away. */
export const DEFAULT_TABLE_REASONS = 3;

/** Tones whose rows are shown; empty shows every row. */
export type DataChecksTableFilter = readonly Tone[];

const SORT_TYPE = "{ column: 'check' | 'decision' | 'score'; direction: 'ascending' | 'descending' }";

export const dataChecksTablePropDefs = {
  checks: valueProp<DataBlockCollection | null>(
    'DataBlockCollection',
    'The checks: an array of named blocks, or a record such as `{ AuthenticationResult: {...} }`.',
    'json',
  ),
  caption: nodeProp('The table caption; defaults to the "Decision checks" message.'),
  sort: valueProp<DataChecksTableSort>(SORT_TYPE, 'Controlled sort order.', false),
  defaultSort: valueProp<DataChecksTableSort>(
    SORT_TYPE,
    'Initial sort order when uncontrolled; default: by decision, most severe first.',
    'json',
  ),
  onSortChange: valueProp<(sort: DataChecksTableSort) => void>(
    '(sort) => void',
    'Called with the new order when a header button is pressed.',
    false,
  ),
  filter: valueProp<DataChecksTableFilter>('Tone[]', 'Controlled tone filter; empty shows every row.', false),
  defaultFilter: valueProp<DataChecksTableFilter>('Tone[]', 'Initial tone filter when uncontrolled.', 'json'),
  onFilterChange: valueProp<(filter: DataChecksTableFilter) => void>(
    '(filter) => void',
    'Called with the new filter when a filter button is pressed.',
    false,
  ),
  showFilter: booleanProp(true, 'Shows the tone filter above the table.'),
  maxReasons: numberProp(DEFAULT_TABLE_REASONS, 'Reasons shown per row before a "Show N more" button.'),
  size: enumProp(checksTableSizes, 'md', 'Text size of the table.'),
  maxRows: numberProp(DEFAULT_MAX_ROWS, 'The row maximum: checks past it are counted, not read or shown.'),
} as const;

export interface DataChecksTableDeprecatedProps {
  /** @deprecated Renamed to `maxReasons`; removed in the next minor release. */
  reasonsMax?: number | undefined;
}

export type DataChecksTableOwnProps = PropsOf<typeof dataChecksTablePropDefs> & DataChecksTableDeprecatedProps;

export type DataChecksTableProps = DataChecksTableOwnProps &
  Omit<ComponentPropsWithoutRef<'div'>, keyof DataChecksTableOwnProps | 'children'>;
