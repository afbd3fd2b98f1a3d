import type { Command } from 'commander';
import { CliError } from '../errors';

// Placeholder registration: the owner of this command replaces the body.
export function registerUsers(program: Command): void {
  program.command('users').description('(not built yet)').allowUnknownOption().action(() => {
    throw new CliError('`jha-survey users` is not built yet');
  });
}
