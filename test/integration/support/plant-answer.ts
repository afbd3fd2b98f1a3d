// Run as a child process (so its umask is its own): opens the embedded database in argv[2],
// applies the migrations and stores argv[3] in a table, then closes.
import { migrate, openDatabase } from '../../../src/server';

const [dataDir, planted] = process.argv.slice(2);
const db = await openDatabase({ dataDir });
try {
  await migrate(db);
  await db.query('CREATE TABLE IF NOT EXISTS planted (value text)');
  await db.query('INSERT INTO planted (value) VALUES ($1)', [planted]);
} finally {
  await db.close();
}
