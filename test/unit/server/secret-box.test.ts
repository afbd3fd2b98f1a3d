// The box that seals TOTP secrets in the database (issue 13 item 5): opened only with the same key
// and for the same account; the key from JHA_SECRET_KEY or a 0600 key file beside the embedded database.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFromFile, parseSecretKey, SecretBox, SecretKeyError, SecretOpenError } from '../../../src/server/auth';

describe('SecretBox', () => {
  const key = randomBytes(32);
  const box = new SecretBox(key);

  it('seals to a value without the secret that opens with the same key for the same owner only', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'vera');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP', 'vera')).not.toBe(sealed);
    expect(box.open(sealed, 'vera')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => box.open(sealed, 'olga')).toThrow(SecretOpenError);
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'vera')).toThrow(SecretOpenError);
    const body = Buffer.from(sealed.slice(3), 'base64url');
    body[15] ^= 1;
    expect(() => box.open(`v1.${body.toString('base64url')}`, 'vera')).toThrow(SecretOpenError);
    expect(() => box.open('JBSWY3DPEHPK3PXP', 'vera')).toThrow(SecretOpenError);
    expect(SecretBox.isSealed(sealed)).toBe(true);
    expect(SecretBox.isSealed('JBSWY3DPEHPK3PXP')).toBe(false);
  });

  it('takes JHA_SECRET_KEY as 64 hex digits or base64 of 32 bytes, nothing shorter', () => {
    expect(parseSecretKey(key.toString('hex'))).toEqual(key);
    expect(parseSecretKey(` ${key.toString('base64')}\n`)).toEqual(key);
    expect(parseSecretKey(key.toString('base64url'))).toEqual(key);
    expect(() => parseSecretKey('secret')).toThrow(SecretKeyError);
    expect(() => parseSecretKey(randomBytes(16).toString('hex'))).toThrow(SecretKeyError);
  });

  it('makes a key file 0600 once, whatever the umask, and reads the same key after', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jha-key-'));
    const path = join(dir, 'secret.key');
    const old = process.umask(0);
    try {
      const first = keyFromFile(path);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(keyFromFile(path)).toEqual(first);
      expect(readFileSync(path, 'utf8').trim()).toBe(first.toString('hex'));
    } finally {
      process.umask(old);
    }
    writeFileSync(join(dir, 'bad.key'), 'not a key\n');
    expect(() => keyFromFile(join(dir, 'bad.key'))).toThrow(/damaged/);
  });
});
