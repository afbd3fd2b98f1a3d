/**
 * Terms shared by several questionnaires, written once. A variable asked in more than one
 * questionnaire (consent, region, settlement type, household size, the respondent items …) is built
 * by one function of one module (household.ts, respondent.ts, this file), so its wording and labels
 * are the same everywhere; test/unit/surveys/terms.test.ts fails when two questionnaires label the
 * same variable differently, or when a question speaks of the respondent's area with another word.
 */
import { T, type Loc } from './i18n';

/** The consent question of every person-level questionnaire (`consent`, 1 yes, 2 no). */
export const CONSENT: Loc = T(
  'Do you agree to take part in this survey?',
  'A pranoni të merrni pjesë në këtë anketë?',
  'Da li pristajete da učestvujete u ovom istraživanju?',
  'Pristajete li sudjelovati u ovom istraživanju?',
  'Дали се согласувате да учествувате во ова истражување?',
  'Da li pristajete da učestvujete u ovom istraživanju?',
  'Да ли пристајете да учествујете у овом истраживању?',
);

/**
 * "Your area" — the respondent's neighbourhood, as SDG 16.1.4 asks about it ("walking alone in your
 * area/neighbourhood after dark") — by the stem of the one word each language uses for it, whatever
 * its case: zonë (sq), naselje (bs, hr, cnr, sr), околина (mk). Not "mjesto", "kvart" or "област".
 */
export const AREA_STEM: Loc = T('area', 'zon', 'naselj', 'naselj', 'околин', 'naselj', 'насељ');
