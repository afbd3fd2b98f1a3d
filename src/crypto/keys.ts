// RSA keys of encrypted questionnaires, as PEM text: the questionnaire version carries the
// public key (SPKI, "BEGIN PUBLIC KEY"); only the survey's owner holds the private key
// (PKCS#8, "BEGIN PRIVATE KEY") and uses it to open exports.
import { base64ToBytes, bytesToBase64 } from './base64';
import { EnvelopeError } from './errors';

const RSA_OAEP = { name: 'RSA-OAEP', hash: 'SHA-256' } as const;

function pemBody(pem: string, label: string): Uint8Array<ArrayBuffer> {
  const match = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`).exec(pem);
  if (!match) throw new EnvelopeError('key-invalid', `expected a PEM block "BEGIN ${label}"`);
  return base64ToBytes(match[1].replace(/\s+/g, ''));
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
