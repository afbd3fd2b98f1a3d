export { weightingPlanSchema, parseWeightingPlan, DEFAULT_WEIGHTING_PLAN, groupLabel, type WeightingPlan } from './plan';
export { selectionFactor, SELECTION_METHODS } from './selection';
export { nonresponseAdjustment, type CaseStatus, type NonresponseClass, type NonresponseResult, type NonresponseOptions } from './nonresponse';
export { weightSurvey, readMargins, WEIGHTING_COLUMNS, REPLICATE_COLUMN, REPLICATE_PATTERN, type WeightingInput, type WeightingResult, type WeightedUnits } from './weigh';
export { weightingReport, weightingTables, summarizeWeights, QUANTILE_PROBS, type WeightingReport, type WeightSummary } from './report';
export { weightedMicrodataCsv, weightedMicrodataTable, MICRODATA_WEIGHT_COLUMNS } from './files';
export { WEIGHTING_STRINGS, wtext, type WeightingStringKey } from './i18n';
