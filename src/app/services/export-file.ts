// Backup files of the interviews on a tablet (issue 17 item 7). A backup leaves the device (a USB
// stick, a laptop) and holds household members' names, so it is encrypted with a passphrase the
// interviewer types (src/crypto/passphrase.ts), and it can be restored in the app: the
// interviews come back as they were, without ever overwriting a newer copy on the device.
//
// File format `jha-survey-backup/1` (JSON):
//   { format, createdAt, box: PassphraseBox }                            — the outer file
//   box opens to { format, createdAt, owner, interviews: BackupInterview[] } — canonical JSON
// The outer `format` and `createdAt` are repeated inside the ciphertext, so changing them in the
// file is detected as tampering.
import { z } from 'zod';
import { EnvelopeError, openWithPassphrase, PassphraseBoxSchema, sealWithPassphrase } from '../../crypto';
import {
  canonicalJson, DispositionSchema, LocaleSchema, ParadataSchema, QuestionnaireIdSchema, SubmissionReceiptSchema, VersionSchema,
} from '../../protocol';
import { discardReasons, interviewStates, type InterviewRecord, type LocalStore } from '../../store';

export const BACKUP_FORMAT = 'jha-survey-backup/1' as const;
/** What the file is called; `.jhabackup` so nobody opens it expecting readable JSON. */
export const BACKUP_EXTENSION = '.jhabackup';

const isoTime = z.iso.datetime({ offset: true });

/** One interview as kept in a backup: the device record without the last refusal's details. */
const BackupInterviewSchema = z.strictObject({
  instanceId: z.string().min(1).max(100),
  questionnaireId: QuestionnaireIdSchema,
  version: VersionSchema,
  owner: z.string().min(1).max(200),
  caseId: z.string().max(100).optional(),
  state: z.enum(interviewStates),
  data: z.record(z.string(), z.unknown()),
  pageNo: z.number().int().nonnegative(),
  locale: LocaleSchema,
  paradata: ParadataSchema,
  disposition: DispositionSchema.optional(),
  lockedPages: z.array(z.string()),
  createdAt: isoTime,
  updatedAt: isoTime,
  uploadedAt: isoTime.optional(),
  receipt: SubmissionReceiptSchema.optional(),
  review: z.strictObject({
    state: z.enum(['approved', 'rejected']),
    comment: z.string(),
    reviewer: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    sha256: z.string(),
    revision: z.number().int().positive(),
  }).optional(),
  discard: z.strictObject({ at: isoTime, reason: z.enum(discardReasons), note: z.string().max(2000) }).optional(),
  /** An encrypted questionnaire's interview: sealed again with the restoring device's key. */
  encrypted: z.literal(true).optional(),
});
export type BackupInterview = z.infer<typeof BackupInterviewSchema>;

const BackupContentSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  createdAt: isoTime,
  owner: z.string().min(1).max(200),
  interviews: z.array(BackupInterviewSchema),
});

export const BackupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  createdAt: isoTime,
  box: PassphraseBoxSchema,
});

/**
 * Why a backup cannot be restored, a stable code the screen translates:
 * `not-a-backup` (not JSON, or not this format), `wrong-passphrase` (wrong passphrase or an
 * altered file: encryption cannot tell them apart), `damaged` (opened, but the content is not
 * what this app writes).
 */
export type BackupErrorCode = 'not-a-backup' | 'wrong-passphrase' | 'damaged';
export class BackupError extends Error {
  constructor(readonly code: BackupErrorCode, message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

function toBackup(r: InterviewRecord): BackupInterview {
  return {
    instanceId: r.instanceId, questionnaireId: r.questionnaireId, version: r.version, owner: r.owner,
    ...(r.caseId === undefined ? {} : { caseId: r.caseId }),
    state: r.state, data: r.data, pageNo: r.pageNo, locale: r.locale, paradata: r.paradata,
    ...(r.disposition === undefined ? {} : { disposition: r.disposition }),
    lockedPages: r.lockedPages, createdAt: r.createdAt, updatedAt: r.updatedAt,
    ...(r.sync.uploadedAt === undefined ? {} : { uploadedAt: r.sync.uploadedAt }),
    ...(r.sync.receipt === undefined ? {} : { receipt: r.sync.receipt }),
    ...(r.review === undefined ? {} : { review: r.review }),
    ...(r.discard === undefined ? {} : { discard: r.discard }),
    ...(r.encrypted ? { encrypted: true as const } : {}),
  };
}

/**
 * Encrypts the interviews of `owner` into a backup file's text. `records` must carry their
 * answers: an encrypted questionnaire's interview as LocalStore.getInterviewWithAnswers gives it
 * (the device key that seals it at rest does not leave the device; the passphrase protects the
 * answers in the file instead).
 */
export async function backupFile(owner: string, records: readonly InterviewRecord[], passphrase: string, now = new Date()): Promise<string> {
  if (records.some((r) => r.sealed)) throw new Error('an encrypted interview must be backed up with its answers opened');
  const createdAt = now.toISOString();
  const content = { format: BACKUP_FORMAT, createdAt, owner, interviews: records.map(toBackup) };
  const box = await sealWithPassphrase(passphrase, new TextEncoder().encode(canonicalJson(content)));
  return JSON.stringify({ format: BACKUP_FORMAT, createdAt, box }, null, 1);
}

export interface OpenedBackup {
  createdAt: string;
  owner: string;
  interviews: BackupInterview[];
}

/** The backup of some of the device's interviews (by id), answers opened, for `owner`. */
export async function backupInterviews(store: LocalStore, owner: string, instanceIds: readonly string[], passphrase: string): Promise<string> {
  const records: InterviewRecord[] = [];
  for (const id of instanceIds) {
    const r = await store.getInterviewWithAnswers(id);
    if (r) records.push(r);
  }
  return backupFile(owner, records, passphrase);
}

/** Opens a backup file's text; every failure is a BackupError with a stable code. */
export async function openBackupFile(text: string, passphrase: string): Promise<OpenedBackup> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError('not-a-backup', 'the file is not JSON');
  }
  const file = BackupFileSchema.safeParse(json);
  if (!file.success) throw new BackupError('not-a-backup', `the file is not a ${BACKUP_FORMAT} file`);
  let bytes: Uint8Array;
  try {
    bytes = await openWithPassphrase(passphrase, file.data.box);
  } catch (e) {
    if (e instanceof EnvelopeError && e.code === 'decryption-failed') throw new BackupError('wrong-passphrase', e.message);
    if (e instanceof EnvelopeError) throw new BackupError('not-a-backup', e.message);
    throw e;
  }
  let inner: unknown;
  try {
    inner = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BackupError('damaged', 'the opened backup does not hold UTF-8 JSON');
  }
  const content = BackupContentSchema.safeParse(inner);
  if (!content.success) throw new BackupError('damaged', `the opened backup is not ${BACKUP_FORMAT} content`);
  if (content.data.createdAt !== file.data.createdAt) throw new BackupError('wrong-passphrase', 'the file header was altered');
  const ids = new Set<string>();
  for (const r of content.data.interviews) {
    if (ids.has(r.instanceId)) throw new BackupError('damaged', `interview ${r.instanceId} is twice in the backup`);
    ids.add(r.instanceId);
  }
  return { createdAt: content.data.createdAt, owner: content.data.owner, interviews: content.data.interviews };
}

/**
 * The content of an interview, for duplicate detection: SHA-256 (hex) of the canonical JSON of
 * what the interviewer made — not of where it is in its life on the device (state, sync
 * bookkeeping, save times), so the same interview backed up twice, or uploaded since, is recognised.
 */
export async function contentHash(r: Pick<InterviewRecord, 'instanceId' | 'questionnaireId' | 'version' | 'caseId' | 'data' | 'paradata' | 'disposition' | 'lockedPages'>): Promise<string> {
  const content = {
    instanceId: r.instanceId, questionnaireId: r.questionnaireId, version: r.version, caseId: r.caseId,
    data: r.data, paradata: r.paradata, disposition: r.disposition, lockedPages: r.lockedPages,
  };
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(content)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What restoring one interview does:
 * `added` — not on the device; `replaced` — the device's copy is an older draft of it;
 * `duplicate` — the device has the same content; `kept-local` — the device's copy is newer, or
 * already in the outbox or at the server (a backup never takes an interview back from there);
 * `other-owner` — made by another interviewer (it would upload under the wrong name).
 */
export type RestoreOutcome = 'added' | 'replaced' | 'duplicate' | 'kept-local' | 'other-owner';

export function restoreDecision(
  user: string,
  incoming: Pick<BackupInterview, 'owner' | 'updatedAt'>,
  local: Pick<InterviewRecord, 'state' | 'updatedAt'> | undefined,
  sameContent: boolean,
): RestoreOutcome {
  if (incoming.owner !== user) return 'other-owner';
  if (!local) return 'added';
  if (sameContent) return 'duplicate';
  if (local.state !== 'draft' && local.state !== 'finalized') return 'kept-local';
  return Date.parse(incoming.updatedAt) > Date.parse(local.updatedAt) ? 'replaced' : 'kept-local';
}

/**
 * The device record a backed-up interview becomes. An interview that was waiting for the
 * server (queued, refused or in conflict) goes back to the outbox to get a fresh answer; the
 * rest keep their state, receipt and review.
 */
export function restoredRecord(b: BackupInterview): InterviewRecord {
  const toOutbox = b.state === 'queued' || b.state === 'error' || b.state === 'conflict';
  const { uploadedAt, receipt, ...rest } = b;
  return {
    ...rest,
    state: toOutbox ? 'queued' : b.state,
    sync: {
      attempts: 0,
      nextAttemptAt: 0,
      ...(uploadedAt === undefined || toOutbox ? {} : { uploadedAt }),
      ...(receipt === undefined || toOutbox ? {} : { receipt }),
    },
  };
}

export type RestoreSummary = Record<RestoreOutcome, number>;

/** Restores every interview of an opened backup into the device's store for `user`. */
export async function restoreBackup(store: LocalStore, user: string, backup: OpenedBackup): Promise<RestoreSummary> {
  const summary: RestoreSummary = { added: 0, replaced: 0, duplicate: 0, 'kept-local': 0, 'other-owner': 0 };
  for (const b of backup.interviews) {
    const local = await store.getInterviewWithAnswers(b.instanceId);
    const record = restoredRecord(b);
    const same = local !== undefined && (await contentHash(local)) === (await contentHash(record));
    let outcome = restoreDecision(user, b, local, same);
    if (outcome === 'added' || outcome === 'replaced') {
      // The device's copy may have changed since it was read (the hash is computed outside the
      // transaction): the store writes only if it is still the one the decision was made on.
      const written = await store.putRestoredInterview(record, local?.updatedAt);
      if (!written) outcome = 'kept-local';
    }
    summary[outcome] += 1;
  }
  return summary;
}

/** Saves content as a file through the browser's download (an object URL kept alive for 10 s). */
export function downloadFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `jha-survey-backup-ana-2026-12-02T0830.jhabackup` (the interviewer's name and the local time). */
export function backupFileName(owner: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `jha-survey-backup-${owner.replace(/[^A-Za-z0-9._-]/g, '_')}-${stamp}${BACKUP_EXTENSION}`;
}
