export {
  countryYears, regionalTable, profiles, ratePer100k, count, COUNT_TABLES, PERSON_TABLES, PERSON_COLUMNS, SMUGGLER_COLUMNS, SMUGGLER_STAGES,
  type CountryYear, type CountTable, type SmugglerColumn, type RegionalRow, type ProfileRow, type Submission,
} from './regional';
export { checkReturns, iccsParents, CHECKS, CHECKS_TITLE, type CheckCode, type CheckFinding } from './checks';
export { adminTemplate, templateOfColumns, type AdminTemplate } from './labels';
export { unctsReport, UNCTS_SHEETS } from './uncts';
export { analyzeAdmin, adminReport, adminCsv, type AdminAnalysis } from './report';
export {
  aggregateRecords, parseIccsMap, parseRecord, articleKey, iccsMapSchema, STAGES, STAGE_TABLE,
  type IccsMap, type NationalRecord, type Stage, type AggregationResult,
} from './iccs-mapping';
export { shippedIccsMap } from './maps';
export {
  latestAccepted, nextVersion, decide, parseManifest, emptyManifest, manifestSchema, VERSION_STATUSES,
  type SubmissionVersion, type StoreManifest,
} from './versions';
