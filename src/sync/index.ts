export { ApiClient, ApiError, NetworkError, type AttemptResult, type FetchLike, type SubmissionResult } from './api';
export { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff';
export { downloadAssignments, downloadQuestionnaires, type AssignmentCache, type QuestionnaireCache } from './download';
export { downloadReviews, type ReviewStore } from './reviews';
export { runOutbox, type OutboxDeps, type OutboxReport, type OutboxStore } from './outbox';
export { SyncScheduler, type SchedulerDeps } from './scheduler';
export { nextSyncStatus, refreshFailure, type RefreshOutcome } from './round';
export { submissionBody, uploadBody, type SealingStore } from './submission';
export { attemptBody, downloadCases, runAttemptOutbox, type AttemptOutboxReport, type AttemptOutboxStore, type CaseCache } from './attempts';
