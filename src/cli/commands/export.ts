import type { Command } from 'commander';
import { CliError } from '../errors';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the microdata of a questionnaire (every version, latest revision of each interview) as CSV or XLSX')
    .argument('<questionnaire>', 'questionnaire id, e.g. victimization')
    .option('--format <format>', 'csv or xlsx (default: from --out, else csv)')
    .option('--out <file>', 'output file (default: CSV on standard output)')
    .action(async (questionnaire: string, options: { format?: string; out?: string }) => {
      const format = options.format ?? (options.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
      if (format !== 'csv' && format !== 'xlsx') throw new CliError(`--format must be csv or xlsx, not ${JSON.stringify(format)}`);
      if (format === 'xlsx' && options.out === undefined) throw new CliError('an XLSX export needs --out FILE');
      const { exportMicrodata } = await import('./export-run');
      await exportMicrodata(questionnaire, format, options.out, process.env);
    });
}
