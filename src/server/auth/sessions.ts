import type { Role, Session } from '../../protocol';
import type { Queryable } from '../db';
import { hashToken, newToken } from './tokens';

/** Long enough that an interviewer stays logged in through weeks of offline field work. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export interface Principal {
  username: string;
  role: Role;
}

export async function createSession(db: Queryable, principal: Principal, now = new Date()): Promise<Session> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.query('INSERT INTO sessions (token_hash, username, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    hashToken(token),
    principal.username,
    now.toISOString(),
    expiresAt.toISOString(),
  ]);
  return { token, role: principal.role, username: principal.username, expiresAt: expiresAt.toISOString() };
}

/** The account behind a live (unexpired, unrevoked) token, or undefined. */
export async function resolveSession(db: Queryable, token: string): Promise<Principal | undefined> {
  const [row] = await db.query<{ username: string; role: Role }>(
    `SELECT a.username, a.role FROM sessions s JOIN accounts a ON a.username = s.username
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [hashToken(token)],
  );
  return row && { username: row.username, role: row.role };
}

export async function revokeSession(db: Queryable, token: string): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL', [hashToken(token)]);
}
