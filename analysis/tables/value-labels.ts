/**
 * Value labels of the data's variables (`region`, `sex`, `urban`, `education`, …), read from the
 * variable dictionary that travels beside the microdata (`ID.dictionary.json`, written by the
 * server's export and by `jha-survey export --dictionary`), so a report says what the form said.
 * The analysis never reads a questionnaire itself: the dictionary is the questionnaire's meaning,
 * and its schema is restated here (analysis/ imports nothing of src/) as the few fields read.
 *
 * Which dictionary a report uses is set once by the entry point (`setValueLabels`): the CLI's
 * `--dictionary FILE` or the file found beside `--data`. Without one, codes print as they are.
 */
import { AnalysisError } from '../errors';
import type { Locale } from '../indicators/catalogue';

/** A text per locale as the dictionary writes it (`en`, `sq`, … `sr-Latn`). */
type DictionaryText = Readonly<Record<string, string>>;

/** The part of a variable dictionary (`format: jha-survey-dictionary`, version 1) the analysis reads. */
export interface DictionaryFile {
  readonly format: 'jha-survey-dictionary';
  readonly formatVersion: 1;
  readonly questionnaireId: string;
  readonly variables: readonly DictionaryVariable[];
}

/** One export column: its name, where its value sits in the interview, its labels. */
export interface DictionaryVariable {
  readonly name: string;
  /** `question` is the answer's key; a dropdown-matrix cell (`part: cell`) also names its `row` and `column`. */
  readonly source: { readonly part: string; readonly question: string; readonly row?: string; readonly column?: string };
  readonly label: DictionaryText;
  /** The texts `label` joins: question title, then choice / row / item, or row and column of a cell. */
  readonly labelParts: readonly DictionaryText[];
  /** `retired`: a code kept for earlier rounds' answers and no longer offered (still labelled). */
  readonly values: readonly { readonly value: string | number; readonly label: DictionaryText; readonly retired?: true }[];
  /** A repeated group's members (the keys of each entry). */
  readonly members?: readonly DictionaryVariable[];
}

/** variable → code → text per locale, in the questionnaire's order of codes. */
export type ValueLabelMap = ReadonlyMap<string, ReadonlyMap<string, DictionaryText>>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is DictionaryText => isRecord(v) && Object.values(v).every((t) => typeof t === 'string') && typeof v.en === 'string';

/** Checks a parsed dictionary file; a bad one is an AnalysisError `bad-dictionary` naming the first problem. */
export function parseDictionary(json: unknown, file = 'the dictionary'): DictionaryFile {
  const fail = (why: string): never => {
    throw new AnalysisError('bad-dictionary', `${file}: ${why}`);
  };
  if (!isRecord(json) || json.format !== 'jha-survey-dictionary') return fail('not a variable dictionary (no "format": "jha-survey-dictionary")');
  if (json.formatVersion !== 1) return fail(`dictionary format version ${JSON.stringify(json.formatVersion)} is not 1`);
  if (typeof json.questionnaireId !== 'string') return fail('"questionnaireId" must be a string');
  if (!Array.isArray(json.variables)) return fail('"variables" must be a list');
  const checkVariable = (v: unknown, where: string): void => {
    if (!isRecord(v) || typeof v.name !== 'string' || v.name === '') return fail(`${where} has no "name"`);
    const at = `${where} (${v.name})`;
    if (!isRecord(v.source) || typeof v.source.part !== 'string' || typeof v.source.question !== 'string') return fail(`${at}: "source" must name its "part" and "question"`);
    if (v.source.part === 'cell' && (typeof v.source.row !== 'string' || typeof v.source.column !== 'string')) return fail(`${at}: a cell's "source" names its "row" and "column"`);
    if (!isText(v.label)) return fail(`${at}: "label" must be texts by locale with "en"`);
    if (!Array.isArray(v.labelParts) || !v.labelParts.every(isText)) return fail(`${at}: "labelParts" must be a list of texts by locale with "en"`);
    if (!Array.isArray(v.values)) return fail(`${at}: "values" must be a list`);
    v.values.forEach((x: unknown, j) => {
      if (!isRecord(x) || (typeof x.value !== 'string' && typeof x.value !== 'number') || !isText(x.label)) {
        fail(`${at}: values[${j}] must be {"value": code, "label": texts by locale with "en"}`);
      }
      // A retired code (kept for earlier rounds' answers, no longer offered) is marked `true` or not at all.
      if (isRecord(x) && x.retired !== undefined && x.retired !== true) fail(`${at}: values[${j}].retired must be true or absent`);
    });
    if (v.members !== undefined) {
      if (!Array.isArray(v.members)) return fail(`${at}: "members" must be a list`);
      v.members.forEach((m: unknown, j) => checkVariable(m, `${at}.members[${j}]`));
    }
    return undefined;
  };
  json.variables.forEach((v: unknown, i) => checkVariable(v, `variables[${i}]`));
  return json as unknown as DictionaryFile;
}

/** The value labels of a dictionary's variables (those with labelled codes). */
export function dictionaryValueLabels(dictionary: DictionaryFile): ValueLabelMap {
  const found = new Map<string, Map<string, DictionaryText>>();
  for (const v of dictionary.variables) {
    if (v.values.length === 0 || found.has(v.name)) continue;
    found.set(v.name, new Map(v.values.map((x) => [String(x.value), x.label])));
  }
  return found;
}

let active: ValueLabelMap = new Map();

/** The value labels reports use from now on (the dictionary of the data being analysed). */
export function setValueLabels(labels: ValueLabelMap): void {
  active = labels;
}

/** The value labels in use (empty until an entry point sets them). */
export function currentValueLabels(): ValueLabelMap {
  return active;
}

/** The text of `code` of `variable` in `locale` (English when the locale has none), or undefined for an unknown code. */
export function valueLabel(variable: string, code: string, locale: Locale, labels: ValueLabelMap = active): string | undefined {
  const text = labels.get(variable)?.get(code);
  if (text === undefined) return undefined;
  return text[locale] ?? text.en;
}

/** The questionnaire's order of a variable's codes (for sorting domains), or undefined when it has no labelled codes. */
export function codeOrder(variable: string, labels: ValueLabelMap = active): readonly string[] | undefined {
  const codes = labels.get(variable);
  return codes ? [...codes.keys()] : undefined;
}
