/**
 * The files `jha-survey sample` writes (pure: text in, text out).
 *
 * sample.csv — one row per selected household:
 *   case_id, stratum, psu, pi1 (area's π), pi2 (household's π within the area), pi (= pi1·pi2),
 *   base_weight (= 1/pi), interviewer, then every column of the frame (those not already written).
 * assignments.csv — the supervision desk's import format (src/app/supervision/assignments-file.ts):
 *   interviewer, case_id, then the plan's `prefill` columns (questions answered in advance).
 */
import { csvField } from '../tables/csv';
import type { DataTable } from '../io/table';
import { AnalysisError } from '../errors';
import type { DrawnSample } from './draw';

/** The fixed columns of sample.csv, in order (`weight` reads them by these names). */
export const SAMPLE_COLUMNS = ['case_id', 'stratum', 'psu', 'pi1', 'pi2', 'pi', 'base_weight', 'interviewer'] as const;

function cellText(table: DataTable, name: string, row: number): string {
  const c = table.columns.get(name);
  if (!c) return '';
  if (c.kind === 'category') return c.codes[row] < 0 ? '' : c.levels[c.codes[row]];
  return Number.isNaN(c.values[row]) ? '' : String(c.values[row]);
}

const line = (cells: readonly string[]): string => cells.map(csvField).join(',') + '\n';

/** The assignment's Kish table column: the questionnaire's question of that name. */
export const KISH_TABLE_COLUMN = 'sel_kish_table';

export function sampleFileCsv(sample: DrawnSample, frame: DataTable): string {
  const kish = sample.households.some((h) => h.kishTable !== undefined);
  const fixed = new Set<string>([...SAMPLE_COLUMNS, ...(kish ? [KISH_TABLE_COLUMN] : [])]);
  const extra = frame.names.filter((n) => !fixed.has(n) && frame.columns.has(n));
  let out = line([...SAMPLE_COLUMNS, ...(kish ? [KISH_TABLE_COLUMN] : []), ...extra]);
  for (const h of sample.households) {
    out += line([h.caseId, h.stratum, h.psu, String(h.pi1), String(h.pi2), String(h.pi), String(h.baseWeight), h.interviewer,
      ...(kish ? [h.kishTable ?? ''] : []), ...extra.map((n) => cellText(frame, n, h.frameRow))]);
  }
  return out;
}

export function assignmentsCsv(sample: DrawnSample, frame: DataTable, prefill: readonly string[]): string {
  const missing = prefill.filter((p) => !frame.columns.has(p));
  if (missing.length > 0) throw new AnalysisError('bad-plan', `plan: prefill names columns not in the frame: ${missing.join(', ')}`);
  const kish = sample.households.some((h) => h.kishTable !== undefined);
  let out = line(['interviewer', 'case_id', ...prefill, ...(kish ? [KISH_TABLE_COLUMN] : [])]);
  for (const h of sample.households) out += line([h.interviewer, h.caseId, ...prefill.map((p) => cellText(frame, p, h.frameRow)), ...(kish ? [h.kishTable ?? ''] : [])]);
  return out;
}
