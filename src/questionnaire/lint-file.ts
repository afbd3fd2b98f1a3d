// File-system side of the linter, for the CLI: read and parse with a one-line error.
import { jsonErrorOffset, lineAndColumnAt } from './json-position';
import { looksLikeQuestionnaire, lintQuestionnaire } from './lint';
import type { LintFinding, LintOptions } from './types';

/** An unreadable or unparsable file; the message is one line with the position. */
export class QuestionnaireFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuestionnaireFileError';
  }
}

function lineAndColumn(text: string, position: number): string {
  const { line, column } = lineAndColumnAt(text, position);
  return `line ${line}, column ${column}`;
}

/** Parses JSON text; a syntax error becomes a QuestionnaireFileError naming line and column. */
export function parseJsonText(text: string, path: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const offset = jsonErrorOffset(body);
    const where = offset === undefined ? 'an unknown position' : lineAndColumn(body, offset);
    const found = offset === undefined || offset >= body.length ? 'the text ends too early' : `unexpected ${JSON.stringify(body.slice(offset, offset + 12).split('\n')[0])}`;
    throw new QuestionnaireFileError(`${path}: invalid JSON at ${where}: ${offset === undefined ? message.split('\n')[0] : found}`);
  }
}

export async function readJsonFile(path: string): Promise<unknown> {
  const { readFile } = await import('node:fs/promises');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new QuestionnaireFileError(`${path}: cannot read: ${reason}`);
  }
  return parseJsonText(text, path);
}

export interface FileLintResult {
  file: string;
  findings: LintFinding[];
  /** Set when the file is JSON but not a questionnaire (e.g. surveys/indicators.json). */
  skipped?: string;
}

export async function lintFile(path: string, options: Omit<LintOptions, 'fileName'> = {}): Promise<FileLintResult> {
  const definition = await readJsonFile(path);
  if (!looksLikeQuestionnaire(definition)) {
    return { file: path, findings: [], skipped: 'not a SurveyJS questionnaire (no "pages" or "elements")' };
  }
  return { file: path, findings: lintQuestionnaire(definition, { ...options, fileName: path }) };
}
