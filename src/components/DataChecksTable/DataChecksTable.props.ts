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

export const dataChecksTablePropDefs = {
  checks: valueProp<DataBlockCollection | null>('json'),
  caption: nodeProp(),
  sort: valueProp<DataChecksTableSort>(false),
  defaultSort: valueProp<DataChecksTableSort>('json'),
  onSortChange: valueProp<(sort: DataChecksTableSort) => void>(false),
  filter: valueProp<DataChecksTableFilter>(false),
  defaultFilter: valueProp<DataChecksTableFilter>('json'),
  onFilterChange: valueProp<(filter: DataChecksTableFilter) => void>(false),
  showFilter: booleanProp(true),
  maxReasons: numberProp(DEFAULT_TABLE_REASONS),
  size: enumProp(checksTableSizes, 'md'),
  maxRows: numberProp(DEFAULT_MAX_ROWS),
} as const;

export interface DataChecksTableDeprecatedProps {
  /** @deprecated Renamed to `maxReasons`; removed in the next minor release. */
  reasonsMax?: number | undefined;
}

export type DataChecksTableOwnProps = PropsOf<typeof dataChecksTablePropDefs> & DataChecksTableDeprecatedProps;

export type DataChecksTableProps = DataChecksTableOwnProps &
  Omit<ComponentPropsWithoutRef<'div'>, keyof DataChecksTableOwnProps | 'children'>;
