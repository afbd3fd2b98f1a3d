// Rules about the questionnaire's shape: `empty-questionnaire`, `empty-page`, `empty-panel`,
// `required-hidden`, `invalid-range`, `calculated-no-expression`.
import { elementLabel, isObject, type JsonObject, type QuestionnaireModel } from '../model';
import type { RawFinding } from './finding';

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** Pairs of lower and upper bounds that SurveyJS reads from one object. */
const bounds: [string, string][] = [
  ['min', 'max'], ['minValue', 'maxValue'], ['rateMin', 'rateMax'], ['minPanelCount', 'maxPanelCount'],
  ['minRowCount', 'maxRowCount'], ['minSelectedChoices', 'maxSelectedChoices'], ['minLength', 'maxLength'], ['minCount', 'maxCount'],
];

function rangeProblems(json: JsonObject, where: string): string[] {
  const out: string[] = [];
  for (const [low, high] of bounds) {
    const a = asNumber(json[low]);
    const b = asNumber(json[high]);
    if (a !== undefined && b !== undefined && a > b) out.push(`${where}${low} ${a} is above ${where}${high} ${b}`);
  }
  return out;
}

function isEmptyList(value: unknown): boolean {
  return !Array.isArray(value) || value.length === 0;
}

export function structureRule(model: QuestionnaireModel): RawFinding[] {
  const findings: RawFinding[] = [];
  if (model.elements.filter((e) => e.kind === 'question').length === 0) {
    findings.push({ rule: 'empty-questionnaire', message: 'the questionnaire has no questions', fix: 'Add pages with elements.' });
  }
  for (const e of model.elements) {
    const label = elementLabel(e);
    if (e.kind === 'page' && isEmptyList(e.json.elements)) {
      findings.push({ question: label, rule: 'empty-page', message: `page "${e.name}" has no elements`, fix: 'Add questions to the page or remove it; an empty page shows a blank screen.' });
    }
    if (e.kind === 'panel' && isEmptyList(e.json.elements)) {
      findings.push({ question: label, rule: 'empty-panel', message: `panel "${e.name}" has no elements`, fix: 'Add questions to the panel or remove it.' });
    }
    if (e.type === 'paneldynamic' && isEmptyList(e.json.templateElements)) {
      findings.push({ question: label, rule: 'empty-panel', message: `dynamic panel "${e.name}" has no templateElements`, fix: 'Add the questions asked per entry to templateElements.' });
    }
    const ranges = rangeProblems(e.json, '');
    if (Array.isArray(e.json.validators)) {
      e.json.validators.forEach((v, i) => {
        if (isObject(v)) ranges.push(...rangeProblems(v, `validators[${i}].`));
      });
    }
    for (const problem of ranges) {
      findings.push({ question: label, rule: 'invalid-range', message: `${problem}: no answer can pass`, fix: 'Swap or correct the bounds.' });
    }
    const hidden = e.json.visible === false && typeof e.json.visibleIf !== 'string';
    const neverVisible = typeof e.json.visibleIf === 'string' && /^\s*false\s*$/i.test(e.json.visibleIf);
    if (e.json.isRequired === true && (hidden || neverVisible)) {
      findings.push({
        question: label, rule: 'required-hidden', message: `"${e.name}" is required but can never be shown`,
        fix: 'Give it a visibleIf condition under which it is asked, or drop isRequired.',
      });
    }
  }
  for (const c of model.calculatedValues) {
    if (typeof c.json.expression !== 'string' || c.json.expression.trim() === '') {
      findings.push({
        question: c.name || undefined, rule: 'calculated-no-expression', message: `calculated value "${c.name}" has no expression`,
        fix: 'Add the "expression" that computes it, e.g. "iif({vic_burglary_when} = 1, 1, 0)".',
      });
    }
  }
  return findings;
}
