/**
 * jha-admin.json — the yearly regional template for administrative Justice and Home Affairs
 * statistics (Skopje 2010 regional indicators, modelled on UN-CTS and Eurostat; DOMAIN.md §6).
 * One submission = one country × institution × year. Tables are matrixdropdowns with ICCS rows
 * (`i` + code) and count columns; validators check that breakdowns add up to totals and that a
 * category never exceeds the category that contains it.
 */
import { mapLoc, T, type Loc } from './i18n';
import { choice, comment, html, integer, page, radio, yesNo, type Choice, type Element } from './elements';

export const ICCS: Record<string, Loc> = {
  total: T('Total, all criminal offences (not only the rows below)', 'Gjithsej, të gjitha veprat penale (jo vetëm rreshtat më poshtë)', 'Ukupno, sva krivična djela (ne samo redovi ispod)', 'Ukupno, sva kaznena djela (ne samo retci ispod)', 'Вкупно, сите кривични дела (не само редовите подолу)', 'Ukupno, sva krivična djela (ne samo redovi ispod)', 'Укупно, сва кривична дела (не само редови испод)'),
  '0101': T('Intentional homicide', 'Vrasje me dashje', 'Namjerno ubistvo', 'Namjerno ubojstvo', 'Намерно убиство', 'Namjerno ubistvo', 'Намерно убиство'),
  '0102': T('Attempted intentional homicide', 'Tentativë për vrasje me dashje', 'Pokušaj namjernog ubistva', 'Pokušaj namjernog ubojstva', 'Обид за намерно убиство', 'Pokušaj namjernog ubistva', 'Покушај намерног убиства'),
  '020111': T('Serious assault', 'Sulm i rëndë', 'Teški napad', 'Teški napad', 'Тежок напад', 'Teški napad', 'Тешки напад'),
  '020221': T('Kidnapping', 'Rrëmbim', 'Otmica', 'Otmica', 'Киднапирање', 'Otmica', 'Отмица'),
  '02041': T('Trafficking in persons for sexual exploitation', 'Trafikim i personave për shfrytëzim seksual', 'Trgovina ljudima radi seksualnog iskorištavanja', 'Trgovanje ljudima radi spolnog iskorištavanja', 'Трговија со луѓе заради сексуална експлоатација', 'Trgovina ljudima radi seksualnog iskorišćavanja', 'Трговина људима ради сексуалне експлоатације'),
  '02042': T('Trafficking in persons for forced labour or services', 'Trafikim i personave për punë ose shërbime të detyruara', 'Trgovina ljudima radi prinudnog rada ili usluga', 'Trgovanje ljudima radi prisilnog rada ili usluga', 'Трговија со луѓе заради принудна работа или услуги', 'Trgovina ljudima radi prinudnog rada ili usluga', 'Трговина људима ради принудног рада или услуга'),
  '02043': T('Trafficking in persons for organ removal', 'Trafikim i personave për heqje organesh', 'Trgovina ljudima radi uzimanja organa', 'Trgovanje ljudima radi uzimanja organa', 'Трговија со луѓе заради отстранување органи', 'Trgovina ljudima radi uzimanja organa', 'Трговина људима ради узимања органа'),
  '02044': T('Trafficking in persons for other purposes', 'Trafikim i personave për qëllime të tjera', 'Trgovina ljudima u druge svrhe', 'Trgovanje ljudima u druge svrhe', 'Трговија со луѓе за други цели', 'Trgovina ljudima u druge svrhe', 'Трговина људима у друге сврхе'),
  '0204': T('Trafficking in persons', 'Trafikim i personave', 'Trgovina ljudima', 'Trgovanje ljudima', 'Трговија со луѓе', 'Trgovina ljudima', 'Трговина људима'),
  '0301': T('Sexual violence', 'Dhunë seksuale', 'Seksualno nasilje', 'Spolno nasilje', 'Сексуално насилство', 'Seksualno nasilje', 'Сексуално насиље'),
  '03011': T('Rape', 'Përdhunim', 'Silovanje', 'Silovanje', 'Силување', 'Silovanje', 'Силовање'),
  '03012': T('Sexual assault', 'Sulm seksual', 'Seksualni napad', 'Spolni napad', 'Сексуален напад', 'Seksualni napad', 'Сексуални напад'),
  '030221': T('Child pornography', 'Pornografi me fëmijë', 'Dječija pornografija', 'Dječja pornografija', 'Детска порнографија', 'Dječja pornografija', 'Дечја порнографија'),
  '0401': T('Robbery', 'Grabitje', 'Razbojništvo', 'Razbojništvo', 'Разбојништво', 'Razbojništvo', 'Разбојништво'),
  '0501': T('Burglary', 'Vjedhje me thyerje', 'Provalna krađa', 'Provalna krađa', 'Провална кражба', 'Provalna krađa', 'Провална крађа'),
  '05012': T('Burglary of private residential premises', 'Vjedhje me thyerje në banesa private', 'Provalna krađa u stambene prostore', 'Provalna krađa u stambene prostore', 'Провална кражба во станбени простории', 'Provalna krađa u stambene prostore', 'Провална крађа у стамбене просторе'),
  '0502': T('Theft', 'Vjedhje', 'Krađa', 'Krađa', 'Кражба', 'Krađa', 'Крађа'),
  '05021': T('Theft of a motorized vehicle or its parts', 'Vjedhje e automjetit ose e pjesëve të tij', 'Krađa motornog vozila ili njegovih dijelova', 'Krađa motornog vozila ili njegovih dijelova', 'Кражба на моторно возило или негови делови', 'Krađa motornog vozila ili njegovih djelova', 'Крађа моторног возила или његових делова'),
  '050211': T('Theft of a motorized land vehicle', 'Vjedhje e automjetit tokësor', 'Krađa motornog kopnenog vozila', 'Krađa motornog kopnenog vozila', 'Кражба на моторно копнено возило', 'Krađa motornog kopnenog vozila', 'Крађа моторног копненог возила'),
  '0601': T('Unlawful acts involving controlled drugs or precursors', 'Vepra të paligjshme me drogat e kontrolluara ose prekursorët', 'Nezakonite radnje s kontrolisanim drogama ili prekursorima', 'Nezakonite radnje s kontroliranim drogama ili prekursorima', 'Незаконски дејствија со контролирани дроги или прекурсори', 'Nezakonite radnje s kontrolisanim drogama ili prekursorima', 'Незаконите радње с контролисаним дрогама или прекурсорима'),
  '06011': T('Possession, purchase, use or cultivation of controlled drugs for personal consumption', 'Posedim, blerje, përdorim ose kultivim i drogave të kontrolluara për konsum personal', 'Posjedovanje, kupovina, upotreba ili uzgoj kontrolisanih droga za ličnu upotrebu', 'Posjedovanje, kupnja, uporaba ili uzgoj kontroliranih droga za osobnu uporabu', 'Поседување, купување, употреба или одгледување контролирани дроги за лична употреба', 'Posjedovanje, kupovina, upotreba ili uzgoj kontrolisanih droga za ličnu upotrebu', 'Поседовање, куповина, употреба или узгој контролисаних дрога за личну употребу'),
  '06012': T('Trafficking, cultivation or production of controlled drugs not for personal consumption', 'Trafikim, kultivim ose prodhim i drogave të kontrolluara jo për konsum personal', 'Trgovina, uzgoj ili proizvodnja kontrolisanih droga koja nije za ličnu upotrebu', 'Trgovina, uzgoj ili proizvodnja kontroliranih droga koja nije za osobnu uporabu', 'Трговија, одгледување или производство на контролирани дроги што не се за лична употреба', 'Trgovina, uzgoj ili proizvodnja kontrolisanih droga koja nije za ličnu upotrebu', 'Трговина, узгој или производња контролисаних дрога која није за личну употребу'),
  '0701': T('Fraud', 'Mashtrim', 'Prevara', 'Prijevara', 'Измама', 'Prevara', 'Превара'),
  '0703': T('Corruption', 'Korrupsion', 'Korupcija', 'Korupcija', 'Корупција', 'Korupcija', 'Корупција'),
  '07031': T('Bribery', 'Ryshfet', 'Podmićivanje', 'Podmićivanje', 'Поткуп', 'Podmićivanje', 'Подмићивање'),
  '07041': T('Money laundering', 'Pastrim parash', 'Pranje novca', 'Pranje novca', 'Перење пари', 'Pranje novca', 'Прање новца'),
  '08051': T('Smuggling of migrants', 'Kontrabandë e migrantëve', 'Krijumčarenje migranata', 'Krijumčarenje migranata', 'Криумчарење мигранти', 'Krijumčarenje migranata', 'Кријумчарење миграната'),
  '09051': T('Participation in an organized criminal group', 'Pjesëmarrje në grup të strukturuar kriminal', 'Učešće u organizovanoj kriminalnoj grupi', 'Sudjelovanje u organiziranoj zločinačkoj skupini', 'Учество во организирана криминална група', 'Učešće u organizovanoj kriminalnoj grupi', 'Учешће у организованој криминалној групи'),
  '0903': T('Acts against computer systems', 'Vepra kundër sistemeve kompjuterike', 'Djela protiv računarskih sistema', 'Djela protiv računalnih sustava', 'Дела против компјутерски системи', 'Djela protiv računarskih sistema', 'Дела против рачунарских система'),
};

/**
 * Rows of the offence and person tables, in ICCS order (DOMAIN.md §6 list, plus 05021 for the
 * vehicle-theft check, and drug offences split into possession for personal use 06011 and
 * trafficking 06012), after a `total` row of all criminal offences. Attempted intentional homicide
 * is ICCS 0102, its own category: it is never also counted in 0101 (ICCS otherwise keeps
 * attempts with the completed offence, counted in "of which attempts").
 */
export const TOTAL_ROW = 'total';
export const OFFENCE_ROWS = [TOTAL_ROW, '0101', '0102', '020111', '020221', '0204', '0301', '03011', '03012', '030221', '0401', '0501', '05012', '0502', '05021', '050211', '0601', '06011', '06012', '0701', '0703', '07031', '07041', '08051', '09051', '0903'];
/** Victims: homicide, violent and sexual offences, trafficking by form of exploitation. */
export const VICTIM_ROWS = [TOTAL_ROW, '0101', '0102', '020111', '020221', '0204', '02041', '02042', '02043', '02044', '0301', '03011', '03012', '030221', '0401'];

/** Parent category → the listed categories it contains; their totals may not exceed the parent's. */
export const PARTS: [string, string[]][] = [
  ['0204', ['02041', '02042', '02043', '02044']],
  ['0301', ['03011', '03012']],
  ['0501', ['05012']],
  ['0502', ['05021']],
  ['0601', ['06011', '06012']],
  ['05021', ['050211']],
  ['0703', ['07031']],
];

const C = {
  total: T('Total', 'Gjithsej', 'Ukupno', 'Ukupno', 'Вкупно', 'Ukupno', 'Укупно'),
  attempts: T('Of which attempts', 'Nga të cilat tentativa', 'Od toga pokušaji', 'Od toga pokušaji', 'Од кои обиди', 'Od toga pokušaji', 'Од тога покушаји'),
  male: T('Male', 'Meshkuj', 'Muškarci', 'Muškarci', 'Мажи', 'Muškarci', 'Мушкарци'),
  female: T('Female', 'Femra', 'Žene', 'Žene', 'Жени', 'Žene', 'Жене'),
  sex_unknown: T('Sex unknown', 'Gjinia e panjohur', 'Spol nepoznat', 'Spol nepoznat', 'Пол непознат', 'Pol nepoznat', 'Пол непознат'),
  juvenile: T('Juveniles (under 18)', 'Të mitur (nën 18 vjeç)', 'Maloljetnici (ispod 18)', 'Maloljetnici (mlađi od 18)', 'Малолетници (под 18)', 'Maloljetnici (ispod 18)', 'Малолетници (испод 18)'),
  adult: T('Adults (18 and over)', 'Të rritur (18 vjeç e lart)', 'Punoljetni (18 i više)', 'Punoljetni (18 i više)', 'Полнолетни (18 и повеќе)', 'Punoljetni (18 i više)', 'Пунолетни (18 и више)'),
  age_unknown: T('Age unknown', 'Mosha e panjohur', 'Starost nepoznata', 'Dob nepoznata', 'Возраст непозната', 'Starost nepoznata', 'Старост непозната'),
  national: T('Nationals', 'Shtetas vendas', 'Domaći državljani', 'Domaći državljani', 'Домашни државјани', 'Domaći državljani', 'Домаћи држављани'),
  foreign: T('Foreign citizens', 'Shtetas të huaj', 'Strani državljani', 'Strani državljani', 'Странски државјани', 'Strani državljani', 'Страни држављани'),
  stateless: T('Stateless persons', 'Pa shtetësi', 'Osobe bez državljanstva', 'Osobe bez državljanstva', 'Лица без државјанство', 'Lica bez državljanstva', 'Лица без држављанства'),
  ctz_unknown: T('Citizenship unknown', 'Shtetësia e panjohur', 'Državljanstvo nepoznato', 'Državljanstvo nepoznato', 'Државјанство непознато', 'Državljanstvo nepoznato', 'Држављанство непознато'),
  rel_partner: T('Offender: intimate partner or former partner', 'Autori: partner intim ose ish-partner', 'Učinilac: intimni partner ili bivši partner', 'Počinitelj: intimni partner ili bivši partner', 'Сторител: интимен партнер или поранешен партнер', 'Učinilac: intimni partner ili bivši partner', 'Учинилац: интимни партнер или бивши партнер'),
  rel_family: T('Offender: other family member', 'Autori: anëtar tjetër i familjes', 'Učinilac: drugi član porodice', 'Počinitelj: drugi član obitelji', 'Сторител: друг член на семејството', 'Učinilac: drugi član porodice', 'Учинилац: други члан породице'),
  rel_known: T('Offender: other person known to the victim', 'Autori: person tjetër i njohur për viktimën', 'Učinilac: druga osoba poznata žrtvi', 'Počinitelj: druga osoba poznata žrtvi', 'Сторител: друго лице познато на жртвата', 'Učinilac: drugo lice poznato žrtvi', 'Учинилац: друго лице познато жртви'),
  rel_stranger: T('Offender: stranger', 'Autori: i panjohur për viktimën', 'Učinilac: nepoznata osoba', 'Počinitelj: nepoznata osoba', 'Сторител: непознато лице', 'Učinilac: nepoznato lice', 'Учинилац: непознато лице'),
  rel_unknown: T('Relationship not known', 'Marrëdhënia e panjohur', 'Odnos nepoznat', 'Odnos nepoznat', 'Односот непознат', 'Odnos nepoznat', 'Однос непознат'),
};
type ColumnName = keyof typeof C;

const MSG = {
  sex: T(
    'Male + female + sex unknown must equal the total.',
    'Meshkuj + femra + gjinia e panjohur duhet të jenë të barabartë me gjithsej.',
    'Muškarci + žene + spol nepoznat moraju biti jednaki ukupnom broju.',
    'Muškarci + žene + spol nepoznat moraju biti jednaki ukupnom broju.',
    'Збирот мажи + жени + пол непознат мора да биде еднаков на вкупниот број.',
    'Muškarci + žene + pol nepoznat moraju biti jednaki ukupnom broju.',
    'Мушкарци + жене + пол непознат морају бити једнаки укупном броју.',
  ),
  age: T(
    'Juveniles + adults + age unknown must equal the total.',
    'Të mitur + të rritur + mosha e panjohur duhet të jenë të barabartë me gjithsej.',
    'Maloljetnici + punoljetni + starost nepoznata moraju biti jednaki ukupnom broju.',
    'Maloljetnici + punoljetni + dob nepoznata moraju biti jednaki ukupnom broju.',
    'Збирот малолетници + полнолетни + возраст непозната мора да биде еднаков на вкупниот број.',
    'Maloljetnici + punoljetni + starost nepoznata moraju biti jednaki ukupnom broju.',
    'Малолетници + пунолетни + старост непозната морају бити једнаки укупном броју.',
  ),
  ctz: T(
    'Nationals + foreign citizens + stateless persons + citizenship unknown must equal the total.',
    'Shtetas vendas + shtetas të huaj + pa shtetësi + shtetësia e panjohur duhet të jenë të barabartë me gjithsej.',
    'Domaći državljani + strani državljani + osobe bez državljanstva + državljanstvo nepoznato moraju biti jednaki ukupnom broju.',
    'Domaći državljani + strani državljani + osobe bez državljanstva + državljanstvo nepoznato moraju biti jednaki ukupnom broju.',
    'Збирот домашни државјани + странски државјани + лица без државјанство + државјанство непознато мора да биде еднаков на вкупниот број.',
    'Domaći državljani + strani državljani + lica bez državljanstva + državljanstvo nepoznato moraju biti jednaki ukupnom broju.',
    'Домаћи држављани + страни држављани + лица без држављанства + држављанство непознато морају бити једнаки укупном броју.',
  ),
  rel: T(
    'The victims by relationship to the offender must add up to the total.',
    'Viktimat sipas marrëdhënies me autorin duhet të jenë të barabarta me gjithsej.',
    'Žrtve prema odnosu s učiniocem moraju u zbiru biti jednake ukupnom broju.',
    'Žrtve prema odnosu s počiniteljem moraju u zbroju biti jednake ukupnom broju.',
    'Збирот на жртвите според односот со сторителот мора да биде еднаков на вкупниот број.',
    'Žrtve prema odnosu s učiniocem moraju u zbiru biti jednake ukupnom broju.',
    'Жртве према односу са учиниоцем морају у збиру бити једнаке укупном броју.',
  ),
  attemptedHomicide: T(
    'Attempted intentional homicide is counted in row 0102, not as attempts of 0101: leave this cell empty.',
    'Tentativa për vrasje me dashje numërohet në rreshtin 0102, jo si tentativë e 0101: lëreni këtë qelizë bosh.',
    'Pokušaj namjernog ubistva broji se u redu 0102, ne kao pokušaj uz 0101: ostavite ovu ćeliju praznu.',
    'Pokušaj namjernog ubojstva broji se u retku 0102, a ne kao pokušaj uz 0101: ostavite ovu ćeliju praznom.',
    'Обидот за намерно убиство се брои во редот 0102, не како обид кај 0101: оставете ја оваа ќелија празна.',
    'Pokušaj namjernog ubistva broji se u redu 0102, ne kao pokušaj uz 0101: ostavite ovu ćeliju praznu.',
    'Покушај намерног убиства броји се у реду 0102, не као покушај уз 0101: оставите ову ћелију празну.',
  ),
  attempts: T(
    'Attempts cannot exceed the total.',
    'Tentativat nuk mund të jenë më shumë se gjithsej.',
    'Pokušaji ne mogu biti brojniji od ukupnog broja.',
    'Pokušaji ne mogu biti brojniji od ukupnog broja.',
    'Обидите не можат да бидат повеќе од вкупниот број.',
    'Pokušaji ne mogu biti brojniji od ukupnog broja.',
    'Покушаји не могу бити бројнији од укупног броја.',
  ),
};

const PART_MSG = T(
  'ICCS {parts}: the total cannot exceed the total of ICCS {parent}, which includes it.',
  'ICCS {parts}: gjithsej nuk mund të jetë më i madh se gjithsej i ICCS {parent}, që e përfshin.',
  'ICCS {parts}: ukupan broj ne može biti veći od ukupnog broja za ICCS {parent}, koji ga obuhvata.',
  'ICCS {parts}: ukupan broj ne može biti veći od ukupnog broja za ICCS {parent}, koji ga obuhvaća.',
  'ICCS {parts}: вкупниот број не може да биде поголем од вкупниот број за ICCS {parent}, кој го опфаќа.',
  'ICCS {parts}: ukupan broj ne može biti veći od ukupnog broja za ICCS {parent}, koji ga obuhvata.',
  'ICCS {parts}: укупан број не може бити већи од укупног броја за ICCS {parent}, који га обухвата.',
);

const TOTAL_PART_MSG = T(
  'The categories listed below cannot add up to more than the total of all criminal offences.',
  'Kategoritë e listuara më poshtë nuk mund të jenë gjithsej më shumë se gjithsej i të gjitha veprave penale.',
  'Kategorije navedene ispod ne mogu u zbiru biti veće od ukupnog broja svih krivičnih djela.',
  'Kategorije navedene ispod ne mogu u zbroju biti veće od ukupnog broja svih kaznenih djela.',
  'Збирот на категориите наведени подолу не може да биде поголем од вкупниот број на сите кривични дела.',
  'Kategorije navedene ispod ne mogu u zbiru biti veće od ukupnog broja svih krivičnih djela.',
  'Категорије наведене испод не могу у збиру бити веће од укупног броја свих кривичних дела.',
);

const rowValue = (code: string): string => `i${code}`;
const sumOf = (terms: string[]): string => terms.join(' + ');

/**
 * Breakdown check on a cell of the group's last column: when any part is filled, the parts must
 * add up to the row total (an empty part counts as 0; leave all parts empty if not available).
 */
function breakdownValidator(parts: ColumnName[], text: Loc): Element {
  const cells = parts.map((p) => `{row.${p}}`);
  return {
    type: 'expression',
    expression: `(${cells.map((c) => `${c} empty`).join(' and ')}) or ${sumOf(cells)} = {row.total}`,
    text,
  };
}

function countColumn(name: ColumnName, validators: Element[] = []): Element {
  const col: Element = { name, title: C[name], cellType: 'text', inputType: 'number', min: 0 };
  if (validators.length > 0) col.validators = validators;
  return col;
}

function personColumns(): Element[] {
  return [
    countColumn('total'),
    countColumn('male'),
    countColumn('female'),
    countColumn('sex_unknown', [breakdownValidator(['male', 'female', 'sex_unknown'], MSG.sex)]),
    countColumn('juvenile'),
    countColumn('adult'),
    countColumn('age_unknown', [breakdownValidator(['juvenile', 'adult', 'age_unknown'], MSG.age)]),
    countColumn('national'),
    countColumn('foreign'),
    countColumn('stateless'),
    countColumn('ctz_unknown', [breakdownValidator(['national', 'foreign', 'stateless', 'ctz_unknown'], MSG.ctz)]),
  ];
}

/** Victims: as persons, plus the victim–offender relationship (homicide and violence; DOMAIN.md §6 E). */
function victimColumns(): Element[] {
  return [
    ...personColumns(),
    countColumn('rel_partner'),
    countColumn('rel_family'),
    countColumn('rel_known'),
    countColumn('rel_stranger'),
    countColumn('rel_unknown', [breakdownValidator(['rel_partner', 'rel_family', 'rel_known', 'rel_stranger', 'rel_unknown'], MSG.rel)]),
  ];
}

function offenceColumns(): Element[] {
  return [
    countColumn('total'),
    countColumn('attempts', [
      { type: 'expression', expression: '{row.attempts} empty or {row.attempts} <= {row.total}', text: MSG.attempts },
      { type: 'expression', expression: "{rowName} <> 'i0101' or {row.attempts} empty or {row.attempts} = 0", text: MSG.attemptedHomicide },
    ]),
  ];
}

/** Part ≤ whole checks between rows of one table (on the `total` column). */
function partValidators(matrix: string, rows: string[]): Element[] {
  return [...PARTS, ...totalParts(rows)].filter(([parent, parts]) => rows.includes(parent) && parts.every((p) => rows.includes(p))).map(([parent, parts]) => {
    const cell = (code: string): string => `{${matrix}.${rowValue(code)}.total}`;
    return {
      type: 'expression',
      expression: `${cell(parent)} empty or sum(${parts.map(cell).join(', ')}) <= ${cell(parent)}`,
      text: parent === TOTAL_ROW ? TOTAL_PART_MSG : mapLoc(PART_MSG, (t) => t.replace('{parts}', parts.join(' + ')).replace('{parent}', parent)),
    };
  });
}

/** The total row contains the listed rows that no other listed row contains (ICCS categories are disjoint). */
export function totalParts(rows: readonly string[]): [string, string[]][] {
  if (!rows.includes(TOTAL_ROW)) return [];
  const codes = rows.filter((r) => r !== TOTAL_ROW);
  return [[TOTAL_ROW, codes.filter((c) => !codes.some((o) => o !== c && c.startsWith(o)))]];
}

const ALL_COLUMNS = T('All columns', 'Të gjitha kolonat', 'Sve kolone', 'Svi stupci', 'Сите колони', 'Sve kolone', 'Све колоне');
const CELL_FLAGS: Choice[] = [
  choice(1, T('Not available', 'Nuk disponohet', 'Nije dostupno', 'Nije dostupno', 'Не е достапно', 'Nije dostupno', 'Није доступно')),
  choice(2, T('Not applicable', 'Nuk aplikohet', 'Nije primjenjivo', 'Nije primjenjivo', 'Не е применливо', 'Nije primjenljivo', 'Није применљиво')),
  choice(3, T('Confidential', 'Konfidenciale', 'Povjerljivo', 'Povjerljivo', 'Доверливо', 'Povjerljivo', 'Поверљиво')),
  choice(4, T('Provisional', 'Paraprake', 'Privremeno', 'Privremeno', 'Привремено', 'Privremeno', 'Привремено')),
  choice(5, T('Break in series or non-standard definition', 'Ndërprerje e serisë ose përkufizim jostandard', 'Prekid serije ili nestandardna definicija', 'Prekid serije ili nestandardna definicija', 'Прекин на серијата или нестандардна дефиниција', 'Prekid serije ili nestandardna definicija', 'Прекид серије или нестандардна дефиниција')),
];

/** Cell notes: which row/column carries which flag, and why (UN-CTS asks to explain gaps and breaks). */
function flagsMatrix(table: string, rows: string[], columns: ColumnName[]): Element {
  return {
    type: 'matrixdynamic',
    name: `${table}_flags`,
    title: T(
      'Cell notes: figures not available, not applicable, confidential or provisional',
      'Shënime për qelizat: shifra që nuk disponohen, nuk aplikohen, janë konfidenciale ose paraprake',
      'Napomene uz ćelije: podaci koji nisu dostupni, nisu primjenjivi, povjerljivi su ili privremeni',
      'Napomene uz ćelije: podaci koji nisu dostupni, nisu primjenjivi, povjerljivi su ili privremeni',
      'Забелешки за ќелиите: податоци што не се достапни, не се применливи, доверливи се или привремени',
      'Napomene uz ćelije: podaci koji nijesu dostupni, nijesu primjenljivi, povjerljivi su ili privremeni',
      'Напомене уз ћелије: подаци који нису доступни, нису применљиви, поверљиви су или привремени',
    ),
    isRequired: false,
    rowCount: 0,
    addRowText: T('Add a note', 'Shto një shënim', 'Dodaj napomenu', 'Dodaj napomenu', 'Додај забелешка', 'Dodaj napomenu', 'Додај напомену'),
    columns: [
      {
        name: 'row', cellType: 'dropdown', isRequired: true,
        title: T('Row (ICCS category)', 'Rreshti (kategoria ICCS)', 'Red (kategorija ICCS)', 'Redak (kategorija ICCS)', 'Ред (категорија ICCS)', 'Red (kategorija ICCS)', 'Ред (категорија ICCS)'),
        choices: rows.map((code) => choice(rowValue(code), iccsLabel(code))),
      },
      {
        name: 'column', cellType: 'dropdown', isRequired: true,
        title: T('Column', 'Kolona', 'Kolona', 'Stupac', 'Колона', 'Kolona', 'Колона'),
        choices: [choice('all', ALL_COLUMNS), ...columns.map((c) => choice(c, C[c]))],
      },
      {
        name: 'flag', cellType: 'dropdown', isRequired: true,
        title: T('Flag', 'Shenja', 'Oznaka', 'Oznaka', 'Ознака', 'Oznaka', 'Ознака'),
        choices: CELL_FLAGS,
      },
      {
        name: 'note', cellType: 'text',
        title: T('Explanation', 'Shpjegimi', 'Objašnjenje', 'Objašnjenje', 'Објаснување', 'Objašnjenje', 'Објашњење'),
      },
    ],
  };
}

const iccsLabel = (code: string): Loc => (code === TOTAL_ROW ? ICCS[code] : mapLoc(ICCS[code], (t) => `${code} ${t}`));

const EMPTY_MEANS = T(
  'Leave a cell empty when the figure is not available and explain it in the cell notes; enter 0 only for a true zero.',
  'Lëreni qelizën bosh kur shifra nuk disponohet dhe shpjegojeni në shënimet për qelizat; shkruani 0 vetëm kur vlera është vërtet zero.',
  'Ostavite ćeliju praznu kada podatak nije dostupan i objasnite to u napomenama uz ćelije; unesite 0 samo kada je vrijednost zaista nula.',
  'Ostavite ćeliju praznom kada podatak nije dostupan i objasnite to u napomenama uz ćelije; upišite 0 samo kada je vrijednost doista nula.',
  'Оставете ја ќелијата празна кога податокот не е достапен и објаснете го тоа во забелешките за ќелиите; внесете 0 само кога вредноста е навистина нула.',
  'Ostavite ćeliju praznu kada podatak nije dostupan i objasnite to u napomenama uz ćelije; unesite 0 samo kada je vrijednost zaista nula.',
  'Оставите ћелију празну када податак није доступан и објасните то у напоменама уз ћелије; унесите 0 само када је вредност заиста нула.',
);

interface TableSpec {
  name: string;
  title: Loc;
  description: Loc;
  rows: string[];
  columns: 'offences' | 'persons' | 'victims';
  visibleIf: string;
}

const POLICE = '{adm_institution} = 1 or {adm_institution} = 4';

export const TABLES: TableSpec[] = [
  {
    name: 'adm_offences',
    title: T('A. Offences recorded', 'A. Vepra penale të regjistruara', 'A. Evidentirana krivična djela', 'A. Evidentirana kaznena djela', 'A. Евидентирани кривични дела', 'A. Evidentirana krivična djela', 'A. Евидентирана кривична дела'),
    description: T(
      'Offences recorded during the year, by ICCS category. Attempts are counted in the category of the completed offence and also under “of which attempts”.',
      'Veprat e regjistruara gjatë vitit, sipas kategorisë ICCS. Tentativat numërohen në kategorinë e veprës së kryer dhe gjithashtu te “nga të cilat tentativa”.',
      'Krivična djela evidentirana tokom godine, prema kategoriji ICCS. Pokušaji se broje u kategoriji dovršenog djela i dodatno pod „od toga pokušaji”.',
      'Kaznena djela evidentirana tijekom godine, prema kategoriji ICCS. Pokušaji se broje u kategoriji dovršenog djela i dodatno pod „od toga pokušaji”.',
      'Кривични дела евидентирани во текот на годината, според категоријата ICCS. Обидите се бројат во категоријата на извршеното дело и дополнително под „од кои обиди”.',
      'Krivična djela evidentirana tokom godine, prema kategoriji ICCS. Pokušaji se broje u kategoriji dovršenog djela i dodatno pod „od toga pokušaji”.',
      'Кривична дела евидентирана током године, према категорији ICCS. Покушаји се броје у категорији довршеног дела и додатно под „од тога покушаји”.',
    ),
    rows: OFFENCE_ROWS,
    columns: 'offences',
    visibleIf: POLICE,
  },
  {
    name: 'adm_suspects',
    title: T('B. Persons suspected', 'B. Persona të dyshuar', 'B. Osumnjičene osobe', 'B. Osumnjičene osobe', 'B. Осомничени лица', 'B. Osumnjičena lica', 'B. Осумњичена лица'),
    description: T(
      'Persons suspected, arrested or cautioned during the year, by the ICCS category of the principal offence.',
      'Personat e dyshuar, të arrestuar ose të paralajmëruar gjatë vitit, sipas kategorisë ICCS të veprës kryesore.',
      'Osobe osumnjičene, uhapšene ili upozorene tokom godine, prema kategoriji ICCS glavnog krivičnog djela.',
      'Osobe osumnjičene, uhićene ili upozorene tijekom godine, prema kategoriji ICCS glavnog kaznenog djela.',
      'Лица осомничени, уапсени или опоменати во текот на годината, според категоријата ICCS на главното кривично дело.',
      'Lica osumnjičena, uhapšena ili upozorena tokom godine, prema kategoriji ICCS glavnog krivičnog djela.',
      'Лица осумњичена, ухапшена или упозорена током године, према категорији ICCS главног кривичног дела.',
    ),
    rows: OFFENCE_ROWS,
    columns: 'persons',
    visibleIf: POLICE,
  },
  {
    name: 'adm_prosecuted',
    title: T('C. Persons prosecuted', 'C. Persona të ndjekur penalisht', 'C. Optužene osobe', 'C. Optužene osobe', 'C. Обвинети лица', 'C. Optužena lica', 'C. Оптужена лица'),
    description: T(
      'Persons against whom the prosecution brought charges during the year, by the ICCS category of the principal offence.',
      'Personat ndaj të cilëve prokuroria ngriti akuzë gjatë vitit, sipas kategorisë ICCS të veprës kryesore.',
      'Osobe protiv kojih je tužilaštvo tokom godine podiglo optužnicu, prema kategoriji ICCS glavnog krivičnog djela.',
      'Osobe protiv kojih je državno odvjetništvo tijekom godine podiglo optužnicu, prema kategoriji ICCS glavnog kaznenog djela.',
      'Лица против кои обвинителството подигнало обвинение во текот на годината, според категоријата ICCS на главното кривично дело.',
      'Lica protiv kojih je tužilaštvo tokom godine podiglo optužnicu, prema kategoriji ICCS glavnog krivičnog djela.',
      'Лица против којих је тужилаштво током године подигло оптужницу, према категорији ICCS главног кривичног дела.',
    ),
    rows: OFFENCE_ROWS,
    columns: 'persons',
    visibleIf: '{adm_institution} = 2',
  },
  {
    name: 'adm_convicted',
    title: T('D. Persons convicted', 'D. Persona të dënuar', 'D. Osuđene osobe', 'D. Osuđene osobe', 'D. Осудени лица', 'D. Osuđena lica', 'D. Осуђена лица'),
    description: T(
      'Persons convicted by a final court decision during the year, by the ICCS category of the principal offence.',
      'Personat e dënuar me vendim gjykate të formës së prerë gjatë vitit, sipas kategorisë ICCS të veprës kryesore.',
      'Osobe osuđene pravosnažnom sudskom odlukom tokom godine, prema kategoriji ICCS glavnog krivičnog djela.',
      'Osobe osuđene pravomoćnom sudskom odlukom tijekom godine, prema kategoriji ICCS glavnog kaznenog djela.',
      'Лица осудени со правосилна судска одлука во текот на годината, според категоријата ICCS на главното кривично дело.',
      'Lica osuđena pravosnažnom sudskom odlukom tokom godine, prema kategoriji ICCS glavnog krivičnog djela.',
      'Лица осуђена правоснажном судском одлуком током године, према категорији ICCS главног кривичног дела.',
    ),
    rows: OFFENCE_ROWS,
    columns: 'persons',
    visibleIf: '{adm_institution} = 3',
  },
  {
    name: 'adm_victims',
    title: T('E. Victims', 'E. Viktima', 'E. Žrtve', 'E. Žrtve', 'E. Жртви', 'E. Žrtve', 'E. Жртве'),
    description: T(
      'Victims of the offences recorded during the year, by ICCS category.',
      'Viktimat e veprave të regjistruara gjatë vitit, sipas kategorisë ICCS.',
      'Žrtve krivičnih djela evidentiranih tokom godine, prema kategoriji ICCS.',
      'Žrtve kaznenih djela evidentiranih tijekom godine, prema kategoriji ICCS.',
      'Жртви на кривичните дела евидентирани во текот на годината, според категоријата ICCS.',
      'Žrtve krivičnih djela evidentiranih tokom godine, prema kategoriji ICCS.',
      'Жртве кривичних дела евидентираних током године, према категорији ICCS.',
    ),
    rows: VICTIM_ROWS,
    columns: 'victims',
    visibleIf: POLICE,
  },
];

function tablePage(spec: TableSpec): Element {
  const columns = spec.columns === 'offences' ? offenceColumns() : spec.columns === 'victims' ? victimColumns() : personColumns();
  const columnNames = columns.map((c) => c.name as ColumnName);
  const matrix: Element = {
    type: 'matrixdropdown',
    name: spec.name,
    title: spec.title,
    isRequired: false,
    columns,
    rows: spec.rows.map((code) => ({ value: rowValue(code), text: iccsLabel(code) })),
  };
  const validators = partValidators(spec.name, spec.rows);
  if (validators.length > 0) matrix.validators = validators;
  return page(
    spec.name.replace(/^adm_/, 'table_'),
    spec.title,
    [
      matrix,
      flagsMatrix(spec.name, spec.rows, columnNames),
      comment(
        `${spec.name}_notes`,
        T(
          'Notes on this table (definitions, breaks in series, provisional data)',
          'Shënime për këtë tabelë (përkufizime, ndërprerje të serive, të dhëna paraprake)',
          'Napomene uz ovu tabelu (definicije, prekidi serija, privremeni podaci)',
          'Napomene uz ovu tablicu (definicije, prekidi serija, privremeni podaci)',
          'Забелешки за оваа табела (дефиниции, прекини во серијата, привремени податоци)',
          'Napomene uz ovu tabelu (definicije, prekidi serija, privremeni podaci)',
          'Напомене уз ову табелу (дефиниције, прекиди серија, привремени подаци)',
        ),
      ),
    ],
    { visibleIf: spec.visibleIf, description: joinDescription(mapLoc(spec.description, (t, locale) => `${UNIT[spec.columns][locale]} ${t}`)) },
  );
}

/** The counting unit of each table, stated where the table is filled in. */
const UNIT: Record<TableSpec['columns'], Loc> = {
  offences: T(
    'Counting unit: offences (or cases, if so stated on the first page); attempted intentional homicide only in row 0102.',
    'Njësia e numërimit: vepra penale (ose çështje, nëse kështu është shënuar në faqen e parë); tentativa për vrasje me dashje vetëm në rreshtin 0102.',
    'Jedinica brojanja: krivična djela (ili predmeti, ako je tako navedeno na prvoj stranici); pokušaj namjernog ubistva samo u redu 0102.',
    'Jedinica brojenja: kaznena djela (ili predmeti, ako je tako navedeno na prvoj stranici); pokušaj namjernog ubojstva samo u retku 0102.',
    'Единица на броење: кривични дела (или предмети, ако така е наведено на првата страница); обид за намерно убиство само во редот 0102.',
    'Jedinica brojanja: krivična djela (ili predmeti, ako je tako navedeno na prvoj stranici); pokušaj namjernog ubistva samo u redu 0102.',
    'Јединица бројања: кривична дела (или предмети, ако је тако наведено на првој страници); покушај намерног убиства само у реду 0102.',
  ),
  persons: T(
    'Counting unit: persons, each counted once in this table under the principal offence.',
    'Njësia e numërimit: persona, secili i numëruar një herë në këtë tabelë sipas veprës kryesore.',
    'Jedinica brojanja: osobe, svaka se u ovoj tabeli broji jednom, prema glavnom krivičnom djelu.',
    'Jedinica brojenja: osobe, svaka se u ovoj tablici broji jednom, prema glavnom kaznenom djelu.',
    'Единица на броење: лица, секое се брои еднаш во оваа табела, според главното кривично дело.',
    'Jedinica brojanja: lica, svako se u ovoj tabeli broji jednom, prema glavnom krivičnom djelu.',
    'Јединица бројања: лица, свако се у овој табели броји једном, према главном кривичном делу.',
  ),
  victims: T(
    'Counting unit: victims (persons).',
    'Njësia e numërimit: viktima (persona).',
    'Jedinica brojanja: žrtve (osobe).',
    'Jedinica brojenja: žrtve (osobe).',
    'Единица на броење: жртви (лица).',
    'Jedinica brojanja: žrtve (lica).',
    'Јединица бројања: жртве (лица).',
  ),
};

const joinDescription = (description: Loc): Loc => mapLoc(description, (t, locale) => `${t} ${EMPTY_MEANS[locale]}`);

/** The stages at which smugglers are counted, each by sex and age group (persons, ICCS 08051). */
const SMUGGLER_STAGES: [string, Loc][] = [
  ['suspected', T('Suspected', 'Të dyshuar', 'Osumnjičeni', 'Osumnjičeni', 'Осомничени', 'Osumnjičeni', 'Осумњичени')],
  ['prosecuted', T('Prosecuted', 'Të ndjekur penalisht', 'Optuženi', 'Optuženi', 'Обвинети', 'Optuženi', 'Оптужени')],
  ['convicted', T('Convicted', 'Të dënuar', 'Osuđeni', 'Osuđeni', 'Осудени', 'Osuđeni', 'Осуђени')],
];

const SMUGGLER_PARTS = T(
  'Men + women, and juveniles + adults, cannot exceed the number of persons at that stage.',
  'Meshkuj + femra, dhe të mitur + të rritur, nuk mund të jenë më shumë se numri i personave në atë fazë.',
  'Muškarci + žene, te maloljetnici + punoljetni, ne mogu biti brojniji od broja osoba u toj fazi.',
  'Muškarci + žene te maloljetnici + punoljetni ne mogu biti brojniji od broja osoba u toj fazi.',
  'Мажите + жените, и малолетниците + полнолетните, не можат да бидат повеќе од бројот на лица во таа фаза.',
  'Muškarci + žene, te maloljetnici + punoljetni, ne mogu biti brojniji od broja lica u toj fazi.',
  'Мушкарци + жене, и малолетници + пунолетни, не могу бити бројнији од броја лица у тој фази.',
);

const CITIZENSHIP_MESSAGE = T(
  'Enter the two-letter ISO 3166 code in capital letters (e.g. AF), STLS for stateless persons or UNK when not known.',
  'Shkruani kodin ISO 3166 me dy shkronja të mëdha (p.sh. AF), STLS për personat pa shtetësi ose UNK kur nuk dihet.',
  'Unesite dvoslovni ISO 3166 kod velikim slovima (npr. AF), STLS za osobe bez državljanstva ili UNK kada nije poznato.',
  'Upišite dvoslovnu oznaku ISO 3166 velikim slovima (npr. AF), STLS za osobe bez državljanstva ili UNK kada nije poznato.',
  'Внесете двобуквен код ISO 3166 со големи латинични букви (на пр. AF), STLS за лица без државјанство или UNK кога не е познато.',
  'Unesite dvoslovni ISO 3166 kod velikim slovima (npr. AF), STLS za lica bez državljanstva ili UNK kada nije poznato.',
  'Унесите двословни код ISO 3166 великим латиничним словима (нпр. AF), STLS за лица без држављанства или UNK када није познато.',
);

function smugglersPage(): Element {
  const count = (name: string, title: Loc, validators?: Element[]): Element => {
    const col: Element = { name, title, cellType: 'text', inputType: 'number', min: 0 };
    if (validators !== undefined) col.validators = validators;
    return col;
  };
  return page(
    'table_smugglers',
    T('F. Migrant smugglers by citizenship', 'F. Kontrabandistë migrantësh sipas shtetësisë', 'F. Krijumčari migranata prema državljanstvu', 'F. Krijumčari migranata prema državljanstvu', 'F. Криумчари на мигранти според државјанство', 'F. Krijumčari migranata prema državljanstvu', 'F. Кријумчари миграната према држављанству'),
    [
      {
        type: 'matrixdynamic',
        name: 'adm_smugglers',
        title: T(
          'Persons suspected, prosecuted and convicted of smuggling of migrants (ICCS 08051), one row per citizenship',
          'Personat e dyshuar, të ndjekur penalisht dhe të dënuar për kontrabandë të migrantëve (ICCS 08051), një rresht për çdo shtetësi',
          'Osobe osumnjičene, optužene i osuđene za krijumčarenje migranata (ICCS 08051), jedan red po državljanstvu',
          'Osobe osumnjičene, optužene i osuđene za krijumčarenje migranata (ICCS 08051), jedan redak po državljanstvu',
          'Лица осомничени, обвинети и осудени за криумчарење мигранти (ICCS 08051), по еден ред за секое државјанство',
          'Lica osumnjičena, optužena i osuđena za krijumčarenje migranata (ICCS 08051), jedan red po državljanstvu',
          'Лица осумњичена, оптужена и осуђена за кријумчарење миграната (ICCS 08051), један ред по држављанству',
        ),
        isRequired: false,
        rowCount: 0,
        keyName: 'citizenship',
        keyDuplicationError: T('This citizenship is already listed.', 'Kjo shtetësi është tashmë në listë.', 'Ovo državljanstvo je već navedeno.', 'Ovo je državljanstvo već navedeno.', 'Ова државјанство е веќе наведено.', 'Ovo državljanstvo je već navedeno.', 'Ово држављанство је већ наведено.'),
        addRowText: T('Add a citizenship', 'Shto një shtetësi', 'Dodaj državljanstvo', 'Dodaj državljanstvo', 'Додај државјанство', 'Dodaj državljanstvo', 'Додај држављанство'),
        columns: [
          {
            name: 'citizenship', cellType: 'text', isRequired: true,
            title: T('Citizenship (ISO code)', 'Shtetësia (kodi ISO)', 'Državljanstvo (ISO kod)', 'Državljanstvo (ISO oznaka)', 'Државјанство (ISO код)', 'Državljanstvo (ISO kod)', 'Држављанство (ISO код)'),
            validators: [{ type: 'regex', regex: '^([A-Z]{2}|STLS|UNK)$', text: CITIZENSHIP_MESSAGE }],
          },
          ...SMUGGLER_STAGES.flatMap(([stage, title]) => [
            count(stage, title),
            ...(['male', 'female', 'juvenile', 'adult'] as const).map((group) => count(
              `${stage}_${group}`,
              mapLoc(title, (t, locale) => `${t}: ${C[group][locale]}`),
              group === 'adult' ? [{
                type: 'expression',
                expression: `(({row.${stage}_male} empty and {row.${stage}_female} empty) or {row.${stage}_male} + {row.${stage}_female} <= {row.${stage}}) and (({row.${stage}_juvenile} empty and {row.${stage}_adult} empty) or {row.${stage}_juvenile} + {row.${stage}_adult} <= {row.${stage}})`,
                text: SMUGGLER_PARTS,
              }] : undefined,
            )),
          ]),
        ],
        validators: [
          {
            type: 'expression',
            expression: "{adm_suspects.i08051.total} empty or sumInArray({adm_smugglers}, 'suspected') = {adm_suspects.i08051.total}",
            text: T(
              'The persons suspected of smuggling of migrants, listed by citizenship, must add up to ICCS 08051 in table B.',
              'Personat e dyshuar për kontrabandë të migrantëve, sipas shtetësisë, duhet të përputhen në shumë me ICCS 08051 në tabelën B.',
              'Zbir osumnjičenih za krijumčarenje migranata po državljanstvu mora biti jednak broju za ICCS 08051 u tabeli B.',
              'Zbroj osumnjičenih za krijumčarenje migranata po državljanstvu mora biti jednak broju za ICCS 08051 u tablici B.',
              'Збирот на осомничените за криумчарење мигранти по државјанство мора да биде еднаков на бројот за ICCS 08051 во табелата B.',
              'Zbir osumnjičenih za krijumčarenje migranata po državljanstvu mora biti jednak broju za ICCS 08051 u tabeli B.',
              'Збир осумњичених за кријумчарење миграната по држављанству мора бити једнак броју за ICCS 08051 у табели B.',
            ),
          },
          {
            type: 'expression',
            expression: "{adm_prosecuted.i08051.total} empty or sumInArray({adm_smugglers}, 'prosecuted') = {adm_prosecuted.i08051.total}",
            text: T(
              'The persons prosecuted for smuggling of migrants, listed by citizenship, must add up to ICCS 08051 in table C.',
              'Personat e ndjekur penalisht për kontrabandë të migrantëve, sipas shtetësisë, duhet të përputhen në shumë me ICCS 08051 në tabelën C.',
              'Zbir optuženih za krijumčarenje migranata po državljanstvu mora biti jednak broju za ICCS 08051 u tabeli C.',
              'Zbroj optuženih za krijumčarenje migranata po državljanstvu mora biti jednak broju za ICCS 08051 u tablici C.',
              'Збирот на обвинетите за криумчарење мигранти по државјанство мора да биде еднаков на бројот за ICCS 08051 во табелата C.',
              'Zbir optuženih za krijumčarenje migranata po državljanstvu mora biti jednak broju za ICCS 08051 u tabeli C.',
              'Збир оптужених за кријумчарење миграната по држављанству мора бити једнак броју за ICCS 08051 у табели C.',
            ),
          },
          {
            type: 'expression',
            expression: "{adm_convicted.i08051.total} empty or sumInArray({adm_smugglers}, 'convicted') = {adm_convicted.i08051.total}",
            text: T(
              'The persons convicted of smuggling of migrants, listed by citizenship, must add up to ICCS 08051 in table D.',
              'Personat e dënuar për kontrabandë të migrantëve, sipas shtetësisë, duhet të përputhen në shumë me ICCS 08051 në tabelën D.',
              'Zbir osuđenih za krijumčarenje migranata po državljanstvu mora biti jednak broju za ICCS 08051 u tabeli D.',
              'Zbroj osuđenih za krijumčarenje migranata po državljanstvu mora biti jednak broju za ICCS 08051 u tablici D.',
              'Збирот на осудените за криумчарење мигранти по државјанство мора да биде еднаков на бројот за ICCS 08051 во табелата D.',
              'Zbir osuđenih za krijumčarenje migranata po državljanstvu mora biti jednak broju za ICCS 08051 u tabeli D.',
              'Збир осуђених за кријумчарење миграната по држављанству мора бити једнак броју за ICCS 08051 у табели D.',
            ),
          },
        ],
      },
      comment(
        'adm_smugglers_notes',
        T(
          'Notes on this table (definitions, breaks in series, provisional data)',
          'Shënime për këtë tabelë (përkufizime, ndërprerje të serive, të dhëna paraprake)',
          'Napomene uz ovu tabelu (definicije, prekidi serija, privremeni podaci)',
          'Napomene uz ovu tablicu (definicije, prekidi serija, privremeni podaci)',
          'Забелешки за оваа табела (дефиниции, прекини во серијата, привремени податоци)',
          'Napomene uz ovu tabelu (definicije, prekidi serija, privremeni podaci)',
          'Напомене уз ову табелу (дефиниције, прекиди серија, привремени подаци)',
        ),
      ),
    ],
    { visibleIf: '{adm_institution} notempty' },
  );
}

const ISO_MESSAGE = T(
  'Enter the two-letter ISO 3166 code in capital letters, e.g. RS.',
  'Shkruani kodin ISO 3166 me dy shkronja të mëdha, p.sh. AL.',
  'Unesite dvoslovni ISO 3166 kod velikim slovima, npr. BA.',
  'Upišite dvoslovnu oznaku ISO 3166 velikim slovima, npr. HR.',
  'Внесете двобуквен код ISO 3166 со големи латинични букви, на пр. MK.',
  'Unesite dvoslovni ISO 3166 kod velikim slovima, npr. ME.',
  'Унесите двословни код ISO 3166 великим латиничним словима, нпр. RS.',
);

function metaPage(): Element {
  return page(
    'meta',
    T('About this return', 'Për këtë formular', 'O ovom obrascu', 'O ovom obrascu', 'За овој образец', 'O ovom obrascu', 'О овом обрасцу'),
    [
      html(
        'meta_intro',
        T(
          '<p>One return per country or area, reporting institution and year. Fill in the tables of your institution; the totals are checked as you go.</p>',
          '<p>Një formular për çdo shtet ose zonë, institucion raportues dhe vit. Plotësoni tabelat e institucionit tuaj; shumat kontrollohen gjatë plotësimit.</p>',
          '<p>Jedan obrazac po državi ili području, instituciji i godini. Popunite tabele svoje institucije; zbirovi se provjeravaju tokom unosa.</p>',
          '<p>Jedan obrazac po državi ili području, instituciji i godini. Ispunite tablice svoje institucije; zbrojevi se provjeravaju tijekom unosa.</p>',
          '<p>Еден образец за секоја држава или подрачје, институција и година. Пополнете ги табелите на вашата институција; збировите се проверуваат при внесувањето.</p>',
          '<p>Jedan obrazac po državi ili području, instituciji i godini. Popunite tabele svoje institucije; zbirovi se provjeravaju tokom unosa.</p>',
          '<p>Један образац по држави или подручју, институцији и години. Попуните табеле своје институције; збирови се проверавају током уноса.</p>',
        ),
      ),
      {
        type: 'text',
        name: 'adm_country',
        title: T(
          'Country or area (two-letter ISO 3166 code, e.g. AL, BA, HR, ME, MK, RS)',
          'Shteti ose zona (kodi ISO 3166 me dy shkronja, p.sh. AL, BA, HR, ME, MK, RS)',
          'Država ili područje (dvoslovni ISO 3166 kod, npr. AL, BA, HR, ME, MK, RS)',
          'Država ili područje (dvoslovna oznaka ISO 3166, npr. AL, BA, HR, ME, MK, RS)',
          'Држава или подрачје (двобуквен код ISO 3166, на пр. AL, BA, HR, ME, MK, RS)',
          'Država ili područje (dvoslovni ISO 3166 kod, npr. AL, BA, HR, ME, MK, RS)',
          'Држава или подручје (двословни код ISO 3166, нпр. AL, BA, HR, ME, MK, RS)',
        ),
        isRequired: true,
        maxLength: 2,
        validators: [{ type: 'regex', regex: '^[A-Z]{2}$', text: ISO_MESSAGE }],
      },
      radio(
        'adm_institution',
        T('Reporting institution', 'Institucioni raportues', 'Institucija koja dostavlja podatke', 'Institucija koja dostavlja podatke', 'Институција која ги доставува податоците', 'Institucija koja dostavlja podatke', 'Институција која доставља податке'),
        [
          choice(1, T('Police', 'Policia', 'Policija', 'Policija', 'Полиција', 'Policija', 'Полиција')),
          choice(2, T('Prosecution service', 'Prokuroria', 'Tužilaštvo', 'Državno odvjetništvo', 'Јавно обвинителство', 'Državno tužilaštvo', 'Јавно тужилаштво')),
          choice(3, T('Courts', 'Gjykatat', 'Sudovi', 'Sudovi', 'Судови', 'Sudovi', 'Судови')),
          choice(4, T('Border police or ministry of the interior', 'Policia kufitare ose ministria e brendshme', 'Granična policija ili ministarstvo unutrašnjih poslova', 'Granična policija ili ministarstvo unutarnjih poslova', 'Гранична полиција или министерство за внатрешни работи', 'Granična policija ili ministarstvo unutrašnjih poslova', 'Гранична полиција или министарство унутрашњих послова')),
        ],
      ),
      {
        type: 'text',
        name: 'adm_agency',
        title: T(
          'Name of the agency or office that filled in the return',
          'Emri i agjencisë ose zyrës që plotësoi formularin',
          'Naziv organa ili službe koja je popunila obrazac',
          'Naziv tijela ili službe koja je ispunila obrazac',
          'Назив на органот или службата што го пополни образецот',
          'Naziv organa ili službe koja je popunila obrazac',
          'Назив органа или службе која је попунила образац',
        ),
        isRequired: false,
      },
      integer('adm_year', T('Reference year', 'Viti i referencës', 'Referentna godina', 'Referentna godina', 'Референтна година', 'Referentna godina', 'Референтна година'), { min: 2000, max: 2100 }),
      radio(
        'adm_unit',
        T('Counting unit', 'Njësia e numërimit', 'Jedinica brojanja', 'Jedinica brojenja', 'Единица на броење', 'Jedinica brojanja', 'Јединица бројања'),
        [
          choice(1, T('Offence', 'Vepra penale', 'Krivično djelo', 'Kazneno djelo', 'Кривично дело', 'Krivično djelo', 'Кривично дело')),
          choice(2, T('Case', 'Çështja', 'Predmet', 'Predmet', 'Предмет', 'Predmet', 'Предмет')),
          choice(3, T('Person', 'Personi', 'Osoba', 'Osoba', 'Лице', 'Lice', 'Лице')),
        ],
      ),
      radio(
        'adm_stage',
        T('Counting stage', 'Faza e numërimit', 'Faza brojanja', 'Faza brojenja', 'Фаза на броење', 'Faza brojanja', 'Фаза бројања'),
        [
          choice(1, T('Input (when reported or recorded)', 'Hyrja (kur raportohet ose regjistrohet)', 'Ulaz (pri prijavi ili evidentiranju)', 'Ulaz (pri prijavi ili evidentiranju)', 'Влез (при пријавување или евидентирање)', 'Ulaz (pri prijavi ili evidentiranju)', 'Улаз (при пријави или евидентирању)')),
          choice(2, T('Process (during the investigation)', 'Procesi (gjatë hetimit)', 'Postupak (tokom istrage)', 'Postupak (tijekom istrage)', 'Постапка (во текот на истрагата)', 'Postupak (tokom istrage)', 'Поступак (током истраге)')),
          choice(3, T('Output (when the investigation or case is closed)', 'Dalja (kur mbyllet hetimi ose çështja)', 'Izlaz (po okončanju istrage ili predmeta)', 'Izlaz (po završetku istrage ili predmeta)', 'Излез (по завршувањето на истрагата или предметот)', 'Izlaz (po okončanju istrage ili predmeta)', 'Излаз (по окончању истраге или предмета)')),
        ],
      ),
      radio(
        'adm_principal',
        T(
          'Is each person counted once, under the principal (most serious) offence?',
          'A numërohet çdo person një herë, sipas veprës kryesore (më të rëndë)?',
          'Da li se svaka osoba broji jednom, prema glavnom (najtežem) krivičnom djelu?',
          'Broji li se svaka osoba jednom, prema glavnom (najtežem) kaznenom djelu?',
          'Дали секое лице се брои еднаш, според главното (најтешкото) кривично дело?',
          'Da li se svako lice broji jednom, prema glavnom (najtežem) krivičnom djelu?',
          'Да ли се свако лице броји једном, према главном (најтежем) кривичном делу?',
        ),
        yesNo(),
      ),
      radio(
        'adm_attempts',
        T('Are attempted offences included in the counts?', 'A përfshihen tentativat në numërime?', 'Da li su pokušaji uključeni u brojeve?', 'Jesu li pokušaji uključeni u brojeve?', 'Дали обидите се вклучени во бројките?', 'Da li su pokušaji uključeni u brojeve?', 'Да ли су покушаји укључени у бројеве?'),
        [
          choice(1, T('Included', 'Përfshihen', 'Uključeni', 'Uključeni', 'Вклучени', 'Uključeni', 'Укључени')),
          choice(2, T('Excluded', 'Nuk përfshihen', 'Nisu uključeni', 'Nisu uključeni', 'Не се вклучени', 'Nijesu uključeni', 'Нису укључени')),
        ],
      ),
      integer(
        'adm_population',
        T(
          'Resident population at mid-year (for rates per 100,000)',
          'Popullsia rezidente në mes të vitit (për normat për 100 000 banorë)',
          'Broj stanovnika sredinom godine (za stope na 100.000)',
          'Broj stanovnika sredinom godine (za stope na 100 000)',
          'Население во средината на годината (за стапки на 100.000)',
          'Broj stanovnika sredinom godine (za stope na 100.000)',
          'Број становника средином године (за стопе на 100.000)',
        ),
        { min: 1 },
      ),
    ],
  );
}

export function jhaAdmin(): Element {
  return {
    title: T(
      'Administrative statistics on justice and home affairs — yearly template',
      'Statistikat administrative për drejtësinë dhe punët e brendshme — formular vjetor',
      'Administrativna statistika pravosuđa i unutrašnjih poslova — godišnji obrazac',
      'Administrativna statistika pravosuđa i unutarnjih poslova — godišnji obrazac',
      'Административна статистика за правосудство и внатрешни работи — годишен образец',
      'Administrativna statistika pravosuđa i unutrašnjih poslova — godišnji obrazac',
      'Административна статистика правосуђа и унутрашњих послова — годишњи образац',
    ),
    showQuestionNumbers: 'off',
    pages: [metaPage(), ...TABLES.map(tablePage), smugglersPage()],
    completedHtml: T(
      '<h3>Thank you.</h3><p>The return has been saved. It is sent to the statistical office at the next synchronisation.</p>',
      '<h3>Faleminderit.</h3><p>Formulari u ruajt. Do t’i dërgohet zyrës së statistikave në sinkronizimin e ardhshëm.</p>',
      '<h3>Hvala.</h3><p>Obrazac je sačuvan. Bit će poslan zavodu za statistiku pri sljedećoj sinhronizaciji.</p>',
      '<h3>Hvala.</h3><p>Obrazac je spremljen. Bit će poslan zavodu za statistiku pri sljedećoj sinkronizaciji.</p>',
      '<h3>Ви благодариме.</h3><p>Образецот е зачуван. Ќе биде испратен до заводот за статистика при следната синхронизација.</p>',
      '<h3>Hvala.</h3><p>Obrazac je sačuvan. Biće poslat zavodu za statistiku pri sljedećoj sinhronizaciji.</p>',
      '<h3>Хвала.</h3><p>Образац је сачуван. Биће послат заводу за статистику при следећој синхронизацији.</p>',
    ),
  };
}
