// Comparison of independent surveys (countries, waves) on one indicator set.
export {
  compareSurveys, sideBySide, comparisonReport, renderComparisonCsv, SURVEY_KEY, COMPARISON_CSV_COLUMNS,
  type SurveyIndicators, type IndicatorDifference, type ComparisonReportOptions,
} from './compare';
