export { Random, mixSeed, plogis, qlogis } from './random';
export { makePopulation, householdAdults, REGIONS, SIMULATED_COUNTRY, CAPITAL_REGION, TEXT_LEVELS, type Population, type PopulationOptions, type Stratum } from './population';
export {
  drawSample, sampleTable, sampleCsv, dispositionsCsv, recordColumns, flatRecordColumns, DESIGN_COLUMNS,
  type SampleOptions, type SimulatedSample, type DispositionRecord,
} from './sample';
export { populationTruth } from './truth';
export { VARIABLES, CRIMES, HOUSEHOLD_CRIMES, PERSONAL_CRIMES, OFFICIALS } from './variables';

/** The design.json the simulator writes beside microdata.csv (PPS with replacement approximation: no fpc). */
export const SIMULATED_DESIGN = { weight: 'weight', weight_hh: 'weight_hh', strata: 'stratum', psu: 'psu', lonelyPsu: 'fail', ciMethod: 'logit', level: 0.95 } as const;
export {
  fieldFrame, fieldPlan, fieldMargins, marginsCsv, frameCsv, runField, FIELD_WEIGHTING_PLAN, FIELD_AGE_BREAKS, FIELD_QUESTIONNAIRE,
  type FieldFrame, type FieldCase,
} from './field';
