// One-time recovery codes (GitHub, Keycloak, ODK Central offer the same): ten codes shown once when
// two-factor log-in is confirmed, each of which logs in once in place of the authenticator's code —
// for the manager whose phone is lost, broken or left at home.
//
// A code is 8 characters from a 32-letter alphabet without the look-alikes 0/O and 1/I (so 40 bits
// from the crypto RNG, no modulo bias: 32 = 2^5), shown as `XXXX-XXXX`; typed in either case, with
// or without the hyphen.
//
// Stored: only HMAC-SHA-256(key derived from JHA_SECRET_KEY, "username\0CODE") — see
// SecretBox.mac. Why not scrypt as for passwords: a code has 40 random bits, not a human's
// guessable password, and what makes a dump useless is the key kept outside the database (as for
// the TOTP secrets it backs up: whoever has that key has the TOTP secrets anyway). Why no per-code
// salt: a salt defeats precomputed tables of an *unkeyed* hash; with a secret key no table can be
// built, and the user name in the message makes the same code differ between accounts. The digest
// being deterministic lets one indexed `DELETE … RETURNING` find and consume a code atomically
// (no scrypt of ten candidates per attempt, which on a small server would be a CPU lever).
import { randomBytes } from 'node:crypto';
import { RECOVERY_CODE_ALPHABET, RECOVERY_CODE_COUNT } from '../../protocol';
import type { SecretBox } from './secret-box';

/** One new code, `XXXX-XXXX`: each 5 bits of `random(5)` pick one letter of the alphabet. */
export function newRecoveryCode(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(5);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let code = '';
  for (let i = 7; i >= 0; i--) code += RECOVERY_CODE_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** `count` distinct new codes. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT, random: (size: number) => Buffer = randomBytes): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newRecoveryCode(random));
  return [...codes];
}

/** A code as typed (any case, hyphen or not) in its one stored form: 8 upper-case letters and digits. */
export function normalizeRecoveryCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** The digest stored for `username`'s code (never the code). */
export function recoveryCodeDigest(secrets: SecretBox, username: string, code: string): string {
  return secrets.mac(`${username}\u0000${normalizeRecoveryCode(code)}`, 'recovery-code v1');
}
