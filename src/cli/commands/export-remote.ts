// `jha-survey export --server URL`: the same files through a running server's API, so an export
// works beside a server that holds the embedded database (PGlite allows one process) and from any
// machine that may reach it. The token comes from JHA_TOKEN (a manager's or analyst's session),
// never from the command line, where other users of the machine could read it.
import { writeFile } from 'node:fs/promises';
import { CliError } from '../errors';
import type { ExportFormat } from '../../protocol';

async function problemLine(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { code?: unknown; detail?: unknown; title?: unknown };
    if (typeof body.code === 'string') return `${body.code}: ${String(body.detail ?? body.title ?? '')}`;
  } catch {
    // not a problem document
  }
  return `HTTP ${response.status}`;
}

async function get(url: string, token: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  } catch (err) {
    throw new CliError(`server-unreachable: ${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!response.ok) throw new CliError(await problemLine(response));
  return new Uint8Array(await response.arrayBuffer());
}

/** One file of GET /api/v1/exports/ (its name after the prefix) from a running server, token in JHA_TOKEN. */
export async function getExportFile(server: string, name: string, env: NodeJS.ProcessEnv): Promise<Uint8Array> {
  const { token, base } = exportsEndpoint(server, env);
  return get(new URL(name, base).href, token);
}

/** The server's exports address and the session token to send there, or the CLI's one-line error. */
function exportsEndpoint(server: string, env: NodeJS.ProcessEnv): { token: string; base: URL } {
  const token = env.JHA_TOKEN;
  if (token === undefined || token === '') throw new CliError('--server needs a session token in JHA_TOKEN (a manager or analyst: POST /api/v1/session)');
  try {
    return { token, base: new URL('/api/v1/exports/', server) };
  } catch {
    throw new CliError(`--server must be a URL such as http://localhost:8080, not ${JSON.stringify(server)}`);
  }
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
