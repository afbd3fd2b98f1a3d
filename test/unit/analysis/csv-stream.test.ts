// readCsvStream (the reader of files on disk, chunk by chunk) against readCsv on the whole
// bytes: the same table, whatever the chunk boundaries cut (quoted line breaks, CRLF, blank
// lines, records longer than the buffer), and the same errors with the same line numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalysisError, readCsv, readCsvStream, type CsvReadOptions, type CsvSource, type DataTable } from '../../../analysis';

const enc = (s: string) => new TextEncoder().encode(s);

/** A source serving `bytes` in reads of at most `step` bytes, as a file handle may. */
function sourceOf(bytes: Uint8Array, step = Infinity): CsvSource {
  let at = 0;
  return async (buffer, offset, length) => {
    const n = Math.min(length, step, bytes.length - at);
    buffer.set(bytes.subarray(at, at + n), offset);
    at += n;
    return n;
  };
}

/** A table as plain values: each column's values or level texts, row by row. */
function plain(t: DataTable): unknown {
  return {
    rowCount: t.rowCount, names: t.names,
    columns: [...t.columns.values()].map((c) => (c.kind === 'number' ? { name: c.name, values: [...c.values] } : { name: c.name, levels: c.levels, texts: [...c.codes].map((k) => (k < 0 ? null : c.levels[k])) })),
  };
}

async function outcome(read: () => Promise<DataTable> | DataTable): Promise<unknown> {
  try { return plain(await read()); } catch (err) { return err instanceof AnalysisError ? { code: err.code, message: err.message } : { other: String(err) }; }
}

const field = fc.oneof(
  fc.constantFrom('', 'NA', '1', '-2.5', '07', 'North', 'E ', 'Čelić', '3,5', '1e3'),
  fc.stringMatching(/^[a-z0-9 .]{0,12}$/),
  fc.stringMatching(/^[a-z",\r\n ]{0,10}$/).map((s) => `"${s.replace(/"/g, '""')}"`),
);
const lineEnd = fc.constantFrom('\n', '\r\n');

describe('readCsvStream', () => {
  it('reads what readCsv reads, wherever the chunks end', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(fc.array(field, { minLength: 3, maxLength: 3 }), lineEnd, fc.boolean()), { maxLength: 30 }),
      fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 7 }), fc.boolean(),
      async (records, chunk, step, typed) => {
        const text = 'a,b,c\n' + records.map(([fields, end, blank]) => fields.join(',') + end + (blank ? end : '')).join('');
        const bytes = enc(text);
        const options: CsvReadOptions = typed ? { columns: { a: 'category', c: 'category' } } : {};
        const whole = await outcome(() => readCsv(bytes, options));
        const streamed = await outcome(() => readCsvStream(sourceOf(bytes, step), bytes.length, options, chunk));
        expect(streamed).toEqual(whole);
      },
    ), { numRuns: 300 });
  });

  it('grows the columns when the first chunk predicts too few rows, and the buffer for a long record', async () => {
    // Long rows first, then many short ones: the first chunk's rows per byte underestimates.
    const long = Array.from({ length: 3 }, (_, i) => `${i},"${'x'.repeat(200)}\n${'y'.repeat(50)}"`).join('\n');
    const short = Array.from({ length: 500 }, (_, i) => `${i + 3},s`).join('\n');
    const bytes = enc(`id,note\n${long}\n${short}\n`);
    const options: CsvReadOptions = { columns: { id: 'number', note: 'category' } };
    const streamed = await readCsvStream(sourceOf(bytes), bytes.length, options, 16);
    expect(streamed.rowCount).toBe(503);
    expect(plain(streamed)).toEqual(plain(readCsv(bytes, options)));
  });

  it('reports an unterminated quote and a ragged row with the line readCsv names', async () => {
    const ragged = enc('a,b\n1,2\n"x\ny",3\n4\n5,6\n');
    await expect(readCsvStream(sourceOf(ragged), ragged.length, {}, 8)).rejects.toThrow('line 5: 1 fields, the header has 2');
    const open = enc('a,b\n1,2\n"never closed,3\n4,5\n');
    await expect(readCsvStream(sourceOf(open), open.length, {}, 8)).rejects.toThrow('line 3: unterminated quoted field');
    await expect(readCsvStream(sourceOf(enc('\n\n')), 2, {}, 8)).rejects.toMatchObject({ code: 'empty-file' });
  });

  it('transcodes Windows-1250 chunk by chunk', async () => {
    // "Čelić" in Windows-1250: Č = 0xC8, ć = 0xE6.
    const bytes = Uint8Array.from([...enc('name\n'), 0xc8, ...enc('eli'), 0xe6, 0x0a, ...enc('Zagreb\n')]);
    const t = await readCsvStream(sourceOf(bytes), bytes.length, { encoding: 'windows-1250' }, 8);
    expect(plain(t)).toEqual(plain(readCsv(bytes, { encoding: 'windows-1250' })));
    expect((t.columns.get('name') as { levels: string[] }).levels).toEqual(['Čelić', 'Zagreb']);
  });
});
