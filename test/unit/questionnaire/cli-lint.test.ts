import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const fixtures = 'test/fixtures/questionnaires';
const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, ['bin/jha-survey.mjs', 'lint', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('jha-survey lint', { timeout: 30_000 }, () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'jha-lint-'));
  }, 60_000);

  it('exits 0 and prints nothing on stdout for a clean questionnaire', () => {
    const r = run(`${fixtures}/clean/household.json`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('0 findings');
  });

  it('exits 1 with one line per finding: file, question, what, how to fix', () => {
    const a = `${fixtures}/broken/expression-unknown-name.json`;
    const b = `${fixtures}/broken/choice-duplicate.json`;
    const r = run(a, b);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${a}: vic_burglary_when: visibleIf: .*vic_burglary_5yr.* — Did you mean \\{vic_burglary_5y\\}\\? \\[expression-unknown-name\\]$`));
    expect(lines[1]).toMatch(new RegExp(`^${b}: region: .* — .* \\[choice-duplicate\\]$`));
  });

  it('checks a new version against --previous', () => {
    const r = run(`${fixtures}/versions/v2-removed-value.json`, '--previous', `${fixtures}/clean/household.json`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('[version-removed-value]');
  });

  it('prints findings as JSON with --json', () => {
    const r = run(`${fixtures}/broken/empty-page.json`, '--json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject([{ rule: 'empty-page', question: 'closing' }]);
  });

  it('exits 2 with one line naming the position for invalid JSON', () => {
    const file = join(scratch, 'bad.json');
    writeFileSync(file, '{\n  "pages": [\n    {"name": "a",}\n  ]\n}\n');
    const r = run(file);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')[0]).toBe(`jha-survey: ${file}: invalid JSON at line 3, column 18: unexpected "}"`);
    expect(r.stderr).not.toContain('    at ');
  });

  it('exits 2 when --previous is not a questionnaire', () => {
    const file = join(scratch, 'old.json');
    writeFileSync(file, '{"indicators": []}');
    const r = run(`${fixtures}/clean/household.json`, '--previous', file);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`jha-survey: --previous ${file}: not a SurveyJS questionnaire (no "pages" or "elements")`);
  });

  it('exits 2 for a missing file', () => {
    const r = run(join(scratch, 'nope.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read: no such file');
  });

  it('exits 1 for JSON meant as a questionnaire that lacks its pages', () => {
    const r = run(`${fixtures}/broken/not-a-questionnaire.json`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('did you mean "pages"?');
  });

  it('skips JSON that is not a questionnaire with a note', () => {
    const file = join(scratch, 'indicators.json');
    writeFileSync(file, JSON.stringify({ indicators: [{ id: 'sdg_16_5_1' }] }));
    const r = run(file);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('skipped: not a SurveyJS questionnaire');
  });
});
