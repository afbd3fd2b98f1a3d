// `jha-survey admin aggregate|submit|accept|list` and `analyze admin --store`: a national record
// file through the shipped MK mapping, unmapped articles reported; two versions of a return, the
// regional table reading the latest accepted one (not the newer version still under review).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'jha-admin-'));
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
const file = (name: string, text: string): string => { const p = join(tmp, name); writeFileSync(p, text); return p; };
const store = join(tmp, 'store');

// Generous timeout: each step spawns the CLI (a few seconds each when the CPU is shared).
describe('jha-survey admin', { timeout: 120_000 }, () => {
  it('aggregates national records through the shipped mapping and lists unmapped articles', () => {
    const records = file('records.csv', [
      'article,stage,sex,age,citizenship,attempt,count',
      'Art. 237,recorded,,,,0,40', // robbery
      '237,suspected,M,16,MK,,5',
      '237,suspected,F,30,AL,,1',
      '123,recorded,,,,1,2', // attempted murder → 0102
      '999-z,recorded,,,,,3', // not in the mapping
    ].join('\n') + '\n');
    const out = join(tmp, 'mk-2024.csv');
    const r = cli(['admin', 'aggregate', '--records', records, '--country', 'MK', '--year', '2024', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^unmapped article 999-z \(recorded\): 3 not counted/m);
    const [header, row] = readFileSync(out, 'utf8').trim().split('\n').map((l) => l.split(','));
    const cell = (name: string): string => row[header.indexOf(name)];
    expect([cell('adm_country'), cell('adm_year'), cell('adm_offences__i0401__total'), cell('adm_suspects__i0401__juvenile'), cell('adm_suspects__i0401__foreign'), cell('adm_offences__i0102__total')])
      .toEqual(['MK', '2024', '40', '5', '1', '2']);
    expect(header).not.toContain('adm_offences__i0101__total');
  });

  it('keeps versions; the regional table reads the latest accepted one', () => {
    const v1 = file('v1.csv', 'adm_country,adm_year,adm_institution,adm_population,adm_offences__i0401__total\nMK,2024,1,1800000,40\n');
    const v2 = file('v2.csv', 'adm_country,adm_year,adm_institution,adm_population,adm_offences__i0401__total\nMK,2024,1,1800000,45\n');
    const v3 = file('v3.csv', 'adm_country,adm_year,adm_institution,adm_population,adm_offences__i0401__total\nMK,2024,1,1800000,999\n');
    expect(cli(['admin', 'submit', '--store', store, '--file', v1, '--accept']).stdout).toBe('MK 2024 institution 1: version 1 accepted\n');
    expect(cli(['admin', 'submit', '--store', store, '--file', v2]).stdout).toBe('MK 2024 institution 1: version 2 received\n');
    expect(cli(['admin', 'accept', '--store', store, '--country', 'MK', '--year', '2024', '--institution', '1', '--version', '2']).status).toBe(0);
    expect(cli(['admin', 'submit', '--store', store, '--file', v3]).status).toBe(0); // v3 received, not accepted
    const list = cli(['admin', 'list', '--store', store]).stdout.trimEnd().split('\n').map((l) => l.replace(/ \d{4}-\d\d-\d\dT\S+$/, ''));
    expect(list).toEqual(['  MK 2024 1 v1 accepted', '* MK 2024 1 v2 accepted', '  MK 2024 1 v3 received']);
    const out = join(tmp, 'regional.csv');
    const r = cli(['analyze', 'admin', '--store', store, '--out', out]);
    expect(r.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[1].split(',').slice(0, 5)).toEqual(['MK', '2024', '0401', '1800000', '45']);
    const bad = cli(['admin', 'accept', '--store', store, '--country', 'MK', '--year', '2024', '--institution', '1', '--version', '9']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('jha-survey: no version 9 of MK 2024 institution 1 in the store\n');
  });
});
