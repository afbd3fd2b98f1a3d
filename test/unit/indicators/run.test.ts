// The one indicator pipeline (analysis/indicators/run.ts) that `analyze indicators` and the
// app's worker both run: which columns it reads, what it skips, that estimating a few
// indicators at a time gives the estimates of one call, and the household design's weights.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { drawSample, makePopulation, sampleCsv, SIMULATED_DESIGN } from '../../../analysis/simulate';
import {
  buildDesigns, compileCatalogue, estimateIndicators, indicatorColumns, parseExpression, runIndicators, standardCatalogue, type Catalogue,
} from '../../../analysis/indicators';
import { parseDesignSpec } from '../../../analysis/design-spec';
import { AnalysisError, readCsv, type ColumnKind } from '../../../analysis';
import { renderIndicatorCsv } from '../../../analysis/tables/csv';
import { registerIndicators, toCliError } from '../../../src/cli/commands/analyze/indicators';
import { CliError } from '../../../src/cli/errors';

const csvText = sampleCsv(drawSample(makePopulation(5, { psus: 120 }), 2, { n: 600 }));
const bytes = new TextEncoder().encode(csvText);
const header = csvText.slice(0, csvText.indexOf('\n')).split(',');
const load = (columns: (h: readonly string[]) => Record<string, ColumnKind>) => Promise.resolve(readCsv(bytes, { columns }));
const design = parseDesignSpec(SIMULATED_DESIGN);
const catalogue = standardCatalogue();

describe('columns to read', () => {
  it('reads the design, the indicators\' variables and their disaggregations, nothing else', () => {
    const compiled = compileCatalogue(catalogue);
    const { kinds, skipped } = indicatorColumns(design, catalogue, compiled, undefined, header);
    expect(skipped).toEqual([]);
    expect(kinds).toMatchObject({ weight: 'number', weight_hh: 'number', stratum: 'category', psu: 'category', region: 'category' });
    expect(Object.keys(kinds).length).toBeLessThan(header.length);
  });

  it('skips an indicator whose variable the data lacks, naming the variable', () => {
    const compiled = compileCatalogue(catalogue);
    const { skipped } = indicatorColumns(design, catalogue, compiled, undefined, header.filter((h) => h !== 'vic_car_theft_5y'));
    expect(skipped.length).toBeGreaterThan(0);
    for (const s of skipped) expect(s.missing).toContain('vic_car_theft_5y');
  });

  it('refuses a by-variable the data lacks, with the column it resembles', () => {
    let error: unknown;
    try { indicatorColumns(design, catalogue, compileCatalogue(catalogue), [['regoin']], header); } catch (err) { error = err; }
    expect(error).toBeInstanceOf(AnalysisError);
    expect((error as AnalysisError).code).toBe('missing-column');
    expect((error as AnalysisError).message).toBe('by-variable "regoin" is not a column of the data (did you mean "region"?)');
  });

  it('reads hh_eligible only when the household weight is the default (weight ÷ hh_eligible)', () => {
    const compiled = compileCatalogue(catalogue);
    expect(indicatorColumns(parseDesignSpec({ weight: 'weight' }), catalogue, compiled, undefined, header).kinds.hh_eligible).toBeDefined();
    const withHh = indicatorColumns(parseDesignSpec({ weight: 'weight', weight_hh: 'weight_hh' }), catalogue, compiled, [['region']], header).kinds;
    expect(withHh.hh_eligible).toBeUndefined();
  });
});

describe('household design', () => {
  it('weighs households by weight_hh when named, else by weight ÷ hh_eligible; calibrates persons only', () => {
    const table = readCsv(bytes, { columns: { weight: 'number', weight_hh: 'number', hh_eligible: 'number', stratum: 'category', psu: 'category', region: 'category' } });
    const w = table.columns.get('weight') as { values: Float64Array };
    const wh = table.columns.get('weight_hh') as { values: Float64Array };
    const k = table.columns.get('hh_eligible') as { values: Float64Array };
    const named = buildDesigns(table, parseDesignSpec({ weight: 'weight', weight_hh: 'weight_hh', strata: 'stratum', psu: 'psu' }));
    Array.from(named.household().weights).forEach((x, i) => expect(x).toBeCloseTo(wh.values[i], 9));
    const byDefault = buildDesigns(table, parseDesignSpec({ weight: 'weight', strata: 'stratum', psu: 'psu' }));
    Array.from(byDefault.household().weights).forEach((x, i) => expect(x).toBeCloseTo(w.values[i] / k.values[i], 9));
    const regions = [...new Set((table.columns.get('region') as { levels: string[] }).levels)];
    const calibrated = buildDesigns(table, parseDesignSpec({
      weight: 'weight', strata: 'stratum', psu: 'psu',
      calibration: { method: 'rake', margins: [{ variable: 'region', totals: Object.fromEntries(regions.map((r) => [r, 1000])) }] },
    }));
    expect(calibrated.person.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1000 * regions.length, 6);
    Array.from(calibrated.household().weights).forEach((x, i) => expect(x).toBeCloseTo(w.values[i] / k.values[i], 9));
  });
});

describe('a run', () => {
  it('estimates a few indicators at a time and gets the estimates, in order, of one call over all', async () => {
    const progress: number[] = [];
    const run = await runIndicators(load, { design, by: [['region']] }, (stage, done) => { if (stage === 'estimate') progress.push(done); });
    const trimmed: Catalogue = run.catalogue;
    const once = estimateIndicators(run.table, trimmed, buildDesigns(run.table, design), { by: [['region']], only: [...run.computed], ciMethod: 'logit', level: 0.95 });
    expect(run.estimates).toEqual(once);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(run.computed.length);
  });

  it('drops the default disaggregations the data lacks instead of failing', async () => {
    const noUrban = csvText.split('\n').map((l) => l.split(',').filter((_, j) => j !== header.indexOf('urban')).join(',')).join('\n');
    const run = await runIndicators((columns) => Promise.resolve(readCsv(new TextEncoder().encode(noUrban), { columns })), { design, only: ['VIC_HH_PREV_car_theft'] });
    expect(catalogue.indicators.find((d) => d.id === 'VIC_HH_PREV_car_theft')!.disaggregations).toContain('urban');
    expect(run.catalogue.indicators.every((d) => !d.disaggregations.includes('urban'))).toBe(true);
    expect(run.estimates.length).toBeGreaterThan(1);
  });

  it('is what `analyze indicators --out report.csv` writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jha-indicator-run-'));
    writeFileSync(join(dir, 'microdata.csv'), csvText);
    // design.json as Windows tools write it: BOM and CRLF.
    writeFileSync(join(dir, 'design.json'), `\uFEFF${JSON.stringify(SIMULATED_DESIGN, null, 2).replaceAll('\n', '\r\n')}\r\n`);
    const program = new Command('jha-survey').exitOverride();
    registerIndicators(program.command('analyze'));
    const stderr = process.stderr.write;
    process.stderr.write = () => true;
    try {
      await program.parseAsync(['analyze', 'indicators', '--data', join(dir, 'microdata.csv'), '--design', join(dir, 'design.json'), '--by', 'region', '--out', join(dir, 'report.csv')], { from: 'user' });
    } finally {
      process.stderr.write = stderr;
    }
    const run = await runIndicators(load, { design, by: [['region']] });
    expect(readFileSync(join(dir, 'report.csv'), 'utf8')).toBe(renderIndicatorCsv(run.estimates));
  });
});

describe('errors', () => {
  it('every engine error is an AnalysisError with a code, so the CLI and the app classify by code', async () => {
    let expression: unknown;
    try { parseExpression('a == '); } catch (err) { expression = err; }
    expect(expression).toBeInstanceOf(AnalysisError);
    expect((expression as AnalysisError).code).toBe('bad-expression');
    expect(toCliError(expression)).toBeInstanceOf(CliError);
    const respondents = await runIndicators(load, { design: { ...design, respondents: 'disposition in [' } }).catch((err: unknown) => err);
    expect((respondents as AnalysisError).code).toBe('bad-expression');
    const nothing = await runIndicators(load, { design, catalogue: { ...catalogue, indicators: catalogue.indicators.slice(0, 1).map((d) => ({ ...d, numerator: 'no_such_variable == 1' })) } })
      .catch((err: unknown) => err);
    expect((nothing as AnalysisError).code).toBe('nothing-computable');
  });
});
