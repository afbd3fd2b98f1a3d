import type { FastifyRequest } from 'fastify';
import type { Role } from '../../protocol';
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';
import { resolveSession, type Principal } from './sessions';

/** The bearer token of a request, or undefined when the header is absent or not `Bearer …`. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+([A-Za-z0-9_-]{1,200})\s*$/i.exec(header);
  return match ? match[1] : undefined;
}

/** The caller of a request (401 unauthenticated without a live token). */
export async function authenticate(db: Queryable, request: FastifyRequest): Promise<Principal> {
  const token = bearerToken(request);
  if (!token) throw new HttpProblem('unauthenticated', 'send Authorization: Bearer <token> from POST /api/v1/session', {}, { 'www-authenticate': 'Bearer' });
  const principal = await resolveSession(db, token);
  if (!principal) throw new HttpProblem('unauthenticated', 'the session token is unknown, expired or revoked', {}, { 'www-authenticate': 'Bearer' });
  return principal;
}

/** 401 without a live token, 403 when the caller's role is not among `roles`. */
export async function requireRole(db: Queryable, request: FastifyRequest, ...roles: Role[]): Promise<Principal> {
  const principal = await authenticate(db, request);
  if (!roles.includes(principal.role)) {
    throw new HttpProblem('forbidden', `this needs the role ${roles.join(' or ')}; you are ${principal.role}`);
  }
  return principal;
}
