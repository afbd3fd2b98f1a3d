// `analyze estimate` with several estimates and `--table`, and `analyze test`: the R numbers of
// test/fixtures/analysis/{cases,tests}.json through the command options.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../analysis/cli/estimate';
import { runTest } from '../../../analysis/cli/test';
import { AnalysisError } from '../../../analysis';
import { fixtureDir, loadCases } from './fixtures';

const cases = new Map(loadCases().map((c) => [c.id, c]));
const tests = new Map((JSON.parse(readFileSync(join(fixtureDir, 'tests.json'), 'utf8')) as { tests: { id: string; call: string; [k: string]: unknown }[] }).tests.map((t) => [t.id, t]));
const data = (name: string) => join(fixtureDir, `${name}.csv`);
const strat = { data: data('apistrat'), weight: 'pw', strata: 'stype', fpc: 'fpc' };
const clus1 = { data: data('apiclus1'), weight: 'pw', psu: 'dnum', fpc: 'fpc' };
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.abs(b));

interface Row { variable?: string; statistic?: string; domain: Record<string, string>; estimate: number; se: number }

describe('analyze estimate: several estimates in one call (R svyby(~a + b, ...))', () => {
  it('--mean api00 --mean api99,enroll --proportion yes: one labelled row per variable and domain, each R\'s', async () => {
    const rows = JSON.parse(await runEstimate({ ...strat, mean: ['api00', 'api99'], proportion: 'yes', by: 'stype', format: 'json' })) as Row[];
    expect(rows.map((r) => `${r.variable}:${r.statistic}:${r.domain.stype}`)).toEqual([
      'api00:mean:E', 'api00:mean:H', 'api00:mean:M', 'api99:mean:E', 'api99:mean:H', 'api99:mean:M', 'yes:proportion:E', 'yes:proportion:H', 'yes:proportion:M',
    ]);
    const api00 = cases.get('strat-mean-api00-by-stype')!.results!;
    rows.slice(0, 3).forEach((r, k) => { near(r.estimate, api00[k].estimate!); near(r.se, api00[k].se!); });
    const yes = cases.get('strat-prop-yes-logit-by-stype')!.results!;
    rows.slice(6).forEach((r, k) => { near(r.estimate, yes[k].estimate!); near(r.se, yes[k].se!); });
    const csv = await runEstimate({ ...strat, mean: 'api00,api99', by: 'stype', format: 'csv' });
    expect(csv.split('\n')[0]).toBe('variable,statistic,stype,estimate,se,ci_low,ci_high,df,n,deff,cv,flags');
  });
  it('--table stype,awards: counts, shares and row shares as R', async () => {
    const expected = tests.get('table-clus1-stype-awards')! as unknown as { cells: { row: string; column: string; count: number; count_se: number; share: number; row_share_se: number }[] };
    const rows = JSON.parse(await runEstimate({ ...clus1, table: 'stype,awards', format: 'json' })) as Row[];
    for (const c of expected.cells) {
      const count = rows.find((r) => r.statistic === 'count' && r.domain.stype === c.row && r.domain.awards === c.column)!;
      near(count.estimate, c.count); near(count.se, c.count_se);
      near(rows.find((r) => r.statistic === 'share' && r.domain.stype === c.row && r.domain.awards === c.column)!.estimate, c.share);
      near(rows.find((r) => r.statistic === 'row-share' && r.domain.stype === c.row && r.domain.awards === c.column)!.se, c.row_share_se);
    }
  });
  it('refuses no estimate, a bad --table and --table with --by', async () => {
    await expect(runEstimate({ ...strat })).rejects.toThrow(/give at least one of/);
    await expect(runEstimate({ ...strat, table: 'a,b,c' })).rejects.toThrow(/--table takes ROW or ROW,COL/);
    await expect(runEstimate({ ...strat, table: 'stype,awards', by: 'sch.wide' })).rejects.toThrow(AnalysisError);
  });
});

describe('analyze test', () => {
  for (const st of ['F', 'Chisq'] as const) {
    const id = `chisq-clus1-stype-schwide-${st}`;
    it(`--chisq stype,sch.wide --statistic ${st}: ${tests.get(id)!.call}`, async () => {
      const t = tests.get(id)! as unknown as { value: number; ndf: number; p_value: number };
      const [r] = JSON.parse(await runTest({ ...clus1, chisq: 'stype,sch.wide', statistic: st })) as { statistic: number; pearson: number; ndf: number; p_value: number }[];
      near(st === 'F' ? r.statistic : r.pearson, t.value);
      near(r.ndf, t.ndf);
      near(r.p_value, t.p_value);
    });
  }
  it(`--mean api00 --by stype --between E,H: ${tests.get('diff-strat-mean-api00-E-H')!.call}`, async () => {
    const t = tests.get('diff-strat-mean-api00-E-H')! as unknown as { estimate: number; se: number; df: number; p_value: number; ci_low: number };
    const [r] = JSON.parse(await runTest({ ...strat, mean: 'api00', by: 'stype', between: 'E,H' })) as { difference: number; se: number; df: number; p_value: number; ci_low: number; first: Record<string, string> }[];
    expect(r.first).toEqual({ stype: 'E' });
    near(r.difference, t.estimate); near(r.se, t.se); near(r.p_value, t.p_value); near(r.ci_low, t.ci_low);
    expect(r.df).toBe(t.df);
  });
  it('every pair without --between; csv and table output; one-line errors', async () => {
    const rows = JSON.parse(await runTest({ ...strat, mean: 'api00', total: 'enroll', by: 'stype', missing: 'exclude' })) as { variable: string }[];
    expect(rows.map((r) => r.variable)).toEqual(['api00', 'api00', 'api00', 'enroll', 'enroll', 'enroll']);
    const csv = await runTest({ ...strat, mean: 'api00', by: 'stype', format: 'csv' });
    expect(csv.split('\n')[1]).toMatch(/^api00,mean,stype=E,stype=H,/);
    expect(await runTest({ ...strat, mean: 'api00', by: 'stype', format: 'table' })).toMatch(/^variable\s+statistic\s+first/);
    await expect(runTest({ ...strat, mean: 'api00' })).rejects.toThrow(/--by COL/);
    await expect(runTest({ ...strat, mean: 'api00', by: 'stype', between: 'E,X' })).rejects.toThrow(/no rows in domain stype = "X"/);
    await expect(runTest({ ...strat, chisq: 'stype' })).rejects.toThrow(/--chisq takes ROW,COL/);
  });
});

describe('multistage designs and replicate scales through the command and design.json', () => {
  const ms = { data: data('apiclus2_ms'), weight: 'pw', psu: 'dnum', fpc: 'fpc1', stage: 'snum,fpc2' };
  it(`--stage snum,fpc2: ${cases.get('clus2ms-mean-api00-by-stype')!.design_call}`, async () => {
    const rows = JSON.parse(await runEstimate({ ...ms, mean: 'api00', by: 'stype' })) as Row[];
    const r = cases.get('clus2ms-mean-api00-by-stype')!.results!;
    rows.forEach((row, k) => { near(row.estimate, r[k].estimate!); near(row.se, r[k].se!); });
    const first = JSON.parse(await runEstimate({ ...ms, stage: undefined, mean: 'api00', by: 'stype' })) as Row[];
    expect(Math.abs(first[0].se - r[0].se!) / r[0].se!).toBeGreaterThan(1e-3); // the first stage alone is not R's answer
  });
  it('a two-stage design in design.json; --stage errors; a test of association on it agrees with R', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'jha-ms-'));
    const spec = join(dir, 'design.json');
    writeFileSync(spec, JSON.stringify({ weight: 'w', psu: 'id1', fpc: 'n1', stages: [{ cluster: 'id2', fpc: 'n2' }] }));
    const rows = JSON.parse(await runEstimate({ data: data('mu284'), design: spec, total: 'y1' })) as Row[];
    near(rows[0].se, cases.get('mu284-total-y1')!.results![0].se!);
    writeFileSync(spec, JSON.stringify({ weight: 'w', stages: [{ cluster: 'id2' }] }));
    await expect(runEstimate({ data: data('mu284'), design: spec, total: 'y1' })).rejects.toThrow(/stages: stages describe the stages after the first/);
    writeFileSync(spec, JSON.stringify({ weight: 'w', psu: 'id1', stages: [{ cluster: 'id2' }, { cluster: 'id2' }] }));
    await expect(runEstimate({ data: data('mu284'), design: spec, total: 'y1' })).rejects.toThrow(/one stage after the first/);
    await expect(runEstimate({ data: data('mu284'), weight: 'w', stage: 'id2', total: 'y1' })).rejects.toThrow(/--psu/);
    await expect(runEstimate({ data: data('mu284'), weight: 'w', psu: 'id1', stage: 'a,b,c', total: 'y1' })).rejects.toThrow(/CLUSTER or CLUSTER,FPC/);
    // A test of association on the two-stage design takes R's multistage variance too.
    const [chi] = JSON.parse(await runTest({ ...ms, chisq: 'stype,sch.wide', statistic: 'Wald' })) as { test: string; statistic: number; p_value: number }[];
    const r = tests.get('chisq-clus2ms-stype-schwide-Wald')! as unknown as { value: number; p_value: number };
    expect(chi.test).toBe('wald-F');
    near(chi.statistic, r.value);
    near(chi.p_value, r.p_value);
  });
  it(`--scale and --rscales: ${cases.get('boot-scale-mean-api00-by-stype')!.design_call}`, async () => {
    const rows = JSON.parse(await runEstimate({ data: data('apiclus1_boot'), weight: 'pw', replicateWeights: '^repw', replicateType: 'bootstrap', scale: '0.05', mean: 'api00', by: 'stype' })) as Row[];
    const r = cases.get('boot-scale-mean-api00-by-stype')!.results!;
    rows.forEach((row, k) => { near(row.se, r[k].se!); });
    const jkn = cases.get('jkn-mean-by')!;
    const given = JSON.parse(await runEstimate({ data: data('apistrat_jkn'), weight: 'pw', replicateWeights: '^repw', replicateType: 'JKn', rscales: jkn.design.rscales!.join(','), mean: 'api00', by: 'stype' })) as Row[];
    given.forEach((row, k) => { near(row.se, jkn.results![k].se!); });
    await expect(runEstimate({ data: data('apistrat'), weight: 'pw', scale: '2', mean: 'api00' })).rejects.toThrow(/go with --replicate-weights/);
    await expect(runEstimate({ data: data('apiclus1_boot'), weight: 'pw', replicateWeights: '^repw', replicateType: 'bootstrap', scale: '-1', mean: 'api00' })).rejects.toThrow(/positive number/);
  });
});

describe('fpc that varies within a stratum: refused, never a number that is neither R\'s nor the file\'s', () => {
  it('names the stratum, the rows and both values, in analyze estimate and the design.json builder alike', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'jha-fpc-'));
    const f = join(dir, 'fpc.csv');
    writeFileSync(f, 's,p,w,N,y\na,1,2,100,1\na,2,2,100,2\na,3,2,120,3\nb,1,3,50,4\nb,2,3,50,5\n');
    const message = /fpc column "N" varies within stratum "a" \(rows 1 and 3: 100 and 120\)/;
    await expect(runEstimate({ data: f, weight: 'w', strata: 's', psu: 'p', fpc: 'N', mean: 'y' })).rejects.toThrow(message);
    await expect(runEstimate({ data: f, weight: 'w', strata: 's', psu: 'p', fpc: 'N', mean: 'y' })).rejects.toMatchObject({ code: 'bad-fpc' });
    // The one builder analyze indicators and compare use too (design.json → designFromTable).
    const { designFromTable, parseDesignSpec, readCsv } = await import('../../../analysis');
    expect(() => designFromTable(readCsv(readFileSync(f)), parseDesignSpec({ weight: 'w', strata: 's', psu: 'p', fpc: 'N', nest: true }))).toThrow(message);
    // Constant within each stratum: accepted.
    writeFileSync(f, 's,p,w,N,y\na,1,2,100,1\na,2,2,100,2\na,3,2,100,3\nb,1,3,50,4\nb,2,3,50,5\n');
    const rows = JSON.parse(await runEstimate({ data: f, weight: 'w', strata: 's', psu: 'p', fpc: 'N', mean: 'y' })) as Row[];
    expect(rows[0].estimate).toBeCloseTo((2 * 6 + 3 * 9) / 12, 12);
  });
});

describe('the jha-survey process: repeated flags, analyze test, --stage, analyze glm', () => {
  it('parses repeated --mean, runs analyze test and analyze glm, one line on stderr for bad input', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'analyze', ...args], { encoding: 'utf8' });
    const est = run('estimate', '--data', data('apistrat'), '--weight', 'pw', '--strata', 'stype', '--mean', 'api00', '--mean', 'api99,enroll', '--missing', 'exclude', '--format', 'csv');
    expect(est.status, est.stderr).toBe(0);
    expect(est.stdout.trim().split('\n').map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['variable,statistic', 'api00,mean', 'api99,mean', 'enroll,mean']);
    const chi = run('test', '--data', data('apiclus1'), '--weight', 'pw', '--psu', 'dnum', '--fpc', 'fpc', '--chisq', 'stype,sch.wide');
    expect(chi.status, chi.stderr).toBe(0);
    near((JSON.parse(chi.stdout) as { statistic: number }[])[0].statistic, (tests.get('chisq-clus1-stype-schwide-F') as unknown as { value: number }).value);
    const ms = run('estimate', '--data', data('apiclus2_ms'), '--weight', 'pw', '--psu', 'dnum', '--fpc', 'fpc1', '--stage', 'snum,fpc2', '--mean', 'api00');
    expect(ms.status, ms.stderr).toBe(0);
    near((JSON.parse(ms.stdout) as Row[])[0].se, cases.get('clus2ms-mean-api00')!.results![0].se!);
    const glm = run('glm', '--data', data('apiclus1'), '--weight', 'pw', '--psu', 'dnum', '--fpc', 'fpc', '--response', 'api00', '--terms', 'api99', '--terms', 'stype', '--factors', 'stype', '--reference', 'stype=H');
    expect(glm.status, glm.stderr).toBe(0);
    expect((JSON.parse(glm.stdout) as { coefficients: { name: string }[] }).coefficients.map((c) => c.name)).toEqual(['(Intercept)', 'api99', 'stypeE', 'stypeM']);
    const bad = run('test', '--data', data('apistrat'), '--weight', 'pw', '--mean', 'api00');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 90_000);
});

describe('analyze estimate --quantile with R\'s qrules and interval types', () => {
  it(`--quantile enroll --probabilities 0.25 --qrule hf4: ${cases.get('clus1-quantile-enroll-p25-hf4')!.calls[0]}`, async () => {
    const rows = JSON.parse(await runEstimate({ ...clus1, quantile: 'enroll', probabilities: '0.25', qrule: 'hf4' })) as (Row & { ci_low: number; ci_high: number })[];
    const r = cases.get('clus1-quantile-enroll-p25-hf4')!.results![0];
    expect(rows[0].statistic).toBe('quantile-0.25');
    near(rows[0].estimate, r.estimate!); near(rows[0].ci_low, r.ci_low!); near(rows[0].ci_high, r.ci_high!);
    const beta = JSON.parse(await runEstimate({ ...clus1, quantile: 'api00', quantileInterval: 'beta' })) as (Row & { ci_low: number })[];
    near(beta[0].ci_low, cases.get('clus1-quantile-api00-beta')!.results![0].ci_low!);
    await expect(runEstimate({ ...clus1, quantile: 'api00', probabilities: '1.5' })).rejects.toThrow(/between 0 and 1/);
  });
});
