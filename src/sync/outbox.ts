import type { Problem, SubmissionReceipt } from '../protocol';
import type { InterviewRecord, RetryReason, StoredSession } from '../store';
import type { ApiClient } from './api';
import { ApiError, NetworkError } from './errors';
import { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff';
import { uploadBody, type SealingStore } from './submission';

/** What the outbox needs from the device's storage (LocalStore implements it). */
export interface OutboxStore extends SealingStore {
  getSession(): Promise<StoredSession | undefined>;
  markSessionExpired(): Promise<void>;
  listDue(now: number): Promise<InterviewRecord[]>;
  nextRetryAt(): Promise<number | undefined>;
  markUploaded(instanceId: string, receipt: SubmissionReceipt): Promise<unknown>;
  markConflict(instanceId: string, problem: Problem): Promise<unknown>;
  markRefused(instanceId: string, problem: Problem): Promise<unknown>;
  scheduleRetry(instanceId: string, nextAttemptAt: number, reason: string, retry: RetryReason): Promise<unknown>;
}

export interface OutboxDeps {
  store: OutboxStore;
  api: Pick<ApiClient, 'putSubmission'>;
  now: () => number;
  random: () => number;
  backoff?: BackoffPolicy;
  /** "Sync now": also retry interviews whose backoff has not run out. */
  force?: boolean;
}

export interface OutboxReport {
  uploaded: string[];
  conflicts: string[];
  refused: string[];
  retrying: string[];
  /** The session was refused (401): log in again; everything stays queued. */
  needsLogin: boolean;
  /** No session at all, or it is already known to be expired. */
  skipped: boolean;
  /** When the earliest queued interview is due again, if any is left. */
  nextAttemptAt?: number;
  /** The first transient failure of the pass (the server unreachable, or a 5xx), if any. */
  failure?: { reason: 'network' | 'server'; status?: number; code?: string };
}

class SealingFailed extends Error {}

function isTransient(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/**
 * One pass over the outbox: uploads each due interview once. 200/201 → uploaded; 409 → conflict
 * kept on the device; 401 → stop, keep everything, ask for a new log-in; other 4xx → refused with
 * the Problem's title; network failures and 5xx → retried later with backoff and full jitter.
 */
export async function runOutbox(deps: OutboxDeps): Promise<OutboxReport> {
  const { store, api, now, random } = deps;
  const report: OutboxReport = { uploaded: [], conflicts: [], refused: [], retrying: [], needsLogin: false, skipped: false };
  const session = await store.getSession();
  if (!session || session.expired) {
    report.skipped = true;
    report.nextAttemptAt = await store.nextRetryAt();
    return report;
  }
  const due = await store.listDue(deps.force ? Number.POSITIVE_INFINITY : now());
  // A shared tablet: each interview is uploaded only under the session of the interviewer who made it.
  for (const record of due.filter((r) => r.owner === session.username)) {
    const id = record.instanceId;
    let transientReason: string | undefined;
    let failure: OutboxReport['failure'];
    try {
      const body = await uploadBody(store, record).catch((error: unknown) => {
        // Not sealed (its key is not cached, the device key is gone): kept, shown, tried again later.
        throw new SealingFailed(`encryption: ${error instanceof Error ? error.message : String(error)}`);
      });
      const result = await api.putSubmission(session.token, id, body);
      if (result.kind === 'stored') {
        await store.markUploaded(id, result.receipt);
        report.uploaded.push(id);
        continue;
      }
      const { status, problem: p } = result;
      if (status === 401) {
        await store.markSessionExpired();
        report.needsLogin = true;
        break;
      }
      if (status === 409) {
        await store.markConflict(id, p);
        report.conflicts.push(id);
        continue;
      }
      if (isTransient(status)) {
        transientReason = p.title;
        failure = { reason: 'server', status, code: p.code };
      } else {
        await store.markRefused(id, p);
        report.refused.push(id);
        continue;
      }
    } catch (error) {
      if (error instanceof SealingFailed) {
        transientReason = error.message;
      } else if (error instanceof NetworkError) {
        transientReason = `network: ${error.message}`;
        failure = { reason: 'network' };
      } else if (error instanceof ApiError && isTransient(error.status)) {
        transientReason = error.problem.title;
        failure = { reason: 'server', status: error.status, code: error.problem.code };
      } else if (error instanceof ApiError) {
        await store.markRefused(id, error.problem);
        report.refused.push(id);
        continue;
      } else throw error;
    }
    const at = now() + backoffDelay(record.sync.attempts, random, deps.backoff ?? defaultBackoff);
    // Only a sealing failure leaves no round failure: the tablet itself could not prepare the upload.
    await store.scheduleRetry(id, at, transientReason, failure ?? { reason: 'device' });
    report.retrying.push(id);
    report.failure ??= failure;
  }
  report.nextAttemptAt = await store.nextRetryAt();
  return report;
}
