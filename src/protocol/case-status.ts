// The case's status and final disposition (DESIGN.md §3, issue 11), derived here, once, from the
// same facts on the tablet and on the server, so the interviewer's list and the manager's console
// never disagree. No schema here: the tablet's first screen lists cases with these rules, and zod
// (its schemas built as their modules are evaluated) stays out of that screen (issue 17 item 9).
// The leaf module, not the index: the index also brings the rate tables (analysis/tables), which would
// pull the analyst's report chunk into the app's first screen.
import { caseDisposition, isRespondingDisposition } from '../../analysis/response-rates/aapor';
import type { SubmissionFlag } from './schemas';

/**
 * `todo`: nothing done yet; `attempted`: contact attempts recorded, no interview and no final
 * outcome yet; `in-progress`: an interview started (on the tablet) or fewer interviews uploaded than
 * the assignment's quantity; `closed`: a final disposition — the allowed number of interviews, or a
 * closing contact attempt (refusal, non-contact, not eligible, …).
 */
export const caseStatuses = ['todo', 'attempted', 'in-progress', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

const QUANTITY_EXCEEDED: SubmissionFlag = 'case-quantity-exceeded';

/**
 * Whether an uploaded interview counts for its case: one beyond the case's quantity
 * (`case-quantity-exceeded`) neither closes the case nor counts; other flags (answers that do not
 * fit) leave it the case's interview. `flags` may be missing in a tablet's cache from an older app.
 */
export function countsForCase(interview: { flags?: readonly string[] }): boolean {
  return !(interview.flags ?? []).includes(QUANTITY_EXCEEDED);
}

export interface CaseFacts {
  quantity: number;
  /** Final dispositions of the case's interviews that are uploaded or queued (finished). */
  interviewDispositions: readonly string[];
  /** Interviews started and not finished (on the tablet only). */
  openInterviews: number;
  attempts: readonly { at: string; outcome: string; final: boolean; appointment?: string | null }[];
}

/** The closing attempt that counts: the latest final one. */
function closingAttempt(facts: CaseFacts): { outcome: string } | undefined {
  let latest: { at: string; outcome: string } | undefined;
  for (const a of facts.attempts) if (a.final && (!latest || a.at >= latest.at)) latest = a;
  return latest;
}

export function caseStatus(facts: CaseFacts): CaseStatus {
  if (closingAttempt(facts) || facts.interviewDispositions.length >= facts.quantity) return 'closed';
  if (facts.openInterviews > 0 || facts.interviewDispositions.length > 0) return 'in-progress';
  if (facts.attempts.length > 0) return 'attempted';
  return 'todo';
}

/**
 * The case's final AAPOR disposition: a responding interview (1.1, then 1.2) wins; else the latest
 * closing attempt; else the best-ranked code of its interviews (a break-off uploaded as such);
 * undefined while the case is open.
 */
export function finalCaseDisposition(facts: CaseFacts): string | undefined {
  const best = caseDisposition(facts.interviewDispositions);
  if (best !== undefined && isRespondingDisposition(best)) return best;
  const closing = closingAttempt(facts);
  if (closing) return closing.outcome;
  return caseStatus(facts) === 'closed' ? best : undefined;
}

/** The next appointment not yet past, from the attempts, while the case is open. */
export function nextAppointment(facts: CaseFacts, now: Date): string | undefined {
  if (caseStatus(facts) === 'closed') return undefined;
  const upcoming = facts.attempts
    .map((a) => a.appointment)
    .filter((at): at is string => typeof at === 'string' && Date.parse(at) >= now.getTime())
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return upcoming[0];
}

/** One case yields `quantity` interviews: may another one start? */
export function mayStartInterview(facts: CaseFacts): boolean {
  return caseStatus(facts) !== 'closed' && facts.interviewDispositions.length + facts.openInterviews < facts.quantity;
}
