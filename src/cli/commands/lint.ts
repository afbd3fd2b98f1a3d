import type { Command } from 'commander';
import { CliError } from '../errors';

interface LintCommandOptions {
  previous?: string;
  json?: boolean;
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('Check SurveyJS questionnaires: exit 0 clean, 1 with one line per finding, 2 for unreadable input')
    .argument('<files...>', 'questionnaire JSON files')
    .option('--previous <old.json>', 'the previously published version: no name or choice value may be removed or reused')
    .option('--json', 'print the findings as one JSON array')
    .action(async (files: string[], options: LintCommandOptions) => {
      const { lintFile, readJsonFile, formatFinding, isQuestionnaire, QuestionnaireFileError } = await import('../../questionnaire');
      const unreadable = (err: unknown): CliError => {
        if (err instanceof QuestionnaireFileError) return new CliError(err.message);
        throw err;
      };
      let previous: unknown;
      if (options.previous !== undefined) {
        previous = await readJsonFile(options.previous).catch((err: unknown) => { throw unreadable(err); });
        if (!isQuestionnaire(previous)) throw new CliError(`--previous ${options.previous}: not a SurveyJS questionnaire (no "pages" or "elements")`);
      }
      const findings = [];
      let failed: CliError | undefined;
      let linted = 0;
      for (const file of files) {
        try {
          const result = await lintFile(file, { previous });
          if (result.skipped) process.stderr.write(`${file}: skipped: ${result.skipped}\n`);
          else linted++;
          findings.push(...result.findings);
        } catch (err) {
          failed = unreadable(err);
          process.stderr.write(`jha-survey: ${failed.message}\n`);
        }
      }
      if (options.json) process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
      else for (const f of findings) process.stdout.write(`${formatFinding(f)}\n`);
      if (failed) {
        process.exitCode = 2;
        return;
      }
      const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
      process.stderr.write(`${plural(linted, 'questionnaire')} linted, ${plural(findings.length, 'finding')}\n`);
      process.exitCode = findings.length > 0 ? 1 : 0;
    });
}
