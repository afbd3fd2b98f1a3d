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
import { COUNT_TABLES, PERSON_TABLES, count, type CountryYear, type CountTable } from './regional';

export type CheckCode = 'convicted-over-prosecuted' | 'subtotal' | 'attempts' | 'attempted-homicide' | 'part-over-parent' | 'smugglers-total' | 'year-on-year';

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
