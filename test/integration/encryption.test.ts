// Issue 13 item 6, encryption end to end on the server side: a questionnaire version carries an RSA
// public key; interviews arrive as envelopes; the server stores them and nothing else of the
// answers — a planted answer is found in no file of the embedded database (nor in a pg_dump of a
// PostgreSQL server), while a plain interview's answer planted beside it is (the search can fail);
// the envelope export opened by `jha-survey decrypt` equals the plaintext table.
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPublicKeyPem, sealInterview } from '../../src/crypto';
import { EnvelopeExportSchema, type EnvelopeExport, type SubmissionRequest } from '../../src/protocol';
import { createServer, microdataTable, packageRoot, renderMicrodata, type Server } from '../../src/server';
import { backends, scratchDatabase, type ScratchDatabase } from './support/backends';
import { call, expectProblem, FIXTURES, HOOK_TIMEOUT, login } from './support/http';

const root = packageRoot();
const bin = join(root, 'bin', 'jha-survey.mjs');
const rsa = (modulusLength: number) =>
  generateKeyPairSync('rsa', { modulusLength, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });

/** Every regular file under `dir` that holds `needle` (as UTF-8 bytes). */
function filesHolding(dir: string, needle: string): string[] {
  const bytes = Buffer.from(needle, 'utf8');
  const out: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile() && readFileSync(path).includes(bytes)) out.push(name);
  }
  return out;
}

function runCli(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe.each(backends)('encrypted questionnaires on %s', (backend) => {
  const household = JSON.parse(readFileSync(join(FIXTURES, 'household.json'), 'utf8')) as Record<string, unknown>;
  const keys = rsa(2048);
  const work = mkdtempSync(join(tmpdir(), 'jha-enc-'));
  const secret = `PLANTED-SECRET-${randomBytes(8).toString('hex')}`;
  const control = `PLANTED-CLEAR-${randomBytes(8).toString('hex')}`;
  let scratch: ScratchDatabase;
  let server: Server | undefined;
  let base: string;
  let interviewer: string;
  let manager: string;
  let version: number;
  const plain: { instanceId: string; body: SubmissionRequest }[] = [];

  beforeAll(async () => {
    scratch = await scratchDatabase(backend);
    server = await createServer({ database: scratch.config, surveysDir: FIXTURES, appDir: null });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const address = server.app.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    base = `http://127.0.0.1:${address.port}/api/v1`;
    const passwords = Object.fromEntries(server.demoAccounts.map((a) => [a.role, a.password]));
    interviewer = await login(base, 'interviewer', passwords.interviewer);
    manager = await login(base, 'manager', passwords.manager);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await server?.close();
    await scratch?.dispose();
    rmSync(work, { recursive: true, force: true });
  }, HOOK_TIMEOUT);

  it('refuses a key that is not an RSA public key of 2048 bits or more, with public-key-invalid, before storing anything', async () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    for (const [publicKey, says] of [
      [small.publicKey, /1024 bits/],
      [keys.privateKey, /PRIVATE key/],
      [ec.publicKey, /not an RSA/],
      ['-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----\n', /BEGIN PUBLIC KEY/],
    ] as const) {
      const res = await call(base, 'POST', '/questionnaires', { token: manager, body: { id: 'secret', definition: household, publicKey } });
      expect(String(expectProblem(res, 422, 'public-key-invalid').detail)).toMatch(says);
    }
    expect((await call(base, 'GET', '/questionnaires/secret/1', { token: manager })).status).toBe(404);
  });

  it('publishes a version with the public key; the devices learn it from the list', async () => {
    const res = await call(base, 'POST', '/questionnaires', { token: manager, body: { id: 'secret', definition: household, publicKey: keys.publicKey } });
    expect(res.status, res.text).toBe(201);
    version = (res.body as { version: number }).version;
    const list = (await call(base, 'GET', '/questionnaires', { token: interviewer })).body as { id: string; publicKey?: string }[];
    expect(list.find((q) => q.id === 'secret')?.publicKey?.replace(/\s/g, '')).toBe(keys.publicKey.replace(/\s/g, ''));
    expect(list.find((q) => q.id === 'household')?.publicKey).toBeUndefined();
    // The same questions and key: unchanged. The same questions without the key would be a new version.
    const again = await call(base, 'POST', '/questionnaires', { token: manager, body: { id: 'secret', definition: household, publicKey: keys.publicKey } });
    expect(again.status).toBe(200);
    const unkeyed = await call(base, 'POST', '/questionnaires', { token: manager, body: { id: 'secret-copy', definition: household } });
    expect(unkeyed.status).toBe(201);
    const keyed = await call(base, 'POST', '/questionnaires', { token: manager, body: { id: 'secret-copy', definition: household, publicKey: keys.publicKey } });
    expect(keyed.status).toBe(201);
    expect((keyed.body as { version: number }).version).toBe(2);
  });

  function interview(remarks: string, caseId?: string): SubmissionRequest {
    return {
      questionnaireId: 'secret', version, ...(caseId ? { caseId } : {}),
      data: { sex: 2, age: 41, vic_burglary: 1, remarks },
      paradata: { startedAt: '2026-11-20T08:00:00.000Z', endedAt: '2026-11-20T08:31:00.000Z', deviceId: 'tab-7', questionTimes: { age: 4200, remarks: 9000 } },
      disposition: '1.1',
    };
  }

  it('takes envelopes only for the encrypted version, stores them as sent and repeats idempotently', async () => {
    const publicKey = await importPublicKeyPem(keys.publicKey);
    const plainBody = interview(secret);
    const id = uuidv7();
    expectProblem(await call(base, 'PUT', `/submissions/${id}`, { token: interviewer, body: plainBody }), 422, 'encryption-mismatch');
    const sealed = await sealInterview(publicKey, id, plainBody);
    expect(JSON.stringify(sealed)).not.toContain(secret);
    expect(sealed.paradata).toEqual({ startedAt: '2026-11-20T08:00:00.000Z', endedAt: '2026-11-20T08:31:00.000Z', deviceId: 'tab-7' });
    // Answers or question times beside the envelope: refused, never stored.
    expectProblem(await call(base, 'PUT', `/submissions/${id}`, { token: interviewer, body: { ...sealed, data: { remarks: secret } } }), 422, 'encryption-mismatch');
    expectProblem(await call(base, 'PUT', `/submissions/${id}`, { token: interviewer, body: { ...sealed, paradata: plainBody.paradata } }), 422, 'encryption-mismatch');
    const stored = await call(base, 'PUT', `/submissions/${id}`, { token: interviewer, body: sealed });
    expect(stored.status, stored.text).toBe(201);
    expect((await call(base, 'PUT', `/submissions/${id}`, { token: interviewer, body: sealed })).status).toBe(200);
    plain.push({ instanceId: id, body: plainBody });
    const second = uuidv7();
    const other = interview('nothing to add; ć đ ž Ђ', 'C-9');
    expect((await call(base, 'PUT', `/submissions/${second}`, { token: interviewer, body: await sealInterview(publicKey, second, other) })).status).toBe(201);
    plain.push({ instanceId: second, body: other });
    // An envelope for a plain version is refused too.
    const household1 = { ...plainBody, questionnaireId: 'household', version: 1 };
    expectProblem(await call(base, 'PUT', `/submissions/${uuidv7()}`, { token: interviewer, body: await sealInterview(publicKey, id, household1) }), 422, 'encryption-mismatch');
    // The positive control of the search below: a plain interview's answer is stored as it is.
    expect((await call(base, 'PUT', `/submissions/${uuidv7()}`, { token: interviewer, body: { ...household1, data: { sex: 1, remarks: control } } })).status).toBe(201);
  });

  it('features that need answers say "encrypted", they never compute on nothing', async () => {
    for (const path of ['/exports/secret.csv', '/exports/secret.sav', '/quality/secret']) {
      const body = expectProblem(await call(base, 'GET', path, { token: manager }), 409, 'questionnaire-encrypted');
      expect(String(body.detail)).toMatch(/decrypt --key/);
    }
    // What needs no answers still works: monitoring counts dispositions, the dictionary describes variables.
    expect((await call(base, 'GET', '/monitoring/secret', { token: manager })).status).toBe(200);
    expect((await call(base, 'GET', '/exports/secret.dictionary.json', { token: manager })).status).toBe(200);
  });

  it('the envelope export opened with `jha-survey decrypt` equals the plaintext table; a wrong key or an altered byte is exit 2', async () => {
    const res = await call(base, 'GET', '/exports/secret.envelopes.json', { token: manager });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(secret);
    const exported: EnvelopeExport = EnvelopeExportSchema.parse(res.body);
    const file = join(work, 'secret.envelopes.json');
    writeFileSync(file, res.text);
    const keyFile = join(work, 'private.pem');
    writeFileSync(keyFile, keys.privateKey, { mode: 0o600 });

    const out = join(work, 'secret.csv');
    const run = runCli(['decrypt', '--key', keyFile, file, '--out', out]);
    expect(run.stderr).toContain('2 envelopes of secret opened');
    expect(run.status).toBe(0);
    // The plaintext table: the same rows (metadata from the export), answers from the bodies the device sealed.
    const expected = microdataTable('secret', exported.versions, exported.rows.map((row) => ({
      instance_id: row.instanceId, interviewer: row.interviewer, questionnaire_id: 'secret', version: row.version, case_id: row.caseId,
      disposition: row.disposition, started_at: row.startedAt, ended_at: row.endedAt, review_state: row.reviewState,
      data: plain.find((p) => p.instanceId === row.instanceId)?.body.data ?? null,
    })));
    expect(readFileSync(out, 'utf8')).toBe(await renderMicrodata(expected, 'csv', 'en'));
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain(secret);
    expect(csv).toContain('nothing to add; ć đ ž Ђ');
    // The same writers give the other formats.
    expect(runCli(['decrypt', '--key', keyFile, file, '--out', join(work, 'secret.dta'), '--lang', 'sq']).status).toBe(0);
    expect(readFileSync(join(work, 'secret.dta')).subarray(0, 11).toString('latin1')).toBe('<stata_dta>');

    const wrongKey = join(work, 'other.pem');
    writeFileSync(wrongKey, rsa(2048).privateKey);
    const wrong = runCli(['decrypt', '--key', wrongKey, file]);
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toMatch(/^jha-survey: decryption-failed: interview [0-9a-f-]{36}: /);

    const tampered = structuredClone(exported);
    const envelope = tampered.rows[0].envelope;
    if (!envelope) throw new Error('no envelope in the first row');
    const bytes = Buffer.from(envelope.ciphertext, 'base64');
    bytes[5] ^= 1;
    envelope.ciphertext = bytes.toString('base64');
    writeFileSync(join(work, 'tampered.json'), JSON.stringify(tampered));
    const altered = runCli(['decrypt', '--key', keyFile, join(work, 'tampered.json')]);
    expect({ status: altered.status, stdout: altered.stdout }).toEqual({ status: 2, stdout: '' });
    expect(altered.stderr).toMatch(/^jha-survey: decryption-failed: /);

    // An envelope moved onto another interview's row does not open (the instance id is authenticated).
    const moved = structuredClone(exported);
    [moved.rows[0].envelope, moved.rows[1].envelope] = [moved.rows[1].envelope, moved.rows[0].envelope];
    writeFileSync(join(work, 'moved.json'), JSON.stringify(moved));
    expect(runCli(['decrypt', '--key', keyFile, join(work, 'moved.json')]).status).toBe(2);

    const notAnExport = runCli(['decrypt', '--key', keyFile, join(FIXTURES, 'household.json')]);
    expect(notAnExport.status).toBe(2);
    expect(notAnExport.stderr).toMatch(/^jha-survey: envelope-export-invalid: /);
  }, HOOK_TIMEOUT);

  it(backend === 'pglite' ? 'no file of the embedded database holds the planted answer; the plain one is found' : 'a pg_dump holds no planted answer; the plain one is found', async () => {
    if (backend === 'pglite') {
      await server?.close();
      server = undefined;
      const dir = scratch.config.dataDir as string;
      expect(filesHolding(dir, control).length).toBeGreaterThan(0);
      expect(filesHolding(dir, secret)).toEqual([]);
    } else {
      const dump = execFileSync('/usr/lib/postgresql/15/bin/pg_dump', ['--no-owner', scratch.config.databaseUrl as string], { maxBuffer: 1 << 28 });
      expect(dump.includes(Buffer.from(control))).toBe(true);
      expect(dump.includes(Buffer.from(secret))).toBe(false);
    }
  }, HOOK_TIMEOUT);
});

describe('keys made by `jha-survey keys generate`, a questionnaire encrypted by a .pub.pem beside its file, and `export --envelopes`', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jha-enc-cli-'));
  const surveys = join(dir, 'surveys');
  const dataDir = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a 0600 private key (encrypted with JHA_KEY_PASSPHRASE), never over an existing file', () => {
    execFileSync('mkdir', ['-p', surveys]);
    const args = ['keys', 'generate', '--bits', '2048', '--public', join(surveys, 'secret.pub.pem'), '--private', join(dir, 'private.pem')];
    const made = runCli(args, { JHA_KEY_PASSPHRASE: 'correct horse battery staple' });
    expect(made.status, made.stderr).toBe(0);
    expect(statSync(join(dir, 'private.pem')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'private.pem'), 'utf8')).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    expect(readFileSync(join(surveys, 'secret.pub.pem'), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const again = runCli(args);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/exists; keys are never overwritten/);
    expect(runCli(['keys', 'generate', '--bits', '1024', '--public', join(dir, 'a'), '--private', join(dir, 'b')]).status).toBe(2);
  }, HOOK_TIMEOUT);

  it('publishes surveys/ID.json with surveys/ID.pub.pem as encrypted, refuses a bad key file, and the CLI export gives envelopes that open with the passphrase', async () => {
    const household = readFileSync(join(FIXTURES, 'household.json'), 'utf8');
    writeFileSync(join(surveys, 'secret.json'), household);
    writeFileSync(join(surveys, 'broken.json'), household);
    writeFileSync(join(surveys, 'broken.pub.pem'), rsa(2048).privateKey);
    let server: Server | undefined = await createServer({ database: { dataDir }, surveysDir: surveys, appDir: null });
    try {
      expect(server.surveys.find((s) => s.id === 'secret')?.status).toBe('published');
      const broken = server.surveys.find((s) => s.id === 'broken');
      expect(broken?.status).toBe('rejected');
      expect(broken?.reasons?.join(' ')).toMatch(/broken\.pub\.pem: this is a PRIVATE key/);
      const [row] = await server.db.query<{ public_key: string | null }>("SELECT public_key FROM questionnaires WHERE id = 'secret'");
      expect(row.public_key).toMatch(/^-----BEGIN PUBLIC KEY-----/);
      const { importPublicKeyPem: importKey } = await import('../../src/crypto');
      const instanceId = uuidv7();
      const body: SubmissionRequest = {
        questionnaireId: 'secret', version: 1, data: { sex: 1, remarks: 'opened with a passphrase' },
        paradata: { startedAt: '2026-11-20T08:00:00.000Z' }, disposition: '1.1',
      };
      const sealed = await sealInterview(await importKey(row.public_key as string), instanceId, body);
      await server.db.query("INSERT INTO submissions (instance_id, interviewer, questionnaire_id, version, disposition, started_at, sha256) VALUES ($1, 'interviewer', 'secret', 1, '1.1', $2, 'x')", [instanceId, body.paradata.startedAt]);
      await server.db.query('INSERT INTO submission_revisions (instance_id, revision, sha256, body) VALUES ($1, 1, $2, $3::jsonb)', [instanceId, 'x', JSON.stringify(sealed)]);
    } finally {
      await server.close();
      server = undefined;
    }
    const out = join(dir, 'secret.envelopes.json');
    const exported = runCli(['export', 'secret', '--envelopes', '--out', out], { JHA_DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(exported.status, exported.stderr).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).not.toContain('opened with a passphrase');
    const plainCsv = runCli(['export', 'secret', '--out', join(dir, 'secret.csv')], { JHA_DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(plainCsv.status).toBe(2);
    expect(plainCsv.stderr).toMatch(/^jha-survey: questionnaire-encrypted: /);

    const noPassphrase = runCli(['decrypt', '--key', join(dir, 'private.pem'), out], { JHA_KEY_PASSPHRASE: '' });
    expect(noPassphrase.status).toBe(2);
    expect(noPassphrase.stderr).toMatch(/^jha-survey: key-invalid: .*is encrypted: give its passphrase in JHA_KEY_PASSPHRASE/);
    const wrongPassphrase = runCli(['decrypt', '--key', join(dir, 'private.pem'), out], { JHA_KEY_PASSPHRASE: 'wrong' });
    expect(wrongPassphrase.status).toBe(2);
    expect(wrongPassphrase.stderr).toMatch(/^jha-survey: key-invalid: .*does not open with the passphrase/);
    const opened = runCli(['decrypt', '--key', join(dir, 'private.pem'), out], { JHA_KEY_PASSPHRASE: 'correct horse battery staple' });
    expect(opened.status, opened.stderr).toBe(0);
    expect(opened.stdout).toContain('opened with a passphrase');
  }, HOOK_TIMEOUT);
});
