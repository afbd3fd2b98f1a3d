import { canonicalJson, type AnswerFinding, type SubmissionFlag, type SubmissionReceipt, type SubmissionRequest } from '../../protocol';
import type { Queryable } from '../db';
import type { Principal } from '../auth';
import { HttpProblem } from '../problems';
import { flagCaseInterviews } from './cases';
import { checkEnvelopeMatchesVersion } from './encryption';
import { sha256 } from './questionnaires';
import { checkUpload, recordUploadCheck } from './upload-check';

export type ReviewState = 'received' | 'approved' | 'rejected';

export interface SubmissionSummary {
  instanceId: string;
  questionnaireId: string;
  version: number;
  interviewer: string;
  caseId: string | null;
  disposition: string;
  startedAt: string | null;
  endedAt: string | null;
  revision: number;
  sha256: string;
  reviewState: ReviewState;
  reviewComment: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  receivedAt: string;
  updatedAt: string;
  /** Why the server flagged it (a set: cases.ts, upload-check.ts); empty when nothing was found. */
  flags: string[];
  /** The answers behind the answer-* flags (variable and kind of misfit, never a value). */
  answerProblems: AnswerFinding[];
}

interface SubmissionRow {
  instance_id: string;
  questionnaire_id: string;
  version: number;
  interviewer: string;
  case_id: string | null;
  disposition: string;
  started_at: string | null;
  ended_at: string | null;
  revision: number;
  sha256: string;
  review_state: ReviewState;
  review_comment: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  received_at: Date;
  updated_at: Date;
  flags: string[];
  answer_problems: AnswerFinding[] | string;
}

const COLUMNS = `instance_id, questionnaire_id, version, interviewer, case_id, disposition, started_at, ended_at,
  revision, sha256, review_state, review_comment, reviewed_by, reviewed_at, received_at, updated_at, flags, answer_problems`;

const iso = (d: Date | null): string | null => (d === null ? null : new Date(d).toISOString());

function toSummary(row: SubmissionRow): SubmissionSummary {
  return {
    instanceId: row.instance_id,
    questionnaireId: row.questionnaire_id,
    version: row.version,
    interviewer: row.interviewer,
    caseId: row.case_id,
    disposition: row.disposition,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    revision: row.revision,
    sha256: row.sha256,
    reviewState: row.review_state,
    reviewComment: row.review_comment,
    reviewedBy: row.reviewed_by,
    reviewedAt: iso(row.reviewed_at),
    receivedAt: iso(row.received_at) as string,
    updatedAt: iso(row.updated_at) as string,
    flags: row.flags,
    answerProblems: typeof row.answer_problems === 'string' ? (JSON.parse(row.answer_problems) as AnswerFinding[]) : row.answer_problems,
  };
}

function toReceipt(row: SubmissionRow): SubmissionReceipt & { revision: number } {
  return { instanceId: row.instance_id, sha256: row.sha256, receivedAt: iso(row.updated_at) as string, reviewState: row.review_state, revision: row.revision };
}

export interface PutOutcome {
  /** 201 stored new content (a new interview or a new revision of a rejected one); 200 identical repeat. */
  status: 200 | 201;
  receipt: SubmissionReceipt & { revision: number };
}

/**
 * Stores an interview idempotently. The content hash is SHA-256 of the canonical JSON of
 * the request body as sent (what the device hashes too): the same instance id with the same
 * hash is a success without a new row; with another hash a 409 — unless the stored interview
 * was rejected, in which case its interviewer's new content becomes the next revision.
 */
export async function putSubmission(tx: Queryable, instanceId: string, body: SubmissionRequest, rawBody: unknown, caller: Principal): Promise<PutOutcome> {
  const [version] = await tx.query<{ public_key: string | null }>('SELECT public_key FROM questionnaires WHERE id = $1 AND version = $2', [body.questionnaireId, body.version]);
  if (!version) {
    throw new HttpProblem('validation-failed', `questionnaire ${body.questionnaireId} version ${body.version} is not published`);
  }
  // Encrypted versions (encryption.ts): an envelope with no answers beside it, stored as sent.
  checkEnvelopeMatchesVersion(body, version.public_key, instanceId);
  const hash = sha256(canonicalJson(rawBody));
  // A repeat of what is stored (an acknowledgement the device did not receive) is a success as it
  // was, without checking again: a rule made stricter since cannot turn a stored interview into a refusal.
  const [same] = await tx.query<SubmissionRow & Record<string, unknown>>(`SELECT ${COLUMNS} FROM submissions WHERE instance_id = $1`, [instanceId]);
  if (same && same.interviewer === caller.username && same.sha256 === hash) return { status: 200, receipt: toReceipt(same) };
  // Its case and answers against the assignments and the questionnaire: refused, or flags to store (upload-check.ts).
  const check = await checkUpload(tx, body, caller);
  const bodyJson = JSON.stringify(rawBody);
  const fields = [body.questionnaireId, body.version, body.caseId ?? null, body.disposition, body.paradata.startedAt, body.paradata.endedAt ?? null, hash];
  const inserted = await tx.query<SubmissionRow & Record<string, unknown>>(
    `INSERT INTO submissions (instance_id, interviewer, questionnaire_id, version, case_id, disposition, started_at, ended_at, sha256)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (instance_id) DO NOTHING RETURNING ${COLUMNS}`,
    [instanceId, caller.username, ...fields],
  );
  if (inserted.length === 1) {
    await tx.query('INSERT INTO submission_revisions (instance_id, revision, sha256, body) VALUES ($1, 1, $2, $3::jsonb)', [instanceId, hash, bodyJson]);
    await recordUploadCheck(tx, instanceId, check);
    // One case, one interview (unless its assignment allows more): a further one is kept, flagged.
    if (body.caseId !== undefined) await flagCaseInterviews(tx, body.questionnaireId, body.caseId);
    return { status: 201, receipt: toReceipt(inserted[0]) };
  }
  const [stored] = await tx.query<SubmissionRow & Record<string, unknown>>(`SELECT ${COLUMNS} FROM submissions WHERE instance_id = $1 FOR UPDATE`, [instanceId]);
  if (stored.interviewer !== caller.username) {
    throw new HttpProblem('forbidden', `instance ${instanceId} belongs to another interviewer`);
  }
  if (stored.sha256 === hash) return { status: 200, receipt: toReceipt(stored) };
  if (stored.review_state !== 'rejected') {
    throw new HttpProblem('submission-conflict', `instance ${instanceId}: stored sha256 ${stored.sha256}, received ${hash}`, {
      instanceId,
      storedSha256: stored.sha256,
      receivedSha256: hash,
    });
  }
  const revision = stored.revision + 1;
  const [updated] = await tx.query<SubmissionRow & Record<string, unknown>>(
    `UPDATE submissions SET questionnaire_id = $2, version = $3, case_id = $4, disposition = $5, started_at = $6, ended_at = $7,
       sha256 = $8, revision = $9, review_state = 'received', review_comment = NULL, reviewed_by = NULL, reviewed_at = NULL, updated_at = now()
     WHERE instance_id = $1 RETURNING ${COLUMNS}`,
    [instanceId, ...fields, revision],
  );
  await tx.query('INSERT INTO submission_revisions (instance_id, revision, sha256, body) VALUES ($1, $2, $3, $4::jsonb)', [instanceId, revision, hash, bodyJson]);
  await recordUploadCheck(tx, instanceId, check);
  for (const caseId of new Set([stored.case_id, body.caseId].filter((c): c is string => typeof c === 'string'))) {
    await flagCaseInterviews(tx, body.questionnaireId, caseId);
  }
  return { status: 201, receipt: toReceipt(updated) };
}

/** `flag`: only interviews carrying that flag; `flagged`: only those carrying any. */
export async function listSubmissions(
  db: Queryable,
  filter: { questionnaireId?: string; interviewer?: string; instanceId?: string; flag?: SubmissionFlag; flagged?: boolean },
): Promise<SubmissionSummary[]> {
  const rows = await db.query<SubmissionRow & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM submissions
     WHERE ($1::text IS NULL OR questionnaire_id = $1) AND ($2::text IS NULL OR interviewer = $2)
       AND ($3::text IS NULL OR instance_id = $3) AND ($4::text IS NULL OR $4 = ANY(flags))
       AND (NOT $5::boolean OR cardinality(flags) > 0)
     ORDER BY received_at, instance_id`,
    [filter.questionnaireId ?? null, filter.interviewer ?? null, filter.instanceId ?? null, filter.flag ?? null, filter.flagged ?? false],
  );
  return rows.map(toSummary);
}

/**
 * A manager's decision on the revision they saw (`seen`; the current one when not given); every
 * decision is kept in submission_reviews. The revision is checked in the same UPDATE, so a new
 * revision arriving between the reviewer's reading and the decision is a 409, never approved unread.
 */
export async function reviewSubmission(
  tx: Queryable,
  instanceId: string,
  decision: 'approve' | 'reject',
  comment: string,
  reviewer: string,
  seen?: number,
): Promise<SubmissionSummary> {
  const state: ReviewState = decision === 'approve' ? 'approved' : 'rejected';
  const [row] = await tx.query<SubmissionRow & Record<string, unknown>>(
    `UPDATE submissions SET review_state = $2, review_comment = $3, reviewed_by = $4, reviewed_at = now(), updated_at = now()
     WHERE instance_id = $1 AND ($5::int IS NULL OR revision = $5) RETURNING ${COLUMNS}`,
    [instanceId, state, comment, reviewer, seen ?? null],
  );
  if (!row) {
    const [current] = await tx.query<{ revision: number }>('SELECT revision FROM submissions WHERE instance_id = $1', [instanceId]);
    if (!current) throw new HttpProblem('not-found', `no submission with instance id ${instanceId}`);
    throw new HttpProblem('review-stale', `revision ${seen} was reviewed but revision ${current.revision} has arrived since: open the interview again`);
  }
  await tx.query('INSERT INTO submission_reviews (instance_id, revision, decision, comment, reviewer) VALUES ($1, $2, $3, $4, $5)', [
    instanceId,
    row.revision,
    decision,
    comment,
    reviewer,
  ]);
  return toSummary(row);
}

/** Earlier revisions and decisions of one interview, oldest first. */
export async function submissionHistory(db: Queryable, instanceId: string): Promise<{ revisions: { revision: number; sha256: string; receivedAt: string }[]; reviews: { revision: number; decision: string; comment: string; reviewer: string; reviewedAt: string }[] }> {
  const revisions = await db.query<{ revision: number; sha256: string; received_at: Date }>(
    'SELECT revision, sha256, received_at FROM submission_revisions WHERE instance_id = $1 ORDER BY revision',
    [instanceId],
  );
  const reviews = await db.query<{ revision: number; decision: string; comment: string; reviewer: string; reviewed_at: Date }>(
    'SELECT revision, decision, comment, reviewer, reviewed_at FROM submission_reviews WHERE instance_id = $1 ORDER BY id',
    [instanceId],
  );
  return {
    revisions: revisions.map((r) => ({ revision: r.revision, sha256: r.sha256, receivedAt: new Date(r.received_at).toISOString() })),
    reviews: reviews.map((r) => ({ revision: r.revision, decision: r.decision, comment: r.comment, reviewer: r.reviewer, reviewedAt: new Date(r.reviewed_at).toISOString() })),
  };
}

/** The request body stored for one revision (as the device sent it). */
export async function submissionContent(db: Queryable, instanceId: string, revision: number): Promise<Record<string, unknown>> {
  const [row] = await db.query<{ body: Record<string, unknown> | string }>(
    'SELECT body FROM submission_revisions WHERE instance_id = $1 AND revision = $2',
    [instanceId, revision],
  );
  if (!row) throw new HttpProblem('not-found', `no revision ${revision} of ${instanceId}`);
  return typeof row.body === 'string' ? (JSON.parse(row.body) as Record<string, unknown>) : row.body;
}
