// The work behind `jha-survey analyze estimate` (Node side: reads the file from disk).
import { AnalysisError } from '../errors';
import { loadTable, type CsvDialect } from '../io/load';
import type { CsvDecimal, CsvEncoding } from '../io/csv';
import { formatEstimates, type LabelledEstimate, type OutputFormat } from '../io/format';
import { categoryValues, numericValues, type ColumnKind, type DataTable } from '../io/table';
import { designColumnKinds, designFromTable } from '../design-build';
import type { DesignSpec } from '../design-spec';
import { svyTable } from '../estimators/table';
import { svyQuantile, type QuantileInterval, type QuantileRule } from '../estimators/quantile';
import { domainsOf } from '../domains';
import { svyMean } from '../estimators/mean';
import { svyTotal } from '../estimators/total';
import { svyRatio } from '../estimators/ratio';
import { svyProportion, type ProportionCiMethod } from '../estimators/proportion';
import type { DomainEstimate, EstimateOptions, MissingPolicy } from '../estimate';
import type { LonelyPsuPolicy, ReplicateType, SurveyDesign } from '../design';

export { AnalysisError };

/** The design and file flags shared by every `analyze` command that reads microdata. */
export interface DesignRequest {
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
  /** `CLUSTER[,FPC]`: the second sampling stage (design.json `stages`). */
  readonly stage?: string;
  /** Replicate variance scale and per-replicate factors (design.json `replicate.scale`, `replicate.rscales`). */
  readonly scale?: string;
  readonly rscales?: string;
  /** CSV dialect: separator, decimal mark, encoding (detected / UTF-8 where not given). */
  readonly delimiter?: string;
  readonly decimal?: CsvDecimal;
  readonly encoding?: CsvEncoding;
  /** Where warnings about the design go (default: one line on stderr each). */
  readonly onWarning?: (message: string) => void;
}

function defaultWarning(message: string): void {
  process.stderr.write(`jha-survey: warning: ${message}\n`);
}

/** A column list flag: repeated (`--mean a --mean b`) and/or comma-separated (`--mean a,b`). */
export type ColumnList = string | readonly string[];

/** The command's options as commander hands them over (strings as typed). */
export interface EstimateRequest extends DesignRequest {
  readonly mean?: ColumnList;
  readonly total?: ColumnList;
  readonly proportion?: ColumnList;
  readonly ratio?: ColumnList;
  /** Quantiles of these columns, at `probabilities` (default 0.5), by `qrule` with the Woodruff `quantileInterval`. */
  readonly quantile?: ColumnList;
  readonly probabilities?: string;
  readonly qrule?: QuantileRule;
  readonly quantileInterval?: QuantileInterval;
  /** `ROW[,COL]`: a weighted one- or two-way table with SEs (counts, shares, row shares). */
  readonly table?: string;
  readonly by?: string;
  readonly missing?: MissingPolicy;
  readonly ciMethod?: ProportionCiMethod;
  readonly level?: string;
  readonly format?: OutputFormat;
}

export type Target = { kind: 'mean' | 'total' | 'proportion'; column: string } | { kind: 'ratio'; numerator: string; denominator: string };

/** The names in a column-list flag, in the order given. */
export function listOf(value: ColumnList | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : value).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** A `--ratio NUM/DEN`; column names may contain '/': prefer the split whose two sides are both columns. */
function ratioTarget(text: string, header?: readonly string[]): Target {
  const cuts = [...text.matchAll(/\//g)].map((m) => m.index);
  const split = cuts.map((i) => [text.slice(0, i), text.slice(i + 1)] as const);
  const good = header ? split.find(([a, b]) => header.includes(a) && header.includes(b)) : undefined;
  const chosen = good ?? split[0];
  if (!chosen || !chosen[0] || !chosen[1]) throw new AnalysisError('bad-option', `--ratio needs NUMERATOR/DENOMINATOR, got "${text}"`);
  return { kind: 'ratio', numerator: chosen[0], denominator: chosen[1] };
}

/** Every estimate asked for, in the order of the flags: means, totals, proportions, ratios. */
export function targetsOf(req: Pick<EstimateRequest, 'mean' | 'total' | 'proportion' | 'ratio'>, header?: readonly string[]): Target[] {
  return [
    ...(['mean', 'total', 'proportion'] as const).flatMap((kind) => listOf(req[kind]).map((column) => ({ kind, column }))),
    ...listOf(req.ratio).map((r) => ratioTarget(r, header)),
  ];
}

/** The target's column(s) as the output names them: `y` or `num/den`. */
export function targetName(t: Target): string {
  return t.kind === 'ratio' ? `${t.numerator}/${t.denominator}` : t.column;
}

/** The CSV dialect flags (`--delimiter`, `--decimal`, `--encoding`); `\t` or `tab` name a tab. */
export function csvDialect(req: { delimiter?: string; decimal?: CsvDecimal; encoding?: CsvEncoding }): CsvDialect {
  const delimiter = req.delimiter === '\\t' || req.delimiter === 'tab' ? '\t' : req.delimiter;
  return { ...(delimiter !== undefined ? { delimiter } : {}), ...(req.decimal ? { decimal: req.decimal } : {}), ...(req.encoding ? { encoding: req.encoding } : {}) };
}

/** `--level` as a number in (0, 1); a flag given wins over the design file, which wins over 0.95. */
export function levelOf(text: string | undefined, spec?: DesignSpec): number {
  const level = text === undefined ? spec?.level ?? 0.95 : Number(text);
  if (!(level > 0 && level < 1)) throw new AnalysisError('bad-option', `--level must be between 0 and 1, got "${text}"`);
  return level;
}

/** The design flags as a design spec. PSU labels are nested within strata (R `nest = TRUE`). */
function designOfFlags(req: DesignRequest): DesignSpec {
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
  if ((req.scale !== undefined || req.rscales !== undefined) && !req.replicateWeights) throw new AnalysisError('bad-option', '--scale and --rscales go with --replicate-weights');
  const scale = req.scale === undefined ? undefined : Number(req.scale);
  if (scale !== undefined && !(scale > 0 && Number.isFinite(scale))) throw new AnalysisError('bad-option', `--scale must be a positive number, got "${req.scale}"`);
  const rscales = req.rscales === undefined ? undefined : req.rscales.split(',').map((x) => Number(x.trim()));
  if (rscales && !rscales.every((r) => r > 0 && Number.isFinite(r))) throw new AnalysisError('bad-option', `--rscales must be positive numbers separated by commas, got "${req.rscales}"`);
  let stages: { cluster: string; fpc?: string }[] | undefined;
  if (req.stage !== undefined) {
    const [cluster, fpc, ...rest] = req.stage.split(',').map((x) => x.trim());
    if (!cluster || rest.length > 0) throw new AnalysisError('bad-option', `--stage takes CLUSTER or CLUSTER,FPC (the second stage), got "${req.stage}"`);
    if (!req.psu) throw new AnalysisError('bad-option', '--stage describes the second stage: give the first-stage clusters (--psu) too');
    if (req.replicateWeights) throw new AnalysisError('bad-option', 'a replicate design carries its stages in its replicate weights: give --stage or --replicate-weights, not both');
    stages = [{ cluster, ...(fpc ? { fpc } : {}) }];
  }
  return {
    weight: req.weight,
    ...(req.strata ? { strata: req.strata } : {}), ...(req.psu ? { psu: req.psu } : {}), ...(req.fpc ? { fpc: req.fpc } : {}),
    ...(stages ? { stages } : {}),
    nest: true, lonelyPsu: req.lonelyPsu ?? 'fail',
    ...(req.replicateWeights ? {
      replicate: {
        columns: req.replicateWeights, type: req.replicateType!, ...(rho !== undefined ? { rho } : {}), ...(req.mse ? { mse: true } : {}),
        ...(scale !== undefined ? { scale } : {}), ...(rscales ? { rscales } : {}),
      },
    } : {}),
  };
}

/** The flags that describe a design, which --design replaces. */
const DESIGN_FLAGS = ['weight', 'strata', 'psu', 'fpc', 'stage', 'lonelyPsu', 'replicateWeights', 'replicateType', 'fayRho', 'mse', 'scale', 'rscales'] as const;

/** The design of a design.json (the file `analyze indicators --design` reads). */
async function designOfFile(req: DesignRequest): Promise<DesignSpec> {
  const flag = DESIGN_FLAGS.find((f) => req[f] !== undefined);
  if (flag) throw new AnalysisError('bad-option', `--design replaces --${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: give the design one way`);
  return readDesignFile(req.design!);
}

/** A design.json file as a DesignSpec; a file that cannot be read is `unreadable-file`, naming why. */
export async function readDesignFile(path: string): Promise<DesignSpec> {
  const { readFile } = await import('node:fs/promises');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AnalysisError('unreadable-file', `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message}`);
  }
  // The schema's validator (zod) is loaded only when a design.json is read.
  const { readDesignSpec } = await import('../design-spec');
  return readDesignSpec(bytes);
}

/** The design the command is given: `--design design.json`, or the design flags. */
export async function designSpecOf(req: DesignRequest): Promise<DesignSpec> {
  return req.design !== undefined ? designOfFile(req) : designOfFlags(req);
}

/**
 * Reads the file with the design's columns plus `extra` (name → kind, chosen once the header
 * is known) and builds the design.
 */
export async function loadDesign(
  req: DesignRequest, extra: (header: readonly string[]) => Record<string, ColumnKind>,
): Promise<{ table: DataTable; design: SurveyDesign; spec: DesignSpec }> {
  const spec = await designSpecOf(req);
  const table = await loadTable(req.data, (header) => ({ ...extra(header), ...designColumnKinds(spec, header) }), csvDialect(req));
  if (table.rowCount === 0) throw new AnalysisError('empty-file', `${req.data} has a header but no rows`);
  const design = designFromTable(table, spec);
  // R's warnings about the design are said, on stderr, and the run goes on as R's does.
  if (design.kind === 'linearization') for (const w of [...design.warnings ?? [], ...design.secondStage?.warnings ?? []]) (req.onWarning ?? defaultWarning)(w);
  return { table, design, spec };
}

/** The by-variables of `--by a,b`. */
export function byColumns(text: string | undefined): string[] {
  return text ? text.split(',').map((s) => s.trim()).filter((s) => s !== '') : [];
}

/**
 * Runs the estimates the CLI asks for and returns the formatted output: one estimate per
 * domain for each `--mean`/`--total`/`--proportion`/`--ratio` (several at once as R's
 * `svyby(~a + b, ...)`; the output then names `variable` and `statistic`), and a `--table`.
 */
export async function runEstimate(req: EstimateRequest): Promise<string> {
  const asked = targetsOf(req);
  const quantileCols = listOf(req.quantile);
  const probabilities = req.probabilities === undefined ? [0.5] : req.probabilities.split(',').map((x) => Number(x.trim()));
  if (!probabilities.every((x) => x >= 0 && x <= 1)) throw new AnalysisError('bad-option', `--probabilities takes numbers between 0 and 1 separated by commas, got "${req.probabilities}"`);
  const tableVars = req.table ? byColumns(req.table) : [];
  if (req.table !== undefined && (tableVars.length < 1 || tableVars.length > 2)) throw new AnalysisError('bad-option', `--table takes ROW or ROW,COL, got "${req.table}"`);
  if (asked.length === 0 && tableVars.length === 0 && quantileCols.length === 0) throw new AnalysisError('bad-option', 'give at least one of --mean, --total, --proportion, --ratio, --quantile, --table');
  levelOf(req.level);
  const by = byColumns(req.by);
  let targets: Target[] = [];
  const { table, design, spec } = await loadDesign(req, (header) => {
    targets = targetsOf(req, header);
    const kinds: Record<string, ColumnKind> = {};
    for (const t of targets) {
      if (t.kind === 'ratio') { kinds[t.numerator] = 'number'; kinds[t.denominator] = 'number'; } else kinds[t.column] = 'number';
    }
    for (const q of quantileCols) kinds[q] = 'number';
    for (const b of [...by, ...tableVars]) kinds[b] = 'category';
    return kinds;
  });
  const level = levelOf(req.level, spec);
  const ciMethod = req.ciMethod ?? spec.ciMethod ?? 'logit';
  const missing = req.missing ?? 'fail';
  const options: EstimateOptions = {
    // Rows with a missing by-value are in no domain, as R's svyby leaves them out.
    ...(by.length ? { domains: domainsOf(by.map((b) => ({ ...categoryValues(table, b), name: b })), 'exclude') } : {}),
    missing, level,
  };
  const labelled = targets.length + quantileCols.length * probabilities.length + (tableVars.length ? 1 : 0) > 1 || tableVars.length > 0 || quantileCols.length > 0;
  const rows: LabelledEstimate[] = [];
  for (const t of targets) {
    const name = targetName(t);
    let out: DomainEstimate[];
    switch (t.kind) {
      case 'mean': out = svyMean(design, numericValues(table, t.column), { ...options, name }); break;
      case 'total': out = svyTotal(design, numericValues(table, t.column), { ...options, name }); break;
      case 'proportion': out = svyProportion(design, numericValues(table, t.column), { ...options, name, method: ciMethod }); break;
      case 'ratio':
        out = svyRatio(design, numericValues(table, t.numerator), numericValues(table, t.denominator), { ...options, name: t.numerator, denominatorName: t.denominator });
        break;
    }
    rows.push(...(labelled ? out.map((e) => ({ ...e, variable: name, statistic: t.kind })) : out));
  }
  for (const q of quantileCols) {
    for (const prob of probabilities) {
      const out = svyQuantile(design, numericValues(table, q), prob, {
        ...options, name: q, ...(req.qrule ? { qrule: req.qrule } : {}), ...(req.quantileInterval ? { intervalType: req.quantileInterval } : {}),
      });
      rows.push(...out.map((e) => ({ ...e, variable: q, statistic: `quantile-${prob}` })));
    }
  }
  if (tableVars.length) {
    if (by.length) throw new AnalysisError('bad-option', '--table makes its own cells: give the variables in --table ROW,COL, not --by');
    const [r, c] = tableVars.map((v) => ({ ...categoryValues(table, v), name: v }));
    rows.push(...svyTable(design, r, c ?? null, { level }));
  }
  return formatEstimates(rows, tableVars.length ? tableVars : by, req.format ?? 'json');
}
