import type { Command } from 'commander';
import { CliError } from '../errors';

// Placeholder registration: the owner of this command replaces the body.
export function registerAnalyze(program: Command): void {
  program.command('analyze').description('(not built yet)').allowUnknownOption().action(() => {
    throw new CliError('`jha-survey analyze` is not built yet');
  });
}
