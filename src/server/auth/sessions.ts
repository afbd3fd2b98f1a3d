import type { Role, Session } from '../../protocol';
import type { Queryable } from '../db';
import { hashToken, newToken } from './tokens';

/** Long enough that an interviewer stays logged in through weeks of offline field work. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export interface Principal {
  username: string;
  role: Role;
}

/** Where a session was opened (shown to its owner in the list of sessions). */
export interface SessionOrigin {
  address?: string;
  userAgent?: string;
}

/** A session as its owner (or an admin) sees it: never the token, an id derived from its hash. */
export interface SessionInfo {
  id: string;
  username: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  address: string | null;
  userAgent: string | null;
  current: boolean;
}

/** The public id of a session: the first 16 hex digits of its token's SHA-256 (the hash is stored, the token never). */
export function sessionId(token: string): string {
  return hashToken(token).slice(0, 16);
}

export async function createSession(db: Queryable, principal: Principal, now = new Date(), origin: SessionOrigin = {}): Promise<Session> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.query('INSERT INTO sessions (token_hash, username, created_at, expires_at, address, user_agent) VALUES ($1, $2, $3, $4, $5, $6)', [
    hashToken(token),
    principal.username,
    now.toISOString(),
    expiresAt.toISOString(),
    origin.address ?? null,
    origin.userAgent?.slice(0, 300) ?? null,
  ]);
  return { token, role: principal.role, username: principal.username, expiresAt: expiresAt.toISOString() };
}

/** The account behind a live (unexpired, unrevoked) token, or undefined. Notes the use, at most every five minutes. */
export async function resolveSession(db: Queryable, token: string): Promise<Principal | undefined> {
  const [row] = await db.query<{ username: string; role: Role; stale: boolean }>(
    `SELECT a.username, a.role, (s.last_used_at IS NULL OR s.last_used_at < now() - interval '5 minutes') AS stale
     FROM sessions s JOIN accounts a ON a.username = s.username
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND a.disabled_at IS NULL`,
    [hashToken(token)],
  );
  if (row?.stale) await db.query('UPDATE sessions SET last_used_at = now() WHERE token_hash = $1', [hashToken(token)]);
  return row && { username: row.username, role: row.role };
}

export async function revokeSession(db: Queryable, token: string): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL', [hashToken(token)]);
}

/** The live sessions of `username` (all users' when undefined), newest first. */
export async function listSessions(db: Queryable, username: string | undefined, currentToken?: string): Promise<SessionInfo[]> {
  const rows = await db.query<{ token_hash: string; username: string; created_at: Date; expires_at: Date; last_used_at: Date | null; address: string | null; user_agent: string | null }>(
    `SELECT token_hash, username, created_at, expires_at, last_used_at, address, user_agent FROM sessions
     WHERE revoked_at IS NULL AND expires_at > now() AND ($1::text IS NULL OR username = $1)
     ORDER BY created_at DESC, token_hash`,
    [username ?? null],
  );
  const current = currentToken === undefined ? undefined : hashToken(currentToken);
  const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());
  return rows.map((r) => ({
    id: r.token_hash.slice(0, 16),
    username: r.username,
    createdAt: new Date(r.created_at).toISOString(),
    expiresAt: new Date(r.expires_at).toISOString(),
    lastUsedAt: iso(r.last_used_at),
    address: r.address,
    userAgent: r.user_agent,
    current: r.token_hash === current,
  }));
}

/** Ends every live session of `username` (a new password, a disabled account, a reset second factor); returns how many. */
export async function revokeSessionsOf(db: Queryable, username: string): Promise<number> {
  const rows = await db.query('UPDATE sessions SET revoked_at = now() WHERE username = $1 AND revoked_at IS NULL RETURNING token_hash', [username]);
  return rows.length;
}

/** Revokes the live session with this public id (of `username` only, unless undefined); its owner, or undefined when none matched. */
export async function revokeSessionById(db: Queryable, id: string, username: string | undefined): Promise<string | undefined> {
  if (!/^[0-9a-f]{16}$/.test(id)) return undefined;
  const [row] = await db.query<{ username: string }>(
    `UPDATE sessions SET revoked_at = now()
     WHERE left(token_hash, 16) = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR username = $2)
     RETURNING username`,
    [id, username ?? null],
  );
  return row?.username;
}
