// The SPSS and Stata writers against an independent reader. The committed fixtures
// test/fixtures/exports/sample.sav and sample.dta were written by our writers
// (`npx tsx test/fixtures/make-exports.ts`) and read with haven 2.5.1 / ReadStat
// (`Rscript test/fixtures/read-exports.R`: haven::read_sav(), haven::read_dta()) into
// read-by-haven.json. (a) the writers still produce those exact bytes, so the file haven read is
// the file we write; (b) what haven read is the source table: values, labels, value labels.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledVariables, META_COLUMNS, renderDta, renderSav, safeNames } from '../../../src/server/services';
import { SAMPLE_LOCALE, SAMPLE_TIME, sampleTable } from '../../fixtures/exports/sample-table';

const dir = new URL('../../fixtures/exports/', import.meta.url);
const table = sampleTable();

interface HavenColumn {
  name: string;
  type: 'double' | 'character';
  label: string | null;
  format: string;
  valueLabels: { value: number | string; label: string }[];
  values: (number | string | null)[];
}
interface HavenRead {
  haven: string;
  sav: { label: string; columns: HavenColumn[] };
  dta: { label: string; columns: HavenColumn[] };
}
const haven = JSON.parse(readFileSync(new URL('read-by-haven.json', dir), 'utf8')) as HavenRead;

/** The source column: numeric when every answer is a number's canonical text (metadata other than the version is text). */
function source(j: number) {
  const name = table.header[j] ?? '';
  const cells = table.rows.map((row) => row[j] ?? '');
  const isMetaText = (META_COLUMNS as readonly string[]).includes(name) && name !== 'questionnaire_version';
  const numeric = !isMetaText && cells.every((c) => c === '' || String(Number(c)) === c);
  return { name, cells, numeric, integer: numeric && cells.every((c) => c === '' || Number.isInteger(Number(c))) };
}
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const byValue = (a: { value: number | string }, b: { value: number | string }) => String(a.value).localeCompare(String(b.value));

describe('SPSS and Stata exports', () => {
  it('write the committed fixtures byte for byte (the files haven read)', () => {
    expect(haven.haven).toBe('2.5.1');
    const options = { locale: SAMPLE_LOCALE, now: SAMPLE_TIME };
    expect(renderSav(table, options).equals(readFileSync(new URL('sample.sav', dir)))).toBe(true);
    expect(renderDta(table, options).equals(readFileSync(new URL('sample.dta', dir)))).toBe(true);
  });

  it('start with the magic of each format', () => {
    expect(renderSav(table).subarray(0, 4).toString('latin1')).toBe('$FL2');
    expect(renderDta(table).subarray(0, 41).toString('latin1')).toBe('<stata_dta><header><release>118</release>');
  });

  it('.sav as haven reads it: every value, variable label and value label of the table', () => {
    const labels = labelledVariables(table, SAMPLE_LOCALE);
    expect(haven.sav.label).toBe('sample');
    expect(haven.sav.columns.map((c) => c.name)).toEqual(table.header);
    haven.sav.columns.forEach((read, j) => {
      const { cells, numeric, integer } = source(j);
      const expected = labels[j];
      expect(read.type, read.name).toBe(numeric ? 'double' : 'character');
      // Missing: system-missing (NA) for numbers, blank for strings.
      expect(read.values, read.name).toEqual(cells.map((c) => (numeric ? (c === '' ? null : Number(c)) : c)));
      expect(read.label ?? '', read.name).toBe(expected?.label);
      expect(read.format, read.name).toBe(numeric ? (integer ? 'F8.0' : 'F12.4') : `A${Math.max(1, ...cells.map(bytes))}`);
      const wanted = (expected?.valueLabels ?? []).map((l) => ({ value: numeric ? Number(l.value) : String(l.value), label: l.label }));
      expect([...read.valueLabels].sort(byValue), read.name).toEqual(wanted.sort(byValue));
    });
  });

  it('.dta as haven reads it: names cut to 32, numbers and strings, numeric value labels only', () => {
    const labels = labelledVariables(table, SAMPLE_LOCALE);
    expect(haven.dta.label).toBe('sample');
    expect(haven.dta.columns.map((c) => c.name)).toEqual(table.header.map((n) => n.slice(0, 32)));
    haven.dta.columns.forEach((read, j) => {
      const { cells, numeric, integer } = source(j);
      const expected = labels[j];
      expect(read.type, read.name).toBe(numeric ? 'double' : 'character');
      expect(read.values, read.name).toEqual(cells.map((c) => (numeric ? (c === '' ? null : Number(c)) : c)));
      expect(read.label ?? '', read.name).toBe([...(expected?.label ?? '')].slice(0, 80).join(''));
      const width = Math.max(1, ...cells.map(bytes));
      // Integers: byte (-127…100) and int (-32767…32740) show as %8.0g, long as %12.0g; decimals are double.
      const fitsInt = cells.every((c) => c === '' || Math.abs(Number(c)) <= 32740);
      expect(read.format, read.name).toBe(numeric ? (integer ? (fitsInt ? '%8.0g' : '%12.0g') : '%10.0g') : width > 2045 ? '%9s' : `%${width}s`);
      const wanted = numeric ? (expected?.valueLabels ?? []).map((l) => ({ value: Number(l.value), label: l.label })) : [];
      expect([...read.valueLabels].sort(byValue), read.name).toEqual(wanted.sort(byValue));
    });
  });

  it('the sample covers what the formats make hard: Cyrillic labels, string choices, a strL, a very long SPSS string', () => {
    const sav = new Map(haven.sav.columns.map((c) => [c.name, c]));
    expect(sav.get('sex')?.label).toBe('Пол');
    expect(sav.get('sex')?.valueLabels).toContainEqual({ value: 2, label: 'Женско' });
    expect(sav.get('officials__police')?.label).toBe('Службеници: Полиција');
    expect(sav.get('region')?.valueLabels).toContainEqual({ value: 'north', label: 'Север' });
    expect(sav.get('settlement')?.valueLabels).toContainEqual({ value: 'rural_area', label: 'Рурално' });
    expect(sav.get('region')?.valueLabels).toContainEqual({ value: 'east', label: 'east' });
    const remarks = sav.get('remarks')?.values.map((v) => bytes(String(v))) ?? [];
    expect(Math.max(...remarks)).toBeGreaterThan(2045);
    expect(haven.dta.columns.find((c) => c.name === 'remarks')?.format).toBe('%9s');
    // Stata cannot label strings: the labels of a string-valued choice are the variable's note.
    expect(renderDta(table, { locale: SAMPLE_LOCALE }).includes(Buffer.from('Value labels: north = Север; south = Југ; east = east'))).toBe(true);
  });

  it('make names valid and unique for each package', () => {
    expect(safeNames(['q-1', '1st', 'to', 'Q_1', 'q_1'], 8, new Set(['to']))).toEqual(['q_1', 'v1st', 'to_2', 'Q_1_2', 'q_1_3']);
    expect(safeNames(['a'.repeat(40), 'a'.repeat(33)], 32, new Set())).toEqual(['a'.repeat(32), 'a'.repeat(30) + '_2']);
  });
});
