// The variables of a SurveyJS questionnaire in questionnaire order, as export columns.
// Choice questions export their VALUES (never labels). A checkbox (or tagbox) becomes one
// 0/1 column per choice named `q__value`, so a multiple answer is ready for proportions;
// single-choice matrices and multiple text become one column per row/item (`q__row`), and a
// dropdown matrix one column per cell (`q__row__column`), as surveys/VARIABLES.md and the
// codebook (src/questionnaire/codebook) name them.

type Json = Record<string, unknown>;

export type ColumnSpec =
  | { name: string; kind: 'value'; question: string }
  | { name: string; kind: 'choice-flag'; question: string; value: unknown }
  | { name: string; kind: 'member'; question: string; member: string }
  | { name: string; kind: 'cell'; question: string; row: string; column: string };

const NON_DATA_TYPES = new Set(['html', 'image', 'panel', 'page', 'flowpanel']);
const MULTI_CHOICE_TYPES = new Set(['checkbox', 'tagbox']);

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function itemValue(item: unknown): unknown {
  return isRecord(item) ? item.value : item;
}

function valueLabel(value: unknown): string {
  return String(value).replace(/[^A-Za-z0-9_]+/g, '_');
}

/** Elements of a questionnaire in order, descending into pages and static panels. */
export function* walkElements(definition: Json): Generator<Json> {
  const visit = function* (elements: unknown): Generator<Json> {
    if (!Array.isArray(elements)) return;
    for (const element of elements) {
      if (!isRecord(element)) continue;
      yield element;
      if (element.type === 'panel' || element.type === 'flowpanel') yield* visit(element.elements);
    }
  };
  if (Array.isArray(definition.pages)) {
    for (const page of definition.pages) if (isRecord(page)) yield* visit(page.elements);
  }
  yield* visit(definition.elements);
}

function columnsOf(q: Json): ColumnSpec[] {
  const name = q.valueName !== undefined ? String(q.valueName) : String(q.name);
  const type = String(q.type);
  if (MULTI_CHOICE_TYPES.has(type) && Array.isArray(q.choices) && q.choicesByUrl === undefined && q.choicesFromQuestion === undefined) {
    const values = q.choices.map(itemValue);
    if (q.showNoneItem === true || q.hasNone === true) values.push('none');
    if (q.showOtherItem === true || q.hasOther === true) values.push('other');
    if (q.showRefuseItem === true) values.push('refused');
    if (q.showDontKnowItem === true) values.push('dontknow');
    return values.map((value) => ({ name: `${name}__${valueLabel(value)}`, kind: 'choice-flag', question: name, value }));
  }
  if (type === 'matrix' && Array.isArray(q.rows) && q.rows.length > 0) {
    return q.rows.map((row) => ({ name: `${name}__${valueLabel(itemValue(row))}`, kind: 'member', question: name, member: String(itemValue(row)) }));
  }
  if (type === 'matrixdropdown' && Array.isArray(q.rows) && Array.isArray(q.columns)) {
    const columns = q.columns.filter(isRecord).map((c) => String(c.name));
    return q.rows.flatMap((r) => {
      const row = String(itemValue(r));
      return columns.map((column) => ({ name: `${name}__${valueLabel(row)}__${valueLabel(column)}`, kind: 'cell' as const, question: name, row, column }));
    });
  }
  if (type === 'multipletext' && Array.isArray(q.items)) {
    return q.items
      .filter(isRecord)
      .map((item) => ({ name: `${name}__${valueLabel(item.name)}`, kind: 'member', question: name, member: String(item.name) }));
  }
  return [{ name, kind: 'value', question: name }];
}

/**
 * Export columns of one questionnaire version: every data-bearing question (including
 * expression questions) in order, then `calculatedValues` that are included in the result.
 * Dynamic panels and dynamic matrices (repeated groups) stay one column holding their JSON.
 */
export function exportColumns(definition: Json): ColumnSpec[] {
  const columns: ColumnSpec[] = [];
  const seen = new Set<string>();
  const add = (specs: ColumnSpec[]) => {
    for (const spec of specs) {
      if (seen.has(spec.name)) continue;
      seen.add(spec.name);
      columns.push(spec);
    }
  };
  for (const element of walkElements(definition)) {
    if (NON_DATA_TYPES.has(String(element.type)) || typeof element.name !== 'string') continue;
    add(columnsOf(element));
  }
  if (Array.isArray(definition.calculatedValues)) {
    for (const cv of definition.calculatedValues) {
      if (isRecord(cv) && cv.includeIntoResult === true && typeof cv.name === 'string') {
        add([{ name: cv.name, kind: 'value', question: cv.name }]);
      }
    }
  }
  return columns;
}

/** The cell text of one column for one interview's data (empty when not answered). */
export function cellValue(spec: ColumnSpec, data: Json): string {
  const answer = data[spec.question];
  if (spec.kind === 'choice-flag') {
    if (!Array.isArray(answer)) return '';
    return answer.some((v) => v === spec.value || String(v) === String(spec.value)) ? '1' : '0';
  }
  if (spec.kind === 'member') {
    return isRecord(answer) ? scalarText(answer[spec.member]) : '';
  }
  if (spec.kind === 'cell') {
    const row = isRecord(answer) ? answer[spec.row] : undefined;
    return isRecord(row) ? scalarText(row[spec.column]) : '';
  }
  return scalarText(answer);
}

function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.map((v) => String(v)).join(';');
  return JSON.stringify(value);
}
