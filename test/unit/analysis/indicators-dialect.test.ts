// `analyze indicators` reads the CSV dialects `analyze estimate` reads (one reader, loadTable):
// a file as Excel writes it under the region's settings — `;`-separated, decimal commas,
// Windows-1250 — gives the same report as the UTF-8 original, and a non-UTF-8 file is refused.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { drawSample, makePopulation, sampleCsv, SIMULATED_DESIGN } from '../../../analysis/simulate';
import { registerIndicators } from '../../../src/cli/commands/analyze/indicators';

/** Windows-1250 bytes of a text whose only non-ASCII letters are Č č Ć ć. */
function windows1250(text: string): Uint8Array {
  const map: Record<string, number> = { Č: 0xc8, č: 0xe8, Ć: 0xc6, ć: 0xe6 };
  return Uint8Array.from([...text], (ch) => map[ch] ?? ch.charCodeAt(0));
}

describe('analyze indicators: CSV dialects and encodings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jha-indicators-dialect-'));
  // Two regions whose names differ only in Č/Ć: read as "�" they would become one domain.
  const lines = sampleCsv(drawSample(makePopulation(3, { psus: 60 }), 2, { n: 300 })).split('\n');
  const at = lines[0].split(',').indexOf('region');
  const regions = [...new Set(lines.slice(1).filter((l) => l !== '').map((l) => l.split(',')[at]))].sort();
  const renamed: Record<string, string> = { [regions[0]]: 'Čelić', [regions[1]]: 'Ćelić' };
  const original = lines.map((l, k) => (k === 0 || l === '' ? l : l.split(',').map((f, j) => (j === at ? renamed[f] ?? f : f)).join(','))).join('\n');
  const utf8 = join(dir, 'utf8.csv');
  writeFileSync(utf8, original);
  // Excel under regional settings: ";" between fields, "," in numbers, Windows-1250.
  const regional = original.split('\n').map((line) => line.split(',').map((f) => (/^-?\d+\.\d+$/.test(f) ? f.replace('.', ',') : f)).join(';')).join('\r\n');
  const cp1250 = join(dir, 'cp1250.csv');
  writeFileSync(cp1250, windows1250(regional));
  const design = join(dir, 'design.json');
  writeFileSync(design, JSON.stringify(SIMULATED_DESIGN));

  async function report(data: string, extra: string[], out: string): Promise<string> {
    const program = new Command('jha-survey').exitOverride();
    registerIndicators(program.command('analyze'));
    const stderr = process.stderr.write;
    process.stderr.write = () => true;
    try {
      await program.parseAsync(['analyze', 'indicators', '--data', data, '--design', design, '--by', 'region', '--only', 'SDG16_1_4', ...extra, '--out', join(dir, out)], { from: 'user' });
    } finally {
      process.stderr.write = stderr;
    }
    return readFileSync(join(dir, out), 'utf8');
  }

  it('a ;-separated, decimal-comma Windows-1250 file gives the UTF-8 file\'s report, flags given or detected', async () => {
    expect(regional).toMatch(/;\d+,\d+;/);
    const expected = await report(utf8, [], 'utf8.csv');
    expect(expected).toContain('Čelić');
    expect(expected).toContain('Ćelić');
    expect(await report(cp1250, ['--delimiter', ';', '--decimal', ',', '--encoding', 'windows-1250'], 'given.csv')).toBe(expected);
    expect(await report(cp1250, ['--encoding', 'windows-1250'], 'detected.csv')).toBe(expected);
  });

  it('refuses the Windows-1250 file read as UTF-8, with the reader\'s message', async () => {
    await expect(report(cp1250, [], 'refused.csv')).rejects.toThrow(/UTF-8|encoding/);
  });
});
