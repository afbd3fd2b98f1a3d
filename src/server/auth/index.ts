export { hashPassword, verifyPassword, randomPassword, DUMMY_HASH } from './passwords';
export { newToken, hashToken } from './tokens';
export { LoginRateLimiter } from './rate-limit';
export { createSession, resolveSession, revokeSession, SESSION_LIFETIME_MS, type Principal } from './sessions';
export { authenticate, requireRole, bearerToken } from './guard';
