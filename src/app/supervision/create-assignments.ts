import type { AssignmentRequest, Problem } from '../../protocol';
import { ApiError, type ApiClient } from '../../sync';

export type AssignmentOutcome =
  | { caseId: string; result: 'created' }
  | { caseId: string; result: 'exists' }
  /** `problem`: the server's answer, worded on screen from its codes (i18n/problems assignmentRefusalText). */
  | { caseId: string; result: 'refused'; problem: Problem };

/**
 * Creates the assignments one by one so that one bad row (an unknown interviewer, a case already
 * assigned) is reported with its reason and does not stop the others.
 */
export async function createAssignments(
  api: Pick<ApiClient, 'createAssignment'>, token: string, requests: readonly AssignmentRequest[], onProgress?: (done: number) => void,
): Promise<AssignmentOutcome[]> {
  const outcomes: AssignmentOutcome[] = [];
  for (const request of requests) {
    try {
      await api.createAssignment(token, request);
      outcomes.push({ caseId: request.caseId, result: 'created' });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      outcomes.push(error.problem.code === 'conflict'
        ? { caseId: request.caseId, result: 'exists' }
        : { caseId: request.caseId, result: 'refused', problem: error.problem });
    }
    onProgress?.(outcomes.length);
  }
  return outcomes;
}
