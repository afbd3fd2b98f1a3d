import { serbianLatin } from '../../../analysis/text/serbian-latin';
import type { Messages } from './en';
import { sr } from './sr';

/**
 * Serbian (srpski), Latin script, ekavian: the Serbian Cyrillic catalogue transliterated with the
 * project's one transliteration, so the two scripts always say the same thing.
 */
export const srLatn = Object.fromEntries(Object.entries(sr).map(([key, text]) => [key, serbianLatin(text)])) as Messages;
