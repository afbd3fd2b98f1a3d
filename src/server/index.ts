export { createServer, defaultAppDir, type Server, type ServerOptions } from './server';
export { buildApp, API_PREFIX, type AppOptions } from './app';
export { databaseConfigFromEnv, describeDatabase, DatabaseLockedError, openDatabase, migrate, type Database, type DatabaseConfig } from './db';
export {
  AccountExistsError, AccountMissingError, createAccount, formatDemoAccounts, listAccounts, microdata, microdataSource, tableSource, streamMicrodata, type MicrodataSource, MIN_PASSWORD_LENGTH, renderDictionary, renderMicrodata,
  resetTwoFactor, sealTotpSecrets, setPassword, usernamePattern, type ExportFormat, envelopeExport, microdataTable, type ExportRow, type MicrodataTable, audit, listAudit, auditActions, WeakPasswordError, type AuditAction, type AuditRecord,
} from './services';
export { passwordProblem, parseSecretKey, SecretBox, SecretKeyError, SecretOpenError } from './auth';
export { HttpProblem } from './problems';
export { packageRoot } from './paths';
