// A national record file aggregated into the regional template through a criminal-code → ICCS
// mapping. Expected cells counted by hand from the records below.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CHECKS, adminReport, adminTemplate, aggregateRecords, articleKey, parseIccsMap, parseRecord, shippedIccsMap, analyzeAdmin, type IccsMap } from '../../../analysis/admin';
import { parseDictionary } from '../../../analysis/tables';
import { LOCALES, scriptProblem } from '../../../analysis/indicators';
import { exportDictionary } from '../../../src/questionnaire/dictionary/versions';

// The template's rows as the CLI gets them: the dictionary of the shipped questionnaire.
const template = adminTemplate(parseDictionary(JSON.parse(JSON.stringify(exportDictionary('jha-admin', [{ version: 1, definition: JSON.parse(readFileSync('surveys/jha-admin.json', 'utf8')) as unknown }])))));

const map: IccsMap = parseIccsMap({
  country: 'MK', law: 'Test code', status: 'test',
  articles: [
    { article: '123', title: 'Murder', iccs: '0101' },
    { article: '124', title: 'Murder in passion', iccs: '0101' },
    { article: '186', title: 'Rape', iccs: '03011' },
    { article: '236', title: 'Aggravated theft', iccs: '0501', partial: true, note: 'includes other aggravated thefts' },
    { article: '357', title: 'Receiving a bribe', iccs: '070312' },
    { article: '418-b', title: 'Smuggling of migrants', iccs: '08051' },
    { article: '144', title: 'Threat', iccs: '02012', note: 'no template row' },
    { article: '297', title: 'Traffic', iccs: null, note: 'outside the template' },
  ],
});

const csv = [
  ['article', 'stage', 'sex', 'age', 'citizenship', 'attempt', 'count'],
  ['123', 'recorded', '', '', '', '0', '3'], // 3 homicides
  ['Art. 123', 'recorded', '', '', '', '1', '2'], // 2 attempted homicides → 0102 only
  ['124', 'recorded', '', '', '', '', '1'], // many-to-one: 0101 = 3 + 1
  ['186', 'recorded', '', '', '', '1', '1'], // attempted rape: 03011 and 0301, of which attempts 1
  ['186', 'recorded', '', '', '', '0', '4'],
  ['236', 'recorded', '', '', '', '0', '10'], // partial mapping, counted with its note
  ['123', 'suspected', 'M', '17', 'MK', '0', '1'],
  ['123', 'suspected', 'F', '40', 'AL', '0', '1'],
  ['123', 'suspected', '', '', 'STATELESS', '0', '1'],
  ['357', 'convicted', 'M', '50', 'MK', '', '2'], // passive bribery → 07031 and 0703
  ['418b', 'suspected', 'M', '30', 'AL', '', '3'],
  ['418-b', 'suspected', 'F', '', '', '', '1'],
  ['418-b', 'prosecuted', 'M', '30', 'AL', '', '2'],
  ['144', 'recorded', '', '', '', '', '7'], // mapped, but no template row
  ['297', 'recorded', '', '', '', '', '9'], // outside ICCS by decision
  ['999', 'recorded', '', '', '', '', '5'], // not in the mapping
  ['999', 'suspected', 'M', '20', 'MK', '', '1'],
];
const records = csv.slice(1).map((cells, i) => parseRecord(Object.fromEntries(csv[0].map((h, k) => [h, cells[k]])), i + 2));
const rows = template.rows('adm_offences'), victimRows = template.rows('adm_victims');
const result = aggregateRecords(records, map, { country: 'MK', year: 2024, rows, victimRows });
const cell = (table: string, iccs: string, column: string): string | undefined => result.submission[`adm_${table}__i${iccs}__${column}`];

describe('national offences → ICCS → template', () => {
  it('counts many-to-one articles together and keeps attempted homicide out of 0101', () => {
    expect(cell('offences', '0101', 'total')).toBe('4');
    expect(cell('offences', '0101', 'attempts')).toBeUndefined();
    expect(cell('offences', '0102', 'total')).toBe('2');
    expect(cell('offences', '0102', 'attempts')).toBeUndefined();
  });
  it('fills the parent rows and the attempts column of other offences', () => {
    expect([cell('offences', '03011', 'total'), cell('offences', '0301', 'total'), cell('offences', '03011', 'attempts'), cell('offences', '0301', 'attempts')]).toEqual(['5', '5', '1', '1']);
    expect([cell('convicted', '07031', 'total'), cell('convicted', '0703', 'total'), cell('convicted', '0703', 'national'), cell('convicted', '0703', 'adult')]).toEqual(['2', '2', '2', '2']);
    expect(cell('offences', '0501', 'total')).toBe('10');
  });
  it('breaks persons down by sex, age group and citizenship, including stateless and unknown', () => {
    const s = (c: string): string | undefined => cell('suspects', '0101', c);
    expect([s('total'), s('male'), s('female'), s('sex_unknown'), s('juvenile'), s('adult'), s('age_unknown'), s('national'), s('foreign'), s('stateless'), s('ctz_unknown')])
      .toEqual(['3', '1', '1', '1', '1', '1', '1', '1', '1', '1', undefined]);
  });
  it('lists smugglers by citizenship (UNK unknown) at each stage by sex and age group', () => {
    expect(JSON.parse(result.submission.adm_smugglers)).toEqual([
      { citizenship: 'AL', suspected: 3, suspected_male: 3, suspected_adult: 3, prosecuted: 2, prosecuted_male: 2, prosecuted_adult: 2 },
      { citizenship: 'UNK', suspected: 1, suspected_female: 1 },
    ]);
    expect(cell('suspects', '08051', 'total')).toBe('4');
  });
  it('lists unmapped articles, articles outside the template and partial mappings — nothing dropped silently', () => {
    expect(result.unmapped).toEqual([{ article: '999', stage: 'recorded', count: 5 }, { article: '999', stage: 'suspected', count: 1 }]);
    expect(result.outside).toEqual([
      { article: '144', iccs: '02012', stage: 'recorded', count: 7 },
      { article: '297', iccs: null, stage: 'recorded', count: 9, note: 'outside the template' },
    ]);
    expect(result.partial).toEqual([{ article: '236', iccs: '0501', note: 'includes other aggravated thefts', count: 10 }]);
    const counted = 3 + 2 + 1 + 1 + 4 + 10 + 1 + 1 + 1 + 2 + 3 + 1 + 2;
    const total = records.reduce((a, r) => a + (r.count ?? 1), 0);
    expect(counted + 7 + 9 + 5 + 1).toBe(total);
  });
  it('feeds the regional table and its checks', () => {
    const analysis = analyzeAdmin([result.submission], template);
    expect(analysis.regional.find((r) => r.iccs === '0101')).toMatchObject({ country: 'MK', year: 2024, offences: 4, suspects: 3 });
    expect(analysis.findings.filter((f) => f.code === 'subtotal' || f.code === 'smugglers-total')).toEqual([]);
  });
  it('finds planted inconsistencies: cross-table smugglers, relationship parts, rows over the total', () => {
    const planted = analyzeAdmin([{
      adm_country: 'RS', adm_year: '2024',
      adm_offences__itotal__total: '10', adm_offences__i0101__total: '6', adm_offences__i0401__total: '7',
      adm_prosecuted__i08051__total: '5', adm_convicted__i08051__total: '2',
      adm_smugglers: JSON.stringify([{ citizenship: 'AF', prosecuted: 3, convicted: 2 }, { citizenship: 'STLS', prosecuted: 1 }]),
      adm_victims__i0101__total: '4', adm_victims__i0101__rel_partner: '2', adm_victims__i0101__rel_stranger: '1',
    }], template);
    expect(planted.findings.map((f) => [f.code, f.table, f.iccs, f.message])).toEqual([
      ['subtotal', 'victims', '0101', 'rel_partner + rel_family + rel_known + rel_stranger + rel_unknown = 3 ≠ total 4'],
      ['part-over-parent', 'offences', 'total', '0101 + 0401 = 13 > total = 10'],
      ['smugglers-total', 'smugglers', '08051', 'Σ prosecuted by citizenship = 4 ≠ prosecuted 08051 = 5'],
    ]);
  });
  it('names every check in the report, with its number of findings, in the locale and its script', () => {
    const report = adminReport(analyzeAdmin([result.submission, { adm_country: 'RS', adm_year: '2024', adm_suspects__i08051__total: '3', adm_smugglers: '[{"citizenship":"AF","suspected":2}]' }], template), 'mk');
    const applied = report.tables[report.tables.length - 1];
    expect(applied.title).toBe('Применети проверки');
    expect(applied.rows.map((r) => r[0])).toEqual(['subtotal', 'part-over-parent', 'attempts', 'attempted-homicide', 'smugglers-total', 'convicted-over-prosecuted', 'year-on-year']);
    expect(applied.rows.find((r) => r[0] === 'smugglers-total')).toEqual(['smugglers-total', CHECKS['smugglers-total'].mk, 1]);
    // The template's table letters A–G are Latin in every locale, as on the form.
    for (const texts of Object.values(CHECKS)) for (const l of LOCALES) expect(scriptProblem(texts[l].replace(/\b[A-G]\b/g, ''), l), `${l}: ${texts[l]}`).toBeUndefined();
  });
  it('rejects bad mapping files and bad records with the place of the problem', () => {
    expect(() => parseIccsMap({ ...map, articles: [{ article: '1', title: 'x', iccs: '0101', partial: true }] })).toThrow(/articles.0: a partial mapping needs a note/);
    expect(() => parseIccsMap({ ...map, articles: [{ article: '1', title: 'x', iccs: '0101', extra: 1 }] })).toThrow(/articles.0/);
    expect(() => parseIccsMap({ ...map, articles: [map.articles[0], { ...map.articles[0], article: 'Art. 123' }] })).toThrow(/article Art. 123 is listed twice/);
    expect(() => parseRecord({ article: '1', stage: 'arrested' }, 7)).toThrow(/line 7: stage "arrested"/);
    expect(() => parseRecord({ article: '1', stage: 'suspected', age: '17.5' }, 8)).toThrow(/line 8: age/);
    expect(() => aggregateRecords([], map, { country: 'AL', year: 2024, rows, victimRows })).toThrow(/mapping is for MK/);
    expect(articleKey('čl. 418-a')).toBe(articleKey('418a'));
  });
  it('ships a valid mapping for North Macedonia', () => {
    const mk = shippedIccsMap('mk')!;
    expect(mk.country).toBe('MK');
    expect(mk.articles.find((a) => a.article === '418-b')!.iccs).toBe('08051');
  });
});
