export type { Database, Queryable, Row } from './database';
export { DatabaseLockedError } from './database';
export { openDatabase, databaseConfigFromEnv, describeDatabase, type DatabaseConfig } from './open';
export { migrate, loadMigrations, type Migration } from './migrate';
export { lockDirectory, LOCK_FILE } from './lock';
