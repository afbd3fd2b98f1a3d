// Node-only readers (files on disk) live in ./load and are imported from there by the CLI,
// so the browser app can import this barrel.
export { readCsv, readCsvStream, type CsvSource, CSV_DECIMALS, CSV_ENCODINGS, type CsvDecimal, type CsvEncoding, type CsvReadOptions } from './csv';
export { readXlsx } from './xlsx';
export {
  categoryValues, getColumn, numericValues, parseNumberText, MISSING_TOKENS,
  type CategoryColumn, type Column, type ColumnKind, type DataTable, type NumericColumn,
} from './table';
export { formatEstimates, estimateRecord, OUTPUT_FORMATS, type LabelledEstimate, type OutputFormat } from './format';
