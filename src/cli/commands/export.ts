import type { Command } from 'commander';
import { EXPORT_FORMATS, isExportFormat, locales } from '../../protocol';
import { CliError } from '../errors';

// The protocol's lists (not the server's export module, so `--help` does not load the writers).
const LOCALES: readonly string[] = locales;

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the microdata of a questionnaire (every version, latest revision of each interview) as CSV, XLSX, SPSS (.sav) or Stata (.dta)')
    .argument('<questionnaire>', 'questionnaire id, e.g. victimization')
    .option('--format <format>', `${EXPORT_FORMATS.join(', ')} (default: from the --out extension, else csv)`)
    .option('--out <file>', 'output file (default: CSV on standard output)')
    .option('--lang <locale>', `label language of .sav and .dta: ${LOCALES.join(', ')}`, 'en')
    .action(async (questionnaire: string, options: { format?: string; out?: string; lang: string }) => {
      const extension = options.out?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
      const format = options.format ?? (extension !== undefined && isExportFormat(extension) ? extension : 'csv');
      if (!isExportFormat(format)) throw new CliError(`--format must be ${EXPORT_FORMATS.join(', ')}, not ${JSON.stringify(format)}`);
      if (format !== 'csv' && options.out === undefined) throw new CliError(`a ${format.toUpperCase()} export needs --out FILE`);
      if (!LOCALES.includes(options.lang)) throw new CliError(`--lang must be one of ${LOCALES.join(', ')}, not ${JSON.stringify(options.lang)}`);
      const { exportMicrodata } = await import('./export-run');
      await exportMicrodata(questionnaire, format, options.out, process.env, options.lang);
    });
}
