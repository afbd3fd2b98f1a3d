// A returned interview opens at the question the supervisor's comment names.
import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { commentedQuestion } from '../../../src/app/runner/review-target';

const model = (): Model => new Model({
  pages: [
    { name: 'p1', elements: [{ type: 'text', name: 'age', title: 'How old are you?' }, { type: 'text', name: 'hh_size', title: 'Persons in the household' }] },
    { name: 'p2', elements: [{ type: 'radiogroup', name: 'safe_dark', title: 'How safe do you feel walking alone after dark', choices: [1, 2] }] },
    { name: 'p3', elements: [{ type: 'text', name: 'a', title: 'A' }] },
  ],
});

describe('commentedQuestion', () => {
  it('finds a variable name written as a word', () => {
    expect(commentedQuestion(model(), 'Age 17: the respondent must be 18 or older; check the age.')?.name).toBe('age');
    expect(commentedQuestion(model(), 'hh_size is 0?')?.name).toBe('hh_size');
  });
  it('else a question title quoted in the comment', () => {
    expect(commentedQuestion(model(), 'Please re-ask "How safe do you feel walking alone after dark".')?.name).toBe('safe_dark');
  });
  it('not a name inside another word, nor one-letter names, nor an empty comment', () => {
    expect(commentedQuestion(model(), 'The page was skipped; please check.')?.name).toBeUndefined();
    expect(commentedQuestion(model(), 'a b c')).toBeUndefined();
    expect(commentedQuestion(model(), '  ')).toBeUndefined();
  });
});
