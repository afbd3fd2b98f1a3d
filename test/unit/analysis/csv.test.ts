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
    const t = readCsv(enc('g\n1\n22\n1\n2\n22\n2\n1\n'), { columns: { g: 'category' } });
    const g = categoryValues(t, 'g');
    expect(g.levels).toEqual(['1', '22', '2']);
    expect([...g.codes]).toEqual([0, 1, 0, 2, 1, 2, 0]);
  });
});

const levelsOf = (t: ReturnType<typeof readCsv>, name: string) => { const c = categoryValues(t, name); return [...c.codes].map((k) => (k < 0 ? null : c.levels[k])); };

describe('readCsv: files as analysts in the region have them', () => {
  it('keeps leading and trailing blanks of text values, as R read.csv does ("E " and "E" are two domains)', () => {
    // R: read.csv(text = "g,v\nE ,1\nE,2\n 1,3\n")$g == c("E ", "E", " 1")
    const t = readCsv(enc('g,v\nE ,1\nE,2\n 1,3\n"E ",4\n'), { columns: { g: 'category', v: 'number' } });
    expect(levelsOf(t, 'g')).toEqual(['E ', 'E', ' 1', 'E ']);
    expect(categoryValues(t, 'g').levels).toHaveLength(3);
  });
  it('detects a semicolon separator with decimal commas (Excel under a comma-decimal locale), with a BOM and CRLF', () => {
    const t = readCsv(enc('\ufeffregija;tezina;y\r\nSjever;1,5;2\r\nJug;2,25;-0,125\r\n"Jug; centar";3;4.5\r\n'), { columns: { regija: 'category', tezina: 'number', y: 'number' } });
    expect([...numericValues(t, 'tezina')]).toEqual([1.5, 2.25, 3]);
    expect([...numericValues(t, 'y')]).toEqual([2, -0.125, 4.5]);
    expect(levelsOf(t, 'regija')).toEqual(['Sjever', 'Jug', 'Jug; centar']);
  });
  it('detects tabs; takes a given delimiter and decimal mark strictly', () => {
    expect([...numericValues(readCsv(enc('a\tb\n1,5\t2\n'), { columns: { a: 'number' } }), 'a')]).toEqual([1.5]);
    const t = readCsv(enc('a|b\n1,5|2\n'), { delimiter: '|', decimal: ',', columns: { a: 'number' } });
    expect([...numericValues(t, 'a')]).toEqual([1.5]);
    expect(() => readCsv(enc('a;b\n1.5;2\n'), { decimal: ',', columns: { a: 'number' } })).toThrow(/"1.5" is not a number/);
    expect(() => readCsv(enc('a,b\n"1,5",2\n'), { columns: { a: 'number' } })).toThrow(/"1,5" is not a number/);
    expect(() => readCsv(enc('a;b\n1.234,5;2\n'), { columns: { a: 'number' } })).toThrow(/"1.234,5" is not a number/);
    expect(() => readCsv(enc('a,b\n1,2\n'), { decimal: ',' })).toThrow(/decimal comma needs another field separator/);
    expect(() => readCsv(enc('a,b\n1,2\n'), { delimiter: ';;' })).toThrow(AnalysisError);
  });
  it('reads Windows-1250 and ISO-8859-2 when told, keeping Čelić and Ćelić apart', () => {
    // "Čelić" / "Ćelić" / "Šišić" in each code page (Š is 0x8A in Windows-1250, 0xA9 in ISO-8859-2).
    const cp1250 = Uint8Array.from([...enc('ime;n\n'), 0xc8, ...enc('eli'), 0xe6, ...enc(';1\n'), 0xc6, ...enc('eli'), 0xe6, ...enc(';2\n'), 0x8a, 0x9a, ...enc('i'), 0xe6, ...enc(';3\n')]);
    const t = readCsv(cp1250, { encoding: 'windows-1250', columns: { ime: 'category', n: 'number' } });
    expect(levelsOf(t, 'ime')).toEqual(['Čelić', 'Ćelić', 'Ššić']);
    const latin2 = Uint8Array.from([...enc('ime;n\n'), 0xc8, ...enc('eli'), 0xe6, ...enc(';1\n'), 0xc6, ...enc('eli'), 0xe6, ...enc(';2\n'), 0xa9, 0xb9, ...enc('i'), 0xe6, ...enc(';3\n')]);
    expect(levelsOf(readCsv(latin2, { encoding: 'iso-8859-2', columns: { ime: 'category' } }), 'ime')).toEqual(['Čelić', 'Ćelić', 'Ššić']);
  });
  it('refuses a file that is not UTF-8 with a clear message instead of reading U+FFFD', () => {
    const cp1250 = Uint8Array.from([...enc('ime,n\nAna,1\n'), 0xc8, ...enc('eli'), 0xe6, ...enc(',1\n'), 0xc6, ...enc('eli'), 0xe6, ...enc(',2\n')]);
    let err: unknown;
    try { readCsv(cp1250, { columns: { ime: 'category' } }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(AnalysisError);
    expect((err as AnalysisError).code).toBe('bad-encoding');
    expect((err as AnalysisError).message).toMatch(/column "ime" \(data row 2\) is not UTF-8 \(bytes C8 65 6C\).*--encoding windows-1250/);
    expect(() => readCsv(Uint8Array.from([0xc8, ...enc('ifra\n1\n')]), {})).toThrow(/the header is not UTF-8/);
    expect(() => readCsv(enc('a,b\n1,2\n'), { encoding: 'latin1' as never })).toThrow(/encoding must be one of/);
  });
  it('reads CR-only line ends (old Mac Excel) as rows, not one long row', () => {
    const t = readCsv(enc('a,g\r1,x\r2,y\r\r3,"two\rlines"\r'), { columns: { a: 'number', g: 'category' } });
    expect(t.rowCount).toBe(3);
    expect([...numericValues(t, 'a')]).toEqual([1, 2, 3]);
    expect(levelsOf(t, 'g')).toEqual(['x', 'y', 'two\rlines']);
    expect(() => readCsv(enc('a,b\r1,2\r3\r'), { columns: { a: 'number' } })).toThrow(/line 3: 1 fields/);
  });
  it('refuses a number beyond the double range (a weight of 1e400) instead of reading Infinity', () => {
    expect(() => readCsv(enc('w\n1\n1e400\n'), { columns: { w: 'number' } })).toThrow(/"w" row 2: "1e400" is beyond the range of a number/);
    expect(() => readCsv(enc('w\n-1e999\n'), { columns: { w: 'number' } })).toThrow(/overflow/);
    expect(() => readCsv(enc('w\nInfinity\n'), { columns: { w: 'number' } })).toThrow(AnalysisError);
    expect([...numericValues(readCsv(enc('w\n1e300\n'), { columns: { w: 'number' } }), 'w')]).toEqual([1e300]);
  });
});
