// Administrative JHA tables from hand-made jha-admin exports (test/fixtures/indicators/admin-returns.csv):
// AL 2022 (police, prosecution, courts), AL 2023 (police), MK 2023 (police). Expected values by hand.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../analysis/io';
import { adminCsv, adminReport, adminTemplate, analyzeAdmin, iccsParents, templateOfColumns, type Submission } from '../../../analysis/admin';
import { parseDictionary, renderTablesHtml, renderTablesXlsx } from '../../../analysis/tables';
import { exportDictionary } from '../../../src/questionnaire/dictionary';

// The template's rows and labels as the analysis gets them: the jha-admin export's variable
// dictionary (ID.dictionary.json), built by the dictionary module, written as JSON and read back.
const adminDefinition: unknown = JSON.parse(readFileSync('surveys/jha-admin.json', 'utf8'));
const template = adminTemplate(parseDictionary(JSON.parse(JSON.stringify(exportDictionary('jha-admin', [{ version: 1, definition: adminDefinition }])))));

const bytes = new Uint8Array(readFileSync('test/fixtures/indicators/admin-returns.csv'));
const header = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(10))).trim().split(',');
const table = readCsv(bytes, { columns: Object.fromEntries(header.map((h) => [h, 'category' as const])) });
const submissions: Submission[] = Array.from({ length: table.rowCount }, (_, i) => Object.fromEntries(header.map((h) => {
  const c = table.columns.get(h)!;
  return [h, c.kind === 'category' && c.codes[i] >= 0 ? c.levels[c.codes[i]] : ''];
})));
const analysis = analyzeAdmin(submissions, template);

describe('administrative JHA tables', () => {
  it('merges the institutions of a country-year and computes rates per 100,000 and convicted per 100 prosecuted', () => {
    expect(analysis.data.map((d) => `${d.country} ${d.year}`)).toEqual(['AL 2022', 'AL 2023', 'MK 2023']);
    const robbery = analysis.regional.find((r) => r.country === 'AL' && r.year === 2022 && r.iccs === '0401')!;
    expect(robbery).toMatchObject({ population: 2_800_000, offences: 300, suspects: 250, prosecuted: 100, convicted: 110 });
    expect(robbery.offencesPer100k).toBeCloseTo(300 / 28, 10);
    expect(robbery.convictedPer100k).toBeCloseTo(110 / 28, 10);
    expect(robbery.convictedPer100Prosecuted).toBeCloseTo(110, 10);
    const homicide = analysis.regional.find((r) => r.country === 'AL' && r.year === 2022 && r.iccs === '0101')!;
    expect(homicide.offencesPer100k).toBeCloseTo(2, 12);
    expect(homicide.suspects).toBeUndefined();
  });
  it('takes the template from the dictionary; without one, the rows from the column names and codes for labels', () => {
    expect(template.rows('adm_offences')).toHaveLength(23);
    expect(template.iccsLabel('0401', 'mk')).toBe('0401 Разбојништво');
    expect(template.columnTitle('adm_smugglers', 'citizenship', 'en')).not.toBe('citizenship');
    const bare = templateOfColumns(header);
    expect(bare.rows('adm_offences')).toEqual(['0101', '0301', '03011', '03012', '0401', '0501', '05012', '0703', '07031', '08051']);
    expect(bare.iccsLabel('0401', 'mk')).toBe('0401');
    expect(analyzeAdmin(submissions).rows).toEqual(bare.rows('adm_offences'));
  });
  it('knows the ICCS hierarchy of the template rows', () => {
    const parents = iccsParents(analysis.rows);
    expect(parents.get('03011')).toBe('0301');
    expect(parents.get('050211')).toBe('05021');
    expect(parents.get('05021')).toBe('0502');
    expect(parents.get('07031')).toBe('0703');
    expect(parents.has('0101')).toBe(false);
  });
  it('flags convicted > prosecuted, subtotals, parts over parent and year-on-year jumps — and nothing else', () => {
    expect(analysis.findings.map((f) => [f.code, f.country, f.year, f.table, f.iccs])).toEqual([
      ['convicted-over-prosecuted', 'AL', 2022, 'convicted', '0401'],
      ['part-over-parent', 'AL', 2023, 'offences', '0501'],
      ['subtotal', 'MK', 2023, 'suspects', '07031'],
      ['year-on-year', 'AL', 2023, 'offences', '0401'],
    ]);
  });
  it('reads migrant smugglers by citizenship', () => {
    expect(analysis.data[0].smugglers).toEqual([
      { citizenship: 'AL', values: { suspected: 5, male: 4, female: 1 } },
      { citizenship: 'SY', values: { suspected: 7, male: 7, female: 0 } },
    ]);
  });
  it('writes CSV, XLSX and HTML through the shared renderers, in the chosen language', async () => {
    expect(adminCsv(analysis).split('\n')[5]).toBe('AL,2022,0401,2800000,300,10.714285714285714,250,8.928571428571429,100,3.5714285714285716,110,3.9285714285714284,110.00000000000001');
    const report = adminReport(analysis, 'mk', '2026-11-25T10:00:00Z');
    const html = renderTablesHtml(report);
    expect(html).toContain('<html lang="mk">');
    expect(html).toContain('Разбојништво');
    expect(html).toContain('Проверки на конзистентност');
    const xlsx = await renderTablesXlsx(adminReport(analysis, 'sq'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const sheet = wb.worksheets.find((w) => w.name.startsWith('Veprat dhe personat'))!;
    expect(sheet).toBeDefined();
    const values: unknown[] = [];
    sheet.eachRow((r) => r.eachCell((c) => values.push(c.value)));
    expect(values).toContain(300);
    expect(wb.worksheets.some((w) => w.name === 'Kontrollet e qëndrueshmërisë')).toBe(true);
  });
});
