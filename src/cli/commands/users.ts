import type { Command } from 'commander';
import { roles, type Role } from '../../protocol';
import { CliError } from '../errors';

export function registerUsers(program: Command): void {
  const users = program.command('users').description('Manage accounts in the database of DATABASE_URL or JHA_DATA_DIR');
  users
    .command('add')
    .description('Create an account; the password comes from JHA_PASSWORD, else from stdin')
    .argument('<name>', 'user name')
    .requiredOption('--role <role>', `one of ${roles.join(', ')}`)
    .action(async (name: string, options: { role: string }) => {
      if (!(roles as readonly string[]).includes(options.role)) {
        throw new CliError(`--role must be one of ${roles.join(', ')}, not ${JSON.stringify(options.role)}`);
      }
      const { addUser } = await import('./users-run');
      await addUser(name, options.role as Role, process.env);
    });
  users
    .command('passwd')
    .description("Set an account's password (JHA_PASSWORD, else stdin) and end its sessions")
    .argument('<name>', 'user name')
    .action(async (name: string) => {
      const { changePassword } = await import('./users-run');
      await changePassword(name, process.env);
    });
  users
    .command('list')
    .description('List the accounts and their roles')
    .action(async () => {
      const { listUsers } = await import('./users-run');
      await listUsers(process.env);
    });
}
