// Passphrase encryption of backup files (issue 17 item 7): a file the interviewer saves off the
// tablet holds household members' names, so it is readable only with the passphrase typed when it
// was made.
//
//   key        = PBKDF2-HMAC-SHA-256(passphrase as UTF-8 NFC, salt, iterations, 256 bits)
//   ciphertext = AES-256-GCM(key, iv, plaintext, additionalData = canonical JSON of the header)
//
// PBKDF2 is the strongest password KDF WebCrypto offers (no scrypt or Argon2 in browsers);
// 600,000 iterations of HMAC-SHA-256 is OWASP's 2023 recommendation. Salt (16 bytes) and IV
// (12 bytes) are random for every file. The header (format, KDF, parameters, cipher) is
// authenticated as GCM additional data, so lowering the iteration count or swapping the salt in
// a file makes it fail to open exactly as a changed ciphertext byte does.
// WebCrypto only, so the same code runs on the tablet and in Node.
import { z } from 'zod';
import { canonicalJson } from '../protocol';
import { base64ToBytes, bytesToBase64 } from './base64';
import { EnvelopeError } from './errors';

export const PASSPHRASE_KDF = 'PBKDF2-HMAC-SHA-256' as const;
export const PASSPHRASE_CIPHER = 'AES-256-GCM' as const;
/** OWASP Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA-256. */
export const PASSPHRASE_ITERATIONS = 600_000;
/** Bounds a file may state: fewer is too weak to accept, more would freeze the tablet. */
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
/** A passphrase shorter than this is refused when sealing (a backup leaves the device). */
export const MIN_PASSPHRASE_LENGTH = 10;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** What is stored beside the ciphertext; all of it is authenticated. */
export const PassphraseHeaderSchema = z.strictObject({
  kdf: z.literal(PASSPHRASE_KDF),
  iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
  salt: base64,
  cipher: z.literal(PASSPHRASE_CIPHER),
  iv: base64,
});
export type PassphraseHeader = z.infer<typeof PassphraseHeaderSchema>;

export const PassphraseBoxSchema = z.strictObject({
  ...PassphraseHeaderSchema.shape,
  ciphertext: base64,
});
/** A passphrase-sealed payload: the header plus AES-GCM ciphertext with its 16-byte tag appended. */
export type PassphraseBox = z.infer<typeof PassphraseBoxSchema>;

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: KeyUsage): Promise<CryptoKey> {
  // NFC: the same passphrase typed on two keyboards (composed or decomposed č) gives the same key.
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

function headerBytes(header: PassphraseHeader): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(header));
}

/** Encrypts `plaintext` under `passphrase`; `iterations` may be raised, never lowered below the minimum. */
export async function sealWithPassphrase(passphrase: string, plaintext: Uint8Array<ArrayBuffer>, iterations = PASSPHRASE_ITERATIONS): Promise<PassphraseBox> {
  if (passphrase.normalize('NFC').length < MIN_PASSPHRASE_LENGTH) {
    throw new EnvelopeError('key-invalid', `the passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = PassphraseHeaderSchema.parse({ kdf: PASSPHRASE_KDF, iterations, salt: bytesToBase64(salt), cipher: PASSPHRASE_CIPHER, iv: bytesToBase64(iv) });
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 128, additionalData: headerBytes(header) }, key, plaintext);
  return { ...header, ciphertext: bytesToBase64(new Uint8Array(ciphertext)) };
}

/**
 * Decrypts a box. `envelope-invalid`: not a box of this format (schema, lengths);
 * `decryption-failed`: wrong passphrase or any altered byte of header or ciphertext — GCM cannot
 * tell the two apart, and neither does the message.
 */
export async function openWithPassphrase(passphrase: string, box: unknown): Promise<Uint8Array> {
  const parsed = PassphraseBoxSchema.safeParse(box);
  if (!parsed.success) throw new EnvelopeError('envelope-invalid', `not a ${PASSPHRASE_KDF} + ${PASSPHRASE_CIPHER} box`);
  const { ciphertext: sealed, ...header } = parsed.data;
  const salt = base64ToBytes(header.salt);
  const iv = base64ToBytes(header.iv);
  const ciphertext = base64ToBytes(sealed);
  if (salt.length !== SALT_BYTES || iv.length !== IV_BYTES || ciphertext.length < 16) {
    throw new EnvelopeError('envelope-invalid', `the salt must have ${SALT_BYTES} bytes, the IV ${IV_BYTES}, the ciphertext a 16-byte tag`);
  }
  const key = await deriveKey(passphrase, salt, header.iterations, 'decrypt');
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, tagLength: 128, additionalData: headerBytes(header) }, key, ciphertext));
  } catch {
    throw new EnvelopeError('decryption-failed', 'the file cannot be opened with this passphrase (wrong passphrase, or the file was altered)');
  }
}
