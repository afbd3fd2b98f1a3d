// The work of `keys generate` and `decrypt` (keys.ts), loaded only when they run.
import { createPrivateKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { EnvelopeExportSchema, type ExportFormat } from '../../protocol';
import { EnvelopeError, generateKeyPairPem, importPrivateKeyPem, openInterview } from '../../crypto';
import { microdataTable, tableSource, type ExportRow } from '../../server';
import { CliError } from '../errors';
import { writeMicrodata } from './export-run';

export async function generateKeys(publicOut: string, privateOut: string, bits: number, env: NodeJS.ProcessEnv): Promise<void> {
  // Never overwrite a key: losing the private key loses every interview sealed for it.
  for (const file of [publicOut, privateOut]) if (existsSync(file)) throw new CliError(`${file} exists; keys are never overwritten (move it away first)`);
  const pair = await generateKeyPairPem(bits);
  const passphrase = env.JHA_KEY_PASSPHRASE;
  const privatePem = passphrase
    ? createPrivateKey(pair.privateKey).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase })
    : pair.privateKey;
  await writeFile(privateOut, privatePem, { mode: 0o600, flag: 'wx' });
  await writeFile(publicOut, pair.publicKey, { flag: 'wx' });
  process.stderr.write(
    `jha-survey: RSA-${bits} key pair written: public ${publicOut} (publish it with the questionnaire), private ${privateOut}${passphrase ? ' (encrypted with JHA_KEY_PASSPHRASE)' : ''}.\n`
    + 'jha-survey: keep the private key off the server and keep a copy in a safe place: without it no interview of the questionnaire can ever be read.\n',
  );
}

/**
 * The private key as WebCrypto needs it. node:crypto reads every usual form — PKCS#8, PKCS#1
 * ("BEGIN RSA PRIVATE KEY", older openssl), and encrypted PKCS#8 with JHA_KEY_PASSPHRASE.
 */
async function readPrivateKey(file: string, env: NodeJS.ProcessEnv): Promise<CryptoKey> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read --key ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const encrypted = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(text);
  if (encrypted && !env.JHA_KEY_PASSPHRASE) throw new CliError(`key-invalid: --key ${file} is encrypted: give its passphrase in JHA_KEY_PASSPHRASE`);
  let pkcs8: string;
  try {
    const key = createPrivateKey({ key: text, format: 'pem', ...(env.JHA_KEY_PASSPHRASE ? { passphrase: env.JHA_KEY_PASSPHRASE } : {}) });
    if (key.asymmetricKeyType !== 'rsa') throw new Error(`a ${key.asymmetricKeyType ?? 'non-RSA'} key`);
    pkcs8 = key.export({ type: 'pkcs8', format: 'pem' }).toString();
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new CliError(encrypted
      ? `key-invalid: --key ${file} does not open with the passphrase in JHA_KEY_PASSPHRASE`
      : `key-invalid: --key ${file} is not an RSA private key (PEM): ${why}`);
  }
  return importPrivateKeyPem(pkcs8);
}

export async function decryptExport(
  file: string, keyFile: string, format: ExportFormat, out: string | undefined, locale: string, dictionaryOut: string | undefined, env: NodeJS.ProcessEnv,
): Promise<void> {
  let raw: unknown;
  try {
    raw = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliError(`${file}: not a JSON file: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  const parsed = EnvelopeExportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`envelope-export-invalid: ${file}: not an envelope export (GET /exports/ID.envelopes.json): ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const exported = parsed.data;
  const privateKey = await readPrivateKey(keyFile, env);
  const rows: ExportRow[] = [];
  let opened = 0;
  for (const row of exported.rows) {
    let data = row.data;
    if (row.envelope !== undefined) {
      try {
        const plain = await openInterview(privateKey, row.instanceId, {
          questionnaireId: exported.questionnaireId, version: row.version, data: {}, paradata: { startedAt: row.startedAt ?? '' }, disposition: row.disposition, envelope: row.envelope,
        });
        data = plain.data;
        opened++;
      } catch (err) {
        // One wrong envelope is an error for the whole file: a partial table would look complete.
        if (err instanceof EnvelopeError) throw new CliError(`${err.code}: interview ${row.instanceId}: ${err.message}`);
        throw err;
      }
    }
    rows.push({
      instance_id: row.instanceId, interviewer: row.interviewer, questionnaire_id: exported.questionnaireId, version: row.version, case_id: row.caseId,
      disposition: row.disposition, started_at: row.startedAt, ended_at: row.endedAt, review_state: row.reviewState, data,
    });
  }
  const table = microdataTable(exported.questionnaireId, exported.versions.map((v) => ({ version: v.version, definition: v.definition })), rows);
  process.stderr.write(`jha-survey: ${opened} envelope${opened === 1 ? '' : 's'} of ${exported.questionnaireId} opened\n`);
  await writeMicrodata(tableSource(table), format, out, locale, dictionaryOut);
}
