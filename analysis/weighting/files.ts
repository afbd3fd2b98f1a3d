/**
 * DIR/microdata.csv of `jha-survey weight`: the responding units only, one row each, with
 *   case_id, stratum, psu, weight (final person weight), weight_hh (household weight d·f),
 *   base_weight, nonresponse_factor, selection_factor, calibration_factor,
 *   the derived variables (age_group …), then every column of the export not already written.
 * design.json names these columns (weigh.ts), so `analyze indicators` reads the pair as is.
 */
import { csvField } from '../tables/csv';
import type { Column, DataTable } from '../io/table';
import { REPLICATE_COLUMN, type WeightingResult } from './weigh';

export const MICRODATA_WEIGHT_COLUMNS = ['case_id', 'stratum', 'psu', 'weight', 'weight_hh', 'base_weight', 'nonresponse_factor', 'selection_factor', 'calibration_factor'] as const;

export function weightedMicrodataCsv(result: WeightingResult, data: DataTable): string {
  const u = result.units;
  const derived = [...u.derived.keys()];
  const reps = u.replicates ?? [];
  const repNames = reps.map((_, r) => REPLICATE_COLUMN(r));
  const written = new Set<string>([...MICRODATA_WEIGHT_COLUMNS, ...repNames, ...derived]);
  const rest = data.names.filter((n) => !written.has(n) && data.columns.has(n));
  const cols = rest.map((n) => {
    const c = data.columns.get(n)!;
    return (r: number): string => (c.kind === 'category' ? (c.codes[r] < 0 ? '' : c.levels[c.codes[r]]) : Number.isNaN(c.values[r]) ? '' : String(c.values[r]));
  });
  const lines = [[...MICRODATA_WEIGHT_COLUMNS, ...repNames, ...derived, ...rest].map(csvField).join(',')];
  for (let j = 0; j < u.caseId.length; j++) {
    const r = u.dataRow[j];
    lines.push([
      u.caseId[j], u.stratum[j], u.psu[j], String(u.weight[j]), String(u.weightHh[j]), String(u.base[j]), String(u.nonresponse[j]), String(u.selection[j]), String(u.calibration[j]),
      ...reps.map((w) => String(w[j])), ...derived.map((d) => u.derived.get(d)![j]), ...cols.map((c) => c(r)),
    ].map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}

/**
 * The same microdata as a table in memory (what reading microdata.csv back gives, columns typed
 * as they were in `data`), for callers that estimate at once — the manager's screen, the
 * coverage benchmark — without writing and parsing a file.
 */
export function weightedMicrodataTable(result: WeightingResult, data: DataTable): DataTable {
  const u = result.units;
  const n = u.caseId.length;
  const columns = new Map<string, Column>();
  const text = (name: string, values: readonly string[]): void => {
    const levels: string[] = [];
    const index = new Map<string, number>();
    const codes = Int32Array.from(values, (v) => {
      if (v === '') return -1;
      let c = index.get(v);
      if (c === undefined) { c = levels.length; levels.push(v); index.set(v, c); }
      return c;
    });
    columns.set(name, { kind: 'category', name, codes, levels });
  };
  const number = (name: string, values: Float64Array): void => { columns.set(name, { kind: 'number', name, values }); };
  text('case_id', u.caseId); text('stratum', u.stratum); text('psu', u.psu);
  number('weight', u.weight); number('weight_hh', u.weightHh); number('base_weight', u.base);
  number('nonresponse_factor', u.nonresponse); number('selection_factor', u.selection); number('calibration_factor', u.calibration);
  (u.replicates ?? []).forEach((w, r) => number(REPLICATE_COLUMN(r), w));
  for (const [name, values] of u.derived) text(name, values);
  const written = new Set(columns.keys());
  const rest = data.names.filter((name) => !written.has(name) && data.columns.has(name));
  for (const name of rest) {
    const c = data.columns.get(name)!;
    if (c.kind === 'category') columns.set(name, { kind: 'category', name, codes: Int32Array.from(u.dataRow, (r) => c.codes[r]), levels: c.levels });
    else columns.set(name, { kind: 'number', name, values: Float64Array.from(u.dataRow, (r) => c.values[r]) });
  }
  return { rowCount: n, names: [...written, ...rest], columns };
}
