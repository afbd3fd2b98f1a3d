// The report tables' own words (analysis/tables/i18n.ts) are written out in all eight locales, Serbian
// Latin included: it must be the transliteration of the Serbian Cyrillic (issue 12 item 12), and the
// Cyrillic locales must hold no Latin word but the statistical symbols and file names they quote.
import { describe, expect, it } from 'vitest';
import { STRINGS, TYPE_NAMES, UNIT_NAMES, VARIABLE_LABELS } from '../../../analysis/tables/i18n';
import { serbianLatin } from '../../../analysis/text/serbian-latin';

type Texts = Readonly<Record<string, string>>;

function texts(node: unknown, path: string, out: [string, Texts][] = []): [string, Texts][] {
  if (node === null || typeof node !== 'object') return out;
  const record = node as Record<string, unknown>;
  if (typeof record.sr === 'string' && typeof record['sr-Latn'] === 'string') out.push([path, record as Texts]);
  else for (const [key, value] of Object.entries(record)) texts(value, `${path}.${key}`, out);
  return out;
}

describe('report words', () => {
  const all = texts({ STRINGS, TYPE_NAMES, UNIT_NAMES, VARIABLE_LABELS }, 'tables');

  it('write Serbian Latin as the transliteration of the Serbian Cyrillic', () => {
    expect(all.length).toBeGreaterThan(80);
    expect(all.filter(([, t]) => t['sr-Latn'] !== serbianLatin(t.sr)).map(([path, t]) => `${path}: ${t['sr-Latn']} ≠ ${serbianLatin(t.sr)}`)).toEqual([]);
  });

  it('keep Macedonian and Serbian Cyrillic free of Latin words (symbols such as p, t, n, CV and placeholders aside)', () => {
    const allowed = /\{\w+\}|\b(p|n|t|CV|SE|CI|df|deff|AAPOR|ICCS|CSV|XLSX|HTML|JSON|SDG|R|SDMX|ISO|RR\d|COOP\d|CON\d|REF\d|NUTS)\b/g;
    const latin = all.flatMap(([path, t]) => (['mk', 'sr'] as const).filter((l) => /\p{Script=Latin}/u.test(t[l].replace(allowed, ''))).map((l) => `${path} [${l}]: ${t[l]}`));
    expect(latin).toEqual([]);
  });
});
