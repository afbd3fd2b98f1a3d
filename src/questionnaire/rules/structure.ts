// Rules about the questionnaire's shape: `empty-questionnaire`, `empty-page`, `empty-panel`,
// `required-hidden`.
import type { QuestionnaireModel } from '../model';
import type { RawFinding } from './finding';

function isEmptyList(value: unknown): boolean {
  return !Array.isArray(value) || value.length === 0;
}

export function structureRule(model: QuestionnaireModel): RawFinding[] {
  const findings: RawFinding[] = [];
  if (model.elements.filter((e) => e.kind === 'question').length === 0) {
    findings.push({ rule: 'empty-questionnaire', message: 'the questionnaire has no questions', fix: 'Add pages with elements.' });
  }
  for (const e of model.elements) {
    const label = e.name || undefined;
    if (e.kind === 'page' && isEmptyList(e.json.elements)) {
      findings.push({ question: label, rule: 'empty-page', message: `page "${e.name}" has no elements`, fix: 'Add questions to the page or remove it; an empty page shows a blank screen.' });
    }
    if (e.kind === 'panel' && isEmptyList(e.json.elements)) {
      findings.push({ question: label, rule: 'empty-panel', message: `panel "${e.name}" has no elements`, fix: 'Add questions to the panel or remove it.' });
    }
    if (e.type === 'paneldynamic' && isEmptyList(e.json.templateElements)) {
      findings.push({ question: label, rule: 'empty-panel', message: `dynamic panel "${e.name}" has no templateElements`, fix: 'Add the questions asked per entry to templateElements.' });
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
  return findings;
}
