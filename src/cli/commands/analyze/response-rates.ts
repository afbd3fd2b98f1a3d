import type { Command } from 'commander';
import { CliError } from '../../errors';

// Placeholder registration: the owner of this command replaces the body.
export function registerResponseRates(analyze: Command): void {
  analyze.command('response-rates').description('(not built yet)').allowUnknownOption().allowExcessArguments().action(() => {
    throw new CliError('`jha-survey analyze response-rates` is not built yet');
  });
}
