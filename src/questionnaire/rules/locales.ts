// Rules about translations: `locale-unknown`, `locale-missing`, `locale-untranslated`, `locale-script`.
import { locales } from '../../protocol/schemas';
import { isObject, type LocalizableSite, type QuestionnaireModel } from '../model';
import { nearest } from '../nearest';
import type { RawFinding } from './finding';

/** Keys of a localizable string in the product: SurveyJS's `default` (English) and the seven others. */
export const productLocaleKeys: readonly string[] = locales.map((l) => (l === 'en' ? 'default' : l));

const cyrillicLocales = new Set(['mk', 'sr']);
const latinLocales = new Set(['sq', 'bs', 'hr', 'cnr', 'sr-Latn', 'default', 'en']);

/** Codes people type for the product's languages (ISO 639-2, country codes, script subtags). */
const localeAliases: Record<string, string> = {
  en: 'default', eng: 'default', al: 'sq', sqi: 'sq', alb: 'sq', bos: 'bs', hrv: 'hr', mkd: 'mk', mac: 'mk',
  me: 'cnr', mne: 'cnr', srp: 'sr', 'sr-cyrl': 'sr', 'sr-latn': 'sr-Latn', rs: 'sr', 'sr-latin': 'sr-Latn',
};

/** The locales a text carries (non-empty), with SurveyJS's `default` for a plain string. */
export function textsByLocale(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    if (value.trim() !== '') out.set('default', value);
  } else if (isObject(value)) {
    for (const [locale, text] of Object.entries(value)) if (typeof text === 'string' && text.trim() !== '') out.set(locale, text);
  }
  return out;
}

/** Every product locale used anywhere in the questionnaire, `default` first, in the product's order. */
export function usedLocales(model: QuestionnaireModel): string[] {
  const used = new Set<string>(['default']);
  for (const t of model.texts) for (const locale of textsByLocale(t.value).keys()) used.add(locale);
  return productLocaleKeys.filter((l) => used.has(l));
}

function label(t: LocalizableSite): string | undefined {
  return t.owner === '(survey)' ? undefined : t.owner;
}

function words(text: string): number {
  return (text.replace(/\{[^}]*\}|<[^>]*>/g, ' ').match(/\p{L}{2,}/gu) ?? []).length;
}

export function localeRule(model: QuestionnaireModel): RawFinding[] {
  const findings: RawFinding[] = [];
  const used = usedLocales(model);
  const start = model.definition.locale;
  if (typeof start === 'string' && start !== '' && start !== 'en' && !productLocaleKeys.includes(start)) {
    const guess = localeAliases[start.toLowerCase().replace('_', '-')] ?? nearest(start, productLocaleKeys);
    findings.push({
      rule: 'locale-unknown', message: `the questionnaire's locale "${start}" is not a locale of the product`,
      fix: guess ? `Did you mean "${guess}"?` : `Use one of ${productLocaleKeys.filter((l) => l !== 'default').join(', ')}, or leave it out for English.`,
    });
  }
  for (const t of model.texts) {
    const texts = textsByLocale(t.value);
    const unknown = isObject(t.value) ? Object.keys(t.value).filter((k) => !productLocaleKeys.includes(k)) : [];
    for (const key of unknown) {
      const guess = localeAliases[key.toLowerCase().replace('_', '-')] ?? nearest(key, productLocaleKeys);
      findings.push({
        question: label(t), rule: 'locale-unknown', message: `${t.where} has a text under "${key}", which is not a locale of the product`,
        fix: guess ? `Did you mean "${guess}"?${key === 'en' ? ' English is SurveyJS\'s "default".' : ''}` : `Use the keys ${productLocaleKeys.join(', ')}.`,
      });
    }
    const missing = used.filter((l) => !texts.has(l));
    if (missing.length > 0) {
      findings.push({
        question: label(t), rule: 'locale-missing',
        message: `${t.where} has no text in ${missing.map((l) => (l === 'default' ? 'default (English)' : l)).join(', ')}`,
        fix: `Add the translation${missing.length > 1 ? 's' : ''}: every string carries all locales the questionnaire uses (${used.join(', ')}).`,
      });
    }
    const english = texts.get('default');
    if (english !== undefined && words(english) >= 3) {
      const copies = [...texts].filter(([l, text]) => l !== 'default' && l !== 'en' && text.trim() === english.trim()).map(([l]) => l);
      if (copies.length > 0) {
        findings.push({
          question: label(t), rule: 'locale-untranslated', message: `${t.where} in ${copies.join(', ')} is the English text`,
          fix: 'Translate it; an English copy hides a missing translation.',
        });
      }
    }
    for (const [locale, text] of texts) {
      const hasCyrillic = /\p{Script=Cyrillic}/u.test(text);
      const hasLatinWord = /\p{Script=Latin}{2,}/u.test(text.replace(/\{[^}]*\}|<[^>]*>/g, ' '));
      if (cyrillicLocales.has(locale) && !hasCyrillic && hasLatinWord && words(text) >= 2) {
        findings.push({
          question: label(t), rule: 'locale-script', message: `${t.where} in ${locale} is written in Latin script`,
          fix: `Write ${locale} in Cyrillic${locale === 'sr' ? ' (Serbian Latin belongs under "sr-Latn")' : ''}.`,
        });
      } else if (latinLocales.has(locale) && hasCyrillic) {
        findings.push({
          question: label(t), rule: 'locale-script', message: `${t.where} in ${locale} contains Cyrillic letters`,
          fix: `Write ${locale} in Latin script${locale === 'sr-Latn' ? ' (Serbian Cyrillic belongs under "sr")' : ''}.`,
        });
      }
    }
  }
  return findings;
}
