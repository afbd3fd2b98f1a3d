import type { Command } from 'commander';
import { CliError } from '../errors';

// Placeholder registration: the owner of this command replaces the body.
export function registerDecrypt(program: Command): void {
  program.command('decrypt').description('(not built yet)').allowUnknownOption().action(() => {
    throw new CliError('`jha-survey decrypt` is not built yet');
  });
}
