// The CLI's requests to a running server (`--server URL`, also JHA_SERVER): the commands that read
// or change the database work beside a server that holds the embedded database (PGlite allows one
// process) and from any machine that may reach it. The session token comes from JHA_TOKEN, never
// from the command line, where other users of the machine could read it.
import { CliError } from '../errors';

/** The server's API address and the session token to send there, or the CLI's one-line error. */
export function serverEndpoint(server: string, env: NodeJS.ProcessEnv, whose: string): { token: string; api: URL } {
  const token = env.JHA_TOKEN;
  if (token === undefined || token === '') throw new CliError(`--server needs a session token in JHA_TOKEN (${whose}: POST /api/v1/session)`);
  try {
    return { token, api: new URL('/api/v1/', server) };
  } catch {
    throw new CliError(`--server must be a URL such as http://localhost:8080, not ${JSON.stringify(server)}`);
  }
}

/** A problem document's code and detail as the CLI's one line, else the status. */
export async function problemLine(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { code?: unknown; detail?: unknown; title?: unknown };
    if (typeof body.code === 'string') return `${body.code}: ${String(body.detail ?? body.title ?? '')}`;
  } catch {
    // not a problem document
  }
  return `HTTP ${response.status}`;
}

/** One request to the server; a failed one (unreachable, or a problem) is the CLI's one-line error. */
export async function serverRequest(url: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch (err) {
    throw new CliError(`server-unreachable: ${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!response.ok) throw new CliError(await problemLine(response));
  return response;
}
