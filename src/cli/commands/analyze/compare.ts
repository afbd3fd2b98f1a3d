// `jha-survey analyze compare`: the indicator set of several independent surveys (the region's
// countries, or waves of one survey) side by side, with each survey's difference from the
// first, its interval and significance, as CSV, XLSX or HTML with charts in the eight locales.
import type { Command } from 'commander';
import { CliError } from '../../errors';
import { collect, csvDialectOptions } from './estimate';
import { toCliError } from './indicators';

interface CompareFlags {
  survey?: string[];
  design?: string[];
  by?: string[];
  only?: string;
  lang: string;
  out: string;
  delimiter?: string;
  decimal?: '.' | ',';
  encoding?: 'utf-8' | 'windows-1250' | 'iso-8859-2';
}

export function registerCompare(analyze: Command): void {
  csvDialectOptions(analyze
    .command('compare')
    .description('indicator tables of several surveys (countries or waves) side by side, with differences, intervals and significance, as CSV, XLSX or HTML')
    .option('--survey <label=file>', 'a survey and its microdata (.csv or .xlsx); repeat, the first is the reference', collect)
    .option('--design <design.json>', 'the design of every survey, or repeat once per survey in the order of --survey', collect)
    .option('--by <vars>', 'disaggregation: comma-separated by-variables crossed with each other; repeat for several tables', collect)
    .option('--only <ids>', 'comma-separated indicator ids (default: all the data allow)')
    .option('--lang <locale>', 'language of XLSX/HTML: en, sq, bs, hr, mk, cnr, sr (Cyrillic), sr-Latn', 'en'))
    .requiredOption('--out <file>', 'compare.csv, compare.xlsx or compare.html')
    .action(async (flags: CompareFlags) => {
      if (!flags.survey || flags.survey.length < 2) throw new CliError('give at least two surveys: --survey LABEL=data.csv --survey LABEL=data.csv');
      if (!flags.design) throw new CliError('give the design: --design design.json (one for all surveys, or one per survey)');
      const { runCompare } = await import('../../../../analysis/cli/compare');
      const { writeFile } = await import('node:fs/promises');
      const r = await runCompare({ ...flags, survey: flags.survey, design: flags.design }).catch((err: unknown) => { throw toCliError(err); });
      await writeFile(flags.out, r.output);
      process.stderr.write(`${r.surveys} surveys, ${r.differences} differences (${r.significant} significant) written to ${flags.out}\n`);
    });
}
