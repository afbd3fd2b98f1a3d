export {
  countryYears, regionalTable, profiles, ratePer100k, count, COUNT_TABLES, PERSON_TABLES, PERSON_COLUMNS, SMUGGLER_COLUMNS,
  type CountryYear, type CountTable, type RegionalRow, type ProfileRow, type Submission,
} from './regional';
export { checkReturns, iccsParents, type CheckCode, type CheckFinding } from './checks';
export { adminTemplate, templateOfColumns, type AdminTemplate } from './labels';
export { analyzeAdmin, adminReport, adminCsv, type AdminAnalysis } from './report';
