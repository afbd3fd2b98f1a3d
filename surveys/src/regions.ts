/** The `region` codes shared by every questionnaire, so indicator tables can be compared across them. */
import { T, type Loc } from './i18n';

/** Region codes as in the demo questionnaire; a national office replaces the list with its own regions. */
export const REGIONS: [string, Loc][] = [
  ['capital', T('Capital city region', 'Rajoni i kryeqytetit', 'Regija glavnog grada', 'Regija glavnoga grada', 'Регион на главниот град', 'Region glavnog grada', 'Регион главног града')],
  ['north', T('North', 'Veri', 'Sjever', 'Sjever', 'Север', 'Sjever', 'Север')],
  ['south', T('South', 'Jug', 'Jug', 'Jug', 'Југ', 'Jug', 'Југ')],
  ['east', T('East', 'Lindje', 'Istok', 'Istok', 'Исток', 'Istok', 'Исток')],
  ['west', T('West', 'Perëndim', 'Zapad', 'Zapad', 'Запад', 'Zapad', 'Запад')],
];
