import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishStrings, getLocaleString, Model, surveyLocalization } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { registerSurveyLocales, surveyLocales, translationCoverage } from '../../../src/questionnaire';
import { locales as productLocales } from '../../../src/protocol';

const englishKeys = Object.keys(englishStrings).sort();
const placeholders = (s: string): string[] => (s.match(/\{[^}]*\}/g) ?? []).sort();
/** Tokens that stay Latin inside Cyrillic text: units, the event name, JavaScript's true, JSON path. */
const latinTokens = /\{[^}]*\}|'[^']*'|\b(KB|MB|GB|TB)\b/g;

describe('SurveyJS interface strings', () => {
  it('registers exactly the product locales', () => {
    expect(surveyLocales.map((l) => l.code)).toEqual([...productLocales]);
  });

  for (const locale of surveyLocales) {
    describe(locale.code, () => {
      it('covers every key of the English strings with a non-empty text', () => {
        expect(Object.keys(locale.strings).sort()).toEqual(englishKeys);
        for (const key of englishKeys) expect(locale.strings[key as keyof typeof englishStrings].trim(), key).not.toBe('');
      });

      it('keeps the placeholders of every English string', () => {
        for (const [key, english] of Object.entries(englishStrings)) {
          expect(placeholders(locale.strings[key as keyof typeof englishStrings]), key).toEqual(placeholders(english));
        }
      });

      if (locale.code !== 'en') {
        it('translates sentences instead of copying the English', () => {
          const copies = Object.entries(englishStrings)
            .filter(([key, english]) => english.split(' ').length >= 2 && locale.strings[key as keyof typeof englishStrings] === english)
            .map(([key]) => key);
          expect(copies).toEqual([]);
        });

        it('writes in its script', () => {
          const cyrillic = locale.code === 'mk' || locale.code === 'sr';
          for (const [key, text] of Object.entries(locale.strings)) {
            const rest = text.replace(latinTokens, '');
            if (cyrillic) expect(rest, key).not.toMatch(/\p{Script=Latin}/u);
            else expect(rest, key).not.toMatch(/\p{Script=Cyrillic}/u);
          }
        });
      }
    });
  }

  it('makes `sr` Cyrillic and `sr-Latn` Latin inside SurveyJS', () => {
    registerSurveyLocales();
    expect(getLocaleString('pageNextText', 'sr')).toBe('Даље');
    expect(getLocaleString('pageNextText', 'sr-Latn')).toBe('Dalje');
    expect(getLocaleString('requiredError', 'sq')).toBe('Kërkohet përgjigje.');
    expect(surveyLocalization.getLocales()).toEqual(expect.arrayContaining(['sq', 'bs', 'cnr', 'sr-Latn']));
    const survey = new Model({ pages: [{ name: 'p', elements: [{ type: 'text', name: 'q', isRequired: true }] }] });
    survey.locale = 'cnr';
    expect(survey.completeText).toBe('Završi');
    survey.locale = 'sr';
    expect(survey.completeText).toBe('Заврши');
  });
});

const fixtures = join(__dirname, '../../fixtures/questionnaires');
const load = (path: string): unknown => JSON.parse(readFileSync(join(fixtures, path), 'utf8'));

describe('a questionnaire in SurveyJS under each locale', () => {
  it('shows the texts of that locale, Serbian in both scripts', () => {
    registerSurveyLocales();
    const survey = new Model(load('clean/household.json'));
    const titles: Record<string, string> = {};
    for (const locale of ['en', 'sq', 'bs', 'hr', 'mk', 'cnr', 'sr', 'sr-Latn']) {
      survey.locale = locale;
      titles[locale] = survey.getQuestionByName('sex').title;
    }
    expect(titles).toEqual({ en: 'Sex', sq: 'Gjinia', bs: 'Spol', hr: 'Spol', mk: 'Пол', cnr: 'Pol', sr: 'Пол', 'sr-Latn': 'Pol' });
  });
});

describe('translationCoverage', () => {
  it('is complete for every locale of the clean questionnaire', () => {
    const coverage = translationCoverage(load('clean/household.json'));
    expect(coverage.map((c) => c.locale)).toEqual(['default', 'sq', 'bs', 'hr', 'mk', 'cnr', 'sr', 'sr-Latn']);
    for (const c of coverage) expect([c.locale, c.share, c.missing]).toEqual([c.locale, 1, []]);
  });

  it('names the strings a locale lacks', () => {
    const [sq] = translationCoverage(load('broken/locale-missing.json'), ['sq']);
    expect(sq.missing).toEqual(['age: title']);
    expect(sq.translated).toBe(sq.total - 1);
  });
});
