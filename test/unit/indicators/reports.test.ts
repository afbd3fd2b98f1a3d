import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../analysis/io';
import { buildDesigns, estimateIndicators, standardCatalogue } from '../../../analysis/indicators';
import { parseDesignSpec } from '../../../analysis/design-spec';
import {
  buildIndicatorReport, domainLabel, indicatorChartSvg, numberFormat, renderIndicatorCsv, renderIndicatorReportHtml, renderIndicatorXlsx, wrapLabel,
  CHART_WIDTHS, INDICATOR_CSV_COLUMNS, type ReportIndicator,
} from '../../../analysis/tables';
import { responseRateTables } from '../../../analysis/response-rates';
import type { Locale } from '../../../analysis/indicators';
import { parseHTML } from 'linkedom';
import { dictionaryValueLabels, parseDictionary, setValueLabels, type ValueLabelMap } from '../../../analysis/tables';
import { exportDictionary } from '../../../src/questionnaire/dictionary';

/**
 * The standard questionnaires' value labels as the analysis gets them: the variable dictionary the
 * server ships beside an export (ID.dictionary.json), written to JSON and read back. The first
 * questionnaire with a variable wins.
 */
function standardDictionaryLabels(): ValueLabelMap {
  const merged = new Map<string, ReadonlyMap<string, Readonly<Record<string, string>>>>();
  for (const id of ['victimization', 'corruption', 'safety']) {
    const definition: unknown = JSON.parse(readFileSync(`surveys/${id}.json`, 'utf8'));
    const file = JSON.parse(JSON.stringify(exportDictionary(id, [{ version: 1, definition }]))) as unknown;
    for (const [k, v] of dictionaryValueLabels(parseDictionary(file))) if (!merged.has(k)) merged.set(k, v);
  }
  return merged;
}
setValueLabels(standardDictionaryLabels());

const text = ['stratum', 'psu', 'region', 'sex'];
const bytes = new Uint8Array(readFileSync('test/fixtures/indicators/small.csv'));
const header = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(10))).split(',').map((h) => h.replace(/"/g, ''));
const table = readCsv(bytes, { columns: Object.fromEntries(header.map((h) => [h, text.includes(h) ? 'category' : 'number'])) });
const catalogue = standardCatalogue();
const only = ['VIC_HH_PREV_burglary', 'VIC_P_PREV_assault', 'VIC_REP_assault', 'SDG16_1_4', 'SDG16_5_1', 'COR_FREQ', 'VIC_INC_burglary'];
const estimates = estimateIndicators(table, catalogue, buildDesigns(table, parseDesignSpec({ weight: 'weight', weight_hh: 'weight_hh', strata: 'stratum', psu: 'psu' })), { by: [['region'], ['sex']], only });
const codes = ['1.1', '1.1', '2.11', '2.24', '4.6', '1.1'];
const report = buildIndicatorReport(catalogue, estimates, { locale: 'mk', generated: '2026-11-25T10:00:00Z', extras: responseRateTables(codes, [], 'mk') });

describe('indicator reports', () => {
  it('CSV: the contract columns, one row per indicator × domain, numbers read back exactly', () => {
    const csv = renderIndicatorCsv(estimates);
    const back = readCsv(new TextEncoder().encode(csv), { columns: { indicator: 'category', domain: 'category', estimate: 'number', se: 'number', flags: 'category' } });
    expect(csv.split('\n')[0]).toBe(INDICATOR_CSV_COLUMNS.join(','));
    expect(INDICATOR_CSV_COLUMNS.join(',')).toBe('indicator,domain,estimate,se,ci_low,ci_high,df,n,cv,flags');
    expect(back.rowCount).toBe(estimates.length);
    const est = back.columns.get('estimate');
    expect(est?.kind === 'number' && Array.from(est.values)).toEqual(estimates.map((e) => e.estimate));
    const dom = back.columns.get('domain');
    // small.csv is a hand-made R fixture with its own region labels (North, South).
    expect(dom?.kind === 'category' && dom.levels).toEqual(expect.arrayContaining(['region=North', 'sex=2']));
    expect(estimates.filter((e) => e.indicator === 'VIC_REP_assault').some((e) => e.flags.includes('suppress-n'))).toBe(true);
  });

  it('XLSX: a real workbook with a sheet per group, numbers with formats, suppressed cells as text, frozen headers, definitions', async () => {
    const bytesOut = await renderIndicatorXlsx(report, catalogue);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytesOut.buffer.slice(bytesOut.byteOffset, bytesOut.byteOffset + bytesOut.byteLength) as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Содржина', 'Криминал против домаќинства', 'Поткуп', 'Дефиниции']));
    const sheet = wb.getWorksheet('Криминал против домаќинства')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
    expect(sheet.getRow(3).getCell(5).value).toBe('Долна граница (95\u00a0% ИД)');
    expect(sheet.getRow(4).getCell(7).numFmt).toBe('#,##0');
    const first = sheet.getRow(4);
    expect(typeof first.getCell(3).value).toBe('number');
    expect(first.getCell(3).numFmt).toBe('0.0');
    expect(first.getCell(3).value).toBeCloseTo(estimates.find((e) => e.indicator === 'VIC_HH_PREV_burglary')!.estimate, 9);
    const all: unknown[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => all.push(c.value)));
    expect(all).toContain('‡ не е објавено');
    const suppressed = report.sections.flatMap((s) => s.indicators.flatMap((i) => i.rows)).filter((r) => r.status === 'suppressed');
    expect(suppressed.length).toBeGreaterThan(0);
    for (const r of suppressed) expect(all).not.toContain(r.estimate);
    expect(wb.getWorksheet('Дефиниции')!.rowCount).toBe(only.length + 1);
    expect(wb.getWorksheet('Дефиниции')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Footnotes explain the markers, with the thresholds written as Macedonian percentages.
    expect(all).toContain('‡ Не е објавено: премногу несигурно (коефициент на варијација над 33,3\u00a0%).');
  });

  it('HTML: one self-contained file in Macedonian with an SVG chart per indicator and suppressed cells in words', async () => {
    const html = await renderIndicatorReportHtml(report, catalogue);
    expect(html).toMatch(/^<!doctype html>\n<html lang="mk">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('Анкета за виктимизација и корупција');
    expect(html).toContain('Преваленца на виктимизација на домаќинствата');
    const charted = report.sections.flatMap((s) => s.indicators).filter((i) => i.rows.some((r) => r.status !== 'suppressed')).length;
    expect(charted).toBeGreaterThan(3);
    // Each chart is drawn twice, narrow (phones) and wide; CSS shows the one that fits.
    expect((html.match(/<div class="narrow"><svg/g) ?? []).length).toBe(charted);
    expect((html.match(/<div class="wide"><svg/g) ?? []).length).toBe(charted);
    expect((html.match(/<svg/g) ?? []).length).toBe(2 * charted);
    expect((html.match(/class="table-wrap"/g) ?? []).length).toBe(report.sections.flatMap((s) => s.indicators).length + report.extras.length);
    expect(html).toContain('‡ не е објавено');
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import/);
    const srLatn = await renderIndicatorReportHtml(buildIndicatorReport(catalogue, estimates, { locale: 'sr' }), catalogue);
    expect(srLatn).toContain('<html lang="sr-Cyrl">');
    expect(srLatn).toContain('Преваленција');
  });
});

/** A choice question of a questionnaire file, found by walking its pages and panels (read here, not through the code under test). */
function choicesOf(file: string, name: string): { value: string | number; text: Record<string, string> }[] {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  let found: { value: string | number; text: Record<string, string> }[] | undefined;
  const walk = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(walk); return; }
    const q = node as { name?: string; choices?: { value: string | number; text: Record<string, string> }[] };
    if (q.name === name && Array.isArray(q.choices)) { found = q.choices; return; }
    Object.values(node).forEach(walk);
  };
  walk(json);
  if (!found) throw new Error(`${name} not in ${file}`);
  return found;
}

const LOCALES: Locale[] = ['en', 'sq', 'bs', 'hr', 'mk', 'cnr', 'sr', 'sr-Latn'];
const doc = (): Document => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

describe('domain labels come from the questionnaires', () => {
  it.each(['mk', 'sq', 'sr', 'sr-Latn', 'en'] as Locale[])('region, sex and urban codes in %s read as the questionnaire words them', (L) => {
    for (const variable of ['region', 'sex', 'urban']) {
      const choices = choicesOf('surveys/victimization.json', variable);
      expect(choices.length).toBeGreaterThan(1);
      const prefix = domainLabel({ [variable]: '__unknown__' }, L).replace(/: __unknown__$/, '');
      for (const c of choices) {
        const word = c.text[L === 'en' ? 'default' : L];
        expect(word, `${variable}=${c.value} in ${L}`).toBeTruthy();
        expect(domainLabel({ [variable]: String(c.value) }, L)).toBe(`${prefix}: ${word}`);
      }
    }
  });

  it('keeps an unknown code as written (uploaded data) and names the variable in the locale', () => {
    expect(domainLabel({ region: 'North' }, 'mk')).toBe('Регион: North');
    // Region codes are labelled from the country profiles' regions the questionnaires offer.
    expect(domainLabel({ region: 'MK008' }, 'mk')).toBe('Регион: Скопски регион');
    expect(domainLabel({ region: 'MK008' }, 'sq')).toBe('Rajoni: Rajoni i Shkupit');
    expect(domainLabel({ region: 'RS11' }, 'sr-Latn')).toBe('Region: Beogradski region');
    expect(domainLabel({ disability: '1' }, 'sr')).toBe('Инвалидитет: да');
    expect(domainLabel({}, 'mk')).toBe('Вкупно');
  });

  it('the report lists domains in the questionnaire\'s order and labels them in its language', () => {
    const rows = report.sections.flatMap((s) => s.indicators).find((i) => i.definition.id === 'VIC_HH_PREV_burglary')!.rows;
    const sexWords = choicesOf('surveys/victimization.json', 'sex').map((c) => c.text.mk);
    const sexRows = rows.filter((r) => 'sex' in r.domain);
    expect(sexRows.map((r) => r.domainLabel)).toEqual(sexWords.map((w) => `Пол: ${w}`));
    expect(rows[0].domainLabel).toBe('Вкупно');
  });
});

describe('charts keep every domain', () => {
  const withSuppressed = report.sections.flatMap((s) => s.indicators).find((i) => i.rows.some((r) => r.status === 'suppressed') && i.rows.some((r) => r.status !== 'suppressed'))!;

  it('draws a suppressed domain as a labelled "suppressed" row without a dot or line', () => {
    expect(withSuppressed).toBeDefined();
    const svg = indicatorChartSvg(withSuppressed, { locale: 'mk', document: doc(), width: CHART_WIDTHS.narrow });
    const shown = withSuppressed.rows.filter((r) => r.status !== 'suppressed');
    const hidden = withSuppressed.rows.filter((r) => r.status === 'suppressed');
    expect((svg.match(/<circle/g) ?? []).length).toBe(shown.length);
    expect((svg.match(/‡ не е објавено/g) ?? []).length).toBe(hidden.length);
    // One label per row (the chart names a single by-variable's codes without repeating the variable).
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1]);
    for (const r of withSuppressed.rows) expect(texts.some((t) => r.domainLabel.endsWith(t.replace(/ \*$/, '')) && t !== ''), r.domainLabel).toBe(true);
  });

  it('marks an estimate to use with caution: open dot, dashed line, "*" after its label', () => {
    const found = report.sections.flatMap((s) => s.indicators).find((i) => i.rows.every((r) => Number.isFinite(r.estimate)))!;
    const base: ReportIndicator = { ...found, rows: found.rows.map((r) => ({ ...r, status: 'ok', marker: '' })) };
    const k = 1;
    const flagged: ReportIndicator = { ...base, rows: base.rows.map((r, i) => (i === k ? { ...r, status: 'caution', marker: '*' } : r)) };
    const svg = indicatorChartSvg(flagged, { locale: 'en', document: doc(), width: CHART_WIDTHS.wide });
    expect((svg.match(/<circle[^>]*fill="white"/g) ?? []).length + (svg.match(/fill="white"[^>]*>\s*<circle/g) ?? []).length).toBeGreaterThan(0);
    expect(svg).toContain('stroke-dasharray="4,3"');
    expect((svg.match(/>[^<]* \*</g) ?? []).length).toBe(1);
    expect(indicatorChartSvg(base, { locale: 'en', document: doc() })).not.toContain('stroke-dasharray');
  });

  it('names crossed by-variables once above the labels and each row by its codes', () => {
    const crossed = estimateIndicators(table, catalogue, buildDesigns(table, parseDesignSpec({ weight: 'weight', weight_hh: 'weight_hh', strata: 'stratum', psu: 'psu' })), { by: [['region', 'sex']], only: ['SDG16_1_4'] });
    const ind = buildIndicatorReport(catalogue, crossed, { locale: 'mk' }).sections[0].indicators[0];
    const svg = indicatorChartSvg(ind, { locale: 'mk', document: doc(), width: CHART_WIDTHS.wide });
    const female = choicesOf('surveys/victimization.json', 'sex').find((c) => c.value === 2)!.text.mk;
    expect(svg).toContain('>Регион · Пол<');
    expect(svg).toMatch(new RegExp(`>North · ${female}( \\*)?<`));
    expect(ind.rows.find((r) => r.domain.region === 'North' && r.domain.sex === '2')!.domainLabel).toBe(`Регион: North; Пол: ${female}`);
  });

  it('draws no chart when nothing may be published', () => {
    const none: ReportIndicator = { ...withSuppressed, rows: withSuppressed.rows.map((r) => ({ ...r, status: 'suppressed', marker: '‡' })) };
    expect(indicatorChartSvg(none, { locale: 'mk', document: doc() })).toBe('');
  });

  it('wraps long labels into at most the given lines, ending in "…" when cut', () => {
    expect(wrapLabel('Регион на главниот град', 19, 3)).toEqual(['Регион на главниот', 'град']);
    const cut = wrapLabel('No schooling, or primary school not completed at all, ever', 12, 2);
    expect(cut).toHaveLength(2);
    for (const line of cut) expect(line.length).toBeLessThanOrEqual(12);
    expect(cut[1].endsWith('…')).toBe(true);
    expect(wrapLabel('Region: North; Sex: Female', 16, 3)).toEqual(['Region: North;', 'Sex: Female']);
    expect(wrapLabel('North · Female · Urban *', 19, 3)).toEqual(['North · Female ·', 'Urban *']);
  });
});

describe('numbers: one format per locale', () => {
  it.each(LOCALES)('%s: thousands always grouped the same way, the locale\'s decimal sign and percent style', (L) => {
    const nf = numberFormat(L);
    const tag = L === 'sr' ? 'sr-Cyrl' : L === 'cnr' ? 'sr-Latn-ME' : L;
    const group = nf.integer(12345).replace(/\d/g, '');
    expect(group).toHaveLength(1);
    expect(nf.integer(4990).replace(/\d/g, '')).toBe(group);
    expect(nf.fixed(1234.56, 1)).toBe(`1${group}234${L === 'en' ? '.' : ','}6`);
    expect(nf.fixed(2.5, 2, 0)).toBe(L === 'en' ? '2.5' : '2,5');
    // Node 20 has full ICU: its CLDR formats are the reference for the symbols the product carries.
    expect(nf.percent(0.333)).toBe(new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(0.333));
    for (const x of [-12345.678, 0.05, 987654321.5]) {
      expect(nf.fixed(x, 2)).toBe(new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' }).format(x));
    }
    expect(nf.fixed(-0.04, 1)).toBe(L === 'en' ? '0.0' : '0,0');
    expect(nf.ungrouped(2024, 0)).toBe('2024');
    expect(nf.fixed(Number.NaN, 1)).toBe('–');
  });

  it('the mk report writes every percentage alike (footnotes, headers, response rates) and groups n', async () => {
    const html = await renderIndicatorReportHtml(report, catalogue);
    const pct = numberFormat('mk').percent(0.333);
    expect(pct).toBe('33,3\u00a0%');
    expect(html).toContain(pct);
    expect(html).toContain('(95\u00a0% ИД)');
    // No percentage without the Macedonian space before % (CSS widths aside).
    expect(html.replace(/<style>[\s\S]*?<\/style>/g, '')).not.toMatch(/\d%/);
    const sq = await renderIndicatorReportHtml(buildIndicatorReport(catalogue, estimates, { locale: 'sq', generated: '2026-11-25T10:00:00Z' }), catalogue);
    expect(sq).toContain('33,3%');
    expect(sq).not.toMatch(/33[.]3/);
  });
});
