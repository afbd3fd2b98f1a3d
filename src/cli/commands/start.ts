import type { Command } from 'commander';
import { CliError } from '../errors';

// Placeholder registration: the owner of this command replaces the body.
export function registerStart(program: Command): void {
  program.command('start').description('(not built yet)').allowUnknownOption().action(() => {
    throw new CliError('`jha-survey start` is not built yet');
  });
}
