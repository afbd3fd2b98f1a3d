// design.json, the one design description: strict keys with a did-you-mean, BOM and line endings,
// the replicate rule, and the same design whether it comes from a file or from flags.
import { describe, expect, it } from 'vitest';
import {
  AnalysisError, designColumnKinds, designFromTable, didYouMean, parseDesignSpec, readCsv, readDesignSpec, replicateColumns,
  svyMean, numericValues, UNWEIGHTED, type DesignSpec,
} from '../../../analysis';
import { runEstimate } from '../../../analysis/cli/estimate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function failure(f: () => unknown): AnalysisError {
  try { f(); } catch (err) { if (err instanceof AnalysisError) return err; throw err; }
  throw new Error('expected an AnalysisError');
}

describe('design.json schema', () => {
  it('accepts every key a design.json written today uses', () => {
    const full = {
      weight: 'weight', weight_hh: 'weight_hh', strata: 'stratum', psu: 'psu', fpc: 'fpc', nest: true, lonelyPsu: 'adjust',
      replicate: { columns: '^repw[0-9]+$', type: 'Fay', rho: 0.5, scale: 1, mse: false },
      calibration: { method: 'rake', margins: [{ variable: 'region', totals: { North: 10, South: 20 } }] },
      ciMethod: 'wilson', level: 0.9, reliability: { minN: 25, minEffectiveN: 25, cvCaution: 0.2, cvUnreliable: 0.35 },
      respondents: 'disposition in [1.1]',
    };
    expect(parseDesignSpec(full)).toEqual(full);
  });

  it('rejects an unknown key and names the word it resembles, at every level', () => {
    const top = failure(() => parseDesignSpec({ weight: 'w', PSU: 'psu' }));
    expect(top.code).toBe('bad-design');
    expect(top.message).toBe('design file: unknown key "PSU" (did you mean "psu"?)');
    expect(failure(() => parseDesignSpec({ weights: 'w' })).message).toMatch(/^design file: /);
    expect(failure(() => parseDesignSpec({ weight: 'w', lonely_psu: 'fail' })).message).toContain('did you mean "lonelyPsu"?');
    expect(failure(() => parseDesignSpec({ weight: 'w', weightHh: 'h' })).message).toContain('did you mean "weight_hh"?');
    const nested = failure(() => parseDesignSpec({ weight: 'w', replicate: { columns: '^r', type: 'JK1', fayRho: 0.5 } }));
    expect(nested.message).toBe('design file: replicate: unknown key "fayRho" (did you mean "rho"?)');
    const deep = failure(() => parseDesignSpec({ weight: 'w', calibration: { method: 'rake', margins: [{ variable: 'r', total: {} }] } }));
    expect(deep.message).toContain('calibration.margins.0: unknown key "total" (did you mean "totals"?)');
    expect(failure(() => parseDesignSpec({ weight: 'w', colour: 'red' })).message).toBe('design file: unknown key "colour"');
  });

  it('needs Fay\'s rho with type Fay, in [0, 1)', () => {
    expect(failure(() => parseDesignSpec({ weight: 'w', replicate: { columns: '^r', type: 'Fay' } })).message).toMatch(/^design file: replicate\.rho: type Fay needs rho/);
    expect(failure(() => parseDesignSpec({ weight: 'w', replicate: { columns: '^r', type: 'Fay', rho: 1 } })).code).toBe('bad-design');
  });

  it('suggests close words only', () => {
    expect(didYouMean('Strata', ['strata', 'psu'])).toBe('strata');
    expect(didYouMean('pus', ['strata', 'psu'])).toBe('psu');
    expect(didYouMean('household', ['strata', 'psu'])).toBeUndefined();
  });
});

describe('reading design.json bytes', () => {
  const json = '{\n  "weight": "w",\n  "strata": "s"\n}\n';
  const expected: DesignSpec = { weight: 'w', strata: 's' };
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('accepts a UTF-8 BOM, as bytes and as text', () => {
    expect(readDesignSpec(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(json)]))).toEqual(expected);
    expect(readDesignSpec(`\uFEFF${json}`)).toEqual(expected);
  });

  it('accepts every line ending: LF, CRLF, CR, NEL, LS, PS', () => {
    for (const eol of ['\n', '\r\n', '\r', '\u0085', '\u2028', '\u2029']) expect(readDesignSpec(json.replaceAll('\n', eol))).toEqual(expected);
  });

  it('reads UTF-16 with a BOM (Windows Notepad "Unicode")', () => {
    const le = new Uint8Array(2 + json.length * 2);
    le[0] = 0xff; le[1] = 0xfe;
    for (let i = 0; i < json.length; i++) le[2 + 2 * i] = json.charCodeAt(i);
    expect(readDesignSpec(le)).toEqual(expected);
  });

  it('reports bad JSON and non-UTF-8 bytes with the bad-design code', () => {
    const bad = failure(() => readDesignSpec('{ "weight": '));
    expect(bad.code).toBe('bad-design');
    expect(bad.message).toMatch(/^design file: not valid JSON: /);
    expect(failure(() => readDesignSpec(Uint8Array.from([0x7b, 0xff, 0x7d]))).message).toBe('design file: not UTF-8 text (save it as UTF-8)');
  });
});

describe('one builder', () => {
  const csv = 'w,repw1,repw2,repw3,wx,s,y\n2,4,0,2,1,a,1\n2,0,4,2,1,a,3\n4,4,4,0,1,b,5\n';
  const table = readCsv(new TextEncoder().encode(csv), { columns: { w: 'number', repw1: 'number', repw2: 'number', repw3: 'number', wx: 'number', s: 'category', y: 'number' } });

  it('takes replicate columns by pattern, never the full-sample weight, and needs two', () => {
    const spec = parseDesignSpec({ weight: 'w', replicate: { columns: '^(w|repw)[0-9]*$', type: 'JK1' } });
    expect(replicateColumns(spec, table.names)).toEqual(['repw1', 'repw2', 'repw3']);
    const one = failure(() => replicateColumns(parseDesignSpec({ weight: 'w', replicate: { columns: '^repw1$', type: 'JK1' } }), table.names));
    expect(one.code).toBe('missing-column');
    expect(one.message).toContain('matches only "repw1"');
    expect(failure(() => replicateColumns(parseDesignSpec({ weight: 'w', replicate: { columns: '(', type: 'JK1' } }), table.names)).code).toBe('bad-design');
  });

  it('reads each design column with its kind; UNWEIGHTED names no column and weighs every row 1', () => {
    expect(designColumnKinds(parseDesignSpec({ weight: 'w', strata: 's' }), table.names)).toEqual({ w: 'number', s: 'category' });
    const unweighted = designFromTable(table, parseDesignSpec({ weight: UNWEIGHTED }));
    expect(Array.from(unweighted.weights)).toEqual([1, 1, 1]);
    expect(svyMean(unweighted, numericValues(table, 'y'))[0].estimate).toBeCloseTo(3, 12);
  });

  it('gives analyze estimate the same design from --design design.json as from its flags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jha-design-spec-'));
    const data = join(dir, 'data.csv');
    writeFileSync(data, 'w,s,p,y\n1,a,1,2\n2,a,2,4\n1,b,1,3\n3,b,2,8\n2,b,3,1\n');
    const design = join(dir, 'design.json');
    writeFileSync(design, '\uFEFF{ "weight": "w", "strata": "s", "psu": "p", "nest": true, "level": 0.9 }\r\n');
    const fromFile = await runEstimate({ data, design, mean: 'y', format: 'json' });
    const fromFlags = await runEstimate({ data, weight: 'w', strata: 's', psu: 'p', level: '0.9', mean: 'y', format: 'json' });
    expect(fromFile).toBe(fromFlags);
    await expect(runEstimate({ data, design, weight: 'w', mean: 'y' })).rejects.toThrow('--design replaces --weight: give the design one way');
    await expect(runEstimate({ data, mean: 'y' })).rejects.toThrow(/give the design/);
  });
});
