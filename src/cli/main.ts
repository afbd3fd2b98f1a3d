// The `jha-survey` command. Each command module registers its options here and loads its
// implementation lazily, so a quick command never pays for the server's start-up.
import { Command, CommanderError } from 'commander';
import { CliError } from './errors';

/**
 * Each top-level command and the module that registers it. Only the command invoked is
 * registered (and so loaded): its option lists come from the analysis and protocol modules
 * (the zod schemas, the distributions), and loading all of them cost `jha-survey analyze
 * estimate` a tenth of its 1,000,000-row run. Help, a version or an unknown command
 * registers them all, so the listing and commander's suggestions are complete.
 */
const COMMANDS: Readonly<Record<string, () => Promise<(program: Command) => void>>> = {
  start: async () => (await import('./commands/start')).registerStart,
  users: async () => (await import('./commands/users')).registerUsers,
  export: async () => (await import('./commands/export')).registerExport,
  lint: async () => (await import('./commands/lint')).registerLint,
  codebook: async () => (await import('./commands/codebook')).registerCodebook,
  analyze: async () => (await import('./commands/analyze')).registerAnalyze,
  simulate: async () => (await import('./commands/simulate')).registerSimulate,
  admin: async () => (await import('./commands/admin-returns')).registerAdminReturns,
  puf: async () => (await import('./commands/puf')).registerPuf,
  sample: async () => (await import('./commands/sample')).registerSample,
  weight: async () => (await import('./commands/weight')).registerWeight,
  keys: async () => (await import('./commands/keys')).registerKeys,
};

const program = new Command('jha-survey')
  .description('Offline crime-victimization and corruption survey engine')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

// The first argument that is not an option names the command.
const invoked = process.argv.slice(2).find((a) => !a.startsWith('-'));
const chosen = invoked !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, invoked) ? [invoked] : Object.keys(COMMANDS);
for (const register of await Promise.all(chosen.map((name) => COMMANDS[name]()))) register(program);

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
