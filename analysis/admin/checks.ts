/**
 * Consistency checks of administrative returns (DOMAIN.md §6, VARIABLES.md):
 *   convicted-over-prosecuted  convicted > prosecuted for an offence in a year (possible: not a
 *                              cohort, but worth a look)
 *   subtotal                   male+female+sex_unknown, juvenile+adult+age_unknown,
 *                              national+foreign+stateless+ctz_unknown ≠ total (when any part is filled)
 *   attempts                   attempts > offences recorded
 *   part-over-parent           the sum of an ICCS category's sub-categories exceeds it
 *                              (e.g. 03011 + 03012 ≤ 0301, 050211 ≤ 05021 ≤ 0502, 07031 ≤ 0703)
 *   smugglers-total            Σ suspected / prosecuted / convicted by citizenship ≠ ICCS 08051 in
 *                              tables B / C / D (cross-table)
 *   attempted-homicide         attempts entered for 0101: attempted intentional homicide is ICCS 0102,
 *                              counting it as attempts of 0101 too would count it twice
 *   year-on-year               a total changes by more than `jump` (default 50 %) and at least
 *                              `minJump` (default 10) from the previous year
 */
import type { Locale } from '../indicators/catalogue';
import { COUNT_TABLES, PERSON_TABLES, count, type CountryYear, type CountTable } from './regional';

export type CheckCode = 'convicted-over-prosecuted' | 'subtotal' | 'attempts' | 'attempted-homicide' | 'part-over-parent' | 'smugglers-total' | 'year-on-year';

type Texts = Readonly<Record<Locale, string>>;
const t = (en: string, sq: string, bs: string, hr: string, mk: string, cnr: string, sr: string, srLatn: string): Texts =>
  ({ en, sq, bs, hr, mk, cnr, sr, 'sr-Latn': srLatn });

/** Every check by name, as the report lists them (whether or not it found anything). */
export const CHECKS: Readonly<Record<CheckCode, Texts>> = {
  subtotal: t('Totals = sum of parts (sex, age group, citizenship, victim–offender relationship)', 'Gjithsej = shuma e pjesëve (gjinia, grupmosha, shtetësia, marrëdhënia viktimë–autor)',
    'Ukupno = zbir dijelova (spol, starosna grupa, državljanstvo, odnos žrtva–učinilac)', 'Ukupno = zbroj dijelova (spol, dobna skupina, državljanstvo, odnos žrtva–počinitelj)',
    'Вкупно = збир на деловите (пол, возрасна група, државјанство, однос жртва–сторител)', 'Ukupno = zbir djelova (pol, starosna grupa, državljanstvo, odnos žrtva–učinilac)',
    'Укупно = збир делова (пол, старосна група, држављанство, однос жртва–учинилац)', 'Ukupno = zbir delova (pol, starosna grupa, državljanstvo, odnos žrtva–učinilac)'),
  'part-over-parent': t('Sub-categories not above their ICCS category; listed rows not above the total of all offences', 'Nënkategoritë jo mbi kategorinë e tyre ICCS; rreshtat jo mbi gjithsej të veprave',
    'Potkategorije ne iznad svoje ICCS kategorije; navedeni redovi ne iznad ukupnog broja djela', 'Potkategorije ne iznad svoje ICCS kategorije; navedeni retci ne iznad ukupnog broja djela',
    'Поткатегориите не над својата ICCS категорија; наведените редови не над вкупниот број дела', 'Potkategorije ne iznad svoje ICCS kategorije; navedeni redovi ne iznad ukupnog broja djela',
    'Поткатегорије не изнад своје ICCS категорије; наведени редови не изнад укупног броја дела', 'Potkategorije ne iznad svoje ICCS kategorije; navedeni redovi ne iznad ukupnog broja dela'),
  attempts: t('Attempts not above the total', 'Tentativat jo mbi gjithsej', 'Pokušaji ne iznad ukupnog broja', 'Pokušaji ne iznad ukupnog broja',
    'Обидите не над вкупниот број', 'Pokušaji ne iznad ukupnog broja', 'Покушаји не изнад укупног броја', 'Pokušaji ne iznad ukupnog broja'),
  'attempted-homicide': t('Attempted homicide only in 0102, not also as attempts of 0101', 'Tentativa për vrasje vetëm në 0102, jo edhe si tentativë e 0101',
    'Pokušaj ubistva samo u 0102, ne i kao pokušaj uz 0101', 'Pokušaj ubojstva samo u 0102, a ne i kao pokušaj uz 0101',
    'Обид за убиство само во 0102, не и како обид кај 0101', 'Pokušaj ubistva samo u 0102, ne i kao pokušaj uz 0101',
    'Покушај убиства само у 0102, не и као покушај уз 0101', 'Pokušaj ubistva samo u 0102, ne i kao pokušaj uz 0101'),
  'smugglers-total': t('Smugglers by citizenship = ICCS 08051 in tables B, C and D (cross-table)', 'Kontrabandistët sipas shtetësisë = ICCS 08051 në tabelat B, C dhe D',
    'Krijumčari po državljanstvu = ICCS 08051 u tabelama B, C i D', 'Krijumčari po državljanstvu = ICCS 08051 u tablicama B, C i D',
    'Криумчарите по државјанство = ICCS 08051 во табелите B, C и D', 'Krijumčari po državljanstvu = ICCS 08051 u tabelama B, C i D',
    'Кријумчари по држављанству = ICCS 08051 у табелама B, C и D', 'Krijumčari po državljanstvu = ICCS 08051 u tabelama B, C i D'),
  'convicted-over-prosecuted': t('Convicted not above prosecuted (same year; a note, not an error)', 'Të dënuarit jo mbi të ndjekurit penalisht (i njëjti vit; shënim, jo gabim)',
    'Osuđeni ne iznad optuženih (ista godina; napomena, ne greška)', 'Osuđeni ne iznad optuženih (ista godina; napomena, a ne pogreška)',
    'Осудените не над обвинетите (иста година; забелешка, не грешка)', 'Osuđeni ne iznad optuženih (ista godina; napomena, ne greška)',
    'Осуђени не изнад оптужених (иста година; напомена, не грешка)', 'Osuđeni ne iznad optuženih (ista godina; napomena, ne greška)'),
  'year-on-year': t('Year-on-year change above 50 % (and at least 10)', 'Ndryshim vjetor mbi 50 % (dhe të paktën 10)', 'Promjena u odnosu na prethodnu godinu veća od 50 % (i najmanje 10)',
    'Promjena u odnosu na prethodnu godinu veća od 50 % (i najmanje 10)', 'Промена во однос на претходната година поголема од 50 % (и најмалку 10)',
    'Promjena u odnosu na prethodnu godinu veća od 50 % (i najmanje 10)', 'Промена у односу на претходну годину већа од 50 % (и најмање 10)', 'Promena u odnosu na prethodnu godinu veća od 50 % (i najmanje 10)'),
};

export const CHECKS_TITLE = t('Checks applied', 'Kontrollet e zbatuara', 'Primijenjene provjere', 'Primijenjene provjere', 'Применети проверки', 'Primijenjene provjere', 'Примењене провере', 'Primenjene provere');

export interface CheckFinding {
  readonly code: CheckCode;
  readonly country: string;
  readonly year: number;
  readonly table: string;
  readonly iccs: string;
  readonly message: string;
}

/**
 * The nearest listed ancestor of each ICCS code (its longest proper prefix among `rows`); codes
 * without one belong to the `total` row (all criminal offences) when the template has it.
 */
export function iccsParents(rows: readonly string[]): Map<string, string> {
  const parents = new Map<string, string>();
  for (const code of rows) {
    if (code === 'total') continue;
    let best = '';
    for (const other of rows) if (other !== code && other !== 'total' && code.startsWith(other) && other.length > best.length) best = other;
    if (best) parents.set(code, best);
    else if (rows.includes('total')) parents.set(code, 'total');
  }
  return parents;
}

export function checkReturns(data: readonly CountryYear[], rows: readonly string[], options: { jump?: number; minJump?: number } = {}): CheckFinding[] {
  const jump = options.jump ?? 0.5, minJump = options.minJump ?? 10;
  const findings: CheckFinding[] = [];
  const parents = iccsParents(rows);
  for (const cy of data) {
    const add = (code: CheckCode, table: string, iccs: string, message: string): void => { findings.push({ code, country: cy.country, year: cy.year, table, iccs, message }); };
    for (const iccs of rows) {
      const p = count(cy, 'prosecuted', iccs), c = count(cy, 'convicted', iccs);
      if (p !== undefined && c !== undefined && c > p) add('convicted-over-prosecuted', 'convicted', iccs, `convicted ${c} > prosecuted ${p}`);
      const total = count(cy, 'offences', iccs), attempts = count(cy, 'offences', iccs, 'attempts');
      if (total !== undefined && attempts !== undefined && attempts > total) add('attempts', 'offences', iccs, `attempts ${attempts} > total ${total}`);
      if (iccs === '0101' && attempts !== undefined && attempts > 0) add('attempted-homicide', 'offences', iccs, `${attempts} attempts under 0101: attempted intentional homicide belongs in 0102 only`);
      for (const table of [...PERSON_TABLES, 'victims'] as const) {
        const t = count(cy, table, iccs);
        for (const parts of [['male', 'female', 'sex_unknown'], ['juvenile', 'adult', 'age_unknown'], ['national', 'foreign', 'stateless', 'ctz_unknown'],
          ...(table === 'victims' ? [['rel_partner', 'rel_family', 'rel_known', 'rel_stranger', 'rel_unknown']] : [])]) {
          const values = parts.map((k) => count(cy, table, iccs, k));
          if (values.every((v) => v === undefined)) continue;
          const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
          if (t === undefined || sum !== t) add('subtotal', table, iccs, `${parts.join(' + ')} = ${sum} ≠ total ${t ?? '(empty)'}`);
        }
      }
    }
    for (const table of COUNT_TABLES) {
      const children = new Map<string, string[]>();
      for (const [child, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), child]);
      for (const [parent, kids] of children) {
        const pv = count(cy, table, parent);
        const kv = kids.map((k) => count(cy, table, k)).filter((v): v is number => v !== undefined);
        if (pv === undefined || kv.length === 0) continue;
        const sum = kv.reduce((a, b) => a + b, 0);
        if (sum > pv) add('part-over-parent', table, parent, `${kids.filter((k) => count(cy, table, k) !== undefined).join(' + ')} = ${sum} > ${parent} = ${pv}`);
      }
    }
    if (cy.smugglers.length > 0) {
      // Cross-table: smugglers by citizenship at each stage against ICCS 08051 in tables B, C, D.
      for (const [stage, table] of [['suspected', 'suspects'], ['prosecuted', 'prosecuted'], ['convicted', 'convicted']] as const) {
        const total = count(cy, table, '08051');
        const listed = cy.smugglers.filter((s) => s.values[stage] !== undefined);
        if (total === undefined || listed.length === 0) continue;
        const sum = listed.reduce((a, s) => a + (s.values[stage] ?? 0), 0);
        if (sum !== total) add('smugglers-total', 'smugglers', '08051', `Σ ${stage} by citizenship = ${sum} ≠ ${table} 08051 = ${total}`);
      }
    }
  }
  const byCountry = new Map<string, CountryYear[]>();
  for (const cy of data) byCountry.set(cy.country, [...(byCountry.get(cy.country) ?? []), cy]);
  for (const list of byCountry.values()) {
    list.sort((a, b) => a.year - b.year);
    for (let k = 1; k < list.length; k++) {
      const prev = list[k - 1], cur = list[k];
      if (cur.year !== prev.year + 1) continue;
      for (const table of COUNT_TABLES as readonly CountTable[]) {
        for (const iccs of rows) {
          const a = count(prev, table, iccs), b = count(cur, table, iccs);
          if (a === undefined || b === undefined) continue;
          const diff = Math.abs(b - a);
          if (diff >= minJump && diff > jump * Math.max(a, 1)) {
            findings.push({ code: 'year-on-year', country: cur.country, year: cur.year, table, iccs, message: `${a} (${prev.year}) → ${b} (${cur.year}), ${b >= a ? '+' : ''}${Math.round(((b - a) / Math.max(a, 1)) * 100)} %` });
          }
        }
      }
    }
  }
  return findings;
}
