export type {
  DictionaryVariable, LocalizedText, NumberRange, Universe, UniverseCondition, ValueLabel, VariableDictionary, VariableKind, VariableSource,
} from './types';
export { buildDictionary, namePart, answerKey } from './build';
export { answerOf } from './read';
export { answerProblem, answerProblems, unknownAnswers, type AnswerProblem, type AnswerProblemCode } from './check';
export { checkPrefill, describePrefillProblem, type PrefillProblem } from './prefill';
export { variablesOfVersions, exportDictionary, dictionaryFormat, type ExportDictionary } from './versions';
export { metadataColumns, type MetadataColumn } from './metadata';
export { isSelfCompletionPage, selfCompletionPrefix } from './self-completion';
export { dictionaryLocales, localize, textIn } from './texts';
