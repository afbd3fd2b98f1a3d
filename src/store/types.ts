import type { Assignment, ContactAttemptReceipt, Locale, Paradata, Problem, QuestionnaireSummary, Role, SubmissionReceipt, SubmissionRequest } from '../protocol';
import type { DeviceSealed } from '../crypto';

/**
 * The life of an interview on the device (DESIGN.md §3). `finalized`: SurveyJS completed but no
 * disposition chosen yet; `queued`: in the outbox; `error`: the server refused the request (not a
 * conflict), kept with the Problem's title; `conflict`: another interview with this id exists;
 * `discarded`: a draft the interviewer gave up, with the reason (kept on the device, never uploaded).
 */
export const interviewStates = ['draft', 'finalized', 'queued', 'uploaded', 'accepted', 'rejected', 'conflict', 'error', 'discarded'] as const;
export type InterviewState = (typeof interviewStates)[number];

export interface SyncInfo {
  attempts: number;
  /** Epoch milliseconds before which the outbox does not retry. */
  nextAttemptAt: number;
  lastAttemptAt?: string;
  /** The technical reason of the last failure (English, for support; not shown to the interviewer). */
  lastError?: string;
  /** Why a queued interview waits for its next try: shown on its card in the interviewer's language. */
  retry?: RetryReason;
  uploadedAt?: string;
  receipt?: SubmissionReceipt;
  problem?: Problem;
}

/**
 * Why an upload will be tried again: `network` the server could not be reached, `server` it
 * answered with a transient error (5xx, 429), `device` the tablet could not prepare the upload
 * (encryption failed).
 */
export interface RetryReason {
  reason: 'network' | 'server' | 'device';
  status?: number;
  code?: string;
}

/** A supervisor's decision on the uploaded revision, as the device last learned it. */
export interface ReviewInfo {
  state: 'approved' | 'rejected';
  comment: string;
  reviewer: string | null;
  reviewedAt: string | null;
  /** Which upload the decision was about (SHA-256 of its canonical JSON). */
  sha256: string;
  revision: number;
}

/**
 * Why an interviewer gave up a draft. `breakoff`: the respondent stopped; `refused`: refused to go
 * on; `mistake`: started by mistake or for practice; `duplicate`: the household was already
 * interviewed; `other`: explained in the note.
 */
export const discardReasons = ['breakoff', 'refused', 'mistake', 'duplicate', 'other'] as const;
export type DiscardReason = (typeof discardReasons)[number];

export interface DiscardInfo {
  at: string;
  reason: DiscardReason;
  note: string;
}

export interface InterviewRecord {
  /** UUIDv7, made on the device. */
  instanceId: string;
  questionnaireId: string;
  version: number;
  owner: string;
  caseId?: string;
  state: InterviewState;
  data: Record<string, unknown>;
  /** Index of the page the interviewer was on, for resume. */
  pageNo: number;
  locale: Locale;
  paradata: Paradata;
  disposition?: string;
  /** Self-completion (casi_) pages the respondent has left: hidden from the interviewer and read-only. */
  lockedPages: string[];
  createdAt: string;
  updatedAt: string;
  sync: SyncInfo;
  /** Set once the server reports a review; a rejected interview keeps it while being corrected. */
  review?: ReviewInfo;
  /** Set when the interviewer discarded the draft (state `discarded`). */
  discard?: DiscardInfo;
  /**
   * The questionnaire version carries a public key (docs/security.md "Encryption"): the answers are
   * kept in `sealed` (device key) and `data` stays `{}` in IndexedDB; only
   * LocalStore.getInterviewWithAnswers opens them, for the interview screen.
   */
  encrypted?: boolean;
  sealed?: DeviceSealed;
  /** The envelope body made once for upload (src/sync), so every retry sends the same bytes. */
  outbound?: SubmissionRequest;
}

/**
 * A cached questionnaire version as lists show it (home, cases, console): the summary without the
 * definition. Definitions are kept in a table of their own: a list read with them deserialized and
 * cloned every cached questionnaire (1 MB for victimization) on each home render (issue 17 item 9).
 */
export interface QuestionnaireListing extends QuestionnaireSummary {
  /** Pages of the definition (a draft card's "page X of Y"); undefined for a definition without pages. */
  pageCount?: number;
  cachedAt: string;
  /** The server no longer offers this version (a manager retired it): not listed, still opened by interviews started on it. */
  retired?: boolean;
}

/** A cached questionnaire version with its SurveyJS definition (the runner, preview, upload checks). */
export interface CachedQuestionnaire extends QuestionnaireListing {
  definition: Record<string, unknown>;
}

/** The definitions table's row. */
export interface StoredDefinition {
  id: string;
  version: number;
  definition: Record<string, unknown>;
}

/** How many pages a definition has, for its listing. */
export function pageCountOf(definition: Record<string, unknown> | undefined): number | undefined {
  return Array.isArray(definition?.pages) ? definition.pages.length : undefined;
}

export interface StoredSession {
  token: string;
  role: Role;
  username: string;
  expiresAt: string;
  /** Set when the server answered 401: the interviewer must log in again; nothing is lost. */
  expired?: boolean;
  /** Made by an offline log-in (no token): interviews work, uploads wait for an online log-in. */
  offline?: boolean;
}

/** Why the last sync round did not reach the server, or what the server said. */
export type SyncFailureReason = 'network' | 'server' | 'needs-login';

/**
 * What the interviewer is shown about syncing. A round is one upload of the outbox plus the
 * download of questionnaires, assignments and reviews; it *succeeds* only when the server answered
 * every request of it. `lastSuccessAt` never advances on a failed round.
 */
export interface SyncStatus {
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  /** The failure of the last round; absent after a successful one. */
  failure?: { reason: SyncFailureReason; at: string; status?: number; code?: string };
  /** When the device tries again by itself (the earliest backoff of a queued interview). */
  nextAttemptAt?: string;
}

/**
 * A verifier of the last online log-in's password, so the same interviewer can log in again
 * without a network for a bounded time: PBKDF2-SHA-256 of the password with a random salt. The
 * password itself is never stored.
 */
export interface OfflineVerifier {
  username: string;
  role: Role;
  salt: string;
  iterations: number;
  hash: string;
  /** The online log-in that made it; offline log-in is refused after `validDays`. */
  savedAt: string;
  validDays: number;
  /** Wrong offline passwords in a row; at the limit only an online log-in helps. */
  failures: number;
}

/** A case the server assigned to an interviewer, kept so it can be started offline. */
export interface CachedAssignment extends Assignment {
  cachedAt: string;
  /**
   * The case's interviews the server has (from GET /cases), so that a case whose interview was
   * made on another tablet, or removed from this one after upload, is not started again.
   */
  serverInterviews?: { instanceId: string; disposition: string; flags?: string[] }[];
}

/**
 * A contact attempt recorded on the tablet (offline), kept until the server has it: `queued` in
 * the outbox, `uploaded` acknowledged (or downloaded from the server), `error` refused with the
 * server's Problem (kept and shown, never dropped).
 */
export const attemptStates = ['queued', 'uploaded', 'error'] as const;
export type AttemptState = (typeof attemptStates)[number];

export interface ContactAttemptRecord {
  /** UUIDv7, made on the device. */
  id: string;
  assignmentId: string;
  questionnaireId: string;
  caseId: string;
  owner: string;
  at: string;
  /** AAPOR code (2.x, 3.x, 4.x). */
  outcome: string;
  /** Closes the case without an interview. */
  final: boolean;
  note: string;
  appointment?: string;
  state: AttemptState;
  sync: { attempts: number; nextAttemptAt: number; lastError?: string; problem?: Problem; receipt?: ContactAttemptReceipt };
}
