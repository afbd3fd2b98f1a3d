// The questionnaire linter: pure (no I/O), so the server refuses a publish with the same findings
// the CLI prints and the app shows.
import { buildModel, isObject, type JsonObject } from './model';
import { nearest } from './nearest';
import { choiceRule } from './rules/choices';
import { expressionRule } from './rules/expressions';
import { htmlRule } from './rules/html';
import type { RawFinding } from './rules/finding';
import { localeRule } from './rules/locales';
import { duplicateNameRule, exportNameRule, referenceRule } from './rules/names';
import { schemaRule, unknownPropertyRule } from './rules/schema';
import { structureRule } from './rules/structure';
import { versioningRule } from './rules/versioning';
import type { LintFinding, LintOptions } from './types';

/** A SurveyJS questionnaire has pages or elements; other JSON (e.g. the indicator catalogue) does not. */
export function isQuestionnaire(definition: unknown): definition is JsonObject {
  return isObject(definition) && (Array.isArray(definition.pages) || Array.isArray(definition.elements));
}

const surveyKeys = ['pages', 'elements', 'questions', 'title', 'description', 'calculatedValues', 'triggers', 'completedHtml',
  'locale', 'showQuestionNumbers', 'showProgressBar', 'firstPageIsStartPage', 'widthMode', 'questionsOnPageMode', 'checkErrorsMode'];

/**
 * JSON that is meant as a questionnaire, even if broken: anything but an object with none of
 * SurveyJS's survey properties (or a near miss of "pages"/"elements"). The CLI skips the rest.
 */
export function looksLikeQuestionnaire(definition: unknown): boolean {
  if (!isObject(definition)) return true;
  return Object.keys(definition).some((k) => surveyKeys.includes(k) || nearest(k, ['pages', 'elements']) !== undefined);
}

function whyNotAQuestionnaire(definition: unknown): string {
  if (!isObject(definition)) return `the file holds ${Array.isArray(definition) ? 'an array' : `a ${typeof definition}`}, not a SurveyJS questionnaire object`;
  if ('pages' in definition) return '"pages" is not an array';
  if ('elements' in definition) return '"elements" is not an array';
  const typo = Object.keys(definition).find((k) => nearest(k, ['pages', 'elements']) !== undefined);
  if (typo) return `there is no "pages" array ("${typo}" is not a SurveyJS property; did you mean "${nearest(typo, ['pages', 'elements'])}"?)`;
  return 'there is no "pages" or "elements" array';
}

export function lintQuestionnaire(definition: unknown, options: LintOptions = {}): LintFinding[] {
  const file = options.fileName;
  const attach = (list: RawFinding[]): LintFinding[] => list.map((f) => ({ ...(file === undefined ? {} : { file }), ...f }));
  if (!isQuestionnaire(definition)) {
    return attach([{
      rule: 'not-a-questionnaire', message: whyNotAQuestionnaire(definition),
      fix: 'Lint SurveyJS JSON: an object with "pages": [{ "name": …, "elements": […] }].',
    }]);
  }
  const model = buildModel(definition);
  const findings: RawFinding[] = [
    ...(options.schema === false ? [] : [...schemaRule(model), ...unknownPropertyRule(model)]),
    ...structureRule(model),
    ...duplicateNameRule(model),
    ...exportNameRule(model),
    ...referenceRule(model),
    ...expressionRule(model, { variables: options.variables, functions: options.functions }),
    ...choiceRule(model),
    ...localeRule(model),
    ...htmlRule(model),
  ];
  if (options.previous !== undefined && isQuestionnaire(options.previous)) {
    findings.push(...versioningRule(model, buildModel(options.previous)));
  }
  return attach(findings);
}
