/**
 * A field survey of the simulated population, run with the product's own sampling code:
 *
 *   frame      one row per listed dwelling (households and vacant dwellings) with its stratum,
 *              enumeration area and the area's census measure of size (which differs from the
 *              listing by up to ±10 %, as census counts age);
 *   plan       proportional allocation of areas, 12 dwellings per area, systematic;
 *   sample     drawn by analysis/sampling (`jha-survey sample`);
 *   field      every sampled case gets a final AAPOR disposition. Nonresponse depends on covariates
 *              that also drive victimization, so the unadjusted estimate is biased:
 *                contact     logit p = 2.2 − 0.6·urban − 0.5·capital − 0.6·(one adult)
 *                cooperation logit p = 1.1 + 0.025·(age − 40) + 0.3·woman (of the selected adult)
 *              and it is ignorable given stratum, sex and age group (what the weighting adjusts
 *              for), so the weighted estimate is not. Vacant dwellings are 4.6, 2 % of all cases
 *              stay of unknown eligibility (3.11 / 3.21), some eligible ones end 2.12 or 2.31.
 *              In each responding household one adult is selected as the questionnaire records it:
 *              Kish table (the address's table from the sample, in Kish's shares; the adults in generation
 *              order are the Kish order — they are exchangeable) or last birthday (equal chance).
 *   margins    population counts by region, sex and age group (the census margins).
 */
import type { DataTable } from '../io/table';
import { KISH_TABLES, KISH_TABLE_SHARES } from '../sampling/kish';
import { drawTwoStageSample, type DrawnSample } from '../sampling/draw';
import type { SamplingPlan } from '../sampling/plan';
import { groupLabel } from '../weighting/plan';
import { CAPITAL_REGION, householdAdults, REGIONS, TEXT_LEVELS, type Population } from './population';
import { Random, mixSeed, plogis } from './random';
import { TEXT_VARIABLES, VARIABLES } from './variables';

/** Age groups of the margins and of the weighting plan the simulator writes. */
export const FIELD_AGE_BREAKS = [18, 30, 45, 65] as const;
export const FIELD_QUESTIONNAIRE = 'victimization';

export interface FieldFrame {
  readonly table: DataTable;
  /** First frame row of each area, and its listed dwellings. */
  readonly psuFirstRow: Int32Array;
  readonly rowPsu: Int32Array;
}

/** One sampled case and what the field made of it. */
export interface FieldCase {
  readonly caseId: string;
  readonly interviewer: string;
  readonly disposition: string;
  /** The interview's answers by question name (only for an interview). */
  readonly answers?: Readonly<Record<string, number | string>>;
}

export function fieldFrame(pop: Population): FieldFrame {
  const P = pop.psuHouseholds.length;
  const psuFirstRow = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) psuFirstRow[p + 1] = psuFirstRow[p] + pop.psuHouseholds[p] + pop.psuVacant[p];
  const N = psuFirstRow[P];
  const rowPsu = new Int32Array(N);
  const stratum = new Int32Array(N), ea = new Int32Array(N), size = new Float64Array(N), region = new Int32Array(N), urban = new Float64Array(N);
  const rng = new Random(mixSeed(pop.seed, 6));
  for (let p = 0; p < P; p++) {
    const listed = psuFirstRow[p + 1] - psuFirstRow[p];
    const census = Math.max(1, Math.round(listed * (0.9 + 0.2 * rng.next())));
    const h = pop.psuStratum[p];
    for (let r = psuFirstRow[p]; r < psuFirstRow[p + 1]; r++) {
      rowPsu[r] = p; stratum[r] = h; ea[r] = p; size[r] = census; region[r] = pop.strata[h].region; urban[r] = pop.strata[h].urban;
    }
  }
  const columns = new Map<string, DataTable['columns'] extends ReadonlyMap<string, infer C> ? C : never>();
  columns.set('stratum', { kind: 'category', name: 'stratum', codes: stratum, levels: pop.strata.map((s) => s.label) });
  columns.set('ea', { kind: 'category', name: 'ea', codes: ea, levels: Array.from({ length: P }, (_, p) => `EA${String(p + 1).padStart(4, '0')}`) });
  columns.set('ea_size', { kind: 'number', name: 'ea_size', values: size });
  columns.set('region', { kind: 'category', name: 'region', codes: region, levels: [...REGIONS] });
  columns.set('urban', { kind: 'number', name: 'urban', values: urban });
  return { table: { rowCount: N, names: ['stratum', 'ea', 'ea_size', 'region', 'urban'], columns }, psuFirstRow, rowPsu };
}

/** The sampling plan: about `n` interviews at the simulated response rate (~58 % of dwellings). */
export function fieldPlan(n: number, pop: Population, perPsu = 12): SamplingPlan {
  const total = Math.max(2 * pop.strata.length, Math.round(n / (perPsu * 0.58)));
  return {
    frame: { stratum: 'stratum', psu: 'ea', size: 'ea_size' },
    psus: { allocation: 'proportional', total, minimum: 2 },
    households: { perPsu, method: 'systematic', kishTables: true },
    interviewers: { list: Array.from({ length: Math.max(2, Math.ceil(total / 8)) }, (_, k) => `int${String(k + 1).padStart(2, '0')}`) },
    prefill: ['region', 'urban'],
  };
}

/** The weighting plan matching the simulated field (WEIGHTING.json). */
export const FIELD_WEIGHTING_PLAN = {
  questionnaire: FIELD_QUESTIONNAIRE,
  nonresponse: { classes: ['stratum'], eligibility: 'class' },
  derive: { age_group: { from: 'age', breaks: [...FIELD_AGE_BREAKS] } },
  calibration: { method: 'rake', margins: ['region', 'sex', 'age_group'] },
  trimming: { lower: 0.2, upper: 5 },
} as const;

/** Census margins: adults by region, sex and age group, counted over the whole population. */
export function fieldMargins(pop: Population): { variable: string; level: string; total: number }[] {
  const iRegion = VARIABLES.indexOf('region'), iSex = VARIABLES.indexOf('sex'), iAge = VARIABLES.indexOf('age');
  const counts = new Map<string, number>();
  const add = (k: string): void => { counts.set(k, (counts.get(k) ?? 0) + 1); };
  for (let p = 0; p < pop.psuHouseholds.length; p++) {
    for (let k = 0; k < pop.psuHouseholds[p]; k++) {
      householdAdults(pop, p, pop.psuFirstHousehold[p] + k, (rec) => {
        add(`region\t${REGIONS[rec[iRegion]]}`);
        add(`sex\t${rec[iSex]}`);
        add(`age_group\t${groupLabel(FIELD_AGE_BREAKS, rec[iAge])}`);
      });
    }
  }
  const order = ['region', 'sex', 'age_group'];
  return [...counts].map(([k, total]) => { const [variable, level] = k.split('\t'); return { variable, level, total }; })
    .sort((a, b) => order.indexOf(a.variable) - order.indexOf(b.variable) || a.level.localeCompare(b.level));
}

export function marginsCsv(rows: readonly { variable: string; level: string; total: number }[]): string {
  return ['variable,level,total', ...rows.map((r) => `${r.variable},${r.level},${r.total}`)].join('\n') + '\n';
}

/** The frame as CSV (frame.csv). */
export function frameCsv(frame: FieldFrame): string {
  const t = frame.table;
  const cols = t.names.map((n) => t.columns.get(n)!);
  const lines: string[] = [t.names.join(',')];
  for (let r = 0; r < t.rowCount; r++) {
    lines.push(cols.map((c) => (c.kind === 'category' ? c.levels[c.codes[r]] : String(c.values[r]))).join(','));
  }
  return lines.join('\n') + '\n';
}

const KISH_NAMES = Object.keys(KISH_TABLES);
const KISH_WEIGHTS = KISH_NAMES.map((k) => KISH_TABLE_SHARES[k]);

/** Draws the sample with analysis/sampling and simulates the field outcome of every case. */
export function runField(pop: Population, frame: FieldFrame, plan: SamplingPlan, seed: number): { sample: DrawnSample; cases: FieldCase[] } {
  const sample = drawTwoStageSample(frame.table, plan, { seed });
  const rng = new Random(mixSeed(pop.seed, 7, seed));
  const cases: FieldCase[] = sample.households.map((h) => {
    const p = frame.rowPsu[h.frameRow];
    const k = h.frameRow - frame.psuFirstRow[p];
    const base = { caseId: h.caseId, interviewer: h.interviewer };
    const u = rng.next();
    if (k >= pop.psuHouseholds[p]) return { ...base, disposition: u < 0.02 ? '3.11' : '4.6' };
    if (u < 0.015) return { ...base, disposition: '3.11' };
    if (u < 0.02) return { ...base, disposition: '3.21' };
    const stratum = pop.strata[pop.psuStratum[p]];
    const hh = pop.psuFirstHousehold[p] + k;
    // One pass over the household: every adult's record (copied: the buffer is reused).
    const records: Float64Array[] = [];
    householdAdults(pop, p, hh, (rec) => { records.push(rec.slice()); });
    const adults = records.length;
    const contact = plogis(2.2 - (stratum.urban === 1 ? 0.6 : 0) - (REGIONS[stratum.region] === CAPITAL_REGION ? 0.5 : 0) - (adults === 1 ? 0.6 : 0));
    if (!rng.bernoulli(contact)) return { ...base, disposition: '2.24' };
    const kish = rng.bernoulli(0.7);
    // The address's Kish table, printed on the assignment by the sample (drawn here if it has none).
    const table = h.kishTable ?? KISH_NAMES[rng.pick(KISH_WEIGHTS)];
    const kishNumber = KISH_TABLES[table][Math.min(adults, 6) - 1];
    const selected = kish ? kishNumber - 1 : rng.int(0, adults - 1);
    const answers: Record<string, number | string> = {};
    VARIABLES.forEach((v, j) => {
      const x = records[selected][j];
      if (!Number.isNaN(x)) answers[v] = TEXT_VARIABLES.has(v) ? TEXT_LEVELS[v][x] : x;
    });
    const person = answers;
    const cooperate = plogis(1.1 + 0.025 * (Number(person.age) - 40) + (person.sex === 2 ? 0.3 : 0));
    const v = rng.next();
    if (v < 0.01) return { ...base, disposition: '2.31' };
    if (!rng.bernoulli(cooperate)) return { ...base, disposition: rng.bernoulli(0.1) ? '2.12' : '2.11' };
    person.sel_method = kish ? 1 : 2;
    if (kish) { person.sel_kish_table = table; person.sel_kish_number = kishNumber; }
    person.sel_line = selected + 1;
    return { ...base, disposition: '1.1', answers: person };
  });
  return { sample, cases };
}
