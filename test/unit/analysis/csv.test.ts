import { describe, expect, it } from 'vitest';
import { AnalysisError, categoryValues, numericValues, readCsv } from '../../../analysis';

const enc = (s: string) => new TextEncoder().encode(s);

describe('readCsv', () => {
  it('reads numbers straight into Float64Array with empty and NA as missing', () => {
    const t = readCsv(enc('a,b\n1.5,-2\n,NA\n1e3,0.000123\n 7 ,+3\n123456789012345678,.5\n'), { columns: { a: 'number', b: 'number' } });
    expect([...numericValues(t, 'a')]).toEqual([1.5, NaN, 1000, 7, Number('123456789012345678')]);
    expect([...numericValues(t, 'b')]).toEqual([-2, NaN, 0.000123, 3, 0.5]);
  });
  it('parses decimals exactly as Number() does', () => {
    const values = ['0.1', '123.456', '-98765.4321', '3.14159265358979', '0.30000000000000004', '18.925', '1234567.891'];
    const t = readCsv(enc(`x\n${values.join('\n')}\n`), { columns: { x: 'number' } });
    expect([...numericValues(t, 'x')]).toEqual(values.map(Number));
  });
  it('handles quotes, escaped quotes, separators and line breaks inside quotes, CRLF and a BOM', () => {
    const t = readCsv(enc('\ufeffid,"note",v\r\n1,"a ""quoted"", text",2\r\n2,"two\r\nlines",3\r\n3,plain,"4"\r\n'), { columns: { note: 'category', v: 'number' } });
    const note = categoryValues(t, 'note');
    expect([...note.codes].map((c) => note.levels[c])).toEqual(['a "quoted", text', 'two\r\nlines', 'plain']);
    expect([...numericValues(t, 'v')]).toEqual([2, 3, 4]);
  });
  it('interns repeated texts into the same level and keeps their spelling', () => {
    const t = readCsv(enc('g\n01\n01\n1\nNorth\n01\n\nNorth\n'), { columns: { g: 'category' } });
    const g = categoryValues(t, 'g');
    expect(g.levels).toEqual(['01', '1', 'North']);
    expect([...g.codes]).toEqual([0, 0, 1, 2, 0, 2]);
  });
  it('keeps an empty last field and reads a file without a final newline', () => {
    const t = readCsv(enc('a,b\n1,\n2,x'), { columns: { a: 'number', b: 'category' } });
    expect(t.rowCount).toBe(2);
    expect([...categoryValues(t, 'b').codes]).toEqual([-1, 0]);
  });
  it('reports ragged rows, non-numbers and missing columns with a line, a row or a name', () => {
    expect(() => readCsv(enc('a,b\n1,2\n3\n'), { columns: { a: 'number' } })).toThrow(/line 3: 1 fields, the header has 2/);
    expect(() => readCsv(enc('a\n1\nx1\n'), { columns: { a: 'number' } })).toThrow(/"a" row 2: "x1" is not a number/);
    expect(() => readCsv(enc('a\n1\n'), { columns: { b: 'number' } })).toThrow(AnalysisError);
    expect(() => readCsv(enc(''), {})).toThrow(/empty/);
    expect(() => readCsv(enc('a,b\n"open,2\n'), { columns: { a: 'category' } })).toThrow(/unterminated/);
  });
  it('skips runs of columns nobody asked for (quotes, line breaks, empty and ragged records) and reads the rest as a full read does', () => {
    const text = 'a,s1,s2,b,s3,s4,s5,c\n'
      + '1,x,y,2,,,,z\n'
      + '3,"q,""1""",y,4,a,"two\nlines",c,w\r\n'
      + ',,,,,,,\n'
      + '5,1,2,6,3,4,5,\n'
      + '7,1,2,8,3,4,5,"last"';
    const picked = readCsv(enc(text), { columns: { a: 'number', b: 'number', c: 'category' } });
    const all = readCsv(enc(text), {});
    expect(picked.rowCount).toBe(5);
    for (const name of ['a', 'b']) expect([...numericValues(picked, name)]).toEqual([...numericValues(readCsv(enc(text), { columns: { [name]: 'number', s3: 'category' } }), name)]);
    const c = categoryValues(picked, 'c'), cAll = categoryValues(all, 'c');
    expect([...c.codes].map((k) => (k < 0 ? null : c.levels[k]))).toEqual([...cAll.codes].map((k) => (k < 0 ? null : cAll.levels[k])));
    expect([...c.codes].map((k) => (k < 0 ? null : c.levels[k]))).toEqual(['z', 'w', null, null, 'last']);
    expect([...numericValues(picked, 'b')]).toEqual([2, 4, NaN, 6, 8]);
    expect(() => readCsv(enc('a,s1,s2,b\n1,2\n'), { columns: { a: 'number', b: 'number' } })).toThrow(/line 2: 2 fields, the header has 4/);
    expect(() => readCsv(enc('a,s1,s2,b\n1,2,3,4,5\n'), { columns: { a: 'number' } })).toThrow(/line 2: 5 fields/);
    expect(() => readCsv(enc('a,s1,s2,b\n1,"2,3\n'), { columns: { a: 'number' } })).toThrow(/unterminated/);
  });
  it('maps one-byte levels to the same codes as longer ones', () => {
    const t = readCsv(enc('g\n1\n22\n1\n2\n22\n2\n 1\n'), { columns: { g: 'category' } });
    const g = categoryValues(t, 'g');
    expect(g.levels).toEqual(['1', '22', '2']);
    expect([...g.codes]).toEqual([0, 1, 0, 2, 1, 2, 0]);
  });
});
