/**
 * The one builder: a `DesignSpec` (design-spec.ts) and a loaded table become a `SurveyDesign`.
 * With `replicate` it is a replicate design (R `svrepdesign`), else a linearization design
 * (R `svydesign(ids = ~psu, strata = ~strata, fpc = ~fpc, weights = ~weight, nest =)`);
 * `calibration` then post-stratifies or rakes it to the population totals.
 */
import { AnalysisError } from './errors';
import { categoryValues, numericValues, type ColumnKind, type DataTable } from './io/table';
import {
  guessJknRscales, linearizationDesign, replicateDesign, UNWEIGHTED,
  type LinearizationDesign, type ReplicateDesign, type SurveyDesign,
} from './design';
import { postStratify } from './calibration/poststratify';
import { rake } from './calibration/rake';
import type { CalibrationSpec, DesignSpec } from './design-spec';

/**
 * Replicate-weight columns: the header names matching `replicate.columns`, in file order, except
 * the full-sample weights the spec names (a pattern such as "^w" must not take the weight itself).
 * A replicate design needs at least two.
 */
export function replicateColumns(spec: DesignSpec, header: readonly string[]): string[] {
  if (!spec.replicate) return [];
  const source = spec.replicate.columns;
  let pattern: RegExp;
  try {
    pattern = new RegExp(source);
  } catch {
    throw new AnalysisError('bad-design', `replicate.columns "${source}" is not a valid regular expression`);
  }
  const cols = header.filter((h) => pattern.test(h) && h !== spec.weight && h !== spec.weight_hh);
  if (cols.length < 2) {
    throw new AnalysisError('missing-column', `replicate.columns "${source}" matches ${cols.length === 0 ? 'no column' : `only "${cols[0]}"`}: a replicate design needs at least 2 replicate weight columns`);
  }
  return cols;
}

/** The columns a design needs and how to read them (merge with the analysis variables). */
export function designColumnKinds(spec: DesignSpec, header: readonly string[]): Record<string, ColumnKind> {
  const kinds: Record<string, ColumnKind> = {};
  if (spec.weight !== UNWEIGHTED) kinds[spec.weight] = 'number';
  if (spec.weight_hh && spec.weight_hh !== UNWEIGHTED) kinds[spec.weight_hh] = 'number';
  if (spec.strata) kinds[spec.strata] = 'category';
  if (spec.psu) kinds[spec.psu] = 'category';
  if (spec.fpc) kinds[spec.fpc] = 'number';
  for (const st of spec.stages ?? []) { kinds[st.cluster] = 'category'; if (st.fpc) kinds[st.fpc] = 'number'; }
  for (const c of replicateColumns(spec, header)) kinds[c] = 'number';
  for (const v of calibrationVariables(spec.calibration)) kinds[v] = 'category';
  return kinds;
}

function calibrationVariables(cal: CalibrationSpec | undefined): string[] {
  if (!cal) return [];
  return cal.method === 'poststratify' ? [...cal.variables] : cal.margins.map((m) => m.variable);
}

/** A weight column's values; UNWEIGHTED is a column of ones. */
export function weightValues(table: DataTable, name: string): Float64Array {
  return name === UNWEIGHTED ? new Float64Array(table.rowCount).fill(1) : numericValues(table, name);
}

export interface BuildOptions {
  /**
   * Multiplies the weight and every replicate weight row by row (the household design of
   * indicators is the person design with weight × 1/k). Default: none.
   */
  readonly rowFactor?: Float64Array;
  /** Apply the spec's calibration (default true; the household design is not calibrated). */
  readonly calibrate?: boolean;
}

const times = (w: Float64Array, f: Float64Array | undefined): Float64Array => (f ? Float64Array.from(w, (x, i) => (x === 0 ? 0 : x * f[i])) : w);

/** Builds the design a spec describes from a loaded table. */
export function designFromTable(table: DataTable, spec: DesignSpec, options: BuildOptions = {}): SurveyDesign {
  const weights = times(weightValues(table, spec.weight), options.rowFactor);
  let design: LinearizationDesign | ReplicateDesign;
  if (spec.replicate) {
    const rep = spec.replicate;
    const replicates = replicateColumns(spec, table.names).map((c) => times(numericValues(table, c), options.rowFactor));
    const rscales = rep.rscales ? Float64Array.from(rep.rscales) : rep.type === 'JKn' ? guessJknRscales(weights, replicates) : undefined;
    design = replicateDesign({
      weights, replicates, type: rep.type, mse: rep.mse ?? false, names: { weights: spec.weight },
      ...(rep.rho !== undefined ? { rho: rep.rho } : {}),
      ...(rscales ? { rscales } : {}),
      ...(rep.scale !== undefined ? { scale: rep.scale } : {}),
    });
  } else {
    design = linearizationDesign({
      weights,
      ...(spec.strata ? { strata: { ...categoryValues(table, spec.strata), name: spec.strata } } : {}),
      ...(spec.psu ? { psu: { ...categoryValues(table, spec.psu), name: spec.psu } } : {}),
      ...(spec.fpc ? { fpc: numericValues(table, spec.fpc) } : {}),
      nest: spec.nest ?? false,
      lonelyPsu: spec.lonelyPsu ?? 'fail',
      ...(spec.stages ? {
        stage2: {
          cluster: { ...categoryValues(table, spec.stages[0].cluster), name: spec.stages[0].cluster },
          ...(spec.stages[0].fpc ? { fpc: numericValues(table, spec.stages[0].fpc) } : {}),
          names: { cluster: spec.stages[0].cluster, ...(spec.stages[0].fpc ? { fpc: spec.stages[0].fpc } : {}) },
        },
      } : {}),
      names: { weights: spec.weight, ...(spec.strata ? { strata: spec.strata } : {}), ...(spec.psu ? { psu: spec.psu } : {}), ...(spec.fpc ? { fpc: spec.fpc } : {}) },
    });
  }
  return spec.calibration && options.calibrate !== false ? calibrateDesign(design, table, spec.calibration) : design;
}

/** Post-stratifies or rakes a design to the spec's population totals (replicate columns too). */
function calibrateDesign<D extends LinearizationDesign | ReplicateDesign>(design: D, table: DataTable, cal: CalibrationSpec): D {
  if (cal.method === 'rake') {
    const margins = cal.margins.map((m) => categoryValues(table, m.variable));
    const populations = cal.margins.map((m) => ({ levels: Object.keys(m.totals), counts: Object.values(m.totals) }));
    return rake(design, margins, populations);
  }
  // Post-strata are the crossed variables; a cell's label joins the values with "|".
  const columns = cal.variables.map((v) => categoryValues(table, v));
  const levels: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(table.rowCount);
  for (let i = 0; i < codes.length; i++) {
    const parts = columns.map((c) => (c.codes[i] < 0 ? undefined : c.levels[c.codes[i]]));
    if (parts.includes(undefined)) { codes[i] = -1; continue; }
    const key = parts.join('|');
    let k = index.get(key);
    if (k === undefined) { k = levels.length; levels.push(key); index.set(key, k); }
    codes[i] = k;
  }
  const population = {
    levels: cal.totals.map((t) => cal.variables.map((v) => {
      if (!(v in t.cell)) throw new AnalysisError('bad-calibration', `design file: a post-stratum total lacks "${v}"`);
      return t.cell[v];
    }).join('|')),
    counts: cal.totals.map((t) => t.total),
  };
  return postStratify(design, { codes, levels, name: cal.variables.join('×') }, population);
}
