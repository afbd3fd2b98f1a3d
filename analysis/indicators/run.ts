/**
 * The one indicator pipeline, used by `jha-survey analyze indicators` and by the app's analysis
 * worker: which columns to read (given the data's header), the indicators the data allows, the
 * person and household designs, the estimates in catalogue order, and the report model.
 *
 *   header ──indicatorColumns──▶ columns to load, indicators skipped (variables missing)
 *   table  ──buildDesigns──────▶ person / household designs (design-spec.ts, design-build.ts)
 *          ──estimateIndicators▶ one estimate per indicator × domain (estimate.ts)
 *          ──indicatorReport───▶ the report model (tables/model.ts) rendered as CSV/XLSX/HTML
 *
 * Reading the bytes (a file on disk, a File in the browser) stays with the caller: it passes a
 * `load` function that reads the columns this module asks for.
 */
import { AnalysisError } from '../errors';
import { designColumnKinds, weightValues } from '../design-build';
import { didYouMean, type DesignSpec } from '../design-spec';
import { UNWEIGHTED } from '../design';
import { categoryValues, type Column, type ColumnKind, type DataTable } from '../io/table';
import { collapseToCases, dispositionCategory, RESPONDENTS_CONDITION } from '../response-rates/aapor';
import { responseRateTables } from '../response-rates/report';
import { buildIndicatorReport, type ExtraTable, type IndicatorReport } from '../tables/model';
import { indicatorVariables, type Catalogue, type CompiledIndicator, type Locale, type LocalizedText } from './catalogue';
import { buildDesigns } from './designs';
import type { BySets } from './domains';
import { compileCatalogue, estimateIndicators, type IndicatorEstimate, type IndicatorRunOptions } from './estimate';
import { expressionVariables, parseExpression } from './expression';
import { standardCatalogue } from './standard';
import { INCOME_QUINTILE, INCOME_SOURCES, incomeQuintileDerivable, withIncomeQuintile } from './income';

export interface IndicatorRequest {
  readonly design: DesignSpec;
  /** Default: the standard catalogue (surveys/indicators.json). */
  readonly catalogue?: Catalogue;
  /** Each entry a list of crossed by-variables (the CLI's repeated --by); absent: each indicator's own. */
  readonly by?: BySets;
  /** Only these indicator ids (absent: all). */
  readonly only?: readonly string[];
  /** Only the indicators of these groups (absent: all). */
  readonly groups?: readonly string[];
}

export interface SkippedIndicator {
  readonly id: string;
  readonly title: LocalizedText;
  /** The data's missing variables the indicator needs. */
  readonly missing: readonly string[];
}

export interface IndicatorRun {
  readonly rowCount: number;
  /** The table as read (the design's and indicators' columns only). */
  readonly table: DataTable;
  readonly estimates: readonly IndicatorEstimate[];
  /** The catalogue as computed: default disaggregations the data lacks are dropped. */
  readonly catalogue: Catalogue;
  readonly skipped: readonly SkippedIndicator[];
  /** Ids of the indicators estimated, in catalogue order. */
  readonly computed: readonly string[];
  /** Set when the data's `disposition` column restricted the estimates to responding units (withRespondentsRule). */
  readonly respondentsRule?: string;
}

export type IndicatorStage = 'read' | 'design' | 'estimate';
export type IndicatorProgress = (stage: IndicatorStage, done: number, total: number) => void;

/** Reads the columns `columns(header)` names from the data (CSV or XLSX). */
export type TableLoader = (columns: (header: readonly string[]) => Record<string, ColumnKind>) => Promise<DataTable>;

/** The indicators a request asks for, compiled, with the catalogue they come from. */
function requested(request: IndicatorRequest): { catalogue: Catalogue; compiled: CompiledIndicator[] } {
  const catalogue = request.catalogue ?? standardCatalogue();
  let only = request.only;
  if (request.groups) {
    const inGroups = new Set(catalogue.indicators.filter((d) => request.groups!.includes(d.group)).map((d) => d.id));
    only = only ? only.filter((id) => inGroups.has(id)) : [...inGroups];
  }
  return { catalogue, compiled: compileCatalogue(catalogue, only) };
}

/**
 * The columns to load for a header and how to read them (the design's, the respondents
 * condition's, the by-variables', the indicators'), and the indicators skipped because the
 * data lacks one of their variables. A by-variable the data lacks is an error.
 */
export function indicatorColumns(design: DesignSpec, catalogue: Catalogue, compiled: readonly CompiledIndicator[], by: BySets | undefined, header: readonly string[]):
{ kinds: Record<string, ColumnKind>; skipped: SkippedIndicator[] } {
  const have = new Set(header);
  const kinds: Record<string, ColumnKind> = designColumnKinds(design, header);
  // The default household weight is the person weight ÷ hh_eligible (designs.ts).
  if (!design.weight_hh && have.has('hh_eligible')) kinds.hh_eligible ??= 'category';
  if (design.respondents) for (const v of expressionVariables(parseExpression(design.respondents))) kinds[v] ??= 'category';
  // Dispositions (and the case each row belongs to) feed the response-rate tables.
  if (have.has('disposition')) {
    kinds.disposition ??= 'category';
    if (have.has('case_id')) kinds.case_id ??= 'category';
  }
  // The income quintile is derived after reading (income.ts) when the data hold the amount and the household size.
  const incomeDerivable = incomeQuintileDerivable(have);
  const loadIncomeSources = () => { for (const c of INCOME_SOURCES) kinds[c] = 'number'; };
  for (const b of (by ?? []).flat()) {
    if (b === INCOME_QUINTILE && incomeDerivable) { loadIncomeSources(); continue; }
    if (!have.has(b)) {
      const guess = didYouMean(b, header);
      throw new AnalysisError('missing-column', `by-variable "${b}" is not a column of the data${guess ? ` (did you mean "${guess}"?)` : ''}`);
    }
    kinds[b] ??= 'category';
  }
  const skipped: SkippedIndicator[] = [];
  for (const c of compiled) {
    const vars = indicatorVariables(c);
    const missing = vars.filter((v) => !have.has(v));
    if (missing.length > 0) {
      skipped.push({ id: c.id, title: catalogue.indicators.find((d) => d.id === c.id)!.title, missing });
      continue;
    }
    const dis = by ? [] : c.disaggregations.filter((d) => have.has(d));
    for (const v of [...vars, ...dis]) kinds[v] ??= 'category';
    if (!by && incomeDerivable && c.disaggregations.includes(INCOME_QUINTILE)) loadIncomeSources();
  }
  return { kinds, skipped };
}

/** Adds the column of ones the UNWEIGHTED weight names (so the table has every design column). */
function withUnitWeights(table: DataTable): DataTable {
  if (table.columns.has(UNWEIGHTED)) return table;
  const ones: Column = { kind: 'number', name: UNWEIGHTED, values: weightValues(table, UNWEIGHTED) };
  const columns = new Map(table.columns);
  columns.set(UNWEIGHTED, ones);
  return { rowCount: table.rowCount, names: [...table.names, UNWEIGHTED], columns };
}

/** Indicators estimated between two progress reports (and two yields to the event loop). */
const CHUNK = 8;

/**
 * Reads the data, builds the designs and estimates the indicators the data allows. Indicators
 * are estimated a few at a time (each on its own, so the estimates and their order are those of
 * one call over all of them), reporting progress and yielding between chunks.
 */
export async function runIndicators(load: TableLoader, request: IndicatorRequest, onProgress: IndicatorProgress = () => undefined): Promise<IndicatorRun> {
  const { by } = request;
  let design = request.design;
  const { catalogue, compiled } = requested(request);
  let skipped: SkippedIndicator[] = [];
  let respondentsRule: string | undefined;
  onProgress('read', 0, 1);
  let table = await load((header) => {
    design = withRespondentsRule(request.design, header);
    respondentsRule = design.respondents !== request.design.respondents ? design.respondents : undefined;
    const plan = indicatorColumns(design, catalogue, compiled, by, header);
    skipped = plan.skipped;
    return plan.kinds;
  });
  if (table.rowCount === 0) throw new AnalysisError('empty-file', 'the data have a header but no rows');
  if (design.weight === UNWEIGHTED || design.weight_hh === UNWEIGHTED) table = withUnitWeights(table);
  if (incomeQuintileDerivable(new Set(table.columns.keys()))) table = withIncomeQuintile(table, weightValues(table, design.weight));
  const computed = compiled.filter((c) => !skipped.some((s) => s.id === c.id)).map((c) => c.id);
  if (computed.length === 0) {
    throw new AnalysisError('nothing-computable', `no indicator can be computed from these data (first missing column: ${skipped[0]?.missing[0] ?? '—'})`);
  }
  onProgress('read', 1, 1);

  // Default disaggregations that the data lacks are dropped rather than failing the report.
  const present = new Set(table.columns.keys());
  const trimmed: Catalogue = { ...catalogue, indicators: catalogue.indicators.map((d) => ({ ...d, disaggregations: d.disaggregations.filter((v) => present.has(v)) })) };
  onProgress('design', 0, 1);
  const designs = buildDesigns(table, design);
  onProgress('design', 1, 1);
  const options: IndicatorRunOptions = {
    ...(by ? { by } : {}),
    ...(design.ciMethod ? { ciMethod: design.ciMethod } : {}),
    ...(design.level ? { level: design.level } : {}),
    ...(design.reliability ? { reliability: design.reliability } : {}),
  };
  const estimates: IndicatorEstimate[] = [];
  for (let k = 0; k < computed.length; k += CHUNK) {
    onProgress('estimate', k, computed.length);
    await Promise.resolve();
    estimates.push(...estimateIndicators(table, trimmed, designs, { ...options, only: computed.slice(k, k + CHUNK) }));
  }
  onProgress('estimate', computed.length, computed.length);
  return { rowCount: table.rowCount, table, estimates, catalogue: trimmed, skipped, computed, ...(respondentsRule ? { respondentsRule } : {}) };
}

/**
 * Data with a `disposition` column (the server's export of collected cases) hold refusals,
 * non-contacts and ineligible cases beside the interviews: estimates use responding units only
 * (AAPOR 1.1 and 1.2, analysis/response-rates `RESPONDENTS_CONDITION`) unless the design names
 * its own `respondents` condition. A refusal's row never counts as a respondent.
 */
export function withRespondentsRule(design: DesignSpec, header: readonly string[]): DesignSpec {
  if (design.respondents || !header.includes('disposition')) return design;
  return { ...design, respondents: RESPONDENTS_CONDITION };
}

/** The columns a dispositions table needs: `disposition`, and `case_id`, `region`, `interviewer` when present. */
export const DISPOSITION_COLUMNS = ['disposition', 'case_id', 'region', 'interviewer'] as const;
/** Response rates are also tabulated by these columns when present. */
const RATE_GROUPS = ['region', 'interviewer'] as const;

/**
 * AAPOR response-rate tables from a table with a `disposition` column (the microdata's own or a
 * separate file of issued cases), by region and interviewer when those columns exist. Microdata
 * of completed interviews only say nothing about non-response: unless `issuedCases`, no table then.
 */
export function responseRateExtras(source: DataTable, locale: Locale, issuedCases = false): ExtraTable[] {
  if (!source.columns.has('disposition')) return [];
  const codes = categoryValues(source, 'disposition');
  const dispositions = Array.from(codes.codes, (c) => (c < 0 ? '' : codes.levels[c]));
  if (!issuedCases && dispositions.every((d) => dispositionCategory(d) === 'I' || dispositionCategory(d) === 'P')) return [];
  const texts = (name: string): string[] => {
    const col = categoryValues(source, name);
    return Array.from(col.codes, (c) => (c < 0 ? '' : col.levels[c]));
  };
  // Rates count cases, not rows: rows sharing a case_id (two interviews of one case) are one case.
  const cases = source.columns.has('case_id') ? collapseToCases(texts('case_id'), dispositions) : { rows: dispositions.map((_, i) => i), codes: dispositions };
  const groups = RATE_GROUPS.filter((g) => source.columns.has(g)).map((g) => {
    const values = texts(g);
    return { name: g, values: cases.rows.map((i) => values[i]) };
  });
  return responseRateTables(cases.codes, groups, locale);
}

export interface IndicatorReportOptions {
  readonly locale: Locale;
  /** Response-rate tables (default: from the run's own `disposition` column). */
  readonly extras?: readonly ExtraTable[];
  /** Notes put first in the report (e.g. the app's warning about an unweighted run). */
  readonly notes?: readonly string[];
  /** Timestamp printed in the report (default now). */
  readonly generated?: string;
}

/** The report model of a run (what the XLSX and HTML writers render), with the design's level and reliability rules. */
export function indicatorReport(run: IndicatorRun, design: DesignSpec, options: IndicatorReportOptions): IndicatorReport {
  const report = buildIndicatorReport(run.catalogue, run.estimates, {
    locale: options.locale,
    extras: options.extras ?? responseRateExtras(run.table, options.locale),
    ...(options.generated ? { generated: options.generated } : {}),
    ...(design.level ? { level: design.level } : {}), ...(design.reliability ? { reliability: design.reliability } : {}),
  });
  return options.notes && options.notes.length > 0 ? { ...report, notes: [...options.notes, ...report.notes] } : report;
}
