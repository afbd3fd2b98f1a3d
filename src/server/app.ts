import type { Socket } from 'node:net';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { problem, type Problem } from '../protocol';
import { LoginLimiter, type SecretBox } from './auth';
import { KB, type ServerContext } from './context';
import type { Database } from './db';
import { parseJsonBody } from './json-body';
import { HttpProblem, problemFromFastifyError } from './problems';
import { apiRoutes } from './routes';
import { registerCompression, registerStaticApp, securityHeaders } from './static-app';

export const API_PREFIX = '/api/v1';

export interface AppOptions {
  db: Database;
  /** Directory of the built PWA (dist/app); null or missing: the API only. */
  appDir: string | null;
  /** Fastify's logger level, or false for none (tests). */
  logLevel?: string | false;
  /** Where log lines go (default stdout); tests read them to prove no answer is logged. */
  logStream?: { write(line: string): void };
  /** Trust X-Forwarded-For from these proxies (JHA_TRUST_PROXY): the client address for the limiter and the audit log. */
  trustProxy?: string | boolean;
  /** Seals the TOTP secrets (auth/secret-box.ts); null or missing: two-factor log-in is unavailable. */
  secrets?: SecretBox | null;
}

/**
 * What a failed request leaves in the log: the error's class, its codes and the stack frames,
 * never its message or other fields. A PostgreSQL error carries the offending value in its
 * message, `detail` and `where` (for jsonb, the body itself: the respondent's answers).
 */
export function redactedError(err: unknown): { type: string; message: string; stack: string; [key: string]: unknown } {
  const message = '(withheld: an error message may quote the request)';
  if (!(err instanceof Error)) return { type: typeof err, message, stack: '' };
  const { code, statusCode } = err as { code?: unknown; statusCode?: unknown };
  const frames = (err.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).map((line) => line.trim());
  return {
    type: err.name,
    message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof statusCode === 'number' ? { statusCode } : {}),
    stack: frames.join('\n'),
  };
}

/** Node's own answer to a request it could not parse (bad request line, headers over the limit), as a problem. */
function clientErrorResponse(err: { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const body = err.code === 'HPE_HEADER_OVERFLOW'
    ? problem('headers-too-large', 'the request headers exceed 16 KB')
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? problem('service-unavailable', 'the request took too long to arrive')
      : problem('validation-failed', 'the HTTP request could not be parsed');
  const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : body.status;
  const json = JSON.stringify({ ...body, status });
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n`
      + `Content-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nCache-Control: no-store\r\n`
      + `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${json}`);
  }
  socket.destroy();
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
    logger: options.logLevel
      ? { level: options.logLevel, ...(options.logStream ? { stream: options.logStream } : {}), serializers: { err: redactedError } }
      : false,
    clientErrorHandler: clientErrorResponse,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 64 * KB,
    // Fastify's own 503 while closing is plain JSON; ours below is a problem like every other error.
    return503OnClosing: false,
    // Errors raised before routing (an undecodable URL) go through the same problem shape.
    frameworkErrors: (err, _request, reply) => sendProblem(reply, problem('validation-failed', err.code === 'FST_ERR_BAD_URL' ? 'the URL is not valid' : undefined)),
  });
  // Bodies are JSON only: anything else is 415 rather than a string handed to the schemas.
  app.removeContentTypeParser('text/plain');
  // JSON through our parser: NUL, unpaired surrogates and deep nesting are 400s, not 500s (json-body.ts).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  const ctx: ServerContext = { db: options.db, loginLimiter: new LoginLimiter(options.db), secrets: options.secrets ?? null };

  // The one place where errors become HTTP responses (no stack trace ever leaves the server).
  app.setErrorHandler((err: FastifyError | HttpProblem, request, reply) => {
    if (err instanceof HttpProblem) return sendProblem(reply, err.problem, err.headers);
    const body = problemFromFastifyError(err);
    // redactedError (the logger's err serializer): never the message, detail or body.
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

  app.addHook('onSend', async (request, reply) => {
    reply.headers(securityHeaders);
    // API answers carry tokens and personal data: no cache (browser, proxy, service worker) keeps
    // them, unless a route said otherwise (an immutable questionnaire version).
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  await registerCompression(app);
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
