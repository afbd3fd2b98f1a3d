import type { Locale } from '../indicators/catalogue';
import type { ExtraTable, TablesReport } from '../tables/model';
import { format, text } from '../tables/i18n';
import { checkReturns, type CheckFinding } from './checks';
import { templateOfColumns, type AdminTemplate } from './labels';
import { countryYears, profiles, regionalTable, type CountryYear, type RegionalRow, type Submission } from './regional';

export interface AdminAnalysis {
  /** The template's rows and labels (from the export's variable dictionary, else its column names). */
  readonly template: AdminTemplate;
  readonly data: readonly CountryYear[];
  readonly rows: readonly string[];
  readonly regional: readonly RegionalRow[];
  readonly findings: readonly CheckFinding[];
}

/** Merges the submissions and computes the regional table and the checks. */
export function analyzeAdmin(submissions: readonly Submission[], template: AdminTemplate = templateOfColumns(Object.keys(submissions[0] ?? {}))): AdminAnalysis {
  const rows = template.rows('adm_offences');
  const data = countryYears(submissions);
  return { template, data, rows, regional: regionalTable(data, rows), findings: checkReturns(data, rows) };
}

const blank = (x: number | undefined): number | string => (x === undefined ? '' : x);

export function adminReport(analysis: AdminAnalysis, locale: Locale, generated = new Date().toISOString()): TablesReport {
  const L = locale;
  const { iccsLabel, tableTitle, columnTitle } = analysis.template;
  const shortTitle = (table: string, l: Locale): string => tableTitle(table, l).replace(/^[A-G]\.\s*/, '');
  const per = (table: string): string => format(text('per100k', L), { x: shortTitle(table, L) });
  const regional: ExtraTable = {
    title: text('regionalTable', L),
    columns: [text('country', L), text('year', L), text('offence', L), text('population', L),
      shortTitle('adm_offences', L), per('adm_offences'), shortTitle('adm_suspects', L), per('adm_suspects'),
      shortTitle('adm_prosecuted', L), per('adm_prosecuted'), shortTitle('adm_convicted', L), per('adm_convicted'), text('convictedPer100', L)],
    rows: analysis.regional.map((r) => [r.country, r.year, iccsLabel(r.iccs, L), blank(r.population), blank(r.offences), blank(r.offencesPer100k),
      blank(r.suspects), blank(r.suspectsPer100k), blank(r.prosecuted), blank(r.prosecutedPer100k), blank(r.convicted), blank(r.convictedPer100k), blank(r.convictedPer100Prosecuted)]),
    formats: [undefined, '0', undefined, '#,##0', '#,##0', '0.0', '#,##0', '0.0', '#,##0', '0.0', '#,##0', '0.0', '0.0'],
  };
  const prof: ExtraTable = {
    title: text('profiles', L),
    columns: [text('country', L), text('year', L), text('table', L), text('offence', L), columnTitle('adm_suspects', 'total', L), text('femalePct', L), text('juvenilePct', L), text('foreignPct', L)],
    rows: profiles(analysis.data, analysis.rows).map((p) => [p.country, p.year, shortTitle(`adm_${p.table}`, L), iccsLabel(p.iccs, L), blank(p.total), blank(p.femalePct), blank(p.juvenilePct), blank(p.foreignPct)]),
    formats: [undefined, '0', undefined, undefined, '#,##0', '0.0', '0.0', '0.0'],
  };
  const smugglers: ExtraTable = {
    title: tableTitle('adm_smugglers', L),
    columns: [text('country', L), text('year', L), ...['citizenship', 'suspected', 'prosecuted', 'convicted', 'male', 'female'].map((c) => columnTitle('adm_smugglers', c, L))],
    rows: analysis.data.flatMap((cy) => cy.smugglers.map((s) => [cy.country, cy.year, s.citizenship, blank(s.values.suspected), blank(s.values.prosecuted), blank(s.values.convicted), blank(s.values.male), blank(s.values.female)])),
    formats: [undefined, '0', undefined, '#,##0', '#,##0', '#,##0', '#,##0', '#,##0'],
  };
  const checks: ExtraTable = {
    title: text('checks', L),
    columns: [text('country', L), text('year', L), text('table', L), text('offence', L), text('check', L), text('finding', L)],
    rows: analysis.findings.length > 0
      ? analysis.findings.map((f) => [f.country, f.year, f.table === 'smugglers' ? shortTitle('adm_smugglers', L) : shortTitle(`adm_${f.table}`, L), iccsLabel(f.iccs, L), f.code, f.message])
      : [[text('noFindings', L), '', '', '', '', '']],
    formats: [undefined, '0'],
  };
  return {
    locale, title: text('adminTitle', L), generated, notes: [text('adminNote', L)],
    tables: [regional, prof, ...(smugglers.rows.length > 0 ? [smugglers] : []), checks],
  };
}

/** The regional table as CSV (machine-readable; rates at full precision, empty = not available). */
export function adminCsv(analysis: AdminAnalysis): string {
  const cols = ['country', 'year', 'iccs', 'population', 'offences', 'offences_per_100k', 'suspects', 'suspects_per_100k', 'prosecuted', 'prosecuted_per_100k',
    'convicted', 'convicted_per_100k', 'convicted_per_100_prosecuted'] as const;
  const keys: Record<(typeof cols)[number], keyof RegionalRow> = {
    country: 'country', year: 'year', iccs: 'iccs', population: 'population', offences: 'offences', offences_per_100k: 'offencesPer100k',
    suspects: 'suspects', suspects_per_100k: 'suspectsPer100k', prosecuted: 'prosecuted', prosecuted_per_100k: 'prosecutedPer100k',
    convicted: 'convicted', convicted_per_100k: 'convictedPer100k', convicted_per_100_prosecuted: 'convictedPer100Prosecuted',
  };
  const lines = [cols.join(',')];
  for (const r of analysis.regional) lines.push(cols.map((c) => { const v = r[keys[c]]; return v === undefined ? '' : String(v); }).join(','));
  return lines.join('\n') + '\n';
}
