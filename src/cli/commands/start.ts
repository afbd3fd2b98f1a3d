import type { Command } from 'commander';
import { CliError } from '../errors';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description(
      'Serve the app and the API: PORT (8080), HOST (0.0.0.0), DATABASE_URL (PostgreSQL) or JHA_DATA_DIR (./data, embedded), JHA_SURVEYS_DIR (./surveys)',
    )
    .action(async () => {
      const { runStart } = await import('./start-server');
      await runStart(process.env);
    });
}

export function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`PORT must be a port number, not ${JSON.stringify(value)}`);
  return port;
}
