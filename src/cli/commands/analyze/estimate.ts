// `jha-survey analyze estimate`: one design-based estimate per domain (DESIGN.md §5).
// The analysis engine is loaded only when the command runs; the option choices are its lists.
import { Command, Option } from 'commander';
import { LONELY_PSU_POLICIES, REPLICATE_TYPES } from '../../../../analysis/design';
import { MISSING_POLICIES } from '../../../../analysis/estimate';
import { PROPORTION_CI_METHODS } from '../../../../analysis/estimators/proportion';
import { OUTPUT_FORMATS } from '../../../../analysis/io/format';
import { CSV_DECIMALS, CSV_ENCODINGS } from '../../../../analysis/io/csv';
import { QUANTILE_INTERVALS, QUANTILE_RULES } from '../../../../analysis/estimators/quantile';
import type { EstimateRequest } from '../../../../analysis/cli/estimate';
import { CliError } from '../../errors';

export type EstimateFlags = EstimateRequest;

/** Repeated flags add up: `--mean a --mean b,c` is [a, b,c] (split on commas later). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * The CSV dialect options of every command that reads microdata (`analyze estimate`, `test`,
 * `glm`, `indicators`, `compare`): one definition, read by one reader (`loadTable`).
 */
export function csvDialectOptions(command: Command): Command {
  return command
    .option('--delimiter <char>', 'CSV field separator (default: detected from the header, "," ";" or tab; "tab" for a tab)')
    .addOption(new Option('--decimal <mark>', 'CSV decimal mark (default "." with ","-separated files, either with ";" or tab)').choices(CSV_DECIMALS))
    .addOption(new Option('--encoding <name>', 'CSV character encoding (a file that is not UTF-8 is refused unless named here)').choices(CSV_ENCODINGS).default('utf-8'));
}

/** The file and design options every microdata command takes. */
export function designOptions(command: Command): Command {
  return csvDialectOptions(command
    .requiredOption('--data <file>', 'microdata, .csv or .xlsx'))
    .option('--design <design.json>', 'the design as a design.json (as `analyze indicators` reads it), instead of --weight, --strata, … below')
    .option('--weight <col>', 'analysis weight column')
    .option('--strata <col>', 'stratum column')
    .option('--psu <col>', 'first-stage cluster column (PSU labels may repeat across strata)')
    .option('--fpc <col>', 'population size (> 1) or sampling fraction (≤ 1) of the PSUs in each stratum')
    .option('--stage <cluster[,fpc]>', 'second sampling stage: cluster column (labels unique within a PSU) and its population per PSU (R id = ~psu + ssu, fpc = ~fpc + fpc2)')
    .addOption(new Option('--lonely-psu <policy>', 'strata with a single PSU (default fail)').choices(LONELY_PSU_POLICIES))
    .option('--replicate-weights <regex>', 'replicate weight columns (full analysis weights), by a regular expression')
    .addOption(new Option('--replicate-type <type>', 'replicate method').choices(REPLICATE_TYPES))
    .option('--fay-rho <rho>', "Fay's rho (with --replicate-type Fay)")
    .option('--mse', 'centre replicate variances at the full-sample estimate')
    .option('--scale <number>', "replicate variance scale (default R's for the type)")
    .option('--rscales <list>', 'per-replicate factors, comma-separated (JKn: (n_h − 1)/n_h; default guessed from the weights)');
}

export function registerEstimate(analyze: Command): void {
  designOptions(analyze
    .command('estimate')
    .description('design-based means, totals, ratios, proportions and tables with SE, CI, df, deff, CV and reliability flags'))
    .option('--mean <cols>', 'estimate the mean of each COL (repeat the flag or separate by commas)', collect)
    .option('--total <cols>', 'estimate the total of each COL', collect)
    .option('--proportion <cols>', 'estimate the proportion of 1/true in each COL', collect)
    .option('--ratio <num/den>', 'estimate the ratio of two totals (repeatable)', collect)
    .option('--quantile <cols>', 'estimate quantiles of each COL (R svyquantile)', collect)
    .option('--probabilities <list>', 'the quantiles\' probabilities, comma-separated (default 0.5)')
    .addOption(new Option('--qrule <rule>', 'quantile rule (R qrule; default math)').choices(QUANTILE_RULES))
    .addOption(new Option('--quantile-interval <type>', 'Woodruff interval type for quantiles (R interval.type; default mean)').choices(QUANTILE_INTERVALS))
    .option('--table <row[,col]>', 'weighted one- or two-way table: counts, shares and row shares with SEs')
    .option('--by <cols>', 'domains: one or more comma-separated columns')
    .addOption(new Option('--missing <policy>', 'missing analysis values').choices(MISSING_POLICIES).default('fail'))
    .addOption(new Option('--ci-method <method>', "interval for proportions (default: the design file's ciMethod, else logit)").choices(PROPORTION_CI_METHODS))
    .option('--level <level>', "confidence level (default: the design file's level, else 0.95)")
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
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
