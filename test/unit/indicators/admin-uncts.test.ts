// UN-CTS-shaped workbook of one country and year, read back with exceljs: the agencies' sheets
// in the chosen language, ICCS rows with the breakdowns, empty cells where nothing was reported.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { adminTemplate, analyzeAdmin, unctsReport } from '../../../analysis/admin';
import { parseDictionary, renderTablesHtml, renderTablesXlsx } from '../../../analysis/tables';
import { exportDictionary } from '../../../src/questionnaire/dictionary/versions';

// Labels from the template's variable dictionary, as the export writes it beside the data.
const template = adminTemplate(parseDictionary(JSON.parse(JSON.stringify(exportDictionary('jha-admin', [{ version: 1, definition: JSON.parse(readFileSync('surveys/jha-admin.json', 'utf8')) as unknown }])))));

const analysis = analyzeAdmin([
  {
    adm_country: 'MK', adm_year: '2024', adm_institution: '1', adm_population: '1830000',
    adm_offences__itotal__total: '25000', adm_offences__i0401__total: '40', adm_offences__i0401__attempts: '4',
    adm_suspects__i0401__total: '6', adm_suspects__i0401__male: '5', adm_suspects__i0401__female: '1', adm_suspects__i0401__juvenile: '5', adm_suspects__i0401__adult: '1',
    adm_suspects__i0401__national: '4', adm_suspects__i0401__foreign: '1', adm_suspects__i0401__stateless: '1',
    adm_victims__i0101__total: '3', adm_victims__i0101__rel_partner: '2', adm_victims__i0101__rel_unknown: '1',
    adm_smugglers: JSON.stringify([{ citizenship: 'AF', suspected: 2, suspected_male: 2 }]),
  },
  { adm_country: 'MK', adm_year: '2024', adm_institution: '3', adm_convicted__i0401__total: '3', adm_convicted__i0401__juvenile: '0', adm_convicted__i0401__adult: '3' },
  { adm_country: 'AL', adm_year: '2024', adm_offences__i0401__total: '99' },
], template);

async function readBack(locale: 'mk' | 'en') {
  const bytes = await renderTablesXlsx(unctsReport(analysis, 'MK', 2024, locale, '2026-12-02T00:00:00Z'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = (start: string) => wb.worksheets.find((w) => w.name.startsWith(start))!;
  /** Rows after the title and header: [code, label, …values]. */
  const rows = (start: string): unknown[][] => {
    const out: unknown[][] = [];
    sheet(start).eachRow((r, i) => { if (i > 3) out.push((r.values as unknown[]).slice(1)); });
    return out;
  };
  return { wb, sheet, rows };
}

describe('UN-CTS workbook', () => {
  it('has the police, prosecution and courts sheets with ICCS rows and breakdowns (English)', async () => {
    const { wb, rows } = await readBack('en');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Contents', 'Police — A. Offences recorded', 'Police — B. Persons suspected', 'Prosecution — C. Persons prosecuted', 'Courts — D. Persons convicted', 'Police — E. Victims', 'Persons suspected, prosecuted and convicted',
    ].map((n) => n.slice(0, 31)));
    // '' = not available (the cell was left empty), 0 = a true zero
    expect(rows('Police — A')).toEqual([['', 'Total, all criminal offences (not only the rows below)', 25000, ''], ['0401', 'Robbery', 40, 4]]);
    expect(rows('Police — B')).toEqual([['0401', 'Robbery', 6, 5, 1, '', 5, 1, '', 4, 1, 1, '']]);
    expect(rows('Courts')).toEqual([['0401', 'Robbery', 3, '', '', '', 0, 3, '', '', '', '', '']]);
    expect(rows('Prosecution')).toEqual([]);
    expect(rows('Police — E')[0].slice(0, 3)).toEqual(['0101', 'Intentional homicide', 3]);
    expect(rows('Persons suspected, prosecuted')).toEqual([['AF', 2, 2, ...Array<string>(13).fill('')]]);
  });
  it('speaks the chosen language (Macedonian) and refuses a country-year without a return', async () => {
    const { sheet } = await readBack('mk');
    const header = (sheet('Полиција — B').getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['ICCS код', 'Кривично дело', 'Вкупно', 'Мажи', 'Жени']);
    expect(sheet('Полиција — A').getRow(5).getCell(2).value).toBe('Разбојништво');
    const html = renderTablesHtml(unctsReport(analysis, 'MK', 2024, 'mk'));
    expect(html).toContain('<html lang="mk">');
    expect(html).toContain('Статистика на криминал и кривична правда');
    expect(() => unctsReport(analysis, 'RS', 2024, 'en')).toThrow('no return of RS for 2024 (have: AL 2024, MK 2024)');
  });
});
