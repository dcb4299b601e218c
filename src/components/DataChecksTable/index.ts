export { DataChecksTable } from './DataChecksTable';
export {
  dataChecksTablePropDefs,
  checksTableSizes,
  checksTableSortColumns,
  checksTableSortDirections,
  DEFAULT_MAX_ROWS,
  defaultChecksTableSort,
  type DataChecksTableFilter,
  type DataChecksTableProps,
  type DataChecksTableSize,
  type DataChecksTableSort,
  type DataChecksTableSortColumn,
  type DataChecksTableSortDirection,
} from './DataChecksTable.props';
