import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../analysis/io';
import { buildDesigns, estimateIndicators, parseDesignFile, standardCatalogue } from '../../../analysis/indicators';
import { buildIndicatorReport, renderIndicatorCsv, renderIndicatorReportHtml, renderIndicatorXlsx, INDICATOR_CSV_COLUMNS } from '../../../analysis/tables';
import { responseRateTables } from '../../../analysis/response-rates';

const text = ['stratum', 'psu', 'region', 'sex'];
const bytes = new Uint8Array(readFileSync('test/fixtures/indicators/small.csv'));
const header = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(10))).split(',').map((h) => h.replace(/"/g, ''));
const table = readCsv(bytes, { columns: Object.fromEntries(header.map((h) => [h, text.includes(h) ? 'category' : 'number'])) });
const catalogue = standardCatalogue();
const only = ['VIC_HH_PREV_burglary', 'VIC_P_PREV_assault', 'VIC_REP_assault', 'SDG16_1_4', 'SDG16_5_1', 'COR_FREQ', 'VIC_INC_burglary'];
const estimates = estimateIndicators(table, catalogue, buildDesigns(table, parseDesignFile({ weight: 'weight', weight_hh: 'weight_hh', strata: 'stratum', psu: 'psu' })), { by: [['region'], ['sex']], only });
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
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
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
  });

  it('HTML: one self-contained file in Macedonian with an SVG chart per indicator and suppressed cells in words', async () => {
    const html = await renderIndicatorReportHtml(report, catalogue);
    expect(html).toMatch(/^<!doctype html>\n<html lang="mk">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('Анкета за виктимизација и корупција');
    expect(html).toContain('Преваленца на виктимизација на домаќинствата');
    const charted = report.sections.flatMap((s) => s.indicators).filter((i) => i.rows.some((r) => r.status !== 'suppressed')).length;
    expect(charted).toBeGreaterThan(3);
    expect((html.match(/<svg/g) ?? []).length).toBe(charted);
    expect(html).toContain('‡ не е објавено');
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import/);
    const srLatn = await renderIndicatorReportHtml(buildIndicatorReport(catalogue, estimates, { locale: 'sr' }), catalogue);
    expect(srLatn).toContain('<html lang="sr-Cyrl">');
    expect(srLatn).toContain('Преваленција');
  });
});
