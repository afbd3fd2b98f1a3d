import type { SubmissionRequest, SubmissionStatus } from '../protocol';
import type { ReviewOutcome } from '../store';
import { isSelfCompletionPage } from '../questionnaire/dictionary/self-completion';
import type { ApiClient } from './api';

export interface ReviewStore {
  applyReviews(statuses: readonly SubmissionStatus[]): Promise<Map<string, ReviewOutcome>>;
  restoreRejected(owner: string, body: SubmissionRequest, status: SubmissionStatus, lockedPages: string[]): Promise<unknown>;
  getQuestionnaire(id: string, version: number): Promise<{ definition: Record<string, unknown> } | undefined>;
}

/**
 * Brings supervisors' decisions to the device: an approved upload shows as accepted, a rejected one
 * goes back to the interviewer with the reviewer's comment. A rejected interview the device no longer
 * holds is downloaded again, so it can be corrected and sent as the next revision.
 */
export async function downloadReviews(
  api: Pick<ApiClient, 'listSubmissionStatus' | 'getSubmissionContent'>, token: string, owner: string, store: ReviewStore,
): Promise<{ updated: string[]; restored: string[] }> {
  const updated: string[] = [];
  const restored: string[] = [];
  const statuses = await api.listSubmissionStatus(token);
  const outcomes = await store.applyReviews(statuses);
  for (const status of statuses) {
    const outcome = outcomes.get(status.instanceId);
    if (outcome === 'updated') updated.push(status.instanceId);
    if (outcome !== 'missing' || status.reviewState !== 'rejected') continue;
    const body = await api.getSubmissionContent(token, status.instanceId);
    // An encrypted interview comes back as its envelope, which only the private key opens: the
    // device cannot take it back (docs/security.md); the supervisor reopens it with the key.
    if (body.envelope !== undefined) continue;
    const cached = await store.getQuestionnaire(body.questionnaireId, body.version);
    await store.restoreRejected(owner, body, status, selfCompletionPages(cached?.definition));
    restored.push(status.instanceId);
  }
  return { updated, restored };
}

/**
 * A taken-back interview does not know which self-completion pages the respondent finished, so all
 * of them stay hidden from the interviewer (the respondent's privacy comes first).
 */
function selfCompletionPages(definition: Record<string, unknown> | undefined): string[] {
  const pages = Array.isArray(definition?.pages) ? (definition.pages as unknown[]) : [];
  return pages
    .map((p) => (typeof p === 'object' && p !== null ? (p as { name?: unknown }).name : undefined))
    .filter((name): name is string => typeof name === 'string' && isSelfCompletionPage(name));
}
