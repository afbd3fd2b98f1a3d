// Rules about names: `duplicate-name`, `export-name`, `reference-unknown-name`.
import { identifierPattern } from '../../protocol/schemas';
import { dictionaryOfModel } from '../dictionary/build';
import { metadataColumns } from '../dictionary/metadata';
import { holdsValue, type ElementNode, type QuestionnaireModel } from '../model';
import { nearest } from '../nearest';
import type { RawFinding } from './finding';

/** Columns that every export writes itself (the dictionary's metadata columns); a variable may not take one of these names. */
export { metadataColumns as reservedExportColumns };

function kindLabel(e: ElementNode): string {
  return e.kind === 'question' ? `${e.type} question` : e.kind;
}

/**
 * Names are unique per scope: the survey, or one dynamic panel's template, or one detail panel.
 * Pages have their own scope: a page name never reaches the data, so a page may share a name
 * with a question or calculated value, but not with another page.
 */
export function duplicateNameRule(model: QuestionnaireModel): RawFinding[] {
  const findings: RawFinding[] = [];
  const pageScope = 'pages';
  const scopes = new Map<ElementNode | string | undefined, Map<string, string>>();
  const claim = (scope: ElementNode | string | undefined, name: string, label: string): void => {
    if (name === '') return;
    const seen = scopes.get(scope) ?? new Map<string, string>();
    scopes.set(scope, seen);
    const key = name.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, label);
      return;
    }
    findings.push({
      question: name, rule: 'duplicate-name',
      message: `the name "${name}" is used twice (${first} and ${label})${typeof scope === 'object' ? ` inside "${scope.name}"` : ''}`,
      fix: 'Give each page, panel, question and calculated value its own name; answers are stored by name.',
    });
  };
  for (const e of model.elements) claim(e.kind === 'page' ? pageScope : e.repeatedIn, e.name, kindLabel(e));
  for (const c of model.calculatedValues) claim(undefined, c.name, 'calculated value');
  for (const e of model.elements) {
    const columns = e.json.columns;
    if (e.type !== 'matrix' && Array.isArray(columns)) {
      const seen = new Set<string>();
      for (const column of columns) {
        const name = typeof column === 'object' && column !== null && 'name' in column ? String(column.name) : undefined;
        if (name === undefined) continue;
        if (seen.has(name.toLowerCase())) {
          findings.push({
            question: e.name, rule: 'duplicate-name', message: `column "${name}" appears twice`,
            fix: 'Give each column of the matrix its own name.',
          });
        }
        seen.add(name.toLowerCase());
      }
    }
  }
  return findings;
}

export function exportNameRule(model: QuestionnaireModel): RawFinding[] {
  const findings: RawFinding[] = [];
  const check = (name: string): void => {
    // A missing name is the schema rule's finding.
    if (name === '') return;
    if ((metadataColumns as readonly string[]).includes(name.toLowerCase())) {
      findings.push({
        question: name, rule: 'export-name', message: `"${name}" is a column the export writes itself`,
        fix: `Rename it, e.g. "${name}_q"; reserved: ${metadataColumns.join(', ')}.`,
      });
    } else if (!identifierPattern.test(name)) {
      const suggestion = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^[^a-z]+/, '').slice(0, 63);
      findings.push({
        question: name, rule: 'export-name', message: `"${name}" breaks the export's naming rule ^[a-z][a-z0-9_]{0,62}$`,
        fix: suggestion && suggestion !== name ? `Rename it, e.g. "${suggestion}".` : 'Start with a lower-case letter, then use only a-z, 0-9 and _ (at most 63 characters).',
      });
    }
  };
  for (const e of model.elements) {
    if (!holdsValue(e)) continue;
    check(e.name);
    if (typeof e.json.valueName === 'string') check(e.json.valueName);
  }
  for (const c of model.calculatedValues) if (c.includeIntoResult) check(c.name);
  // Names the export makes (`q__choice`, `q__row__column`) may meet another answer's name: the export
  // keeps the first and the other answer's data would be lost.
  for (const clash of dictionaryOfModel(model).clashes) {
    findings.push({
      question: clash.dropped, rule: 'export-name',
      message: `the export column "${clash.name}" of "${clash.dropped}" is already the column of "${clash.kept}"; "${clash.dropped}" would not be exported`,
      fix: `Rename "${clash.dropped}" or "${clash.kept}" (or the choice, row or column that makes "${clash.name}").`,
    });
  }
  return findings;
}

/** choicesFromQuestion, trigger targets (setToName, fromName, gotoName) must name a question. */
export function referenceRule(model: QuestionnaireModel): RawFinding[] {
  const findings: RawFinding[] = [];
  const names = new Set(model.elements.filter((e) => e.kind !== 'page' && !e.repeatedIn).map((e) => e.name));
  for (const c of model.calculatedValues) names.add(c.name);
  for (const v of model.declaredVariables) names.add(v);
  const lower = new Set([...names].map((n) => n.toLowerCase()));
  for (const ref of model.references) {
    if (lower.has(ref.name.toLowerCase())) continue;
    // A template element may take its choices from a sibling in the same template.
    if (ref.element?.repeatedIn && model.elements.some((e) => e.repeatedIn === ref.element?.repeatedIn && e.name === ref.name)) continue;
    const guess = nearest(ref.name, names);
    findings.push({
      question: ref.owner === '(survey)' ? undefined : ref.owner, rule: 'reference-unknown-name',
      message: `${ref.where} names "${ref.name}", which is not a question of this questionnaire`,
      fix: guess ? `Did you mean "${guess}"?` : 'Name an existing question.',
    });
  }
  return findings;
}
