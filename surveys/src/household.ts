/**
 * Introduction, household roster, random selection of the adult respondent, respondent
 * demographics (with the Washington Group short set) and vehicle ownership — the first pages of
 * the victimization questionnaire. Names and codes: surveys/VARIABLES.md.
 */
import { CONSENT } from './terms';
import { T, mapLoc, type Loc } from './i18n';
import { choice, dropdown, html, integer, page, radio, type Element } from './victimization/elements';
import { CONSENTED, DONT_KNOW, INTERVIEWED, REFUSED, yesNo } from './victimization/common';
import { countryQuestion, fill, htmlPerCountry, loc, perCountryExpression, regionChoices } from './country';
import { KISH_TABLES } from '../../analysis/sampling/kish';
import { KISH_MAX_ADULTS, SELECTION_FUNCTIONS, SELECTION_METHODS } from '../../src/questionnaire/selection';

const INTERVIEWER_RECORDS = T(
  'Interviewer: record.',
  'Intervistuesi: shënoni.',
  'Anketar: upišite.',
  'Anketar: upišite.',
  'Анкетар: запишете.',
  'Anketar: upišite.',
  'Анкетар: упишите.',
);

const INCOME_NOTE = T(
  'If the respondent does not know or does not want to say, leave the amount empty and record why below.',
  'Nëse i anketuari nuk e di ose nuk dëshiron ta thotë, lëreni shumën bosh dhe shënoni më poshtë arsyen.',
  'Ako ispitanik ne zna ili ne želi reći, ostavite iznos prazan i ispod upišite razlog.',
  'Ako ispitanik ne zna ili ne želi reći, ostavite iznos prazan i ispod upišite razlog.',
  'Ако испитаникот не знае или не сака да каже, оставете го износот празен и подолу запишете ја причината.',
  'Ako ispitanik ne zna ili ne želi da kaže, ostavite iznos prazan i ispod upišite razlog.',
  'Ако испитаник не зна или не жели да каже, оставите износ празан и испод упишите разлог.',
);

const MALE = T('Male', 'Mashkull', 'Muški', 'Muški', 'Машки', 'Muški', 'Мушки');
const FEMALE = T('Female', 'Femër', 'Ženski', 'Ženski', 'Женски', 'Ženski', 'Женски');

const introText = T(
  '<p><b>Read to the person who opens the door:</b></p><p>Good day. My name is … and I work as an interviewer for the national statistical office, %OFFICE%. We are carrying out a survey about crime and safety, to learn how often people are victims of crime, whether they report it, and how safe they feel. Your household was selected at random. The interview takes about 30 minutes.</p><p>Your answers are confidential, are protected by the law on official statistics and will be used only for statistical purposes. Taking part is voluntary: you may skip any question or stop at any time.</p>',
  '<p><b>Lexojini personit që hap derën:</b></p><p>Mirëdita. Unë quhem … dhe punoj si intervistues/e në institucionin %OFFICE%. Po kryejmë një anketë për krimin dhe sigurinë, për të mësuar sa shpesh njerëzit bëhen viktima të krimit, nëse e denoncojnë atë dhe sa të sigurt ndihen. Ekonomia juaj familjare u përzgjodh rastësisht. Intervista zgjat rreth 30 minuta.</p><p>Përgjigjet tuaja janë konfidenciale, mbrohen nga ligji për statistikat zyrtare dhe do të përdoren vetëm për qëllime statistikore. Pjesëmarrja është vullnetare: mund të mos i përgjigjeni ndonjë pyetjeje ose të ndaloni në çdo kohë.</p>',
  '<p><b>Pročitajte osobi koja otvori vrata:</b></p><p>Dobar dan. Moje ime je … i radim kao anketar/ka u instituciji %OFFICE%. Provodimo istraživanje o kriminalu i sigurnosti, kako bismo saznali koliko često su ljudi žrtve krivičnih djela, da li ih prijavljuju i koliko se sigurno osjećaju. Vaše domaćinstvo je izabrano slučajnim odabirom. Intervju traje oko 30 minuta.</p><p>Vaši odgovori su povjerljivi, zaštićeni zakonom o statistici i koristit će se samo u statističke svrhe. Učešće je dobrovoljno: možete preskočiti bilo koje pitanje ili prekinuti intervju u bilo kojem trenutku.</p>',
  '<p><b>Pročitajte osobi koja otvori vrata:</b></p><p>Dobar dan. Zovem se … i radim kao anketar/ica u instituciji %OFFICE%. Provodimo istraživanje o kriminalu i sigurnosti kako bismo saznali koliko su često ljudi žrtve kaznenih djela, prijavljuju li ih i koliko se sigurno osjećaju. Vaše je kućanstvo izabrano slučajnim odabirom. Razgovor traje oko 30 minuta.</p><p>Vaši su odgovori povjerljivi, zaštićeni zakonom o službenoj statistici i upotrebljavat će se samo u statističke svrhe. Sudjelovanje je dobrovoljno: možete preskočiti bilo koje pitanje ili prekinuti razgovor u bilo kojem trenutku.</p>',
  '<p><b>Прочитајте му на лицето што ќе ја отвори вратата:</b></p><p>Добар ден. Моето име е … и работам како анкетар/ка во институцијата %OFFICE%. Спроведуваме истражување за криминалот и безбедноста, за да дознаеме колку често луѓето се жртви на кривични дела, дали ги пријавуваат и колку безбедно се чувствуваат. Вашето домаќинство е избрано по случаен избор. Интервјуто трае околу 30 минути.</p><p>Вашите одговори се доверливи, заштитени со законот за државна статистика и ќе се користат само за статистички цели. Учеството е доброволно: можете да прескокнете кое било прашање или да прекинете во секое време.</p>',
  '<p><b>Pročitajte osobi koja otvori vrata:</b></p><p>Dobar dan. Moje ime je … i radim kao anketar/ka u instituciji %OFFICE%. Sprovodimo istraživanje o kriminalu i bezbjednosti, kako bismo saznali koliko su često ljudi žrtve krivičnih djela, da li ih prijavljuju i koliko se bezbjedno osjećaju. Vaše domaćinstvo je izabrano slučajnim izborom. Intervju traje oko 30 minuta.</p><p>Vaši odgovori su povjerljivi, zaštićeni zakonom o zvaničnoj statistici i koristiće se samo u statističke svrhe. Učešće je dobrovoljno: možete preskočiti bilo koje pitanje ili prekinuti intervju u bilo kom trenutku.</p>',
  '<p><b>Прочитајте особи која отвори врата:</b></p><p>Добар дан. Моје име је … и радим као анкетар/ка у институцији %OFFICE%. Спроводимо истраживање о криминалу и безбедности, како бисмо сазнали колико су често људи жртве кривичних дела, да ли их пријављују и колико се безбедно осећају. Ваше домаћинство је изабрано случајним избором. Интервју траје око 30 минута.</p><p>Ваши одговори су поверљиви, заштићени законом о званичној статистици и користиће се само у статистичке сврхе. Учешће је добровољно: можете прескочити било које питање или прекинути интервју у било ком тренутку.</p>',
);

export function introPage(): Element {
  return page('intro', T('Introduction and consent', 'Hyrje dhe pëlqim', 'Uvod i pristanak', 'Uvod i pristanak', 'Вовед и согласност', 'Uvod i pristanak', 'Увод и пристанак'), [
    countryQuestion(),
    // The office's own name, from its country profile (analysis/profiles).
    ...htmlPerCountry('intro_text', (p) => fill(introText, { OFFICE: loc(p.office.name) })),
    radio('consent', CONSENT, yesNo()),
  ]);
}

const ROSTER_ROWS_MATCH = "countInArray({hh_roster}, 'member_line') = {hh_size}";
const ADULTS_IN_ROSTER = "countInArray({hh_roster}, 'member_age', '{member_age} >= 18')";

export function householdPage(): Element {
  const roster: Element = {
    type: 'matrixdynamic',
    name: 'hh_roster',
    title: T('Household members', 'Anëtarët e ekonomisë familjare', 'Članovi domaćinstva', 'Članovi kućanstva', 'Членови на домаќинството', 'Članovi domaćinstva', 'Чланови домаћинства'),
    description: T(
      'First name (or initials), sex and age of each person, starting with the person you are talking to.',
      'Emri (ose inicialet), gjinia dhe mosha e secilit person, duke filluar nga personi me të cilin po flisni.',
      'Ime (ili inicijali), spol i starost svake osobe, počevši od osobe s kojom razgovarate.',
      'Ime (ili inicijali), spol i dob svake osobe, počevši od osobe s kojom razgovarate.',
      'Име (или иницијали), пол и возраст на секое лице, почнувајќи од лицето со кое разговарате.',
      'Ime (ili inicijali), pol i starost svakog lica, počev od lica sa kojim razgovarate.',
      'Име (или иницијали), пол и старост сваког лица, почев од лица са којим разговарате.',
    ),
    isRequired: true,
    rowCount: 1,
    minRowCount: 1,
    maxRowCount: 30,
    addRowText: T('Add a household member', 'Shto një anëtar', 'Dodaj člana domaćinstva', 'Dodaj člana kućanstva', 'Додај член на домаќинството', 'Dodaj člana domaćinstva', 'Додај члана домаћинства'),
    removeRowText: T('Remove', 'Hiq', 'Ukloni', 'Ukloni', 'Отстрани', 'Ukloni', 'Уклони'),
    columns: [
      {
        name: 'member_line',
        title: T('No.', 'Nr.', 'R. br.', 'R. br.', 'Р. бр.', 'R. br.', 'Р. бр.'),
        cellType: 'expression',
        expression: '{rowIndex}',
      },
      {
        name: 'member_name',
        title: T('First name or initials', 'Emri ose inicialet', 'Ime ili inicijali', 'Ime ili inicijali', 'Име или иницијали', 'Ime ili inicijali', 'Име или иницијали'),
        cellType: 'text',
        isRequired: true,
      },
      {
        name: 'member_sex',
        title: T('Sex', 'Gjinia', 'Spol', 'Spol', 'Пол', 'Pol', 'Пол'),
        cellType: 'dropdown',
        isRequired: true,
        choices: [choice(1, MALE), choice(2, FEMALE)],
      },
      {
        name: 'member_age',
        title: T('Age (completed years)', 'Mosha (vite të mbushura)', 'Starost (navršene godine)', 'Dob (navršene godine)', 'Возраст (наполнети години)', 'Starost (navršene godine)', 'Старост (навршене године)'),
        cellType: 'text',
        inputType: 'number',
        isRequired: true,
        validators: [
          {
            type: 'numeric',
            minValue: 0,
            maxValue: 110,
            text: T(
              'Age must be between 0 and 110.',
              'Mosha duhet të jetë nga 0 deri në 110.',
              'Starost mora biti između 0 i 110.',
              'Dob mora biti između 0 i 110.',
              'Возраста мора да биде меѓу 0 и 110.',
              'Starost mora biti između 0 i 110.',
              'Старост мора бити између 0 и 110.',
            ),
          },
        ],
      },
    ],
    validators: [
      {
        type: 'expression',
        expression: ROSTER_ROWS_MATCH,
        text: T(
          'The list must have one line for each household member: the number of lines differs from the household size above.',
          'Lista duhet të ketë një rresht për secilin anëtar: numri i rreshtave ndryshon nga madhësia e ekonomisë familjare më sipër.',
          'Spisak mora imati po jedan red za svakog člana domaćinstva: broj redova razlikuje se od broja članova navedenog iznad.',
          'Popis mora imati po jedan redak za svakog člana kućanstva: broj redaka razlikuje se od broja članova navedenog iznad.',
          'Списокот мора да има по еден ред за секој член на домаќинството: бројот на редови се разликува од бројот на членови наведен погоре.',
          'Spisak mora imati po jedan red za svakog člana domaćinstva: broj redova razlikuje se od broja članova navedenog iznad.',
          'Списак мора имати по један ред за сваког члана домаћинства: број редова разликује се од броја чланова наведеног изнад.',
        ),
      },
      {
        type: 'expression',
        expression: `${ADULTS_IN_ROSTER} >= 1`,
        text: T(
          'At least one household member must be aged 18 or over; otherwise the household is out of scope.',
          'Të paktën një anëtar duhet të jetë 18 vjeç e lart; përndryshe ekonomia familjare nuk përfshihet në anketë.',
          'Najmanje jedan član domaćinstva mora imati 18 ili više godina; u suprotnom domaćinstvo nije obuhvaćeno istraživanjem.',
          'Najmanje jedan član kućanstva mora imati 18 ili više godina; u suprotnom kućanstvo nije obuhvaćeno istraživanjem.',
          'Најмалку еден член на домаќинството мора да има 18 или повеќе години; во спротивно домаќинството не е опфатено со истражувањето.',
          'Najmanje jedan član domaćinstva mora imati 18 ili više godina; u suprotnom domaćinstvo nije obuhvaćeno istraživanjem.',
          'Најмање један члан домаћинства мора имати 18 или више година; у супротном домаћинство није обухваћено истраживањем.',
        ),
      },
    ],
  };

  return page('household', T('Household', 'Ekonomia familjare', 'Domaćinstvo', 'Kućanstvo', 'Домаќинство', 'Domaćinstvo', 'Домаћинство'), [
    dropdown(
      'region',
      T('Region', 'Rajoni', 'Regija', 'Regija', 'Регион', 'Region', 'Регион'),
      regionChoices(),
      {
        description: T(
          'Interviewer: record the statistical region of the address.',
          'Intervistuesi: shënoni rajonin statistikor të adresës.',
          'Anketar: upišite statističku regiju adrese.',
          'Anketar: upišite statističku regiju adrese.',
          'Анкетар: запишете го статистичкиот регион на адресата.',
          'Anketar: upišite statistički region adrese.',
          'Анкетар: упишите статистички регион адресе.',
        ),
      },
    ),
    radio(
      'urban',
      T('Type of settlement', 'Lloji i vendbanimit', 'Tip naselja', 'Vrsta naselja', 'Тип на населено место', 'Tip naselja', 'Тип насеља'),
      [
        choice(1, T('Urban', 'Zonë urbane', 'Gradsko', 'Gradsko', 'Урбано', 'Gradsko', 'Градско')),
        choice(2, T('Rural', 'Zonë rurale', 'Seosko', 'Seosko', 'Рурално', 'Seosko', 'Сеоско')),
      ],
      { description: INTERVIEWER_RECORDS },
    ),
    integer(
      'hh_size',
      T(
        'How many people live in this household, including you? Count everyone who usually lives here and shares living expenses.',
        'Sa persona jetojnë në këtë ekonomi familjare, duke ju përfshirë edhe ju? Numëroni të gjithë ata që jetojnë zakonisht këtu dhe ndajnë shpenzimet e jetesës.',
        'Koliko osoba živi u ovom domaćinstvu, uključujući i Vas? Računajte sve koji ovdje obično žive i dijele troškove života.',
        'Koliko osoba živi u ovom kućanstvu, uključujući i Vas? Računajte sve koji ovdje uobičajeno žive i dijele troškove života.',
        'Колку лица живеат во ова домаќинство, вклучувајќи ве и вас? Сметајте ги сите што вообичаено живеат тука и ги делат трошоците за живот.',
        'Koliko lica živi u ovom domaćinstvu, uključujući i Vas? Računajte sve koji ovdje obično žive i dijele troškove života.',
        'Колико лица живи у овом домаћинству, укључујући и Вас? Рачунајте све који овде обично живе и деле трошкове живота.',
      ),
      1,
      30,
      T(
        'Enter a number from 1 to 30.',
        'Shkruani një numër nga 1 deri në 30.',
        'Unesite broj od 1 do 30.',
        'Unesite broj od 1 do 30.',
        'Внесете број од 1 до 30.',
        'Unesite broj od 1 do 30.',
        'Унесите број од 1 до 30.',
      ),
    ),
    roster,
    {
      type: 'expression',
      name: 'hh_eligible',
      title: T(
        'Household members aged 18 or over',
        'Anëtarë të ekonomisë familjare 18 vjeç e lart',
        'Članovi domaćinstva stari 18 i više godina',
        'Članovi kućanstva u dobi od 18 i više godina',
        'Членови на домаќинството на возраст од 18 и повеќе години',
        'Članovi domaćinstva stari 18 i više godina',
        'Чланови домаћинства стари 18 и више година',
      ),
      expression: ADULTS_IN_ROSTER,
    },
    // Income for the income breakdown of the SDG indicators: the amount, not bands — the quintiles
    // are formed at analysis from the weighted distribution (analysis/indicators/income.ts), so no
    // office has to fix band limits in advance. Asked last on the page, after the roster.
    integer(
      'hh_income',
      T(
        'What is the total net monthly income of your household: all members, from all sources (wages, pensions, benefits, other)? (amount in {currency}, the national currency)',
        'Sa janë të ardhurat totale neto mujore të ekonomisë suaj familjare: të gjithë anëtarët, nga të gjitha burimet (paga, pensione, ndihma, të tjera)? (shuma në {currency}, monedha kombëtare)',
        'Koliki su ukupni neto mjesečni prihodi vašeg domaćinstva: svih članova, iz svih izvora (plate, penzije, socijalna davanja, ostalo)? (iznos u {currency}, nacionalnoj valuti)',
        'Koliki su ukupni neto mjesečni prihodi vašeg kućanstva: svih članova, iz svih izvora (plaće, mirovine, socijalne naknade, ostalo)? (iznos u {currency}, nacionalnoj valuti)',
        'Колкави се вкупните нето месечни приходи на вашето домаќинство: на сите членови, од сите извори (плати, пензии, социјални надоместоци, друго)? (износ во {currency}, националната валута)',
        'Koliki su ukupni neto mjesečni prihodi vašeg domaćinstva: svih članova, iz svih izvora (zarade, penzije, socijalna davanja, ostalo)? (iznos u {currency}, nacionalnoj valuti)',
        'Колики су укупни нето месечни приходи вашег домаћинства: свих чланова, из свих извора (плате, пензије, социјална давања, остало)? (износ у {currency}, националној валути)',
      ),
      0,
      100000000,
      T(
        'Enter the amount as a whole number (0 or more).',
        'Shkruani shumën si numër të plotë (0 ose më shumë).',
        'Unesite iznos kao cijeli broj (0 ili više).',
        'Unesite iznos kao cijeli broj (0 ili više).',
        'Внесете го износот како цел број (0 или повеќе).',
        'Unesite iznos kao cijeli broj (0 ili više).',
        'Унесите износ као цео број (0 или више).',
      ),
      { isRequired: false, description: INCOME_NOTE },
    ),
    radio(
      'hh_income_nr',
      T(
        'Interviewer: no amount was given because the respondent…',
        'Intervistuesi: nuk u dha shuma sepse i anketuari…',
        'Anketar: iznos nije naveden jer ispitanik…',
        'Anketar: iznos nije naveden jer ispitanik…',
        'Анкетар: износот не е наведен бидејќи испитаникот…',
        'Anketar: iznos nije naveden jer ispitanik…',
        'Анкетар: износ није наведен јер испитаник…',
      ),
      [
        choice(8, T('does not know', 'nuk e di', 'ne zna', 'ne zna', 'не знае', 'ne zna', 'не зна')),
        choice(9, T('refused to say', 'refuzoi ta thotë', 'odbio/la je reći', 'odbio/la je reći', 'одби да каже', 'odbio/la je da kaže', 'одбио/ла је да каже')),
      ],
      { visibleIf: '{hh_income} empty' },
    ),
  ], CONSENTED);
}

/**
 * Kish selection tables: one definition, shared with the weighting and the runner
 * (analysis/sampling/kish.ts; probabilities in src/questionnaire/selection.ts). Re-exported for the tests.
 */
export { KISH_TABLES };

/**
 * `age_group`: the SDG 16 age bands of the respondent — 1 18–24, 2 25–34, 3 35–44, 4 45–54,
 * 5 55–64, 6 65 or over (SDMX AGE codes Y18T24 … Y_GE65); empty while age is not answered.
 */
export const AGE_GROUPS: readonly (readonly [number, number, number])[] = [[1, 18, 24], [2, 25, 34], [3, 35, 44], [4, 45, 54], [5, 55, 64], [6, 65, 110]];
export const AGE_GROUP_EXPRESSION = AGE_GROUPS.slice(0, -1).reduceRight(
  (rest, [code, , upper]) => `iif({age} <= ${upper}, ${code}, ${rest})`,
  String(AGE_GROUPS[AGE_GROUPS.length - 1][0]),
).replace(/^/, "iif({age} empty, '', ").concat(')');

const KISH = `{sel_method} = ${SELECTION_METHODS.kish}`;
const RANDOM = `{sel_method} = ${SELECTION_METHODS.random}`;
/** The interviewer chose someone other than the person the tablet computed. */
const OVERRIDDEN = '{sel_expected_line} notempty and {sel_line} notempty and {sel_line} <> {sel_expected_line}';

/**
 * Derived selection variables kept in the data, for the person weight (engineer `sample`):
 * `sel_prob` = probability with which the interviewed person was selected (empty when another
 * person was chosen: no known probability), `sel_override` = 1 when the interviewer overrode the
 * tablet's selection. Also `age_group` (the SDG age bands).
 */
export const HOUSEHOLD_CALCULATED: Element[] = [
  {
    name: 'sel_prob',
    expression: `${SELECTION_FUNCTIONS.probability}({hh_roster}, {sel_method}, {sel_kish_table}, {sel_random}, {sel_line})`,
    includeIntoResult: true,
  },
  { name: 'sel_override', expression: `iif(${OVERRIDDEN}, 1, 0)`, includeIntoResult: true },
  { name: 'age_group', expression: AGE_GROUP_EXPRESSION, includeIntoResult: true },
  // The ISO 4217 code of the interview's currency, shown in the amount questions (income, last bribe).
  { name: 'currency', expression: perCountryExpression((p) => `'${p.currency.code}'`) },
];

/** `sel_kish_number`: the Kish table's entry for the household's number of adults (6 or more share a column). */
function kishNumberExpression(): string {
  const byAdults = (numbers: readonly number[]): string =>
    numbers.slice(0, 5).reduceRight((rest, number, i) => `iif({hh_eligible} <= ${i + 1}, ${number}, ${rest})`, String(numbers[5]));
  return Object.entries(KISH_TABLES).reduceRight(
    (rest, [table, numbers]) => `iif({sel_kish_table} = '${table}', ${byAdults(numbers)}, ${rest})`,
    '0',
  );
}

export function selectionPage(): Element {
  const chosen = '{sel_line} notempty';
  return page('selection', T('Selection of the respondent', 'Përzgjedhja e të anketuarit', 'Izbor ispitanika', 'Odabir ispitanika', 'Избор на испитаник', 'Izbor ispitanika', 'Избор испитаника'), [
    radio(
      'sel_method',
      T(
        'Respondent selection method (as instructed for this sample)',
        'Metoda e përzgjedhjes së të anketuarit (sipas udhëzimit për këtë mostër)',
        'Metod izbora ispitanika (prema uputstvu za ovaj uzorak)',
        'Metoda odabira ispitanika (prema uputi za ovaj uzorak)',
        'Метод на избор на испитаникот (според упатството за овој примерок)',
        'Metod izbora ispitanika (prema uputstvu za ovaj uzorak)',
        'Метод избора испитаника (према упутству за овај узорак)',
      ),
      [
        choice(1, T('Kish grid', 'Tabela e Kishit', 'Kišova tabela', 'Kishova tablica', 'Кишова табела', 'Kišova tabela', 'Кишова табела')),
        choice(2, T('Last birthday', 'Ditëlindja e fundit', 'Posljednji rođendan', 'Posljednji rođendan', 'Последен роденден', 'Posljednji rođendan', 'Последњи рођендан')),
        choice(3, T(
          'Random draw by the tablet (equal chance for every adult; recommended)',
          'Short i rastësishëm nga tableti (mundësi e barabartë për çdo të rritur; e rekomanduar)',
          'Slučajni izbor na tabletu (jednaka šansa za svaku odraslu osobu; preporučeno)',
          'Slučajni odabir na tabletu (jednaka šansa za svaku odraslu osobu; preporučeno)',
          'Случаен избор на таблетот (еднаква шанса за секое возрасно лице; препорачано)',
          'Slučajni izbor na tabletu (jednaka šansa za svako odraslo lice; preporučeno)',
          'Случајни избор на таблету (једнака шанса за свако одрасло лице; препоручено)',
        )),
      ],
      {
        validators: [
          {
            type: 'expression',
            expression: `{sel_method} <> ${SELECTION_METHODS.kish} or {hh_eligible} <= ${KISH_MAX_ADULTS}`,
            text: T(
              'With 7 or more adults the Kish tables leave some adults no chance of selection: use the random draw by the tablet.',
              'Me 7 ose më shumë të rritur, tabelat e Kishit u lënë disa të rriturve asnjë mundësi përzgjedhjeje: përdorni shortin e rastësishëm nga tableti.',
              'Sa 7 ili više odraslih osoba Kišove tabele nekim odraslim osobama ne daju nikakvu šansu da budu izabrane: koristite slučajni izbor na tabletu.',
              'Sa 7 ili više odraslih osoba Kishove tablice nekim odraslim osobama ne daju nikakvu šansu da budu odabrane: upotrijebite slučajni odabir na tabletu.',
              'Со 7 или повеќе возрасни лица Кишовите табели на некои возрасни не им даваат никаква шанса да бидат избрани: користете случаен избор на таблетот.',
              'Sa 7 ili više odraslih lica Kišove tabele nekim odraslim licima ne daju nikakvu šansu da budu izabrana: koristite slučajni izbor na tabletu.',
              'Са 7 или више одраслих лица Кишове табеле неким одраслим лицима не дају никакву шансу да буду изабрана: користите случајни избор на таблету.',
            ),
          },
        ],
      },
    ),
    html(
      'sel_kish_note',
      T(
        '<p><b>Kish grid.</b> Number the household members aged 18 or over: first the men from the oldest to the youngest, then the women from the oldest to the youngest. Record the Kish table of this address (printed on the assignment sheet); the questionnaire then shows the number of the person to interview. Select that person’s line in the list below.</p>',
        '<p><b>Tabela e Kishit.</b> Numëroni anëtarët e ekonomisë familjare 18 vjeç e lart: së pari burrat nga më i moshuari te më i riu, pastaj gratë nga më e moshuara te më e reja. Shënoni tabelën e Kishit për këtë adresë (e shtypur në fletën e detyrës); pyetësori tregon më pas numrin e personit që duhet intervistuar. Më poshtë zgjidhni rreshtin e atij personi në listë.</p>',
        '<p><b>Kišova tabela.</b> Numerišite članove domaćinstva stare 18 i više godina: prvo muškarce od najstarijeg do najmlađeg, zatim žene od najstarije do najmlađe. Upišite Kišovu tabelu za ovu adresu (odštampana je na listu zadatka); upitnik zatim prikazuje redni broj osobe koju treba anketirati. Ispod izaberite red te osobe u spisku.</p>',
        '<p><b>Kishova tablica.</b> Numerirajte članove kućanstva u dobi od 18 i više godina: najprije muškarce od najstarijeg do najmlađeg, zatim žene od najstarije do najmlađe. Upišite Kishovu tablicu za ovu adresu (otisnuta je na listu zadatka); upitnik zatim prikazuje redni broj osobe koju treba anketirati. U nastavku odaberite redak te osobe na popisu.</p>',
        '<p><b>Кишова табела.</b> Нумерирајте ги членовите на домаќинството на возраст од 18 и повеќе години: прво мажите од најстариот до најмладиот, потоа жените од најстарата до најмладата. Внесете ја Кишовата табела за оваа адреса (отпечатена е на листот со задачата); прашалникот потоа го прикажува редниот број на лицето што треба да се анкетира. Подолу изберете го редот на тоа лице во списокот.</p>',
        '<p><b>Kišova tabela.</b> Numerišite članove domaćinstva stare 18 i više godina: prvo muškarce od najstarijeg do najmlađeg, zatim žene od najstarije do najmlađe. Upišite Kišovu tabelu za ovu adresu (odštampana je na listu zadatka); upitnik zatim prikazuje redni broj lica koje treba anketirati. Ispod izaberite red tog lica u spisku.</p>',
        '<p><b>Кишова табела.</b> Нумеришите чланове домаћинства старе 18 и више година: прво мушкарце од најстаријег до најмлађег, затим жене од најстарије до најмлађе. Упишите Кишову табелу за ову адресу (одштампана је на листу задатка); упитник затим приказује редни број лица које треба анкетирати. Испод изаберите ред тог лица у списку.</p>',
      ),
      KISH,
    ),
    dropdown(
      'sel_kish_table',
      T('Kish table of this address', 'Tabela e Kishit për këtë adresë', 'Kišova tabela za ovu adresu', 'Kishova tablica za ovu adresu', 'Кишова табела за оваа адреса', 'Kišova tabela za ovu adresu', 'Кишова табела за ову адресу'),
      Object.keys(KISH_TABLES).map((table) =>
        choice(table, mapLoc(T('Table', 'Tabela', 'Tabela', 'Tablica', 'Табела', 'Tabela', 'Табела'), (word) => `${word} ${table}`)),
      ),
      { visibleIf: KISH },
    ),
    {
      type: 'expression',
      name: 'sel_kish_number',
      title: T(
        'Number of the person to interview, in the Kish order above',
        'Numri i personit që duhet intervistuar, sipas renditjes së Kishit më sipër',
        'Redni broj osobe koju treba anketirati, prema Kišovom redoslijedu iznad',
        'Redni broj osobe koju treba anketirati, prema Kishovu redoslijedu iznad',
        'Реден број на лицето што треба да се анкетира, според Кишовиот редослед погоре',
        'Redni broj lica koje treba anketirati, prema Kišovom redosljedu iznad',
        'Редни број лица које треба анкетирати, према Кишовом редоследу изнад',
      ),
      visibleIf: `${KISH} and {sel_kish_table} notempty`,
      expression: kishNumberExpression(),
    },
    html(
      'sel_birthday_note',
      T(
        '<p><b>Last birthday.</b> Ask: “Of the people aged 18 or over who live in this household, who had the most recent birthday?” Select that person’s line in the list below.</p>',
        '<p><b>Ditëlindja e fundit.</b> Pyetni: “Nga personat 18 vjeç e lart që jetojnë në këtë ekonomi familjare, kush e ka pasur ditëlindjen më së fundi?” Më poshtë zgjidhni rreshtin e atij personi në listë.</p>',
        '<p><b>Posljednji rođendan.</b> Pitajte: „Od osoba starih 18 i više godina koje žive u ovom domaćinstvu, ko je posljednji imao rođendan?“ Ispod izaberite red te osobe u spisku.</p>',
        '<p><b>Posljednji rođendan.</b> Pitajte: „Od osoba u dobi od 18 i više godina koje žive u ovom kućanstvu, tko je posljednji imao rođendan?” U nastavku odaberite redak te osobe na popisu.</p>',
        '<p><b>Последен роденден.</b> Прашајте: „Од лицата на возраст од 18 и повеќе години што живеат во ова домаќинство, кој последен имал роденден?“ Подолу изберете го редот на тоа лице во списокот.</p>',
        '<p><b>Posljednji rođendan.</b> Pitajte: „Od lica starih 18 i više godina koja žive u ovom domaćinstvu, ko je posljednji imao rođendan?“ Ispod izaberite red tog lica u spisku.</p>',
        '<p><b>Последњи рођендан.</b> Питајте: „Од лица старих 18 и више година која живе у овом домаћинству, ко је последњи имао рођендан?“ Испод изаберите ред тог лица у списку.</p>',
      ),
      '{sel_method} = 2',
    ),
    html(
      'sel_random_note',
      T(
        '<p><b>Random draw.</b> The tablet numbers the household members aged 18 or over in the Kish order (men from the oldest to the youngest, then women from the oldest to the youngest) and draws one of them with equal chance. The number below is the draw; it is kept so that the selection can be checked.</p>',
        '<p><b>Short i rastësishëm.</b> Tableti i numëron anëtarët e ekonomisë familjare 18 vjeç e lart sipas renditjes së Kishit (burrat nga më i moshuari te më i riu, pastaj gratë nga më e moshuara te më e reja) dhe zgjedh njërin prej tyre me mundësi të barabartë. Numri më poshtë është shorti; ruhet që përzgjedhja të mund të kontrollohet.</p>',
        '<p><b>Slučajni izbor.</b> Tablet numeriše članove domaćinstva stare 18 i više godina Kišovim redoslijedom (muškarci od najstarijeg do najmlađeg, zatim žene od najstarije do najmlađe) i bira jednog od njih s jednakom šansom. Broj ispod je rezultat izbora; čuva se kako bi se izbor mogao provjeriti.</p>',
        '<p><b>Slučajni odabir.</b> Tablet numerira članove kućanstva u dobi od 18 i više godina Kishovim redoslijedom (muškarci od najstarijeg do najmlađeg, zatim žene od najstarije do najmlađe) i odabire jednog od njih s jednakom šansom. Broj u nastavku rezultat je odabira; čuva se kako bi se odabir mogao provjeriti.</p>',
        '<p><b>Случаен избор.</b> Таблетот ги нумерира членовите на домаќинството на возраст од 18 и повеќе години според Кишовиот редослед (мажите од најстариот до најмладиот, потоа жените од најстарата до најмладата) и избира едно од нив со еднаква шанса. Бројот подолу е резултатот од изборот; се чува за изборот да може да се провери.</p>',
        '<p><b>Slučajni izbor.</b> Tablet numeriše članove domaćinstva stare 18 i više godina Kišovim redosljedom (muškarci od najstarijeg do najmlađeg, zatim žene od najstarije do najmlađe) i bira jedno od njih sa jednakom šansom. Broj ispod je rezultat izbora; čuva se kako bi se izbor mogao provjeriti.</p>',
        '<p><b>Случајни избор.</b> Таблет нумерише чланове домаћинства старе 18 и више година Кишовим редоследом (мушкарци од најстаријег до најмлађег, затим жене од најстарије до најмлађе) и бира једно од њих са једнаком шансом. Број испод је резултат избора; чува се како би се избор могао проверити.</p>',
      ),
      RANDOM,
    ),
    {
      type: 'text',
      name: 'sel_random',
      title: T(
        'Random number of the draw (set by the tablet or the sample file)',
        'Numri i rastësishëm i shortit (vendoset nga tableti ose nga skedari i mostrës)',
        'Slučajni broj izbora (postavlja ga tablet ili datoteka uzorka)',
        'Slučajni broj odabira (postavlja ga tablet ili datoteka uzorka)',
        'Случаен број на изборот (го поставува таблетот или датотеката на примерокот)',
        'Slučajni broj izbora (postavlja ga tablet ili datoteka uzorka)',
        'Случајни број избора (поставља га таблет или датотека узорка)',
      ),
      visibleIf: RANDOM,
      isRequired: true,
      readOnly: true,
    },
    {
      type: 'expression',
      name: 'sel_expected_line',
      title: T(
        'Person to interview (line in the household list, computed by the tablet)',
        'Personi që duhet intervistuar (rreshti në listën e ekonomisë familjare, i llogaritur nga tableti)',
        'Osoba koju treba anketirati (red u spisku članova domaćinstva, izračunava tablet)',
        'Osoba koju treba anketirati (redak na popisu članova kućanstva, izračunava tablet)',
        'Лице што треба да се анкетира (ред во списокот на членови на домаќинството, пресметан од таблетот)',
        'Lice koje treba anketirati (red u spisku članova domaćinstva, izračunava tablet)',
        'Лице које треба анкетирати (ред у списку чланова домаћинства, израчунава таблет)',
      ),
      visibleIf: `{sel_method} = ${SELECTION_METHODS.kish} or {sel_method} = ${SELECTION_METHODS.random}`,
      expression: `${SELECTION_FUNCTIONS.line}({hh_roster}, {sel_method}, {sel_kish_table}, {sel_random})`,
    },
    {
      type: 'dropdown',
      name: 'sel_line',
      title: T(
        'Selected respondent (line in the household list)',
        'I anketuari i përzgjedhur (rreshti në listën e ekonomisë familjare)',
        'Izabrani ispitanik (red u spisku članova domaćinstva)',
        'Odabrani ispitanik (redak na popisu članova kućanstva)',
        'Избран испитаник (ред во списокот на членови на домаќинството)',
        'Izabrani ispitanik (red u spisku članova domaćinstva)',
        'Изабрани испитаник (ред у списку чланова домаћинства)',
      ),
      visibleIf: '{sel_method} notempty',
      isRequired: true,
      choicesFromQuestion: 'hh_roster',
      choiceValuesFromQuestion: 'member_line',
      choiceTextsFromQuestion: 'member_name',
      // The tablet proposes the selected person; choosing another needs a reason (sel_override_reason).
      defaultValueExpression: '{sel_expected_line}',
      validators: [
        {
          type: 'expression',
          expression: "countInArray({hh_roster}, 'member_line', '{member_line} = {sel_line} and {member_age} >= 18') = 1",
          text: T(
            'The selected person must be aged 18 or over.',
            'Personi i përzgjedhur duhet të jetë 18 vjeç e lart.',
            'Izabrana osoba mora imati 18 ili više godina.',
            'Odabrana osoba mora imati 18 ili više godina.',
            'Избраното лице мора да има 18 или повеќе години.',
            'Izabrano lice mora imati 18 ili više godina.',
            'Изабрано лице мора имати 18 или више година.',
          ),
        },
      ],
    },
    radio(
      'sel_override_reason',
      T(
        'You chose a person other than the one the tablet selected. Why? (This is an exception: the selected person should be interviewed.)',
        'Zgjodhët një person tjetër nga ai që përzgjodhi tableti. Pse? (Ky është përjashtim: duhet intervistuar personi i përzgjedhur.)',
        'Izabrali ste drugu osobu, a ne onu koju je izabrao tablet. Zašto? (Ovo je izuzetak: treba anketirati izabranu osobu.)',
        'Odabrali ste drugu osobu, a ne onu koju je odabrao tablet. Zašto? (Ovo je iznimka: treba anketirati odabranu osobu.)',
        'Избравте друго лице, а не она што го избра таблетот. Зошто? (Ова е исклучок: треба да се анкетира избраното лице.)',
        'Izabrali ste drugo lice, a ne ono koje je izabrao tablet. Zašto? (Ovo je izuzetak: treba anketirati izabrano lice.)',
        'Изабрали сте друго лице, а не оно које је изабрао таблет. Зашто? (Ово је изузетак: треба анкетирати изабрано лице.)',
      ),
      [
        choice(1, T('The selected person is away for the whole fieldwork period', 'Personi i përzgjedhur mungon gjatë gjithë periudhës së terrenit', 'Izabrana osoba je odsutna tokom cijelog perioda terenskog rada', 'Odabrana je osoba odsutna tijekom cijelog razdoblja terenskog rada', 'Избраното лице е отсутно во текот на целиот период на теренската работа', 'Izabrano lice je odsutno tokom čitavog perioda terenskog rada', 'Изабрано лице је одсутно током целог периода теренског рада')),
        choice(2, T('The selected person cannot be interviewed (illness, disability, language)', 'Personi i përzgjedhur nuk mund të intervistohet (sëmundje, aftësi e kufizuar, gjuhë)', 'Izabrana osoba ne može biti anketirana (bolest, invaliditet, jezik)', 'Odabrana osoba ne može biti anketirana (bolest, invaliditet, jezik)', 'Избраното лице не може да биде анкетирано (болест, попреченост, јазик)', 'Izabrano lice ne može biti anketirano (bolest, invaliditet, jezik)', 'Изабрано лице не може бити анкетирано (болест, инвалидитет, језик)')),
        choice(3, T('The household does not allow access to the selected person', 'Ekonomia familjare nuk lejon qasje te personi i përzgjedhur', 'Domaćinstvo ne dozvoljava pristup izabranoj osobi', 'Kućanstvo ne dopušta pristup odabranoj osobi', 'Домаќинството не дозволува пристап до избраното лице', 'Domaćinstvo ne dozvoljava pristup izabranom licu', 'Домаћинство не дозвољава приступ изабраном лицу')),
        choice(4, T('Other reason, agreed with the supervisor', 'Arsye tjetër, e dakorduar me mbikëqyrësin', 'Drugi razlog, dogovoren sa supervizorom', 'Drugi razlog, dogovoren s nadzornikom', 'Друга причина, договорена со супервизорот', 'Drugi razlog, dogovoren sa supervizorom', 'Други разлог, договорен са супервизором')),
      ],
      { visibleIf: OVERRIDDEN },
    ),
    html(
      'sel_continue_note',
      T(
        '<p><b>Continue the interview with the selected person only.</b> If this is not the person you have been talking to, ask for the selected person, introduce yourself and the survey again and ask for his or her consent. If the selected person is not at home, arrange a time to come back; do not replace him or her with another household member.</p>',
        '<p><b>Vazhdoni intervistën vetëm me personin e përzgjedhur.</b> Nëse ky nuk është personi me të cilin keni folur, kërkoni personin e përzgjedhur, prezantoni sërish veten dhe anketën dhe kërkoni pëlqimin e tij ose të saj. Nëse personi i përzgjedhur nuk është në shtëpi, caktoni një kohë për t’u kthyer; mos e zëvendësoni me një anëtar tjetër të ekonomisë familjare.</p>',
        '<p><b>Intervju nastavite samo s izabranom osobom.</b> Ako to nije osoba s kojom ste razgovarali, zamolite da razgovarate s izabranom osobom, ponovo predstavite sebe i istraživanje i zatražite njen pristanak. Ako izabrana osoba nije kod kuće, dogovorite vrijeme ponovnog dolaska; ne zamjenjujte je drugim članom domaćinstva.</p>',
        '<p><b>Razgovor nastavite samo s odabranom osobom.</b> Ako to nije osoba s kojom ste razgovarali, zamolite da razgovarate s odabranom osobom, ponovno predstavite sebe i istraživanje te zatražite njezin pristanak. Ako odabrana osoba nije kod kuće, dogovorite vrijeme ponovnog dolaska; ne zamjenjujte je drugim članom kućanstva.</p>',
        '<p><b>Продолжете го интервјуто само со избраното лице.</b> Ако тоа не е лицето со кое сте разговарале, побарајте да разговарате со избраното лице, повторно претставете се себеси и истражувањето и побарајте негова или нејзина согласност. Ако избраното лице не е дома, договорете време за повторна посета; не го заменувајте со друг член на домаќинството.</p>',
        '<p><b>Intervju nastavite samo sa izabranim licem.</b> Ako to nije lice sa kojim ste razgovarali, zamolite da razgovarate sa izabranim licem, ponovo predstavite sebe i istraživanje i zatražite njegov ili njen pristanak. Ako izabrano lice nije kod kuće, dogovorite vrijeme ponovnog dolaska; ne zamjenjujte ga drugim članom domaćinstva.</p>',
        '<p><b>Интервју наставите само са изабраним лицем.</b> Ако то није лице са којим сте разговарали, замолите да разговарате са изабраним лицем, поново представите себе и истраживање и затражите његов или њен пристанак. Ако изабрано лице није код куће, договорите време поновног доласка; не замењујте га другим чланом домаћинства.</p>',
      ),
      chosen,
    ),
    radio(
      'resp_consent',
      T(
        'Does the selected person agree to be interviewed?',
        'A pranon personi i përzgjedhur të intervistohet?',
        'Da li izabrana osoba pristaje na intervju?',
        'Pristaje li odabrana osoba na razgovor?',
        'Дали избраното лице се согласува да биде интервјуирано?',
        'Da li izabrano lice pristaje na intervju?',
        'Да ли изабрано лице пристаје на интервју?',
      ),
      yesNo(),
      { visibleIf: chosen },
    ),
  ], CONSENTED);
}

/** A check that shows a warning but lets the interviewer go on (survey-core `notificationType`). */
function warning(expression: string, text: Loc): Element {
  return { type: 'expression', expression, text, notificationType: 'warning' };
}

/** Roster entry of the selected person matches `condition` (written in the roster's column names). */
const selectedMember = (condition: string) =>
  `countInArray({hh_roster}, 'member_line', '{member_line} = {sel_line} and ${condition}') = 1`;

const SEX_MATCHES_ROSTER = warning(selectedMember('{member_sex} = {sex}'), T(
  'The sex differs from the household list entry of the selected person. Check that you are interviewing the selected person.',
  'Gjinia ndryshon nga ajo e personit të përzgjedhur në listën e ekonomisë familjare. Kontrolloni që po intervistoni personin e përzgjedhur.',
  'Spol se razlikuje od podatka za izabranu osobu u spisku članova domaćinstva. Provjerite da li anketirate izabranu osobu.',
  'Spol se razlikuje od podatka za odabranu osobu na popisu članova kućanstva. Provjerite anketirate li odabranu osobu.',
  'Полот се разликува од податокот за избраното лице во списокот на членови на домаќинството. Проверете дали го анкетирате избраното лице.',
  'Pol se razlikuje od podatka za izabrano lice u spisku članova domaćinstva. Provjerite da li anketirate izabrano lice.',
  'Пол се разликује од податка за изабрано лице у списку чланова домаћинства. Проверите да ли анкетирате изабрано лице.',
));

const AGE_MATCHES_ROSTER = warning(selectedMember('{member_age} >= {age} - 1 and {member_age} <= {age} + 1'), T(
  'The age differs by more than one year from the household list entry of the selected person. Check the age or the selection.',
  'Mosha ndryshon me më shumë se një vit nga ajo e personit të përzgjedhur në listën e ekonomisë familjare. Kontrolloni moshën ose përzgjedhjen.',
  'Starost se za više od godinu dana razlikuje od podatka za izabranu osobu u spisku članova domaćinstva. Provjerite starost ili izbor ispitanika.',
  'Dob se za više od godinu dana razlikuje od podatka za odabranu osobu na popisu članova kućanstva. Provjerite dob ili odabir ispitanika.',
  'Возраста се разликува за повеќе од една година од податокот за избраното лице во списокот на членови на домаќинството. Проверете ја возраста или изборот на испитаникот.',
  'Starost se za više od godinu dana razlikuje od podatka za izabrano lice u spisku članova domaćinstva. Provjerite starost ili izbor ispitanika.',
  'Старост се за више од годину дана разликује од податка за изабрано лице у списку чланова домаћинства. Проверите старост или избор испитаника.',
));

export function respondentPage(): Element {
  const sex = radio(
    'sex',
    T(
      'Sex of the respondent (record; ask only if necessary)',
      'Gjinia e të anketuarit (shënoni; pyetni vetëm nëse është e nevojshme)',
      'Spol ispitanika (upišite; pitajte samo ako je potrebno)',
      'Spol ispitanika (upišite; pitajte samo ako je potrebno)',
      'Пол на испитаникот (запишете; прашајте само ако е потребно)',
      'Pol ispitanika (upišite; pitajte samo ako je potrebno)',
      'Пол испитаника (упишите; питајте само ако је потребно)',
    ),
    [choice(1, MALE), choice(2, FEMALE)],
  );
  sex.validators = [SEX_MATCHES_ROSTER];
  const age = integer(
    'age',
    T(
      'How old are you? (completed years)',
      'Sa vjeç jeni? (vite të mbushura)',
      'Koliko imate godina? (navršenih)',
      'Koliko imate godina? (navršenih)',
      'Колку години имате? (наполнети)',
      'Koliko imate godina? (navršenih)',
      'Колико имате година? (навршених)',
    ),
    18,
    110,
    T(
      'Age must be between 18 and 110.',
      'Mosha duhet të jetë nga 18 deri në 110.',
      'Starost mora biti između 18 i 110 godina.',
      'Dob mora biti između 18 i 110 godina.',
      'Возраста мора да биде меѓу 18 и 110 години.',
      'Starost mora biti između 18 i 110 godina.',
      'Старост мора бити између 18 и 110 година.',
    ),
  );
  age.validators = [...(age.validators as Element[]), AGE_MATCHES_ROSTER];
  return page('respondent', T('About you', 'Të dhëna për ju', 'O Vama', 'O Vama', 'За вас', 'O Vama', 'О Вама'), [
    sex,
    age,
    radio(
      'education',
      T(
        'What is the highest level of education you have completed?',
        'Cili është niveli më i lartë i arsimit që keni përfunduar?',
        'Koji je najviši nivo obrazovanja koji ste završili?',
        'Koju ste najvišu razinu obrazovanja završili?',
        'Кое е највисокото ниво на образование што сте го завршиле?',
        'Koji je najviši nivo obrazovanja koji ste završili?',
        'Који је највиши ниво образовања који сте завршили?',
      ),
      [
        choice(1, T(
          'No schooling, or primary school not completed',
          'Pa shkollë ose me shkollë fillore të pambaruar',
          'Bez škole ili nezavršena osnovna škola',
          'Bez škole ili nezavršena osnovna škola',
          'Без училиште или незавршено основно училиште',
          'Bez škole ili nezavršena osnovna škola',
          'Без школе или незавршена основна школа',
        )),
        choice(2, T(
          'Primary school completed, 8 or 9 years',
          'Shkollë fillore ose 9-vjeçare e përfunduar',
          'Završena osnovna škola, 8 ili 9 godina',
          'Završena osnovna škola, 8 ili 9 godina',
          'Завршено основно училиште, 8 или 9 години',
          'Završena osnovna škola, 8 ili 9 godina',
          'Завршена основна школа, 8 или 9 година',
        )),
        choice(3, T(
          'Secondary school',
          'Shkollë e mesme',
          'Srednja škola',
          'Srednja škola',
          'Средно училиште',
          'Srednja škola',
          'Средња школа',
        )),
        choice(4, T(
          'Higher education: college or university',
          'Arsim i lartë: kolegj ose universitet',
          'Više ili visoko obrazovanje: viša škola ili fakultet',
          'Visoko obrazovanje: stručni ili sveučilišni studij',
          'Више или високо образование: виша школа или факултет',
          'Više ili visoko obrazovanje: viša škola ili fakultet',
          'Више или високо образовање: виша школа или факултет',
        )),
      ],
    ),
    radio(
      'employment',
      T(
        'What is your main activity at present?',
        'Cili është aktiviteti juaj kryesor aktualisht?',
        'Koja je trenutno Vaša glavna aktivnost?',
        'Koja je trenutačno Vaša glavna aktivnost?',
        'Која е моментално вашата главна активност?',
        'Koja je trenutno Vaša glavna aktivnost?',
        'Која је тренутно Ваша главна активност?',
      ),
      [
        choice(1, T('Employed or self-employed', 'I/e punësuar ose i/e vetëpunësuar', 'Zaposlen/a ili samozaposlen/a', 'Zaposlen/a ili samozaposlen/a', 'Вработен/а или самовработен/а', 'Zaposlen/a ili samozaposlen/a', 'Запослен/а или самозапослен/а')),
        choice(2, T('Unemployed', 'I/e papunë', 'Nezaposlen/a', 'Nezaposlen/a', 'Невработен/а', 'Nezaposlen/a', 'Незапослен/а')),
        choice(3, T('Pupil or student', 'Nxënës/e ose student/e', 'Učenik/ca ili student/ica', 'Učenik/ica ili student/ica', 'Ученик/ичка или студент/ка', 'Učenik/ca ili student/kinja', 'Ученик/ца или студент/киња')),
        choice(4, T('Retired', 'Pensionist/e', 'Penzioner/ka', 'Umirovljenik/ica', 'Пензионер/ка', 'Penzioner/ka', 'Пензионер/ка')),
        choice(5, T('Homemaker', 'Shtëpiak/e (kujdeset për shtëpinë)', 'Domaćica/domaćin', 'Kućanica/kućanin', 'Домаќинка/домаќин', 'Domaćica/domaćin', 'Домаћица/домаћин')),
        choice(6, T('Other', 'Tjetër', 'Drugo', 'Drugo', 'Друго', 'Drugo', 'Друго')),
      ],
    ),
    radio(
      'citizenship',
      T(
        'Are you a citizen of this country?',
        'A jeni shtetas/e i/e këtij vendi?',
        'Da li ste državljanin/ka ove države?',
        'Jeste li državljanin/ka ove države?',
        'Дали сте државјанин/ка на оваа земја?',
        'Da li ste državljanin/ka ove države?',
        'Да ли сте држављанин/ка ове државе?',
      ),
      yesNo(),
    ),
  ], INTERVIEWED);
}

/** Washington Group short set: domain name suffix and question. */
const WG_DOMAINS: [string, Loc][] = [
  ['seeing', T(
    'Do you have difficulty seeing, even if wearing glasses?',
    'A keni vështirësi të shihni, edhe nëse mbani syze?',
    'Da li imate poteškoća s vidom, čak i kada nosite naočale?',
    'Imate li poteškoća s vidom, čak i kad nosite naočale?',
    'Дали имате тешкотии со видот, дури и кога носите очила?',
    'Da li imate poteškoća sa vidom, čak i kada nosite naočare?',
    'Да ли имате тешкоћа са видом, чак и када носите наочаре?',
  )],
  ['hearing', T(
    'Do you have difficulty hearing, even if using a hearing aid?',
    'A keni vështirësi të dëgjoni, edhe nëse përdorni aparat dëgjimi?',
    'Da li imate poteškoća sa sluhom, čak i kada koristite slušni aparat?',
    'Imate li poteškoća sa sluhom, čak i kad upotrebljavate slušni aparat?',
    'Дали имате тешкотии со слухот, дури и кога користите слушен апарат?',
    'Da li imate poteškoća sa sluhom, čak i kada koristite slušni aparat?',
    'Да ли имате тешкоћа са слухом, чак и када користите слушни апарат?',
  )],
  ['walking', T(
    'Do you have difficulty walking or climbing steps?',
    'A keni vështirësi të ecni ose të ngjitni shkallë?',
    'Da li imate poteškoća pri hodanju ili penjanju uz stepenice?',
    'Imate li poteškoća pri hodanju ili penjanju uz stepenice?',
    'Дали имате тешкотии при одење или качување по скалила?',
    'Da li imate poteškoća pri hodanju ili penjanju uz stepenice?',
    'Да ли имате тешкоћа при ходању или пењању уз степенице?',
  )],
  ['cognition', T(
    'Do you have difficulty remembering or concentrating?',
    'A keni vështirësi të mbani mend ose të përqendroheni?',
    'Da li imate poteškoća s pamćenjem ili koncentracijom?',
    'Imate li poteškoća s pamćenjem ili koncentracijom?',
    'Дали имате тешкотии со помнењето или концентрацијата?',
    'Da li imate poteškoća sa pamćenjem ili koncentracijom?',
    'Да ли имате тешкоћа са памћењем или концентрацијом?',
  )],
  ['selfcare', T(
    'Do you have difficulty with self-care, such as washing all over or dressing?',
    'A keni vështirësi me kujdesin për veten, si të laheni të tërë ose të visheni?',
    'Da li imate poteškoća sa brigom o sebi, kao što je kupanje ili oblačenje?',
    'Imate li poteškoća s brigom o sebi, primjerice pri kupanju ili odijevanju?',
    'Дали имате тешкотии со грижата за себе, како што се капење или облекување?',
    'Da li imate poteškoća sa brigom o sebi, kao što je kupanje ili oblačenje?',
    'Да ли имате тешкоћа са бригом о себи, као што је купање или облачење?',
  )],
  ['communication', T(
    'Using your usual language, do you have difficulty communicating, for example understanding or being understood?',
    'Duke përdorur gjuhën tuaj të zakonshme, a keni vështirësi të komunikoni, për shembull të kuptoni të tjerët ose të kuptoheni prej tyre?',
    'Koristeći jezik kojim obično govorite, da li imate poteškoća u komunikaciji, na primjer da razumijete druge ili da Vas drugi razumiju?',
    'Služeći se jezikom kojim uobičajeno govorite, imate li poteškoća u komunikaciji, primjerice da razumijete druge ili da drugi razumiju Vas?',
    'Користејќи го јазикот што вообичаено го зборувате, дали имате тешкотии во комуникацијата, на пример да ги разберете другите или другите да ве разберат вас?',
    'Koristeći jezik kojim obično govorite, da li imate poteškoća u komunikaciji, na primjer da razumijete druge ili da Vas drugi razumiju?',
    'Користећи језик којим обично говорите, да ли имате тешкоћа у комуникацији, на пример да разумете друге или да Вас други разумеју?',
  )],
];

export const WG_NAMES = WG_DOMAINS.map(([domain]) => `wg_${domain}`);

/** `disability` = 1 if any domain is "a lot of difficulty" (3) or "cannot do at all" (4), else 2. */
export const DISABILITY_EXPRESSION = `iif(${WG_NAMES.map((n) => `{${n}} = 3 or {${n}} = 4`).join(' or ')}, 1, 2)`;

export function disabilityPage(): Element {
  const scale = [
    choice(1, T('No, no difficulty', 'Jo, pa vështirësi', 'Ne, bez poteškoća', 'Ne, bez poteškoća', 'Не, без тешкотии', 'Ne, bez poteškoća', 'Не, без тешкоћа')),
    choice(2, T('Yes, some difficulty', 'Po, pak vështirësi', 'Da, izvjesne poteškoće', 'Da, određene poteškoće', 'Да, извесни тешкотии', 'Da, izvjesne poteškoće', 'Да, извесне тешкоће')),
    choice(3, T('Yes, a lot of difficulty', 'Po, shumë vështirësi', 'Da, velike poteškoće', 'Da, velike poteškoće', 'Да, големи тешкотии', 'Da, velike poteškoće', 'Да, велике тешкоће')),
    choice(4, T('Cannot do at all', 'Nuk mund ta bëj fare', 'Uopšte ne mogu', 'Uopće ne mogu', 'Воопшто не можам', 'Uopšte ne mogu', 'Уопште не могу')),
    choice(8, DONT_KNOW),
    choice(9, REFUSED),
  ];
  return page('disability', T('Difficulties in daily activities', 'Vështirësi në aktivitetet e përditshme', 'Poteškoće u svakodnevnim aktivnostima', 'Poteškoće u svakodnevnim aktivnostima', 'Тешкотии во секојдневните активности', 'Poteškoće u svakodnevnim aktivnostima', 'Тешкоће у свакодневним активностима'), [
    html('wg_intro', T(
      '<p>The next questions ask about difficulties you may have doing certain activities because of a health problem.</p>',
      '<p>Pyetjet e ardhshme kanë të bëjnë me vështirësitë që mund të keni në kryerjen e disa aktiviteteve për shkak të një problemi shëndetësor.</p>',
      '<p>Sljedeća pitanja odnose se na poteškoće koje možete imati pri obavljanju određenih aktivnosti zbog zdravstvenog problema.</p>',
      '<p>Sljedeća se pitanja odnose na poteškoće koje možete imati pri obavljanju određenih aktivnosti zbog zdravstvenog problema.</p>',
      '<p>Следните прашања се однесуваат на тешкотиите што можеби ги имате при извршување на одредени активности поради здравствен проблем.</p>',
      '<p>Sljedeća pitanja odnose se na poteškoće koje možete imati pri obavljanju određenih aktivnosti zbog zdravstvenog problema.</p>',
      '<p>Следећа питања односе се на тешкоће које можете имати при обављању одређених активности због здравственог проблема.</p>',
    )),
    ...WG_DOMAINS.map(([domain, title]) => radio(`wg_${domain}`, title, scale)),
  ], INTERVIEWED);
}

const VEHICLES: [string, Loc][] = [
  ['hh_car', T(
    'Over the past five years, has anyone in your household owned or had regular use of a car, van or truck for private use?',
    'Gjatë pesë viteve të fundit, a ka pasur dikush në ekonominë tuaj familjare në pronësi ose në përdorim të rregullt një makinë, furgon ose kamion për përdorim privat?',
    'Da li je u posljednjih pet godina neko u Vašem domaćinstvu posjedovao ili redovno koristio automobil, kombi ili kamion za privatne potrebe?',
    'Je li u posljednjih pet godina netko u Vašem kućanstvu posjedovao ili redovito upotrebljavao osobni automobil, kombi ili kamion za privatne potrebe?',
    'Во последните пет години, дали некој во вашето домаќинство поседувал или редовно користел автомобил, комбе или камион за приватни потреби?',
    'Da li je u posljednjih pet godina neko u Vašem domaćinstvu posjedovao ili redovno koristio automobil, kombi ili kamion za privatne potrebe?',
    'Да ли је у последњих пет година неко у Вашем домаћинству поседовао или редовно користио аутомобил, комби или камион за приватне потребе?',
  )],
  ['hh_moto', T(
    'Over the past five years, has anyone in your household owned a motorcycle, moped or scooter?',
    'Gjatë pesë viteve të fundit, a ka pasur dikush në ekonominë tuaj familjare motoçikletë, moped ose skuter?',
    'Da li je u posljednjih pet godina neko u Vašem domaćinstvu posjedovao motocikl, moped ili skuter?',
    'Je li u posljednjih pet godina netko u Vašem kućanstvu posjedovao motocikl, moped ili skuter?',
    'Во последните пет години, дали некој во вашето домаќинство поседувал мотоцикл, мопед или скутер?',
    'Da li je u posljednjih pet godina neko u Vašem domaćinstvu posjedovao motocikl, moped ili skuter?',
    'Да ли је у последњих пет година неко у Вашем домаћинству поседовао мотоцикл, мопед или скутер?',
  )],
  ['hh_bicycle', T(
    'Over the past five years, has anyone in your household owned a bicycle?',
    'Gjatë pesë viteve të fundit, a ka pasur dikush në ekonominë tuaj familjare biçikletë?',
    'Da li je u posljednjih pet godina neko u Vašem domaćinstvu posjedovao bicikl?',
    'Je li u posljednjih pet godina netko u Vašem kućanstvu posjedovao bicikl?',
    'Во последните пет години, дали некој во вашето домаќинство поседувал велосипед?',
    'Da li je u posljednjih pet godina neko u Vašem domaćinstvu posjedovao bicikl?',
    'Да ли је у последњих пет година неко у Вашем домаћинству поседовао бицикл?',
  )],
];

export function vehiclesPage(): Element {
  return page('vehicles', T('Household vehicles', 'Automjetet e ekonomisë familjare', 'Vozila domaćinstva', 'Vozila kućanstva', 'Возила на домаќинството', 'Vozila domaćinstva', 'Возила домаћинства'), [
    html('hh_crime_intro', T(
      '<p>Now I would like to ask you about some crimes that you or your household may have experienced, whether or not they were reported to the police. For each, I will first ask whether it happened in the past five years, and then when it happened the last time.</p>',
      '<p>Tani dëshiroj t’ju pyes për disa krime që ju ose ekonomia juaj familjare mund t’i keni përjetuar, pavarësisht nëse janë denoncuar në polici apo jo. Për secilin, fillimisht do t’ju pyes nëse ka ndodhur në pesë vitet e fundit, dhe pastaj kur ka ndodhur herën e fundit.</p>',
      '<p>Sada bih Vas želio/la pitati o nekim krivičnim djelima koja ste Vi ili Vaše domaćinstvo možda doživjeli, bez obzira na to da li su prijavljena policiji. Za svako ću Vas prvo pitati da li se desilo u posljednjih pet godina, a zatim kada se desilo posljednji put.</p>',
      '<p>Sada bih Vas želio/la pitati o nekim kaznenim djelima koja ste Vi ili Vaše kućanstvo možda doživjeli, bez obzira na to jesu li prijavljena policiji. Za svako ću Vas najprije pitati je li se dogodilo u posljednjih pet godina, a zatim kada se dogodilo posljednji put.</p>',
      '<p>Сега би сакал/а да ве прашам за некои кривични дела што вие или вашето домаќинство можеби сте ги доживеале, без разлика дали се пријавени во полиција. За секое, прво ќе ве прашам дали се случило во последните пет години, а потоа кога се случило последниот пат.</p>',
      '<p>Sada bih želio/la da Vas pitam o nekim krivičnim djelima koja ste Vi ili Vaše domaćinstvo možda doživjeli, bez obzira na to da li su prijavljena policiji. Za svako ću Vas prvo pitati da li se desilo u posljednjih pet godina, a zatim kada se desilo posljednji put.</p>',
      '<p>Сада бих желео/ла да Вас питам о неким кривичним делима која сте Ви или Ваше домаћинство можда доживели, без обзира на то да ли су пријављена полицији. За свако ћу Вас прво питати да ли се десило у последњих пет година, а затим када се десило последњи пут.</p>',
    )),
    ...VEHICLES.map(([name, title]) => radio(name, title, yesNo())),
  ], INTERVIEWED);
}
