export { ApiClient, ApiError, NetworkError, type FetchLike, type SubmissionResult } from './api';
export { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff';
export { downloadQuestionnaires, type QuestionnaireCache } from './download';
export { runOutbox, type OutboxDeps, type OutboxReport, type OutboxStore } from './outbox';
export { SyncScheduler, type SchedulerDeps } from './scheduler';
export { submissionBody } from './submission';
