import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCodebook } from '../../../src/questionnaire/codebook';
import { cellValue, csvLine, exportColumns, microdataTable } from '../../../src/server/services';

const surveysDir = new URL('../../../surveys/', import.meta.url);
const standardQuestionnaires = readdirSync(surveysDir).filter((f) => f.endsWith('.json') && f !== 'indicators.json');

const definition = {
  calculatedValues: [{ name: 'derived', expression: '1', includeIntoResult: true }, { name: 'hidden', expression: '2' }],
  pages: [
    {
      name: 'p',
      elements: [
        { type: 'html', name: 'note', html: 'x' },
        { type: 'text', name: 'a', valueName: 'age' },
        { type: 'panel', name: 'box', elements: [{ type: 'tagbox', name: 'tags', choices: ['x', 'y z'], showOtherItem: true }] },
        { type: 'checkbox', name: 'remote', choicesByUrl: { url: 'https://example.org' } },
        { type: 'matrix', name: 'm', columns: [1, 2], rows: [{ value: 'r1', text: 'Row 1' }, 'r2'] },
        { type: 'multipletext', name: 'mt', items: [{ name: 'first' }, { name: 'last' }] },
        { type: 'matrixdropdown', name: 'adm', rows: ['i0101', { value: 'i0401' }], columns: [{ name: 'male' }, { name: 'female' }] },
        { type: 'checkbox', name: 'why', choices: [1, 2], showRefuseItem: true, showDontKnowItem: true },
        { type: 'paneldynamic', name: 'people', templateElements: [{ type: 'text', name: 'pname' }] },
      ],
    },
  ],
};

describe('export columns', () => {
  const columns = exportColumns(definition);

  it('lists variables in questionnaire order, splitting multiple choice, matrices and multiple text', () => {
    expect(columns.map((c) => c.name)).toEqual([
      'age', 'tags__x', 'tags__y_z', 'tags__other', 'remote', 'm__r1', 'm__r2', 'mt__first', 'mt__last',
      'adm__i0101__male', 'adm__i0101__female', 'adm__i0401__male', 'adm__i0401__female', 'why__1', 'why__2', 'why__refused', 'why__dontknow',
      'people', 'derived',
    ]);
  });

  it('writes values: 0/1 flags for chosen items, members, joined lists without known choices, JSON for nested data', () => {
    const data = {
      age: 30, tags: ['y z', 'other'], remote: ['a', 'b'], m: { r2: 1 }, mt: { first: 'Ana' }, adm: { i0401: { female: 12, male: 0 } }, why: ['dontknow'],
      people: [{ pname: 'B' }], derived: true,
    };
    expect(columns.map((c) => cellValue(c, data))).toEqual([
      '30', '0', '1', '1', 'a;b', '', '1', 'Ana', '', '', '', '0', '12', '0', '0', '0', '1', '[{"pname":"B"}]', '1',
    ]);
    expect(columns.map((c) => cellValue(c, {}))).toEqual(columns.map(() => ''));
  });

  it.each(standardQuestionnaires)('%s: the export has exactly the codebook variables, in the same order', (file) => {
    const definition = JSON.parse(readFileSync(new URL(file, surveysDir), 'utf8')) as Record<string, unknown>;
    // A repeated group is one JSON column in the export and one variable in the codebook (its entry's keys are its members).
    const codebook = buildCodebook(definition).variables.map((v) => v.name);
    expect(exportColumns(definition).map((c) => c.name)).toEqual(codebook);
    expect(new Set(codebook).size).toBe(codebook.length);
  });

  it('splits and labels the old hasNone/hasOther items like showNoneItem/showOtherItem, in the export and the codebook alike', () => {
    const old = { pages: [{ name: 'p', elements: [{ type: 'checkbox', name: 'c', title: 'C', choices: [1], hasNone: true, hasOther: true }] }] };
    expect(exportColumns(old).map((c) => c.name)).toEqual(['c__1', 'c__none', 'c__other']);
    expect(buildCodebook(old).variables.map((v) => [v.name, v.label])).toEqual([['c__1', 'C: 1'], ['c__none', 'C: None'], ['c__other', 'C: Other (describe)']]);
    expect(exportColumns(old).map((c) => c.label.en)).toEqual(['C: 1', 'C: None', 'C: Other (describe)']);
  });

  it('quotes CSV fields per RFC 4180', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'two\nlines', ''])).toBe('a,"b,c","say ""hi""","two\nlines",\r\n');
  });
});

// The export dictionary is kept between exports (services/microdata.ts): building it is the slow,
// synchronous start of every export. Kept by the definitions' text, so a questionnaire published
// again under the same id and version in another database never gets the first one's columns.
describe('export dictionary kept between exports', () => {
  const one = (name: string) => [{ version: 1, definition: { pages: [{ name: 'p', elements: [{ type: 'text', name }] }] } }];

  it('is built once for the same definitions, again when their text differs', () => {
    const first = microdataTable('kept', one('a'), []);
    expect(microdataTable('kept', one('a'), []).dictionary).toBe(first.dictionary);
    const other = microdataTable('kept', one('b'), []);
    expect(other.dictionary).not.toBe(first.dictionary);
    expect(other.header.at(-1)).toBe('b');
    expect(first.header.at(-1)).toBe('a');
    expect(microdataTable('kept2', one('a'), []).dictionary.questionnaireId).toBe('kept2');
  });
});
