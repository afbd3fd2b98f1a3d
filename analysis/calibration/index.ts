export { postStratify, type PopulationCounts } from './poststratify';
export { rake, type RakeOptions } from './rake';
export { calibrate, modelMatrix, type ModelMatrix } from './calibrate';
export { trimWeights, type TrimBounds } from './trim';
export { residualize, type CalibrationStep, type PostStratumStep, type RakingStep, type GregStep } from './steps';
