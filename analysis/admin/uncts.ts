/**
 * One country and year shaped like the joint Eurostat–UNODC collection (the UN-CTS questionnaire,
 * DOMAIN.md §6b): a sheet per agency table — police (offences recorded, persons suspected),
 * prosecution (persons prosecuted), courts (persons convicted) — with ICCS rows and the
 * breakdowns by sex, adult/juvenile and citizenship, plus victims and migrant smugglers, in the
 * report's language. Empty cells are "not available"; 0 is a true zero. Labels come from the
 * template (the export's variable dictionary), so the workbook says what the form said.
 */
import type { Locale } from '../indicators/catalogue';
import type { ExtraTable, TablesReport } from '../tables/model';
import { AnalysisError } from '../errors';
import { count, SMUGGLER_COLUMNS, PERSON_COLUMNS, type CountTable } from './regional';
import type { AdminAnalysis } from './report';

/** Sheets in UN-CTS order: the table, the agency (adm_institution code) that fills it. */
export const UNCTS_SHEETS: readonly { table: CountTable; agency: 'police' | 'prosecution' | 'courts' }[] = [
  { table: 'offences', agency: 'police' },
  { table: 'suspects', agency: 'police' },
  { table: 'prosecuted', agency: 'prosecution' },
  { table: 'convicted', agency: 'courts' },
  { table: 'victims', agency: 'police' },
];

type Texts = Readonly<Record<Locale, string>>;
const t = (en: string, sq: string, bs: string, hr: string, mk: string, cnr: string, sr: string, srLatn: string): Texts =>
  ({ en, sq, bs, hr, mk, cnr, sr, 'sr-Latn': srLatn });

const TEXT = {
  title: t('Crime and criminal justice statistics (UN-CTS / Eurostat–UNODC joint collection): {country}, {year}',
    'Statistikat e krimit dhe drejtësisë penale (UN-CTS / mbledhja e përbashkët Eurostat–UNODC): {country}, {year}',
    'Statistika kriminala i krivičnog pravosuđa (UN-CTS / zajedničko prikupljanje Eurostata i UNODC-a): {country}, {year}',
    'Statistika kriminala i kaznenog pravosuđa (UN-CTS / zajedničko prikupljanje Eurostata i UNODC-a): {country}, {year}',
    'Статистика на криминал и кривична правда (UN-CTS / заедничко собирање на Евростат и УНОДЦ): {country}, {year}',
    'Statistika kriminala i krivičnog pravosuđa (UN-CTS / zajedničko prikupljanje Eurostata i UNODC-a): {country}, {year}',
    'Статистика криминала и кривичног правосуђа (UN-CTS / заједничко прикупљање Евростата и УНОДЦ-а): {country}, {year}',
    'Statistika kriminala i krivičnog pravosuđa (UN-CTS / zajedničko prikupljanje Evrostata i UNODC-a): {country}, {year}'),
  note: t('Empty cell: not available. Counting unit stated on each sheet of the template: offences in table A, persons in tables B–D, victims in table E. Population at mid-year: {population}.',
    'Qelizë bosh: nuk disponohet. Njësia e numërimit: vepra në tabelën A, persona në tabelat B–D, viktima në tabelën E. Popullsia në mes të vitit: {population}.',
    'Prazna ćelija: nije dostupno. Jedinica brojanja: krivična djela u tabeli A, osobe u tabelama B–D, žrtve u tabeli E. Broj stanovnika sredinom godine: {population}.',
    'Prazna ćelija: nije dostupno. Jedinica brojenja: kaznena djela u tablici A, osobe u tablicama B–D, žrtve u tablici E. Broj stanovnika sredinom godine: {population}.',
    'Празна ќелија: не е достапно. Единица на броење: кривични дела во табелата A, лица во табелите B–D, жртви во табелата E. Население во средината на годината: {population}.',
    'Prazna ćelija: nije dostupno. Jedinica brojanja: krivična djela u tabeli A, lica u tabelama B–D, žrtve u tabeli E. Broj stanovnika sredinom godine: {population}.',
    'Празна ћелија: није доступно. Јединица бројања: кривична дела у табели A, лица у табелама B–D, жртве у табели E. Број становника средином године: {population}.',
    'Prazna ćelija: nije dostupno. Jedinica brojanja: krivična dela u tabeli A, lica u tabelama B–D, žrtve u tabeli E. Broj stanovnika sredinom godine: {population}.'),
  police: t('Police', 'Policia', 'Policija', 'Policija', 'Полиција', 'Policija', 'Полиција', 'Policija'),
  prosecution: t('Prosecution', 'Prokuroria', 'Tužilaštvo', 'Državno odvjetništvo', 'Јавно обвинителство', 'Državno tužilaštvo', 'Јавно тужилаштво', 'Javno tužilaštvo'),
  courts: t('Courts', 'Gjykatat', 'Sudovi', 'Sudovi', 'Судови', 'Sudovi', 'Судови', 'Sudovi'),
  code: t('ICCS code', 'Kodi ICCS', 'ICCS kod', 'ICCS oznaka', 'ICCS код', 'ICCS kod', 'ICCS код', 'ICCS kod'),
  offence: t('Offence', 'Vepra', 'Krivično djelo', 'Kazneno djelo', 'Кривично дело', 'Krivično djelo', 'Кривично дело', 'Krivično delo'),
  notAvailable: t('not available', 'nuk disponohet', 'nije dostupno', 'nije dostupno', 'не е достапно', 'nije dostupno', 'није доступно', 'nije dostupno'),
};

const fill = (template: string, values: Readonly<Record<string, string>>): string => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** The UN-CTS-shaped tables of one country and year. */
export function unctsReport(analysis: AdminAnalysis, country: string, year: number, locale: Locale, generated = new Date().toISOString()): TablesReport {
  const L = locale;
  const { iccsLabel, tableTitle, columnTitle } = analysis.template;
  const cy = analysis.data.find((d) => d.country === country.toUpperCase() && d.year === year);
  if (!cy) throw new AnalysisError('bad-option', `no return of ${country.toUpperCase()} for ${year} (have: ${analysis.data.map((d) => `${d.country} ${d.year}`).join(', ') || 'none'})`);
  const blank = (v: number | undefined): number | string => (v === undefined ? '' : v);
  const tables: ExtraTable[] = UNCTS_SHEETS.map(({ table, agency }) => {
    const matrix = `adm_${table}`;
    const columns = table === 'offences' ? ['total', 'attempts']
      : table === 'victims' ? [...PERSON_COLUMNS, 'rel_partner', 'rel_family', 'rel_known', 'rel_stranger', 'rel_unknown'] : [...PERSON_COLUMNS];
    const rows = analysis.rows.filter((r) => columns.some((c) => count(cy, table, r, c) !== undefined));
    return {
      title: `${TEXT[agency][L]} — ${tableTitle(matrix, L)}`,
      columns: [TEXT.code[L], TEXT.offence[L], ...columns.map((c) => columnTitle(matrix, c, L))],
      rows: rows.map((r) => [r === 'total' ? '' : r, iccsLabel(r, L).replace(/^\d+\s+/, ''), ...columns.map((c) => blank(count(cy, table, r, c)))]),
      formats: [undefined, undefined, ...columns.map(() => '#,##0')],
    };
  });
  if (cy.smugglers.length > 0) {
    tables.push({
      title: tableTitle('adm_smugglers', L),
      columns: [columnTitle('adm_smugglers', 'citizenship', L), ...SMUGGLER_COLUMNS.map((c) => columnTitle('adm_smugglers', c, L))],
      rows: cy.smugglers.map((s) => [s.citizenship, ...SMUGGLER_COLUMNS.map((c) => blank(s.values[c]))]),
      formats: [undefined, ...SMUGGLER_COLUMNS.map(() => '#,##0')],
    });
  }
  return {
    locale, generated,
    title: fill(TEXT.title[L], { country: cy.country, year: String(cy.year) }),
    notes: [fill(TEXT.note[L], { population: cy.population === undefined ? TEXT.notAvailable[L] : cy.population.toLocaleString('en-US') })],
    tables,
  };
}
