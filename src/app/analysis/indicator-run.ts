// The analysis screen's computation, callable without a Worker (the worker and the tests call
// it): read microdata, rebuild the design, estimate the catalogue's indicators, render the
// report files. It follows `jha-survey analyze indicators` step by step with the same analysis
// functions, so the app's CSV is byte for byte the CLI's.
import {
  buildDesigns, compileCatalogue, LOCALES, designColumns, estimateIndicators, expressionVariables, indicatorVariables, parseExpression,
  standardCatalogue, type Catalogue, type DesignFile, type IndicatorEstimate, type Locale, type LocalizedText,
} from '../../../analysis/indicators';
import { categoryValues, readCsv, readXlsx, type Column, type ColumnKind, type DataTable } from '../../../analysis/io';
import { dispositionCategory, responseRateTables } from '../../../analysis/response-rates';
import {
  buildIndicatorReport, renderIndicatorCsv, renderIndicatorReportHtml, renderIndicatorXlsx, variableLabel, type ExtraTable, type IndicatorReport,
} from '../../../analysis/tables';
import { UNWEIGHTED } from './design-form';
import { AnalysisRunError } from './failure';

export type DataFormat = 'csv' | 'xlsx';

/** The data format a file name implies (CSV unless it ends in .xlsx). */
export function formatOfFile(name: string): DataFormat {
  return /\.xlsx$/i.test(name) ? 'xlsx' : 'csv';
}

export interface SourceSummary {
  /** Every column of the data, in file order. */
  readonly columns: readonly string[];
  /** The catalogue's disaggregation variables present in the data, in catalogue order. */
  readonly disaggregations: readonly string[];
  /** Each disaggregation variable's label in every locale (as the report prints it). */
  readonly labels: Readonly<Record<string, LocalizedText>>;
  readonly groups: readonly { readonly id: string; readonly title: LocalizedText; readonly indicators: number }[];
}

export interface AnalysisRequest {
  readonly data: Uint8Array;
  readonly format: DataFormat;
  readonly design: DesignFile;
  /** Each entry a list of crossed by-variables (the CLI's repeated --by); absent: each indicator's own. */
  readonly by?: readonly (readonly string[])[];
  /** Indicator groups to compute (absent: all). */
  readonly groups?: readonly string[];
  readonly locale: Locale;
  /** Notes put first in the report (e.g. the app's warning about an unweighted run). */
  readonly notes?: readonly string[];
  /** Timestamp printed in the report (default now). */
  readonly generated?: string;
}

export interface SkippedIndicator {
  readonly id: string;
  readonly title: LocalizedText;
  /** The data's missing variables the indicator needs. */
  readonly missing: readonly string[];
}

export interface AnalysisResult {
  readonly rowCount: number;
  readonly estimates: readonly IndicatorEstimate[];
  /** The catalogue as computed (default disaggregations the data lacks are dropped, as the CLI does). */
  readonly catalogue: Catalogue;
  readonly report: IndicatorReport;
  readonly skipped: readonly SkippedIndicator[];
}

export type AnalysisStage = 'read' | 'design' | 'estimate' | 'render';
export type ProgressListener = (stage: AnalysisStage, done: number, total: number) => void;

function loadTable(data: Uint8Array, format: DataFormat, columns: (header: readonly string[]) => Record<string, ColumnKind>): Promise<DataTable> {
  if (format === 'xlsx') return readXlsx(data, columns);
  return Promise.resolve(readCsv(data, { columns }));
}

/** The columns of the data and what the screen can offer for them; reads as little as it can. */
export async function inspectSource(data: Uint8Array, format: DataFormat): Promise<SourceSummary> {
  let columns: readonly string[] = [];
  if (format === 'csv') {
    // The header line is enough (a quoted line break in a header is not worth a full read).
    const lf = data.indexOf(10);
    columns = readCsv(lf < 0 ? data : data.subarray(0, lf + 1), { columns: () => ({}) }).names;
  } else {
    columns = (await loadTable(data, format, () => ({}))).names;
  }
  const catalogue = standardCatalogue();
  const have = new Set(columns);
  const disaggregations: string[] = [];
  for (const d of catalogue.indicators) for (const v of d.disaggregations) if (have.has(v) && !disaggregations.includes(v)) disaggregations.push(v);
  const groups = catalogue.groups.map((g) => ({ id: g.id, title: g.title, indicators: catalogue.indicators.filter((d) => d.group === g.id).length }));
  const labels = Object.fromEntries(disaggregations.map((v) => [v, Object.fromEntries(LOCALES.map((l) => [l, variableLabel(v, l)])) as LocalizedText]));
  return { columns, disaggregations, labels, groups };
}

/** Adds the column of ones an unweighted design names. */
function withUnitWeights(table: DataTable): DataTable {
  const ones: Column = { kind: 'number', name: UNWEIGHTED, values: new Float64Array(table.rowCount).fill(1) };
  const columns = new Map(table.columns);
  columns.set(UNWEIGHTED, ones);
  return { rowCount: table.rowCount, names: [...table.names, UNWEIGHTED], columns };
}

const CHUNK = 8;

/** Estimates the indicators the data allows, as `analyze indicators` does, reporting progress. */
export async function runIndicatorAnalysis(request: AnalysisRequest, onProgress: ProgressListener = () => undefined): Promise<AnalysisResult> {
  const { design } = request;
  const catalogue = standardCatalogue();
  const only = request.groups ? catalogue.indicators.filter((d) => request.groups!.includes(d.group)).map((d) => d.id) : undefined;
  const compiled = compileCatalogue(catalogue, only);
  const by = request.by;
  let skipped: SkippedIndicator[] = [];

  onProgress('read', 0, 1);
  const unitWeights = design.weight === UNWEIGHTED || design.weight_hh === UNWEIGHTED;
  let table = await loadTable(request.data, request.format, (header) => {
    const have = new Set(header);
    const kinds: Record<string, ColumnKind> = {};
    const { numeric, text } = designColumns(design);
    for (const c of numeric) if (c !== UNWEIGHTED) kinds[c] = 'number';
    for (const c of text) kinds[c] = 'category';
    if (design.replicate) {
      const re = new RegExp(design.replicate.columns);
      for (const h of header) if (re.test(h)) kinds[h] = 'number';
    }
    if (!design.weight_hh && have.has('hh_eligible')) kinds.hh_eligible = 'category';
    if (design.respondents) for (const v of expressionVariables(parseExpression(design.respondents))) kinds[v] ??= 'category';
    for (const b of (by ?? []).flat()) kinds[b] ??= 'category';
    skipped = [];
    for (const c of compiled) {
      const vars = indicatorVariables(c);
      const missing = vars.filter((v) => !have.has(v));
      const dis = by ? [] : c.disaggregations.filter((d) => have.has(d));
      if (missing.length > 0) {
        skipped.push({ id: c.id, title: catalogue.indicators.find((d) => d.id === c.id)!.title, missing });
        continue;
      }
      for (const v of [...vars, ...dis]) kinds[v] ??= 'category';
    }
    return kinds;
  });
  if (unitWeights) table = withUnitWeights(table);
  const usable = compiled.filter((c) => !skipped.some((s) => s.id === c.id)).map((c) => c.id);
  if (usable.length === 0) {
    throw new AnalysisRunError('nothing-computable', `no indicator can be computed from these data (first missing column: ${skipped[0]?.missing[0] ?? '—'})`);
  }
  onProgress('read', 1, 1);

  const present = new Set(table.columns.keys());
  const trimmed: Catalogue = { ...catalogue, indicators: catalogue.indicators.map((d) => ({ ...d, disaggregations: d.disaggregations.filter((v) => present.has(v)) })) };
  onProgress('design', 0, 1);
  const designs = buildDesigns(table, design);
  onProgress('design', 1, 1);
  const options = {
    ...(by ? { by } : {}),
    ...(design.ciMethod ? { ciMethod: design.ciMethod } : {}),
    ...(design.level ? { level: design.level } : {}),
    ...(design.reliability ? { reliability: design.reliability } : {}),
  };
  // In catalogue order, a few indicators at a time: each is estimated on its own, so the
  // estimates (and their order) are those of one call over all of them.
  const estimates: IndicatorEstimate[] = [];
  for (let k = 0; k < usable.length; k += CHUNK) {
    onProgress('estimate', k, usable.length);
    await Promise.resolve();
    estimates.push(...estimateIndicators(table, trimmed, designs, { ...options, only: usable.slice(k, k + CHUNK) }));
  }
  onProgress('estimate', usable.length, usable.length);

  const report = buildIndicatorReport(trimmed, estimates, {
    locale: request.locale, extras: responseRateExtras(table, request.locale),
    ...(request.generated ? { generated: request.generated } : {}),
    ...(design.level ? { level: design.level } : {}), ...(design.reliability ? { reliability: design.reliability } : {}),
  });
  const withNotes = request.notes && request.notes.length > 0 ? { ...report, notes: [...request.notes, ...report.notes] } : report;
  return { rowCount: table.rowCount, estimates, catalogue: trimmed, report: withNotes, skipped };
}

/** Response-rate tables from a loaded `disposition` column, as the CLI adds them (none when every case is complete). */
function responseRateExtras(table: DataTable, locale: Locale): ExtraTable[] {
  if (!table.columns.has('disposition')) return [];
  const codes = categoryValues(table, 'disposition');
  const dispositions = Array.from(codes.codes, (c) => (c < 0 ? '' : codes.levels[c]));
  if (dispositions.every((d) => dispositionCategory(d) === 'I' || dispositionCategory(d) === 'P')) return [];
  const groups = ['region', 'interviewer'].filter((g) => table.columns.has(g)).map((g) => {
    const col = categoryValues(table, g);
    return { name: g, values: Array.from(col.codes, (c) => (c < 0 ? '' : col.levels[c])) };
  });
  return responseRateTables(dispositions, groups, locale);
}

/** The report files, as `analyze indicators --out report.csv|xlsx|html` writes them. */
export function indicatorCsv(result: Pick<AnalysisResult, 'estimates'>): string {
  return renderIndicatorCsv(result.estimates);
}

export function indicatorXlsx(result: Pick<AnalysisResult, 'report' | 'catalogue'>): Promise<Uint8Array> {
  return renderIndicatorXlsx(result.report, result.catalogue);
}

/** In the browser pass its `document` (charts are drawn with it); elsewhere linkedom's is used. */
export function indicatorHtml(result: Pick<AnalysisResult, 'report' | 'catalogue'>, document?: Document): Promise<string> {
  return renderIndicatorReportHtml(result.report, result.catalogue, document ? { document } : {});
}
