// `jha-survey analyze indicators … --country MK --period 2025 --out FILE.sdmx.csv`: the file
// validates against the kept DSD; missing flags and an unknown country are one-line errors (exit 2).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { validateSdmxCsv } from '../../../analysis/sdmx';

const tmp = mkdtempSync(join(tmpdir(), 'jha-sdmx-'));
const design = join(tmp, 'design.json');
writeFileSync(design, JSON.stringify({ weight: 'weight', strata: 'stratum', psu: 'psu' }));
const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'analyze', 'indicators',
  '--data', 'test/fixtures/indicators/small.csv', '--design', design, ...args], { encoding: 'utf8' });

describe('analyze indicators --out *.sdmx.csv', { timeout: 60_000 }, () => {
  it('writes SDMX-CSV of the SDG series that validates against the DSD', () => {
    const out = join(tmp, 'mk.sdmx.csv');
    const r = run(['--only', 'SDG16_5_1,SDG16_1_4,VIC_P_PREV_assault', '--by', 'sex', '--country', 'MK', '--period', '2025', '--out', out]);
    expect(r.stderr).toMatch(/observations of 2 SDG series written/);
    expect(r.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(validateSdmxCsv(new TextEncoder().encode(text))).toEqual([]);
    const lines = text.trim().split('\n');
    expect(lines[0].startsWith('DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,URBANISATION')).toBe(true);
    // the whole population and by sex, per series (assault prevalence is no SDG series)
    expect(lines.slice(1).map((l) => l.split(',').slice(3, 6).join(' ')).sort()).toEqual([
      'IU_COR_BRIB 807 F', 'IU_COR_BRIB 807 M', 'IU_COR_BRIB 807 _T', 'VC_SNS_WALN_DRK 807 F', 'VC_SNS_WALN_DRK 807 M', 'VC_SNS_WALN_DRK 807 _T',
    ]);
  });
  it('needs --country and --period, and a country of the code list', () => {
    const a = run(['--out', join(tmp, 'a.sdmx.csv'), '--period', '2025']);
    expect(a.status).toBe(2);
    expect(a.stderr.trim().split('\n')).toHaveLength(1);
    expect(a.stderr).toMatch(/needs --country and --period/);
    const b = run(['--only', 'SDG16_5_1', '--out', join(tmp, 'b.sdmx.csv'), '--country', 'DE', '--period', '2025']);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/country DE: not one of/);
  });
});
