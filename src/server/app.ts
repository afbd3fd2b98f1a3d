import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { problem, type Problem } from '../protocol';
import { LoginRateLimiter } from './auth';
import { KB, type ServerContext } from './context';
import type { Database } from './db';
import { HttpProblem, problemFromFastifyError } from './problems';
import { apiRoutes } from './routes';
import { registerStaticApp } from './static-app';

export const API_PREFIX = '/api/v1';

export interface AppOptions {
  db: Database;
  /** Directory of the built PWA (dist/app); null or missing: the API only. */
  appDir: string | null;
  /** Fastify's logger level, or false for none (tests). */
  logLevel?: string | false;
  loginLimiter?: LoginRateLimiter;
}

function sendProblem(reply: FastifyReply, body: Problem, headers: Record<string, string> = {}) {
  return reply
    .code(body.status)
    .headers(headers)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(body));
}

/** The Fastify application: API under /api/v1, the PWA at /, and every error as a problem. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel ? { level: options.logLevel } : false,
    bodyLimit: 64 * KB,
    // Fastify's own 503 while closing is plain JSON; ours below is a problem like every other error.
    return503OnClosing: false,
    // Errors raised before routing (an undecodable URL) go through the same problem shape.
    frameworkErrors: (err, _request, reply) => sendProblem(reply, problem('validation-failed', err.code === 'FST_ERR_BAD_URL' ? 'the URL is not valid' : undefined)),
  });
  // Bodies are JSON only: anything else is 415 rather than a string handed to the schemas.
  app.removeContentTypeParser('text/plain');
  const ctx: ServerContext = { db: options.db, loginLimiter: options.loginLimiter ?? new LoginRateLimiter() };

  // The one place where errors become HTTP responses (no stack trace ever leaves the server).
  app.setErrorHandler((err: FastifyError | HttpProblem, request, reply) => {
    if (err instanceof HttpProblem) return sendProblem(reply, err.problem, err.headers);
    const body = problemFromFastifyError(err);
    if (body.code === 'internal-error') request.log.error({ err }, 'request failed');
    return sendProblem(reply, body);
  });

  // Requests still arriving on kept-alive connections during shutdown: 503 with Retry-After, so the
  // app's outbox backs off and retries instead of seeing a half-closed database.
  let closing = false;
  app.addHook('preClose', async () => { closing = true; });
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) return sendProblem(reply, problem('service-unavailable'), { 'retry-after': '5', connection: 'close' });
  });

  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
  });

  const serveSpa = await registerStaticApp(app, options.appDir);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    const isApi = path === '/api' || path.startsWith('/api/');
    if (!isApi && (request.method === 'GET' || request.method === 'HEAD')) return serveSpa(reply);
    return sendProblem(reply, problem('not-found', `no route ${request.method} ${path}`));
  });

  await app.register(apiRoutes(ctx), { prefix: API_PREFIX });
  return app;
}
