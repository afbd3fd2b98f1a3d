export {
  dispositionCategory, countDispositions, estimatedEligibility, responseRates, responseRatesBy,
  DISPOSITION_CATEGORIES, RATE_NAMES,
  type DispositionCategory, type DispositionCounts, type RateName, type ResponseRates, type GroupedResponseRates,
} from './aapor';
export { responseRateTables, responseRatesCsv } from './report';
