// The one-time recovery codes of two-factor log-in: their form, their spread over the alphabet, and
// the digest kept in their place (keyed, bound to the account, the same however the code is typed).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LoginRequestSchema, OTP_PATTERN, RECOVERY_CODE_ALPHABET, RECOVERY_CODE_PATTERN } from '../../../src/protocol';
import { newRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, recoveryCodeDigest, SecretBox } from '../../../src/server/auth';

describe('recovery codes', () => {
  it('the alphabet: 32 distinct letters and digits without 0, O, 1 and I', () => {
    expect(new Set(RECOVERY_CODE_ALPHABET).size).toBe(32);
    expect(RECOVERY_CODE_ALPHABET).not.toMatch(/[01IO]/);
  });

  it('a code is XXXX-XXXX over the alphabet, 40 bits read 5 at a time', () => {
    expect(newRecoveryCode(() => Buffer.alloc(5, 0))).toBe('2222-2222');
    expect(newRecoveryCode(() => Buffer.alloc(5, 0xff))).toBe('ZZZZ-ZZZZ');
    // 0x08 0x86 0x42 0x98 0xe8 = 00001 00010 00011 00100 00101 00110 00111 01000
    expect(newRecoveryCode(() => Buffer.from([0x08, 0x86, 0x42, 0x98, 0xe8]))).toBe('3456-789A');
    for (const code of newRecoveryCodes(200)) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  });

  it('ten distinct codes by default; every letter of the alphabet turns up (no letter unreachable)', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const seen = new Set(newRecoveryCodes(400).join('').replace(/-/g, ''));
    expect([...seen].sort().join('')).toBe([...RECOVERY_CODE_ALPHABET].sort().join(''));
  });

  it('a repeating random source still yields distinct codes (duplicates are drawn again)', () => {
    let n = 0;
    const codes = newRecoveryCodes(3, () => Buffer.alloc(5, Math.floor(n++ / 2)));
    expect(new Set(codes).size).toBe(3);
  });

  it('typed in any case, with or without the hyphen or spaces: one form; the log-in field takes it', () => {
    expect(normalizeRecoveryCode(' abcd-efgh ')).toBe('ABCDEFGH');
    for (const typed of ['ABCD-EFGH', 'abcdefgh', 'AbCd-eFgH']) {
      expect(RECOVERY_CODE_PATTERN.test(typed)).toBe(true);
      expect(OTP_PATTERN.test(typed)).toBe(true);
      expect(LoginRequestSchema.safeParse({ username: 'u', password: 'p', otp: typed }).success).toBe(true);
    }
    for (const bad of ['ABCD-EFG0', 'ABCD-EFGI', 'ABC-DEFGH', 'ABCD--EFGH', '12345', '1234567', 'ABCD-EFGH1']) {
      expect(OTP_PATTERN.test(bad), bad).toBe(false);
    }
    expect(OTP_PATTERN.test('123456')).toBe(true);
    expect(RECOVERY_CODE_PATTERN.test('123456')).toBe(false);
  });

  it('the digest: keyed, bound to the account, the same for every way of typing the code, never the code', () => {
    const box = new SecretBox(randomBytes(32));
    const digest = recoveryCodeDigest(box, 'vera', 'ABCD-EFGH');
    expect(recoveryCodeDigest(box, 'vera', 'abcdefgh')).toBe(digest);
    expect(recoveryCodeDigest(box, 'olga', 'ABCD-EFGH')).not.toBe(digest);
    expect(recoveryCodeDigest(new SecretBox(randomBytes(32)), 'vera', 'ABCD-EFGH')).not.toBe(digest);
    expect(digest).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(digest.toUpperCase()).not.toContain('ABCDEFGH');
  });
});
