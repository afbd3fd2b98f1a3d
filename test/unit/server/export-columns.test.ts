import { describe, expect, it } from 'vitest';
import { cellValue, csvLine, exportColumns } from '../../../src/server/services';

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
        { type: 'paneldynamic', name: 'people', templateElements: [{ type: 'text', name: 'pname' }] },
      ],
    },
  ],
};

describe('export columns', () => {
  const columns = exportColumns(definition);

  it('lists variables in questionnaire order, splitting multiple choice, matrices and multiple text', () => {
    expect(columns.map((c) => c.name)).toEqual([
      'age', 'tags__x', 'tags__y_z', 'tags__other', 'remote', 'm__r1', 'm__r2', 'mt__first', 'mt__last', 'people', 'derived',
    ]);
  });

  it('writes values: 0/1 flags for chosen items, members, joined lists without known choices, JSON for nested data', () => {
    const data = { age: 30, tags: ['y z', 'other'], remote: ['a', 'b'], m: { r2: 1 }, mt: { first: 'Ana' }, people: [{ pname: 'B' }], derived: true };
    expect(columns.map((c) => cellValue(c, data))).toEqual(['30', '0', '1', '1', 'a;b', '', '1', 'Ana', '', '[{"pname":"B"}]', '1']);
    expect(columns.map((c) => cellValue(c, {}))).toEqual(['', '', '', '', '', '', '', '', '', '', '']);
  });

  it('quotes CSV fields per RFC 4180', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'two\nlines', ''])).toBe('a,"b,c","say ""hi""","two\nlines",\r\n');
  });
});
