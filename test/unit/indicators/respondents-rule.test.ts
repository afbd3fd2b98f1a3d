// Collected cases carry refusals and non-contacts beside the interviews (the server's export has
// a row for each case closed without an interview). Estimates use responding units only.
import { describe, expect, it } from 'vitest';
import { runIndicators, withRespondentsRule } from '../../../analysis/indicators';
import { readCsv } from '../../../analysis/io';
import { RESPONDENTS_CONDITION } from '../../../analysis/response-rates';

// 3 responding households (one burgled in the past 12 months: 5 years yes, last time in the past
// 12 months) and 2 cases closed without an interview that carry a "no" they were never asked
// (what issue 11 found in a derived flag): a refusal and a non-contact. Counted, they would make it 1/5.
const csv = [
  'case_id,disposition,w,vic_burglary_5y,vic_burglary_when',
  'H1,1.1,1,1,1',
  'H2,1.1,1,2,',
  'H3,1.2,1,2,',
  'H4,2.11,1,2,',
  'H5,2.23,1,2,',
].join('\n') + '\n';

const load = (text: string) => (columns: (header: readonly string[]) => Record<string, 'number' | 'category'>) => {
  const bytes = new TextEncoder().encode(text);
  return Promise.resolve(readCsv(bytes, { columns }));
};

describe('responding units only', () => {
  it('a design without its own rule gets disposition in [1.1, 1.2] when the data have a disposition column', () => {
    expect(withRespondentsRule({ weight: 'w' }, ['w', 'disposition']).respondents).toBe(RESPONDENTS_CONDITION);
    expect(withRespondentsRule({ weight: 'w' }, ['w']).respondents).toBeUndefined();
    expect(withRespondentsRule({ weight: 'w', respondents: 'disposition in [1.1]' }, ['w', 'disposition']).respondents).toBe('disposition in [1.1]');
  });

  it('household burglary prevalence over the 3 respondents (100 × 1/3 by hand), not the 5 cases', async () => {
    const run = await runIndicators(load(csv), { design: { weight: 'w', weight_hh: 'w' }, only: ['VIC_HH_PREV_burglary'] });
    expect(run.respondentsRule).toBe(RESPONDENTS_CONDITION);
    const whole = run.estimates.find((e) => Object.keys(e.domain).length === 0);
    expect(whole?.n).toBe(3);
    // (the proportion goes through the estimator's iterative fit: equal to 1e-9)
    expect(whole?.estimate).toBeCloseTo(100 / 3, 9);
  });

  it('response-rate tables count cases: two rows of one case are one case', async () => {
    const { responseRateExtras } = await import('../../../analysis/indicators');
    const twice = csv + 'H1,1.1,1,1,1\n';
    const run = await runIndicators(load(twice), { design: { weight: 'w', weight_hh: 'w' }, only: ['VIC_HH_PREV_burglary'] });
    const [overall] = responseRateExtras(run.table, 'en');
    // columns: domain, cases, I, P, R, NC, …
    expect(overall.rows[0].slice(1, 6)).toEqual([5, 2, 1, 1, 1]);
  });
});
