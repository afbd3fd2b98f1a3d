/**
 * A public-use microdata file from survey microdata, per a disclosure-control configuration
 * (config.ts for the steps and their order), with the risk report a methodologist signs off:
 * sample uniques, k-anonymity violations and sdcMicro's individual risk on the original key
 * values, after recoding and in the released file; and the information loss (values suppressed
 * per key variable, cells changed by recoding, top-coding and PRAM, columns removed).
 */
import { AnalysisError } from '../errors';
import { mulberry32 } from '../prng';
import type { PufConfig } from './config';
import { frequencies, riskSummary, type KeyRows, type RiskSummary } from './risk';

/** Microdata as text cells; undefined = missing. */
export interface TextTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | undefined)[])[];
}

export interface PufReport {
  readonly k: number;
  readonly keyVariables: readonly string[];
  readonly removed: readonly string[];
  readonly risk: { readonly original: RiskSummary; readonly recoded: RiskSummary; readonly released: RiskSummary };
  readonly suppressed: Readonly<Record<string, number>>;
  readonly recoded: Readonly<Record<string, number>>;
  readonly topCoded: Readonly<Record<string, number>>;
  /** Mean of each top-coded variable before and after (information loss on the variable's level). */
  readonly topCodedMeans: Readonly<Record<string, { readonly before: number; readonly after: number }>>;
  readonly pram?: {
    readonly seed: number;
    readonly changed: Readonly<Record<string, number>>;
    readonly matrices: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, number>>>>>>;
    /** Total variation distance between the original and released distributions, ½ Σ |p_j − p'_j|. */
    readonly totalVariation: Readonly<Record<string, number>>;
  };
}

const numberOf = (text: string, where: string): number => {
  const x = Number(text);
  if (text.trim() === '' || !Number.isFinite(x)) throw new AnalysisError('not-numeric', `${where}: "${text}" is not a number`);
  return x;
};

/** Applies the configuration; the input is not modified. */
export function makePuf(input: TextTable, config: PufConfig): { table: TextTable; report: PufReport } {
  const col = (name: string, why: string): number => {
    const j = input.columns.indexOf(name);
    if (j < 0) throw new AnalysisError('missing-column', `${why} ${name}: no such column in the data`);
    return j;
  };
  for (const v of [...config.drop, ...config.freeText]) col(v, 'drop');
  for (const v of config.keyVariables) {
    col(v, 'key variable');
    if (config.drop.includes(v) || config.freeText.includes(v)) throw new AnalysisError('bad-option', `key variable ${v} is also dropped`);
  }
  for (const p of config.pram?.variables ?? []) {
    col(p.variable, 'pram');
    // PRAM after local suppression would undo the k-anonymity of the keys: keys are protected by suppression only.
    if (config.keyVariables.includes(p.variable)) throw new AnalysisError('bad-option', `pram ${p.variable} is a key variable: protect keys by suppression, PRAM other variables`);
  }
  const weightCol = config.weight === undefined ? -1 : col(config.weight, 'weight');
  const rows = input.rows.map((r) => r.slice());
  const weights = weightCol < 0 ? undefined : Float64Array.from(rows, (r, i) => numberOf(r[weightCol] ?? '', `row ${i + 1}, ${config.weight}`));
  const keyIdx = config.keyVariables.map((v) => input.columns.indexOf(v));
  const keys = (): KeyRows => rows.map((r) => keyIdx.map((j) => r[j]));
  const original = riskSummary(keys(), config.k, weights);

  // 2–3. Recoding and top-coding.
  const recoded: Record<string, number> = {}, topCoded: Record<string, number> = {};
  const topCodedMeans: Record<string, { before: number; after: number }> = {};
  for (const rc of config.recode) {
    const j = col(rc.variable, 'recode');
    let changed = 0;
    rows.forEach((r, i) => {
      const text = r[j];
      if (text === undefined || text.trim() === '') return;
      const x = numberOf(text, `row ${i + 1}, ${rc.variable}`);
      let b = -1;
      for (let m = 0; m < rc.breaks.length; m++) if (x >= rc.breaks[m]) b = m;
      const label = b < 0 ? undefined : rc.labels?.[b] ?? (b + 1 < rc.breaks.length ? `${rc.breaks[b]}-${rc.breaks[b + 1]}` : `${rc.breaks[b]}+`);
      if (label !== text) changed++;
      r[j] = label;
    });
    recoded[rc.variable] = changed;
  }
  for (const tc of config.topCode) {
    const j = col(tc.variable, 'topCode');
    let changed = 0, n = 0, before = 0, after = 0;
    rows.forEach((r, i) => {
      const text = r[j];
      if (text === undefined || text.trim() === '') return;
      const x = numberOf(text, `row ${i + 1}, ${tc.variable}`);
      const y = tc.max !== undefined && x > tc.max ? tc.max : tc.min !== undefined && x < tc.min ? tc.min : x;
      n++; before += x; after += y;
      if (y !== x) { r[j] = String(y); changed++; }
    });
    topCoded[tc.variable] = changed;
    topCodedMeans[tc.variable] = { before: n > 0 ? before / n : NaN, after: n > 0 ? after / n : NaN };
  }
  const recodedRisk = riskSummary(keys(), config.k, weights);

  // 4. Local suppression: each record below k, in order of rising f_k, loses key values (least
  // important first) until its combination occurs k times. Suppressing a value only raises the
  // other records' frequencies (a missing value matches any), so one pass suffices.
  const order = (config.suppressionOrder ?? [...config.keyVariables].reverse()).map((v) => config.keyVariables.indexOf(v));
  for (const v of config.keyVariables) if (!order.includes(config.keyVariables.indexOf(v))) order.push(config.keyVariables.indexOf(v));
  const suppressed: Record<string, number> = Object.fromEntries(config.keyVariables.map((v) => [v, 0]));
  const { fk: startFk } = frequencies(keys(), weights);
  const violators = Array.from(startFk.keys()).filter((i) => startFk[i] < config.k).sort((a, b) => startFk[a] - startFk[b] || a - b);
  const fkOf = (i: number): number => {
    let f = 0;
    for (const r of rows) if (keyIdx.every((j) => rows[i][j] === undefined || r[j] === undefined || rows[i][j] === r[j])) f++;
    return f;
  };
  for (const i of violators) {
    for (const m of order) {
      if (fkOf(i) >= config.k) break;
      const j = keyIdx[m];
      if (rows[i][j] === undefined) continue;
      rows[i][j] = undefined;
      suppressed[config.keyVariables[m]]++;
    }
  }

  // 5. PRAM with a seeded generator: variables in configuration order, records in file order.
  let pram: PufReport['pram'];
  if (config.pram) {
    const rand = mulberry32(config.pram.seed);
    const changed: Record<string, number> = {}, totalVariation: Record<string, number> = {};
    const distribution = (j: number): Map<string, number> => {
      const m = new Map<string, number>();
      for (const r of rows) if (r[j] !== undefined) m.set(r[j] ?? '', (m.get(r[j] ?? '') ?? 0) + 1);
      return m;
    };
    for (const p of config.pram.variables) {
      const j = col(p.variable, 'pram');
      const before = distribution(j);
      let n = 0;
      for (const r of rows) {
        const from = r[j];
        const row = from === undefined ? undefined : p.matrix[from];
        if (!row) continue; // missing, or a value the matrix leaves alone
        const u = rand();
        let acc = 0, to = from;
        for (const [code, prob] of Object.entries(row)) { acc += prob; if (u < acc) { to = code; break; } }
        if (to !== from) n++;
        r[j] = to;
      }
      changed[p.variable] = n;
      const after = distribution(j);
      const total = [...before.values()].reduce((a, b) => a + b, 0);
      let tv = 0;
      for (const code of new Set([...before.keys(), ...after.keys()])) tv += Math.abs((before.get(code) ?? 0) - (after.get(code) ?? 0));
      totalVariation[p.variable] = total > 0 ? tv / (2 * total) : 0;
    }
    pram = { seed: config.pram.seed, changed, matrices: Object.fromEntries(config.pram.variables.map((p) => [p.variable, p.matrix])), totalVariation };
  }

  // 1. Direct identifiers and free text go last, so weights and keys could be used above.
  const removed = [...new Set([...config.drop, ...config.freeText])];
  const keep = input.columns.map((c, j) => (removed.includes(c) ? -1 : j)).filter((j) => j >= 0);
  const released = riskSummary(keys(), config.k, weights);
  const strip = (s: ReturnType<typeof riskSummary>): RiskSummary => ({
    records: s.records, sampleUniques: s.sampleUniques, kViolations: s.kViolations, expectedReidentifications: s.expectedReidentifications, maxRisk: s.maxRisk, highRisk: s.highRisk,
  });
  if (released.kViolations > 0) throw new AnalysisError('bad-option', `k-anonymity not reached: ${released.kViolations} records below k = ${config.k} (fewer records than k?)`);
  return {
    table: { columns: keep.map((j) => input.columns[j]), rows: rows.map((r) => keep.map((j) => r[j])) },
    report: {
      k: config.k, keyVariables: config.keyVariables, removed,
      risk: { original: strip(original), recoded: strip(recodedRisk), released: strip(released) },
      suppressed, recoded, topCoded, topCodedMeans, ...(pram ? { pram } : {}),
    },
  };
}
