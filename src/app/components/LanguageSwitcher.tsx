import { LOCALES as locales } from '../../../analysis/locales';
import type { Locale } from '../../protocol';
import { localeNames, useI18n } from '../i18n';

export function LanguageSwitcher() {
  const { locale, setLocale, t } = useI18n();
  return (
    <label className="language">
      <span className="visually-hidden">{t('language')}</span>
      <select aria-label={t('language')} value={locale} onChange={(e) => setLocale(e.target.value as Locale)} data-testid="language">
        {locales.map((l) => <option key={l} value={l} lang={l}>{localeNames[l]}</option>)}
      </select>
    </label>
  );
}
