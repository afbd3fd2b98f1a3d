import type { Command } from 'commander';
import { CliError } from '../../errors';

// Placeholder registration: the owner of this command replaces the body.
export function registerEstimate(analyze: Command): void {
  analyze.command('estimate').description('(not built yet)').allowUnknownOption().allowExcessArguments().action(() => {
    throw new CliError('`jha-survey analyze estimate` is not built yet');
  });
}
