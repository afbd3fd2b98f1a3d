// The audit log (issue 13 item 8): who did what, to what, when, from where. Append-only in the
// database (a trigger refuses UPDATE, DELETE and TRUNCATE; migration 004). Never an answer, a
// password or a token in `detail`: names, ids, counts and formats only.
import type { Queryable } from '../db';

/** Every action the log records, in one list (the admin screen filters by these). */
export const auditActions = [
  'login', 'login-failed', 'login-throttled', 'logout', 'session-revoked',
  'totp-enrolment-started', 'totp-enrolled', 'two-factor-reset', 'recovery-code-used', 'recovery-codes-renewed', 'recovery-codes-refused',
  'account-created', 'password-changed', 'role-changed', 'account-disabled', 'account-enabled',
  'questionnaire-published', 'questionnaire-retired',
  'assignment-created', 'assignment-changed', 'assignment-deleted',
  'submission-reviewed',
  'microdata-exported', 'submission-read', 'submission-content-read',
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEntry {
  /** The account that acted; null for an anonymous attempt; `cli` for the command line. */
  actor: string | null;
  action: AuditAction;
  /** What was acted on: an account, a questionnaire `id@version`, an instance id, an export file. */
  target?: string | null;
  address?: string | null;
  detail?: Record<string, string | number | boolean | null>;
}

export interface AuditRecord extends Required<Omit<AuditEntry, 'detail'>> {
  id: string;
  at: string;
  detail: Record<string, unknown>;
}

export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query('INSERT INTO audit_log (actor, action, target, address, detail) VALUES ($1, $2, $3, $4, $5::jsonb)', [
    entry.actor, entry.action, entry.target ?? null, entry.address ?? null, JSON.stringify(entry.detail ?? {}),
  ]);
}

export interface AuditFilter {
  actor?: string;
  action?: AuditAction;
  target?: string;
  /** ISO times, inclusive from, exclusive to. */
  from?: string;
  to?: string;
  /** Entries with an id below this (the next page of a newest-first listing). */
  before?: string;
  limit: number;
}

/**
 * Entries matching the filter, newest first. Ordered by the table's bigint id (a bare `id` would
 * name the text column of the select list: "9" after "10").
 */
export async function listAudit(db: Queryable, filter: AuditFilter): Promise<AuditRecord[]> {
  const rows = await db.query<{ id: string; at: Date; actor: string | null; action: AuditAction; target: string | null; address: string | null; detail: Record<string, unknown> }>(
    `SELECT id::text AS id, at, actor, action, target, address, detail FROM audit_log
     WHERE ($1::text IS NULL OR actor = $1) AND ($2::text IS NULL OR action = $2) AND ($3::text IS NULL OR target = $3)
       AND ($4::timestamptz IS NULL OR at >= $4) AND ($5::timestamptz IS NULL OR at < $5) AND ($6::bigint IS NULL OR id < $6)
     ORDER BY audit_log.id DESC LIMIT $7`,
    [filter.actor ?? null, filter.action ?? null, filter.target ?? null, filter.from ?? null, filter.to ?? null, filter.before ?? null, filter.limit],
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}
