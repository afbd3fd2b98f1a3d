import type { Command } from 'commander';
import { ENVELOPE_EXPORT_SUFFIX, EXPORT_FORMATS, isExportFormat, locales } from '../../protocol';
import { CliError } from '../errors';

// The protocol's lists (not the server's export module, so `--help` does not load the writers).
const LOCALES: readonly string[] = locales;

/** `survey.csv` → `survey.dictionary.json`, the name the server gives the dictionary of `survey.csv` and where analyze looks for it. */
function dictionaryBeside(out: string | undefined): string {
  if (out === undefined) throw new CliError('--dictionary without a file name needs --out FILE (it is written beside it)');
  return out.replace(/\.[A-Za-z]+$/, '') + '.dictionary.json';
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the microdata of a questionnaire (every version, latest revision of each interview) as CSV, XLSX, SPSS (.sav) or Stata (.dta)')
    .argument('<questionnaire>', 'questionnaire id, e.g. victimization')
    .option('--format <format>', `${EXPORT_FORMATS.join(', ')} (default: from the --out extension, else csv)`)
    .option('--out <file>', 'output file (default: CSV on standard output)')
    .option('--lang <locale>', `label language of .sav and .dta: ${LOCALES.join(', ')}`, 'en')
    .option('--dictionary [file]', 'also write the variable dictionary (JSON; default: beside --out as NAME.dictionary.json)')
    .option('--server <url>', 'export through a running server (token in JHA_TOKEN) instead of opening the database; also JHA_SERVER')
    .option('--envelopes', `an encrypted questionnaire: write its envelopes (ID${ENVELOPE_EXPORT_SUFFIX}) for \`jha-survey decrypt --key private.pem\``)
    .action(async (questionnaire: string, options: { format?: string; out?: string; lang: string; dictionary?: string | boolean; server?: string; envelopes?: boolean }) => {
      const server = options.server ?? process.env.JHA_SERVER;
      if (options.envelopes === true || options.out?.endsWith(ENVELOPE_EXPORT_SUFFIX)) {
        if (options.format !== undefined || options.dictionary !== undefined) throw new CliError('--envelopes writes the envelope export only: give --format and --dictionary to `jha-survey decrypt`');
        const { exportEnvelopes } = await import('./export-envelopes');
        await exportEnvelopes(questionnaire, options.out, server || undefined, process.env);
        return;
      }
      const extension = options.out?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
      // A file name's extension must be a format we write: `--out x.por` is an error, never a CSV named .por.
      if (extension !== undefined && !isExportFormat(extension)) {
        throw new CliError(`--out ${options.out}: .${extension} is not an export format; use ${EXPORT_FORMATS.map((f) => `.${f}`).join(', ')}`);
      }
      if (options.format !== undefined && extension !== undefined && options.format !== extension) {
        throw new CliError(`--format ${options.format} does not match --out ${options.out}`);
      }
      const format = options.format ?? extension ?? 'csv';
      if (!isExportFormat(format)) throw new CliError(`--format must be ${EXPORT_FORMATS.join(', ')}, not ${JSON.stringify(format)}`);
      if (format !== 'csv' && options.out === undefined) throw new CliError(`a ${format.toUpperCase()} export needs --out FILE`);
      if (!LOCALES.includes(options.lang)) throw new CliError(`--lang must be one of ${LOCALES.join(', ')}, not ${JSON.stringify(options.lang)}`);
      const dictionary = options.dictionary === true ? dictionaryBeside(options.out) : options.dictionary || undefined;
      if (server !== undefined && server !== '') {
        const { exportRemote } = await import('./export-remote');
        await exportRemote(server, questionnaire, format, options.out, process.env, options.lang, dictionary);
        return;
      }
      const { exportMicrodata } = await import('./export-run');
      await exportMicrodata(questionnaire, format, options.out, process.env, options.lang, dictionary);
    });
}
