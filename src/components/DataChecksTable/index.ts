export { DataChecksTable } from './DataChecksTable';
export {
  checksTableSizes,
  checksTableSortColumns,
  checksTableSortDirections,
  defaultChecksTableSort,
  type DataChecksTableFilter,
  type DataChecksTableProps,
  type DataChecksTableSize,
  type DataChecksTableSort,
  type DataChecksTableSortColumn,
  type DataChecksTableSortDirection,
} from './DataChecksTable.props';
