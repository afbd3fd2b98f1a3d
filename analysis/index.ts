/**
 * jha-survey analysis engine: design-based estimation that agrees with R's `survey` package.
 *
 * Typical use:
 *   const table = readCsv(bytes, { columns: { w: 'number', s: 'category', p: 'category', y: 'number', region: 'category' } });
 *   const design = linearizationDesign({ weights: numericValues(table, 'w'), strata: categoryValues(table, 's'),
 *                                        psu: categoryValues(table, 'p'), lonelyPsu: 'fail' });
 *   const byRegion = domainsOf([{ ...categoryValues(table, 'region'), name: 'region' }]);
 *   const rows = svyMean(design, numericValues(table, 'y'), { domains: byRegion, name: 'y' });
 *
 * Every estimator returns one `DomainEstimate` per domain (`domain = {}` for the whole
 * population) with estimate, se, variance, df, interval, n, deff, cv and reliability flags.
 */
export { AnalysisError, type AnalysisErrorCode } from './errors';
export {
  linearizationDesign, replicateDesign, guessJknRscales, checkWeights, compareLabels, factorsOf,
  LONELY_PSU_POLICIES, REPLICATE_TYPES, UNWEIGHTED,
  type LinearizationDesign, type LinearizationDesignSpec, type PsuFactors, type LonelyPsuPolicy, type Labelled,
  type ReplicateDesign, type ReplicateDesignSpec, type ReplicateType, type SurveyDesign,
} from './design';
export { domainsOf, wholePopulation, excludeMissing, failOnMissing, dropEmptyDomains, type Domains } from './domains';
export { MISSING_POLICIES, type Estimate, type DomainEstimate, type EstimateOptions, type MissingPolicy } from './estimate';
export { reliabilityFlags, DEFAULT_RELIABILITY, type ReliabilityFlag, type ReliabilityOptions } from './reliability';
export { svyMean } from './estimators/mean';
export { svyTotal } from './estimators/total';
export { svyRatio } from './estimators/ratio';
export { svyMeanOfRatios, type RatioComponent } from './estimators/mean-of-ratios';
export { svyProportion, PROPORTION_CI_METHODS, type ProportionCiMethod, type ProportionOptions } from './estimators/proportion';
export { svyQuantile, QUANTILE_RULES, QUANTILE_INTERVALS, type QuantileRule, type QuantileInterval, type QuantileOptions } from './estimators/quantile';
export { svyTable, type TableVariable } from './estimators/table';
export { linearStatistic, type DomainStatistic, type LinearKind } from './estimators/linear';
export { linearizationVariance } from './variance/linearization';
export { replicateVariance, replicateRank } from './variance/replicate';
export * from './ci';
export * from './io';
export {
  designSpecSchema, parseDesignSpec, readDesignSpec, didYouMean,
  type DesignSpec, type ReplicateSpec, type CalibrationSpec,
} from './design-spec';
export { designFromTable, designColumnKinds, replicateColumns, weightValues, type BuildOptions } from './design-build';
export * from './calibration';
export * from './indicators';
export * from './tables';
export * from './response-rates';
export * from './simulate';
export * from './sampling';
export * from './weighting';
export { asReplicateDesign, type ConversionOptions, type ConversionType } from './replicates';
export { mulberry32 } from './prng';
export * from './tests';
export * from './models';
export * from './compare';
export { linearizationCovariance, covarianceFromPsuTotals, replicateCovariance } from './variance/covariance';
export * from './admin';
export * from './quality';
