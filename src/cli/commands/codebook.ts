import type { Command } from 'commander';
import { CliError } from '../errors';

// Placeholder registration: the owner of this command replaces the body.
export function registerCodebook(program: Command): void {
  program.command('codebook').description('(not built yet)').allowUnknownOption().action(() => {
    throw new CliError('`jha-survey codebook` is not built yet');
  });
}
