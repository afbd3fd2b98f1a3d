import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DESIGN_VARIABLES, LOCALES, compileCatalogue, lintCatalogue, lintTexts, parseCatalogue, dictionaryVariableNames, scriptProblem, standardCatalogue,
  type LocalizedText,
} from '../../../analysis/indicators';
import { serbianLatin } from '../../../surveys/src/i18n';
import { parseDictionary } from '../../../analysis/tables';
import { exportDictionary } from '../../../src/questionnaire/dictionary';

const STANDARD = ['victimization', 'corruption', 'safety'];
/** The variable dictionary of a standard questionnaire's export, written as JSON and read back as the analysis reads it. */
const dictionaryOf = (id: string) =>
  parseDictionary(JSON.parse(JSON.stringify(exportDictionary(id, [{ version: 1, definition: JSON.parse(readFileSync(`surveys/${id}.json`, 'utf8')) as unknown }]))));
const known = new Set<string>(DESIGN_VARIABLES);
for (const f of STANDARD) for (const n of dictionaryVariableNames(dictionaryOf(f))) known.add(n);

describe('indicator catalogue (surveys/indicators.json)', () => {
  const cat = standardCatalogue();
  it('has at least 30 indicators of every type it promises, with unique ids', () => {
    expect(cat.indicators.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cat.indicators.map((i) => i.id)).size).toBe(cat.indicators.length);
    expect(new Set(cat.indicators.map((i) => i.type))).toEqual(new Set(['prevalence', 'incidence-per-100', 'mean', 'ratio', 'mean-of-shares']));
    for (const id of ['SDG16_1_3a', 'SDG16_1_3b', 'SDG16_1_3c', 'SDG16_1_4', 'SDG16_3_1a', 'SDG16_5_1', 'COR_PREV_PAID', 'COR_FREQ', 'COR_AMOUNT', 'COR_REPORT', 'VIC_SAT_POL', 'VIC_INC_burglary', 'VIC_INC_burglary_UNCAPPED']) {
      expect(cat.indicators.some((i) => i.id === id), id).toBe(true);
    }
  });
  it('has a title in each of the eight locales, in the right script', () => {
    for (const i of cat.indicators) {
      for (const l of LOCALES) expect(i.title[l].length, `${i.id} ${l}`).toBeGreaterThan(5);
      expect(i.title.mk, i.id).toMatch(/[\u0400-\u04FF]/);
      expect(i.title.sr, i.id).toMatch(/[\u0400-\u04FF]/);
      expect(i.title['sr-Latn'], i.id).not.toMatch(/[\u0400-\u04FF]/);
      expect(i.title.sq, i.id).not.toBe(i.title.en);
    }
  });
  it('has a definition in each of the eight locales, translated, in the right script', () => {
    for (const i of cat.indicators) {
      for (const l of LOCALES) expect(i.definition[l].length, `${i.id} ${l}`).toBeGreaterThan(20);
      for (const l of LOCALES.filter((x) => x !== 'en')) expect(i.definition[l], `${i.id} ${l}`).not.toBe(i.definition.en);
      expect(i.definition.mk, i.id).toMatch(/[\u0400-\u04FF]/);
      expect(i.definition.sr, i.id).toMatch(/[\u0400-\u04FF]/);
    }
  });
  it('writes group titles, indicator titles and definitions in their locale\'s script, none left in English', () => {
    expect(cat.groups.length).toBeGreaterThan(5);
    expect(lintTexts(cat)).toEqual([]);
  });
  it('writes Serbian Latin as the exact transliteration of Serbian Cyrillic (group titles, titles, definitions)', () => {
    const texts: [string, LocalizedText][] = [
      ...cat.groups.map((g): [string, LocalizedText] => [`group ${g.id}`, g.title]),
      ...cat.indicators.flatMap((i): [string, LocalizedText][] => [[`${i.id} title`, i.title], [`${i.id} definition`, i.definition]]),
    ];
    expect(texts.length).toBe(cat.groups.length + 2 * cat.indicators.length);
    for (const [where, t] of texts) expect(t['sr-Latn'], where).toBe(serbianLatin(t.sr));
  });
  it('keeps ICCS codes and numbers unchanged in every translation of a definition', () => {
    const tokens = (s: string): string[] => (s.match(/ICCS [0-9]+|\b[0-9]+\b/g) ?? []).sort();
    for (const i of cat.indicators) {
      for (const l of LOCALES) expect(tokens(i.definition[l]), `${i.id} ${l}`).toEqual(tokens(i.definition.en));
    }
  });
  it('cites published sources, never our internal notes', () => {
    for (const i of cat.indicators) expect(i.source, i.id).not.toMatch(/DOMAIN\.md|§/);
  });
  it('requires every locale of a definition (no English-only text, no missing translation)', () => {
    const first = cat.indicators[0];
    const without = (locale: string): Record<string, string> => Object.fromEntries(Object.entries(first.definition).filter(([l]) => l !== locale));
    expect(() => parseCatalogue({ ...cat, indicators: [{ ...first, definition: first.definition.en }] })).toThrow(/definition/);
    expect(() => parseCatalogue({ ...cat, indicators: [{ ...first, definition: without('mk') }] })).toThrow(/definition\.mk/);
    expect(() => parseCatalogue({ ...cat, indicators: [{ ...first, definition: without('sr-Latn') }] })).toThrow(/definition\.sr-Latn/);
  });
  it('reports texts in the wrong script or left in English, allowing ICCS codes and variable names in Cyrillic', () => {
    const first = cat.indicators[0];
    const broken = parseCatalogue({
      ...cat,
      groups: cat.groups.map((g, k) => (k === 0 ? { ...g, title: { ...g.title, sr: 'Kriminal protiv domaćinstava' } } : g)),
      indicators: [
        { ...first, id: 'Y1', definition: { ...first.definition, mk: 'Домаќинства (ICCS 050211, vic_car_theft_12m) како процент од сите домаќинства.' } },
        { ...first, id: 'Y2', definition: { ...first.definition, mk: 'Домаќинства што биле жртви, како процент од сите households.' } },
        { ...first, id: 'Y3', title: { ...first.title, hr: 'Prevalencija viktimizacije kućanstava — крађа' } },
        { ...first, id: 'Y4', definition: { ...first.definition, bs: first.definition.en } },
      ],
    });
    const findings = lintCatalogue(broken, known);
    expect(findings).toEqual([
      { indicator: 'group household-crime', message: 'title: Latin letters ("Kriminal") in Cyrillic sr' },
      { indicator: 'Y2', message: 'definition: Latin letters ("households") in Cyrillic mk' },
      { indicator: 'Y3', message: 'title: Cyrillic letters ("крађа") in Latin-script hr' },
      { indicator: 'Y4', message: 'definition: bs is the English text' },
    ]);
  });
  it('judges the script of a single text', () => {
    expect(scriptProblem('Просечен износ, EUR', 'mk')).toMatch(/"EUR"/);
    expect(scriptProblem('Просечен износ, во евра (ICCS 0703)', 'mk')).toBeUndefined();
    expect(scriptProblem('Prosečan iznos', 'sr')).toMatch(/Latin letters/);
    expect(scriptProblem('Prosečan iznos', 'sr-Latn')).toBeUndefined();
    expect(scriptProblem('Shuma mesatare', 'sq')).toBeUndefined();
    expect(scriptProblem('Mean amount, евро', 'en')).toMatch(/Cyrillic/);
  });
  it('parses every expression', () => {
    expect(compileCatalogue(cat).length).toBe(cat.indicators.length);
  });
  it('reads only variables of the standard questionnaires (a renamed question fails here)', () => {
    expect(known.size).toBeGreaterThan(200);
    expect(lintCatalogue(cat, known)).toEqual([]);
  });
  it('reports unknown variables, bad expressions and type mistakes', () => {
    const broken = parseCatalogue({
      ...cat,
      indicators: [
        { ...cat.indicators[0], id: 'X1', numerator: 'vic_burglery_12m == 1' },
        { ...cat.indicators[0], id: 'X2', universe: 'brb_contact_any ==' },
        { ...cat.indicators[0], id: 'X3', type: 'ratio' },
        { ...cat.indicators[0], id: 'X4', disaggregations: ['regoin'] },
      ],
    });
    const findings = lintCatalogue(broken, known);
    expect(findings.map((f) => f.indicator)).toEqual(['X1', 'X2', 'X3', 'X4']);
    expect(findings[0].message).toMatch(/unknown variable "vic_burglery_12m"/);
    expect(findings[1].message).toMatch(/expected a value/);
    expect(findings[2].message).toMatch(/needs a denominator/);
    expect(findings[3].message).toMatch(/"regoin"/);
  });
  it('checks a mean-of-shares: components that exist, are shares of the same unit and scale, and no numerator of its own', () => {
    const mean = cat.indicators.find((i) => i.id === 'SDG16_6_2_health_MEAN')!;
    const share = cat.indicators.find((i) => i.id === 'SDG16_6_2_health_access')!;
    const ratio = cat.indicators.find((i) => i.type === 'ratio')!;
    const household = cat.indicators.find((i) => i.type === 'prevalence' && i.unit === 'household')!;
    const broken = parseCatalogue({
      ...cat,
      indicators: [share, ratio, household,
        { ...mean, id: 'M1', components: [share.id, 'SDG16_6_2_health_acess'] },
        { ...mean, id: 'M2', components: [share.id, ratio.id] },
        { ...mean, id: 'M3', components: [share.id, household.id] },
        { ...mean, id: 'M4', numerator: 'svc_health_sat in [1, 2]' },
        { ...mean, id: 'M5', components: undefined },
        { ...share, id: 'M6', components: [share.id, share.id] },
      ],
    });
    const findings = lintCatalogue(broken, known).filter((f) => f.indicator.startsWith('M'));
    expect(findings.map((f) => f.indicator)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6']);
    expect(findings[0].message).toMatch(/unknown component "SDG16_6_2_health_acess"/);
    expect(findings[1].message).toMatch(/is a ratio, not a prevalence/);
    expect(findings[2].message).toMatch(/another unit or scale/);
    expect(findings[3].message).toMatch(/takes no numerator/);
    expect(findings[4].message).toMatch(/at least two components/);
    expect(findings[5].message).toMatch(/a prevalence takes no components/);
    // The estimate refuses what the linter reports (a run never averages a ratio as if it were a share).
    expect(() => compileCatalogue(broken, ['M2'])).toThrow(/not a prevalence/);
  });
  it('collects matrix cells as the export names them', () => {
    const names = dictionaryVariableNames(dictionaryOf('jha-admin'));
    expect(names.has('adm_convicted__i0401__female')).toBe(true);
  });
});
