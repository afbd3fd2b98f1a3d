// The analysis screen's computation without a Worker: design form → DesignSpec, run → report files.
// The reference is the CLI command itself (`analyze indicators`, run in process from its source):
// for the same simulated data and design the app's CSV must be the CLI's, byte for byte.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesignSpec, readDesignSpec, type DesignSpec } from '../../../analysis/design-spec';
import { drawSample, makePopulation, sampleCsv, SIMULATED_DESIGN } from '../../../analysis/simulate';
import { registerIndicators } from '../../../src/cli/commands/analyze/indicators';
import { designFromForm, prefillDesignForm, UNWEIGHTED } from '../../../src/app/analysis/design-form';
import { toFailure } from '../../../src/app/analysis/failure';
import {
  indicatorCsv, indicatorHtml, indicatorXlsx, inspectSource, runIndicatorAnalysis, type AnalysisStage,
} from '../../../src/app/analysis/indicator-run';

const tmp = mkdtempSync(join(tmpdir(), 'jha-app-analysis-'));
const bytes = (text: string) => new TextEncoder().encode(text);

function write(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

/** `jha-survey analyze indicators …` in this process; returns the file it wrote. */
async function cli(dataFile: string, design: DesignSpec, extra: string[], out: string): Promise<Buffer> {
  const program = new Command('jha-survey').exitOverride();
  registerIndicators(program.command('analyze'));
  const designFile = write(`design-${Math.random().toString(36).slice(2)}.json`, JSON.stringify(design));
  const outFile = join(tmp, out);
  const stderr = process.stderr.write;
  process.stderr.write = () => true;
  try {
    await program.parseAsync(['analyze', 'indicators', '--data', dataFile, '--design', designFile, ...extra, '--out', outFile], { from: 'user' });
  } finally {
    process.stderr.write = stderr;
  }
  return readFileSync(outFile);
}

let csvText = '';
let dataFile = '';

beforeAll(() => {
  const population = makePopulation(11, { psus: 120 });
  csvText = sampleCsv(drawSample(population, 3, { n: 700 }));
  dataFile = write('microdata.csv', csvText);
});

describe('design form', () => {
  it('prefills the conventional column names and builds the design.json object', async () => {
    const summary = await inspectSource(bytes(csvText), 'csv');
    const form = prefillDesignForm(summary.columns);
    expect(form).toEqual({ weight: 'weight', weightHh: 'weight_hh', strata: 'stratum', psu: 'psu', fpc: '', lonelyPsu: 'fail' });
    const design = designFromForm(form);
    expect(parseDesignSpec(design)).toEqual(design);
    expect(design).toEqual({ weight: 'weight', weight_hh: 'weight_hh', strata: 'stratum', psu: 'psu', nest: true, lonelyPsu: 'fail' });
    expect(summary.disaggregations).toEqual(expect.arrayContaining(['region', 'sex', 'urban']));
    expect(summary.groups.map((g) => g.id)).toContain('sdg16');
  });

  it('offers "unweighted" when no weight column exists, for persons and households alike', () => {
    const form = prefillDesignForm(['region', 'sex', 'vic_car_theft_5y']);
    expect(form.weight).toBe(UNWEIGHTED);
    expect(designFromForm(form)).toEqual({ weight: UNWEIGHTED, weight_hh: UNWEIGHTED, lonelyPsu: 'fail' });
  });
});

describe('run → report files, as the CLI writes them', () => {
  it('CSV is byte-identical to `analyze indicators --out report.csv` (design.json, default disaggregations)', async () => {
    const design = parseDesignSpec(SIMULATED_DESIGN);
    const stages = new Set<AnalysisStage>();
    const result = await runIndicatorAnalysis({ data: bytes(csvText), format: 'csv', design, locale: 'en' }, (stage) => stages.add(stage));
    const expected = await cli(dataFile, design, [], 'default.csv');
    expect(indicatorCsv(result)).toBe(expected.toString('utf8'));
    expect(result.estimates.length).toBeGreaterThan(100);
    expect([...stages]).toEqual(['read', 'design', 'estimate']);
  });

  it('CSV is byte-identical with the form-built design and chosen disaggregations (--by region --by sex)', async () => {
    const design = designFromForm(prefillDesignForm(csvText.slice(0, csvText.indexOf('\n')).split(',')));
    const result = await runIndicatorAnalysis({ data: bytes(csvText), format: 'csv', design, by: [['region'], ['sex']], locale: 'mk' });
    const expected = await cli(dataFile, design, ['--by', 'region', '--by', 'sex'], 'by.csv');
    expect(indicatorCsv(result)).toBe(expected.toString('utf8'));
    expect(new Set(result.estimates.map((e) => Object.keys(e.domain).join()))).toEqual(new Set(['', 'region', 'sex']));
  });

  it('an unweighted run equals the CLI on the same data with a column of ones as both weights', async () => {
    const lines = csvText.trimEnd().split('\n');
    const withOnes = write('ones.csv', [`${lines[0]},one`, ...lines.slice(1).map((l) => `${l},1`)].join('\n') + '\n');
    const result = await runIndicatorAnalysis({
      data: bytes(csvText), format: 'csv', design: designFromForm({ ...prefillDesignForm([]), strata: 'stratum' }), locale: 'en', notes: ['UNWEIGHTED WARNING'],
    });
    const expected = await cli(withOnes, { weight: 'one', weight_hh: 'one', strata: 'stratum', lonelyPsu: 'fail' }, [], 'ones.csv');
    expect(indicatorCsv(result)).toBe(expected.toString('utf8'));
    expect(result.report.notes[0]).toBe('UNWEIGHTED WARNING');
    expect(await indicatorHtml(result)).toContain('UNWEIGHTED WARNING');
  });

  it('XLSX holds the CLI workbook\'s sheets and cells (the generation time aside), in the chosen language', async () => {
    const design = parseDesignSpec(SIMULATED_DESIGN);
    const result = await runIndicatorAnalysis({ data: bytes(csvText), format: 'csv', design, groups: ['bribery'], locale: 'mk' });
    expect(new Set(result.estimates.map((e) => result.catalogue.indicators.find((d) => d.id === e.indicator)!.group))).toEqual(new Set(['bribery']));
    const ids = [...new Set(result.estimates.map((e) => e.indicator))];
    const expected = await cli(dataFile, design, ['--only', ids.join(','), '--lang', 'mk'], 'report.xlsx');
    const cells = async (data: Uint8Array | Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
      return wb.worksheets.map((ws) => {
        const rows: unknown[] = [ws.name];
        ws.eachRow((row) => rows.push(JSON.stringify(row.values).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME')));
        return rows;
      });
    };
    const mine = await cells(await indicatorXlsx(result));
    expect(mine).toEqual(await cells(expected));
    expect(mine.length).toBeGreaterThan(2);
    expect(JSON.stringify(mine)).toMatch(/[а-шА-Ш]/);
  });
});

describe('what cannot be computed, and bad input', () => {
  it('lists indicators whose variables the data lacks, with the missing variable', async () => {
    const header = csvText.slice(0, csvText.indexOf('\n')).split(',');
    const drop = header.indexOf('vic_car_theft_5y');
    expect(drop).toBeGreaterThan(0);
    const cut = csvText.trimEnd().split('\n').map((l) => l.split(',').filter((_, j) => j !== drop).join(',')).join('\n') + '\n';
    const result = await runIndicatorAnalysis({ data: bytes(cut), format: 'csv', design: parseDesignSpec(SIMULATED_DESIGN), locale: 'en' });
    const skipped = result.skipped.filter((s) => s.missing.includes('vic_car_theft_5y'));
    expect(skipped.length).toBeGreaterThan(0);
    expect(result.estimates.some((e) => skipped.some((s) => s.id === e.indicator))).toBe(false);
  });

  it('gives a code and one line for a bad file or design, never a stack', async () => {
    const fail = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (err: unknown) => toFailure(err));
    const ragged = await fail(runIndicatorAnalysis({ data: bytes('weight,region\n1,North\n2,South\n'), format: 'csv', design: { weight: 'weight' }, locale: 'en' }));
    expect(ragged.code).toBe('nothing-computable');
    const badRow = csvText.replace(/\n([^\n]*)\n/, '\n$1,extra\n');
    expect((await fail(runIndicatorAnalysis({ data: bytes(badRow), format: 'csv', design: parseDesignSpec(SIMULATED_DESIGN), locale: 'en' }))).code).toBe('ragged-row');
    expect((await fail(runIndicatorAnalysis({ data: bytes(csvText), format: 'csv', design: { weight: 'nope' }, locale: 'en' }))).code).toBe('missing-column');
    expect((await fail(runIndicatorAnalysis({ data: bytes('x'), format: 'xlsx', design: { weight: 'w' }, locale: 'en' }))).code).toBe('unreadable-file');
    const design = toFailure((() => { try { return parseDesignSpec({ weight: 3 }); } catch (e) { return e; } })());
    expect(design.code).toBe('bad-design');
    expect(design.message).toMatch(/^design file: weight: /);
    expect(toFailure((() => { try { return readDesignSpec('{'); } catch (e) { return e; } })()).code).toBe('bad-design');
  });
});
