// `jha-survey analyze glm`: design-based linear and logistic regression (R svyglm) with Wald
// tests of whole terms (R regTermTest), on the design of the flags or a design.json.
import { Command, Option } from 'commander';
import { GLM_FAMILIES } from '../../../../analysis/models/irls';
import { MISSING_POLICIES } from '../../../../analysis/estimate';
import type { GlmRequest } from '../../../../analysis/cli/glm';
import { CliError } from '../../errors';
import { collect, designOptions } from './estimate';

export type GlmFlags = GlmRequest;

export function registerGlm(analyze: Command): void {
  designOptions(analyze
    .command('glm')
    .description('design-based regression (R svyglm): linear (--family gaussian) or logistic (--family quasibinomial), coefficients with SE, t, p and interval, Wald tests of factors'))
    .requiredOption('--response <col>', 'the response column (0/1 for a logistic model)')
    .requiredOption('--terms <cols>', 'the explanatory columns, comma-separated (R y ~ a + b)', collect)
    .option('--factors <cols>', 'terms that are categorical (treatment contrasts: one coefficient per level but the reference)', collect)
    .option('--reference <factor=level>', "a factor's reference level (default its first level; repeatable)", collect)
    .option('--test <cols>', 'terms given a Wald F test that all their coefficients are 0 (R regTermTest; default every factor)', collect)
    .addOption(new Option('--family <family>', 'gaussian: linear regression; quasibinomial: logistic regression').choices(GLM_FAMILIES).default('gaussian'))
    .addOption(new Option('--missing <policy>', 'rows with a missing response or term (exclude: R na.omit)').choices(MISSING_POLICIES).default('fail'))
    .option('--level <level>', "confidence level of the intervals (default: the design file's level, else 0.95)")
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv', 'table']).default('json'))
    .action(async (flags: GlmFlags) => {
      const { runGlm } = await import('../../../../analysis/cli/glm');
      const { AnalysisError } = await import('../../../../analysis/errors');
      try {
        process.stdout.write(await runGlm(flags));
      } catch (err) {
        if (err instanceof AnalysisError) throw new CliError(err.message);
        throw err;
      }
    });
}
