// `jha-survey analyze estimate`: one design-based estimate per domain (DESIGN.md §5).
// The analysis engine is loaded only when the command runs.
import { Command, Option } from 'commander';
import { CliError } from '../../errors';

export interface EstimateFlags {
  data: string;
  weight: string;
  strata?: string;
  psu?: string;
  fpc?: string;
  lonelyPsu: 'fail' | 'remove' | 'certainty' | 'average' | 'adjust';
  replicateWeights?: string;
  replicateType?: 'JK1' | 'JKn' | 'BRR' | 'Fay' | 'bootstrap';
  fayRho?: string;
  mse?: boolean;
  mean?: string[];
  total?: string[];
  proportion?: string[];
  ratio?: string[];
  table?: string;
  by?: string;
  missing: 'fail' | 'exclude';
  ciMethod: 'logit' | 'xlogit' | 'wilson' | 'beta' | 'asin' | 'likelihood' | 'mean';
  level: string;
  format: 'json' | 'csv' | 'table';
  delimiter?: string;
  decimal?: '.' | ',';
  encoding?: 'utf-8' | 'windows-1250' | 'iso-8859-2';
}

/** Repeated flags add up: `--mean a --mean b,c` is [a, b,c] (split on commas later). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The design and file options every microdata command takes. */
export function designOptions(command: Command): Command {
  return command
    .requiredOption('--data <file>', 'microdata, .csv or .xlsx')
    .option('--delimiter <char>', 'CSV field separator (default: detected from the header, "," ";" or tab; "tab" for a tab)')
    .addOption(new Option('--decimal <mark>', 'CSV decimal mark (default "." with ","-separated files, either with ";" or tab)').choices(['.', ',']))
    .addOption(new Option('--encoding <name>', 'CSV character encoding (a file that is not UTF-8 is refused unless named here)').choices(['utf-8', 'windows-1250', 'iso-8859-2']).default('utf-8'))
    .requiredOption('--weight <col>', 'analysis weight column')
    .option('--strata <col>', 'stratum column')
    .option('--psu <col>', 'first-stage cluster column (PSU labels may repeat across strata)')
    .option('--fpc <col>', 'population size (> 1) or sampling fraction (≤ 1) of the PSUs in each stratum')
    .addOption(new Option('--lonely-psu <policy>', 'strata with a single PSU').choices(['fail', 'remove', 'certainty', 'average', 'adjust']).default('fail'))
    .option('--replicate-weights <regex>', 'replicate weight columns (full analysis weights), by a regular expression')
    .addOption(new Option('--replicate-type <type>', 'replicate method').choices(['JK1', 'JKn', 'BRR', 'Fay', 'bootstrap']))
    .option('--fay-rho <rho>', "Fay's rho (with --replicate-type Fay)")
    .option('--mse', 'centre replicate variances at the full-sample estimate');
}

export function registerEstimate(analyze: Command): void {
  designOptions(analyze
    .command('estimate')
    .description('design-based means, totals, ratios, proportions and tables with SE, CI, df, deff, CV and reliability flags'))
    .option('--mean <cols>', 'estimate the mean of each COL (repeat the flag or separate by commas)', collect)
    .option('--total <cols>', 'estimate the total of each COL', collect)
    .option('--proportion <cols>', 'estimate the proportion of 1/true in each COL', collect)
    .option('--ratio <num/den>', 'estimate the ratio of two totals (repeatable)', collect)
    .option('--table <row[,col]>', 'weighted one- or two-way table: counts, shares and row shares with SEs')
    .option('--by <cols>', 'domains: one or more comma-separated columns')
    .addOption(new Option('--missing <policy>', 'missing analysis values').choices(['fail', 'exclude']).default('fail'))
    .addOption(new Option('--ci-method <method>', 'interval for proportions').choices(['logit', 'xlogit', 'wilson', 'beta', 'asin', 'likelihood', 'mean']).default('logit'))
    .option('--level <level>', 'confidence level', '0.95')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv', 'table']).default('json'))
    .action(async (flags: EstimateFlags) => {
      const { runEstimate, AnalysisError } = await import('../../../../analysis/cli/estimate');
      try {
        process.stdout.write(await runEstimate(flags));
      } catch (err) {
        if (err instanceof AnalysisError) throw new CliError(err.message);
        throw err;
      }
    });
}
