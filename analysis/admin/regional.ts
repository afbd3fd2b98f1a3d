/**
 * The regional table of the JHA priority indicators (Skopje 2010 list; DOMAIN.md §6) from
 * `jha-admin` submissions of several countries and years: offences recorded, persons suspected,
 * prosecuted and convicted by ICCS offence, each also per 100,000 population; convicted per 100
 * prosecuted (same year, not a cohort); profiles by sex, age and citizenship; victims; migrant
 * smugglers by citizenship. Plus consistency checks.
 *
 * Input rows are submissions (one country × institution × year) with the export's columns:
 * `adm_country`, `adm_year`, `adm_institution`, `adm_population` and matrix cells
 * `{table}__i{ICCS}__{column}`. Submissions of one country and year are merged (each table is
 * filled by one institution); an empty cell is "not available", never zero.
 * Smugglers (a repeated group) are read from cells `adm_smugglers__{k}__{column}` (k = 1, 2, …)
 * or from a JSON array in an `adm_smugglers` cell.
 */
import { AnalysisError } from '../errors';

export const PERSON_TABLES = ['suspects', 'prosecuted', 'convicted'] as const;
export const COUNT_TABLES = ['offences', ...PERSON_TABLES, 'victims'] as const;
export type CountTable = (typeof COUNT_TABLES)[number];
export const PERSON_COLUMNS = ['total', 'male', 'female', 'sex_unknown', 'juvenile', 'adult', 'age_unknown', 'national', 'foreign', 'stateless', 'ctz_unknown'] as const;
/** Smugglers by citizenship: persons at each stage, each by sex and age group (template F). */
export const SMUGGLER_STAGES = ['suspected', 'prosecuted', 'convicted'] as const;
export const SMUGGLER_COLUMNS = SMUGGLER_STAGES.flatMap((stage) => [stage, ...(['male', 'female', 'juvenile', 'adult'] as const).map((g) => `${stage}_${g}` as const)]);
export type SmugglerColumn = (typeof SMUGGLER_COLUMNS)[number];

/** One submission as column → cell text (empty = missing). */
export type Submission = Readonly<Record<string, string>>;

export interface CountryYear {
  readonly country: string;
  readonly year: number;
  readonly population: number | undefined;
  /** table → ICCS code → column → count. */
  readonly counts: ReadonlyMap<CountTable, ReadonlyMap<string, ReadonlyMap<string, number>>>;
  readonly smugglers: readonly { citizenship: string; values: Readonly<Partial<Record<SmugglerColumn, number>>> }[];
}

const CELL = /^adm_(offences|suspects|prosecuted|convicted|victims)__i(\d+|total)__([a-z_]+)$/;
const SMUGGLER_CELL = /^adm_smugglers__(\d+)__([a-z_]+)$/;

function number(text: string | undefined, where: string): number | undefined {
  if (text === undefined || text.trim() === '' || text.trim() === 'NA') return undefined;
  const v = Number(text);
  if (!Number.isFinite(v)) throw new AnalysisError('not-numeric', `${where}: "${text}" is not a number`);
  return v;
}

/** Merges submissions into one record per country and year. */
export function countryYears(submissions: readonly Submission[]): CountryYear[] {
  const groups = new Map<string, Submission[]>();
  submissions.forEach((s, i) => {
    const country = (s.adm_country ?? '').trim().toUpperCase();
    const year = number(s.adm_year, `submission ${i + 1}, adm_year`);
    if (!country || year === undefined) throw new AnalysisError('missing-values', `submission ${i + 1}: adm_country and adm_year are required`);
    const key = `${country}\u0000${year}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  });
  const out: CountryYear[] = [];
  for (const [key, subs] of groups) {
    const [country, yearText] = key.split('\u0000');
    const counts = new Map<CountTable, Map<string, Map<string, number>>>();
    let population: number | undefined;
    const smugglers = new Map<string, Partial<Record<SmugglerColumn, number>>>();
    for (const s of subs) {
      population ??= number(s.adm_population, `${country} ${yearText}, adm_population`);
      const repeated = new Map<string, Record<string, string>>();
      for (const [name, text] of Object.entries(s)) {
        const m = CELL.exec(name);
        if (m) {
          const v = number(text, `${country} ${yearText}, ${name}`);
          if (v === undefined) continue;
          const table = m[1] as CountTable;
          const byRow = counts.get(table) ?? new Map<string, Map<string, number>>();
          const cells = byRow.get(m[2]) ?? new Map<string, number>();
          if (!cells.has(m[3])) cells.set(m[3], v);
          byRow.set(m[2], cells);
          counts.set(table, byRow);
          continue;
        }
        const sm = SMUGGLER_CELL.exec(name);
        if (sm && text.trim() !== '') {
          const r = repeated.get(sm[1]) ?? {};
          r[sm[2]] = text.trim();
          repeated.set(sm[1], r);
        }
      }
      if (s.adm_smugglers && s.adm_smugglers.trim().startsWith('[')) {
        let list: unknown;
        try { list = JSON.parse(s.adm_smugglers); } catch { throw new AnalysisError('unreadable-file', `${country} ${yearText}: adm_smugglers is not a JSON array`); }
        if (Array.isArray(list)) list.forEach((r, k) => repeated.set(`json${k}`, Object.fromEntries(Object.entries(r as object).map(([a, b]) => [a, String(b)]))));
      }
      for (const r of repeated.values()) {
        const ctz = (r.citizenship ?? '').toUpperCase();
        if (!ctz) continue;
        const values = smugglers.get(ctz) ?? {};
        for (const c of SMUGGLER_COLUMNS) {
          const v = number(r[c], `${country} ${yearText}, smugglers ${ctz} ${c}`);
          if (v !== undefined) values[c] = (values[c] ?? 0) + v;
        }
        smugglers.set(ctz, values);
      }
    }
    out.push({
      country, year: Number(yearText), population, counts,
      smugglers: [...smugglers].sort(([a], [b]) => a.localeCompare(b)).map(([citizenship, values]) => ({ citizenship, values })),
    });
  }
  return out.sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year);
}

export function count(cy: CountryYear, table: CountTable, iccs: string, column = 'total'): number | undefined {
  return cy.counts.get(table)?.get(iccs)?.get(column);
}

/** Rate per 100,000 population; undefined without both figures. */
export function ratePer100k(value: number | undefined, population: number | undefined): number | undefined {
  return value === undefined || population === undefined || population <= 0 ? undefined : (value / population) * 100_000;
}

/** One line of the regional table: a country, year and ICCS offence. */
export interface RegionalRow {
  readonly country: string;
  readonly year: number;
  readonly iccs: string;
  readonly population?: number;
  readonly offences?: number;
  readonly offencesPer100k?: number;
  readonly suspects?: number;
  readonly suspectsPer100k?: number;
  readonly prosecuted?: number;
  readonly prosecutedPer100k?: number;
  readonly convicted?: number;
  readonly convictedPer100k?: number;
  /** Convicted per 100 prosecuted in the same year (not a cohort). */
  readonly convictedPer100Prosecuted?: number;
}

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function regionalTable(data: readonly CountryYear[], rows: readonly string[]): RegionalRow[] {
  const out: RegionalRow[] = [];
  for (const cy of data) {
    for (const iccs of rows) {
      const offences = count(cy, 'offences', iccs), suspects = count(cy, 'suspects', iccs);
      const prosecuted = count(cy, 'prosecuted', iccs), convicted = count(cy, 'convicted', iccs);
      if ([offences, suspects, prosecuted, convicted].every((v) => v === undefined)) continue;
      out.push(defined({
        country: cy.country, year: cy.year, iccs, population: cy.population,
        offences, offencesPer100k: ratePer100k(offences, cy.population),
        suspects, suspectsPer100k: ratePer100k(suspects, cy.population),
        prosecuted, prosecutedPer100k: ratePer100k(prosecuted, cy.population),
        convicted, convictedPer100k: ratePer100k(convicted, cy.population),
        convictedPer100Prosecuted: convicted !== undefined && prosecuted !== undefined && prosecuted > 0 ? (convicted / prosecuted) * 100 : undefined,
      }));
    }
  }
  return out;
}

/** Sex, age and citizenship shares (percent of those with the attribute known). */
export interface ProfileRow {
  readonly country: string;
  readonly year: number;
  readonly table: CountTable;
  readonly iccs: string;
  readonly total?: number;
  readonly femalePct?: number;
  readonly juvenilePct?: number;
  readonly foreignPct?: number;
}

export function profiles(data: readonly CountryYear[], rows: readonly string[]): ProfileRow[] {
  const share = (part: number | undefined, other: number | undefined): number | undefined =>
    part === undefined || other === undefined || part + other === 0 ? undefined : (part / (part + other)) * 100;
  const out: ProfileRow[] = [];
  for (const cy of data) {
    for (const table of [...PERSON_TABLES, 'victims'] as const) {
      for (const iccs of rows) {
        const c = (col: string): number | undefined => count(cy, table, iccs, col);
        if (c('total') === undefined) continue;
        out.push(defined({
          country: cy.country, year: cy.year, table, iccs, total: c('total'),
          femalePct: share(c('female'), c('male')), juvenilePct: share(c('juvenile'), c('adult')), foreignPct: share(c('foreign'), c('national')),
        }));
      }
    }
  }
  return out;
}
