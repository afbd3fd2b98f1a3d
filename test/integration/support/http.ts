import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { createServer, type Server, type ServerOptions } from '../../../src/server';
import type { Role } from '../../../src/protocol';
import { scratchDatabase, type BackendName, type ScratchDatabase } from './backends';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** A fresh PGlite takes ~2.5 s to create, many times that on a machine busy with other work. */
export const HOOK_TIMEOUT = 180_000;

export interface TestServer {
  server: Server;
  base: string;
  /** Demo account passwords by role (created on the fresh database). */
  passwords: Record<Role, string>;
  stop(): Promise<void>;
}

/** A real server on an ephemeral port over a fresh database of the given backend. */
export async function startTestServer(backend: BackendName, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const scratch: ScratchDatabase = await scratchDatabase(backend);
  // PostgreSQL has no data directory for a key file: the key comes from the operator (JHA_SECRET_KEY).
  const secretKey = backend === 'postgres' ? { secretKey: randomBytes(32) } : {};
  const server = await createServer({ database: scratch.config, surveysDir: FIXTURES, appDir: null, ...secretKey, ...options });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const address = server.app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  const passwords = Object.fromEntries(server.demoAccounts.map((a) => [a.role, a.password])) as Record<Role, string>;
  return {
    server,
    base: `http://127.0.0.1:${address.port}/api/v1`,
    passwords,
    async stop() {
      await server.close();
      await scratch.dispose();
    },
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export async function call(base: string, method: string, path: string, options: { token?: string; body?: unknown; raw?: string; contentType?: string } = {}): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const res = await fetch(base + path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: parsed, text };
}

export async function login(base: string, username: string, password: string): Promise<string> {
  const res = await call(base, 'POST', '/session', { body: { username, password } });
  expect(res.status).toBe(201);
  return (res.body as { token: string }).token;
}

/** Asserts an RFC 9457 problem response with the given status and code. */
export function expectProblem(res: Reply, status: number, code: string): Record<string, unknown> {
  expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.text).not.toMatch(/\bat .+:\d+:\d+/);
  return res.body as Record<string, unknown>;
}
