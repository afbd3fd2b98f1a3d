// The work behind `jha-survey analyze compare` (Node side: reads the files from disk).
import { AnalysisError } from '../errors';
import { loadTable } from '../io/load';
import { LOCALES, type Locale } from '../indicators/catalogue';
import { runIndicators, type IndicatorRun } from '../indicators/run';
import { compareSurveys, comparisonReport, renderComparisonCsv, type SurveyIndicators } from '../compare/compare';
import { csvDialect, readDesignFile, type DesignRequest } from './estimate';

export interface CompareRequest extends Pick<DesignRequest, 'delimiter' | 'decimal' | 'encoding'> {
  /** `LABEL=data.csv`, one per survey; the first is the reference. */
  readonly survey: readonly string[];
  /** One design.json for every survey, or one per survey in the order of `survey`. */
  readonly design: readonly string[];
  /** Disaggregations (each a comma-separated list of crossed by-variables). */
  readonly by?: readonly string[];
  readonly only?: string;
  readonly lang?: string;
  readonly out: string;
}

export interface CompareResult {
  /** The report's bytes (CSV text, XLSX or HTML). */
  readonly output: string | Uint8Array;
  readonly format: 'csv' | 'xlsx' | 'html';
  readonly surveys: number;
  readonly differences: number;
  readonly significant: number;
  readonly skipped: readonly string[];
}

/**
 * Runs the indicator set on every survey (each with its own design), compares each with the
 * first, and renders the side-by-side report as CSV, XLSX or HTML (by the --out extension).
 */
export async function runCompare(req: CompareRequest): Promise<CompareResult> {
  if (req.survey.length < 2) throw new AnalysisError('bad-option', 'give at least two surveys: --survey LABEL=data.csv --survey LABEL=data.csv (the first is the reference)');
  const surveys = req.survey.map((s) => {
    const at = s.indexOf('=');
    if (at <= 0 || at === s.length - 1) throw new AnalysisError('bad-option', `--survey takes LABEL=FILE, got "${s}"`);
    return { label: s.slice(0, at).trim(), data: s.slice(at + 1) };
  });
  const labels = surveys.map((s) => s.label);
  const dup = labels.find((l, k) => labels.indexOf(l) !== k);
  if (dup) throw new AnalysisError('bad-option', `two surveys are labelled "${dup}": give each its own label`);
  if (req.design.length !== 1 && req.design.length !== surveys.length) {
    throw new AnalysisError('bad-option', `give one --design for every survey, or one per survey (${surveys.length}), got ${req.design.length}`);
  }
  const locale = LOCALES.find((l) => l === (req.lang ?? 'en')) as Locale | undefined;
  if (!locale) throw new AnalysisError('bad-option', `--lang ${req.lang}: use one of ${LOCALES.join(', ')}`);
  const ext = /\.(csv|xlsx|html?)$/i.exec(req.out)?.[1].toLowerCase();
  const format = ext === 'htm' ? 'html' : (ext as 'csv' | 'xlsx' | 'html' | undefined);
  if (!format) throw new AnalysisError('bad-option', `--out ${req.out}: the file name must end in .csv, .xlsx or .html`);
  const designs = await Promise.all(req.design.map((path) => readDesignFile(path)));
  const by = req.by?.map((b) => b.split(',').map((s) => s.trim()).filter((s) => s !== ''));
  const only = req.only?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const dialect = csvDialect(req);
  const runs: IndicatorRun[] = [];
  for (const [k, s] of surveys.entries()) {
    const design = designs.length === 1 ? designs[0] : designs[k];
    runs.push(await runIndicators((columns) => loadTable(s.data, columns, dialect), { design, ...(by ? { by } : {}), ...(only ? { only } : {}) }));
  }
  const level = designs[0].level ?? 0.95;
  const indicators: SurveyIndicators[] = runs.map((r, k) => ({ label: surveys[k].label, estimates: r.estimates }));
  const differences = compareSurveys(indicators, level);
  const skipped = [...new Set(runs.flatMap((r) => r.skipped.map((s) => s.id)))];
  const summary = { format, surveys: surveys.length, differences: differences.length, significant: differences.filter((d) => d.significant && d.publishable).length, skipped };
  if (format === 'csv') return { ...summary, output: renderComparisonCsv(indicators, differences) };
  const tables = await import('../tables');
  const report = comparisonReport(runs[0].catalogue, indicators, differences, {
    locale, level, ...(designs[0].reliability ? { reliability: designs[0].reliability } : {}),
  });
  const output = format === 'xlsx' ? await tables.renderIndicatorXlsx(report, runs[0].catalogue) : await tables.renderIndicatorReportHtml(report, runs[0].catalogue);
  return { ...summary, output };
}
