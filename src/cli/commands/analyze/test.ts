// `jha-survey analyze test`: design-based tests — Rao–Scott χ²/F for a crosstab (R svychisq)
// and differences between domains with SE, interval and t test (R svyttest / svycontrast).
import { Command, Option } from 'commander';
import { CHISQ_STATISTICS } from '../../../../analysis/tests/chisq';
import { MISSING_POLICIES } from '../../../../analysis/estimate';
import type { TestRequest } from '../../../../analysis/cli/test';
import { CliError } from '../../errors';
import { collect, designOptions } from './estimate';

export type TestFlags = TestRequest;

export function registerTest(analyze: Command): void {
  designOptions(analyze
    .command('test')
    .description('design-based tests: Rao–Scott test of independence (--chisq ROW,COL) or differences between domains (--mean/--proportion/--total/--ratio --by COL [--between A,B])'))
    .option('--chisq <row,col>', 'test of independence in the two-way table ROW × COL (R svychisq)')
    .addOption(new Option('--statistic <name>', 'F: second-order Rao–Scott F; Chisq: first-order corrected chi-square; Wald, adjWald: design-based Wald F; saddlepoint, lincom: Pearson X² against its linear-combination distribution (R svychisq)').choices(CHISQ_STATISTICS).default('F'))
    .option('--mean <cols>', 'compare the mean of each COL between domains', collect)
    .option('--total <cols>', 'compare the total of each COL between domains', collect)
    .option('--proportion <cols>', 'compare the proportion of 1/true in each COL between domains', collect)
    .option('--ratio <num/den>', 'compare a ratio of two totals between domains', collect)
    .option('--by <cols>', 'the domains compared')
    .option('--between <a,b>', 'only the difference A − B of two values of --by (default: every pair)')
    .addOption(new Option('--missing <policy>', 'missing analysis values').choices(MISSING_POLICIES).default('fail'))
    .option('--level <level>', 'confidence level of the intervals', '0.95')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv', 'table']).default('json'))
    .action(async (flags: TestFlags) => {
      const { runTest } = await import('../../../../analysis/cli/test');
      const { AnalysisError } = await import('../../../../analysis/errors');
      try {
        process.stdout.write(await runTest(flags));
      } catch (err) {
        if (err instanceof AnalysisError) throw new CliError(err.message);
        throw err;
      }
    });
}
