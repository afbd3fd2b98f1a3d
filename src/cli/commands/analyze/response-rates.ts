import type { Command } from 'commander';
import { CliError } from '../../errors';

interface ResponseRatesOptions {
  data: string;
  by?: string;
  e?: string;
  format: string;
}

export function registerResponseRates(analyze: Command): void {
  analyze
    .command('response-rates')
    .description('AAPOR RR1–RR6, COOP1–4, REF1–3, CON1–3 from final disposition codes (column `disposition`)')
    .requiredOption('--data <file>', 'cases (.csv or .xlsx) with a `disposition` column of AAPOR codes (1.1, 1.2, 2.11, …); rows sharing a `case_id` count as one case')
    .option('--by <vars>', 'comma-separated grouping columns (e.g. region,interviewer): one table each, besides the overall rates')
    .option('--e <share>', 'share of eligible cases among those of unknown eligibility (default: AAPOR estimate from known cases)')
    .option('--format <format>', 'json, csv or table', 'table')
    .action(async (options: ResponseRatesOptions) => {
      if (!['json', 'csv', 'table'].includes(options.format)) throw new CliError(`--format ${options.format}: use json, csv or table`);
      const e = options.e === undefined ? undefined : Number(options.e);
      if (e !== undefined && !(e >= 0 && e <= 1)) throw new CliError(`--e ${options.e}: give a share between 0 and 1`);
      const by = (options.by ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
      const { loadMicrodata, toCliError } = await import('./indicators');
      try {
        const rr = await import('../../../../analysis/response-rates');
        const { categoryValues } = await import('../../../../analysis/io');
        const table = await loadMicrodata(options.data, (header) => {
          for (const c of ['disposition', ...by]) if (!header.includes(c)) throw new CliError(`${options.data}: no "${c}" column`);
          const caseColumn = header.includes('case_id') ? ['case_id'] : [];
          return Object.fromEntries(['disposition', ...caseColumn, ...by].map((c) => [c, 'category' as const]));
        });
        const texts = (name: string): string[] => {
          const col = categoryValues(table, name);
          return Array.from(col.codes, (c) => (c < 0 ? '' : col.levels[c]));
        };
        const codes = texts('disposition');
        const missing = codes.findIndex((c) => c === '');
        if (missing >= 0) throw new CliError(`${options.data}: row ${missing + 1} has no disposition`);
        // Rates count cases, not rows: an export has one row per interview, and a case that got two
        // interviews (or an interview and a closing contact attempt) is still one case.
        const cases = table.columns.has('case_id') ? rr.collapseToCases(texts('case_id'), codes) : { rows: codes.map((_, i) => i), codes };
        const rows = rr.responseRatesBy(cases.codes, by.map((name) => {
          const values = texts(name);
          return { name, values: cases.rows.map((i) => values[i]) };
        }), e);
        if (options.format === 'csv') process.stdout.write(rr.responseRatesCsv(rows));
        else if (options.format === 'json') {
          process.stdout.write(`${JSON.stringify(rows.map((r) => ({ group: r.group, cases: r.cases, counts: r.counts, e: r.e, ...Object.fromEntries(Object.entries(r.rates).map(([k, v]) => [k, Number.isFinite(v) ? v : null])) })), null, 2)}\n`);
        } else {
          const names = rr.RATE_NAMES;
          const label = (g: Readonly<Record<string, string>>): string => Object.entries(g).map(([k, v]) => `${k}=${v}`).join(';') || '(all)';
          const width = Math.max(8, ...rows.map((r) => label(r.group).length));
          const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) : '–').padStart(6);
          process.stdout.write(`${'group'.padEnd(width)} ${'cases'.padStart(6)} ${'e'.padStart(6)} ${names.map((n) => n.padStart(6)).join(' ')}\n`);
          for (const r of rows) process.stdout.write(`${label(r.group).padEnd(width)} ${String(r.cases).padStart(6)} ${r.e.toFixed(3).padStart(6)} ${names.map((n) => pct(r.rates[n])).join(' ')}\n`);
          process.stdout.write('rates in percent; AAPOR Standard Definitions\n');
        }
      } catch (err) {
        throw toCliError(err);
      }
    });
}
