// The questionnaire linter: pure (no I/O), so the server refuses a publish with the same findings
// the CLI prints and the app shows.
import { buildModel, isObject, type JsonObject } from './model';
import { choiceRule } from './rules/choices';
import { expressionRule } from './rules/expressions';
import type { RawFinding } from './rules/finding';
import { localeRule } from './rules/locales';
import { duplicateNameRule, exportNameRule, referenceRule } from './rules/names';
import { schemaRule } from './rules/schema';
import { structureRule } from './rules/structure';
import { versioningRule } from './rules/versioning';
import type { LintFinding, LintOptions } from './types';

/** A SurveyJS questionnaire has pages or elements; other JSON (e.g. the indicator catalogue) does not. */
export function isQuestionnaire(definition: unknown): definition is JsonObject {
  return isObject(definition) && (Array.isArray(definition.pages) || Array.isArray(definition.elements));
}

export function lintQuestionnaire(definition: unknown, options: LintOptions = {}): LintFinding[] {
  const file = options.fileName;
  const attach = (list: RawFinding[]): LintFinding[] => list.map((f) => ({ ...(file === undefined ? {} : { file }), ...f }));
  if (!isQuestionnaire(definition)) {
    return attach([{
      rule: 'not-a-questionnaire', message: 'this is not a SurveyJS questionnaire (no "pages" or "elements" array)',
      fix: 'Lint SurveyJS JSON: an object with "pages": [{ "name": …, "elements": […] }].',
    }]);
  }
  const model = buildModel(definition);
  const findings: RawFinding[] = [
    ...schemaRule(model),
    ...structureRule(model),
    ...duplicateNameRule(model),
    ...exportNameRule(model),
    ...referenceRule(model),
    ...expressionRule(model, { variables: options.variables, functions: options.functions }),
    ...choiceRule(model),
    ...localeRule(model),
  ];
  if (options.previous !== undefined && isQuestionnaire(options.previous)) {
    findings.push(...versioningRule(model, buildModel(options.previous)));
  }
  return attach(findings);
}
