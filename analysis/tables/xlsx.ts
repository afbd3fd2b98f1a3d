/**
 * The XLSX report: a contents sheet (title, notes, footnotes), one sheet per indicator group
 * (frozen header, numbers as numbers with number formats, suppressed cells as text), extra
 * tables (response rates) and a definitions sheet. exceljs builds the workbook in memory.
 */
import { indicatorFormula, isPercentage, type Catalogue } from '../indicators/catalogue';
import type { ExtraTable, IndicatorReport, ReportIndicator, TablesReport } from './model';
import { levelText, localize } from './model';
import { text, TYPE_NAMES, UNIT_NAMES } from './i18n';

const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFDCE6F1' } };

/** Sheet names: ≤ 31 characters, none of []:*?/\, unique within the workbook. */
export function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base.slice(0, 31 - String(k).length - 1)} ${k}`;
  used.add(name.toLowerCase());
  return name;
}

function digits(ind: ReportIndicator): number {
  return ind.definition.type === 'mean' || ind.definition.type === 'ratio' ? 2 : 1;
}

/** " (%)" for percentages, " (per 100)" for rates: the unit of the estimate column. */
function unitSuffix(ind: ReportIndicator, L: IndicatorReport['locale']): string {
  if (isPercentage(ind.definition)) return ' (%)';
  if (ind.definition.type === 'incidence-per-100') return ` (${TYPE_NAMES['incidence-per-100'][L]})`;
  return '';
}

const fmt = (d: number): string => (d === 0 ? '0' : `0.${'0'.repeat(d)}`);

export async function renderIndicatorXlsx(report: IndicatorReport, catalogue: Catalogue): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jha-survey';
  wb.created = new Date(report.generated);
  const used = new Set<string>();
  const L = report.locale;
  const level = levelText(report.level, L);

  const cover = wb.addWorksheet(sheetName(text('contents', L), used));
  cover.getColumn(1).width = 110;
  cover.addRow([report.title]).font = { bold: true, size: 14 };
  cover.addRow([`${text('generated', L)}: ${report.generated}`]);
  cover.addRow([]);
  for (const s of report.sections) cover.addRow([s.title]);
  cover.addRow([]);
  for (const line of [...report.notes, ...report.footnotes]) cover.addRow([line]).alignment = { wrapText: true };

  const headers = [text('indicator', L), text('domain', L), text('estimate', L), text('se', L), text('ciLow', L, { level }), text('ciHigh', L, { level }), text('n', L), text('cv', L), text('notes', L)];
  for (const section of report.sections) {
    const ws = wb.addWorksheet(sheetName(section.title, used), { views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }] });
    ws.columns = [{ width: 60 }, { width: 30 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 14 }, { width: 12 }, { width: 9 }, { width: 22 }];
    ws.addRow([section.title]).font = { bold: true, size: 13 };
    ws.addRow([]);
    const head = ws.addRow(headers);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'top' };
    head.eachCell((c) => { c.fill = HEADER_FILL; });
    for (const ind of section.indicators) {
      const d = digits(ind);
      for (const r of ind.rows) {
        const suppressed = r.status === 'suppressed';
        const value = (x: number): number | string => (suppressed ? (x === r.estimate ? text('suppressed', L) : '‡') : Number.isFinite(x) ? x : '–');
        const row = ws.addRow([
          `${ind.title}${unitSuffix(ind, L)} [${ind.definition.id}]`, r.domainLabel, value(r.estimate), value(r.se), value(r.ciLow), value(r.ciHigh), r.n,
          Number.isFinite(r.cv) ? r.cv * 100 : '–', [r.marker, r.flags.join('; ')].filter((s) => s !== '').join(' '),
        ]);
        row.getCell(3).numFmt = fmt(d);
        row.getCell(4).numFmt = fmt(d + 1);
        row.getCell(5).numFmt = fmt(d);
        row.getCell(6).numFmt = fmt(d);
        row.getCell(7).numFmt = '#,##0';
        row.getCell(8).numFmt = '0.0';
        if (suppressed) for (const k of [3, 4, 5, 6]) row.getCell(k).alignment = { horizontal: 'right' };
      }
    }
    ws.addRow([]);
    for (const line of [...report.footnotes, ...report.notes]) ws.addRow([line]).font = { italic: true, size: 9 };
  }

  for (const extra of report.extras) addExtra(wb.addWorksheet(sheetName(extra.title, used), { views: [{ state: 'frozen', ySplit: 3 }] }), extra);

  const defs = wb.addWorksheet(sheetName(text('definitions', L), used), { views: [{ state: 'frozen', ySplit: 1 }] });
  defs.columns = [{ width: 28 }, { width: 60 }, { width: 8 }, { width: 12 }, { width: 14 }, { width: 40 }, { width: 40 }, { width: 70 }, { width: 50 }];
  const dh = defs.addRow(['ID', text('title', L), text('sdg', L), text('type', L), text('unit', L), text('universe', L), text('numerator', L), text('definition', L), text('source', L)]);
  dh.font = { bold: true };
  dh.eachCell((c) => { c.fill = HEADER_FILL; });
  const shown = new Set(report.sections.flatMap((s) => s.indicators.map((i) => i.definition.id)));
  for (const d of catalogue.indicators.filter((i) => shown.has(i.id))) {
    defs.addRow([d.id, localize(d.title, L), d.sdg ?? '', TYPE_NAMES[d.type]?.[L] ?? d.type, UNIT_NAMES[d.unit]?.[L] ?? d.unit, d.universe, indicatorFormula(d), localize(d.definition, L), d.source])
      .alignment = { wrapText: true, vertical: 'top' };
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** A workbook of plain tables: a cover sheet with title and notes, then one sheet per table. */
export async function renderTablesXlsx(report: TablesReport): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jha-survey';
  wb.created = new Date(report.generated);
  const used = new Set<string>();
  const cover = wb.addWorksheet(sheetName(text('contents', report.locale), used));
  cover.getColumn(1).width = 110;
  cover.addRow([report.title]).font = { bold: true, size: 14 };
  cover.addRow([`${text('generated', report.locale)}: ${report.generated}`]);
  cover.addRow([]);
  for (const t of report.tables) cover.addRow([t.title]);
  cover.addRow([]);
  for (const line of report.notes) cover.addRow([line]).alignment = { wrapText: true };
  for (const t of report.tables) addExtra(wb.addWorksheet(sheetName(t.title, used), { views: [{ state: 'frozen', ySplit: 3 }] }), t);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export function addExtra(ws: import('exceljs').Worksheet, extra: ExtraTable): void {
  ws.addRow([extra.title]).font = { bold: true, size: 13 };
  ws.addRow([]);
  const head = ws.addRow([...extra.columns]);
  head.font = { bold: true };
  head.eachCell((c) => { c.fill = HEADER_FILL; });
  extra.columns.forEach((c, k) => { ws.getColumn(k + 1).width = Math.min(60, Math.max(10, c.length + 2, ...extra.rows.slice(0, 200).map((r) => String(r[k] ?? '').length + 2))); });
  for (const r of extra.rows) {
    const row = ws.addRow(r.map((x) => (typeof x === 'number' && !Number.isFinite(x) ? '–' : x)));
    extra.formats?.forEach((f, k) => { if (f && typeof r[k] === 'number') row.getCell(k + 1).numFmt = f; });
  }
}
