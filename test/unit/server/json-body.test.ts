import { describe, expect, it } from 'vitest';
import { jsonDepth, MAX_JSON_DEPTH, parseJsonBody, unstorableText } from '../../../src/server/json-body';
import { HttpProblem } from '../../../src/server/problems';

function codeOf(text: string): string | undefined {
  try {
    parseJsonBody(text);
    return undefined;
  } catch (err) {
    return err instanceof HttpProblem ? err.problem.code : 'not-a-problem';
  }
}

describe('the API\'s JSON body parser', () => {
  it('parses ordinary JSON, emoji (a correct surrogate pair) included', () => {
    expect(parseJsonBody('{"a":[1,{"b":"\\ud83d\\ude00 ok"}]}')).toEqual({ a: [1, { b: '\u{1F600} ok' }] });
  });

  it.each([
    ['{"a":"x\\u0000"}', 'invalid-text'],
    ['{"a":"\\ud800"}', 'invalid-text'],
    ['{"a":"\\udc00x"}', 'invalid-text'],
    ['{"a\\u0000":1}', 'invalid-text'],
    ['{"a":', 'malformed-json'],
    ['  ', 'malformed-json'],
    ['{"__proto__":{"admin":true}}', 'validation-failed'],
    ['{"constructor":{"prototype":{}}}', 'validation-failed'],
    ['['.repeat(10_000) + ']'.repeat(10_000), 'nesting-too-deep'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(text.length > 60 ? text : text)).toBe(code);
  });

  it('counts depth without parsing, ignoring brackets inside strings and escaped quotes', () => {
    expect(jsonDepth('{"a":"[[[[\\"{{"}')).toBe(1);
    expect(jsonDepth('[[1],[[2]]]')).toBe(3);
    expect(codeOf('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBeUndefined();
    expect(codeOf('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1))).toBe('nesting-too-deep');
  });

  it('names what is wrong without quoting it', () => {
    expect(unstorableText('ab\u0000')).toMatch(/NUL/);
    expect(unstorableText('\ud800')).toMatch(/surrogate/);
    expect(unstorableText('ok')).toBeUndefined();
  });
});
