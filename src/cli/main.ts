// The `jha-survey` command. Each command module registers its options here and loads its
// implementation lazily, so a quick command never pays for the server's start-up.
import { Command, CommanderError } from 'commander';
import { CliError } from './errors';
import { registerStart } from './commands/start';
import { registerUsers } from './commands/users';
import { registerExport } from './commands/export';
import { registerLint } from './commands/lint';
import { registerCodebook } from './commands/codebook';
import { registerAnalyze } from './commands/analyze';
import { registerSimulate } from './commands/simulate';
import { registerAdminReturns } from './commands/admin-returns';
import { registerPuf } from './commands/puf';
import { registerSample } from './commands/sample';
import { registerWeight } from './commands/weight';
import { registerKeys } from './commands/keys';

const program = new Command('jha-survey')
  .description('Offline crime-victimization and corruption survey engine')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerStart(program);
registerUsers(program);
registerExport(program);
registerLint(program);
registerCodebook(program);
registerAnalyze(program);
registerSimulate(program);
registerAdminReturns(program);
registerPuf(program);
registerSample(program);
registerWeight(program);
registerKeys(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else if (err instanceof CliError) {
    process.stderr.write(`jha-survey: ${err.message}\n`);
    process.exitCode = err.exitCode;
  } else {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`jha-survey: ${message.split('\n')[0]}\n`);
    if (process.env.JHA_DEBUG) process.stderr.write(String(err instanceof Error ? err.stack : err) + '\n');
    process.exitCode = 2;
  }
}
