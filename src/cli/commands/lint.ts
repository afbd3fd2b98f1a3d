import type { Command } from 'commander';
import { CliError } from '../errors';

// Placeholder registration: the owner of this command replaces the body.
export function registerLint(program: Command): void {
  program.command('lint').description('(not built yet)').allowUnknownOption().action(() => {
    throw new CliError('`jha-survey lint` is not built yet');
  });
}
