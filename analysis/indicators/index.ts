export {
  parseExpression, expressionVariables, ExpressionEvaluator, ExpressionError,
  type Expr, type Literal, type CompareOp, type ArithOp, type FunctionName,
} from './expression';
export {
  LOCALES, INDICATOR_TYPES, parseCatalogue, compileIndicator, indicatorVariables, catalogueSchema, indicatorSchema,
  type Locale, type LocalizedText, type IndicatorType, type IndicatorDefinition, type Catalogue, type CompiledIndicator,
} from './catalogue';
export { lintCatalogue, lintTexts, scriptProblem, questionnaireVariableNames, DESIGN_VARIABLES, type CatalogueFinding } from './lint';
export { designFileSchema, parseDesignFile, designColumns, type DesignFile } from './design-file';
export {
  estimateIndicators, buildDesigns, compileCatalogue, indicatorBySets, domainKey, accumulatePopulation, populationValues,
  type IndicatorEstimate, type IndicatorRunOptions, type IndicatorDesigns, type PopulationSums,
} from './evaluate';
export { standardCatalogue } from './standard';
