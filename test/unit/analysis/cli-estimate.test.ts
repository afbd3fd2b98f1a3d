// `jha-survey analyze estimate`: flags, output formats and one-line errors. Expected numbers
// come from the R fixtures (test/fixtures/make-fixtures.R), looked up by case id.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runEstimate, type EstimateRequest } from '../../../analysis/cli/estimate';
import { AnalysisError } from '../../../analysis';
import { fixtureDir, loadCases } from './fixtures';

const cases = new Map(loadCases().map((c) => [c.id, c]));
const data = (name: string) => join(fixtureDir, `${name}.csv`);
const tmp = mkdtempSync(join(tmpdir(), 'jha-estimate-'));
function file(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

interface Row { domain: Record<string, string>; estimate: number; se: number; ci_low: number; ci_high: number; df: number; n: number; deff: number | null; cv: number; flags: string[] }
async function json(req: EstimateRequest): Promise<Row[]> {
  return JSON.parse(await runEstimate({ ...req, format: 'json' })) as Row[];
}

function agrees(rows: Row[], id: string): void {
  const c = cases.get(id)!;
  const expected = c.results!;
  expect(rows.length).toBe(expected.length);
  rows.forEach((r, k) => {
    const e = expected[k];
    expect(r.domain).toEqual(Array.isArray(e.domain) ? {} : e.domain);
    expect(Math.abs(r.estimate - e.estimate!)).toBeLessThanOrEqual(1e-9 * Math.abs(e.estimate!));
    expect(Math.abs(r.se - e.se!)).toBeLessThanOrEqual(1e-9 * Math.abs(e.se!));
    expect(Math.abs(r.ci_low - e.ci_low!)).toBeLessThanOrEqual(1e-6 * Math.abs(e.ci_low!));
    expect(Math.abs(r.ci_high - e.ci_high!)).toBeLessThanOrEqual(1e-6 * Math.abs(e.ci_high!));
    expect(r.df).toBe(e.df);
    expect(r.n).toBe(e.n);
  });
}

/** The fixture as Excel writes it under a comma-decimal regional setting: ";" between fields, "," in numbers, CRLF. */
function excelRegional(name: string): string {
  const text = readFileSync(data(name), 'utf8');
  return text.split('\n').filter((l) => l !== '').map((line) => {
    const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, '')).slice(0, -1);
    return fields.map((f) => (f.startsWith('"') ? f : f.replace('.', ','))).join(';');
  }).join('\r\n') + '\r\n';
}

describe('analyze estimate reads the files analysts in the region have (same R numbers)', () => {
  const id = 'strat-mean-api00-by-stype';
  const req = { weight: 'pw', strata: 'stype', fpc: 'fpc', mean: 'api00', by: 'stype' };
  it(`semicolons and decimal commas, detected: ${cases.get(id)!.calls[0]}`, async () => {
    const p = file('apistrat-regional.csv', excelRegional('apistrat'));
    expect(readFileSync(p, 'utf8').split('\r\n')[1]).toMatch(/;/);
    agrees(await json({ data: p, ...req }), id);
    agrees(await json({ data: p, ...req, delimiter: ';', decimal: ',' }), id);
  });
  it('a Windows-1250 file: refused without --encoding, read with it', async () => {
    // "ČE" for stype E: Č is the byte 0xC8 in Windows-1250 (È in Latin-1, hence the latin1 write).
    const cp1250 = Buffer.from(readFileSync(data('apistrat'), 'latin1').replace(/"E"/g, '"\u00c8E"'), 'latin1');
    const p = join(tmp, 'apistrat-1250.csv');
    writeFileSync(p, cp1250);
    await expect(json({ data: p, ...req })).rejects.toThrow(/not UTF-8.*--encoding windows-1250/);
    const rows = await json({ data: p, ...req, encoding: 'windows-1250' });
    expect(rows.map((r) => r.domain.stype).sort()).toEqual(['H', 'M', 'ČE']);
    expect(rows.find((r) => r.domain.stype === 'ČE')!.estimate).toBeCloseTo(cases.get(id)!.results![0].estimate!, 9);
  });
});

describe('analyze estimate agrees with R through the command options', () => {
  it(`strat-mean-api00-by-stype: ${cases.get('strat-mean-api00-by-stype')!.calls[0]}`, async () => {
    agrees(await json({ data: data('apistrat'), weight: 'pw', strata: 'stype', fpc: 'fpc', mean: 'api00', by: 'stype' }), 'strat-mean-api00-by-stype');
  });
  it(`clus1-total-enroll-by-stype-awards: ${cases.get('clus1-total-enroll-by-stype-awards')!.calls[0]}`, async () => {
    agrees(await json({ data: data('apiclus1'), weight: 'pw', psu: 'dnum', fpc: 'fpc', total: 'enroll', by: 'stype,awards', missing: 'exclude' }), 'clus1-total-enroll-by-stype-awards');
  });
  it(`strat-ratio-api00-api99-by-sch.wide: ${cases.get('strat-ratio-api00-api99-by-sch.wide')!.calls[0]}`, async () => {
    agrees(await json({ data: data('apistrat'), weight: 'pw', strata: 'stype', fpc: 'fpc', ratio: 'api00/api99', by: 'sch.wide' }), 'strat-ratio-api00-api99-by-sch.wide');
  });
  for (const m of ['logit', 'likelihood', 'asin', 'beta', 'mean', 'xlogit'] as const) {
    const id = `nhanes-prop-hichol-${m}-by-race`;
    it(`${id}: ${cases.get(id)!.calls[0]}`, async () => {
      agrees(await json({ data: data('nhanes'), weight: 'WTMEC2YR', strata: 'SDMVSTRA', psu: 'SDMVPSU', proportion: 'HI_CHOL', by: 'race', missing: 'exclude', ciMethod: m }), id);
    });
  }
  for (const pol of ['remove', 'certainty', 'adjust', 'average'] as const) {
    const id = `sim-lonely-${pol}-mean-y-by-region`;
    it(`${id} (options(survey.lonely.psu = "${pol}")): ${cases.get(id)!.calls[0]}`, async () => {
      agrees(await json({ data: data('sim'), weight: 'wt', strata: 'stratum', psu: 'psu', fpc: 'popsize', mean: 'y', by: 'region', missing: 'exclude', lonelyPsu: pol }), id);
    });
  }
  it(`jk1-prop-beta-by: ${cases.get('jk1-prop-beta-by')!.design_call}`, async () => {
    agrees(await json({ data: data('apiclus1_jk1'), weight: 'pw', replicateWeights: '^repw[0-9]+$', replicateType: 'JK1', proportion: 'yes', by: 'stype', ciMethod: 'beta' }), 'jk1-prop-beta-by');
  });
  it(`jk1mse-mean-by: ${cases.get('jk1mse-mean-by')!.design_call}`, async () => {
    agrees(await json({ data: data('apiclus1_jk1'), weight: 'pw', replicateWeights: '^repw', replicateType: 'JK1', mse: true, mean: 'api00', by: 'stype' }), 'jk1mse-mean-by');
  });
  it(`jkn-mean-by with rscales guessed from the weights: ${cases.get('jkn-mean-by')!.design_call.slice(0, 120)}`, async () => {
    agrees(await json({ data: data('apistrat_jkn'), weight: 'pw', replicateWeights: '^repw', replicateType: 'JKn', mean: 'api00', by: 'stype' }), 'jkn-mean-by');
  });
  it(`brr-prop-logit-by: ${cases.get('brr-prop-logit-by')!.design_call}`, async () => {
    agrees(await json({ data: data('pairs_brr'), weight: 'wt', replicateWeights: '^repw', replicateType: 'BRR', proportion: 'b', by: 'region' }), 'brr-prop-logit-by');
  });
  it(`fay-total-by: ${cases.get('fay-total-by')!.design_call}`, async () => {
    agrees(await json({ data: data('pairs_fay'), weight: 'wt', replicateWeights: '^repw', replicateType: 'Fay', fayRho: '0.3', total: 'y', by: 'region' }), 'fay-total-by');
  });
  it(`srs-prop-yes-logit-level90: ${cases.get('srs-prop-yes-logit-level90')!.calls[0]}`, async () => {
    agrees(await json({ data: data('apisrs'), weight: 'pw', fpc: 'fpc', proportion: 'yes', level: '0.9' }), 'srs-prop-yes-logit-level90');
  });
});

describe('analyze estimate output', () => {
  it('prints domain as {} without --by, keeps text domain values, and writes NA as null', async () => {
    const rows = await json({ data: data('sim_ok'), weight: 'wt', strata: 'stratum', psu: 'psu', mean: 'y', missing: 'exclude' });
    expect(rows[0].domain).toEqual({});
    const byRegion = await json({ data: data('sim_ok'), weight: 'wt', strata: 'stratum', psu: 'psu', mean: 'y', missing: 'exclude', by: 'region' });
    expect(byRegion.map((r) => r.domain.region)).toEqual(['East', 'North', 'South', 'West']);
    expect(Object.keys(byRegion[0])).toEqual(['domain', 'estimate', 'se', 'ci_low', 'ci_high', 'df', 'n', 'deff', 'cv', 'flags']);
  });
  it('keeps numeric-looking by-values as written in the file', async () => {
    const f = file('codes.csv', 'w,y,region\n1,2,01\n1,3,01\n2,5,10\n2,7,10\n1,1,01\n');
    const rows = await json({ data: f, weight: 'w', mean: 'y', by: 'region' });
    expect(rows.map((r) => r.domain.region)).toEqual(['01', '10']);
  });
  it('flags small and unreliable domains', async () => {
    const rows = await json({ data: data('apistrat'), weight: 'pw', strata: 'stype', fpc: 'fpc', proportion: 'awardsyes', by: 'stype,sch.wide' });
    const small = rows.find((r) => r.n < 30)!;
    expect(small.flags).toContain('suppress-n');
  });
  it('writes csv with one column per by-variable and table text', async () => {
    const csv = await runEstimate({ data: data('apistrat'), weight: 'pw', strata: 'stype', mean: 'api00', by: 'stype,awards', format: 'csv' });
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('stype,awards,estimate,se,ci_low,ci_high,df,n,deff,cv,flags');
    expect(lines).toHaveLength(7);
    expect(lines[1].startsWith('E,No,')).toBe(true);
    const table = await runEstimate({ data: data('apistrat'), weight: 'pw', strata: 'stype', mean: 'api00', format: 'table' });
    expect(table.split('\n')[0]).toMatch(/^\s*estimate\s+se\s+ci_low/);
  });
  it('reads CRLF, a BOM and quoted fields', async () => {
    const f = file('crlf.csv', '\ufeff"w","y","g"\r\n1,2,"a, b"\r\n1,4,"a, b"\r\n2,6,c\r\n2,8,c\r\n');
    const rows = await json({ data: f, weight: 'w', mean: 'y', by: 'g' });
    expect(rows.map((r) => [r.domain.g, r.estimate])).toEqual([['a, b', 3], ['c', 7]]);
  });
  it('takes true/false for --proportion', async () => {
    const f = file('tf.csv', 'w,flag\n1,true\n1,false\n1,TRUE\n1,false\n');
    const rows = await json({ data: f, weight: 'w', proportion: 'flag', ciMethod: 'mean' });
    expect(rows[0].estimate).toBe(0.5);
  });
});

describe('analyze estimate errors are one line with a stable code', () => {
  async function fails(req: EstimateRequest, code: string, text: RegExp): Promise<void> {
    let err: unknown;
    try { await runEstimate(req); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(AnalysisError);
    expect((err as AnalysisError).code).toBe(code);
    expect((err as AnalysisError).message).toMatch(text);
    expect((err as AnalysisError).message).not.toContain('\n');
  }
  it('missing column', () => fails({ data: data('apistrat'), weight: 'pw', mean: 'nope' }, 'missing-column', /"nope" not found/));
  it('ragged row', () => fails({ data: file('ragged.csv', 'w,y\n1,2\n1,2,3\n'), weight: 'w', mean: 'y' }, 'ragged-row', /line 3/));
  it('non-numeric weight', () => fails({ data: file('nn.csv', 'w,y\n1,2\nabc,2\n'), weight: 'w', mean: 'y' }, 'not-numeric', /"w" row 2: "abc"/));
  it('negative weight', () => fails({ data: file('neg.csv', 'w,y\n1,2\n-1,2\n'), weight: 'w', mean: 'y' }, 'negative-weight', /negative/));
  it('empty file', () => fails({ data: file('empty.csv', ''), weight: 'w', mean: 'y' }, 'empty-file', /empty/));
  it('header only', () => fails({ data: file('header.csv', 'w,y\n'), weight: 'w', mean: 'y' }, 'empty-file', /no rows/));
  it('unreadable file', () => fails({ data: join(tmp, 'absent.csv'), weight: 'w', mean: 'y' }, 'unreadable-file', /no such file/));
  it('lonely PSU under fail names the stratum', () =>
    fails({ data: data('sim'), weight: 'wt', strata: 'stratum', psu: 'psu', mean: 'y', missing: 'exclude' }, 'lonely-psu', /stratum "S8"/));
  it('missing values under fail name the column and count', () =>
    fails({ data: data('sim'), weight: 'wt', strata: 'stratum', psu: 'psu', mean: 'y', lonelyPsu: 'remove' }, 'missing-values', /"y" has 9 missing values/));
  it('no estimate asked for', () => fails({ data: data('apistrat'), weight: 'pw' }, 'bad-option', /give at least one of --mean/));
  it('a proportion column that is not 0/1', () => fails({ data: data('apistrat'), weight: 'pw', proportion: 'api00' }, 'not-numeric', /0\/1/));
});

describe('the jha-survey process', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'analyze', 'estimate', ...args], { encoding: 'utf8' });
  it('exits 0 with JSON on stdout', () => {
    const r = run(['--data', data('apisrs'), '--weight', 'pw', '--fpc', 'fpc', '--mean', 'api00']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });
  it('exits 2 with one line on stderr and no stack', () => {
    const r = run(['--data', data('sim'), '--weight', 'wt', '--strata', 'stratum', '--psu', 'psu', '--mean', 'y', '--missing', 'exclude']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('stratum "S8" has only one PSU');
  });
}, 90_000);

describe('analyze estimate on XLSX', () => {
  it('reads the first worksheet and agrees with the CSV of the same data', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('data');
    ws.addRow(['stype', 'pw', 'fpc', 'api00']);
    const csv = (await import('node:fs')).readFileSync(data('apistrat'), 'utf8').trim().split('\n');
    const header = csv[0].split(',').map((h) => h.replace(/"/g, ''));
    const col = (name: string) => header.indexOf(name);
    for (const line of csv.slice(1)) {
      const f = line.split(',').map((v) => v.replace(/"/g, ''));
      ws.addRow([f[col('stype')], Number(f[col('pw')]), Number(f[col('fpc')]), Number(f[col('api00')])]);
    }
    const path = join(tmp, 'apistrat.xlsx');
    await wb.xlsx.writeFile(path);
    agrees(await json({ data: path, weight: 'pw', strata: 'stype', fpc: 'fpc', mean: 'api00', by: 'stype' }), 'strat-mean-api00-by-stype');
  }, 60_000);
});

describe('by-variables with missing values', () => {
  it('leave those rows out of every domain, as R svyby does', async () => {
    // R: apistrat$g <- apistrat$stype; apistrat$g[1:5] <- NA
    //    svyby(~api00, ~g, svydesign(id=~1, strata=~stype, weights=~pw, data=apistrat), svymean)
    //    E 677.2105 12.72638 / H 625.8200 15.45774 / M 636.6000 16.62820
    const lines = (await import('node:fs')).readFileSync(data('apistrat'), 'utf8').trim().split('\n');
    const header = lines[0].split(',').map((h) => h.replace(/"/g, ''));
    const k = header.indexOf('stype');
    const out = [lines[0] + ',g', ...lines.slice(1).map((l, i) => `${l},${i < 5 ? '' : l.split(',')[k]}`)];
    const f = file('gaps.csv', out.join('\n') + '\n');
    const rows = await json({ data: f, weight: 'pw', strata: 'stype', mean: 'api00', by: 'g' });
    expect(rows.map((r) => [r.domain.g, Number(r.estimate.toFixed(4)), Number(r.se.toFixed(5))])).toEqual([
      ['E', 677.2105, 12.72638], ['H', 625.82, 15.45774], ['M', 636.6, 16.6282],
    ]);
  });
});
