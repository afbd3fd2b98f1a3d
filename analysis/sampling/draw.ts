/**
 * The stratified two-stage sample of a household survey (UN Handbook on Designing Household
 * Sample Surveys, ch. 3–5), drawn from a frame with one row per listed household:
 *
 * Stage 1, enumeration areas (PSUs) with probability proportional to size, within each stratum:
 *   π_1i = n_h · A_i / Σ_{j∈h} A_j (A_i the area's measure of size), areas reaching 1 taken with
 *   certainty and the rest re-shared (`inclusionProbabilities`, as R `sampling`); the areas
 *   are selected by systematic PPS in frame order with one random start per stratum.
 * Stage 2, households within each selected area: m of the M_i listed households, by systematic
 *   sampling (random start, fractional interval M_i/m, in list order) or simple random sampling;
 *   π_2|i = m / M_i (all of them when M_i ≤ m).
 * Inclusion probability π = π_1i · π_2|i; base (design) weight d = 1/π.
 *
 * Reproducible from the seed: one mulberry32 stream (analysis/prng.ts), used in stratum order
 * (strata sorted by label), then area order — the same frame, plan and seed give the same sample.
 */
import { AnalysisError } from '../errors';
import { compareLabels } from '../design';
import { categoryValues, numericValues, type DataTable } from '../io/table';
import { mulberry32 } from '../prng';
import { allocate, type StratumFrame } from './allocation';
import { inclusionProbabilities } from './inclusion';
import type { SamplingPlan } from './plan';
import { simpleRandom, systematicEqual, systematicPps } from './systematic';
import { KISH_TABLE_SHARES } from './kish';

/** One selected household. */
export interface SampledHousehold {
  readonly caseId: string;
  readonly stratum: string;
  readonly psu: string;
  /** Row of the frame. */
  readonly frameRow: number;
  readonly pi1: number;
  readonly pi2: number;
  readonly pi: number;
  readonly baseWeight: number;
  readonly interviewer: string;
  /** The Kish table of the address (`households.kishTables`), printed on the assignment. */
  readonly kishTable?: string;
}

/** One stratum's first stage, for the report and the tests. */
export interface StratumSelection {
  readonly label: string;
  readonly allocated: number;
  /** Every area of the stratum with its measure of size and π_1 (R `inclusionprobabilities`). */
  readonly psus: readonly { psu: string; size: number; pi1: number; households: number }[];
  readonly selected: readonly string[];
  readonly certainty: number;
}

export interface DrawnSample {
  readonly households: readonly SampledHousehold[];
  readonly strata: readonly StratumSelection[];
}

export interface DrawOptions {
  readonly seed: number;
  /** Interviewers, one per area in selection order, round-robin (overrides the plan). */
  readonly interviewers?: readonly string[];
}

interface AreaInFrame { label: string; rows: number[]; size: number }

export function drawTwoStageSample(frame: DataTable, plan: SamplingPlan, options: DrawOptions): DrawnSample {
  const { stratum: stratumCol, psu: psuCol, size: sizeCol } = plan.frame;
  if (!frame.columns.has(sizeCol)) {
    throw new AnalysisError('no-measure-of-size', `the frame has no measure-of-size column "${sizeCol}" (plan frame.size); columns: ${frame.names.join(', ')}`);
  }
  for (const c of [stratumCol, psuCol]) if (!frame.columns.has(c)) throw new AnalysisError('missing-column', `the frame has no column "${c}" (plan frame); columns: ${frame.names.join(', ')}`);
  const strataCol = categoryValues(frame, stratumCol);
  const psus = categoryValues(frame, psuCol);
  const sizes = numericValues(frame, sizeCol);

  // Areas in frame order, grouped by stratum; every row of an area carries the same size.
  const byStratum = new Map<string, Map<string, AreaInFrame>>();
  for (let i = 0; i < frame.rowCount; i++) {
    const s = strataCol.codes[i], p = psus.codes[i];
    if (s < 0 || p < 0) throw new AnalysisError('missing-design-value', `frame row ${i + 2}: empty ${s < 0 ? stratumCol : psuCol}`);
    const size = sizes[i];
    if (!(size > 0)) throw new AnalysisError('no-measure-of-size', `frame row ${i + 2}: area "${psus.levels[p]}" has no positive measure of size in "${sizeCol}" (${Number.isNaN(size) ? 'empty' : size})`);
    const label = strataCol.levels[s];
    let areas = byStratum.get(label);
    if (!areas) { areas = new Map(); byStratum.set(label, areas); }
    const psuLabel = psus.levels[p];
    const area = areas.get(psuLabel);
    if (area) {
      if (area.size !== size) throw new AnalysisError('no-measure-of-size', `frame row ${i + 2}: area "${psuLabel}" has measure of size ${size} here and ${area.size} on an earlier row`);
      area.rows.push(i);
    } else {
      for (const [other, otherAreas] of byStratum) {
        if (other !== label && otherAreas.has(psuLabel)) throw new AnalysisError('not-nested', `frame row ${i + 2}: area "${psuLabel}" is in strata "${other}" and "${label}"`);
      }
      areas.set(psuLabel, { label: psuLabel, rows: [i], size });
    }
  }
  const labels = [...byStratum.keys()].sort(compareLabels);
  const frames: StratumFrame[] = labels.map((label) => {
    const areas = [...byStratum.get(label)!.values()];
    return { label, psuCount: areas.length, size: areas.reduce((a, x) => a + x.size, 0) };
  });
  const alloc = allocate(frames, plan.psus);

  const roster = options.interviewers ?? plan.interviewers?.list;
  const interviewerCol = roster ? undefined : plan.interviewers?.column;
  const interviewerOf = interviewerCol ? categoryValues(frame, interviewerCol) : undefined;
  if (!roster && !interviewerOf) throw new AnalysisError('bad-plan', 'no interviewers: give --interviewers a,b,c or plan interviewers.list or interviewers.column');

  const next = mulberry32(options.seed);
  const m = plan.households.perPsu;
  const method = plan.households.method ?? 'systematic';
  const households: SampledHousehold[] = [];
  const strata: StratumSelection[] = [];
  let areaCount = 0;
  labels.forEach((label, h) => {
    const areas = [...byStratum.get(label)!.values()];
    const pik = inclusionProbabilities(areas.map((a) => a.size), alloc[h]);
    const chosen = systematicPps(pik, next());
    strata.push({
      label, allocated: alloc[h], certainty: chosen.filter((k) => pik[k] >= 1 - 1e-6).length,
      psus: areas.map((a, k) => ({ psu: a.label, size: a.size, pi1: pik[k], households: a.rows.length })),
      selected: chosen.map((k) => areas[k].label),
    });
    for (const k of chosen) {
      const area = areas[k];
      const M = area.rows.length;
      const take = Math.min(m, M);
      const picked = take === M ? area.rows.map((_, j) => j) : method === 'srs' ? simpleRandom(M, take, next) : systematicEqual(M, take, next());
      const interviewer = roster ? roster[areaCount % roster.length] : areaInterviewer(interviewerOf!, area, interviewerCol!);
      areaCount++;
      const pi2 = take / M;
      for (const j of picked) {
        const pi = pik[k] * pi2;
        households.push({
          caseId: `${area.label}-${String(j + 1).padStart(3, '0')}`, stratum: label, psu: area.label, frameRow: area.rows[j],
          pi1: pik[k], pi2, pi, baseWeight: 1 / pi, interviewer,
        });
      }
    }
  });
  if (plan.households.kishTables) {
    // Drawn after the selection, so that asking for tables leaves the sample itself unchanged.
    const tables = Object.keys(KISH_TABLE_SHARES);
    const cumulative = tables.map((_, k) => tables.slice(0, k + 1).reduce((a, t) => a + KISH_TABLE_SHARES[t], 0));
    const withTables = households.map((h) => {
      const u = next() * cumulative[cumulative.length - 1];
      return { ...h, kishTable: tables[Math.max(0, cumulative.findIndex((c) => u < c))] };
    });
    return { households: withTables, strata };
  }
  return { households, strata };
}

function areaInterviewer(col: { codes: Int32Array; levels: string[] }, area: AreaInFrame, name: string): string {
  const code = col.codes[area.rows[0]];
  for (const r of area.rows) {
    if (col.codes[r] !== code) throw new AnalysisError('bad-plan', `frame row ${r + 2}: area "${area.label}" has more than one ${name}; one interviewer works one area`);
  }
  if (code < 0) throw new AnalysisError('bad-plan', `frame row ${area.rows[0] + 2}: area "${area.label}" has no ${name}`);
  return col.levels[code];
}
