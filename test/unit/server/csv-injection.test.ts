import { describe, expect, it } from 'vitest';
import { neutralizeFormula, renderCsv } from '../../../src/server/services/csv-export';

describe('CSV formula neutralization (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+cmd|\' /C calc\'!A0', `'+cmd|' /C calc'!A0`],
    ['-2+3+cmd|x', `'-2+3+cmd|x`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    ['-', `'-`],
  ])('%s is written as text', (cell, out) => {
    expect(neutralizeFormula(cell)).toBe(out);
  });

  it.each(['-1', '-0.5', '+3', '1e-3', '-2.5E+10', '.5', '', 'Skopje', 'a=b', 'x-y'])('%s is left alone', (cell) => {
    expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('applies to every cell of the microdata file, quoting still RFC 4180', () => {
    const csv = renderCsv({ header: ['id', 'remarks'], rows: [['1', '=1+1'], ['2', '-7'], ['3', '@x,"y"']] } as unknown as Parameters<typeof renderCsv>[0]);
    expect(csv).toBe(`id,remarks\r\n1,'=1+1\r\n2,-7\r\n3,"'@x,""y"""\r\n`);
  });
});
