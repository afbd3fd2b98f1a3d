// The dictionary of an export: the variables of every published version of one questionnaire, as
// one export of all its interviews has them, and the file shipped beside it (ID.dictionary.json).
import { buildDictionary } from './build';
import { metadataColumns } from './metadata';
import type { DictionaryVariable, LocalizedText, VariableDictionary } from './types';
import type { Locale } from '../../protocol/schemas';

/**
 * Variables of all versions (newest first): the newest version's variables in its order, with its
 * wording, then the names that only older versions had (a later version may add names but should
 * never drop one, so older interviews keep their columns). Names in `reserved` are left out.
 */
export function variablesOfVersions(dictionaries: readonly VariableDictionary[], reserved: ReadonlySet<string> = new Set()): DictionaryVariable[] {
  const out: DictionaryVariable[] = [];
  const seen = new Set<string>(reserved);
  for (const dictionary of dictionaries) {
    for (const variable of dictionary.variables) {
      if (seen.has(variable.name)) continue;
      seen.add(variable.name);
      out.push(variable);
    }
  }
  return out;
}

export const dictionaryFormat = 'jha-survey-dictionary';

/** The dictionary of a microdata export, as `GET /api/v1/exports/ID.dictionary.json` serves it. */
export interface ExportDictionary {
  format: typeof dictionaryFormat;
  formatVersion: 1;
  questionnaireId: string;
  /** The published versions whose interviews the export holds, newest first. */
  versions: number[];
  title: LocalizedText;
  locales: Locale[];
  selfCompletionPages: string[];
  /** The columns the export writes before the variables, in order. */
  metadataColumns: string[];
  /** One per export column after the metadata columns, in order. */
  variables: DictionaryVariable[];
}

/** The export dictionary of a questionnaire's published versions (newest first). */
export function exportDictionary(questionnaireId: string, versions: readonly { version: number; definition: unknown }[]): ExportDictionary {
  const dictionaries = versions.map((v) => buildDictionary(v.definition));
  const newest = dictionaries[0] ?? buildDictionary({});
  return {
    format: dictionaryFormat,
    formatVersion: 1,
    questionnaireId,
    versions: versions.map((v) => v.version),
    title: newest.title,
    locales: newest.locales,
    selfCompletionPages: [...new Set(dictionaries.flatMap((d) => d.selfCompletionPages))],
    metadataColumns: [...metadataColumns],
    variables: variablesOfVersions(dictionaries, new Set(metadataColumns)),
  };
}
