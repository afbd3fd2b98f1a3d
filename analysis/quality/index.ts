export {
  qualityReport, durationMinutes, localHour, isOddHour, isStraightLined, answerMatch, interviewerCorrelation, screenerZ, screenerCut,
} from './measures';
export {
  DEFAULT_QUALITY_THRESHOLDS,
  type QualityInterview, type QualityContact, type QualitySpec, type QualityThresholds, type QualityFlag, type QualityFlagKind,
  type QualityReport, type InterviewerQuality, type InterviewerEffect, type Quartiles,
} from './types';
