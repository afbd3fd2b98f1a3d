export { LocalStore, type NewAttempt, type NewInterview, type Progress, type ReviewOutcome } from './local-store';
export { CaseUnavailableError, caseFacts, deviceCase, type DeviceCase } from './cases';
export { Autosaver } from './autosave';
export { StorageWriteError, classifyStorageError, type StorageFailureKind } from './errors';
export {
  attemptStates, interviewStates, discardReasons,
  type DiscardInfo, type DiscardReason,
  type AttemptState, type CachedAssignment, type ContactAttemptRecord, type CachedQuestionnaire, type QuestionnaireListing, type InterviewRecord, type InterviewState, type RetryReason, type ReviewInfo, type StoredSession, type SyncInfo, type SyncStatus,
  type SyncFailureReason, type OfflineVerifier, type StoredDefinition, pageCountOf,
} from './types';
