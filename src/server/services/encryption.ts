// Encrypted questionnaires on the server (DESIGN.md §3, docs/security.md "Encryption"): the server
// checks and stores a version's public key, accepts only envelopes for such a version, stores them
// as sent, and hands them out for `jha-survey decrypt`. Features that need the answers refuse with
// `questionnaire-encrypted` — they never compute on the empty `data` of an envelope.
import {
  CLEAR_PARADATA_KEYS, ENVELOPE_EXPORT_FORMAT, type EnvelopeExport, type EnvelopeExportRow, type SubmissionRequest,
} from '../../protocol';
import { EnvelopeError, validatePublicKeyPem } from '../../crypto';
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';
import { casesClosedWithoutInterview } from './cases';

/** A publishable public key (normalised PEM), or `public-key-invalid` saying why not. */
export async function checkedPublicKey(pem: string): Promise<string> {
  try {
    return (await validatePublicKeyPem(pem)).pem;
  } catch (err) {
    if (err instanceof EnvelopeError) throw new HttpProblem('public-key-invalid', err.message);
    throw err;
  }
}

/** The public key of one version (null: not encrypted). */
export async function versionPublicKey(db: Queryable, questionnaireId: string, version: number): Promise<string | null> {
  const [row] = await db.query<{ public_key: string | null }>('SELECT public_key FROM questionnaires WHERE id = $1 AND version = $2', [questionnaireId, version]);
  return row?.public_key ?? null;
}

/** True when any version of the questionnaire is encrypted. */
export async function isEncryptedQuestionnaire(db: Queryable, questionnaireId: string): Promise<boolean> {
  const [row] = await db.query<{ encrypted: boolean }>('SELECT bool_or(public_key IS NOT NULL) AS encrypted FROM questionnaires WHERE id = $1', [questionnaireId]);
  return row?.encrypted === true;
}

/**
 * Refuses the answers of an encrypted questionnaire to a server feature that would read them:
 * `what` names the feature in the message ("the CSV export", "the quality report").
 */
export async function refuseIfEncrypted(db: Queryable, questionnaireId: string, what: string): Promise<void> {
  if (await isEncryptedQuestionnaire(db, questionnaireId)) {
    throw new HttpProblem(
      'questionnaire-encrypted',
      `${questionnaireId} is encrypted — ${what} needs the answers, which only the private key opens: download ${questionnaireId}.envelopes.json and run jha-survey decrypt --key private.pem`,
      { questionnaireId },
    );
  }
}

/**
 * An upload must match its version: an encrypted version takes an envelope with empty `data` and
 * only the clear paradata keys (a device that leaked answers beside the envelope is refused, not
 * stored); a plain version takes no envelope.
 */
export function checkEnvelopeMatchesVersion(body: SubmissionRequest, publicKey: string | null, instanceId: string): void {
  const where = `questionnaire ${body.questionnaireId} version ${body.version}`;
  if (publicKey === null) {
    if (body.envelope !== undefined) throw new HttpProblem('encryption-mismatch', `${where} is not encrypted but interview ${instanceId} came as an envelope`);
    return;
  }
  if (body.envelope === undefined) throw new HttpProblem('encryption-mismatch', `${where} is encrypted: interview ${instanceId} must come as an envelope`);
  if (Object.keys(body.data).length > 0) throw new HttpProblem('encryption-mismatch', `${where} is encrypted: interview ${instanceId} must not carry answers beside its envelope`);
  const extra = Object.keys(body.paradata).filter((k) => !(CLEAR_PARADATA_KEYS as readonly string[]).includes(k));
  if (extra.length > 0) {
    throw new HttpProblem('encryption-mismatch', `${where} is encrypted: paradata ${extra.join(', ')} belong in the envelope (clear: ${CLEAR_PARADATA_KEYS.join(', ')})`);
  }
}

interface EnvelopeRow {
  instance_id: string;
  interviewer: string;
  version: number;
  case_id: string | null;
  disposition: string;
  started_at: string | null;
  ended_at: string | null;
  review_state: string;
  body: Record<string, unknown> | string;
}

/** The envelope export: every version, every interview's latest revision as stored, and closed cases. */
export async function envelopeExport(db: Queryable, questionnaireId: string, now = new Date()): Promise<EnvelopeExport> {
  const versions = await db.query<{ version: number; definition: Record<string, unknown>; public_key: string | null }>(
    'SELECT version, definition, public_key FROM questionnaires WHERE id = $1 ORDER BY version DESC',
    [questionnaireId],
  );
  if (versions.length === 0) throw new HttpProblem('not-found', `questionnaire ${questionnaireId} is not published`);
  const found = await db.query<EnvelopeRow & Record<string, unknown>>(
    `SELECT s.instance_id, s.interviewer, s.version, s.case_id, s.disposition, s.started_at, s.ended_at, s.review_state, r.body
     FROM submissions s JOIN submission_revisions r ON r.instance_id = s.instance_id AND r.revision = s.revision
     WHERE s.questionnaire_id = $1 ORDER BY s.received_at, s.instance_id`,
    [questionnaireId],
  );
  const rows: EnvelopeExportRow[] = found.map((row) => {
    const body = (typeof row.body === 'string' ? JSON.parse(row.body) : row.body) as Pick<SubmissionRequest, 'data' | 'envelope'>;
    return {
      instanceId: row.instance_id, interviewer: row.interviewer, version: row.version, caseId: row.case_id, disposition: row.disposition,
      startedAt: row.started_at, endedAt: row.ended_at, reviewState: row.review_state,
      ...(body.envelope === undefined ? { data: body.data } : { data: null, envelope: body.envelope }),
    };
  });
  // Cases closed without an interview, as the ordinary export has them (microdata.ts).
  for (const c of await casesClosedWithoutInterview(db, questionnaireId)) {
    rows.push({
      instanceId: '', interviewer: c.interviewer, version: versions[0].version, caseId: c.caseId, disposition: c.disposition,
      startedAt: c.firstAttemptAt, endedAt: c.closedAt, reviewState: '', data: null,
    });
  }
  return {
    format: ENVELOPE_EXPORT_FORMAT,
    questionnaireId,
    exportedAt: now.toISOString(),
    versions: versions.map((v) => ({ version: v.version, definition: v.definition, ...(v.public_key === null ? {} : { publicKey: v.public_key }) })),
    rows,
  };
}
