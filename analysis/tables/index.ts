export { STRINGS, TYPE_NAMES, UNIT_NAMES, VARIABLE_LABELS, text, format, domainLabel, variableLabel, languageTag, numberFormatter, type StringKey } from './i18n';
export {
  buildIndicatorReport, cellStatus, localize,
  type CellStatus, type ReportRow, type ReportIndicator, type ReportSection, type ExtraTable, type IndicatorReport, type ReportOptions,
} from './model';
export { renderIndicatorCsv, csvField, INDICATOR_CSV_COLUMNS } from './csv';
export { renderIndicatorXlsx, sheetName } from './xlsx';
export { indicatorChartSvg, type ChartOptions } from './chart';
export { renderIndicatorReportHtml, escapeHtml, type HtmlOptions } from './html';
