// `jha-survey export`: the same microdata file as GET /api/v1/exports/ID.csv|.xlsx|.sav|.dta, straight
// from the database (for scheduled jobs and archives; the server need not run, but PGlite allows one
// process), streamed as the route streams it: memory does not grow with the number of interviews.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CliError } from '../errors';
import { HttpProblem, microdataSource, renderDictionary, streamMicrodata, type ExportFormat, type MicrodataSource } from '../../server';
import { withDatabase } from './database';

/** The way of `export` beside a running server (its --server option). */
export const EXPORT_BESIDE_SERVER = { through: 'export through it', whose: "a manager's or analyst" };

export async function exportMicrodata(
  questionnaireId: string, format: ExportFormat, out: string | undefined, env: NodeJS.ProcessEnv, locale = 'en', dictionaryOut?: string,
): Promise<void> {
  // Streamed a page of interviews at a time while the database is open, as the route does: the
  // whole table and file in memory took the previous writers 2.3 GB for 10,000 interviews as XLSX.
  await withDatabase(env, async (db) => writeMicrodata(await microdataSource(db, questionnaireId), format, out, locale, dictionaryOut), EXPORT_BESIDE_SERVER)
    .catch((err: unknown) => {
      if (err instanceof HttpProblem) throw new CliError(`${err.problem.code}: ${err.problem.detail ?? err.problem.title}`);
      throw err;
    });
}

/** `content` to standard output, waiting whenever the pipe is full (stdout is never ended). */
async function toStdout(content: Readable): Promise<void> {
  for await (const chunk of content) {
    if (!process.stdout.write(chunk as Buffer)) await once(process.stdout, 'drain');
  }
}

/**
 * Writes an export as `format` to `out` (stdout when undefined), streamed from `source`, and its
 * dictionary: `export` (a database source) and `decrypt` (a table in memory, `tableSource`) alike.
 * A file left half-written by a failure is removed.
 */
export async function writeMicrodata(source: MicrodataSource, format: ExportFormat, out: string | undefined, locale: string, dictionaryOut?: string): Promise<void> {
  const questionnaireId = source.questionnaireId;
  if (dictionaryOut !== undefined) {
    await writeFile(dictionaryOut, renderDictionary(source.dictionary)).catch((err: unknown) => {
      throw new CliError(`cannot write ${dictionaryOut}: ${err instanceof Error ? err.message : String(err)}`);
    });
    process.stderr.write(`jha-survey: the variable dictionary of ${questionnaireId} (${source.dictionary.variables.length} variables) written to ${dictionaryOut}\n`);
  }
  const content = streamMicrodata(source, format, locale);
  if (out === undefined) {
    await toStdout(content);
    return;
  }
  try {
    await pipeline(content, createWriteStream(out));
  } catch (err) {
    await rm(out, { force: true });
    throw err;
  }
  process.stderr.write(`jha-survey: ${source.rowCount} interview${source.rowCount === 1 ? '' : 's'} of ${questionnaireId} written to ${out}\n`);
}
