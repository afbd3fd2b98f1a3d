export { inclusionProbabilities } from './inclusion';
export { systematicPps, systematicEqual, simpleRandom } from './systematic';
export { allocate, largestRemainder, type StratumFrame } from './allocation';
export { samplingPlanSchema, parseSamplingPlan, schemaProblem, allowedKeysOf, type SamplingPlan } from './plan';
export { drawTwoStageSample, type DrawnSample, type SampledHousehold, type StratumSelection, type DrawOptions } from './draw';
export { sampleFileCsv, assignmentsCsv, SAMPLE_COLUMNS, KISH_TABLE_COLUMN } from './files';
export { KISH_TABLES, KISH_TABLE_SHARES, kishSelectionProbability } from './kish';
