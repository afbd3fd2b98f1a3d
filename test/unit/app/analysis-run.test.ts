// The analysis screen's computation without a Worker: design form → DesignSpec, run → report files.
// The CLI and the app run one pipeline (analysis/indicators/run.ts, tested in
// test/unit/indicators/run.test.ts); here what the app adds: form, groups, unweighted runs, failures.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesignSpec, readDesignSpec } from '../../../analysis/design-spec';
import { drawSample, makePopulation, sampleCsv, SIMULATED_DESIGN } from '../../../analysis/simulate';
import { designFromForm, prefillDesignForm, UNWEIGHTED } from '../../../src/app/analysis/design-form';
import { toFailure } from '../../../src/app/analysis/failure';
import {
  indicatorCsv, indicatorHtml, indicatorXlsx, inspectSource, runIndicatorAnalysis, type AnalysisStage,
} from '../../../src/app/analysis/indicator-run';

const bytes = (text: string) => new TextEncoder().encode(text);

let csvText = '';

beforeAll(() => {
  const population = makePopulation(11, { psus: 120 });
  csvText = sampleCsv(drawSample(population, 3, { n: 700 }));
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

describe('run → report files (the pipeline of analysis/indicators/run.ts, as the CLI runs it)', () => {
  it('reports the stages and estimates the default disaggregations of the catalogue', async () => {
    const stages = new Set<AnalysisStage>();
    const result = await runIndicatorAnalysis({ data: bytes(csvText), format: 'csv', design: parseDesignSpec(SIMULATED_DESIGN), locale: 'en' }, (stage) => stages.add(stage));
    expect(result.estimates.length).toBeGreaterThan(100);
    expect([...stages]).toEqual(['read', 'design', 'estimate']);
    expect(indicatorCsv(result).split('\n')[0]).toMatch(/^indicator,/);
  });

  it('takes the form-built design and chosen disaggregations (--by region --by sex)', async () => {
    const design = designFromForm(prefillDesignForm(csvText.slice(0, csvText.indexOf('\n')).split(',')));
    const result = await runIndicatorAnalysis({ data: bytes(csvText), format: 'csv', design, by: [['region'], ['sex']], locale: 'mk' });
    expect(new Set(result.estimates.map((e) => Object.keys(e.domain).join()))).toEqual(new Set(['', 'region', 'sex']));
  });

  it('an unweighted run equals a run on the same data with a column of ones as both weights', async () => {
    const lines = csvText.trimEnd().split('\n');
    const withOnes = [`${lines[0]},one`, ...lines.slice(1).map((l) => `${l},1`)].join('\n') + '\n';
    const result = await runIndicatorAnalysis({
      data: bytes(csvText), format: 'csv', design: designFromForm({ ...prefillDesignForm([]), strata: 'stratum' }), locale: 'en', notes: ['UNWEIGHTED WARNING'],
    });
    const ones = await runIndicatorAnalysis({ data: bytes(withOnes), format: 'csv', design: { weight: 'one', weight_hh: 'one', strata: 'stratum', lonelyPsu: 'fail' }, locale: 'en' });
    expect(indicatorCsv(result)).toBe(indicatorCsv(ones));
    expect(result.report.notes[0]).toBe('UNWEIGHTED WARNING');
    expect(await indicatorHtml(result)).toContain('UNWEIGHTED WARNING');
  });

  it('computes only the chosen groups, and writes the XLSX in the chosen language', async () => {
    const result = await runIndicatorAnalysis({ data: bytes(csvText), format: 'csv', design: parseDesignSpec(SIMULATED_DESIGN), groups: ['bribery'], locale: 'mk' });
    expect(new Set(result.estimates.map((e) => result.catalogue.indicators.find((d) => d.id === e.indicator)!.group))).toEqual(new Set(['bribery']));
    const xlsx = await indicatorXlsx(result);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const text: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => text.push(JSON.stringify(row.values)));
    expect(wb.worksheets.length).toBeGreaterThan(2);
    expect(text.join()).toMatch(/[а-шА-Ш]/);
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
