// The tablet's view of a case: its assignment, the interviews and contact attempts on this device,
// and what the server knows of it, turned into status and disposition by the protocol's one rule.
// The zod-free module, not the protocol's index (issue 17 item 9: no schema is built for the first screen).
import { caseStatus, countsForCase, finalCaseDisposition, mayStartInterview, nextAppointment, type CaseFacts, type CaseStatus } from '../protocol/case-status';
import type { CachedAssignment, ContactAttemptRecord, InterviewRecord, InterviewState } from './types';

/** Interview states in which the interview is still being made (not yet given a final disposition). */
const openStates: readonly InterviewState[] = ['draft', 'finalized'];

export interface DeviceCase {
  assignment: CachedAssignment;
  status: CaseStatus;
  disposition?: string;
  nextAppointment?: string;
  /** Oldest first. */
  attempts: ContactAttemptRecord[];
  /** This device's interviews of the case. */
  interviews: InterviewRecord[];
  /** Interviews counted against the quantity (this device's and the server's). */
  interviewCount: number;
  mayStart: boolean;
}

/** A thrown refusal to start an interview the case does not allow (its quantity is reached, or it is closed). */
export class CaseUnavailableError extends Error {
  constructor(readonly caseId: string, readonly status: CaseStatus, readonly interviews: number, readonly quantity: number) {
    super(`case ${caseId} is ${status} with ${interviews} of ${quantity} interviews: no further interview may start`);
    this.name = 'CaseUnavailableError';
  }
}

export function caseFacts(assignment: CachedAssignment, interviews: readonly InterviewRecord[], attempts: readonly ContactAttemptRecord[]): CaseFacts {
  // A discarded draft does not count: the case may be interviewed again.
  const mine = interviews.filter((r) => r.questionnaireId === assignment.questionnaireId && r.caseId === assignment.caseId && r.state !== 'discarded');
  const local = new Set(mine.map((r) => r.instanceId));
  const done = mine.filter((r) => !openStates.includes(r.state)).map((r) => r.disposition ?? '1.2');
  const elsewhere = (assignment.serverInterviews ?? []).filter((i) => countsForCase(i) && !local.has(i.instanceId)).map((i) => i.disposition);
  return {
    quantity: assignment.quantity ?? 1,
    interviewDispositions: [...done, ...elsewhere],
    openInterviews: mine.length - done.length,
    attempts: attempts.filter((a) => a.assignmentId === assignment.id).map((a) => ({ at: a.at, outcome: a.outcome, final: a.final, appointment: a.appointment ?? null })),
  };
}

export function deviceCase(assignment: CachedAssignment, interviews: readonly InterviewRecord[], attempts: readonly ContactAttemptRecord[], now: Date): DeviceCase {
  const facts = caseFacts(assignment, interviews, attempts);
  const disposition = finalCaseDisposition(facts);
  const next = nextAppointment(facts, now);
  return {
    assignment,
    status: caseStatus(facts),
    ...(disposition === undefined ? {} : { disposition }),
    ...(next === undefined ? {} : { nextAppointment: next }),
    attempts: attempts.filter((a) => a.assignmentId === assignment.id).sort((a, b) => a.at.localeCompare(b.at)),
    interviews: interviews.filter((r) => r.questionnaireId === assignment.questionnaireId && r.caseId === assignment.caseId),
    interviewCount: facts.interviewDispositions.length + facts.openInterviews,
    mayStart: mayStartInterview(facts),
  };
}
