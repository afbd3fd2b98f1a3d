// How the console shows the linter's findings of an uploaded file: grouped under a heading in the
// manager's language (the rule family), at the line of the file where the question is defined.
import type { ConsoleKey } from './texts';

/** The family of a lint rule (src/questionnaire/rules), by its id. */
export function ruleFamily(rule: string): ConsoleKey {
  if (rule === 'schema' || rule === 'unknown-property') return 'ruleSchema';
  if (rule.startsWith('expression-') || rule === 'reference-unknown-name' || rule === 'text-unknown-name' || rule === 'calculated-no-expression' || rule === 'invalid-range') return 'ruleExpressions';
  if (rule.startsWith('choice')) return 'ruleChoices';
  if (rule.startsWith('locale-')) return 'ruleLocales';
  if (rule.startsWith('version-')) return 'ruleVersions';
  if (rule.startsWith('html-')) return 'ruleHtml';
  if (rule === 'duplicate-name' || rule === 'export-name') return 'ruleNames';
  return 'ruleStructure';
}

/** The 1-based line where `"name": "<name>"` first appears in the file's text, or undefined. */
export function lineOfName(text: string, name: string): number | undefined {
  const quoted = JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`"name"\\s*:\\s*${quoted}`).exec(text);
  return match ? text.slice(0, match.index).split('\n').length : undefined;
}

/** A questionnaire id from a file name: `victimization-2027.json` → `victimization-2027`. */
export function idFromFileName(name: string): string {
  return name.replace(/\.json$/i, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '').slice(0, 63);
}
