// The console's words in eight languages: every row complete, each in its language's script
// (Macedonian and Serbian in Cyrillic, the others in Latin letters), Serbian Latin transliterated.
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/protocol';
import { consoleKeys, consoleText } from '../../../src/app/console/texts';
import { idFromFileName, lineOfName, ruleFamily } from '../../../src/app/console/lint-view';

const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN_WORD = /[A-Za-z]{3,}/;
// Names of products and codes that stay in Latin letters inside a Cyrillic text.
const KEPT = /SurveyJS|JSON|CSV|XLSX|SPSS|SAV|Stata|DTA|AAPOR|RR1|\{\w+\}/g;

describe('console texts', () => {
  it('has a non-empty text in every locale for every key', () => {
    for (const key of consoleKeys) for (const locale of locales) expect(consoleText(locale, key).trim(), `${key} ${locale}`).not.toBe('');
  });

  it('writes Macedonian and Serbian in Cyrillic, the other languages without Cyrillic letters', () => {
    for (const key of consoleKeys) {
      for (const locale of ['mk', 'sr'] as const) expect(LATIN_WORD.test(consoleText(locale, key).replace(KEPT, '')), `${key} ${locale}`).toBe(false);
      for (const locale of ['en', 'sq', 'bs', 'hr', 'cnr', 'sr-Latn'] as const) expect(CYRILLIC.test(consoleText(locale, key)), `${key} ${locale}`).toBe(false);
    }
  });

  it('fills placeholders and transliterates Serbian Latin from the Cyrillic', () => {
    expect(consoleText('en', 'accountCreated', { user: 'vesna' })).toBe('Account vesna created.');
    expect(consoleText('sr', 'navUsers')).toBe('Корисници');
    expect(consoleText('sr-Latn', 'navUsers')).toBe('Korisnici');
    expect(consoleText('mk', 'bulkApprove', { count: 3 })).toBe('Одобри 3 означени');
  });
});

describe('lint findings as the console shows them', () => {
  const text = '{\n  "pages": [\n    {\n      "name": "p1",\n      "elements": [\n        { "type": "text", "name": "age" },\n        { "type": "text", "name":"a.b" }\n      ]\n    }\n  ]\n}\n';
  it('finds the line of a question by its "name"', () => {
    expect(lineOfName(text, 'p1')).toBe(4);
    expect(lineOfName(text, 'age')).toBe(6);
    expect(lineOfName(text, 'a.b')).toBe(7);
    expect(lineOfName(text, 'ab')).toBeUndefined();
  });
  it('groups rules into families', () => {
    expect(ruleFamily('duplicate-name')).toBe('ruleNames');
    expect(ruleFamily('expression-unknown-name')).toBe('ruleExpressions');
    expect(ruleFamily('choice-duplicate')).toBe('ruleChoices');
    expect(ruleFamily('locale-script')).toBe('ruleLocales');
    expect(ruleFamily('version-removed-name')).toBe('ruleVersions');
    expect(ruleFamily('html-script')).toBe('ruleHtml');
    expect(ruleFamily('schema')).toBe('ruleSchema');
    expect(ruleFamily('empty-page')).toBe('ruleStructure');
  });
  it('names a questionnaire id from a file name', () => {
    expect(idFromFileName('Victimization 2027.json')).toBe('victimization-2027');
    expect(idFromFileName('2027-survey.json')).toBe('survey');
  });
});
