// Issue 12 item 12: Montenegrin is ijekavian and negates "biti" as nijesam, nijesi, nijesmo, nijeste,
// nijesu — "nisu" where "nijesu" belongs was one of the review's findings. Every Montenegrin text the
// product shows is checked: the questionnaires and the indicator catalogue, the app's catalogue, the
// server-problem and refusal texts, the console's words and the report tables' words.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NETWORK_TEXT, PROBLEM_TEXTS } from '../../../src/app/i18n';
import { catalogues } from '../../../src/app/i18n/catalogues';
import { ASSIGNMENT_REFUSAL_TEXTS } from '../../../src/app/supervision/assignment-refusals';
import { consoleKeys, consoleText } from '../../../src/app/console/texts';
import { STRINGS, TYPE_NAMES, UNIT_NAMES, VARIABLE_LABELS } from '../../../analysis/tables/i18n';

const EKAVIAN_NEGATION = /\b(nisam|nisi|nismo|niste|nisu)\b/i;
const surveys = fileURLToPath(new URL('../../../surveys/', import.meta.url));

/** Every `cnr` string under a JSON value or a table of texts, with its path. */
function montenegrin(node: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((n, i) => montenegrin(n, `${path}[${i}]`, out));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'cnr' && typeof value === 'string') out.push([path, value]);
      else montenegrin(value, `${path}.${key}`, out);
    }
  }
  return out;
}

describe('Montenegrin (cnr) texts', () => {
  it('use the ijekavian negation everywhere the product shows them', () => {
    const texts: [string, string][] = [
      ...['victimization.json', 'safety.json', 'corruption.json', 'jha-admin.json', 'demo.json', 'indicators.json']
        .flatMap((file) => montenegrin(JSON.parse(readFileSync(`${surveys}${file}`, 'utf8')), file)),
      ...Object.entries(catalogues.cnr).map(([key, text]): [string, string] => [`app ${key}`, text]),
      ...montenegrin({ PROBLEM_TEXTS, NETWORK_TEXT, ASSIGNMENT_REFUSAL_TEXTS }, 'problems'),
      ...consoleKeys.map((key): [string, string] => [`console ${key}`, consoleText('cnr', key)]),
      ...montenegrin({ STRINGS, TYPE_NAMES, UNIT_NAMES, VARIABLE_LABELS }, 'tables'),
    ];
    // Guard against the walk finding nothing (a renamed key would make the check pass vacuously).
    expect(texts.length).toBeGreaterThan(2000);
    expect(texts.filter(([, text]) => EKAVIAN_NEGATION.test(text)).map(([path, text]) => `${path}: ${text}`)).toEqual([]);
  });
});
