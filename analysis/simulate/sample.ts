/**
 * A stratified two-stage sample from a simulated population, as a survey agency would draw it:
 * strata = region × urban/rural; PSUs selected with probability proportional to their frame size
 * (systematic PPS); a fixed number of addresses by simple random sampling in each PSU; one adult
 * selected at random in each responding household (Kish), so the person weight is the household
 * weight × the number of eligible adults. Addresses get AAPOR dispositions (vacant dwellings,
 * refusals, non-contacts, …); the household weight is adjusted for non-response within the stratum.
 * The allocation of PSUs is half equal, half proportional: weights differ between strata.
 */
import type { DataTable, Column } from '../io/table';
import { Random, mixSeed } from './random';
import { householdAdults, TEXT_LEVELS, type Population } from './population';
import { TEXT_VARIABLES, VARIABLES } from './variables';

export interface SampleOptions {
  /** Target number of completed interviews (default 5000). */
  readonly n?: number;
  /** Addresses issued per PSU (default 12). */
  readonly perPsu?: number;
}

export interface DispositionRecord {
  readonly caseId: string;
  readonly region: string;
  readonly urban: number;
  readonly stratum: string;
  readonly psu: string;
  readonly interviewer: string;
  readonly disposition: string;
}

export interface SimulatedSample {
  /** One record per completed interview, laid out as VARIABLES. */
  readonly records: Float64Array[];
  readonly caseId: string[];
  readonly interviewer: string[];
  readonly stratum: string[];
  readonly psu: string[];
  readonly weight: Float64Array;
  readonly weightHh: Float64Array;
  /** Every issued address with its final AAPOR disposition code. */
  readonly dispositions: DispositionRecord[];
}

/** AAPOR final dispositions of issued addresses (in-person household survey) and their shares. */
const DISPOSITIONS: readonly [string, number][] = [
  ['1.1', 0.74], ['1.2', 0.01], ['2.11', 0.09], ['2.12', 0.01], ['2.24', 0.06], ['2.31', 0.005], ['2.32', 0.01],
  ['3.11', 0.01], ['3.21', 0.005],
];
const DISPOSITION_WEIGHTS = DISPOSITIONS.map(([, p]) => p);

export function drawSample(pop: Population, sampleSeed: number, options: SampleOptions = {}): SimulatedSample {
  const rng = new Random(mixSeed(pop.seed, 3, sampleSeed));
  const n = options.n ?? 5000;
  const m = options.perPsu ?? 12;
  const completeShare = DISPOSITIONS[0][1] / DISPOSITION_WEIGHTS.reduce((a, b) => a + b, 0);
  // About 4.5 % of the addresses are vacant dwellings.
  const totalPsus = Math.max(2 * pop.strata.length, Math.round(n / (m * completeShare * 0.955)));
  const frameTotal = pop.strata.reduce((a, s) => a + s.frameSize, 0);
  const alloc = pop.strata.map((s) => Math.max(2, Math.min(s.psus.length, Math.round(totalPsus * (0.5 / pop.strata.length + 0.5 * s.frameSize / frameTotal)))));

  const records: Float64Array[] = [];
  const caseId: string[] = [], interviewer: string[] = [], stratumOut: string[] = [], psuOut: string[] = [];
  const baseWeight: number[] = [], eligibleAdults: number[] = [], rowStratum: number[] = [];
  const dispositions: DispositionRecord[] = [];
  const issuedEligible = new Float64Array(pop.strata.length);
  const completed = new Float64Array(pop.strata.length);

  pop.strata.forEach((stratum, h) => {
    const nh = alloc[h];
    // Systematic PPS on frame size.
    const step = stratum.frameSize / nh;
    let target = rng.next() * step;
    let cum = 0;
    const chosen: number[] = [];
    for (const p of stratum.psus) {
      cum += pop.psuHouseholds[p] + pop.psuVacant[p];
      while (target < cum && chosen.length < nh) { chosen.push(p); target += step; }
    }
    chosen.forEach((p, k) => {
      const psuLabel = `P${String(p + 1).padStart(4, '0')}`;
      const interviewerId = `${stratum.label.slice(0, 2).toUpperCase()}${String(1 + (k % Math.max(2, Math.ceil(nh / 6)))).padStart(2, '0')}`;
      const frame = pop.psuHouseholds[p] + pop.psuVacant[p];
      const addresses = rng.sample(frame, Math.min(m, frame));
      // Each address's inclusion probability is n_h · F_i / F_h · m / F_i = n_h m / F_h.
      const w = stratum.frameSize / (nh * Math.min(m, frame));
      addresses.forEach((a, j) => {
        const id = `${psuLabel}-${String(k + 1).padStart(2, '0')}-${String(j + 1).padStart(2, '0')}`;
        const base = { caseId: id, region: TEXT_LEVELS.region[stratum.region], urban: stratum.urban, stratum: stratum.label, psu: psuLabel, interviewer: interviewerId };
        if (a >= pop.psuHouseholds[p]) { dispositions.push({ ...base, disposition: '4.6' }); return; }
        const disposition = DISPOSITIONS[rng.pick(DISPOSITION_WEIGHTS)][0];
        dispositions.push({ ...base, disposition });
        issuedEligible[h]++;
        if (disposition !== '1.1') return;
        completed[h]++;
        const hh = pop.psuFirstHousehold[p] + a;
        let selected = -1;
        householdAdults(pop, p, hh, (rec, adult, adults) => {
          if (selected < 0) selected = rng.int(0, adults - 1);
          if (adult !== selected) return;
          rec[VARIABLES.indexOf('sel_line')] = adult + 1;
          records.push(rec.slice());
          caseId.push(id); interviewer.push(interviewerId); stratumOut.push(stratum.label); psuOut.push(psuLabel);
          baseWeight.push(w); eligibleAdults.push(adults); rowStratum.push(h);
        });
      });
    });
  });
  const weightHh = new Float64Array(records.length);
  const weight = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const h = rowStratum[i];
    weightHh[i] = baseWeight[i] * (issuedEligible[h] / completed[h]);
    weight[i] = weightHh[i] * eligibleAdults[i];
  }
  return { records, caseId, interviewer, stratum: stratumOut, psu: psuOut, weight, weightHh, dispositions };
}

/** Design columns written beside the questionnaire variables. */
export const DESIGN_COLUMNS = ['case_id', 'interviewer', 'disposition', 'stratum', 'psu', 'weight', 'weight_hh'] as const;

function category(name: string, values: readonly string[]): Column {
  const levels: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((v, i) => {
    let c = index.get(v);
    if (c === undefined) { c = levels.length; levels.push(v); index.set(v, c); }
    codes[i] = c;
  });
  return { kind: 'category', name, codes, levels };
}

/**
 * Columns from `n` records stored one after the other in `flat` (record i at i·VARIABLES.length),
 * all variables or `only` those.
 */
export function flatRecordColumns(flat: Float64Array, n: number, only?: ReadonlySet<string>): Map<string, Column> {
  const V = VARIABLES.length;
  const columns = new Map<string, Column>();
  VARIABLES.forEach((v, k) => {
    if (only && !only.has(v)) return;
    if (TEXT_VARIABLES.has(v)) {
      const codes = new Int32Array(n);
      for (let i = 0; i < n; i++) { const x = flat[i * V + k]; codes[i] = Number.isNaN(x) ? -1 : x; }
      columns.set(v, { kind: 'category', name: v, codes, levels: [...TEXT_LEVELS[v]] });
    } else {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = flat[i * V + k];
      columns.set(v, { kind: 'number', name: v, values });
    }
  });
  return columns;
}

/** The questionnaire variables of simulated records (all, or `only` those) as typed columns. */
export function recordColumns(records: readonly Float64Array[], only?: ReadonlySet<string>): Map<string, Column> {
  const n = records.length;
  const columns = new Map<string, Column>();
  VARIABLES.forEach((v, k) => {
    if (only && !only.has(v)) return;
    if (TEXT_VARIABLES.has(v)) {
      const levels = [...TEXT_LEVELS[v]];
      const codes = new Int32Array(n);
      for (let i = 0; i < n; i++) { const x = records[i][k]; codes[i] = Number.isNaN(x) ? -1 : x; }
      columns.set(v, { kind: 'category', name: v, codes, levels });
    } else {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = records[i][k];
      columns.set(v, { kind: 'number', name: v, values });
    }
  });
  return columns;
}

/** The sample as typed columns (what reading microdata.csv back gives). */
export function sampleTable(sample: SimulatedSample): DataTable {
  const n = sample.records.length;
  const columns = new Map<string, Column>();
  columns.set('case_id', category('case_id', sample.caseId));
  columns.set('interviewer', category('interviewer', sample.interviewer));
  columns.set('disposition', category('disposition', sample.caseId.map(() => '1.1')));
  columns.set('stratum', category('stratum', sample.stratum));
  columns.set('psu', category('psu', sample.psu));
  columns.set('weight', { kind: 'number', name: 'weight', values: sample.weight });
  columns.set('weight_hh', { kind: 'number', name: 'weight_hh', values: sample.weightHh });
  for (const [name, col] of recordColumns(sample.records)) columns.set(name, col);
  return { rowCount: n, names: [...DESIGN_COLUMNS, ...VARIABLES], columns };
}

const csvCell = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const num = (x: number): string => (Number.isNaN(x) ? "" : String(x));

/** microdata.csv: design columns, then the questionnaire variables; empty cells where not asked. */
export function sampleCsv(sample: SimulatedSample): string {
  const lines: string[] = [[...DESIGN_COLUMNS, ...VARIABLES].join(',')];
  const text = VARIABLES.map((v) => (TEXT_VARIABLES.has(v) ? TEXT_LEVELS[v] : undefined));
  sample.records.forEach((rec, i) => {
    const cells = [csvCell(sample.caseId[i]), csvCell(sample.interviewer[i]), '1.1', csvCell(sample.stratum[i]), csvCell(sample.psu[i]), num(sample.weight[i]), num(sample.weightHh[i])];
    for (let k = 0; k < rec.length; k++) {
      const x = rec[k];
      const levels = text[k];
      cells.push(Number.isNaN(x) ? '' : levels ? csvCell(levels[x]) : num(x));
    }
    lines.push(cells.join(','));
  });
  return lines.join('\n') + '\n';
}

/** dispositions.csv: every issued address with its AAPOR final disposition. */
export function dispositionsCsv(sample: SimulatedSample): string {
  const lines = ['case_id,region,urban,stratum,psu,interviewer,disposition'];
  for (const d of sample.dispositions) lines.push([d.caseId, d.region, d.urban, d.stratum, d.psu, d.interviewer, d.disposition].map((x) => csvCell(String(x))).join(','));
  return lines.join('\n') + '\n';
}
