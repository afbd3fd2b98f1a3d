import { USERNAME_PATTERN, type AccountView, type Role } from '../../protocol';
import type { Queryable } from '../db';
import { passwordProblem } from '../auth/password-policy';
import { hashPassword, randomPassword } from '../auth/passwords';
import { SecretBox } from '../auth/secret-box';
import { revokeSessionsOf } from '../auth/sessions';

export interface Account {
  username: string;
  role: Role;
  passwordHash: string;
  /** The TOTP secret once enrolment is confirmed, as stored (sealed: auth/secret-box.ts); then every log-in needs a code. */
  totpSecret: string | null;
  totpLastStep: number | null;
  /** When an admin disabled the account (it cannot log in), or null. */
  disabledAt: string | null;
}

export const usernamePattern = USERNAME_PATTERN;
export { MIN_PASSWORD_LENGTH } from '../auth/password-policy';

/** A password the policy refuses (too short, common, containing the user name…). */
export class WeakPasswordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WeakPasswordError';
  }
}

function checkPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem !== undefined) throw new WeakPasswordError(problem);
}

export class AccountExistsError extends Error {
  constructor(readonly username: string) {
    super(`an account named ${username} already exists`);
    this.name = 'AccountExistsError';
  }
}

export async function findAccount(db: Queryable, username: string): Promise<Account | undefined> {
  const [row] = await db.query<{ username: string; role: Role; password_hash: string; totp_secret: string | null; totp_last_step: string | null; disabled_at: Date | null }>(
    'SELECT username, role, password_hash, totp_secret, totp_last_step::text AS totp_last_step, disabled_at FROM accounts WHERE username = $1',
    [username],
  );
  return row && {
    username: row.username, role: row.role, passwordHash: row.password_hash,
    totpSecret: row.totp_secret, totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
    disabledAt: row.disabled_at === null ? null : new Date(row.disabled_at).toISOString(),
  };
}

/** Seals every TOTP secret (enrolled or pending) still stored in clear; returns how many. */
export async function sealTotpSecrets(db: Queryable, secrets: SecretBox): Promise<number> {
  const rows = await db.query<{ username: string; totp_secret: string | null; totp_pending_secret: string | null }>(
    "SELECT username, totp_secret, totp_pending_secret FROM accounts WHERE totp_secret NOT LIKE 'v1.%' OR totp_pending_secret NOT LIKE 'v1.%'",
  );
  const seal = (value: string | null, owner: string) => (value === null || SecretBox.isSealed(value) ? value : secrets.seal(value, owner));
  for (const r of rows) {
    await db.query('UPDATE accounts SET totp_secret = $2, totp_pending_secret = $3 WHERE username = $1', [r.username, seal(r.totp_secret, r.username), seal(r.totp_pending_secret, r.username)]);
  }
  return rows.length;
}

/** A user name outside usernamePattern. */
export class InvalidUsernameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidUsernameError';
  }
}

export async function createAccount(db: Queryable, username: string, role: Role, password: string): Promise<void> {
  if (!usernamePattern.test(username)) {
    throw new InvalidUsernameError(`invalid user name ${JSON.stringify(username)}: use letters, digits and . _ @ - (at most 100)`);
  }
  checkPassword(password, username);
  const hash = await hashPassword(password);
  const rows = await db.query(
    'INSERT INTO accounts (username, role, password_hash) VALUES ($1, $2, $3) ON CONFLICT (username) DO NOTHING RETURNING username',
    [username, role, hash],
  );
  if (rows.length === 0) throw new AccountExistsError(username);
}

export class AccountMissingError extends Error {
  constructor(readonly username: string) {
    super(`there is no account named ${username}`);
    this.name = 'AccountMissingError';
  }
}

/** Sets a new password and revokes the account's sessions (a lost tablet stops working). */
export async function setPassword(db: Queryable, username: string, password: string): Promise<void> {
  checkPassword(password, username);
  const hash = await hashPassword(password);
  const rows = await db.query('UPDATE accounts SET password_hash = $2 WHERE username = $1 RETURNING username', [username, hash]);
  if (rows.length === 0) throw new AccountMissingError(username);
  await revokeSessionsOf(db, username);
}

export async function listAccounts(db: Queryable): Promise<{ username: string; role: Role; createdAt: string }[]> {
  const rows = await db.query<{ username: string; role: Role; created_at: Date }>('SELECT username, role, created_at FROM accounts ORDER BY username');
  return rows.map((r) => ({ username: r.username, role: r.role, createdAt: new Date(r.created_at).toISOString() }));
}

interface AccountViewRow {
  username: string;
  role: Role;
  created_at: Date;
  disabled_at: Date | null;
  two_factor: boolean;
  last_login_at: Date | null;
}

const iso = (d: Date | null): string | null => (d === null ? null : new Date(d).toISOString());

/** Every account with what an admin needs to manage it (never the hash or the TOTP secret), by name; or the one named. */
export async function accountViews(db: Queryable, username?: string): Promise<AccountView[]> {
  const rows = await db.query<AccountViewRow & Record<string, unknown>>(
    `SELECT a.username, a.role, a.created_at, a.disabled_at, a.totp_secret IS NOT NULL AS two_factor,
       (SELECT max(l.at) FROM audit_log l WHERE l.actor = a.username AND l.action = 'login') AS last_login_at
     FROM accounts a WHERE $1::text IS NULL OR a.username = $1 ORDER BY a.username`,
    [username ?? null],
  );
  return rows.map((r) => ({
    username: r.username, role: r.role, createdAt: iso(r.created_at) as string, disabledAt: iso(r.disabled_at),
    twoFactor: r.two_factor, lastLoginAt: iso(r.last_login_at),
  }));
}

/** Changes an account's role; returns the role it had. */
export async function setRole(db: Queryable, username: string, role: Role): Promise<Role> {
  const [row] = await db.query<{ previous: Role }>(
    'UPDATE accounts a SET role = $2 FROM (SELECT role AS previous FROM accounts WHERE username = $1 FOR UPDATE) p WHERE a.username = $1 RETURNING p.previous',
    [username, role],
  );
  if (!row) throw new AccountMissingError(username);
  return row.previous;
}

/**
 * Disables (or enables) an account. Disabling ends its live sessions at once, so a tablet that
 * was handed back or lost stops syncing; nothing of what it collected is touched.
 * Returns whether anything changed.
 */
export async function setDisabled(db: Queryable, username: string, disabled: boolean): Promise<boolean> {
  const [current] = await db.query<{ disabled: boolean }>('SELECT disabled_at IS NOT NULL AS disabled FROM accounts WHERE username = $1 FOR UPDATE', [username]);
  if (!current) throw new AccountMissingError(username);
  if (current.disabled === disabled) return false;
  await db.query(`UPDATE accounts SET disabled_at = ${disabled ? 'now()' : 'NULL'} WHERE username = $1`, [username]);
  if (disabled) await revokeSessionsOf(db, username);
  return true;
}

/** What an admin's reset of an account's second factor found and did (the audit's detail). */
export interface TwoFactorReset {
  /** A confirmed second factor was removed. */
  enrolled: boolean;
  /** An enrolment begun and not confirmed was dropped. */
  pending: boolean;
  sessionsEnded: number;
  /** Unused recovery codes deleted with the second factor they backed up. */
  recoveryCodesDiscarded: number;
}

/**
 * Removes an account's second factor (the enrolled and any pending secret, and the last step used),
 * for a manager who lost the phone: the next log-in needs the password only, and the user may enrol
 * again. Every live session of the account ends, as after a new password: whoever holds one of them
 * (the thief of the phone, if the laptop went with it) must log in again.
 */
export async function resetTwoFactor(db: Queryable, username: string): Promise<TwoFactorReset> {
  const [current] = await db.query<{ enrolled: boolean; pending: boolean }>(
    'SELECT totp_secret IS NOT NULL AS enrolled, totp_pending_secret IS NOT NULL AS pending FROM accounts WHERE username = $1 FOR UPDATE',
    [username],
  );
  if (!current) throw new AccountMissingError(username);
  await db.query('UPDATE accounts SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = NULL WHERE username = $1', [username]);
  const recoveryCodesDiscarded = await deleteRecoveryCodes(db, username);
  const sessionsEnded = await revokeSessionsOf(db, username);
  return { enrolled: current.enrolled, pending: current.pending, sessionsEnded, recoveryCodesDiscarded };
}

/**
 * The account's recovery codes from now on, as digests (auth/recovery-codes.ts): those of an
 * earlier enrolment are deleted, so a printout of old codes no longer logs in.
 */
export async function replaceRecoveryCodes(db: Queryable, username: string, digests: readonly string[]): Promise<void> {
  await deleteRecoveryCodes(db, username);
  for (const digest of digests) await db.query('INSERT INTO recovery_codes (username, code_digest) VALUES ($1, $2)', [username, digest]);
}

/** Deletes all of the account's recovery codes; returns how many there were. */
async function deleteRecoveryCodes(db: Queryable, username: string): Promise<number> {
  return (await db.query('DELETE FROM recovery_codes WHERE username = $1 RETURNING code_digest', [username])).length;
}

/**
 * Uses up one recovery code: deletes it and returns how many the account has left, or undefined
 * when it has no such code (wrong, or used already). One statement finds and deletes it, so of
 * two log-ins racing with the same code exactly one gets the row: on PostgreSQL the second DELETE
 * waits for the first's row lock, then finds the row gone.
 */
export async function consumeRecoveryCode(db: Queryable, username: string, digest: string): Promise<number | undefined> {
  const used = await db.query('DELETE FROM recovery_codes WHERE username = $1 AND code_digest = $2 RETURNING code_digest', [username, digest]);
  if (used.length === 0) return undefined;
  return countRecoveryCodes(db, username);
}

/**
 * Uses up the authenticator's time step `step` for the account: true when it was not used yet (no
 * step, or an earlier one, recorded). The check and the write are one statement, so of two
 * requests racing with the same code exactly one gets it (RFC 6238 §5.2: a code is accepted once).
 */
export async function claimTotpStep(db: Queryable, username: string, step: number): Promise<boolean> {
  const claimed = await db.query('UPDATE accounts SET totp_last_step = $2 WHERE username = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING 1', [username, step]);
  return claimed.length > 0;
}

/** How many recovery codes the account has left (My account warns when few are). */
export async function countRecoveryCodes(db: Queryable, username: string): Promise<number> {
  const [left] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM recovery_codes WHERE username = $1', [username]);
  return left.n;
}

export async function countAccounts(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts');
  return row.n;
}

export const demoRoles: readonly Role[] = ['admin', 'manager', 'interviewer', 'analyst'];

/**
 * On an empty accounts table, creates one account per role (named like the role) with a
 * random password and returns the credentials — the only time they are ever visible.
 * Returns [] when any account exists.
 */
export async function createDemoAccounts(db: Queryable): Promise<{ username: string; role: Role; password: string }[]> {
  // Several servers starting at once on one PostgreSQL: the first to take this lock creates the
  // accounts; the others wait for its commit and then count them (must run in a transaction).
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['jha-survey:demo-accounts']);
  if ((await countAccounts(db)) > 0) return [];
  const created: { username: string; role: Role; password: string }[] = [];
  for (const role of demoRoles) {
    const password = randomPassword();
    await createAccount(db, role, role, password);
    created.push({ username: role, role, password });
  }
  return created;
}

export function formatDemoAccounts(accounts: { username: string; role: Role; password: string }[]): string {
  const width = Math.max(...accounts.map((a) => a.username.length));
  const line = '='.repeat(64);
  return [
    line,
    ' Demo accounts created (the passwords are shown ONLY this once):',
    '',
    ...accounts.map((a) => `   ${a.username.padEnd(width)}  ${a.password}   (${a.role})`),
    '',
    ' Change them or add real accounts with `jha-survey users add NAME --role ROLE`.',
    line,
  ].join('\n');
}
