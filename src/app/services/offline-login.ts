/**
 * Offline log-in for the last interviewer of a tablet, as the field apps interviewers know allow
 * (ODK Collect keeps no log-in at all; Survey Solutions' Interviewer lets the last user back in
 * with the last password). After each online log-in the device keeps a verifier of the password,
 * PBKDF2-HMAC-SHA-256 with a random 16-byte salt and 600,000 iterations (OWASP's 2023 figure for
 * that hash), never the password. An offline log-in is accepted for the same user name only, for
 * `VALID_DAYS` after the online log-in that made the verifier, and only until `MAX_FAILURES`
 * wrong passwords in a row; the session it makes holds no token, so nothing is uploaded until
 * the interviewer logs in online again.
 */
import type { OfflineVerifier, StoredSession } from '../../store';
import type { Role } from '../../protocol';

export const VALID_DAYS = 14;
export const MAX_FAILURES = 5;
const ITERATIONS = 600_000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256));
}

/** Equal-length comparison that does not stop at the first difference. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export async function makeVerifier(username: string, role: Role, password: string, now = Date.now(), iterations = ITERATIONS): Promise<OfflineVerifier> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, iterations);
  return { username, role, salt: toBase64(salt), iterations, hash: toBase64(hash), savedAt: new Date(now).toISOString(), validDays: VALID_DAYS, failures: 0 };
}

export type OfflineLoginResult =
  | { kind: 'ok'; session: StoredSession; verifier: OfflineVerifier }
  | { kind: 'refused'; reason: 'no-verifier' | 'other-user' | 'too-old' | 'too-many-failures' }
  | { kind: 'wrong-password'; verifier: OfflineVerifier; left: number };

/** Checks an offline log-in against the stored verifier; the caller stores what comes back. */
export async function offlineLogin(verifier: OfflineVerifier | undefined, username: string, password: string, now = Date.now()): Promise<OfflineLoginResult> {
  if (!verifier) return { kind: 'refused', reason: 'no-verifier' };
  if (verifier.username !== username) return { kind: 'refused', reason: 'other-user' };
  if (now - Date.parse(verifier.savedAt) > verifier.validDays * 86_400_000) return { kind: 'refused', reason: 'too-old' };
  if (verifier.failures >= MAX_FAILURES) return { kind: 'refused', reason: 'too-many-failures' };
  const hash = await derive(password, fromBase64(verifier.salt), verifier.iterations);
  if (!sameBytes(hash, fromBase64(verifier.hash))) {
    const failures = verifier.failures + 1;
    return { kind: 'wrong-password', verifier: { ...verifier, failures }, left: MAX_FAILURES - failures };
  }
  const expiresAt = new Date(Date.parse(verifier.savedAt) + verifier.validDays * 86_400_000).toISOString();
  return {
    kind: 'ok',
    session: { token: '', role: verifier.role, username, expiresAt, expired: true, offline: true },
    verifier: { ...verifier, failures: 0 },
  };
}
