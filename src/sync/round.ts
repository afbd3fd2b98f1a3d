import type { SyncStatus } from '../store';
import { ApiError, NetworkError } from './errors';
import type { OutboxReport } from './outbox';

/** How the downloads of a round (questionnaires, assignments, reviews) ended. */
export type RefreshOutcome =
  | { kind: 'ok' }
  | { kind: 'skipped' }
  | { kind: 'failed'; reason: 'network' | 'server' | 'needs-login'; status?: number; code?: string };

/** Sorts an error of a download into what the interviewer is told. */
export function refreshFailure(error: unknown): RefreshOutcome {
  if (error instanceof NetworkError) return { kind: 'failed', reason: 'network' };
  if (error instanceof ApiError) {
    if (error.status === 401) return { kind: 'failed', reason: 'needs-login', status: 401, code: error.problem.code };
    return { kind: 'failed', reason: 'server', status: error.status, code: error.problem.code };
  }
  throw error;
}

/**
 * The sync status after one round. The round succeeded when the outbox met no transient failure
 * and no refused session, and the downloads ran and ended well; only then does `lastSuccessAt`
 * move. A round that was skipped (no session, or one made offline) changes nothing but the
 * attempt time, so "last successful sync" never claims what did not happen.
 */
export function nextSyncStatus(previous: SyncStatus, at: number, outbox: OutboxReport, refresh: RefreshOutcome): SyncStatus {
  const iso = new Date(at).toISOString();
  const nextAttemptAt = outbox.nextAttemptAt !== undefined ? new Date(outbox.nextAttemptAt).toISOString() : undefined;
  const base: SyncStatus = { lastAttemptAt: iso, lastSuccessAt: previous.lastSuccessAt };
  if (nextAttemptAt !== undefined) base.nextAttemptAt = nextAttemptAt;
  if (outbox.skipped && refresh.kind === 'skipped') {
    return previous.failure ? { ...base, failure: previous.failure } : base;
  }
  if (outbox.needsLogin) return { ...base, failure: { reason: 'needs-login', at: iso, status: 401 } };
  if (outbox.failure) return { ...base, failure: { ...outbox.failure, at: iso } };
  if (refresh.kind === 'failed') {
    const failure: NonNullable<SyncStatus['failure']> = { reason: refresh.reason, at: iso };
    if (refresh.status !== undefined) failure.status = refresh.status;
    if (refresh.code !== undefined) failure.code = refresh.code;
    return { ...base, failure };
  }
  if (refresh.kind === 'skipped') return previous.failure ? { ...base, failure: previous.failure } : base;
  return { ...base, lastSuccessAt: iso };
}
