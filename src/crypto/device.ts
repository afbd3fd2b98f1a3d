// Encryption at rest on the tablet (DESIGN.md §3): drafts and finalized interviews of an encrypted
// questionnaire are kept in IndexedDB sealed with a device key — an AES-256-GCM CryptoKey made
// non-extractable and stored in IndexedDB itself (structured clone keeps a CryptoKey; no script,
// not even the app, can read its bytes back). What this protects, and what not, is in
// docs/security.md ("Encryption"): the answers are never written to IndexedDB as text, so a
// support dump or a search of the files finds ciphertext only. Browsers store a non-extractable
// key's bytes in the same database files, so a forensic copy of the profile, script in the app's
// origin or the unlocked device can still open them — there the device's own lock and disk
// encryption protect, as for every web client.
import { canonicalJson } from '../protocol/canonical';
import { base64ToBytes, bytesToBase64 } from './base64';
import { EnvelopeError } from './errors';

/** A value sealed with the device key: AES-256-GCM, 96-bit IV, the 128-bit tag after the ciphertext. */
export interface DeviceSealed {
  alg: 'A256GCM';
  iv: string;
  ciphertext: string;
}

/** A new device key: AES-256-GCM, non-extractable. */
export function generateDeviceKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Seals the canonical JSON of `value`; `associatedData` (the instance id) binds it to its record. */
export async function sealWithDeviceKey(key: CryptoKey, value: unknown, associatedData: string): Promise<DeviceSealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, tagLength: 128, additionalData: new TextEncoder().encode(associatedData) },
    key,
    new TextEncoder().encode(canonicalJson(value)),
  );
  return { alg: 'A256GCM', iv: bytesToBase64(iv), ciphertext: bytesToBase64(new Uint8Array(ciphertext)) };
}

export async function openWithDeviceKey(key: CryptoKey, sealed: DeviceSealed, associatedData: string): Promise<unknown> {
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(sealed.iv), tagLength: 128, additionalData: new TextEncoder().encode(associatedData) },
      key,
      base64ToBytes(sealed.ciphertext),
    );
  } catch {
    throw new EnvelopeError('decryption-failed', 'the interview cannot be opened with this device key (another device, or the data were altered)');
  }
  return JSON.parse(new TextDecoder().decode(plaintext)) as unknown;
}
