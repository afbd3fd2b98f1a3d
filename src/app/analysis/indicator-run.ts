// The analysis screen's computation, callable without a Worker (the worker and the tests call
// it): the one indicator pipeline of analysis/indicators/run.ts (the same `analyze indicators`
// runs) on bytes the analyst picked or downloaded, and the report files.
import {
  indicatorReport, LOCALES, runIndicators, standardCatalogue,
  type Catalogue, type IndicatorEstimate, type IndicatorStage, type Locale, type LocalizedText, type SkippedIndicator,
} from '../../../analysis/indicators';
import type { DesignSpec } from '../../../analysis/design-spec';
import { readCsv, readXlsx, type ColumnKind, type DataTable } from '../../../analysis/io';
import {
  dictionaryValueLabels, parseDictionary, renderIndicatorCsv, renderIndicatorReportHtml, renderIndicatorXlsx, setValueLabels, variableLabel,
  type IndicatorReport,
} from '../../../analysis/tables';

export type { SkippedIndicator };
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
  readonly design: DesignSpec;
  /** Each entry a list of crossed by-variables (the CLI's repeated --by); absent: each indicator's own. */
  readonly by?: readonly (readonly string[])[];
  /** Indicator groups to compute (absent: all). */
  readonly groups?: readonly string[];
  readonly locale: Locale;
  /** Notes put first in the report (e.g. the app's warning about an unweighted run). */
  readonly notes?: readonly string[];
  /** Timestamp printed in the report (default now). */
  readonly generated?: string;
  /** The data's variable dictionary (`ID.dictionary.json`, parsed JSON): value labels of the report. */
  readonly dictionary?: unknown;
}

export interface AnalysisResult {
  readonly rowCount: number;
  readonly estimates: readonly IndicatorEstimate[];
  /** The catalogue as computed (default disaggregations the data lacks are dropped, as the CLI does). */
  readonly catalogue: Catalogue;
  readonly report: IndicatorReport;
  readonly skipped: readonly SkippedIndicator[];
}

export type AnalysisStage = IndicatorStage | 'render';
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

/** Estimates the indicators the data allows, as `analyze indicators` does, reporting progress. */
export async function runIndicatorAnalysis(request: AnalysisRequest, onProgress: ProgressListener = () => undefined): Promise<AnalysisResult> {
  // Each run labels codes with its own data's dictionary (none: codes as they are), as analyze indicators does.
  setValueLabels(request.dictionary === undefined ? new Map() : dictionaryValueLabels(parseDictionary(request.dictionary, 'the variable dictionary')));
  const run = await runIndicators((columns) => loadTable(request.data, request.format, columns), {
    design: request.design,
    ...(request.by ? { by: request.by } : {}),
    ...(request.groups ? { groups: request.groups } : {}),
  }, onProgress);
  const report = indicatorReport(run, request.design, {
    locale: request.locale,
    ...(request.notes ? { notes: request.notes } : {}),
    ...(request.generated ? { generated: request.generated } : {}),
  });
  return { rowCount: run.rowCount, estimates: run.estimates, catalogue: run.catalogue, report, skipped: run.skipped };
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
