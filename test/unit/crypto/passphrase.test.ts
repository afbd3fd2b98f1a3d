// Passphrase boxes checked against node:crypto, an independent PBKDF2 and AES-GCM.
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EnvelopeError, openWithPassphrase, PASSPHRASE_ITERATIONS, PassphraseBoxSchema, sealWithPassphrase, type PassphraseBox } from '../../../src/crypto';
import { canonicalJson } from '../../../src/protocol';

const passphrase = 'Kafa në Prizren 2026';
const text = 'Члан домаћинства: Ана Јовановић; anëtari: Besa Krasniqi';
const bytes = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
// The minimum accepted count keeps the suite quick; the default is checked once below.
const FAST = 100_000;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof EnvelopeError) return e.code;
    throw e;
  }
  return 'opened';
}

describe('passphrase boxes (PBKDF2-HMAC-SHA-256 + AES-256-GCM)', () => {
  it('seals with the default 600,000 iterations so that node:crypto opens it: PBKDF2 key, GCM tag trailing, the header as additional data', async () => {
    const box = await sealWithPassphrase(passphrase, bytes(text));
    expect(box.iterations).toBe(PASSPHRASE_ITERATIONS);
    expect(PASSPHRASE_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const salt = Buffer.from(box.salt, 'base64');
    const iv = Buffer.from(box.iv, 'base64');
    expect(salt).toHaveLength(16);
    expect(iv).toHaveLength(12);
    const key = pbkdf2Sync(Buffer.from(passphrase.normalize('NFC'), 'utf8'), salt, box.iterations, 32, 'sha256');
    const sealed = Buffer.from(box.ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    const { ciphertext: _c, ...header } = box;
    decipher.setAAD(Buffer.from(canonicalJson(header), 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
    expect(plain.toString('utf8')).toBe(text);
  });

  it('round-trips, with a fresh salt and IV each time, and treats composed and decomposed letters alike', async () => {
    const a = await sealWithPassphrase('Čaj u Sarajevu!', bytes(text), FAST);
    const b = await sealWithPassphrase('Čaj u Sarajevu!', bytes(text), FAST);
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(decode(await openWithPassphrase('Čaj u Sarajevu!', a))).toBe(text);
    expect(decode(await openWithPassphrase('C\u030Caj u Sarajevu!', b))).toBe(text);
  });

  it('refuses a wrong passphrase as decryption-failed', async () => {
    const box = await sealWithPassphrase(passphrase, bytes(text), FAST);
    expect(await codeOf(openWithPassphrase('Kafa në Prizren 2027', box))).toBe('decryption-failed');
    expect(await codeOf(openWithPassphrase('', box))).toBe('decryption-failed');
  });

  it('refuses any altered byte of ciphertext, salt, IV or iteration count', async () => {
    const box = await sealWithPassphrase(passphrase, bytes(text), FAST + 1);
    const flip = (b64: string, at: number) => {
      const raw = Buffer.from(b64, 'base64');
      raw[at] ^= 0x01;
      return raw.toString('base64');
    };
    const tampered: PassphraseBox[] = [
      { ...box, ciphertext: flip(box.ciphertext, 0) },
      { ...box, ciphertext: flip(box.ciphertext, Buffer.from(box.ciphertext, 'base64').length - 1) },
      { ...box, salt: flip(box.salt, 3) },
      { ...box, iv: flip(box.iv, 5) },
      { ...box, iterations: FAST },
    ];
    for (const t of tampered) expect(await codeOf(openWithPassphrase(passphrase, t))).toBe('decryption-failed');
    expect(decode(await openWithPassphrase(passphrase, box))).toBe(text);
  });

  it('refuses what is not a box of this format before any key derivation: strict schema, bounded iterations, lengths', async () => {
    const box = await sealWithPassphrase(passphrase, bytes(text), FAST);
    const bad: unknown[] = [
      null, 'text', {}, { ...box, extra: 1 }, { ...box, kdf: 'PBKDF2-HMAC-SHA-1' }, { ...box, cipher: 'AES-128-CBC' },
      { ...box, iterations: 1000 }, { ...box, iterations: 1e9 }, { ...box, iterations: 100_000.5 },
      { ...box, salt: 'not base64!' }, { ...box, salt: Buffer.alloc(8).toString('base64') }, { ...box, iv: Buffer.alloc(16).toString('base64') },
      { ...box, ciphertext: Buffer.alloc(4).toString('base64') },
    ];
    for (const b of bad) expect(await codeOf(openWithPassphrase(passphrase, b)), JSON.stringify(b)?.slice(0, 60)).toBe('envelope-invalid');
    expect(PassphraseBoxSchema.safeParse(box).success).toBe(true);
  });

  it('refuses to seal with a short passphrase or too few iterations', async () => {
    expect(await codeOf(sealWithPassphrase('short', bytes(text)))).toBe('key-invalid');
    await expect(sealWithPassphrase(passphrase, bytes(text), 10_000)).rejects.toThrow();
  });
});
