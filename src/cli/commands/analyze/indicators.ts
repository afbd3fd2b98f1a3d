import type { Command } from 'commander';
import { CliError } from '../../errors';

// Placeholder registration: the owner of this command replaces the body.
export function registerIndicators(analyze: Command): void {
  analyze.command('indicators').description('(not built yet)').allowUnknownOption().allowExcessArguments().action(() => {
    throw new CliError('`jha-survey analyze indicators` is not built yet');
  });
}
