/**
 * DIR/microdata.csv of `jha-survey weight`: the responding units only, one row each, with
 *   case_id, stratum, psu, weight (final person weight), weight_hh (household weight d·f),
 *   base_weight, nonresponse_factor, selection_factor, calibration_factor,
 *   the derived variables (age_group …), then every column of the export not already written.
 * design.json names these columns (weigh.ts), so `analyze indicators` reads the pair as is.
 */
import { csvField } from '../tables/csv';
import type { DataTable } from '../io/table';
import type { WeightingResult } from './weigh';

export const MICRODATA_WEIGHT_COLUMNS = ['case_id', 'stratum', 'psu', 'weight', 'weight_hh', 'base_weight', 'nonresponse_factor', 'selection_factor', 'calibration_factor'] as const;

export function weightedMicrodataCsv(result: WeightingResult, data: DataTable): string {
  const u = result.units;
  const derived = [...u.derived.keys()];
  const written = new Set<string>([...MICRODATA_WEIGHT_COLUMNS, ...derived]);
  const rest = data.names.filter((n) => !written.has(n) && data.columns.has(n));
  const cols = rest.map((n) => {
    const c = data.columns.get(n)!;
    return (r: number): string => (c.kind === 'category' ? (c.codes[r] < 0 ? '' : c.levels[c.codes[r]]) : Number.isNaN(c.values[r]) ? '' : String(c.values[r]));
  });
  const lines = [[...MICRODATA_WEIGHT_COLUMNS, ...derived, ...rest].map(csvField).join(',')];
  for (let j = 0; j < u.caseId.length; j++) {
    const r = u.dataRow[j];
    lines.push([
      u.caseId[j], u.stratum[j], u.psu[j], String(u.weight[j]), String(u.weightHh[j]), String(u.base[j]), String(u.nonresponse[j]), String(u.selection[j]), String(u.calibration[j]),
      ...derived.map((d) => u.derived.get(d)![j]), ...cols.map((c) => c(r)),
    ].map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}
