// The collected interviews of a questionnaire, as the server exports them (DESIGN.md §4:
// GET /api/v1/exports/:questionnaireId.csv, manager or analyst, Bearer token), with its variable dictionary.
import { isProblem } from '../../protocol';
import { AnalysisRunError } from './failure';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export async function downloadCollectedCsv(token: string, questionnaireId: string, fetchFn: FetchLike = (i, init) => fetch(i, init)): Promise<Uint8Array> {
  return new Uint8Array(await (await exportFile(token, `${encodeURIComponent(questionnaireId)}.csv`, fetchFn)).arrayBuffer());
}

/** The variable dictionary of the same export (GET /api/v1/exports/:questionnaireId.dictionary.json), parsed JSON. */
export async function downloadCollectedDictionary(token: string, questionnaireId: string, fetchFn: FetchLike = (i, init) => fetch(i, init)): Promise<unknown> {
  const response = await exportFile(token, `${encodeURIComponent(questionnaireId)}.dictionary.json`, fetchFn);
  try {
    return await response.json() as unknown;
  } catch (err) {
    throw new AnalysisRunError('bad-dictionary', `the server's variable dictionary is not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

async function exportFile(token: string, file: string, fetchFn: FetchLike): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(`/api/v1/exports/${file}`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch (err) {
    throw new AnalysisRunError('network-error', `the server cannot be reached (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!response.ok) {
    // An error is a Problem of the protocol (problem+json); anything else, the status says enough.
    const text = await response.text().catch(() => '');
    let body: unknown;
    try { body = JSON.parse(text); } catch { body = undefined; }
    if (!isProblem(body)) throw new AnalysisRunError(`http-${response.status}`, `HTTP ${response.status}`);
    throw new AnalysisRunError(body.code, body.detail ? `${body.title}: ${body.detail}` : body.title);
  }
  return response;
}
