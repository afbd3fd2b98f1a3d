/**
 * The country profiles (analysis/profiles) in the questionnaires. One JSON serves the seven offices:
 * the interview records the jurisdiction (`country`, prefilled from the assignment file), and what
 * differs by office — the office's name in the introduction, the statistical regions, the victim
 * helpline, the currency — is shown by `visibleIf` on `{country}`, generated from the profiles.
 */
import { JURISDICTIONS, PROFILES, type CountryProfile, type Jurisdiction, type ProfileText } from '../../analysis/profiles';
import { LOCALES, T, mapLoc, type Loc } from './i18n';
import { choice, dropdown, html, type Choice, type Element } from './elements';

export const inCountry = (code: string): string => `{country} = '${code}'`;

/** A profile text as a questionnaire string (`default` is the English). */
export function loc(text: ProfileText): Loc {
  return Object.fromEntries(LOCALES.map((l) => [l, text[l === 'default' ? 'en' : l]])) as Loc;
}

/** Replaces `%KEY%` in every locale of a template with the value's text in that locale. */
export function fill(template: Loc, values: Record<string, Loc | string>): Loc {
  return mapLoc(template, (text, l) => text.replace(/%([A-Z_]+)%/g, (m, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`template placeholder ${m} has no value`);
    return typeof v === 'string' ? v : v[l];
  }));
}

/** The jurisdiction of the interview: asked first, normally prefilled from the assignment file. */
export function countryQuestion(): Element {
  return dropdown(
    'country',
    T('Country or area of the survey', 'Vendi ose zona e anketës', 'Država ili područje istraživanja', 'Država ili područje istraživanja', 'Држава или подрачје на истражувањето', 'Država ili područje istraživanja', 'Држава или подручје истраживања'),
    JURISDICTIONS.map((code) => choice(code, loc(PROFILES[code].name))),
    {
      description: T(
        'Interviewer: filled in from the assignment; check it.',
        'Intervistuesi: plotësohet nga detyra; kontrollojeni.',
        'Anketar: popunjeno iz zadatka; provjerite.',
        'Anketar: popunjeno iz zadatka; provjerite.',
        'Анкетар: пополнето од задачата; проверете.',
        'Anketar: popunjeno iz zadatka; provjerite.',
        'Анкетар: попуњено из задатка; проверите.',
      ),
    },
  );
}

/** One HTML element per jurisdiction (`{name}_{code}`), shown only in that jurisdiction. */
export function htmlPerCountry(name: string, content: (p: CountryProfile) => Loc, extraCondition?: string): Element[] {
  return JURISDICTIONS.map((code) => html(`${name}_${code.toLowerCase()}`, content(PROFILES[code]), extraCondition ? `${inCountry(code)} and ${extraCondition}` : inCountry(code)));
}

/** The statistical regions of one profile as `region` choices: the profile's codes and names, in its order. */
export function regionChoicesOf(code: Jurisdiction, visibleIf?: string): Choice[] {
  return PROFILES[code].regions.map((r) => choice(r.code, loc(r.name), visibleIf));
}

/** The statistical regions of every profile, each shown only in its jurisdiction (codes unique). */
export function regionChoices(): Choice[] {
  return JURISDICTIONS.flatMap((code) => regionChoicesOf(code, inCountry(code)));
}

/** `iif` chain over the jurisdictions: the profile's value for the interview's country, else `otherwise`. */
export function perCountryExpression(value: (p: CountryProfile) => string, otherwise = "''"): string {
  return JURISDICTIONS.reduceRight((rest, code) => `iif(${inCountry(code)}, ${value(PROFILES[code])}, ${rest})`, otherwise);
}
