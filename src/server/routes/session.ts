import type { FastifyInstance } from 'fastify';
import { LoginRequestSchema, type ResponseBody } from '../../protocol';
import { authenticate, bearerToken, createSession, DUMMY_HASH, revokeSession, verifyPassword } from '../auth';
import { KB, type ServerContext } from '../context';
import { HttpProblem } from '../problems';
import { findAccount } from '../services';
import { parseWith } from '../validate';

export function sessionRoutes(app: FastifyInstance, { db, loginLimiter }: ServerContext): void {
  app.post<{ Reply: ResponseBody<'POST /session'> }>('/session', { bodyLimit: 64 * KB }, async (request, reply) => {
    const { username, password } = parseWith(LoginRequestSchema, request.body);
    const key = `${username.toLowerCase()}\u0000${request.ip}`;
    const wait = loginLimiter.retryAfter(key);
    if (wait > 0) {
      throw new HttpProblem('rate-limited', `too many failed log-ins for ${username}; try again in ${wait} s`, {}, { 'retry-after': String(wait) });
    }
    const account = await findAccount(db, username);
    const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok) {
      loginLimiter.fail(key);
      throw new HttpProblem('invalid-credentials');
    }
    loginLimiter.succeed(key);
    const session = await createSession(db, account);
    return reply.code(201).send(session);
  });

  app.delete('/session', async (request, reply) => {
    await authenticate(db, request);
    await revokeSession(db, bearerToken(request) as string);
    return reply.code(204).send();
  });
}
