// Streamed exports (issue 14, item 6): the HTTP route writes each format from a source read a page
// at a time. The streamed file must be the in-memory writers' file byte for byte (those are the
// files haven read, test/unit/server/stat-exports.test.ts), whatever the page size: a page
// boundary must never change a column's type or width, an offset of Stata's map, or a row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { dtaChunks, renderCsv, renderDta, renderSav, savChunks, streamMicrodata, type MicrodataSource, type MicrodataTable } from '../../../src/server/services';
import { SAMPLE_LOCALE, SAMPLE_TIME, sampleTable } from '../../fixtures/exports/sample-table';

const dir = new URL('../../fixtures/exports/', import.meta.url);
const table = sampleTable();

/** The table as a source of pages of `size` rows, counting how often it is read. */
function pagedSource(t: MicrodataTable, size: number): MicrodataSource & { passes: number } {
  const { rows, ...rest } = t;
  const source = {
    ...rest,
    rowCount: rows.length,
    passes: 0,
    async *pages() {
      source.passes += 1;
      for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
    },
  };
  return source;
}

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const b of chunks) out.push(b);
  return Buffer.concat(out);
}

describe('streamed exports', () => {
  it('write the committed SPSS and Stata fixtures byte for byte from one-row pages', async () => {
    const options = { locale: SAMPLE_LOCALE, now: SAMPLE_TIME };
    const savSource = pagedSource(table, 1);
    expect((await collect(savChunks(savSource, options))).equals(readFileSync(new URL('sample.sav', dir)))).toBe(true);
    expect(savSource.passes).toBe(2); // types and sizes, then cases
    const dtaSource = pagedSource(table, 2);
    expect((await collect(dtaChunks(dtaSource, options))).equals(readFileSync(new URL('sample.dta', dir)))).toBe(true);
    expect(dtaSource.passes).toBe(3); // the sample has a strL: types, observations, then strLs
    expect((await collect(dtaChunks(pagedSource(table, 1), options))).equals(renderDta(table, options))).toBe(true);
    expect((await collect(savChunks(pagedSource(table, 3), options))).equals(renderSav(table, options))).toBe(true);
  });

  it('CSV: the same text as the in-memory writer', async () => {
    const streamed = await bytesOf(streamMicrodata(pagedSource(table, 2), 'csv', 'en'));
    expect(streamed.toString('utf8')).toBe(renderCsv(table));
  });

  it('XLSX: the data sheet holds every row with numbers as numbers, then variables and value labels', async () => {
    const streamed = await bytesOf(streamMicrodata(pagedSource(table, 1), 'xlsx', 'en'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(streamed.buffer.slice(streamed.byteOffset, streamed.byteOffset + streamed.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['data', 'variables', 'value_labels']);
    const data = workbook.getWorksheet('data') as ExcelJS.Worksheet;
    expect(data.rowCount).toBe(table.rows.length + 1);
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(table.header);
    table.rows.forEach((row, i) => {
      const read = data.getRow(i + 2);
      row.forEach((cell, j) => {
        const value = read.getCell(j + 1).value;
        const expected = cell === '' ? null : j >= 9 && String(Number(cell)) === cell ? Number(cell) : cell;
        expect(value ?? null, `${table.header[j]} of row ${i + 1}`).toEqual(j === 3 ? Number(cell) : expected);
      });
    });
  });

  it('stop with an error, not a short file, when fewer rows arrive than the header announced', async () => {
    const source = pagedSource(table, 2);
    let pass = 0;
    const shrinking: MicrodataSource = {
      ...source,
      async *pages() {
        pass += 1;
        for await (const page of source.pages()) yield pass === 1 ? page : page.slice(0, 1);
      },
    };
    await expect(collect(savChunks(shrinking))).rejects.toThrow(/cases announced/);
  });
});
