// How completely a questionnaire is translated: per locale, the share of its localizable strings
// that carry a text in that locale. The app shows it next to the lint findings.
import { buildModel, type JsonObject } from '../model';
import { textsByLocale, usedLocales } from '../rules/locales';
import { isQuestionnaire } from '../lint';

export interface LocaleCoverage {
  locale: string;
  translated: number;
  total: number;
  /** translated / total, 1 for a questionnaire without strings. */
  share: number;
  /** Where strings lack this locale, as `question: path` (first 50). */
  missing: string[];
}

export function translationCoverage(definition: unknown, locales?: readonly string[]): LocaleCoverage[] {
  if (!isQuestionnaire(definition)) return [];
  const model = buildModel(definition as JsonObject);
  const wanted = locales ?? usedLocales(model);
  return wanted.map((locale) => {
    const key = locale === 'en' ? 'default' : locale;
    const missing: string[] = [];
    let translated = 0;
    for (const t of model.texts) {
      if (textsByLocale(t.value).has(key)) translated++;
      else missing.push(`${t.owner}: ${t.where}`);
    }
    const total = model.texts.length;
    return { locale, translated, total, share: total === 0 ? 1 : translated / total, missing: missing.slice(0, 50) };
  });
}
