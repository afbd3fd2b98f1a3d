import { AnalysisError } from './errors';
import { categoryValues, numericValues, type ColumnKind, type DataTable } from './io/table';
import {
  guessJknRscales, linearizationDesign, replicateDesign,
  type LonelyPsuPolicy, type ReplicateType, type SurveyDesign,
} from './design';

/**
 * A design described by column names — what the CLI flags and a `design.json` say.
 * With `replicateWeights` (a regular expression over column names, as R's
 * `svrepdesign(repweights = "…")`) it is a replicate design, else a linearization design.
 */
export interface DesignColumns {
  readonly weights: string;
  readonly strata?: string;
  readonly psu?: string;
  readonly fpc?: string;
  readonly nest?: boolean;
  readonly lonelyPsu?: LonelyPsuPolicy;
  readonly replicateWeights?: string;
  readonly replicateType?: ReplicateType;
  readonly fayRho?: number;
  readonly mse?: boolean;
  /** JKn factors; guessed from the weights when absent (see `guessJknRscales`). */
  readonly rscales?: readonly number[];
  readonly scale?: number;
}

/** Replicate-weight columns: the header names matching the pattern, in file order. */
export function replicateColumns(spec: DesignColumns, header: readonly string[]): string[] {
  if (!spec.replicateWeights) return [];
  let pattern: RegExp;
  try {
    pattern = new RegExp(spec.replicateWeights);
  } catch {
    throw new AnalysisError('bad-option', `--replicate-weights "${spec.replicateWeights}" is not a valid regular expression`);
  }
  const cols = header.filter((h) => pattern.test(h) && h !== spec.weights);
  if (cols.length === 0) throw new AnalysisError('missing-column', `no column matches the replicate-weight pattern "${spec.replicateWeights}"`);
  return cols;
}

/** The columns a design needs and how to read them (merge with the analysis variables). */
export function designColumnKinds(spec: DesignColumns, header: readonly string[]): Record<string, ColumnKind> {
  const kinds: Record<string, ColumnKind> = { [spec.weights]: 'number' };
  if (spec.strata) kinds[spec.strata] = 'category';
  if (spec.psu) kinds[spec.psu] = 'category';
  if (spec.fpc) kinds[spec.fpc] = 'number';
  for (const c of replicateColumns(spec, header)) kinds[c] = 'number';
  return kinds;
}

/** Builds the design from a loaded table. */
export function designFromTable(table: DataTable, spec: DesignColumns): SurveyDesign {
  const weights = numericValues(table, spec.weights);
  if (spec.replicateWeights) {
    const type = spec.replicateType;
    if (!type) throw new AnalysisError('bad-option', 'replicate weights need a replicate type (--replicate-type JK1|JKn|BRR|Fay|bootstrap)');
    const replicates = replicateColumns(spec, table.names).map((c) => numericValues(table, c));
    const rscales = spec.rscales ? Float64Array.from(spec.rscales) : type === 'JKn' ? guessJknRscales(weights, replicates) : undefined;
    return replicateDesign({
      weights, replicates, type, mse: spec.mse ?? false, names: { weights: spec.weights },
      ...(spec.fayRho !== undefined ? { rho: spec.fayRho } : {}),
      ...(rscales ? { rscales } : {}),
      ...(spec.scale !== undefined ? { scale: spec.scale } : {}),
    });
  }
  return linearizationDesign({
    weights,
    ...(spec.strata ? { strata: { ...categoryValues(table, spec.strata), name: spec.strata } } : {}),
    ...(spec.psu ? { psu: { ...categoryValues(table, spec.psu), name: spec.psu } } : {}),
    ...(spec.fpc ? { fpc: numericValues(table, spec.fpc) } : {}),
    nest: spec.nest ?? false,
    lonelyPsu: spec.lonelyPsu ?? 'fail',
    names: { weights: spec.weights, ...(spec.strata ? { strata: spec.strata } : {}), ...(spec.psu ? { psu: spec.psu } : {}), ...(spec.fpc ? { fpc: spec.fpc } : {}) },
  });
}
