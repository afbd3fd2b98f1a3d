// The publication gate: a questionnaire version is published only without findings.
import type { LintFinding } from '../../questionnaire';
import { identifierPattern } from '../../protocol';
import { looksLikeQuestionnaire } from './questionnaires';
import { walkElements } from './variables';

/**
 * Structural checks the export depends on: pages or elements, every question named,
 * names unique and usable as variable names.
 */
export function checkQuestionnaire(definition: unknown, fileName?: string): LintFinding[] {
  const at = fileName === undefined ? {} : { file: fileName };
  if (!looksLikeQuestionnaire(definition)) {
    return [{ ...at, rule: 'schema', message: 'the questionnaire has neither `pages` nor `elements`', fix: 'put the questions in `pages: [{name, elements: [...]}]`' }];
  }
  const findings: LintFinding[] = [];
  const seen = new Set<string>();
  for (const element of walkElements(definition)) {
    if (typeof element.type !== 'string') {
      findings.push({ ...at, ...(typeof element.name === 'string' ? { question: element.name } : {}), rule: 'schema', message: 'an element has no `type`', fix: 'give every element a SurveyJS `type`' });
    }
    if (typeof element.name !== 'string' || element.name === '') {
      findings.push({ ...at, rule: 'schema', message: `a ${String(element.type)} element has no \`name\``, fix: 'name every element' });
      continue;
    }
    if (seen.has(element.name)) {
      findings.push({ ...at, question: element.name, rule: 'duplicate-name', message: `the name ${element.name} is used twice`, fix: 'give each question its own name' });
    }
    seen.add(element.name);
    if (element.type !== 'html' && element.type !== 'image' && element.type !== 'panel' && !identifierPattern.test(element.name)) {
      findings.push({ ...at, question: element.name, rule: 'variable-name', message: `${element.name} is not a valid variable name`, fix: 'use lower-case letters, digits and _ (starting with a letter, at most 63)' });
    }
  }
  return findings;
}
