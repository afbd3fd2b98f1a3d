// One term per variable across questionnaires (issue 12, item 12): a variable asked in several
// standard questionnaires — consent, region, settlement type, household size, the roster, the
// selection, the respondent items — must carry the same title, description and answer labels in
// every questionnaire and every locale, and every question about the respondent's area must use
// the one word for it (surveys/src/terms.ts). Two modules that drift apart fail here.
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRES } from '../../../surveys/src/questionnaires';
import { AREA_STEM } from '../../../surveys/src/terms';
import { LOCALES, type Loc } from '../../../surveys/src/i18n';
import { localizedStrings, readQuestionnaire } from './helpers';

type Node = Record<string, unknown>;

/** The questions (data variables) of a questionnaire: elements with a type and a name, panels opened, matrix columns not (they are no variables of their own). */
function questions(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) { for (const n of node) questions(n, out); return out; }
  if (node === null || typeof node !== 'object') return out;
  const el = node as Node;
  if (typeof el.type === 'string' && typeof el.name === 'string' && el.type !== 'html' && el.type !== 'panel' && el.type !== 'paneldynamic') out.push(el);
  for (const key of ['pages', 'elements', 'templateElements']) if (key in el) questions(el[key], out);
  return out;
}

/** What a respondent or interviewer reads of a question: its title, description and answer labels. */
const wording = (q: Node): string => JSON.stringify({ title: q.title, description: q.description, choices: q.choices, columns: q.columns });

// The person-level questionnaires; the admin template asks no respondent, and the demo keeps its own
// short wording (only its regions come from a profile: demo.test.ts).
const FILES = Object.keys(QUESTIONNAIRES).filter((f) => f !== 'jha-admin.json' && f !== 'demo.json');

describe('one term per variable across the standard questionnaires', () => {
  it('a variable asked in several questionnaires is worded and labelled identically in all of them, in every locale', () => {
    const byName = new Map<string, Map<string, string[]>>();
    for (const file of FILES) {
      for (const q of questions(QUESTIONNAIRES[file]())) {
        const name = q.name as string;
        const forms = byName.get(name) ?? new Map<string, string[]>();
        forms.set(wording(q), [...(forms.get(wording(q)) ?? []), file]);
        byName.set(name, forms);
      }
    }
    const shared = [...byName].filter(([, forms]) => [...forms.values()].flat().length > 1);
    // The shared block really is shared: these are asked in every person-level questionnaire.
    const sharedNames = shared.map(([name]) => name);
    for (const name of ['consent', 'country', 'region', 'urban', 'hh_size', 'hh_roster', 'sel_method', 'sex', 'age', 'education', 'citizenship']) expect(sharedNames, name).toContain(name);
    const drifted = shared.filter(([, forms]) => forms.size > 1).map(([name, forms]) => `${name}: ${[...forms.values()].map((f) => f.join('+')).join(' ≠ ')}`);
    expect(drifted).toEqual([]);
  });

  it('the committed JSON is what the modules build, so the check above holds for the published files', () => {
    for (const file of Object.keys(QUESTIONNAIRES)) expect(readQuestionnaire(file), file).toEqual(JSON.parse(JSON.stringify(QUESTIONNAIRES[file]())));
  });

  it('the respondent\'s area is called by one word in each language (no “mjesto”, “kvart”, “област” beside “naselje”, “околина”)', () => {
    const offenders: string[] = [];
    let checked = 0;
    for (const file of FILES) {
      for (const { path, value } of localizedStrings(readQuestionnaire(file))) {
        if (!/\byour area\b/i.test(String(value.default))) continue;
        checked++;
        for (const locale of LOCALES) {
          const text = String(value[locale]);
          if (!text.toLowerCase().includes(AREA_STEM[locale as keyof Loc].toLowerCase())) offenders.push(`${file} ${path} [${locale}]: ${text}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    // safe_dark, safe_dark_would, safe_day and the 16.6.2 equal-treatment statement at least.
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('the indicator catalogue names the area of 16.1.4 with the questionnaires\' word (the report reader sees both)', () => {
    // The catalogue's locales are keyed `en` where the questionnaires have `default`.
    const offenders: string[] = [];
    let checked = 0;
    const catalogue = readQuestionnaire('indicators.json') as { indicators: Record<string, unknown>[] };
    for (const indicator of catalogue.indicators) {
      for (const key of ['title', 'definition']) {
        const text = indicator[key] as Record<string, string> | undefined;
        if (text === undefined || !/\b(area|neighbourhood)\b/i.test(text.en)) continue;
        checked++;
        for (const locale of LOCALES) {
          const value = text[locale === 'default' ? 'en' : locale];
          if (!value.toLowerCase().includes(AREA_STEM[locale as keyof Loc].toLowerCase())) offenders.push(`${String(indicator.id)}.${key} [${locale}]: ${value}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    // SDG16_1_4, SDG16_1_4_DAY (title and definition) and the probe's definition at least.
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('would catch a drift: a questionnaire whose region label differed would be reported', () => {
    const a = { type: 'dropdown', name: 'region', title: { default: 'Region' } };
    const b = { type: 'dropdown', name: 'region', title: { default: 'Area' } };
    expect(wording(a)).not.toBe(wording(b));
    expect(questions({ pages: [{ elements: [a, { type: 'panel', name: 'p', elements: [b] }] }] }).map((q) => q.title)).toEqual([a.title, b.title]);
  });
});

describe('household income (shared household block)', () => {
  it('every person-level questionnaire asks the amount in the national currency; no amount needs a recorded reason (DK 8 / refused 9)', async () => {
    const { Model } = await import('survey-core');
    for (const file of FILES) {
      const model = new Model(readQuestionnaire(file));
      model.data = { country: 'RS', consent: 1 };
      const income = model.getQuestionByName('hh_income');
      expect(income, file).toBeTruthy();
      expect(income.isVisible, file).toBe(true);
      const reason = model.getQuestionByName('hh_income_nr');
      expect(reason.isVisible && reason.isRequired, file).toBe(true);
      expect(reason.choices.map((c: { value: unknown }) => c.value)).toEqual([8, 9]);
      expect(model.getVariable('currency'), file).toBe('RSD');
      model.setValue('hh_income', 85000);
      expect(reason.isVisible, file).toBe(false);
    }
  });
});
