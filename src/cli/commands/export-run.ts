// `jha-survey export`: the same microdata file as GET /api/v1/exports/ID.csv|.xlsx|.sav|.dta, straight
// from the database (for scheduled jobs and archives; the server need not run, but PGlite allows one process).
import { writeFile } from 'node:fs/promises';
import { CliError } from '../errors';
import { HttpProblem, microdata, renderCsv, renderDta, renderSav, renderXlsx, type MicrodataTable } from '../../server';
import { withDatabase } from './database';
import type { ExportFormat } from './export';

async function render(table: MicrodataTable, format: ExportFormat, locale: string): Promise<string | Buffer> {
  switch (format) {
    case 'csv':
      return renderCsv(table);
    case 'xlsx':
      return renderXlsx(table);
    case 'sav':
      return renderSav(table, { locale });
    case 'dta':
      return renderDta(table, { locale });
  }
}

export async function exportMicrodata(questionnaireId: string, format: ExportFormat, out: string | undefined, env: NodeJS.ProcessEnv, locale = 'en'): Promise<void> {
  const table = await withDatabase(env, (db) => microdata(db, questionnaireId)).catch((err: unknown) => {
    if (err instanceof HttpProblem) throw new CliError(`${err.problem.code}: ${err.problem.detail ?? err.problem.title}`);
    throw err;
  });
  const content = await render(table, format, locale);
  if (out === undefined) {
    process.stdout.write(content);
    return;
  }
  await writeFile(out, content);
  process.stderr.write(`jha-survey: ${table.rows.length} interview${table.rows.length === 1 ? '' : 's'} of ${questionnaireId} written to ${out}\n`);
}
