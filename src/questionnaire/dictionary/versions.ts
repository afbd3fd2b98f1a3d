// The variables of several versions of one questionnaire, as one export of all its interviews has them.
import type { DictionaryVariable, VariableDictionary } from './types';

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
