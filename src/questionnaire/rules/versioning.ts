// Rules against the previously published version: `version-removed-name`, `version-removed-value`,
// `version-reused-value`, `version-changed-type`. Data of both versions land in one export, so a name
// or code may be added but never dropped or given a new meaning.
import { holdsValue, isObject, type QuestionnaireModel } from '../model';
import { textsByLocale } from './locales';
import type { RawFinding } from './finding';

interface Variable {
  name: string;
  type: string;
}

function variables(model: QuestionnaireModel): Map<string, Variable> {
  const out = new Map<string, Variable>();
  for (const e of model.elements) {
    if (!holdsValue(e) || e.name === '') continue;
    const key = e.repeatedIn ? `${e.repeatedIn.name}.${e.name}` : e.name;
    out.set(key.toLowerCase(), { name: key, type: e.type });
    // Columns of dropdown and dynamic matrices are variables too (q__row__column in the export).
    if (e.type !== 'matrix' && Array.isArray(e.json.columns)) {
      for (const column of e.json.columns) {
        if (!isObject(column) || typeof column.name !== 'string') continue;
        const type = typeof column.cellType === 'string' ? column.cellType : 'column';
        out.set(`${key}.${column.name}`.toLowerCase(), { name: `${key}.${column.name}`, type });
      }
    }
  }
  for (const c of model.calculatedValues) {
    if (c.includeIntoResult && c.name !== '') out.set(c.name.toLowerCase(), { name: c.name, type: 'calculated value' });
  }
  return out;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** For each choice list (by owner and path), value → English label. */
function codeLists(model: QuestionnaireModel): Map<string, { owner: string; where: string; codes: Map<string, string> }> {
  const out = new Map<string, { owner: string; where: string; codes: Map<string, string> }>();
  for (const list of model.itemLists) {
    const codes = new Map<string, string>();
    for (const item of list.items) {
      const value = isObject(item) ? item.value : item;
      if (value === undefined || value === null || typeof value === 'object') continue;
      const text = isObject(item) ? textsByLocale(item.text).get('default') : undefined;
      codes.set(String(value), text ?? String(value));
    }
    out.set(`${list.owner} ${list.where}`, { owner: list.owner, where: list.where, codes });
  }
  return out;
}

/** Question kinds whose stored answers have the same shape. */
function family(type: string): string {
  if (['radiogroup', 'dropdown', 'buttongroup', 'rating', 'imagepicker', 'slider'].includes(type)) return 'single choice';
  if (['checkbox', 'tagbox', 'ranking'].includes(type)) return 'multiple choice';
  if (['text', 'comment', 'expression', 'calculated value'].includes(type)) return 'text or number';
  return type;
}

export function versioningRule(current: QuestionnaireModel, previous: QuestionnaireModel): RawFinding[] {
  const findings: RawFinding[] = [];
  const now = variables(current);
  for (const [key, old] of variables(previous)) {
    const present = now.get(key);
    if (!present) {
      findings.push({
        question: old.name, rule: 'version-removed-name', message: `the variable "${old.name}" of the previous version is gone`,
        fix: 'Keep the question (hide it with visible: false if it is no longer asked); a removed name breaks series and exports.',
      });
    } else if (family(present.type) !== family(old.type)) {
      findings.push({
        question: old.name, rule: 'version-changed-type', message: `"${old.name}" was a ${old.type} and is now a ${present.type}`,
        fix: 'Keep the answer type, or ask the new form under a new name.',
      });
    }
  }
  const nowLists = codeLists(current);
  for (const [key, old] of codeLists(previous)) {
    const list = nowLists.get(key);
    if (!list) continue;
    for (const [value, oldText] of old.codes) {
      const text = list.codes.get(value);
      if (text === undefined) {
        findings.push({
          question: old.owner, rule: 'version-removed-value', message: `${old.where}: the value ${value} ("${oldText}") of the previous version is gone`,
          fix: 'Keep the code (hide it with visibleIf: "false" if it is no longer offered); data already collected use it.',
        });
      } else if (normalize(text) !== normalize(oldText)) {
        findings.push({
          question: old.owner, rule: 'version-reused-value', message: `${old.where}: the value ${value} meant "${oldText}" and now means "${text}"`,
          fix: `Give "${text}" a new value and keep ${value} for "${oldText}".`,
        });
      }
    }
  }
  return findings;
}
