// `jha-survey puf --data --config --out`: the released CSV has no identifiers and is 2-anonymous
// on its keys (recomputed here), the report is written beside it; a bad configuration is one line, exit 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'jha-puf-'));
const file = (name: string, text: string): string => { const p = join(tmp, name); writeFileSync(p, text); return p; };
const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'puf', ...args], { encoding: 'utf8' });
const data = file('data.csv', 'id,sex,region,age,weight\n1,1,A,30,5\n2,1,A,31,5\n3,2,B,40,5\n4,2,B,44,5\n5,1,B,90,5\n');

describe('jha-survey puf', { timeout: 60_000 }, () => {
  it('writes a 2-anonymous file without identifiers and a report', () => {
    const config = file('puf.json', JSON.stringify({ drop: ['id'], keyVariables: ['sex', 'region'], k: 2, weight: 'weight', topCode: [{ variable: 'age', max: 80 }] }));
    const out = join(tmp, 'puf.csv');
    const r = run(['--data', data, '--config', config, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^original: 1 sample uniques, 1 below k=2/m);
    expect(r.stderr).toMatch(/^released: 0 sample uniques, 0 below k=2/m);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => l.split(','));
    expect(lines[0]).toEqual(['sex', 'region', 'age', 'weight']);
    expect(lines[5]).toEqual(['1', '', '80', '5']);
    const body = lines.slice(1);
    for (const a of body) expect(body.filter((b) => [0, 1].every((j) => a[j] === '' || b[j] === '' || a[j] === b[j])).length).toBeGreaterThanOrEqual(2);
    const report = JSON.parse(readFileSync(join(tmp, 'puf.report.json'), 'utf8')) as { suppressed: Record<string, number>; topCoded: Record<string, number> };
    expect(report.suppressed).toEqual({ sex: 0, region: 1 });
    expect(report.topCoded).toEqual({ age: 1 });
  });
  it('refuses an unknown key in the configuration with one line and exit 2', () => {
    const r = run(['--data', data, '--config', file('bad.json', '{"keyVariabels": ["sex"]}'), '--out', join(tmp, 'x.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/disclosure configuration/);
  });
});
