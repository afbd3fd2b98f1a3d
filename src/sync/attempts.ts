import type { CaseSummary, ContactAttemptReceipt, ContactAttemptRequest, Problem } from '../protocol';
import type { ContactAttemptRecord, StoredSession } from '../store';
import type { ApiClient } from './api';
import { ApiError, NetworkError } from './errors';
import { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff';

/** The request body of a contact attempt: only what is stored with it, so a retry sends the same bytes. */
export function attemptBody(record: ContactAttemptRecord): ContactAttemptRequest {
  return {
    at: record.at,
    outcome: record.outcome,
    final: record.final,
    note: record.note,
    ...(record.appointment === undefined ? {} : { appointment: record.appointment }),
  };
}

/** What the attempt outbox needs from the device's storage (LocalStore implements it). */
export interface AttemptOutboxStore {
  getSession(): Promise<StoredSession | undefined>;
  markSessionExpired(): Promise<void>;
  listDueAttempts(now: number): Promise<ContactAttemptRecord[]>;
  markAttemptUploaded(id: string, receipt: ContactAttemptReceipt): Promise<unknown>;
  markAttemptRefused(id: string, problem: Problem): Promise<unknown>;
  scheduleAttemptRetry(id: string, nextAttemptAt: number, reason: string): Promise<unknown>;
}

export interface AttemptOutboxReport {
  uploaded: string[];
  refused: string[];
  retrying: string[];
  needsLogin: boolean;
}

const transient = (status: number): boolean => status >= 500 || status === 408 || status === 429;

/**
 * One pass over the queued contact attempts, as the interview outbox does: 200/201 → uploaded;
 * 401 → stop and keep everything; another 4xx (a 409 too: the server holds other content under
 * this id) → kept on the device with the Problem; network failures and 5xx → retried with backoff.
 */
export async function runAttemptOutbox(deps: {
  store: AttemptOutboxStore; api: Pick<ApiClient, 'putContactAttempt'>; now: () => number; random: () => number; backoff?: BackoffPolicy; force?: boolean;
}): Promise<AttemptOutboxReport> {
  const { store, api, now, random } = deps;
  const report: AttemptOutboxReport = { uploaded: [], refused: [], retrying: [], needsLogin: false };
  const session = await store.getSession();
  if (!session || session.expired) return report;
  const due = await store.listDueAttempts(deps.force ? Number.POSITIVE_INFINITY : now());
  for (const record of due.filter((r) => r.owner === session.username)) {
    let reason: string;
    try {
      const result = await api.putContactAttempt(session.token, record.assignmentId, record.id, attemptBody(record));
      if (result.kind === 'stored') {
        await store.markAttemptUploaded(record.id, result.receipt);
        report.uploaded.push(record.id);
        continue;
      }
      if (result.status === 401) {
        await store.markSessionExpired();
        report.needsLogin = true;
        break;
      }
      if (!transient(result.status)) {
        await store.markAttemptRefused(record.id, result.problem);
        report.refused.push(record.id);
        continue;
      }
      reason = result.problem.title;
    } catch (error) {
      if (error instanceof NetworkError) reason = `network: ${error.message}`;
      else if (error instanceof ApiError && transient(error.status)) reason = error.problem.title;
      else throw error;
    }
    await store.scheduleAttemptRetry(record.id, now() + backoffDelay(record.sync.attempts, random, deps.backoff ?? defaultBackoff), reason);
    report.retrying.push(record.id);
  }
  return report;
}

export interface CaseCache {
  replaceCases(interviewer: string, cases: readonly CaseSummary[]): Promise<void>;
}

/** Downloads the interviewer's cases: assignments with their quantity, attempts and the server's interviews. */
export async function downloadCases(api: Pick<ApiClient, 'listCases'>, token: string, interviewer: string, cache: CaseCache): Promise<CaseSummary[]> {
  const cases = (await api.listCases(token)).filter((c) => c.interviewer === interviewer);
  await cache.replaceCases(interviewer, cases);
  return cases;
}
