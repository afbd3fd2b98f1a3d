import type { Command } from 'commander';
import { CliError } from '../errors';

// Placeholder registration: the owner of this command replaces the body.
export function registerSimulate(program: Command): void {
  program.command('simulate').description('(not built yet)').allowUnknownOption().action(() => {
    throw new CliError('`jha-survey simulate` is not built yet');
  });
}
