// `jha-survey puf`: a public-use microdata file after disclosure control (docs/public-use-files.md).
import type { Command } from 'commander';
import { CliError } from '../errors';

interface PufOptions { data: string; config: string; out: string; report?: string }

export function registerPuf(program: Command): void {
  program
    .command('puf')
    .description('public-use microdata file: drop identifiers and free text, recode, top-code, k-anonymity by local suppression, PRAM; prints the risk report')
    .requiredOption('--data <file>', 'microdata (.csv or .xlsx)')
    .requiredOption('--config <puf.json>', 'disclosure-control configuration (strict schema, docs/public-use-files.md)')
    .requiredOption('--out <file.csv>', 'the public-use file (CSV)')
    .option('--report <file.json>', 'the risk and information-loss report (default: OUT.report.json); keep it with the PRAM seed, do not publish it')
    .action(async (o: PufOptions) => {
      const { toCliError, loadMicrodata } = await import('./analyze/indicators');
      try {
        const { readFile, writeFile } = await import('node:fs/promises');
        const d = await import('../../../analysis/disclosure');
        const { csvField } = await import('../../../analysis/tables/csv');
        if (!/\.csv$/i.test(o.out)) throw new CliError(`--out ${o.out}: the public-use file is written as .csv`);
        const config = d.parsePufConfig(JSON.parse(await readFile(o.config, 'utf8')));
        const table = await loadMicrodata(o.data, (header) => Object.fromEntries(header.map((h) => [h, 'category' as const])));
        const columns = [...table.names];
        const cols = columns.map((c) => table.columns.get(c));
        const rows = Array.from({ length: table.rowCount }, (_, i) => cols.map((c) => {
          if (!c || c.kind !== 'category') return undefined;
          const k = c.codes[i];
          return k < 0 ? undefined : c.levels[k];
        }));
        const { table: puf, report } = d.makePuf({ columns, rows }, config);
        await writeFile(o.out, [puf.columns.map(csvField).join(','), ...puf.rows.map((r) => r.map((v) => csvField(v ?? '')).join(','))].join('\n') + '\n');
        const reportFile = o.report ?? o.out.replace(/\.csv$/i, '.report.json');
        await writeFile(reportFile, JSON.stringify(report, null, 1) + '\n');
        const line = (label: string, s: import('../../../analysis/disclosure').RiskSummary): string =>
          `${label}: ${s.sampleUniques} sample uniques, ${s.kViolations} below k=${report.k}, expected re-identifications ${s.expectedReidentifications.toFixed(3)}, max individual risk ${s.maxRisk.toFixed(4)}\n`;
        process.stderr.write(line('original', report.risk.original) + line('after recoding', report.risk.recoded) + line('released', report.risk.released));
        process.stderr.write(`suppressed: ${Object.entries(report.suppressed).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}; removed: ${report.removed.join(', ') || 'none'}\n`);
        process.stderr.write(`${puf.rows.length} records written to ${o.out}; report in ${reportFile}\n`);
      } catch (err) { throw toCliError(err); }
    });
}
