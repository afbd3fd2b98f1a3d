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
