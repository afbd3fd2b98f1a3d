// `jha-survey export --server URL`: the same files through a running server's API (server-api.ts),
// with a manager's or analyst's session token in JHA_TOKEN.
import { writeFile } from 'node:fs/promises';
import type { ExportFormat } from '../../protocol';
import { serverEndpoint, serverRequest } from './server-api';

async function get(url: string, token: string): Promise<Uint8Array> {
  return new Uint8Array(await (await serverRequest(url, token)).arrayBuffer());
}

/** One file of GET /api/v1/exports/ (its name after the prefix) from a running server, token in JHA_TOKEN. */
export async function getExportFile(server: string, name: string, env: NodeJS.ProcessEnv): Promise<Uint8Array> {
  const { token, base } = exportsEndpoint(server, env);
  return get(new URL(name, base).href, token);
}

/** The server's exports address and the session token to send there. */
function exportsEndpoint(server: string, env: NodeJS.ProcessEnv): { token: string; base: URL } {
  const { token, api } = serverEndpoint(server, env, 'a manager or analyst');
  return { token, base: new URL('exports/', api) };
}

export async function exportRemote(
  server: string, questionnaireId: string, format: ExportFormat, out: string | undefined, env: NodeJS.ProcessEnv, locale: string, dictionaryOut?: string,
): Promise<void> {
  const { token, base } = exportsEndpoint(server, env);
  const id = encodeURIComponent(questionnaireId);
  const content = await get(new URL(`${id}.${format}?lang=${encodeURIComponent(locale)}`, base).href, token);
  if (dictionaryOut !== undefined) {
    await writeFile(dictionaryOut, await get(new URL(`${id}.dictionary.json`, base).href, token));
    process.stderr.write(`jha-survey: the variable dictionary of ${questionnaireId} written to ${dictionaryOut}\n`);
  }
  if (out === undefined) {
    process.stdout.write(content);
    return;
  }
  await writeFile(out, content);
  process.stderr.write(`jha-survey: the ${format.toUpperCase()} export of ${questionnaireId} from ${base.origin} written to ${out}\n`);
}
