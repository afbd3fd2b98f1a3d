export {
  dispositionCategory, countDispositions, caseDisposition, collapseToCases, isRespondingDisposition, RESPONDING_DISPOSITIONS, RESPONDENTS_CONDITION, estimatedEligibility, responseRates, responseRatesBy,
  DISPOSITION_CATEGORIES, RATE_NAMES,
  type DispositionCategory, type DispositionCounts, type RateName, type ResponseRates, type GroupedResponseRates,
} from './aapor';
export { responseRateTables, responseRatesCsv } from './report';
export {
  progressOverTime, localDate, isoWeek,
  type CaseHistory, type ProgressPeriod, type ProgressGrouping, type EligibilityRule, type ProgressCounts, type ProgressRow, type ProgressSeries, type ProgressOptions,
} from './progress';
