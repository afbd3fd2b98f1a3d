/**
 * Report strings in the eight locales (en, sq, bs, hr, mk, cnr, sr = Serbian Cyrillic, sr-Latn).
 * `{x}` placeholders are filled by `format`; percentages (`{level}`, `{cv1}`) arrive formatted with their % sign.
 */
import type { Locale } from '../indicators/catalogue';
import { valueLabel } from './value-labels';
import { numberFormat } from './number-format';

type Texts = Readonly<Record<Locale, string>>;
const t = (en: string, sq: string, bs: string, hr: string, mk: string, cnr: string, sr: string, srLatn: string): Texts =>
  ({ en, sq, bs, hr, mk, cnr, sr, 'sr-Latn': srLatn });

export const STRINGS = {
  reportTitle: t('Crime victimization and corruption survey: indicator tables', 'Anketa e viktimizimit nga krimi dhe e korrupsionit: tabelat e treguesve',
    'Anketa o viktimizaciji i korupciji: tabele pokazatelja', 'Anketa o viktimizaciji i korupciji: tablice pokazatelja',
    'Анкета за виктимизација и корупција: табели со индикатори', 'Anketa o viktimizaciji i korupciji: tabele pokazatelja',
    'Анкета о виктимизацији и корупцији: табеле показатеља', 'Anketa o viktimizaciji i korupciji: tabele pokazatelja'),
  indicator: t('Indicator', 'Treguesi', 'Pokazatelj', 'Pokazatelj', 'Индикатор', 'Pokazatelj', 'Показатељ', 'Pokazatelj'),
  domain: t('Population group', 'Grupi i popullsisë', 'Grupa stanovništva', 'Skupina stanovništva', 'Група на население', 'Grupa stanovništva', 'Група становништва', 'Grupa stanovništva'),
  total: t('Total', 'Gjithsej', 'Ukupno', 'Ukupno', 'Вкупно', 'Ukupno', 'Укупно', 'Ukupno'),
  estimate: t('Estimate', 'Vlerësimi', 'Procjena', 'Procjena', 'Проценка', 'Procjena', 'Процена', 'Procena'),
  se: t('Standard error', 'Gabimi standard', 'Standardna greška', 'Standardna pogreška', 'Стандардна грешка', 'Standardna greška', 'Стандардна грешка', 'Standardna greška'),
  ciLow: t('Lower limit ({level} CI)', 'Kufiri i poshtëm (IB {level})', 'Donja granica ({level} IP)', 'Donja granica ({level} IP)', 'Долна граница ({level} ИД)', 'Donja granica ({level} IP)', 'Доња граница ({level} ИП)', 'Donja granica ({level} IP)'),
  ciHigh: t('Upper limit ({level} CI)', 'Kufiri i sipërm (IB {level})', 'Gornja granica ({level} IP)', 'Gornja granica ({level} IP)', 'Горна граница ({level} ИД)', 'Gornja granica ({level} IP)', 'Горња граница ({level} ИП)', 'Gornja granica ({level} IP)'),
  n: t('Respondents (n)', 'Të anketuar (n)', 'Ispitanici (n)', 'Ispitanici (n)', 'Испитаници (n)', 'Ispitanici (n)', 'Испитаници (n)', 'Ispitanici (n)'),
  cv: t('CV (%)', 'KV (%)', 'KV (%)', 'KV (%)', 'КВ (%)', 'KV (%)', 'КВ (%)', 'KV (%)'),
  notes: t('Notes', 'Shënime', 'Napomene', 'Napomene', 'Забелешки', 'Napomene', 'Напомене', 'Napomene'),
  suppressed: t('‡ suppressed', '‡ nuk publikohet', '‡ nije objavljeno', '‡ nije objavljeno', '‡ не е објавено', '‡ nije objavljeno', '‡ није објављено', '‡ nije objavljeno'),
  flagSuppressN: t('‡ Not published: fewer than {minN} respondents in the group.', '‡ Nuk publikohet: më pak se {minN} të anketuar në grup.',
    '‡ Nije objavljeno: manje od {minN} ispitanika u grupi.', '‡ Nije objavljeno: manje od {minN} ispitanika u skupini.',
    '‡ Не е објавено: помалку од {minN} испитаници во групата.', '‡ Nije objavljeno: manje od {minN} ispitanika u grupi.',
    '‡ Није објављено: мање од {minN} испитаника у групи.', '‡ Nije objavljeno: manje od {minN} ispitanika u grupi.'),
  flagSuppressNeff: t('‡ Not published: effective sample size below {minNeff}.', '‡ Nuk publikohet: madhësia efektive e mostrës nën {minNeff}.',
    '‡ Nije objavljeno: efektivna veličina uzorka manja od {minNeff}.', '‡ Nije objavljeno: efektivna veličina uzorka manja od {minNeff}.',
    '‡ Не е објавено: ефективната големина на примерокот е под {minNeff}.', '‡ Nije objavljeno: efektivna veličina uzorka manja od {minNeff}.',
    '‡ Није објављено: ефективна величина узорка мања од {minNeff}.', '‡ Nije objavljeno: efektivna veličina uzorka manja od {minNeff}.'),
  flagCv33: t('‡ Not published: too unreliable (coefficient of variation above {cv2}).', '‡ Nuk publikohet: shumë e pasigurt (koeficienti i variacionit mbi {cv2}).',
    '‡ Nije objavljeno: previše nepouzdano (koeficijent varijacije veći od {cv2}).', '‡ Nije objavljeno: previše nepouzdano (koeficijent varijacije veći od {cv2}).',
    '‡ Не е објавено: премногу несигурно (коефициент на варијација над {cv2}).', '‡ Nije objavljeno: previše nepouzdano (koeficijent varijacije veći od {cv2}).',
    '‡ Није објављено: превише непоуздано (коефицијент варијације већи од {cv2}).', '‡ Nije objavljeno: previše nepouzdano (koeficijent varijacije veći od {cv2}).'),
  flagCv16: t('* Use with caution: coefficient of variation between {cv1} and {cv2}.', '* Përdoreni me kujdes: koeficienti i variacionit ndërmjet {cv1} dhe {cv2}.',
    '* Koristiti s oprezom: koeficijent varijacije između {cv1} i {cv2}.', '* Koristiti s oprezom: koeficijent varijacije između {cv1} i {cv2}.',
    '* Да се користи со претпазливост: коефициент на варијација меѓу {cv1} и {cv2}.', '* Koristiti s oprezom: koeficijent varijacije između {cv1} i {cv2}.',
    '* Користити са опрезом: коефицијент варијације између {cv1} и {cv2}.', '* Koristiti sa oprezom: koeficijent varijacije između {cv1} i {cv2}.'),
  methodNote: t('Estimates take the sample design into account (Taylor linearization or replicate weights); confidence intervals use the design degrees of freedom.',
    'Vlerësimet marrin parasysh dizajnin e mostrës (linearizim Taylor ose pesha replikuese); intervalet e besimit përdorin shkallët e lirisë së dizajnit.',
    'Procjene uzimaju u obzir plan uzorka (Taylorova linearizacija ili replikacijski ponderi); intervali povjerenja koriste stepene slobode plana uzorka.',
    'Procjene uzimaju u obzir plan uzorka (Taylorova linearizacija ili replikacijski ponderi); intervali pouzdanosti koriste stupnjeve slobode plana uzorka.',
    'Проценките го земаат предвид планот на примерокот (Тејлорова линеаризација или репликациски пондери); интервалите на доверба ги користат степените на слобода на планот.',
    'Procjene uzimaju u obzir plan uzorka (Taylorova linearizacija ili replikacijski ponderi); intervali povjerenja koriste stepene slobode plana uzorka.',
    'Процене узимају у обзир план узорка (Тејлорова линеаризација или репликациони пондери); интервали поверења користе степене слободе плана узорка.',
    'Procene uzimaju u obzir plan uzorka (Tejlorova linearizacija ili replikacioni ponderi); intervali poverenja koriste stepene slobode plana uzorka.'),
  percentNote: t('Prevalences and shares are percentages; incidence is per 100 persons or households.', 'Prevalencat dhe pjesët janë në përqindje; incidenca është për 100 persona ose familje.',
    'Prevalencije i udjeli izraženi su u procentima; incidencija je na 100 osoba ili domaćinstava.', 'Prevalencije i udjeli izraženi su u postocima; incidencija je na 100 osoba ili kućanstava.',
    'Преваленците и уделите се изразени во проценти; инциденцата е на 100 лица или домаќинства.', 'Prevalencije i udjeli izraženi su u procentima; incidencija je na 100 osoba ili domaćinstava.',
    'Преваленције и удели изражени су у процентима; инциденција је на 100 особа или домаћинстава.', 'Prevalencije i udeli izraženi su u procentima; incidencija je na 100 osoba ili domaćinstava.'),
  chartNote: t('Charts — dots: estimates; lines: {level} confidence intervals; open dot, dashed line and *: use with caution; ‡: not published.',
    'Grafikët — pikat: vlerësimet; vijat: intervalet e besimit {level}; pikë e zbrazët, vijë e ndërprerë dhe *: përdoreni me kujdes; ‡: nuk publikohet.',
    'Grafikoni — tačke: procjene; linije: intervali povjerenja {level}; prazna tačka, isprekidana linija i *: koristiti s oprezom; ‡: nije objavljeno.',
    'Grafikoni — točke: procjene; linije: intervali pouzdanosti {level}; prazna točka, isprekidana linija i *: koristiti s oprezom; ‡: nije objavljeno.',
    'Графикони — точки: проценки; линии: интервали на доверба {level}; празна точка, испрекината линија и *: да се користи со претпазливост; ‡: не е објавено.',
    'Grafikoni — tačke: procjene; linije: intervali povjerenja {level}; prazna tačka, isprekidana linija i *: koristiti s oprezom; ‡: nije objavljeno.',
    'Графикони — тачке: процене; линије: интервали поверења {level}; празна тачка, испрекидана линија и *: користити са опрезом; ‡: није објављено.',
    'Grafikoni — tačke: procene; linije: intervali poverenja {level}; prazna tačka, isprekidana linija i *: koristiti sa oprezom; ‡: nije objavljeno.'),
  definitions: t('Definitions', 'Përkufizimet', 'Definicije', 'Definicije', 'Дефиниции', 'Definicije', 'Дефиниције', 'Definicije'),
  contents: t('Contents', 'Përmbajtja', 'Sadržaj', 'Sadržaj', 'Содржина', 'Sadržaj', 'Садржај', 'Sadržaj'),
  title: t('Title', 'Titulli', 'Naziv', 'Naziv', 'Наслов', 'Naziv', 'Назив', 'Naziv'),
  sdg: t('SDG', 'OZHQ', 'COR', 'COR', 'ЦОР', 'COR', 'ЦОР', 'COR'),
  type: t('Type', 'Lloji', 'Vrsta', 'Vrsta', 'Вид', 'Vrsta', 'Врста', 'Vrsta'),
  unit: t('Unit', 'Njësia', 'Jedinica', 'Jedinica', 'Единица', 'Jedinica', 'Јединица', 'Jedinica'),
  universe: t('Universe', 'Universi', 'Obuhvat', 'Obuhvat', 'Опфат', 'Obuhvat', 'Обухват', 'Obuhvat'),
  numerator: t('Numerator', 'Numëruesi', 'Brojilac', 'Brojnik', 'Броител', 'Brojilac', 'Бројилац', 'Brojilac'),
  definition: t('Definition', 'Përkufizimi', 'Definicija', 'Definicija', 'Дефиниција', 'Definicija', 'Дефиниција', 'Definicija'),
  source: t('Source', 'Burimi', 'Izvor', 'Izvor', 'Извор', 'Izvor', 'Извор', 'Izvor'),
  responseRates: t('Response rates (AAPOR)', 'Shkalla e përgjigjes (AAPOR)', 'Stope odziva (AAPOR)', 'Stope odaziva (AAPOR)', 'Стапки на одговор (AAPOR)', 'Stope odziva (AAPOR)', 'Стопе одзива (AAPOR)', 'Stope odziva (AAPOR)'),
  generated: t('Generated', 'Krijuar më', 'Izrađeno', 'Izrađeno', 'Изработено', 'Izrađeno', 'Израђено', 'Izrađeno'),
  value: t('Value', 'Vlera', 'Vrijednost', 'Vrijednost', 'Вредност', 'Vrijednost', 'Вредност', 'Vrednost'),
  cases: t('Cases', 'Raste', 'Slučajevi', 'Slučajevi', 'Случаи', 'Slučajevi', 'Случајеви', 'Slučajevi'),
  adminTitle: t('Justice and home affairs statistics: regional table of priority indicators', 'Statistikat e drejtësisë dhe punëve të brendshme: tabela rajonale e treguesve prioritarë',
    'Statistika pravosuđa i unutrašnjih poslova: regionalna tabela prioritetnih pokazatelja', 'Statistika pravosuđa i unutarnjih poslova: regionalna tablica prioritetnih pokazatelja',
    'Статистика за правда и внатрешни работи: регионална табела на приоритетни индикатори', 'Statistika pravosuđa i unutrašnjih poslova: regionalna tabela prioritetnih pokazatelja',
    'Статистика правосуђа и унутрашњих послова: регионална табела приоритетних показатеља', 'Statistika pravosuđa i unutrašnjih poslova: regionalna tabela prioritetnih pokazatelja'),
  country: t('Country', 'Shteti', 'Država', 'Država', 'Држава', 'Država', 'Држава', 'Država'),
  year: t('Year', 'Viti', 'Godina', 'Godina', 'Година', 'Godina', 'Година', 'Godina'),
  population: t('Population', 'Popullsia', 'Stanovništvo', 'Stanovništvo', 'Население', 'Stanovništvo', 'Становништво', 'Stanovništvo'),
  offence: t('Offence (ICCS)', 'Vepra (ICCS)', 'Krivično djelo (ICCS)', 'Kazneno djelo (ICCS)', 'Кривично дело (ICCS)', 'Krivično djelo (ICCS)', 'Кривично дело (ICCS)', 'Krivično delo (ICCS)'),
  per100k: t('{x} per 100,000', '{x} për 100 000 banorë', '{x} na 100.000 stanovnika', '{x} na 100 000 stanovnika', '{x} на 100.000 жители', '{x} na 100.000 stanovnika', '{x} на 100.000 становника', '{x} na 100.000 stanovnika'),
  convictedPer100: t('Convicted per 100 prosecuted', 'Të dënuar për 100 të ndjekur penalisht', 'Osuđeni na 100 optuženih', 'Osuđeni na 100 optuženih', 'Осудени на 100 обвинети', 'Osuđeni na 100 optuženih', 'Осуђени на 100 оптужених', 'Osuđeni na 100 optuženih'),
  regionalTable: t('Offences and persons by stage of the criminal justice process', 'Veprat dhe personat sipas fazës së procesit penal', 'Krivična djela i osobe po fazama krivičnog postupka',
    'Kaznena djela i osobe po fazama kaznenog postupka', 'Кривични дела и лица по фази на кривичната постапка', 'Krivična djela i osobe po fazama krivičnog postupka',
    'Кривична дела и лица по фазама кривичног поступка', 'Krivična dela i lica po fazama krivičnog postupka'),
  profiles: t('Profiles of persons (shares in %)', 'Profilet e personave (pjesët në %)', 'Profili osoba (udjeli u %)', 'Profili osoba (udjeli u %)', 'Профили на лицата (удели во %)', 'Profili osoba (udjeli u %)', 'Профили лица (удели у %)', 'Profili lica (udeli u %)'),
  table: t('Table', 'Tabela', 'Tabela', 'Tablica', 'Табела', 'Tabela', 'Табела', 'Tabela'),
  femalePct: t('Women (%)', 'Gra (%)', 'Žene (%)', 'Žene (%)', 'Жени (%)', 'Žene (%)', 'Жене (%)', 'Žene (%)'),
  juvenilePct: t('Juveniles (%)', 'Të mitur (%)', 'Maloljetni (%)', 'Maloljetni (%)', 'Малолетни (%)', 'Maloljetni (%)', 'Малолетни (%)', 'Maloletni (%)'),
  foreignPct: t('Foreign citizens (%)', 'Shtetas të huaj (%)', 'Strani državljani (%)', 'Strani državljani (%)', 'Странски државјани (%)', 'Strani državljani (%)', 'Страни држављани (%)', 'Strani državljani (%)'),
  checks: t('Consistency checks', 'Kontrollet e qëndrueshmërisë', 'Provjere dosljednosti', 'Provjere dosljednosti', 'Проверки на конзистентност', 'Provjere dosljednosti', 'Провере доследности', 'Provere doslednosti'),
  check: t('Check', 'Kontrolli', 'Provjera', 'Provjera', 'Проверка', 'Provjera', 'Провера', 'Provera'),
  finding: t('Finding', 'Gjetja', 'Nalaz', 'Nalaz', 'Наод', 'Nalaz', 'Налаз', 'Nalaz'),
  noFindings: t('No inconsistencies found.', 'Nuk u gjetën mospërputhje.', 'Nisu pronađene nedosljednosti.', 'Nisu pronađene nedosljednosti.', 'Не се пронајдени неконзистентности.', 'Nijesu pronađene nedosljednosti.', 'Нису пронађене недоследности.', 'Nisu pronađene nedoslednosti.'),
  adminNote: t('Empty cells: not available. Convicted per 100 prosecuted compares counts of the same year (not a cohort).',
    'Qelizat bosh: nuk disponohen. Të dënuarit për 100 të ndjekur krahasojnë numrat e të njëjtit vit (jo një kohortë).',
    'Prazne ćelije: nije dostupno. Osuđeni na 100 optuženih porede brojeve iz iste godine (ne kohortu).',
    'Prazne ćelije: nije dostupno. Osuđeni na 100 optuženih uspoređuju brojeve iz iste godine (ne kohortu).',
    'Празни ќелии: не е достапно. Осудените на 100 обвинети ги споредуваат бројките од истата година (не кохорта).',
    'Prazne ćelije: nije dostupno. Osuđeni na 100 optuženih porede brojeve iz iste godine (ne kohortu).',
    'Празне ћелије: није доступно. Осуђени на 100 оптужених пореде бројеве из исте године (не кохорту).',
    'Prazne ćelije: nije dostupno. Osuđeni na 100 optuženih porede brojeve iz iste godine (ne kohortu).'),
  comparisonTitle: t('Comparison of surveys: indicators side by side', 'Krahasimi i anketave: treguesit krah për krah', 'Poređenje anketa: pokazatelji uporedo',
    'Usporedba anketa: pokazatelji usporedno', 'Споредба на анкетите: индикатори еден до друг', 'Poređenje anketa: pokazatelji uporedo',
    'Поређење анкета: показатељи упоредо', 'Poređenje anketa: pokazatelji uporedo'),
  differencesTitle: t('Differences from {reference}', 'Ndryshimet nga {reference}', 'Razlike u odnosu na {reference}', 'Razlike u odnosu na {reference}',
    'Разлики во однос на {reference}', 'Razlike u odnosu na {reference}', 'Разлике у односу на {reference}', 'Razlike u odnosu na {reference}'),
  difference: t('Difference', 'Ndryshimi', 'Razlika', 'Razlika', 'Разлика', 'Razlika', 'Разлика', 'Razlika'),
  pValue: t('p-value', 'vlera p', 'p-vrijednost', 'p-vrijednost', 'p-вредност', 'p-vrijednost', 'p-вредност', 'p-vrednost'),
  significant: t('Significant ({level})', 'Domethënëse ({level})', 'Značajno ({level})', 'Značajno ({level})', 'Значајно ({level})', 'Značajno ({level})', 'Значајно ({level})', 'Značajno ({level})'),
  yes: t('yes', 'po', 'da', 'da', 'да', 'da', 'да', 'da'),
  no: t('no', 'jo', 'ne', 'ne', 'не', 'ne', 'не', 'ne'),
  comparisonNote: t('Differences are each survey minus the reference survey (percentage points for percentages). The surveys are independent samples, so the variance of a difference is the sum of the two variances; the t test uses the sum of the design degrees of freedom minus one. ‡: one side is not published, so neither is the difference.',
    'Ndryshimet janë secila anketë minus anketa referuese (pikë përqindjeje për përqindjet). Anketat janë mostra të pavarura, ndaj varianca e një ndryshimi është shuma e dy variancave; testi t përdor shumën e shkallëve të lirisë së dizajnit minus një. ‡: njëra anë nuk publikohet, prandaj as ndryshimi.',
    'Razlike su svaka anketa minus referentna anketa (procentni poeni za procente). Ankete su nezavisni uzorci, pa je varijansa razlike zbir dviju varijansi; t-test koristi zbir stepeni slobode planova uzorka minus jedan. ‡: jedna strana nije objavljena, pa ni razlika.',
    'Razlike su svaka anketa minus referentna anketa (postotni bodovi za postotke). Ankete su nezavisni uzorci, pa je varijanca razlike zbroj dviju varijanci; t-test koristi zbroj stupnjeva slobode planova uzorka minus jedan. ‡: jedna strana nije objavljena, pa ni razlika.',
    'Разликите се секоја анкета минус референтната анкета (процентни поени за процентите). Анкетите се независни примероци, па варијансата на разликата е збир на двете варијанси; t-тестот го користи збирот на степените на слобода на плановите минус еден. ‡: едната страна не е објавена, па ни разликата.',
    'Razlike su svaka anketa minus referentna anketa (procentni poeni za procente). Ankete su nezavisni uzorci, pa je varijansa razlike zbir dviju varijansi; t-test koristi zbir stepeni slobode planova uzorka minus jedan. ‡: jedna strana nije objavljena, pa ni razlika.',
    'Разлике су свака анкета минус референтна анкета (процентни поени за проценте). Анкете су независни узорци, па је варијанса разлике збир двеју варијанси; t-тест користи збир степени слободе планова узорка минус један. ‡: једна страна није објављена, па ни разлика.',
    'Razlike su svaka anketa minus referentna anketa (procentni poeni za procente). Ankete su nezavisni uzorci, pa je varijansa razlike zbir dveju varijansi; t-test koristi zbir stepeni slobode planova uzorka minus jedan. ‡: jedna strana nije objavljena, pa ni razlika.'),
} as const;
export type StringKey = keyof typeof STRINGS;

export const TYPE_NAMES: Readonly<Record<string, Texts>> = {
  prevalence: t('percentage', 'përqindje', 'procenat', 'postotak', 'процент', 'procenat', 'проценат', 'procenat'),
  'incidence-per-100': t('per 100', 'për 100', 'na 100', 'na 100', 'на 100', 'na 100', 'на 100', 'na 100'),
  mean: t('mean', 'mesatare', 'prosjek', 'prosjek', 'просек', 'prosjek', 'просек', 'prosek'),
  ratio: t('ratio', 'raport', 'omjer', 'omjer', 'сооднос', 'odnos', 'однос', 'odnos'),
  'mean-of-shares': t('mean of percentages', 'mesatare e përqindjeve', 'prosjek procenata', 'prosjek postotaka', 'просек на проценти', 'prosjek procenata', 'просек процената', 'prosek procenata'),
};
export const UNIT_NAMES: Readonly<Record<string, Texts>> = {
  person: t('person', 'person', 'osoba', 'osoba', 'лице', 'osoba', 'особа', 'osoba'),
  household: t('household', 'familje', 'domaćinstvo', 'kućanstvo', 'домаќинство', 'domaćinstvo', 'домаћинство', 'domaćinstvo'),
};

/**
 * Labels of the usual disaggregation variables. Their codes' labels come from the questionnaires
 * (value-labels.ts); `values` here only for variables no questionnaire question carries
 * (`disability` is calculated from the Washington Group items).
 */
export const VARIABLE_LABELS: Readonly<Record<string, { label: Texts; values?: Readonly<Record<string, Texts>> }>> = {
  survey: { label: t('Survey', 'Anketa', 'Anketa', 'Anketa', 'Анкета', 'Anketa', 'Анкета', 'Anketa') },
  interviewer: { label: t('Interviewer', 'Intervistuesi', 'Anketar', 'Anketar', 'Анкетар', 'Anketar', 'Анкетар', 'Anketar') },
  region: { label: t('Region', 'Rajoni', 'Regija', 'Regija', 'Регион', 'Region', 'Регион', 'Region') },
  urban: { label: t('Settlement type', 'Lloji i vendbanimit', 'Tip naselja', 'Vrsta naselja', 'Тип на населено место', 'Tip naselja', 'Тип насеља', 'Tip naselja') },
  sex: { label: t('Sex', 'Gjinia', 'Spol', 'Spol', 'Пол', 'Pol', 'Пол', 'Pol') },
  education: { label: t('Education', 'Arsimi', 'Obrazovanje', 'Obrazovanje', 'Образование', 'Obrazovanje', 'Образовање', 'Obrazovanje') },
  employment: { label: t('Employment', 'Punësimi', 'Zaposlenost', 'Zaposlenost', 'Вработеност', 'Zaposlenost', 'Запосленост', 'Zaposlenost') },
  disability: {
    label: t('Disability', 'Aftësi e kufizuar', 'Invaliditet', 'Invaliditet', 'Попреченост', 'Invaliditet', 'Инвалидитет', 'Invaliditet'),
    values: { 1: t('yes', 'po', 'da', 'da', 'да', 'da', 'да', 'da'), 2: t('no', 'jo', 'ne', 'ne', 'не', 'ne', 'не', 'ne') },
  },
  // Calculated by the questionnaires from `age` (surveys/src/household.ts): the SDG 16 age bands.
  age_group: {
    label: t('Age group', 'Grupmosha', 'Starosna grupa', 'Dobna skupina', 'Возрасна група', 'Starosna grupa', 'Старосна група', 'Starosna grupa'),
    values: {
      1: t('18–24', '18–24', '18–24', '18–24', '18–24', '18–24', '18–24', '18–24'),
      2: t('25–34', '25–34', '25–34', '25–34', '25–34', '25–34', '25–34', '25–34'),
      3: t('35–44', '35–44', '35–44', '35–44', '35–44', '35–44', '35–44', '35–44'),
      4: t('45–54', '45–54', '45–54', '45–54', '45–54', '45–54', '45–54', '45–54'),
      5: t('55–64', '55–64', '55–64', '55–64', '55–64', '55–64', '55–64', '55–64'),
      6: t('65+', '65+', '65+', '65+', '65+', '65+', '65+', '65+'),
    },
  },
  // The questionnaire asks "Are you a citizen of this country?" (yes/no): the label says what the answer means.
  citizenship: {
    label: t('Citizen of the country', 'Shtetas i vendit', 'Državljanin države', 'Državljanin države', 'Државјанин на земјата', 'Državljanin države', 'Држављанин државе', 'Državljanin države'),
  },
};

export function text(key: StringKey, locale: Locale, values: Readonly<Record<string, string | number>> = {}): string {
  return format(STRINGS[key][locale], values);
}

export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/**
 * A domain in words: "Region: Skopje; Sex: Female" in the locale, or the word for the whole
 * population. Codes are labelled from the questionnaires; an unknown code (uploaded data) stays as written.
 */
export function domainLabel(domain: Readonly<Record<string, string>>, locale: Locale): string {
  const entries = Object.entries(domain);
  if (entries.length === 0) return text('total', locale);
  return entries.map(([k, v]) => `${variableLabel(k, locale)}: ${domainValueLabel(k, v, locale)}`).join('; ');
}

/** The label of one code of a disaggregation variable ("Скопски регион" for region=MK008 in mk), or the code itself. */
export function domainValueLabel(variable: string, code: string, locale: Locale): string {
  return valueLabel(variable, code, locale) ?? VARIABLE_LABELS[variable]?.values?.[code]?.[locale] ?? code;
}

/** The label of a variable ("Region"), or its name when it has none. */
export function variableLabel(name: string, locale: Locale): string {
  return VARIABLE_LABELS[name]?.label[locale] ?? name;
}

/** BCP 47 tag for `lang` attributes and number formatting (Serbian Cyrillic is written out). */
export function languageTag(locale: Locale): string {
  return locale === 'sr' ? 'sr-Cyrl' : locale;
}

/** Number formatting per locale: `digits` decimals (the shared per-locale format of number-format.ts). */
export function numberFormatter(locale: Locale, digits: number): (x: number) => string {
  const nf = numberFormat(locale);
  return (x: number) => nf.fixed(x, digits);
}
