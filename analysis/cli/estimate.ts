// The work behind `jha-survey analyze estimate` (Node side: reads the file from disk).
import { AnalysisError } from '../errors';
import { loadTable } from '../io/load';
import { formatEstimates, type OutputFormat } from '../io/format';
import { categoryValues, numericValues, type ColumnKind } from '../io/table';
import { designColumnKinds, designFromTable } from '../design-build';
import { readDesignSpec, type DesignSpec } from '../design-spec';
import { domainsOf } from '../domains';
import { svyMean } from '../estimators/mean';
import { svyTotal } from '../estimators/total';
import { svyRatio } from '../estimators/ratio';
import { svyProportion, type ProportionCiMethod } from '../estimators/proportion';
import type { DomainEstimate, EstimateOptions, MissingPolicy } from '../estimate';
import type { LonelyPsuPolicy, ReplicateType } from '../design';

export { AnalysisError };

/** The command's options as commander hands them over (strings as typed). */
export interface EstimateRequest {
  readonly data: string;
  /** A design.json, instead of the design flags below. */
  readonly design?: string;
  readonly weight?: string;
  readonly strata?: string;
  readonly psu?: string;
  readonly fpc?: string;
  readonly lonelyPsu?: LonelyPsuPolicy;
  readonly replicateWeights?: string;
  readonly replicateType?: ReplicateType;
  readonly fayRho?: string;
  readonly mse?: boolean;
  readonly mean?: string;
  readonly total?: string;
  readonly proportion?: string;
  readonly ratio?: string;
  readonly by?: string;
  readonly missing?: MissingPolicy;
  readonly ciMethod?: ProportionCiMethod;
  readonly level?: string;
  readonly format?: OutputFormat;
}

type Target = { kind: 'mean' | 'total' | 'proportion'; column: string } | { kind: 'ratio'; numerator: string; denominator: string };

function target(req: EstimateRequest, header?: readonly string[]): Target {
  const given = (['mean', 'total', 'proportion', 'ratio'] as const).filter((k) => req[k] !== undefined);
  if (given.length !== 1) throw new AnalysisError('bad-option', 'give exactly one of --mean, --total, --proportion, --ratio');
  const kind = given[0];
  if (kind !== 'ratio') return { kind, column: req[kind]! };
  const text = req.ratio!;
  // Column names may contain '/': prefer the split whose two sides are both columns.
  const cuts = [...text.matchAll(/\//g)].map((m) => m.index);
  const split = cuts.map((i) => [text.slice(0, i), text.slice(i + 1)] as const);
  const good = header ? split.find(([a, b]) => header.includes(a) && header.includes(b)) : undefined;
  const chosen = good ?? split[0];
  if (!chosen || !chosen[0] || !chosen[1]) throw new AnalysisError('bad-option', `--ratio needs NUMERATOR/DENOMINATOR, got "${text}"`);
  return { kind: 'ratio', numerator: chosen[0], denominator: chosen[1] };
}

/**
 * Runs the estimate the CLI asks for and returns the formatted output. PSU labels are
 * nested within strata (R `nest = TRUE`), so PSUs numbered 1, 2, … in every stratum work.
 */
export async function runEstimate(req: EstimateRequest): Promise<string> {
  target(req);
  if (req.level !== undefined && !(Number(req.level) > 0 && Number(req.level) < 1)) throw new AnalysisError('bad-option', `--level must be between 0 and 1, got "${req.level}"`);
  const spec = req.design !== undefined ? await designOfFile(req) : designOfFlags(req);
  // A flag given wins over the design file, which wins over the default.
  const level = req.level !== undefined ? Number(req.level) : spec.level ?? 0.95;
  const ciMethod = req.ciMethod ?? spec.ciMethod ?? 'logit';
  const by = req.by ? req.by.split(',').map((s) => s.trim()).filter((s) => s !== '') : [];
  let what: Target | undefined;
  const table = await loadTable(req.data, (header) => {
    what = target(req, header);
    const kinds: Record<string, ColumnKind> = designColumnKinds(spec, header);
    for (const b of by) kinds[b] = 'category';
    if (what.kind === 'ratio') { kinds[what.numerator] = 'number'; kinds[what.denominator] = 'number'; } else kinds[what.column] = 'number';
    return kinds;
  });
  if (table.rowCount === 0) throw new AnalysisError('empty-file', `${req.data} has a header but no rows`);
  const design = designFromTable(table, spec);
  const missing = req.missing ?? 'fail';
  const options: EstimateOptions = {
    // Rows with a missing by-value are in no domain, as R's svyby leaves them out.
    ...(by.length ? { domains: domainsOf(by.map((b) => ({ ...categoryValues(table, b), name: b })), 'exclude') } : {}),
    missing, level,
  };
  const t = what!;
  let rows: DomainEstimate[];
  switch (t.kind) {
    case 'mean': rows = svyMean(design, numericValues(table, t.column), { ...options, name: t.column }); break;
    case 'total': rows = svyTotal(design, numericValues(table, t.column), { ...options, name: t.column }); break;
    case 'proportion': rows = svyProportion(design, numericValues(table, t.column), { ...options, name: t.column, method: ciMethod }); break;
    case 'ratio':
      rows = svyRatio(design, numericValues(table, t.numerator), numericValues(table, t.denominator), { ...options, name: t.numerator, denominatorName: t.denominator });
      break;
  }
  return formatEstimates(rows, by, req.format ?? 'json');
}

/** The design flags as a design spec. PSU labels are nested within strata (R `nest = TRUE`). */
function designOfFlags(req: EstimateRequest): DesignSpec {
  if (req.weight === undefined) throw new AnalysisError('bad-option', 'give the design: --weight COLUMN (with --strata, --psu, …) or --design design.json');
  let rho: number | undefined;
  if (req.fayRho !== undefined) {
    rho = Number(req.fayRho);
    if (!(rho >= 0 && rho < 1)) throw new AnalysisError('bad-option', `--fay-rho must be in [0, 1), got "${req.fayRho}"`);
  }
  if (req.replicateWeights && !req.replicateType) throw new AnalysisError('bad-option', '--replicate-weights needs --replicate-type JK1|JKn|BRR|Fay|bootstrap');
  if (!req.replicateWeights && req.replicateType) throw new AnalysisError('bad-option', '--replicate-type needs --replicate-weights REGEX');
  if (req.replicateType === 'Fay' && rho === undefined) throw new AnalysisError('bad-option', '--replicate-type Fay needs --fay-rho');
  if (req.replicateWeights) {
    try { new RegExp(req.replicateWeights); } catch { throw new AnalysisError('bad-option', `--replicate-weights "${req.replicateWeights}" is not a valid regular expression`); }
  }
  return {
    weight: req.weight,
    ...(req.strata ? { strata: req.strata } : {}), ...(req.psu ? { psu: req.psu } : {}), ...(req.fpc ? { fpc: req.fpc } : {}),
    nest: true, lonelyPsu: req.lonelyPsu ?? 'fail',
    ...(req.replicateWeights ? {
      replicate: { columns: req.replicateWeights, type: req.replicateType!, ...(rho !== undefined ? { rho } : {}), ...(req.mse ? { mse: true } : {}) },
    } : {}),
  };
}

/** The flags that describe a design, which --design replaces. */
const DESIGN_FLAGS = ['weight', 'strata', 'psu', 'fpc', 'lonelyPsu', 'replicateWeights', 'replicateType', 'fayRho', 'mse'] as const;

/** The design of a design.json (the file `analyze indicators --design` reads). */
async function designOfFile(req: EstimateRequest): Promise<DesignSpec> {
  const flag = DESIGN_FLAGS.find((f) => req[f] !== undefined);
  if (flag) throw new AnalysisError('bad-option', `--design replaces --${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: give the design one way`);
  const { readFile } = await import('node:fs/promises');
  const path = req.design!;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AnalysisError('unreadable-file', `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message}`);
  }
  return readDesignSpec(bytes);
}
