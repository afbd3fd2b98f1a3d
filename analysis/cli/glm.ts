// The work behind `jha-survey analyze glm`: a design-based linear or logistic regression
// (R `svyglm`) with a Wald test per factor (R `regTermTest`), as JSON, CSV or a text table.
import { AnalysisError } from '../errors';
import type { ColumnKind } from '../io/table';
import { categoryValues, numericValues } from '../io/table';
import type { MissingPolicy } from '../estimate';
import { regTermTest, svyGlm, type GlmFit, type ModelTerm, type TermTest } from '../models/glm';
import type { GlmFamily } from '../models/irls';
import { levelOf, listOf, loadDesign, type ColumnList, type DesignRequest } from './estimate';

export interface GlmRequest extends DesignRequest {
  /** The response column (a 0/1 indicator for `quasibinomial`). */
  readonly response?: string;
  /** The model's terms, in order (R `y ~ a + b`). */
  readonly terms?: ColumnList;
  /** Terms that are factors (R `factor(a)`, treatment contrasts); the other terms are numeric. */
  readonly factors?: ColumnList;
  /** `FACTOR=LEVEL`: a factor's reference level (R `relevel`); default its first level. */
  readonly reference?: ColumnList;
  /** Terms given a Wald test (R `regTermTest`); default every factor. */
  readonly test?: ColumnList;
  readonly family?: GlmFamily;
  readonly missing?: MissingPolicy;
  readonly level?: string;
  readonly format?: 'json' | 'csv' | 'table';
}

/** `null` for what R would print as NA. */
function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

export function glmRecords(fit: GlmFit, tests: readonly TermTest[]): Record<string, unknown>[] {
  return [
    ...fit.coefficients.map((k) => ({
      kind: 'coefficient', name: k.name, term: k.term, level: k.level ?? null, estimate: finite(k.estimate), se: finite(k.se),
      statistic: finite(k.t), ndf: null, ddf: fit.df, p_value: finite(k.pValue), ci_low: finite(k.ciLow), ci_high: finite(k.ciHigh),
    })),
    ...tests.map((t) => ({
      kind: 'wald-test', name: t.term, term: t.term, level: null, estimate: null, se: null,
      statistic: finite(t.F), ndf: t.ndf, ddf: t.ddf, p_value: finite(t.pValue), ci_low: null, ci_high: null,
    })),
  ];
}

const COLUMNS = ['kind', 'name', 'term', 'level', 'estimate', 'se', 'statistic', 'ndf', 'ddf', 'p_value', 'ci_low', 'ci_high'];

function cellText(v: unknown, short: boolean): string {
  if (v === null || v === undefined) return short ? 'NA' : '';
  if (short && typeof v === 'number') return Math.abs(v) >= 1e6 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(4) : String(Number(v.toPrecision(6)));
  return String(v);
}

function render(fit: GlmFit, records: Record<string, unknown>[], format: 'json' | 'csv' | 'table'): string {
  if (format === 'json') {
    const model = {
      family: fit.family, response: fit.response, n: fit.n, df: fit.df, design_df: fit.designDf, level: fit.level,
      references: fit.references, iterations: fit.iterations, converged: fit.converged, flags: fit.flags,
    };
    return JSON.stringify({ model, coefficients: records.filter((r) => r.kind === 'coefficient'), tests: records.filter((r) => r.kind === 'wald-test') }) + '\n';
  }
  const rows = records.map((r) => COLUMNS.map((c) => cellText(r[c], format === 'table')));
  if (format === 'csv') {
    const q = (t: string): string => (/[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
    return [COLUMNS, ...rows].map((r) => r.map(q).join(',')).join('\n') + '\n';
  }
  const widths = COLUMNS.map((c, k) => Math.max(c.length, ...rows.map((r) => r[k].length)));
  const head = `${fit.family} model of ${fit.response}: n = ${fit.n}, residual df = ${fit.df}${fit.flags.length ? `, flags: ${fit.flags.join(' ')}` : ''}`;
  return [head, ...[COLUMNS, ...rows].map((r) => r.map((t, k) => t.padEnd(widths[k])).join('  ').trimEnd())].join('\n') + '\n';
}

/** `--reference a=L,b=M` as factor → level. */
function referencesOf(list: ColumnList | undefined, factors: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of listOf(list)) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new AnalysisError('bad-option', `--reference takes FACTOR=LEVEL, got "${item}"`);
    const name = item.slice(0, eq).trim(), level = item.slice(eq + 1).trim();
    if (!factors.includes(name)) throw new AnalysisError('bad-option', `--reference names "${name}", which is not among --factors (${factors.join(', ') || 'none'})`);
    out.set(name, level);
  }
  return out;
}

/**
 * Runs `analyze glm`: `--response Y --terms a,b [--factors b] [--reference b=L]
 * [--family gaussian|quasibinomial] [--test b]` on the design of the design flags or design.json.
 */
export async function runGlm(req: GlmRequest): Promise<string> {
  const response = req.response?.trim();
  if (!response) throw new AnalysisError('bad-option', 'give the response: --response COLUMN');
  const termNames = listOf(req.terms);
  if (termNames.length === 0) throw new AnalysisError('bad-option', 'give the model\'s terms: --terms a,b (an intercept-only model is `analyze estimate --mean`)');
  const factors = listOf(req.factors);
  for (const f of factors) if (!termNames.includes(f)) throw new AnalysisError('bad-option', `--factors names "${f}", which is not among --terms (${termNames.join(', ')})`);
  const references = referencesOf(req.reference, factors);
  const tested = req.test === undefined ? factors : listOf(req.test);
  for (const t of tested) if (!termNames.includes(t)) throw new AnalysisError('bad-option', `--test names "${t}", which is not among --terms (${termNames.join(', ')})`);
  levelOf(req.level);
  const format = req.format ?? 'json';
  const { table, design, spec } = await loadDesign(req, () => {
    const kinds: Record<string, ColumnKind> = { [response]: 'number' };
    for (const t of termNames) kinds[t] = factors.includes(t) ? 'category' : 'number';
    return kinds;
  });
  const level = levelOf(req.level, spec);
  const terms: ModelTerm[] = termNames.map((name) => factors.includes(name)
    ? { kind: 'factor', name, values: categoryValues(table, name), ...(references.has(name) ? { reference: references.get(name)! } : {}) }
    : { kind: 'numeric', name, values: numericValues(table, name) });
  const fit = svyGlm(design, { name: response, values: numericValues(table, response) }, terms, {
    family: req.family ?? 'gaussian', missing: req.missing ?? 'fail', level,
  });
  return render(fit, glmRecords(fit, tested.map((t) => regTermTest(fit, t))), format);
}
