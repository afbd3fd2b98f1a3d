// `jha-survey export ID --envelopes`: the envelope export of an encrypted questionnaire, from the
// database or through a server (--server, token in JHA_TOKEN) — the same file as
// GET /api/v1/exports/ID.envelopes.json. It holds no answer in clear; `decrypt` opens it.
import { writeFile } from 'node:fs/promises';
import { ENVELOPE_EXPORT_SUFFIX } from '../../protocol';
import { envelopeExport, HttpProblem } from '../../server';
import { CliError } from '../errors';
import { withDatabase } from './database';
import { getExportFile } from './export-remote';
import { EXPORT_BESIDE_SERVER } from './export-run';

export async function exportEnvelopes(questionnaireId: string, out: string | undefined, server: string | undefined, env: NodeJS.ProcessEnv): Promise<void> {
  let content: string | Uint8Array;
  let rows: number | undefined;
  if (server !== undefined) {
    content = await getExportFile(server, `${encodeURIComponent(questionnaireId)}${ENVELOPE_EXPORT_SUFFIX}`, env);
  } else {
    const exported = await withDatabase(env, (db) => envelopeExport(db, questionnaireId), EXPORT_BESIDE_SERVER).catch((err: unknown) => {
      if (err instanceof HttpProblem) throw new CliError(`${err.problem.code}: ${err.problem.detail ?? err.problem.title}`);
      throw err;
    });
    rows = exported.rows.length;
    content = `${JSON.stringify(exported)}\n`;
  }
  if (out === undefined) {
    process.stdout.write(content);
    return;
  }
  await writeFile(out, content, { mode: 0o600 });
  process.stderr.write(`jha-survey: the envelopes of ${questionnaireId}${rows === undefined ? '' : ` (${rows} rows)`} written to ${out}; open them with jha-survey decrypt --key private.pem ${out}\n`);
}
