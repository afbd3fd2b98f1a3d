import type { Assignment, QuestionnaireSummary } from '../protocol';
import type { ApiClient } from './api';

export interface QuestionnaireCache {
  hasQuestionnaire(id: string, version: number): Promise<boolean>;
  putQuestionnaire(summary: QuestionnaireSummary, definition: Record<string, unknown>): Promise<void>;
  /** Stops listing cached versions the server no longer offers (retired by a manager). */
  retireUnoffered?(offered: readonly QuestionnaireSummary[]): Promise<void>;
}

/**
 * Fetches the list of published questionnaires and caches the JSON of each version not yet on
 * the device, so interviews can start offline. Versions are immutable once published.
 */
export async function downloadQuestionnaires(
  api: Pick<ApiClient, 'listQuestionnaires' | 'getQuestionnaire'>, token: string, cache: QuestionnaireCache,
): Promise<{ published: QuestionnaireSummary[]; fetched: string[] }> {
  const published = await api.listQuestionnaires(token);
  const fetched: string[] = [];
  for (const summary of published) {
    if (await cache.hasQuestionnaire(summary.id, summary.version)) continue;
    const definition = await api.getQuestionnaire(token, summary.id, summary.version);
    await cache.putQuestionnaire(summary, definition);
    fetched.push(`${summary.id}@${summary.version}`);
  }
  await cache.retireUnoffered?.(published);
  return { published, fetched };
}

export interface AssignmentCache {
  replaceAssignments(interviewer: string, assignments: Assignment[]): Promise<void>;
}

/** Downloads the interviewer's assignments (cases to interview, with prefilled answers). */
export async function downloadAssignments(
  api: Pick<ApiClient, 'listAssignments'>, token: string, interviewer: string, cache: AssignmentCache,
): Promise<Assignment[]> {
  const assignments = (await api.listAssignments(token)).filter((a) => a.interviewer === interviewer);
  await cache.replaceAssignments(interviewer, assignments);
  return assignments;
}
