// Submission envelopes (DESIGN.md §3): each finalized interview is encrypted with a fresh
// AES-256-GCM key (96-bit random IV, 128-bit tag appended to the ciphertext, as WebCrypto
// does); that key is wrapped with the questionnaire's RSA-OAEP (SHA-256) public key. The
// server stores the envelope as it is; only the private key's holder can open it.
// WebCrypto only, so the same code runs on the tablet and in Node.
import { canonicalJson, EnvelopeSchema, type Envelope } from '../protocol';
import { base64ToBytes, bytesToBase64 } from './base64';
import { EnvelopeError } from './errors';

export const ENVELOPE_ALG = 'RSA-OAEP-256+A256GCM' as const;
const IV_BYTES = 12;

function gcm(iv: Uint8Array<ArrayBuffer>, associatedData?: string): AesGcmParams {
  return associatedData === undefined
    ? { name: 'AES-GCM', iv, tagLength: 128 }
    : { name: 'AES-GCM', iv, tagLength: 128, additionalData: new TextEncoder().encode(associatedData) };
}

/**
 * Encrypts `plaintext` for the holder of the private key matching `publicKey`.
 * `associatedData` (e.g. the instance id) is authenticated, not stored: the same value is
 * needed to open the envelope, so an envelope cannot be moved to another interview.
 */
export async function sealEnvelope(publicKey: CryptoKey, plaintext: Uint8Array<ArrayBuffer>, associatedData?: string): Promise<Envelope> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt(gcm(iv, associatedData), key, plaintext);
  const wrappedKey = await crypto.subtle.wrapKey('raw', key, publicKey, { name: 'RSA-OAEP' });
  return {
    alg: ENVELOPE_ALG,
    wrappedKey: bytesToBase64(new Uint8Array(wrappedKey)),
    iv: bytesToBase64(iv),
    ciphertext: bytesToBase64(new Uint8Array(ciphertext)),
  };
}

/** Opens an envelope; a wrong key, wrong associated data or any altered byte is `decryption-failed`. */
export async function openEnvelope(privateKey: CryptoKey, envelope: unknown, associatedData?: string): Promise<Uint8Array> {
  const parsed = EnvelopeSchema.safeParse(envelope);
  if (!parsed.success) throw new EnvelopeError('envelope-invalid', `not an ${ENVELOPE_ALG} envelope`);
  let wrappedKey: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, ciphertext: Uint8Array<ArrayBuffer>;
  try {
    wrappedKey = base64ToBytes(parsed.data.wrappedKey);
    iv = base64ToBytes(parsed.data.iv);
    ciphertext = base64ToBytes(parsed.data.ciphertext);
  } catch {
    throw new EnvelopeError('envelope-invalid', 'the envelope fields are not base64');
  }
  if (iv.length !== IV_BYTES) throw new EnvelopeError('envelope-invalid', `the IV must have ${IV_BYTES} bytes`);
  try {
    const key = await crypto.subtle.unwrapKey('raw', wrappedKey, privateKey, { name: 'RSA-OAEP' }, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
    return new Uint8Array(await crypto.subtle.decrypt(gcm(iv, associatedData), key, ciphertext));
  } catch {
    throw new EnvelopeError('decryption-failed', 'the envelope cannot be opened with this key (wrong key, or the data was altered)');
  }
}

/** Seals a JSON value as its canonical JSON in UTF-8. */
export function sealJson(publicKey: CryptoKey, value: unknown, associatedData?: string): Promise<Envelope> {
  return sealEnvelope(publicKey, new TextEncoder().encode(canonicalJson(value)), associatedData);
}

export async function openJson(privateKey: CryptoKey, envelope: unknown, associatedData?: string): Promise<unknown> {
  const bytes = await openEnvelope(privateKey, envelope, associatedData);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new EnvelopeError('envelope-invalid', 'the opened envelope does not hold UTF-8 JSON');
  }
}
