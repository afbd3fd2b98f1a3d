// The microdata as an XLSX workbook: sheet `data` first (what `jha-survey analyze` reads:
// numbers as numbers, missing as empty cells), then `variables` (question text per locale)
// and `value_labels` (each choice value's label per locale), so labels travel with the data.
import type { MicrodataTable } from './microdata';
import { META_COLUMNS } from './microdata';
import { questionnaireLocales } from './questionnaires';
import { walkElements, type ColumnSpec } from './variables';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of a localizable string in `locale` (`en` is SurveyJS's `default`), falling back to default. */
function localized(text: unknown, locale: string): string {
  if (typeof text === 'string') return text;
  if (!isRecord(text)) return '';
  const own = text[locale === 'en' ? 'default' : locale] ?? (locale === 'en' ? text.en : undefined);
  const value = own ?? text.default;
  return typeof value === 'string' ? value : '';
}

/** A cell as a number when the text is exactly a number's canonical form ("007" stays text). */
function typedCell(text: string): string | number | null {
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && String(n) === text ? n : text;
}

function questionsByName(definition: Json): Map<string, Json> {
  const map = new Map<string, Json>();
  for (const element of walkElements(definition)) {
    const name = element.valueName ?? element.name;
    if (typeof name === 'string' && !map.has(name)) map.set(name, element);
  }
  return map;
}

/** The labelled values of a question: choices (or a matrix's columns), booleans as 1/0. */
function choiceItems(question: Json | undefined): { value: unknown; text: unknown }[] {
  if (!question) return [];
  if (question.type === 'boolean') return [{ value: 1, text: question.labelTrue ?? 'Yes' }, { value: 0, text: question.labelFalse ?? 'No' }];
  const list = question.type === 'matrix' ? question.columns : question.choices;
  if (!Array.isArray(list)) return [];
  return list.map((c) => (isRecord(c) ? { value: c.value, text: c.text ?? c.value } : { value: c, text: c }));
}

function findText(list: unknown, wanted: string, key: 'value' | 'name'): unknown {
  for (const item of Array.isArray(list) ? list : []) {
    if (isRecord(item) && String(item[key]) === wanted) return item.text ?? item.title ?? wanted;
    if (!isRecord(item) && String(item) === wanted) return wanted;
  }
  return wanted;
}

/** Texts of the choice, row, item or cell a split column stands for (empty for a plain variable). */
function partTexts(question: Json | undefined, spec: ColumnSpec): unknown[] {
  if (!question) return [];
  switch (spec.kind) {
    case 'value':
      return [];
    case 'choice-flag':
      return [findText(question.choices, String(spec.value), 'value')];
    case 'member':
      return [question.type === 'matrix' ? findText(question.rows, spec.member, 'value') : findText(question.items, spec.member, 'name')];
    case 'cell':
      return [findText(question.rows, spec.row, 'value'), findText(question.columns, spec.column, 'name')];
  }
}

export async function renderXlsx(table: MicrodataTable): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jha-survey';
  const latest = table.definitions[0]?.definition ?? {};
  const locales = questionnaireLocales(latest);
  const questions = new Map<string, Json>();
  for (const { definition } of [...table.definitions].reverse()) for (const [k, v] of questionsByName(definition)) questions.set(k, v);

  const data = workbook.addWorksheet('data');
  data.addRow(table.header);
  const metaCount = META_COLUMNS.length;
  for (const row of table.rows) {
    data.addRow(row.map((cell, j) => (j < metaCount && table.header[j] !== 'questionnaire_version' ? cell || null : typedCell(cell))));
  }

  const variables = workbook.addWorksheet('variables');
  variables.addRow(['variable', 'question', 'type', ...locales.map((l) => `label_${l}`)]);
  for (const spec of table.variables) {
    const question = questions.get(spec.question);
    const title = question?.title ?? question?.name ?? spec.question;
    const parts = partTexts(question, spec);
    const label = (l: string) => [title, ...parts].map((t) => localized(t, l)).join(': ');
    variables.addRow([spec.name, spec.question, typeof question?.type === 'string' ? question.type : 'calculated', ...locales.map(label)]);
  }

  // Checkbox flags are 1 (chosen) / 0; their meaning is the variable label above.
  const labels = workbook.addWorksheet('value_labels');
  labels.addRow(['variable', 'value', ...locales.map((l) => `label_${l}`)]);
  for (const spec of table.variables) {
    if (spec.kind === 'choice-flag') continue;
    const question = questions.get(spec.question);
    const column = spec.kind === 'cell' && question && Array.isArray(question.columns)
      ? question.columns.find((c): c is Json => isRecord(c) && String(c.name) === spec.column)
      : undefined;
    const source = column && Array.isArray(column.choices) ? { type: 'dropdown', choices: column.choices } : question;
    for (const item of choiceItems(source)) {
      const value = typeof item.value === 'number' ? item.value : String(item.value);
      labels.addRow([spec.name, value, ...locales.map((l) => localized(item.text, l) || String(item.value))]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
