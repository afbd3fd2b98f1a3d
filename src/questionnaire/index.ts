export type { LintFinding, LintOptions } from './types';
export { lintQuestionnaire, isQuestionnaire, looksLikeQuestionnaire } from './lint';
export { lintFile, readJsonFile, parseJsonText, QuestionnaireFileError, type FileLintResult } from './lint-file';
export { reservedExportColumns } from './rules/names';
export { parseExpression, type ParsedExpression, type ParseError } from './rules/expressions';
export { usedLocales, textsByLocale } from './rules/locales';
export { definitionForLocale, textKeysRead, localizableProperties } from './localizable';
export {
  buildModel, elementLabel, holdsValue, isObject, isLocalizedObject,
  type QuestionnaireModel, type ElementNode, type CalculatedValueNode, type ExpressionSite, type LocalizableSite,
  type ItemListSite, type JsonObject,
} from './model';
export { levenshtein, nearest } from './nearest';
export { allowedHtmlAttributes, allowedHtmlTags, allowedUrlPattern, allowedUrlSchemes, htmlProperties, scriptInHtml } from './html-policy';
export { formatFinding } from './format';
export * from './ui-locales';
export * from './codebook';
export {
  ADULT_AGE, KISH_TABLES, KISH_TABLE_SHARES, KISH_MAX_ADULTS, SELECTION_METHODS, SELECTION_FUNCTIONS,
  rosterMembers, kishOrder, kishProbability, selectRespondent, appliedProbability, registerSelectionFunctions,
  type RosterMember, type Selection, type SelectionInput,
} from './selection';
export * from './dictionary';
