// RSA keys of encrypted questionnaires, as PEM text: the questionnaire version carries the
// public key (SPKI, "BEGIN PUBLIC KEY"); only the survey's owner holds the private key
// (PKCS#8, "BEGIN PRIVATE KEY") and uses it to open exports.
import { base64ToBytes, bytesToBase64 } from './base64';
import { EnvelopeError } from './errors';

const RSA_OAEP = { name: 'RSA-OAEP', hash: 'SHA-256' } as const;

function pemBody(pem: string, label: string): Uint8Array<ArrayBuffer> {
  const match = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`).exec(pem);
  if (!match) throw new EnvelopeError('key-invalid', `expected a PEM block "BEGIN ${label}"`);
  try {
    return base64ToBytes(match[1].replace(/\s+/g, ''));
  } catch {
    throw new EnvelopeError('key-invalid', `the PEM block "BEGIN ${label}" is not base64`);
  }
}

function toPem(der: ArrayBuffer, label: string): string {
  const lines = bytesToBase64(new Uint8Array(der)).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export async function importPublicKeyPem(pem: string): Promise<CryptoKey> {
  try {
    return await crypto.subtle.importKey('spki', pemBody(pem, 'PUBLIC KEY'), RSA_OAEP, false, ['wrapKey', 'encrypt']);
  } catch (err) {
    if (err instanceof EnvelopeError) throw err;
    throw new EnvelopeError('key-invalid', 'the public key is not an RSA SPKI key');
  }
}

/** The smallest RSA modulus accepted for a questionnaire's key (NIST SP 800-57: 2048 bits until 2030). */
export const MIN_RSA_BITS = 2048;

/**
 * Checks a questionnaire's public key before it is published: one PEM "PUBLIC KEY" block, an RSA
 * key that RSA-OAEP-SHA256 can use, at least {@link MIN_RSA_BITS} bits. Returns the PEM
 * normalised (64-character lines) and the key size; a private key pasted by mistake is refused
 * with a message that says so, so it is never stored.
 */
export async function validatePublicKeyPem(pem: string): Promise<{ pem: string; bits: number }> {
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw new EnvelopeError('key-invalid', 'this is a PRIVATE key: give the public key only (openssl pkey -in private.pem -pubout); the private key must never reach the server');
  }
  const blocks = pem.match(/-----BEGIN [A-Z ]+-----/g) ?? [];
  if (blocks.length !== 1) throw new EnvelopeError('key-invalid', `expected exactly one PEM block "BEGIN PUBLIC KEY", found ${blocks.length}`);
  const key = await importPublicKeyPem(pem);
  const bits = (key.algorithm as RsaHashedKeyAlgorithm).modulusLength;
  if (bits < MIN_RSA_BITS) throw new EnvelopeError('key-invalid', `the RSA key has ${bits} bits; at least ${MIN_RSA_BITS} are needed`);
  const spki = await crypto.subtle.exportKey('spki', await crypto.subtle.importKey('spki', pemBody(pem, 'PUBLIC KEY'), RSA_OAEP, true, ['wrapKey']));
  return { pem: toPem(spki, 'PUBLIC KEY'), bits };
}

export async function importPrivateKeyPem(pem: string): Promise<CryptoKey> {
  try {
    return await crypto.subtle.importKey('pkcs8', pemBody(pem, 'PRIVATE KEY'), RSA_OAEP, false, ['unwrapKey', 'decrypt']);
  } catch (err) {
    if (err instanceof EnvelopeError) throw err;
    throw new EnvelopeError('key-invalid', 'the private key is not an RSA PKCS#8 key');
  }
}

/** A new RSA-OAEP (SHA-256) key pair as PEM, e.g. for `jha-survey` key set-up. */
export async function generateKeyPairPem(modulusLength = 3072): Promise<{ publicKey: string; privateKey: string }> {
  const pair = await crypto.subtle.generateKey({ ...RSA_OAEP, modulusLength, publicExponent: new Uint8Array([1, 0, 1]) }, true, [
    'wrapKey',
    'unwrapKey',
  ]);
  return {
    publicKey: toPem(await crypto.subtle.exportKey('spki', pair.publicKey), 'PUBLIC KEY'),
    privateKey: toPem(await crypto.subtle.exportKey('pkcs8', pair.privateKey), 'PRIVATE KEY'),
  };
}
