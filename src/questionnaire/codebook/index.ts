export { buildCodebook, codebookOf, codebookVariable, codebookRows, type Codebook, type CodebookVariable, type CodebookValue } from './build';
export { codebookToCsv, codebookToMarkdown, codebookToXlsx } from './render';
export { expressionInWords, type VariableWords, type VariableLookup } from './words-of-expression';
export { codebookLocales, codebookWords, isCodebookLocale, type CodebookLocale, type CodebookWords } from './words';
