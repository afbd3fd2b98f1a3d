// (An integration test: it spawns the command several times and simulates a population.)
// The chain as a user runs it: simulate --field → sample (reproduces the simulator's sample from
// frame.csv + plan.json + seed) → weight → analyze indicators, every whole-population indicator
// within 4 SE of the population truth; and the commands' bad input as one line + exit 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'jha-chain-'));
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });

describe('simulate → analyze indicators: the report names the country profile\'s regions', () => {
  it('writes the questionnaires\' dictionary beside the microdata, so regions read as the profile names them', () => {
    const out = join(tmp, 'labels');
    const sim = cli('simulate', '--n', '300', '--psus', '200', '--seed', '11', '--out', out);
    expect(sim.status, sim.stderr).toBe(0);
    const dictionary = JSON.parse(readFileSync(join(out, 'microdata.dictionary.json'), 'utf8')) as { format: string; variables: { name: string }[] };
    expect(dictionary.format).toBe('jha-survey-dictionary');
    // Variables of all three modules the simulated interview holds.
    for (const name of ['vic_burglary_5y', 'safe_dark', 'brb_contact_police']) expect(dictionary.variables.map((v) => v.name)).toContain(name);
    const report = join(out, 'report-mk.html');
    const a = cli('analyze', 'indicators', '--data', join(out, 'microdata.csv'), '--design', join(out, 'design.json'), '--only', 'SDG16_1_4', '--by', 'region', '--lang', 'mk', '--out', report);
    expect(a.status, a.stderr).toBe(0);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('Регион: Скопски регион');
    expect(html).not.toMatch(/Регион: MK\d/);
  }, 300_000);
});

describe('simulate --field → sample → weight → analyze indicators', () => {
  it('recovers the population values', () => {
    const out = join(tmp, 'sim');
    const sim = cli('simulate', '--field', '--n', '2500', '--psus', '900', '--seed', '4242', '--out', out);
    expect(sim.status, sim.stderr).toBe(0);
    // The export: one row per sampled case — interviews, and cases closed without one (no instance, no answers, an AAPOR code).
    const exportRows = readFileSync(join(out, 'field', 'export.csv'), 'utf8').trim().split('\r\n');
    const header = exportRows[0].split(',');
    expect(header.slice(0, 6)).toEqual(['instance_id', 'interviewer', 'questionnaire_id', 'questionnaire_version', 'case_id', 'disposition']);
    const sampled = readFileSync(join(out, 'sample', 'sample.csv'), 'utf8').trim().split('\n').length - 1;
    expect(exportRows.length - 1).toBe(sampled);
    const closed = exportRows.slice(1).map((r) => r.split(',')).filter((c) => c[5] !== '1.1');
    expect(closed.length).toBeGreaterThan(0);
    for (const c of closed) {
      expect(c[0]).toBe('');
      expect(c[5]).toMatch(/^[234]\.\d+$/);
      expect(c.slice(9).every((x) => x === '')).toBe(true);
    }
    const again = cli('sample', '--frame', join(out, 'frame.csv'), '--plan', join(out, 'plan.json'), '--seed', '4242', '--out', join(tmp, 'resample'));
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(join(tmp, 'resample', 'sample.csv'), 'utf8')).toBe(readFileSync(join(out, 'sample', 'sample.csv'), 'utf8'));
    const w = cli('weight', '--sample', join(out, 'sample', 'sample.csv'), '--data', join(out, 'field', 'export.csv'), '--population', join(out, 'population.csv'),
      '--plan', join(out, 'weighting.json'), '--lang', 'mk', '--out', join(out, 'w'));
    expect(w.status, w.stderr).toBe(0);
    expect(readFileSync(join(out, 'w', 'weighting.html'), 'utf8')).toContain('Извештај за пондерирање');
    const a = cli('analyze', 'indicators', '--data', join(out, 'w', 'microdata.csv'), '--design', join(out, 'w', 'design.json'), '--out', join(out, 'w', 'report.csv'));
    expect(a.status, a.stderr).toBe(0);
    const truth = JSON.parse(readFileSync(join(out, 'truth.json'), 'utf8')) as Record<string, Record<string, number>>;
    const rows = readFileSync(join(out, 'w', 'report.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    let checked = 0;
    for (const [id, domain, est, se] of rows) {
      const t = truth[id]?.[''];
      if (domain !== '' || t === undefined || !(Number(se) > 0)) continue;
      checked++;
      expect(Math.abs(Number(est) - t), `${id}: estimate ${est}, SE ${se}, truth ${t}`).toBeLessThanOrEqual(4 * Number(se));
    }
    expect(checked).toBeGreaterThan(40);
  }, 240_000);
});

describe('bad input: one line on stderr, exit 2, a stable code', () => {
  const file = (name: string, text: string): string => { const p = join(tmp, name); writeFileSync(p, text); return p; };
  const frame = file('frame.csv', 'stratum,ea,households\nn,A,10\nn,A,10\nn,B,5\n');
  it('a frame without the measure of size', () => {
    const plan = file('plan.json', JSON.stringify({ frame: { stratum: 'stratum', psu: 'ea', size: 'ea_size' }, psus: { allocation: 'equal', total: 1, minimum: 1 }, households: { perPsu: 1 }, interviewers: { list: ['a'] } }));
    const r = cli('sample', '--frame', frame, '--plan', plan, '--seed', '1', '--out', join(tmp, 'x'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^jha-survey: no-measure-of-size: the frame has no measure-of-size column "ea_size"/);
  });
  it('an allocation larger than the stratum; a misspelt key', () => {
    const plan = file('plan2.json', JSON.stringify({ frame: { stratum: 'stratum', psu: 'ea', size: 'households' }, psus: { allocation: 'given', given: { n: 3 } }, households: { perPsu: 1 }, interviewers: { list: ['a'] } }));
    const r = cli('sample', '--frame', frame, '--plan', plan, '--seed', '1', '--out', join(tmp, 'x'));
    expect([r.status, r.stderr.trim()]).toEqual([2, 'jha-survey: allocation-exceeds-stratum: stratum "n": 3 areas allocated but the frame lists only 2']);
    const typo = file('plan3.json', JSON.stringify({ frame: { stratum: 'stratum', psu: 'ea', size: 'households' }, psus: { allocation: 'equal', total: 1, minimum: 1 }, househlds: { perPsu: 1 } }));
    const t = cli('sample', '--frame', frame, '--plan', typo, '--seed', '1', '--out', join(tmp, 'x'));
    expect([t.status, t.stderr.trim()]).toEqual([2, 'jha-survey: bad-plan: plan: (top level): unknown key "househlds" (did you mean "households"?)']);
  });
  it('weight: margins whose totals disagree', () => {
    const dir = 'test/fixtures/weighting';
    const margins = file('margins.csv', readFileSync(`${dir}/margins.csv`, 'utf8').replace('sex,2,15500', 'sex,2,15000'));
    const r = cli('weight', '--sample', `${dir}/sample.csv`, '--data', `${dir}/export.csv`, '--population', margins, '--out', join(tmp, 'y'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^jha-survey: margins-disagree: margins disagree: region adds up to 30000 but sex to 29500/);
  });
});
