export { readCsv, type CsvReadOptions } from './csv';
export { readXlsx } from './xlsx';
export {
  categoryValues, getColumn, numericValues, parseNumberText, MISSING_TOKENS,
  type CategoryColumn, type Column, type ColumnKind, type DataTable, type NumericColumn,
} from './table';
