// The work behind `jha-survey analyze estimate` (Node side: reads the file from disk).
import { AnalysisError } from '../errors';
import { loadTable, type CsvDialect } from '../io/load';
import type { CsvDecimal, CsvEncoding } from '../io/csv';
import { formatEstimates, type OutputFormat } from '../io/format';
import { categoryValues, numericValues, type ColumnKind } from '../io/table';
import { designColumnKinds, designFromTable, type DesignColumns } from '../design-columns';
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
  readonly weight: string;
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
  /** CSV dialect: separator, decimal mark, encoding (detected / UTF-8 where not given). */
  readonly delimiter?: string;
  readonly decimal?: CsvDecimal;
  readonly encoding?: CsvEncoding;
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

/** The CSV dialect flags (`--delimiter`, `--decimal`, `--encoding`); `\t` or `tab` name a tab. */
export function csvDialect(req: { delimiter?: string; decimal?: CsvDecimal; encoding?: CsvEncoding }): CsvDialect {
  const delimiter = req.delimiter === '\\t' || req.delimiter === 'tab' ? '\t' : req.delimiter;
  return { ...(delimiter !== undefined ? { delimiter } : {}), ...(req.decimal ? { decimal: req.decimal } : {}), ...(req.encoding ? { encoding: req.encoding } : {}) };
}

/**
 * Runs the estimate the CLI asks for and returns the formatted output. PSU labels are
 * nested within strata (R `nest = TRUE`), so PSUs numbered 1, 2, … in every stratum work.
 */
export async function runEstimate(req: EstimateRequest): Promise<string> {
  target(req);
  const level = req.level === undefined ? 0.95 : Number(req.level);
  if (!(level > 0 && level < 1)) throw new AnalysisError('bad-option', `--level must be between 0 and 1, got "${req.level}"`);
  let fayRho: number | undefined;
  if (req.fayRho !== undefined) {
    fayRho = Number(req.fayRho);
    if (!(fayRho >= 0 && fayRho < 1)) throw new AnalysisError('bad-option', `--fay-rho must be in [0, 1), got "${req.fayRho}"`);
  }
  if (req.replicateWeights && !req.replicateType) throw new AnalysisError('bad-option', '--replicate-weights needs --replicate-type JK1|JKn|BRR|Fay|bootstrap');
  if (!req.replicateWeights && req.replicateType) throw new AnalysisError('bad-option', '--replicate-type needs --replicate-weights REGEX');
  if (req.replicateType === 'Fay' && fayRho === undefined) throw new AnalysisError('bad-option', '--replicate-type Fay needs --fay-rho');
  const by = req.by ? req.by.split(',').map((s) => s.trim()).filter((s) => s !== '') : [];
  const spec: DesignColumns = {
    weights: req.weight,
    ...(req.strata ? { strata: req.strata } : {}), ...(req.psu ? { psu: req.psu } : {}), ...(req.fpc ? { fpc: req.fpc } : {}),
    nest: true, lonelyPsu: req.lonelyPsu ?? 'fail',
    ...(req.replicateWeights ? { replicateWeights: req.replicateWeights, replicateType: req.replicateType! } : {}),
    ...(fayRho !== undefined ? { fayRho } : {}), ...(req.mse ? { mse: true } : {}),
  };
  let what: Target | undefined;
  const table = await loadTable(req.data, (header) => {
    what = target(req, header);
    const kinds: Record<string, ColumnKind> = designColumnKinds(spec, header);
    for (const b of by) kinds[b] = 'category';
    if (what.kind === 'ratio') { kinds[what.numerator] = 'number'; kinds[what.denominator] = 'number'; } else kinds[what.column] = 'number';
    return kinds;
  }, csvDialect(req));
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
    case 'proportion': rows = svyProportion(design, numericValues(table, t.column), { ...options, name: t.column, method: req.ciMethod ?? 'logit' }); break;
    case 'ratio':
      rows = svyRatio(design, numericValues(table, t.numerator), numericValues(table, t.denominator), { ...options, name: t.numerator, denominatorName: t.denominator });
      break;
  }
  return formatEstimates(rows, by, req.format ?? 'json');
}
