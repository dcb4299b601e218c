import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { DEFAULT_MAX_ENTRIES } from '../../model/read';
import type { DataBlockCollection, Tone } from '../../model/types';
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

/** Tones whose rows are shown; empty shows every row. */
export type DataChecksTableFilter = readonly Tone[];

export interface DataChecksTableOwnProps {
  /** The checks: an array of named blocks, or a record such as `{ AuthenticationResult: {...} }`. */
  checks?: DataBlockCollection | null | undefined;
  /** The table caption; defaults to the `checksCaption` message. */
  caption?: ReactNode;
  /** Controlled sort order. */
  sort?: DataChecksTableSort | undefined;
  /** Initial sort order when uncontrolled; defaults to decision, ascending (most severe first). */
  defaultSort?: DataChecksTableSort | undefined;
  /** Called with the new order when a header button is pressed. */
  onSortChange?: ((sort: DataChecksTableSort) => void) | undefined;
  /** Controlled tone filter. */
  filter?: DataChecksTableFilter | undefined;
  /** Initial tone filter when uncontrolled; defaults to all rows. */
  defaultFilter?: DataChecksTableFilter | undefined;
  /** Called with the new filter when a filter button is pressed. */
  onFilterChange?: ((filter: DataChecksTableFilter) => void) | undefined;
  /** Shows the tone filter above the table; default true. */
  showFilter?: boolean | undefined;
  /** Reasons shown per row before a "Show N more" button; default 3. */
  reasonsMax?: number | undefined;
  size?: DataChecksTableSize | undefined;
  /** The row maximum: checks past it are counted, not read or shown; default 1,000 (`DEFAULT_MAX_ROWS`). */
  maxRows?: number | undefined;
}

export type DataChecksTableProps = DataChecksTableOwnProps &
  Omit<ComponentPropsWithoutRef<'div'>, keyof DataChecksTableOwnProps | 'children'>;
