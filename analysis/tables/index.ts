export { STRINGS, TYPE_NAMES, UNIT_NAMES, VARIABLE_LABELS, text, format, domainLabel, domainValueLabel, variableLabel, languageTag, numberFormatter, type StringKey } from './i18n';
export { numberFormat, formatTag, type NumberFormat } from './number-format';
export {
  parseDictionary, dictionaryValueLabels, setValueLabels, currentValueLabels, valueLabel, codeOrder, type DictionaryFile, type DictionaryVariable, type ValueLabelMap,
} from './value-labels';
export {
  buildIndicatorReport, cellStatus, levelText, localize,
  type CellStatus, type ReportRow, type ReportIndicator, type ReportSection, type ExtraTable, type IndicatorReport, type ReportOptions, type TablesReport,
} from './model';
export { renderIndicatorCsv, csvField, INDICATOR_CSV_COLUMNS } from './csv';
export { renderIndicatorXlsx, renderTablesXlsx, sheetName } from './xlsx';
export { indicatorChartSvg, wrapLabel, CHART_WIDTHS, type ChartOptions } from './chart';
export { renderIndicatorReportHtml, renderTablesHtml, escapeHtml, type HtmlOptions } from './html';
