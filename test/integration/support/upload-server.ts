// A server in a child process, for the SIGKILL test (kill-during-upload.test.ts): started on the
// database given as JSON in argv[2], on an ephemeral port; prints one JSON line with its port and the
// demo accounts it created (none after the first start), then serves until it is killed.
import { createServer } from '../../../src/server';

/** The integration tests' questionnaires (as support/http.ts's FIXTURES, which imports vitest). */
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

const database = JSON.parse(process.argv[2] ?? '{}') as { dataDir: string; databaseUrl?: string };
const server = await createServer({ database, surveysDir: FIXTURES, appDir: null });
await server.app.listen({ port: 0, host: '127.0.0.1' });
const address = server.app.server.address();
const port = typeof address === 'object' && address !== null ? address.port : 0;
process.stdout.write(`${JSON.stringify({ port, demoAccounts: server.demoAccounts })}\n`);
