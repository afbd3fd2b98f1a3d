// The export columns of a questionnaire version are the variables of its dictionary
// (src/questionnaire/dictionary: names, kinds, source paths, labels). Here only how a value
// is written into a cell: choice values as the questionnaire has them (never labels), a checkbox
// choice as 1/0, booleans as 1/0, lists without known choices joined with `;`, and a repeated
// group (dynamic panel or dynamic matrix) as the JSON array of its entries.
import { answerOf, buildDictionary, type DictionaryVariable } from '../../questionnaire/dictionary';

/** One export column: a variable of the questionnaire's dictionary. */
export type ColumnSpec = DictionaryVariable;

/** Export columns of one questionnaire version, in the dictionary's order. */
export function exportColumns(definition: Record<string, unknown>): ColumnSpec[] {
  return buildDictionary(definition).variables;
}

/** The cell text of one column for one interview's data (empty when not answered). */
export function cellValue(spec: ColumnSpec, data: Record<string, unknown>): string {
  return scalarText(answerOf(spec, data));
}

function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.map((v) => String(v)).join(';');
  return JSON.stringify(value);
}
