import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerOf, answerProblems, buildDictionary, isSelfCompletionPage, metadataColumns, variablesOfVersions } from '../../../src/questionnaire';

const root = join(__dirname, '../../..');
const household: unknown = JSON.parse(readFileSync(join(root, 'test/fixtures/questionnaires/clean/household.json'), 'utf8'));

const t = (en: string, mk: string) => ({ default: en, mk });
const definition = {
  title: t('Sample', 'Пример'),
  calculatedValues: [{ name: 'derived', expression: '{age} * 2', includeIntoResult: true }, { name: 'hidden', expression: '2' }],
  pages: [
    {
      name: 'p',
      title: t('Page one', 'Страница еден'),
      elements: [
        { type: 'html', name: 'note', html: 'x' },
        { type: 'text', name: 'a', valueName: 'age', inputType: 'number', title: t('Age', 'Возраст') },
        { type: 'checkbox', name: 'old', title: 'Old', choices: [1], hasOther: true, hasNone: true },
        { type: 'radiogroup', name: 'why', title: 'Why', choices: [{ value: 1, text: t('One', 'Еден') }], showOtherItem: true, visibleIf: '{age} >= 18' },
        { type: 'checkbox', name: 'picked', title: 'Picked', choicesFromQuestion: 'why' },
        { type: 'boolean', name: 'ok', title: t('OK?', 'Во ред?') },
        { type: 'matrixdropdown', name: 'adm', title: 'Adm', rows: ['r1'], columns: [{ name: 'n', cellType: 'text', inputType: 'number' }, { name: 'c', choices: [7], visibleIf: '{row.n} > 0' }] },
        { type: 'paneldynamic', name: 'people', title: 'People', visibleIf: '{ok} = true', templateElements: [{ type: 'radiogroup', name: 'sex', choices: [1, 2] }, { type: 'checkbox', name: 'tags', choices: ['x'] }] },
      ],
    },
    { name: 'casi_alone', elements: [{ type: 'rating', name: 'score', rateMin: 1, rateMax: 3, minRateDescription: 'Low', maxRateDescription: 'High' }] },
  ],
};

describe('variable dictionary', () => {
  const dictionary = buildDictionary(definition);
  const byName = new Map(dictionary.variables.map((v) => [v.name, v]));

  it('names every variable as the exports do, honouring hasNone/hasOther like showNoneItem/showOtherItem', () => {
    expect(dictionary.variables.map((v) => v.name)).toEqual([
      'age', 'old__1', 'old__none', 'old__other', 'why', 'picked', 'ok', 'adm__r1__n', 'adm__r1__c', 'people', 'score', 'derived',
    ]);
    expect(dictionary.variables.map((v) => v.kind)).toEqual([
      'number', 'choice-flag', 'choice-flag', 'choice-flag', 'single-choice', 'choice-list', 'yes-no', 'number', 'single-choice', 'repeated-group', 'rating', 'calculated',
    ]);
  });

  it('gives labels and value labels in every locale, SurveyJS words for the special items', () => {
    expect(byName.get('age')?.label).toMatchObject({ en: 'Age', mk: 'Возраст', sq: 'Age' });
    expect(byName.get('old__other')?.label.en).toBe('Old: Other (describe)');
    expect(byName.get('why')?.values.map((v) => [v.value, v.label.en, v.label.mk])).toEqual([[1, 'One', 'Еден'], ['other', 'Other (describe)', expect.any(String)]]);
    expect(byName.get('why')?.values[1].label.mk).not.toBe('Other (describe)');
    expect(byName.get('ok')?.values.map((v) => [v.value, v.label.en, v.label.mk, v.label.sr])).toEqual([[1, 'Yes', 'Да', 'Да'], [0, 'No', 'Не', 'Не']]);
    expect(byName.get('score')?.values.map((v) => [v.value, v.label.en])).toEqual([[1, 'Low'], [2, '2'], [3, 'High']]);
    expect(byName.get('old__1')?.values).toEqual([]);
  });

  it('says which answers are closed lists (for checking uploads)', () => {
    expect(byName.get('why')?.closed).toBe(true);
    expect(byName.get('picked')?.closed).toBe(false);
    expect(byName.get('age')?.closed).toBe(false);
  });

  it('keeps the source path of each variable', () => {
    expect(byName.get('age')?.source).toMatchObject({ part: 'answer', question: 'age', type: 'text', pointer: '/pages/0/elements/1' });
    expect(byName.get('old__none')?.source).toMatchObject({ part: 'choice', question: 'old', choice: 'none' });
    expect(byName.get('adm__r1__c')?.source).toMatchObject({ part: 'cell', question: 'adm', row: 'r1', column: 'c' });
    const data = { age: 40, old: ['none'], adm: { r1: { n: 3 } } };
    expect(dictionary.variables.map((v) => answerOf(v, data))).toEqual([40, 0, 1, 0, undefined, undefined, undefined, 3, undefined, undefined, undefined, undefined]);
  });

  it('gives the universe as conditions and in words, a matrix column\'s condition last', () => {
    expect(byName.get('why')?.universe).toMatchObject({ expression: '{age} >= 18', words: { en: 'Age ≥ 18', mk: 'Возраст ≥ 18' } });
    expect(byName.get('adm__r1__c')?.universe).toMatchObject({ conditions: [{ expression: '{row.n} > 0', on: 'adm.c', scope: 'adm' }] });
    expect(byName.get('age')?.universe).toMatchObject({ conditions: [], expression: '', words: { en: 'All respondents' } });
    expect(byName.get('derived')?.definition).toMatchObject({ expression: '{age} * 2', words: { en: 'Age × 2' } });
  });

  it('describes a repeated group as one variable with its members', () => {
    const people = byName.get('people');
    expect(people?.members?.map((m) => m.name)).toEqual(['sex', 'tags__x']);
    expect(people?.members?.[0].universe.words.en).toBe('ok = Yes');
  });

  it('knows the self-completion pages and the locales', () => {
    expect(dictionary.selfCompletionPages).toEqual(['casi_alone']);
    expect(byName.get('score')?.page).toMatchObject({ name: 'casi_alone', selfCompletion: true });
    expect(isSelfCompletionPage('casi_x')).toBe(true);
    expect(isSelfCompletionPage('casual')).toBe(false);
    expect(dictionary.locales).toEqual(['en', 'mk']);
    expect(dictionary.title.mk).toBe('Пример');
  });

  it('merges versions: the newest order first, then names only older versions had, never a metadata column', () => {
    const older = buildDictionary({ pages: [{ name: 'p', elements: [{ type: 'text', name: 'gone' }, { type: 'text', name: 'age' }, { type: 'text', name: 'case_id' }] }] });
    const names = variablesOfVersions([dictionary, older], new Set(metadataColumns)).map((v) => v.name);
    expect(names.slice(-2)).toEqual(['derived', 'gone']);
    expect(names).not.toContain('case_id');
  });

  it('reads the test household questionnaire with the universes of the codebook', () => {
    const d = buildDictionary(household);
    const incidents = d.variables.find((v) => v.name === 'incidents');
    expect(incidents?.kind).toBe('repeated-group');
    expect(incidents?.members?.find((m) => m.name === 'inc_why_not__2')?.universe.words.en)
      .toBe('consent = Yes and vic_burglary_when = In the past 12 months and inc_reported = No');
  });
});

describe('checking answers against the dictionary (for uploads)', () => {
  const dictionary = buildDictionary(definition);

  it('accepts answers that fit, unanswered questions and SurveyJS booleans', () => {
    expect(answerProblems(dictionary, {})).toEqual([]);
    expect(answerProblems(dictionary, {
      age: 41, old: [1, 'none'], why: 'other', picked: [5, 'x'], ok: true, adm: { r1: { n: 2, c: 7 } },
      people: [{ sex: 2, tags: ['x'] }, {}], score: 3, derived: 82,
    })).toEqual([]);
  });

  it('names each misfit by variable and kind, never by value', () => {
    const problems = answerProblems(dictionary, {
      age: 'forty', old: [1, 'maybe'], why: 9, ok: 'yes', adm: 'r1', people: [{ sex: 3, tags: 'x' }], score: 4,
    });
    expect(problems).toEqual([
      { variable: 'age', question: 'age', code: 'not-a-number' },
      { variable: 'old__1', question: 'old', code: 'not-a-choice' },
      { variable: 'why', question: 'why', code: 'not-a-choice' },
      { variable: 'ok', question: 'ok', code: 'not-a-choice' },
      { variable: 'adm__r1__n', question: 'adm', code: 'not-a-table' },
      { variable: 'people[].sex', question: 'people[].sex', code: 'not-a-choice' },
      { variable: 'people[].tags__x', question: 'people[].tags', code: 'not-a-list' },
      { variable: 'score', question: 'score', code: 'not-a-choice' },
    ]);
    expect(JSON.stringify(problems)).not.toContain('forty');
    expect(answerProblems(dictionary, { people: { sex: 1 } })).toEqual([{ variable: 'people', question: 'people', code: 'not-an-entry-list' }]);
  });
});
