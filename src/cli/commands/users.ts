import type { Command } from 'commander';
import { roles, type Role } from '../../protocol';
import { CliError } from '../errors';

const SERVER_OPTION = ['--server <url>', "through a running server (an admin's session token in JHA_TOKEN) instead of opening the database; also JHA_SERVER"] as const;

/** --server, else JHA_SERVER; none: the database itself. */
function serverOf(options: { server?: string }): string | undefined {
  const server = options.server ?? process.env.JHA_SERVER;
  return server === undefined || server === '' ? undefined : server;
}

export function registerUsers(program: Command): void {
  const users = program.command('users').description('Manage accounts in the database of DATABASE_URL or JHA_DATA_DIR, or through a running server (--server)');
  users
    .command('add')
    .description('Create an account; the password comes from JHA_PASSWORD, else from stdin')
    .argument('<name>', 'user name')
    .requiredOption('--role <role>', `one of ${roles.join(', ')}`)
    .option(...SERVER_OPTION)
    .action(async (name: string, options: { role: string; server?: string }) => {
      if (!(roles as readonly string[]).includes(options.role)) {
        throw new CliError(`--role must be one of ${roles.join(', ')}, not ${JSON.stringify(options.role)}`);
      }
      const { addUser } = await import('./users-run');
      await addUser(name, options.role as Role, process.env, serverOf(options));
    });
  users
    .command('passwd')
    .description("Set an account's password (JHA_PASSWORD, else stdin) and end its sessions")
    .argument('<name>', 'user name')
    .option(...SERVER_OPTION)
    .action(async (name: string, options: { server?: string }) => {
      const { changePassword } = await import('./users-run');
      await changePassword(name, process.env, serverOf(options));
    });
  users
    .command('reset-two-factor')
    .description("Remove an account's two-factor log-in and recovery codes (a lost phone) and end its sessions")
    .argument('<name>', 'user name')
    .option(...SERVER_OPTION)
    .action(async (name: string, options: { server?: string }) => {
      const { resetTwoFactorOf } = await import('./users-run');
      await resetTwoFactorOf(name, process.env, serverOf(options));
    });
  users
    .command('list')
    .description('List the accounts and their roles')
    .option(...SERVER_OPTION)
    .action(async (options: { server?: string }) => {
      const { listUsers } = await import('./users-run');
      await listUsers(process.env, serverOf(options));
    });
}
