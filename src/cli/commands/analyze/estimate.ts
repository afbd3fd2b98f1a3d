// `jha-survey analyze estimate`: one design-based estimate per domain (DESIGN.md §5).
// The analysis engine is loaded only when the command runs; the option choices are its lists.
import { Command, Option } from 'commander';
import { LONELY_PSU_POLICIES, REPLICATE_TYPES } from '../../../../analysis/design';
import { MISSING_POLICIES } from '../../../../analysis/estimate';
import { PROPORTION_CI_METHODS } from '../../../../analysis/estimators/proportion';
import { OUTPUT_FORMATS } from '../../../../analysis/io/format';
import type { EstimateRequest } from '../../../../analysis/cli/estimate';
import { CliError } from '../../errors';

export type EstimateFlags = EstimateRequest;

export function registerEstimate(analyze: Command): void {
  analyze
    .command('estimate')
    .description('design-based mean, total, ratio or proportion with SE, CI, df, deff, CV and reliability flags')
    .requiredOption('--data <file>', 'microdata, .csv or .xlsx')
    .option('--design <design.json>', 'the design as a design.json (as `analyze indicators` reads it), instead of --weight, --strata, … below')
    .option('--weight <col>', 'analysis weight column')
    .option('--strata <col>', 'stratum column')
    .option('--psu <col>', 'first-stage cluster column (PSU labels may repeat across strata)')
    .option('--fpc <col>', 'population size (> 1) or sampling fraction (≤ 1) of the PSUs in each stratum')
    .addOption(new Option('--lonely-psu <policy>', 'strata with a single PSU (default fail)').choices(LONELY_PSU_POLICIES))
    .option('--replicate-weights <regex>', 'replicate weight columns (full analysis weights), by a regular expression')
    .addOption(new Option('--replicate-type <type>', 'replicate method').choices(REPLICATE_TYPES))
    .option('--fay-rho <rho>', "Fay's rho (with --replicate-type Fay)")
    .option('--mse', 'centre replicate variances at the full-sample estimate')
    .option('--mean <col>', 'estimate the mean of COL')
    .option('--total <col>', 'estimate the total of COL')
    .option('--proportion <col>', 'estimate the proportion of 1/true in COL')
    .option('--ratio <num/den>', 'estimate the ratio of two totals')
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
