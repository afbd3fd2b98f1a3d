/**
 * National offences → ICCS, and a national record file aggregated through that mapping into the
 * regional template (DOMAIN.md §5–§6).
 *
 * The mapping (one JSON file per country, `analysis/admin/iccs-maps/`, strict schema below) lists
 * criminal-code articles with the ICCS category each one falls in. Several articles may map to one
 * category (many-to-one); an article whose scope is wider or narrower than the category is marked
 * `partial` and must say why in `note`; an article outside ICCS or outside the template says
 * `iccs: null` with a note. Articles of the record file missing from the mapping are listed, never
 * dropped silently.
 *
 * Counting rules applied while aggregating:
 *   - a record counts in its ICCS row and in every listed ancestor row (03011 also in 0301,
 *     050211 also in 05021 and 0502), so the template's parents are totals of their parts;
 *   - attempts stay with the completed offence (ICCS rule) and are also counted in the offence
 *     table's "of which attempts" — except attempted intentional homicide, which ICCS classifies
 *     in its own category 0102: an attempt mapped to 0101 is counted in 0102 only, never twice;
 *   - persons: sex M/F/unknown, juvenile (< 18 at the offence) / adult / age unknown, national
 *     (citizen of the reporting country) / foreign / stateless / citizenship unknown.
 */
import { z } from 'zod';
import { AnalysisError } from '../errors';

export const STAGES = ['recorded', 'suspected', 'prosecuted', 'convicted', 'victim'] as const;
export type Stage = (typeof STAGES)[number];

/** Template table filled by each stage. */
export const STAGE_TABLE: Readonly<Record<Stage, string>> = {
  recorded: 'offences', suspected: 'suspects', prosecuted: 'prosecuted', convicted: 'convicted', victim: 'victims',
};

const iccsCode = z.string().regex(/^\d{2}(\d{2}(\d{1,2})?)?$/, 'an ICCS code of 2, 4, 5 or 6 digits');

export const iccsMapSchema = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/),
  /** The law mapped, with its official reference (gazette, consolidated version). */
  law: z.string().min(1),
  /** Who maintains the mapping and in what state it is (e.g. draft, confirmed by the office on …). */
  status: z.string().min(1),
  articles: z.array(z.strictObject({
    article: z.string().min(1),
    title: z.string().min(1),
    iccs: iccsCode.nullable(),
    partial: z.boolean().optional(),
    note: z.string().min(1).optional(),
  }).refine((a) => !(a.partial && !a.note), { message: 'a partial mapping needs a note' })
    .refine((a) => !(a.iccs === null && !a.note), { message: 'an article left out of ICCS needs a note' })).min(1),
});
export type IccsMap = z.infer<typeof iccsMapSchema>;

/** Parses a mapping file; the error names the first problem and where it is. */
export function parseIccsMap(json: unknown): IccsMap {
  const r = iccsMapSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new AnalysisError('bad-option', `ICCS mapping: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const a of r.data.articles) {
    const key = articleKey(a.article);
    if (seen.has(key)) throw new AnalysisError('bad-option', `ICCS mapping: article ${a.article} is listed twice`);
    seen.add(key);
  }
  return r.data;
}

/** Article references compared without "Art."/"član"/"чл." prefixes, spaces and case: "Art. 418-a" = "418a". */
export function articleKey(article: string): string {
  return article.trim().toLowerCase().replace(/^(art\.?|article|član|clan|čl\.?|neni|чл\.?|член)\s*/u, '').replace(/[\s\-.]/g, '');
}

/** One line of a national record file (offences or persons, possibly already counted). */
export interface NationalRecord {
  readonly article: string;
  readonly stage: Stage;
  readonly sex?: 'M' | 'F';
  readonly age?: number;
  /** ISO 3166 alpha-2, `STATELESS`, or undefined when unknown. */
  readonly citizenship?: string;
  readonly attempt?: boolean;
  /** How many offences or persons the line stands for (default 1). */
  readonly count?: number;
}

/** Reads the cells of a record file row; `line` for the messages. */
export function parseRecord(cells: Readonly<Record<string, string>>, line: number): NationalRecord {
  const where = `line ${line}`;
  const article = (cells.article ?? '').trim();
  if (!article) throw new AnalysisError('missing-values', `${where}: no article`);
  const stage = (cells.stage ?? '').trim().toLowerCase();
  if (!(STAGES as readonly string[]).includes(stage)) throw new AnalysisError('bad-option', `${where}: stage "${cells.stage ?? ''}" is not one of ${STAGES.join(', ')}`);
  const sexText = (cells.sex ?? '').trim().toUpperCase();
  const sex = sexText === 'M' || sexText === '1' ? 'M' : sexText === 'F' || sexText === '2' ? 'F' : sexText === '' || sexText === 'U' ? undefined : null;
  if (sex === null) throw new AnalysisError('bad-option', `${where}: sex "${cells.sex}" is not M, F, U or empty`);
  const ageText = (cells.age ?? '').trim();
  const age = ageText === '' ? undefined : Number(ageText);
  if (age !== undefined && !(Number.isInteger(age) && age >= 0 && age <= 120)) throw new AnalysisError('not-numeric', `${where}: age "${ageText}" is not a whole number of years`);
  const ctz = (cells.citizenship ?? '').trim().toUpperCase();
  if (ctz !== '' && ctz !== 'STATELESS' && ctz !== 'UNKNOWN' && !/^[A-Z]{2}$/.test(ctz)) throw new AnalysisError('bad-option', `${where}: citizenship "${cells.citizenship}" is not an ISO 3166 code, STATELESS or empty`);
  const attemptText = (cells.attempt ?? '').trim();
  if (!['', '0', '1'].includes(attemptText)) throw new AnalysisError('bad-option', `${where}: attempt "${attemptText}" is not 0, 1 or empty`);
  const countText = (cells.count ?? '').trim();
  const count = countText === '' ? 1 : Number(countText);
  if (!(Number.isInteger(count) && count >= 0)) throw new AnalysisError('not-numeric', `${where}: count "${countText}" is not a whole number`);
  return {
    article, stage: stage as Stage, ...(sex ? { sex } : {}), ...(age !== undefined ? { age } : {}),
    ...(ctz !== '' && ctz !== 'UNKNOWN' ? { citizenship: ctz } : {}), attempt: attemptText === '1', count,
  };
}

export interface AggregationResult {
  /** The template's cells (`adm_{table}__i{ICCS}__{column}`, `adm_smugglers` JSON) plus country and year. */
  readonly submission: Readonly<Record<string, string>>;
  /** Articles of the records that the mapping does not list, with how many records/persons. */
  readonly unmapped: readonly { article: string; stage: Stage; count: number }[];
  /** Articles mapped to `null` (outside ICCS by decision) or to a category with no template row. */
  readonly outside: readonly { article: string; iccs: string | null; stage: Stage; count: number; note?: string }[];
  /** Partially mapped articles that were counted, with their note (for the table notes). */
  readonly partial: readonly { article: string; iccs: string; note: string; count: number }[];
}

/**
 * Aggregates national records into the template. `rows` are the template's ICCS rows of the
 * offence and person tables, `victimRows` those of the victims table.
 */
export function aggregateRecords(
  records: readonly NationalRecord[], map: IccsMap,
  options: { country: string; year: number; rows: readonly string[]; victimRows: readonly string[] },
): AggregationResult {
  const country = options.country.toUpperCase();
  if (map.country !== country) throw new AnalysisError('bad-option', `the ICCS mapping is for ${map.country}, the records for ${country}`);
  const byArticle = new Map(map.articles.map((a) => [articleKey(a.article), a]));
  const cells = new Map<string, number>();
  const add = (name: string, n: number): void => { cells.set(name, (cells.get(name) ?? 0) + n); };
  const unmapped = new Map<string, { article: string; stage: Stage; count: number }>();
  const outside = new Map<string, { article: string; iccs: string | null; stage: Stage; count: number; note?: string }>();
  const partial = new Map<string, { article: string; iccs: string; note: string; count: number }>();
  const smugglers = new Map<string, Record<string, number>>();
  const tally = <T extends { count: number }>(m: Map<string, T>, key: string, make: () => T, n: number): void => {
    const e = m.get(key) ?? make();
    e.count += n;
    m.set(key, e);
  };

  for (const r of records) {
    const n = r.count ?? 1;
    const entry = byArticle.get(articleKey(r.article));
    if (!entry) { tally(unmapped, `${r.article}\u0000${r.stage}`, () => ({ article: r.article, stage: r.stage, count: 0 }), n); continue; }
    if (entry.iccs === null) {
      tally(outside, `${entry.article}\u0000${r.stage}`, () => ({ article: entry.article, iccs: null, stage: r.stage, count: 0, ...(entry.note ? { note: entry.note } : {}) }), n);
      continue;
    }
    // Attempted intentional homicide is its own ICCS category (0102), not "0101 of which attempts".
    const iccs = r.attempt && entry.iccs === '0101' ? '0102' : entry.iccs;
    const table = STAGE_TABLE[r.stage];
    const listed = r.stage === 'victim' ? options.victimRows : options.rows;
    const targets = listed.filter((row) => iccs.startsWith(row));
    if (targets.length === 0) {
      tally(outside, `${entry.article}\u0000${r.stage}`, () => ({ article: entry.article, iccs, stage: r.stage, count: 0 }), n);
      continue;
    }
    if (entry.partial) tally(partial, entry.article, () => ({ article: entry.article, iccs: entry.iccs ?? '', note: entry.note ?? '', count: 0 }), n);
    for (const row of targets) {
      const cell = (column: string): string => `adm_${table}__i${row}__${column}`;
      add(cell('total'), n);
      if (r.stage === 'recorded') {
        if (r.attempt && iccs !== '0102') add(cell('attempts'), n);
        continue;
      }
      add(cell(r.sex === 'M' ? 'male' : r.sex === 'F' ? 'female' : 'sex_unknown'), n);
      add(cell(r.age === undefined ? 'age_unknown' : r.age < 18 ? 'juvenile' : 'adult'), n);
      add(cell(r.citizenship === undefined ? 'ctz_unknown' : r.citizenship === 'STATELESS' ? 'stateless' : r.citizenship === country ? 'national' : 'foreign'), n);
    }
    if (iccs === '08051' && r.stage !== 'victim' && r.stage !== 'recorded') {
      // Template F: citizenship as ISO code, STLS stateless, UNK unknown; each stage by sex and age group.
      const ctz = r.citizenship === undefined ? 'UNK' : r.citizenship === 'STATELESS' ? 'STLS' : r.citizenship;
      const s = smugglers.get(ctz) ?? {};
      const bump = (k: string): void => { s[k] = (s[k] ?? 0) + n; };
      bump(r.stage);
      if (r.sex) bump(`${r.stage}_${r.sex === 'M' ? 'male' : 'female'}`);
      if (r.age !== undefined) bump(`${r.stage}_${r.age < 18 ? 'juvenile' : 'adult'}`);
      smugglers.set(ctz, s);
    }
  }
  const submission: Record<string, string> = { adm_country: country, adm_year: String(options.year) };
  for (const [name, v] of [...cells].sort(([a], [b]) => a.localeCompare(b))) submission[name] = String(v);
  if (smugglers.size > 0) {
    submission.adm_smugglers = JSON.stringify([...smugglers].sort(([a], [b]) => a.localeCompare(b)).map(([citizenship, v]) => ({ citizenship, ...v })));
  }
  return { submission, unmapped: [...unmapped.values()], outside: [...outside.values()], partial: [...partial.values()] };
}
