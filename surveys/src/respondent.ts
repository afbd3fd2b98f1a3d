/**
 * Introduction, consent and the core respondent items (VARIABLES.md "Household and respondent"),
 * so that a module fielded on its own can still be disaggregated by region, settlement, sex, age
 * and education. Names and codes are those of victimization.json.
 */
import { CONSENT } from './terms';
import { T, joinLoc, type Loc } from './i18n';
import { page, radio, yesNo, type Element } from './elements';
import { countryQuestion, fill, htmlPerCountry, loc } from './country';
import { DISABILITY_EXPRESSION, HOUSEHOLD_CALCULATED, disabilityPage, householdPage, respondentPage, selectionPage } from './household';

export { INTERVIEWED } from './victimization/common';

const CONFIDENTIAL = T(
  'Your answers are confidential and will be used only for statistical purposes. Taking part is voluntary: you may skip any question or stop at any time.',
  'Përgjigjet tuaja janë konfidenciale dhe do të përdoren vetëm për qëllime statistikore. Pjesëmarrja është vullnetare: mund të mos i përgjigjeni ndonjë pyetjeje ose të ndaloni në çdo kohë.',
  'Vaši odgovori su povjerljivi i koristit će se samo u statističke svrhe. Učešće je dobrovoljno: možete preskočiti bilo koje pitanje ili prekinuti intervju u bilo kojem trenutku.',
  'Vaši su odgovori povjerljivi i upotrebljavat će se samo u statističke svrhe. Sudjelovanje je dobrovoljno: možete preskočiti bilo koje pitanje ili prekinuti razgovor u bilo kojem trenutku.',
  'Вашите одговори се доверливи и ќе се користат само за статистички цели. Учеството е доброволно: можете да прескокнете кое било прашање или да прекинете во секое време.',
  'Vaši odgovori su povjerljivi i koristiće se samo u statističke svrhe. Učešće je dobrovoljno: možete preskočiti bilo koje pitanje ili prekinuti intervju u bilo kom trenutku.',
  'Ваши одговори су поверљиви и користиће се само у статистичке сврхе. Учешће је добровољно: можете прескочити било које питање или прекинути интервју у било ком тренутку.',
);

/** First page: what the survey is about, confidentiality, consent. */
export function introPage(about: Loc, minutes: number): Element {
  const duration = T(
    `The interview takes about ${minutes} minutes.`,
    `Intervista zgjat rreth ${minutes} minuta.`,
    `Intervju traje oko ${minutes} minuta.`,
    `Razgovor traje oko ${minutes} minuta.`,
    `Интервјуто трае околу ${minutes} минути.`,
    `Intervju traje oko ${minutes} minuta.`,
    `Интервју траје око ${minutes} минута.`,
  );
  const greeting = T(
    'Good day. I work as an interviewer for the national statistical office, %OFFICE%.',
    'Mirëdita. Punoj si intervistues/e në institucionin %OFFICE%.',
    'Dobar dan. Radim kao anketar/ka u instituciji %OFFICE%.',
    'Dobar dan. Radim kao anketar/ica u instituciji %OFFICE%.',
    'Добар ден. Работам како анкетар/ка во институцијата %OFFICE%.',
    'Dobar dan. Radim kao anketar/ka u instituciji %OFFICE%.',
    'Добар дан. Радим као анкетар/ка у институцији %OFFICE%.',
  );
  const text = joinLoc(['<p>', greeting, ' ', about, '</p><p>', CONFIDENTIAL, ' ', duration, '</p>']);
  return page('intro', T('Introduction', 'Hyrje', 'Uvod', 'Uvod', 'Вовед', 'Uvod', 'Увод'), [
    countryQuestion(),
    // The office's own name, from its country profile (analysis/profiles).
    ...htmlPerCountry('intro_text', (p) => fill(text, { OFFICE: loc(p.office.name) })),
    radio('consent', CONSENT, yesNo()),
  ]);
}


/**
 * The household-and-selection block every person-level questionnaire shares (surveys/src/household.ts):
 * region and settlement, the household list, the random selection of one adult (`sel_*`), the
 * selected person's consent, then the respondent's sex, age, education, activity, citizenship and
 * the Washington Group short set. Same names and codes in every questionnaire.
 */
export function personLevelPages(): Element[] {
  return [householdPage(), selectionPage(), respondentPage(), disabilityPage()];
}

/** Calculated values of that block kept in the data: `disability`, `sel_prob`, `sel_override`, `age_group`. */
export const PERSON_CALCULATED: Element[] = [
  { name: 'disability', expression: DISABILITY_EXPRESSION, includeIntoResult: true },
  ...HOUSEHOLD_CALCULATED,
];

/** Shown when consent was refused: the interview ends there. */
export function refusalHtml(): Loc {
  return T(
    '<h3>Thank you for your time.</h3><p>The interview has ended.</p>',
    '<h3>Ju faleminderit për kohën tuaj.</h3><p>Intervista përfundoi.</p>',
    '<h3>Hvala vam na vremenu.</h3><p>Intervju je završen.</p>',
    '<h3>Hvala vam na vremenu.</h3><p>Razgovor je završen.</p>',
    '<h3>Ви благодариме за вашето време.</h3><p>Интервјуто заврши.</p>',
    '<h3>Hvala vam na vremenu.</h3><p>Intervju je završen.</p>',
    '<h3>Хвала вам на времену.</h3><p>Интервју је завршен.</p>',
  );
}

export function thanksHtml(): Loc {
  return T(
    '<h3>Thank you for taking part.</h3><p>Your answers have been recorded.</p>',
    '<h3>Ju faleminderit për pjesëmarrjen.</h3><p>Përgjigjet tuaja u regjistruan.</p>',
    '<h3>Hvala vam na učešću.</h3><p>Vaši odgovori su zabilježeni.</p>',
    '<h3>Hvala vam na sudjelovanju.</h3><p>Vaši su odgovori zabilježeni.</p>',
    '<h3>Ви благодариме за учеството.</h3><p>Вашите одговори се зачувани.</p>',
    '<h3>Hvala vam na učešću.</h3><p>Vaši odgovori su zabilježeni.</p>',
    '<h3>Хвала вам на учешћу.</h3><p>Ваши одговори су забележени.</p>',
  );
}
