// What an interview card states, as plain functions (no React): tested on their own.
import type { DiscardReason, InterviewRecord, QuestionnaireListing, RetryReason } from '../../store';
import type { MessageKey } from '../i18n';

/**
 * Why the server refused an upload, in the interviewer's language (the problem's title is English):
 * what the interviewer can do about it. The interview stays on the device (state error).
 */
export const refusalMessage: Partial<Record<string, MessageKey>> = {
  'invalid-text': 'refusedInvalidText',
  'nesting-too-deep': 'refusedTooDeep',
  'validation-failed': 'refusedInvalid',
  'payload-too-large': 'refusedTooLarge',
  'answers-mismatch': 'refusedInvalid',
};

/** Why a queued interview waits, in the interviewer's language (the stored lastError is English, for support). */
export const retryMessage: Record<RetryReason['reason'], MessageKey> = {
  network: 'queuedRetryNetwork',
  server: 'queuedRetryServer',
  device: 'queuedRetryDevice',
};

/** The variables an answers-mismatch refusal names (names only: the server never echoes a value). */
export function refusedAnswers(problem: Readonly<Record<string, unknown>>): string[] {
  if (!Array.isArray(problem.answers)) return [];
  return problem.answers.flatMap((a: unknown) => (typeof a === 'object' && a !== null && typeof (a as { variable?: unknown }).variable === 'string' ? [(a as { variable: string }).variable] : []));
}

/**
 * The contact attempt a discarded draft of a case leaves for the manager (a discarded interview is
 * never uploaded, so this is how the office learns of it): a break-off (2.12) or refusal (2.11)
 * is what happened at the door; any other reason is "other" (2.35) with the reason in the note.
 * None closes the case: it may be visited again.
 */
export const discardOutcome: Record<DiscardReason, string> = {
  breakoff: '2.12', refused: '2.11', mistake: '2.35', duplicate: '2.35', other: '2.35',
};

/** How far a draft got: the page it is on of the questionnaire's pages, and the questions answered. */
export function draftProgress(record: Pick<InterviewRecord, 'pageNo' | 'data'>, questionnaire: Pick<QuestionnaireListing, 'pageCount'> | undefined): { page: number; pages: number | undefined; answered: number } {
  const pages = questionnaire?.pageCount;
  const answered = Object.values(record.data).filter((v) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)).length;
  return { page: record.pageNo + 1, pages, answered };
}
