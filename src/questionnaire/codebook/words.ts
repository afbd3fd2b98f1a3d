// The codebook's own words in the product's eight locales: headers, answer types, and the
// words of the expression renderer.
import { locales } from '../../protocol/schemas';

export const codebookLocales = locales;
export type CodebookLocale = (typeof codebookLocales)[number];

export interface CodebookWords {
  codebook: string;
  variable: string;
  type: string;
  label: string;
  values: string;
  universe: string;
  definition: string;
  page: string;
  value: string;
  calculatedValues: string;
  everyone: string;
  singleChoice: string;
  choiceFlag: string;
  choiceList: string;
  number: string;
  text: string;
  date: string;
  yesNo: string;
  calculated: string;
  rating: string;
  tableCell: string;
  repeatedGroup: string;
  and: string;
  or: string;
  not: string;
  answered: string;
  notAnswered: string;
  includes: string;
  notIncludes: string;
  oneOf: string;
  allOf: string;
  yes: string;
  no: string;
}

type Column = keyof CodebookWords;
const rows: [Column, ...string[]][] = [
  ['codebook', 'Codebook', 'Libri i kodeve', 'Šifarnik', 'Šifrarnik', 'Кодна книга', 'Šifarnik', 'Шифарник', 'Šifarnik'],
  ['variable', 'Variable', 'Ndryshorja', 'Varijabla', 'Varijabla', 'Променлива', 'Varijabla', 'Променљива', 'Promenljiva'],
  ['type', 'Type', 'Lloji', 'Tip', 'Vrsta', 'Тип', 'Tip', 'Тип', 'Tip'],
  ['label', 'Label', 'Etiketa', 'Oznaka', 'Oznaka', 'Ознака', 'Oznaka', 'Ознака', 'Oznaka'],
  ['values', 'Value labels', 'Etiketat e vlerave', 'Oznake vrijednosti', 'Oznake vrijednosti', 'Ознаки на вредностите', 'Oznake vrijednosti', 'Ознаке вредности', 'Oznake vrednosti'],
  ['universe', 'Universe', 'Universi', 'Obuhvat', 'Obuhvat', 'Опфат', 'Obuhvat', 'Обухват', 'Obuhvat'],
  ['definition', 'Definition', 'Përkufizimi', 'Definicija', 'Definicija', 'Дефиниција', 'Definicija', 'Дефиниција', 'Definicija'],
  ['page', 'Page', 'Faqja', 'Stranica', 'Stranica', 'Страница', 'Stranica', 'Страница', 'Stranica'],
  ['value', 'Value', 'Vlera', 'Vrijednost', 'Vrijednost', 'Вредност', 'Vrijednost', 'Вредност', 'Vrednost'],
  ['calculatedValues', 'Calculated values', 'Vlerat e llogaritura', 'Izračunate vrijednosti', 'Izračunate vrijednosti', 'Пресметани вредности', 'Izračunate vrijednosti', 'Израчунате вредности', 'Izračunate vrednosti'],
  ['everyone', 'All respondents', 'Të gjithë të anketuarit', 'Svi ispitanici', 'Svi ispitanici', 'Сите испитаници', 'Svi ispitanici', 'Сви испитаници', 'Svi ispitanici'],
  ['singleChoice', 'single choice', 'zgjedhje e vetme', 'jedan odgovor', 'jedan odgovor', 'еден одговор', 'jedan odgovor', 'један одговор', 'jedan odgovor'],
  ['choiceFlag', 'selected (1) / not selected (0)', 'zgjedhur (1) / pa zgjedhur (0)', 'izabrano (1) / nije izabrano (0)', 'odabrano (1) / nije odabrano (0)', 'избрано (1) / неизбрано (0)', 'izabrano (1) / nije izabrano (0)', 'изабрано (1) / није изабрано (0)', 'izabrano (1) / nije izabrano (0)'],
  ['choiceList', 'chosen values, separated by ;', 'vlerat e zgjedhura, të ndara me ;', 'izabrane vrijednosti, odvojene sa ;', 'odabrane vrijednosti, odvojene s ;', 'избрани вредности, одделени со ;', 'izabrane vrijednosti, odvojene sa ;', 'изабране вредности, одвојене са ;', 'izabrane vrednosti, odvojene sa ;'],
  ['number', 'number', 'numër', 'broj', 'broj', 'број', 'broj', 'број', 'broj'],
  ['text', 'text', 'tekst', 'tekst', 'tekst', 'текст', 'tekst', 'текст', 'tekst'],
  ['date', 'date', 'datë', 'datum', 'datum', 'датум', 'datum', 'датум', 'datum'],
  ['yesNo', 'yes (1) / no (0)', 'po (1) / jo (0)', 'da (1) / ne (0)', 'da (1) / ne (0)', 'да (1) / не (0)', 'da (1) / ne (0)', 'да (1) / не (0)', 'da (1) / ne (0)'],
  ['calculated', 'calculated', 'e llogaritur', 'izračunato', 'izračunato', 'пресметано', 'izračunato', 'израчунато', 'izračunato'],
  ['rating', 'rating', 'vlerësim', 'ocjena', 'ocjena', 'оценка', 'ocjena', 'оцена', 'ocena'],
  ['tableCell', 'table cell', 'qelizë tabele', 'ćelija tabele', 'ćelija tablice', 'ќелија од табела', 'ćelija tabele', 'ћелија табеле', 'ćelija tabele'],
  ['repeatedGroup', 'repeated group (JSON)', 'grup i përsëritur (JSON)', 'ponovljena grupa (JSON)', 'ponovljena skupina (JSON)', 'повторувана група (JSON)', 'ponovljena grupa (JSON)', 'поновљена група (JSON)', 'ponovljena grupa (JSON)'],
  ['and', 'and', 'dhe', 'i', 'i', 'и', 'i', 'и', 'i'],
  ['or', 'or', 'ose', 'ili', 'ili', 'или', 'ili', 'или', 'ili'],
  ['not', 'not', 'jo', 'ne', 'ne', 'не', 'ne', 'не', 'ne'],
  ['answered', 'is answered', 'ka përgjigje', 'je odgovoreno', 'je odgovoreno', 'е одговорено', 'je odgovoreno', 'је одговорено', 'je odgovoreno'],
  ['notAnswered', 'is not answered', 'nuk ka përgjigje', 'nije odgovoreno', 'nije odgovoreno', 'не е одговорено', 'nije odgovoreno', 'није одговорено', 'nije odgovoreno'],
  ['includes', 'includes', 'përfshin', 'uključuje', 'uključuje', 'вклучува', 'uključuje', 'укључује', 'uključuje'],
  ['notIncludes', 'does not include', 'nuk përfshin', 'ne uključuje', 'ne uključuje', 'не вклучува', 'ne uključuje', 'не укључује', 'ne uključuje'],
  ['oneOf', 'is one of', 'është një nga', 'je jedno od', 'je jedno od', 'е едно од', 'je jedno od', 'је једно од', 'je jedno od'],
  ['allOf', 'includes all of', 'përfshin të gjitha', 'uključuje sve od', 'uključuje sve od', 'ги вклучува сите', 'uključuje sve od', 'укључује све од', 'uključuje sve od'],
  ['yes', 'Yes', 'Po', 'Da', 'Da', 'Да', 'Da', 'Да', 'Da'],
  ['no', 'No', 'Jo', 'Ne', 'Ne', 'Не', 'Ne', 'Не', 'Ne'],
];

export const codebookWords: Record<CodebookLocale, CodebookWords> = Object.fromEntries(
  codebookLocales.map((locale, i) => [locale, Object.fromEntries(rows.map(([key, ...texts]) => [key, texts[i]])) as unknown as CodebookWords]),
) as Record<CodebookLocale, CodebookWords>;

export function isCodebookLocale(value: string): value is CodebookLocale {
  return (codebookLocales as readonly string[]).includes(value);
}
