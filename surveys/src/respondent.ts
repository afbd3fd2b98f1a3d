/**
 * Introduction, consent and the core respondent items (VARIABLES.md "Household and respondent"),
 * so that a module fielded on its own can still be disaggregated by region, settlement, sex, age
 * and education. Names and codes are those of victimization.json.
 */
import { T, joinLoc, type Loc } from './i18n';
import { choice, dropdown, html, integer, page, radio, yesNo, type Element } from './elements';
import { REGIONS } from './regions';

export const CONSENTED = '{consent} = 1';

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
    'Good day. I am an interviewer of the national statistical office.',
    'Mirëdita. Jam intervistues/e i/e institutit kombëtar të statistikave.',
    'Dobar dan. Ja sam anketar/ka zavoda za statistiku.',
    'Dobar dan. Ja sam anketar/ica državnog zavoda za statistiku.',
    'Добар ден. Јас сум анкетар/ка на државниот завод за статистика.',
    'Dobar dan. Ja sam anketar/ka zavoda za statistiku.',
    'Добар дан. Ја сам анкетар/ка републичког завода за статистику.',
  );
  const text = joinLoc(['<p>', greeting, ' ', about, '</p><p>', CONFIDENTIAL, ' ', duration, '</p>']);
  return page('intro', T('Introduction', 'Hyrje', 'Uvod', 'Uvod', 'Вовед', 'Uvod', 'Увод'), [
    html('intro_text', text),
    radio(
      'consent',
      T(
        'Do you agree to take part in this interview?',
        'A pranoni të merrni pjesë në këtë intervistë?',
        'Da li pristajete da učestvujete u ovom intervjuu?',
        'Pristajete li sudjelovati u ovom razgovoru?',
        'Дали се согласувате да учествувате во ова интервју?',
        'Da li pristajete da učestvujete u ovom intervjuu?',
        'Да ли пристајете да учествујете у овом интервјуу?',
      ),
      yesNo(),
    ),
  ]);
}


export function respondentPage(): Element {
  return page(
    'respondent',
    T('Respondent', 'I anketuari', 'Ispitanik', 'Ispitanik', 'Испитаник', 'Ispitanik', 'Испитаник'),
    [
      dropdown(
        'region',
        T('Region', 'Rajoni', 'Regija', 'Regija', 'Регион', 'Region', 'Регион'),
        REGIONS.map(([value, text]) => choice(value, text)),
      ),
      radio(
        'urban',
        T('Type of settlement', 'Lloji i vendbanimit', 'Tip naselja', 'Tip naselja', 'Тип на населено место', 'Tip naselja', 'Тип насеља'),
        [
          choice(1, T('Urban', 'Qytet', 'Gradsko', 'Gradsko', 'Урбано', 'Gradsko', 'Градско')),
          choice(2, T('Rural', 'Fshat', 'Seosko', 'Seosko', 'Рурално', 'Seosko', 'Сеоско')),
        ],
      ),
      radio('sex', T('Sex of the respondent', 'Gjinia e të anketuarit', 'Spol ispitanika', 'Spol ispitanika', 'Пол на испитаникот', 'Pol ispitanika', 'Пол испитаника'), [
        choice(1, T('Male', 'Mashkull', 'Muški', 'Muški', 'Машки', 'Muški', 'Мушки')),
        choice(2, T('Female', 'Femër', 'Ženski', 'Ženski', 'Женски', 'Ženski', 'Женски')),
      ]),
      {
        ...integer(
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
          { min: 18, max: 110 },
        ),
        validators: [
          {
            type: 'numeric',
            minValue: 18,
            maxValue: 110,
            text: T(
              'Age must be between 18 and 110.',
              'Mosha duhet të jetë nga 18 deri në 110 vjeç.',
              'Starost mora biti između 18 i 110 godina.',
              'Dob mora biti između 18 i 110 godina.',
              'Возраста мора да биде меѓу 18 и 110 години.',
              'Starost mora biti između 18 i 110 godina.',
              'Старост мора бити између 18 и 110 година.',
            ),
          },
        ],
      },
      radio(
        'education',
        T(
          'What is the highest level of education you have completed?',
          'Cili është niveli më i lartë i arsimit që keni përfunduar?',
          'Koji je najviši nivo obrazovanja koji ste završili?',
          'Koja je najviša razina obrazovanja koju ste završili?',
          'Кое е највисокото ниво на образование што сте го завршиле?',
          'Koji je najviši nivo obrazovanja koji ste završili?',
          'Који је највиши ниво образовања који сте завршили?',
        ),
        [
          choice(1, T('No schooling or primary school not completed', 'Pa arsim ose arsim fillor i papërfunduar', 'Bez škole ili nezavršena osnovna škola', 'Bez škole ili nezavršena osnovna škola', 'Без образование или незавршено основно образование', 'Bez škole ili nezavršena osnovna škola', 'Без школе или незавршена основна школа')),
          choice(2, T('Primary school (lower secondary)', 'Arsim 9-vjeçar (i mesëm i ulët)', 'Osnovna škola', 'Osnovna škola', 'Основно образование', 'Osnovna škola', 'Основна школа')),
          choice(3, T('Secondary school (upper secondary)', 'Arsim i mesëm i lartë', 'Srednja škola', 'Srednja škola', 'Средно образование', 'Srednja škola', 'Средња школа')),
          choice(4, T('College or university (tertiary)', 'Arsim i lartë (universitar)', 'Viša škola ili fakultet', 'Stručni ili sveučilišni studij', 'Више или високо образование', 'Viša škola ili fakultet', 'Виша школа или факултет')),
        ],
      ),
    ],
    { visibleIf: CONSENTED },
  );
}

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
