import type { Command } from 'commander';
import { locales } from '../../protocol';
import { CliError } from '../errors';

const formats = ['csv', 'xlsx', 'md'] as const;
const languages: readonly string[] = locales;

interface CodebookOptions {
  format: string;
  lang: string;
  out?: string;
}

export function registerCodebook(program: Command): void {
  program
    .command('codebook')
    .description('Write the codebook of a questionnaire: variables, labels, value labels, universe in words')
    .argument('<file>', 'questionnaire JSON file')
    .requiredOption('--format <format>', formats.join('|'))
    .option('--lang <locale>', languages.join('|'), 'en')
    .option('--out <file>', 'output file (default: stdout; required for xlsx)')
    .action(async (file: string, options: CodebookOptions) => {
      if (!(formats as readonly string[]).includes(options.format)) {
        throw new CliError(`--format must be one of ${formats.join(', ')}, not ${JSON.stringify(options.format)}`);
      }
      if (!languages.includes(options.lang)) {
        throw new CliError(`--lang must be one of ${languages.join(', ')}, not ${JSON.stringify(options.lang)}`);
      }
      if (options.format === 'xlsx' && options.out === undefined) throw new CliError('--format xlsx needs --out FILE.xlsx');
      const q = await import('../../questionnaire');
      if (!q.isCodebookLocale(options.lang)) throw new CliError(`unknown --lang ${options.lang}`);
      let definition: unknown;
      try {
        definition = await q.readJsonFile(file);
      } catch (err) {
        if (err instanceof q.QuestionnaireFileError) throw new CliError(err.message);
        throw err;
      }
      if (!q.isQuestionnaire(definition)) throw new CliError(`${file}: not a SurveyJS questionnaire (no "pages" or "elements")`);
      const codebook = q.buildCodebook(definition, options.lang);
      const body = options.format === 'xlsx' ? await q.codebookToXlsx(codebook)
        : options.format === 'csv' ? q.codebookToCsv(codebook) : q.codebookToMarkdown(codebook);
      if (options.out === undefined) {
        process.stdout.write(body);
        return;
      }
      const { writeFile } = await import('node:fs/promises');
      try {
        await writeFile(options.out, body);
      } catch (err) {
        throw new CliError(`cannot write ${options.out}: ${(err as Error).message}`);
      }
      process.stderr.write(`${options.out}: ${codebook.variables.length} variables\n`);
    });
}
