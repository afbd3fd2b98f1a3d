import { describe, expect, it } from 'vitest';
import { parseJsonText, QuestionnaireFileError } from '../../../src/questionnaire';

const failure = (text: string): string => {
  try {
    parseJsonText(text, 'q.json');
  } catch (err) {
    expect(err).toBeInstanceOf(QuestionnaireFileError);
    return (err as Error).message;
  }
  throw new Error('parsed');
};

describe('parseJsonText', () => {
  it('parses JSON, also behind a byte-order mark', () => {
    expect(parseJsonText('\ufeff{"pages": []}', 'q.json')).toEqual({ pages: [] });
  });
  it('names line and column of a trailing comma', () => {
    expect(failure('{\n  "a": 1,\n}')).toBe('q.json: invalid JSON at line 3, column 1: unexpected "}"');
  });
  it('names the end of a truncated file', () => {
    expect(failure('{"pages": [')).toBe('q.json: invalid JSON at line 1, column 12: the text ends too early');
  });
  it('names an unquoted key, a single-quoted string and a bad escape', () => {
    expect(failure('{pages: []}')).toBe('q.json: invalid JSON at line 1, column 2: unexpected "pages: []}"');
    expect(failure("{\"a\": 'x'}")).toBe('q.json: invalid JSON at line 1, column 7: unexpected "\'x\'}"');
    expect(failure('{"a": "\\q"}')).toBe('q.json: invalid JSON at line 1, column 9: unexpected "q\\"}"');
  });
});

// The browser's file pickers (weighting plan, questionnaire upload) show the place in the user's
// words instead of the engine's English message.
describe('jsonErrorPlace', () => {
  it('is undefined for valid JSON and names line and column from 1 otherwise', async () => {
    const { jsonErrorPlace } = await import('../../../src/questionnaire/json-position');
    expect(jsonErrorPlace('{"a": [1, 2]}')).toBeUndefined();
    expect(jsonErrorPlace('{ "nonresponse": ')).toEqual({ line: 1, column: 18 });
    expect(jsonErrorPlace('{\n  "a": 1,\n}')).toEqual({ line: 3, column: 1 });
    expect(jsonErrorPlace('{\n  "a": \'x\'\n}')).toEqual({ line: 2, column: 8 });
  });
});

describe('jsonErrorReason', () => {
  it('gives the place through the catalogue, and the engine\'s message only when no place is found', async () => {
    const { jsonErrorReason } = await import('../../../src/app/i18n/json-error');
    const t = (key: string, values?: Record<string, string | number>) => `${key} ${JSON.stringify(values)}`;
    const text = '{\n  "a": [1,, 2]\n}';
    let thrown: unknown;
    try { JSON.parse(text); } catch (error) { thrown = error; }
    expect(jsonErrorReason(text, thrown, t)).toBe('jsonPlace {"line":2,"column":11}');
    // Valid JSON that another check refused: nothing to place, the error's own words.
    expect(jsonErrorReason('{}', new Error('not an object'), t)).toBe('not an object');
    expect(jsonErrorReason('{}', 'plain', t)).toBe('plain');
  });
});
