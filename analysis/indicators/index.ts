export {
  parseExpression, expressionVariables, ExpressionEvaluator, ExpressionError,
  type Expr, type Literal, type CompareOp, type ArithOp, type FunctionName,
} from './expression';
export {
  LOCALES, INDICATOR_TYPES, parseCatalogue, compileIndicator, indicatorVariables, indicatorFormula, isPercentage, definitionsById, catalogueSchema, indicatorSchema,
  type Locale, type LocalizedText, type IndicatorType, type IndicatorDefinition, type Catalogue, type CompiledIndicator,
} from './catalogue';
export { lintCatalogue, lintTexts, scriptProblem, dictionaryVariableNames, DESIGN_VARIABLES, type CatalogueFinding } from './lint';
export { buildDesigns, type IndicatorDesigns } from './designs';
export { domainKey, indicatorBySets, usableDomains, type BySets } from './domains';
export { estimateIndicators, compileCatalogue, type IndicatorEstimate, type IndicatorRunOptions } from './estimate';
export { accumulatePopulation, populationValues, type PopulationSums } from './population';
export { standardCatalogue } from './standard';
export { INCOME_QUINTILE, INCOME_SOURCES, incomeQuintiles, weightedQuintileLimits, withIncomeQuintile } from './income';
export {
  runIndicators, indicatorColumns, indicatorReport, responseRateExtras, withRespondentsRule, DISPOSITION_COLUMNS,
  type IndicatorRequest, type IndicatorRun, type IndicatorStage, type IndicatorProgress, type SkippedIndicator, type TableLoader, type IndicatorReportOptions,
} from './run';
