// A manager's assignment list as a CSV file (one row per case), the way field departments keep
// their sample: `interviewer` and `case_id` columns, and any other column the name of a question
// whose answer is known in advance (prefill: address, region, household size from the frame).
import { readCsv } from '../../../analysis/io';
import { buildDictionary, checkPrefill, describePrefillProblem } from '../../questionnaire/dictionary';
import type { AssignmentRequest } from '../../protocol';
import { knownAnswers } from './assignment-refusals';

export interface AssignmentFileProblem {
  /** 1-based line of the file (the header is line 1); 0 for the file as a whole. */
  line: number;
  /** Stable code; the app shows `t(code, values)` in the manager's language (src/app/i18n). */
  code: 'assignmentFileUnreadable' | 'assignmentFileHeader' | 'assignmentFileUnknown' | 'assignmentFileEmpty' | 'assignmentFileDuplicate' | 'assignmentFilePrefill';
  values?: Record<string, string | number>;
  /** The same in English, for logs and tests. */
  message: string;
}

export interface AssignmentFile {
  requests: AssignmentRequest[];
  problems: AssignmentFileProblem[];
}

const INTERVIEWER = 'interviewer';
const CASE_ID = ['case_id', 'caseId', 'case'];

/** A cell that is a plain number ("3", "-1.5", not "007") is prefilled as a number, like SurveyJS stores it. */
function cellValue(text: string): string | number {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && String(n) === text ? n : text;
}

export function parseAssignmentFile(bytes: Uint8Array, questionnaireId: string, definition: Record<string, unknown>): AssignmentFile {
  const problems: AssignmentFileProblem[] = [];
  let table;
  try {
    table = readCsv(bytes);
  } catch (error) {
    return { requests: [], problems: [{ line: 0, code: 'assignmentFileUnreadable', message: error instanceof Error ? error.message : String(error) }] };
  }
  const caseColumn = CASE_ID.find((c) => table.columns.has(c));
  if (!table.columns.has(INTERVIEWER) || !caseColumn) {
    return { requests: [], problems: [{ line: 1, code: 'assignmentFileHeader', values: { found: table.names.join(', ') }, message: `the header needs the columns ${INTERVIEWER} and case_id (found: ${table.names.join(', ')})` }] };
  }
  // A prefilled column is an answer key of an asked question (its valueName or name), as the dictionary has it;
  // calculated values are computed by the form and members of a repeated group have no key of their own.
  const dictionary = buildDictionary(definition);
  const questions = new Set(dictionary.variables
    .filter((v) => v.kind !== 'calculated').map((v) => v.source.question));
  const prefillColumns = table.names.filter((n) => n !== INTERVIEWER && n !== caseColumn);
  const unknown = prefillColumns.filter((n) => !questions.has(n));
  if (unknown.length > 0) problems.push({ line: 1, code: 'assignmentFileUnknown', values: { columns: unknown.join(', ') }, message: `not a question of ${questionnaireId}: ${unknown.join(', ')}` });

  const text = (name: string, row: number): string => {
    const column = table.columns.get(name);
    if (!column || column.kind !== 'category') return '';
    const code = column.codes[row];
    return code < 0 ? '' : column.levels[code];
  };
  const seen = new Map<string, number>();
  const requests: AssignmentRequest[] = [];
  for (let row = 0; row < table.rowCount; row += 1) {
    const line = row + 2;
    const interviewer = text(INTERVIEWER, row).trim();
    const caseId = text(caseColumn, row).trim();
    if (interviewer === '' || caseId === '') {
      problems.push({ line, code: 'assignmentFileEmpty', message: 'interviewer and case_id must not be empty' });
      continue;
    }
    const earlier = seen.get(caseId);
    if (earlier !== undefined) {
      problems.push({ line, code: 'assignmentFileDuplicate', values: { caseId, earlier }, message: `case ${caseId} is already on line ${earlier}` });
      continue;
    }
    seen.set(caseId, line);
    const prefill: Record<string, string | number> = {};
    for (const name of prefillColumns) {
      if (!questions.has(name)) continue;
      const value = text(name, row);
      if (value !== '') prefill[name] = cellValue(value);
    }
    const misfits = checkPrefill(dictionary, prefill);
    if (misfits.length > 0) {
      // Shown inside a translated sentence: only the names and values, no English explanation.
      problems.push({ line, code: 'assignmentFilePrefill', values: { detail: knownAnswers(misfits) }, message: misfits.map(describePrefillProblem).join('; ') });
      continue;
    }
    requests.push({ interviewer, questionnaireId, caseId, ...(Object.keys(prefill).length > 0 ? { prefill } : {}) });
  }
  return { requests, problems };
}
