export { hashPassword, verifyPassword, randomPassword, DUMMY_HASH } from './passwords';
export { passwordProblem, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from './password-policy';
export { newToken, hashToken } from './tokens';
export { LoginLimiter, ACCOUNT_POLICY, ADDRESS_POLICY, DEVICE_POLICY, DEVICE_TOKEN_DAYS, delayAfter, secondsToWait, type AttemptStart, type DelayPolicy } from './rate-limit';
export {
  createSession, resolveSession, revokeSession, listSessions, revokeSessionById, revokeSessionsOf, sessionId, SESSION_LIFETIME_MS,
  type Principal, type SessionInfo, type SessionOrigin,
} from './sessions';
export { newRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, recoveryCodeDigest } from './recovery-codes';
export { checkTotp, newTotpSecret, totpUri, TOTP_ROLES, TOTP_ISSUER } from './totp';
export { authenticate, requireRole, bearerToken } from './guard';
export { SecretBox, SecretKeyError, SecretOpenError, parseSecretKey, keyFromFile } from './secret-box';
