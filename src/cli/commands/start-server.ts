// `jha-survey start`, loaded only when that command runs (it pulls in Fastify and the DB driver).
import { CliError } from '../errors';
import { portFromEnv } from './start';
import { createServer, databaseConfigFromEnv, DatabaseLockedError, describeDatabase, formatDemoAccounts, parseSecretKey, SecretKeyError, type Server } from '../../server';

/** JHA_TRUST_PROXY: unset (trust no proxy), `true`, or the proxies' addresses/CIDRs, comma-separated. */
export function trustProxyFromEnv(value: string | undefined): string | boolean {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false') return false;
  return v === 'true' ? true : v;
}

export async function runStart(env: NodeJS.ProcessEnv): Promise<void> {
  const port = portFromEnv(env.PORT);
  const host = env.HOST?.trim() || '0.0.0.0';
  const database = databaseConfigFromEnv(env);
  const keyText = env.JHA_SECRET_KEY?.trim();
  let server: Server;
  try {
    server = await createServer({
      database,
      surveysDir: env.JHA_SURVEYS_DIR?.trim() || 'surveys',
      appDir: env.JHA_APP_DIR?.trim() || undefined,
      logLevel: env.LOG_LEVEL?.trim() || 'warn',
      trustProxy: trustProxyFromEnv(env.JHA_TRUST_PROXY),
      ...(keyText ? { secretKey: parseSecretKey(keyText) } : {}),
    });
  } catch (err) {
    if (err instanceof DatabaseLockedError) throw new CliError(`database-locked: ${err.message}`);
    if (err instanceof SecretKeyError) throw new CliError(`bad-secret-key: ${err.message}`);
    throw err;
  }
  const out = (line: string) => process.stdout.write(line + '\n');
  out(`jha-survey: database ${describeDatabase(database)}${server.migrationsApplied.length ? `; applied migrations ${server.migrationsApplied.join(', ')}` : ''}`);
  for (const s of server.surveys) {
    if (s.status === 'published') out(`jha-survey: published ${s.id} version ${s.version} (${s.file})`);
    if (s.status === 'rejected') out(`jha-survey: NOT published ${s.file}:\n  ${(s.reasons ?? []).join('\n  ')}`);
  }
  if (server.demoAccounts.length > 0) out(formatDemoAccounts(server.demoAccounts));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    out(`jha-survey: ${signal}, shutting down`);
    // Should closing hang (a stuck connection), do not keep the process forever.
    setTimeout(() => process.exit(1), 10_000).unref();
    server.close().then(
      () => {
        process.exitCode = 0;
      },
      (err: unknown) => {
        process.stderr.write(`jha-survey: error while closing: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  try {
    await server.app.listen({ port, host });
  } catch (err) {
    await server.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${port} is already in use (set PORT)`);
    throw err;
  }
  const address = server.app.server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  out(`jha-survey: listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${boundPort} (API under /api/v1)`);
}
