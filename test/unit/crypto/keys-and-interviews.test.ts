// Publishing checks on a questionnaire's key, the encrypted interview's wire form (what stays in
// clear, what is sealed), and sealing at rest with the device key.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  EnvelopeError, generateDeviceKey, importPrivateKeyPem, importPublicKeyPem, openInterview, openWithDeviceKey, sealInterview, sealWithDeviceKey,
  validatePublicKeyPem,
} from '../../../src/crypto';
import { CLEAR_PARADATA_KEYS, SubmissionRequestSchema, type SubmissionRequest } from '../../../src/protocol';

const rsa = (modulusLength: number) =>
  generateKeyPairSync('rsa', { modulusLength, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
const pair = rsa(2048);
const failure = (p: Promise<unknown>) => p.then(() => 'accepted', (e: unknown) => (e instanceof EnvelopeError ? `${e.code}: ${e.message}` : String(e)));

describe('a questionnaire public key', () => {
  it('accepts RSA SPKI keys of 2048 bits and more, normalised to 64-character PEM lines', async () => {
    const oneLine = pair.publicKey.replace(/\n(?!-----END)/g, '').replace('-----BEGIN PUBLIC KEY-----', '-----BEGIN PUBLIC KEY-----\n');
    const checked = await validatePublicKeyPem(`\r\n${oneLine.replace(/\n/g, '\r\n')}`);
    expect(checked.bits).toBe(2048);
    expect(checked.pem).toBe(pair.publicKey);
    expect((await validatePublicKeyPem(rsa(3072).publicKey)).bits).toBe(3072);
  });

  it('refuses small keys, private keys, other algorithms, two blocks and garbage, each saying why', async () => {
    expect(await failure(validatePublicKeyPem(rsa(1024).publicKey))).toMatch(/^key-invalid: .*1024 bits; at least 2048/);
    expect(await failure(validatePublicKeyPem(pair.privateKey))).toMatch(/^key-invalid: this is a PRIVATE key/);
    const rsaPrivate = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'pkcs1', format: 'pem' }, privateKeyEncoding: { type: 'pkcs1', format: 'pem' } });
    expect(await failure(validatePublicKeyPem(rsaPrivate.privateKey))).toMatch(/PRIVATE key/);
    expect(await failure(validatePublicKeyPem(rsaPrivate.publicKey))).toMatch(/^key-invalid: .*BEGIN PUBLIC KEY/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    expect(await failure(validatePublicKeyPem(ec.publicKey))).toMatch(/^key-invalid: .*not an RSA/);
    expect(await failure(validatePublicKeyPem(pair.publicKey + pair.publicKey))).toMatch(/exactly one PEM block/);
    expect(await failure(validatePublicKeyPem('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----'))).toMatch(/^key-invalid/);
    expect(await failure(validatePublicKeyPem(''))).toMatch(/^key-invalid/);
  });
});

describe('an encrypted interview on the wire', () => {
  const body: SubmissionRequest = {
    questionnaireId: 'victimization', version: 3, caseId: 'HH-12',
    data: { sex: 2, remarks: 'он ми је узео новчаник' },
    paradata: { startedAt: '2026-11-20T08:00:00.000Z', endedAt: '2026-11-20T08:31:00.000Z', deviceId: 'tab-7', appVersion: '1.4.0', locale: 'sr', questionTimes: { remarks: 9000 }, languageSwitches: [] },
    disposition: '1.1',
  };

  it('keeps in clear only the routing and monitoring fields, and opens back to the same body', async () => {
    const sealed = await sealInterview(await importPublicKeyPem(pair.publicKey), 'inst-1', body);
    expect(SubmissionRequestSchema.parse(sealed)).toEqual(sealed);
    expect(sealed.data).toEqual({});
    expect(Object.keys(sealed.paradata).sort()).toEqual(['appVersion', 'deviceId', 'endedAt', 'startedAt']);
    expect(Object.keys(sealed.paradata).every((k) => (CLEAR_PARADATA_KEYS as readonly string[]).includes(k))).toBe(true);
    expect({ q: sealed.questionnaireId, v: sealed.version, c: sealed.caseId, d: sealed.disposition }).toEqual({ q: 'victimization', v: 3, c: 'HH-12', d: '1.1' });
    expect(JSON.stringify(sealed)).not.toMatch(/новчаник|remarks|questionTimes/);
    expect(await openInterview(await importPrivateKeyPem(pair.privateKey), 'inst-1', sealed)).toEqual(body);
  });

  it('does not open with another instance id, another key, or an altered byte', async () => {
    const sealed = await sealInterview(await importPublicKeyPem(pair.publicKey), 'inst-1', body);
    const key = await importPrivateKeyPem(pair.privateKey);
    expect(await failure(openInterview(key, 'inst-2', sealed))).toMatch(/^decryption-failed/);
    expect(await failure(openInterview(await importPrivateKeyPem(rsa(2048).privateKey), 'inst-1', sealed))).toMatch(/^decryption-failed/);
    const envelope = sealed.envelope;
    if (!envelope) throw new Error('no envelope');
    const bytes = Buffer.from(envelope.ciphertext, 'base64');
    bytes[bytes.length - 1] ^= 0x80; // the GCM tag
    expect(await failure(openInterview(key, 'inst-1', { ...sealed, envelope: { ...envelope, ciphertext: bytes.toString('base64') } }))).toMatch(/^decryption-failed/);
  });
});

describe('sealing at rest with the device key', () => {
  it('is a non-extractable AES-256-GCM key: its bytes cannot be read back', async () => {
    const key = await generateDeviceKey();
    expect(key.extractable).toBe(false);
    expect((key.algorithm as AesKeyAlgorithm).length).toBe(256);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('round-trips a draft bound to its instance id; another id, key or byte does not open', async () => {
    const key = await generateDeviceKey();
    const draft = { remarks: 'PLANTED', age: 41 };
    const sealed = await sealWithDeviceKey(key, draft, 'inst-1');
    expect(JSON.stringify(sealed)).not.toContain('PLANTED');
    expect(await openWithDeviceKey(key, sealed, 'inst-1')).toEqual(draft);
    expect(await failure(openWithDeviceKey(key, sealed, 'inst-2'))).toMatch(/^decryption-failed/);
    expect(await failure(openWithDeviceKey(await generateDeviceKey(), sealed, 'inst-1'))).toMatch(/^decryption-failed/);
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[0] ^= 1;
    expect(await failure(openWithDeviceKey(key, { ...sealed, ciphertext: bytes.toString('base64') }, 'inst-1'))).toMatch(/^decryption-failed/);
  });
});
