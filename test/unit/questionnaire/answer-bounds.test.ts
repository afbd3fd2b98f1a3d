// The dictionary's reading of what an upload is checked against (issue 13 item 4): the number ranges
// a questionnaire states (min/max and numeric validators, the narrowest holding) and the keys of an
// interview's data that are no variable's.
import { describe, expect, it } from 'vitest';
import { answerProblems, buildDictionary, unknownAnswers } from '../../../src/questionnaire';

const definition = {
  pages: [{
    name: 'p',
    elements: [
      { type: 'text', name: 'age', inputType: 'number', min: 15, max: 110 },
      // min as a string (how some editors write it), a validator narrowing the top: 0..20
      { type: 'text', name: 'visits', inputType: 'number', min: '0', validators: [{ type: 'numeric', maxValue: 20 }, { type: 'expression', expression: '{visits} > 0' }] },
      // A date's min is an expression, not a bound; an open number has none.
      { type: 'text', name: 'when', inputType: 'date', min: 'today()' },
      { type: 'text', name: 'amount', inputType: 'number' },
      { type: 'radiogroup', name: 'sex', choices: [1, 2], showOtherItem: true },
      { type: 'multipletext', name: 'rooms', items: [{ name: 'n', inputType: 'number', min: 1, max: 30 }] },
      {
        type: 'paneldynamic', name: 'people',
        templateElements: [{ type: 'text', name: 'years', inputType: 'number', min: 0, max: 120 }, { type: 'boolean', name: 'works' }],
      },
      { type: 'matrixdynamic', name: 'cars', columns: [{ name: 'year', cellType: 'text', inputType: 'number', min: 1950 }] },
    ],
  }],
};
const dictionary = buildDictionary(definition);

describe('number ranges in the dictionary', () => {
  it('keeps min/max and numeric validators, the narrowest of each side; an expression is no bound', () => {
    const byName = Object.fromEntries(dictionary.variables.map((v) => [v.name, v]));
    expect(byName.age.range).toEqual({ min: 15, max: 110 });
    expect(byName.visits.range).toEqual({ min: 0, max: 20 });
    expect(byName.when.range).toBeUndefined();
    expect(byName.amount.range).toBeUndefined();
    expect(byName.rooms__n.range).toEqual({ min: 1, max: 30 });
    expect(byName.people.members?.find((m) => m.name === 'years')?.range).toEqual({ min: 0, max: 120 });
    expect(byName.cars.members?.find((m) => m.name === 'year')?.range).toEqual({ min: 1950 });
  });

  it('a number outside its range is out-of-range; the bounds themselves are in (SurveyJS: inclusive)', () => {
    expect(answerProblems(dictionary, { age: 15, visits: 20, rooms: { n: 30 }, people: [{ years: 0 }], cars: [{ year: 1950 }], amount: -5 })).toEqual([]);
    expect(answerProblems(dictionary, { age: 14, visits: '21', rooms: { n: 0 }, people: [{ years: 130 }], cars: [{ year: 1900 }] })).toEqual([
      { variable: 'age', question: 'age', code: 'out-of-range' },
      { variable: 'visits', question: 'visits', code: 'out-of-range' },
      { variable: 'rooms__n', question: 'rooms', code: 'out-of-range' },
      { variable: 'people[].years', question: 'people[].years', code: 'out-of-range' },
      { variable: 'cars[].year', question: 'cars[].year', code: 'out-of-range' },
    ]);
  });

  it('a text is still not-a-number before any range is read', () => {
    expect(answerProblems(dictionary, { age: 'old' })).toEqual([{ variable: 'age', question: 'age', code: 'not-a-number' }]);
  });
});

describe('unknownAnswers', () => {
  it('nothing for the keys SurveyJS writes: answers, the comment beside one, roster members', () => {
    expect(unknownAnswers(dictionary, { age: 40, 'sex-Comment': 'x', sex: 'other', people: [{ years: 3, works: true }, { 'years-Comment': 'y' }], cars: [] })).toEqual([]);
  });

  it('names keys of no variable, at the top and inside roster entries (once per key however many entries)', () => {
    expect(unknownAnswers(dictionary, { age: 40, injected: 1, 'ghost-Comment': 'x', people: [{ years: 3, salary: 1 }, { salary: 2, pet: 'cat' }] })).toEqual([
      'injected', 'ghost-Comment', 'people[].salary', 'people[].pet',
    ]);
  });
});
