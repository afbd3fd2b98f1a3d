import { describe, expect, it } from 'vitest';
import { levenshtein, nearest } from '../../../src/questionnaire';

describe('levenshtein', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('titel', 'title')).toBe(1);
    expect(levenshtein('Age', 'age')).toBe(0);
    expect(levenshtein('', 'abc')).toBe(3);
  });
});

describe('nearest', () => {
  it('suggests a plausible typo and nothing for an unrelated name', () => {
    expect(nearest('vic_burglary_5yr', ['vic_burglary_5y', 'vic_robbery_5y', 'age'])).toBe('vic_burglary_5y');
    expect(nearest('income', ['vic_burglary_5y', 'age'])).toBeUndefined();
  });
});
