// Envelopes checked against node:crypto, an independent implementation of RSA-OAEP and AES-GCM.
import { constants, createCipheriv, createDecipheriv, generateKeyPairSync, privateDecrypt, publicEncrypt, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  EnvelopeError, generateKeyPairPem, importPrivateKeyPem, importPublicKeyPem, openEnvelope, openJson, sealEnvelope, sealJson,
} from '../../../src/crypto';

const pair = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const other = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const OAEP = { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' };

describe('submission envelopes (RSA-OAEP-256 + AES-256-GCM)', () => {
  it('seals so that node:crypto opens it: OAEP-SHA256 unwraps the key, GCM with the trailing 16-byte tag decrypts', async () => {
    const text = 'Интервју č ž — {"q":1}';
    const envelope = await sealEnvelope(await importPublicKeyPem(pair.publicKey), new TextEncoder().encode(text));
    expect(envelope.alg).toBe('RSA-OAEP-256+A256GCM');
    const key = privateDecrypt({ key: pair.privateKey, ...OAEP }, Buffer.from(envelope.wrappedKey, 'base64'));
    expect(key).toHaveLength(32);
    const iv = Buffer.from(envelope.iv, 'base64');
    expect(iv).toHaveLength(12);
    const sealed = Buffer.from(envelope.ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
    expect(plain.toString('utf8')).toBe(text);
  });

  it('opens an envelope made by node:crypto', async () => {
    const key = randomBytes(32);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update('{"age":41}', 'utf8'), cipher.final(), cipher.getAuthTag()]);
    const envelope = {
      alg: 'RSA-OAEP-256+A256GCM',
      wrappedKey: publicEncrypt({ key: pair.publicKey, ...OAEP }, key).toString('base64'),
      iv: iv.toString('base64'),
      ciphertext: body.toString('base64'),
    };
    expect(await openJson(await importPrivateKeyPem(pair.privateKey), envelope)).toEqual({ age: 41 });
  });

  it('round-trips JSON with associated data, and uses a fresh key and IV each time', async () => {
    const publicKey = await importPublicKeyPem(pair.publicKey);
    const privateKey = await importPrivateKeyPem(pair.privateKey);
    const value = { data: { sex: 2, officials: ['police'] }, disposition: '1.1' };
    const a = await sealJson(publicKey, value, 'instance-1');
    const b = await sealJson(publicKey, value, 'instance-1');
    expect(a.iv).not.toBe(b.iv);
    expect(a.wrappedKey).not.toBe(b.wrappedKey);
    expect(await openJson(privateKey, a, 'instance-1')).toEqual(value);
  });

  it('refuses the wrong key, other associated data, an altered byte, and malformed envelopes', async () => {
    const publicKey = await importPublicKeyPem(pair.publicKey);
    const privateKey = await importPrivateKeyPem(pair.privateKey);
    const envelope = await sealJson(publicKey, { x: 1 }, 'instance-1');
    const failure = (p: Promise<unknown>) => p.then(() => 'opened', (e: unknown) => (e instanceof EnvelopeError ? e.code : String(e)));

    expect(await failure(openJson(await importPrivateKeyPem(other.privateKey), envelope, 'instance-1'))).toBe('decryption-failed');
    expect(await failure(openJson(privateKey, envelope, 'instance-2'))).toBe('decryption-failed');
    const bytes = Buffer.from(envelope.ciphertext, 'base64');
    bytes[0] ^= 1;
    expect(await failure(openJson(privateKey, { ...envelope, ciphertext: bytes.toString('base64') }, 'instance-1'))).toBe('decryption-failed');
    expect(await failure(openJson(privateKey, { ...envelope, alg: 'none' }))).toBe('envelope-invalid');
    expect(await failure(openJson(privateKey, { ...envelope, iv: 'AAAA' }, 'instance-1'))).toBe('envelope-invalid');
    expect(await failure(openEnvelope(privateKey, null))).toBe('envelope-invalid');
    expect(await failure(importPublicKeyPem('not a key'))).toBe('key-invalid');
    expect(await failure(importPrivateKeyPem(pair.publicKey))).toBe('key-invalid');
  });

  it('generates PEM key pairs that node:crypto reads', async () => {
    const pem = await generateKeyPairPem(2048);
    expect(pem.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    const envelope = await sealJson(await importPublicKeyPem(pem.publicKey), 'ok');
    const key = privateDecrypt({ key: pem.privateKey, ...OAEP }, Buffer.from(envelope.wrappedKey, 'base64'));
    expect(key).toHaveLength(32);
    expect(await openJson(await importPrivateKeyPem(pem.privateKey), envelope)).toBe('ok');
  });
});
