// `jha-survey export`: the same microdata file as GET /api/v1/exports/ID.csv|.xlsx|.sav|.dta, straight
// from the database (for scheduled jobs and archives; the server need not run, but PGlite allows one process).
import { writeFile } from 'node:fs/promises';
import { CliError } from '../errors';
import { HttpProblem, microdata, renderDictionary, renderMicrodata, type ExportFormat, type MicrodataTable } from '../../server';
import { withDatabase } from './database';

/** The way of `export` beside a running server (its --server option). */
export const EXPORT_BESIDE_SERVER = { through: 'export through it', whose: "a manager's or analyst" };

export async function exportMicrodata(
  questionnaireId: string, format: ExportFormat, out: string | undefined, env: NodeJS.ProcessEnv, locale = 'en', dictionaryOut?: string,
): Promise<void> {
  const table = await withDatabase(env, (db) => microdata(db, questionnaireId), EXPORT_BESIDE_SERVER).catch((err: unknown) => {
    if (err instanceof HttpProblem) throw new CliError(`${err.problem.code}: ${err.problem.detail ?? err.problem.title}`);
    throw err;
  });
  await writeMicrodata(table, format, out, locale, dictionaryOut);
}

/** Writes an export table as `format` to `out` (stdout when undefined), and its dictionary: `export` and `decrypt` alike. */
export async function writeMicrodata(table: MicrodataTable, format: ExportFormat, out: string | undefined, locale: string, dictionaryOut?: string): Promise<void> {
  const questionnaireId = table.questionnaireId;
  const content = await renderMicrodata(table, format, locale);
  if (dictionaryOut !== undefined) {
    await writeFile(dictionaryOut, renderDictionary(table.dictionary)).catch((err: unknown) => {
      throw new CliError(`cannot write ${dictionaryOut}: ${err instanceof Error ? err.message : String(err)}`);
    });
    process.stderr.write(`jha-survey: the variable dictionary of ${questionnaireId} (${table.dictionary.variables.length} variables) written to ${dictionaryOut}\n`);
  }
  if (out === undefined) {
    process.stdout.write(content);
    return;
  }
  await writeFile(out, content);
  process.stderr.write(`jha-survey: ${table.rows.length} interview${table.rows.length === 1 ? '' : 's'} of ${questionnaireId} written to ${out}\n`);
}
