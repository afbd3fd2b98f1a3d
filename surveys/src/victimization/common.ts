/** Answer labels shared by many questions (codes per surveys/VARIABLES.md "Conventions"). */
import { T } from '../i18n';
import { choice } from './elements';

export const YES = T('Yes', 'Po', 'Da', 'Da', 'Да', 'Da', 'Да');
export const NO = T('No', 'Jo', 'Ne', 'Ne', 'Не', 'Ne', 'Не');
export const DONT_KNOW = T('Don’t know', 'Nuk e di', 'Ne znam', 'Ne znam', 'Не знам', 'Ne znam', 'Не знам');
export const REFUSED = T('Refused', 'Refuzoi', 'Odbio/la odgovoriti', 'Odbio/la odgovoriti', 'Одбил/а да одговори', 'Odbio/la da odgovori', 'Одбио/ла да одговори');
export { PREFER_NOT } from '../elements';

export const yesNo = () => [choice(1, YES), choice(2, NO)];

export const CONSENTED = '{consent} = 1';
export const INTERVIEWED = '{consent} = 1 and {resp_consent} = 1';
