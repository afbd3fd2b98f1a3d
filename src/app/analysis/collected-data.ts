// The collected interviews of a questionnaire, as the server exports them (DESIGN.md §4:
// GET /api/v1/exports/:questionnaireId.csv, manager or analyst, Bearer token).
import { AnalysisRunError } from './failure';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export async function downloadCollectedCsv(token: string, questionnaireId: string, fetchFn: FetchLike = (i, init) => fetch(i, init)): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchFn(`/api/v1/exports/${encodeURIComponent(questionnaireId)}.csv`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch (err) {
    throw new AnalysisRunError('network-error', `the server cannot be reached (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    let problem: { code?: unknown; title?: unknown; detail?: unknown } = {};
    try { problem = JSON.parse(text) as typeof problem; } catch { /* not a Problem: the status says enough */ }
    const code = typeof problem.code === 'string' ? problem.code : `http-${response.status}`;
    const title = typeof problem.title === 'string' ? problem.title : `HTTP ${response.status}`;
    throw new AnalysisRunError(code, typeof problem.detail === 'string' && problem.detail !== '' ? `${title}: ${problem.detail}` : title);
  }
  return new Uint8Array(await response.arrayBuffer());
}
