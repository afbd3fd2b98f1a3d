export { LocalStore, type NewInterview, type Progress, type ReviewOutcome } from './local-store';
export { Autosaver } from './autosave';
export { StorageWriteError, classifyStorageError, type StorageFailureKind } from './errors';
export {
  interviewStates,
  type CachedAssignment, type CachedQuestionnaire, type InterviewRecord, type InterviewState, type ReviewInfo, type StoredSession, type SyncInfo, type SyncStatus,
  type SyncFailureReason, type OfflineVerifier,
} from './types';
