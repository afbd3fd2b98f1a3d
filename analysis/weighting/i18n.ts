/** Weighting report strings in the eight locales (en, sq, bs, hr, mk, cnr, sr = Cyrillic, sr-Latn). */
import type { Locale } from '../locales';
import { format } from '../tables/i18n';

type Texts = Readonly<Record<Locale, string>>;
const t = (en: string, sq: string, bs: string, hr: string, mk: string, cnr: string, sr: string, srLatn: string): Texts =>
  ({ en, sq, bs, hr, mk, cnr, sr, 'sr-Latn': srLatn });

export const WEIGHTING_STRINGS = {
  title: t('Weighting report', 'Raporti i peshimit', 'Izvještaj o ponderisanju', 'Izvješće o ponderiranju', 'Извештај за пондерирање', 'Izvještaj o ponderisanju', 'Извештај о пондерисању', 'Izveštaj o ponderisanju'),
  summary: t('Summary', 'Përmbledhje', 'Sažetak', 'Sažetak', 'Преглед', 'Sažetak', 'Преглед', 'Pregled'),
  item: t('Item', 'Elementi', 'Stavka', 'Stavka', 'Ставка', 'Stavka', 'Ставка', 'Stavka'),
  value: t('Value', 'Vlera', 'Vrijednost', 'Vrijednost', 'Вредност', 'Vrijednost', 'Вредност', 'Vrednost'),
  sampledCases: t('Sampled cases', 'Raste në mostër', 'Slučajevi u uzorku', 'Slučajevi u uzorku', 'Случаи во примерокот', 'Slučajevi u uzorku', 'Случајеви у узорку', 'Slučajevi u uzorku'),
  respondingUnits: t('Responding units', 'Njësi që u përgjigjën', 'Jedinice koje su odgovorile', 'Jedinice koje su odgovorile', 'Единици што одговориле', 'Jedinice koje su odgovorile', 'Јединице које су одговориле', 'Jedinice koje su odgovorile'),
  outside: t('Export rows of cases not in the sample (ignored)', 'Rreshta të eksportit për raste jashtë mostrës (të shpërfillura)', 'Redovi izvoza za slučajeve izvan uzorka (zanemareni)', 'Retci izvoza za slučajeve izvan uzorka (zanemareni)', 'Редови од извозот за случаи надвор од примерокот (занемарени)', 'Redovi izvoza za slučajeve van uzorka (zanemareni)', 'Редови извоза за случајеве ван узорка (занемарени)', 'Redovi izvoza za slučajeve van uzorka (zanemareni)'),
  kishDeff: t('Design effect due to weighting (Kish, 1 + CV²)', 'Efekti i dizajnit nga peshimi (Kish, 1 + KV²)', 'Efekat dizajna zbog ponderisanja (Kish, 1 + KV²)', 'Učinak nacrta zbog ponderiranja (Kish, 1 + KV²)', 'Ефект на дизајнот поради пондерирањето (Киш, 1 + КВ²)', 'Efekat dizajna zbog ponderisanja (Kiš, 1 + KV²)', 'Ефекат дизајна због пондерисања (Киш, 1 + КВ²)', 'Efekat dizajna zbog ponderisanja (Kiš, 1 + KV²)'),
  distribution: t('Distribution of weights', 'Shpërndarja e peshave', 'Raspodjela pondera', 'Raspodjela pondera', 'Распределба на пондерите', 'Raspodjela pondera', 'Расподела пондера', 'Raspodela pondera'),
  stage: t('Stage', 'Faza', 'Faza', 'Faza', 'Фаза', 'Faza', 'Фаза', 'Faza'),
  base: t('Base weight (1/π)', 'Pesha bazë (1/π)', 'Osnovni ponder (1/π)', 'Osnovni ponder (1/π)', 'Основен пондер (1/π)', 'Osnovni ponder (1/π)', 'Основни пондер (1/π)', 'Osnovni ponder (1/π)'),
  household: t('Household weight (after nonresponse)', 'Pesha e ekonomisë familjare (pas mospërgjigjes)', 'Ponder domaćinstva (nakon neodgovora)', 'Ponder kućanstva (nakon neodaziva)', 'Пондер на домаќинството (по неодговор)', 'Ponder domaćinstva (nakon neodgovora)', 'Пондер домаћинства (након неодговора)', 'Ponder domaćinstva (nakon neodgovora)'),
  person: t('Person weight before calibration', 'Pesha e personit para kalibrimit', 'Ponder osobe prije kalibracije', 'Ponder osobe prije kalibracije', 'Пондер на лицето пред калибрацијата', 'Ponder lica prije kalibracije', 'Пондер лица пре калибрације', 'Ponder lica pre kalibracije'),
  final: t('Final person weight', 'Pesha përfundimtare e personit', 'Konačni ponder osobe', 'Konačni ponder osobe', 'Конечен пондер на лицето', 'Konačni ponder lica', 'Коначни пондер лица', 'Konačni ponder lica'),
  min: t('Min', 'Min', 'Min', 'Min', 'Мин', 'Min', 'Мин', 'Min'),
  max: t('Max', 'Maks', 'Maks', 'Maks', 'Макс', 'Maks', 'Макс', 'Maks'),
  mean: t('Mean', 'Mesatarja', 'Prosjek', 'Prosjek', 'Просек', 'Prosjek', 'Просек', 'Prosek'),
  sumOfWeights: t('Sum of weights', 'Shuma e peshave', 'Zbir pondera', 'Zbroj pondera', 'Збир на пондерите', 'Zbir pondera', 'Збир пондера', 'Zbir pondera'),
  cv: t('CV (%)', 'KV (%)', 'KV (%)', 'KV (%)', 'КВ (%)', 'KV (%)', 'КВ (%)', 'KV (%)'),
  deff: t('Kish deff', 'deff i Kishit', 'Kishov deff', 'Kishov deff', 'Кишов deff', 'Kišov deff', 'Кишов deff', 'Kišov deff'),
  nonresponse: t('Nonresponse adjustment by weighting class', 'Rregullimi për mospërgjigjen sipas klasave të peshimit', 'Prilagođavanje za neodgovor po klasama ponderisanja', 'Prilagodba za neodaziv po razredima ponderiranja', 'Прилагодување за неодговор по класи на пондерирање', 'Prilagođavanje za neodgovor po klasama ponderisanja', 'Прилагођавање за неодговор по класама пондерисања', 'Prilagođavanje za neodgovor po klasama ponderisanja'),
  weightingClass: t('Weighting class', 'Klasa e peshimit', 'Klasa ponderisanja', 'Razred ponderiranja', 'Класа на пондерирање', 'Klasa ponderisanja', 'Класа пондерисања', 'Klasa ponderisanja'),
  respondents: t('Respondents', 'Të anketuar', 'Ispitanici', 'Ispitanici', 'Испитаници', 'Ispitanici', 'Испитаници', 'Ispitanici'),
  eligibleNoInterview: t('Eligible, no interview', 'Të përshtatshëm, pa intervistë', 'Podobni, bez intervjua', 'Prihvatljivi, bez razgovora', 'Соодветни, без интервју', 'Podobni, bez intervjua', 'Подобни, без интервјуа', 'Podobni, bez intervjua'),
  unknownEligibility: t('Unknown eligibility', 'Përshtatshmëri e panjohur', 'Nepoznata podobnost', 'Nepoznata prihvatljivost', 'Непозната соодветност', 'Nepoznata podobnost', 'Непозната подобност', 'Nepoznata podobnost'),
  notEligible: t('Not eligible', 'Të papërshtatshëm', 'Nisu podobni', 'Nisu prihvatljivi', 'Несоодветни', 'Nijesu podobni', 'Нису подобни', 'Nisu podobni'),
  factor: t('Factor', 'Faktori', 'Faktor', 'Faktor', 'Фактор', 'Faktor', 'Фактор', 'Faktor'),
  collapsed: t('Class {from} ({r} respondents) collapsed into {into}.', 'Klasa {from} ({r} të anketuar) u bashkua me {into}.', 'Klasa {from} ({r} ispitanika) spojena je s klasom {into}.', 'Razred {from} ({r} ispitanika) spojen je s razredom {into}.', 'Класата {from} ({r} испитаници) е споена со {into}.', 'Klasa {from} ({r} ispitanika) spojena je sa klasom {into}.', 'Класа {from} ({r} испитаника) спојена је са класом {into}.', 'Klasa {from} ({r} ispitanika) spojena je sa klasom {into}.'),
  selection: t('Within-household selection factor', 'Faktori i përzgjedhjes brenda ekonomisë familjare', 'Faktor izbora unutar domaćinstva', 'Faktor odabira unutar kućanstva', 'Фактор на избор во домаќинството', 'Faktor izbora unutar domaćinstva', 'Фактор избора унутар домаћинства', 'Faktor izbora unutar domaćinstva'),
  method: t('Selection method', 'Metoda e përzgjedhjes', 'Metod izbora', 'Metoda odabira', 'Метод на избор', 'Metod izbora', 'Метод избора', 'Metod izbora'),
  adults: t('Eligible adults', 'Të rritur të përshtatshëm', 'Punoljetni članovi', 'Punoljetni članovi', 'Полнолетни членови', 'Punoljetni članovi', 'Пунолетни чланови', 'Punoletni članovi'),
  kish: t('Kish grid', 'Tabela e Kishit', 'Kišova tabela', 'Kishova tablica', 'Кишова табела', 'Kišova tabela', 'Кишова табела', 'Kišova tabela'),
  birthday: t('Last birthday', 'Ditëlindja e fundit', 'Posljednji rođendan', 'Posljednji rođendan', 'Последен роденден', 'Posljednji rođendan', 'Последњи рођендан', 'Poslednji rođendan'),
  oneAdult: t('One eligible adult', 'Një i rritur i përshtatshëm', 'Jedan punoljetni član', 'Jedan punoljetni član', 'Еден полнолетен член', 'Jedan punoljetni član', 'Један пунолетни члан', 'Jedan punoletni član'),
  units: t('Units', 'Njësi', 'Jedinice', 'Jedinice', 'Единици', 'Jedinice', 'Јединице', 'Jedinice'),
  meanFactor: t('Mean factor', 'Faktori mesatar', 'Prosječni faktor', 'Prosječni faktor', 'Просечен фактор', 'Prosječni faktor', 'Просечни фактор', 'Prosečni faktor'),
  margins: t('Calibration margins: before and after', 'Kufijtë e kalibrimit: para dhe pas', 'Margine kalibracije: prije i poslije', 'Margine kalibracije: prije i poslije', 'Маргини на калибрацијата: пред и потоа', 'Margine kalibracije: prije i poslije', 'Маргине калибрације: пре и после', 'Margine kalibracije: pre i posle'),
  ageGroup: t('Age group', 'Grupmosha', 'Starosna grupa', 'Dobna skupina', 'Возрасна група', 'Starosna grupa', 'Старосна група', 'Starosna grupa'),
  variable: t('Variable', 'Ndryshorja', 'Varijabla', 'Varijabla', 'Променлива', 'Varijabla', 'Променљива', 'Promenljiva'),
  level: t('Category', 'Kategoria', 'Kategorija', 'Kategorija', 'Категорија', 'Kategorija', 'Категорија', 'Kategorija'),
  population: t('Population', 'Popullsia', 'Populacija', 'Populacija', 'Популација', 'Populacija', 'Популација', 'Populacija'),
  before: t('Weighted before calibration', 'E peshuar para kalibrimit', 'Ponderisano prije kalibracije', 'Ponderirano prije kalibracije', 'Пондерирано пред калибрацијата', 'Ponderisano prije kalibracije', 'Пондерисано пре калибрације', 'Ponderisano pre kalibracije'),
  after: t('Weighted after calibration', 'E peshuar pas kalibrimit', 'Ponderisano poslije kalibracije', 'Ponderirano nakon kalibracije', 'Пондерирано по калибрацијата', 'Ponderisano poslije kalibracije', 'Пондерисано после калибрације', 'Ponderisano posle kalibracije'),
  rake: t('raking (iterative proportional fitting)', 'raking (përshtatje proporcionale përsëritëse)', 'raking (iterativno proporcionalno prilagođavanje)', 'raking (iterativna proporcionalna prilagodba)', 'рејкинг (итеративно пропорционално прилагодување)', 'raking (iterativno proporcionalno prilagođavanje)', 'рејкинг (итеративно пропорционално прилагођавање)', 'raking (iterativno proporcionalno prilagođavanje)'),
  linear: t('linear calibration (GREG)', 'kalibrim linear (GREG)', 'linearna kalibracija (GREG)', 'linearna kalibracija (GREG)', 'линеарна калибрација (GREG)', 'linearna kalibracija (GREG)', 'линеарна калибрација (GREG)', 'linearna kalibracija (GREG)'),
  calibrationNote: t('Calibration: {method} to the margins {margins}.', 'Kalibrimi: {method} sipas kufijve {margins}.', 'Kalibracija: {method} prema marginama {margins}.', 'Kalibracija: {method} prema marginama {margins}.', 'Калибрација: {method} според маргините {margins}.', 'Kalibracija: {method} prema marginama {margins}.', 'Калибрација: {method} према маргинама {margins}.', 'Kalibracija: {method} prema marginama {margins}.'),
  trimNote: t('Trimming to [{lower}, {upper}]: {units} weights outside the bounds over {rounds} rounds of trimming and re-calibration.', 'Shkurtimi në [{lower}, {upper}]: {units} pesha jashtë kufijve në {rounds} cikle shkurtimi dhe rikalibrimi.', 'Skraćivanje na [{lower}, {upper}]: {units} pondera izvan granica u {rounds} krugova skraćivanja i ponovne kalibracije.', 'Podrezivanje na [{lower}, {upper}]: {units} pondera izvan granica u {rounds} krugova podrezivanja i ponovne kalibracije.', 'Скратување на [{lower}, {upper}]: {units} пондери надвор од границите во {rounds} круга скратување и повторна калибрација.', 'Skraćivanje na [{lower}, {upper}]: {units} pondera van granica u {rounds} krugova skraćivanja i ponovne kalibracije.', 'Скраћивање на [{lower}, {upper}]: {units} пондера ван граница у {rounds} кругова скраћивања и поновне калибрације.', 'Skraćivanje na [{lower}, {upper}]: {units} pondera van granica u {rounds} krugova skraćivanja i ponovne kalibracije.'),
  boundsBroken: t('After the last round some weights are still outside the bounds (calibration needs them).', 'Pas ciklit të fundit disa pesha janë ende jashtë kufijve (kalibrimi i kërkon).', 'Nakon posljednjeg kruga neki ponderi su i dalje izvan granica (kalibracija ih zahtijeva).', 'Nakon posljednjeg kruga neki su ponderi i dalje izvan granica (kalibracija ih zahtijeva).', 'По последниот круг некои пондери се уште се надвор од границите (калибрацијата ги бара).', 'Nakon posljednjeg kruga neki ponderi su i dalje van granica (kalibracija ih zahtijeva).', 'После последњег круга неки пондери су и даље ван граница (калибрација их захтева).', 'Posle poslednjeg kruga neki ponderi su i dalje van granica (kalibracija ih zahteva).'),
  noCalibration: t('No calibration (the plan names no margins).', 'Pa kalibrim (plani nuk përmend kufij).', 'Bez kalibracije (plan ne navodi margine).', 'Bez kalibracije (plan ne navodi margine).', 'Без калибрација (планот не наведува маргини).', 'Bez kalibracije (plan ne navodi margine).', 'Без калибрације (план не наводи маргине).', 'Bez kalibracije (plan ne navodi margine).'),
} as const;

export type WeightingStringKey = keyof typeof WEIGHTING_STRINGS;

export function wtext(key: WeightingStringKey, locale: Locale, values: Readonly<Record<string, string | number>> = {}): string {
  return format(WEIGHTING_STRINGS[key][locale], values);
}
