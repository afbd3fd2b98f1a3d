/**
 * safety.json — feeling of safety (SDG 16.1.4), violence in the past 12 months (16.1.3: physical,
 * psychological = threat, sexual — the last in a self-completion page), reporting to competent
 * authorities (16.3.1), trust in institutions and satisfaction with public services (16.6.2).
 */
import { T, type Loc } from './i18n';
import { fill } from './country';
import { uiWord } from './ui-words';
import { choice, comment, DONT_KNOW, flag, NO, page, PREFER_NOT, radio, REFUSED, YES, type Choice, type Element } from './elements';
import { servicesPage } from './services';
import { INTERVIEWED, introPage, personLevelPages, refusalHtml, thanksHtml, PERSON_CALCULATED } from './respondent';

const about = T(
  'We are conducting a survey on safety, experience of violence and trust in public institutions.',
  'Po kryejmë një anketë për sigurinë, përvojën me dhunën dhe besimin te institucionet publike.',
  'Provodimo istraživanje o sigurnosti, iskustvu nasilja i povjerenju u javne institucije.',
  'Provodimo istraživanje o sigurnosti, iskustvu nasilja i povjerenju u javne institucije.',
  'Спроведуваме истражување за безбедноста, искуството со насилство и довербата во јавните институции.',
  'Sprovodimo istraživanje o bezbjednosti, iskustvu nasilja i povjerenju u javne institucije.',
  'Спроводимо истраживање о безбедности, искуству насиља и поверењу у јавне институције.',
);

const SAFE_SCALE: Choice[] = [
  choice(1, T('Very safe', 'Shumë i/e sigurt', 'Veoma sigurno', 'Vrlo sigurno', 'Многу безбедно', 'Veoma bezbjedno', 'Веома безбедно')),
  choice(2, T('Safe', 'I/e sigurt', 'Sigurno', 'Sigurno', 'Безбедно', 'Bezbjedno', 'Безбедно')),
  choice(3, T('Unsafe', 'I/e pasigurt', 'Nesigurno', 'Nesigurno', 'Небезбедно', 'Nebezbjedno', 'Небезбедно')),
  choice(4, T('Very unsafe', 'Shumë i/e pasigurt', 'Veoma nesigurno', 'Vrlo nesigurno', 'Многу небезбедно', 'Veoma nebezbjedno', 'Веома небезбедно')),
];
const safeScale = (): Choice[] => [...SAFE_SCALE, choice(99, DONT_KNOW)];

function safetyPage(): Element {
  return page(
    'safety',
    T('Feeling of safety', 'Ndjenja e sigurisë', 'Osjećaj sigurnosti', 'Osjećaj sigurnosti', 'Чувство на безбедност', 'Osjećaj bezbjednosti', 'Осећај безбедности'),
    [
      radio(
        'safe_dark',
        T(
          'How safe do you feel walking alone in your area after dark?',
          'Sa të sigurt ndiheni kur ecni vetëm në zonën tuaj pas errësirës?',
          'Koliko se sigurno osjećate kada sami hodate u svom naselju po mraku?',
          'Koliko se sigurno osjećate kada sami hodate u svojem naselju po mraku?',
          'Колку безбедно се чувствувате кога одите сами во вашата околина по стемнување?',
          'Koliko se bezbjedno osjećate kada sami hodate u svom naselju po mraku?',
          'Колико се безбедно осећате када сами ходате у свом насељу по мраку?',
        ),
        [
          ...SAFE_SCALE,
          choice(5, T('I never go out alone after dark', 'Nuk dal kurrë i/e vetëm pas errësirës', 'Nikad ne izlazim sam/a po mraku', 'Nikad ne izlazim sam/a po mraku', 'Никогаш не излегувам сам/а по стемнување', 'Nikad ne izlazim sam/a po mraku', 'Никад не излазим сам/а по мраку')),
          choice(99, DONT_KNOW),
        ],
      ),
      radio(
        'safe_dark_would',
        T(
          'How safe would you feel walking alone in your area after dark?',
          'Sa të sigurt do të ndiheshit nëse do të ecnit vetëm në zonën tuaj pas errësirës?',
          'Koliko biste se sigurno osjećali kada biste sami hodali u svom naselju po mraku?',
          'Koliko biste se sigurno osjećali kada biste sami hodali u svojem naselju po mraku?',
          'Колку безбедно би се чувствувале кога би оделе сами во вашата околина по стемнување?',
          'Koliko biste se bezbjedno osjećali kada biste sami hodali u svom naselju po mraku?',
          'Колико бисте се безбедно осећали када бисте сами ходали у свом насељу по мраку?',
        ),
        safeScale(),
        { visibleIf: '{safe_dark} = 5' },
      ),
      comment(
        'safe_dark_reason',
        T(
          'Why do you feel unsafe? (open answer, do not read out any options)',
          'Pse ndiheni të pasigurt? (përgjigje e hapur, mos lexoni asnjë mundësi)',
          'Zašto se osjećate nesigurno? (otvoreni odgovor, ne čitati ponuđene odgovore)',
          'Zašto se osjećate nesigurno? (otvoreni odgovor, ne čitati ponuđene odgovore)',
          'Зошто се чувствувате небезбедно? (отворен одговор, не читајте понудени одговори)',
          'Zašto se osjećate nebezbjedno? (otvoreni odgovor, ne čitati ponuđene odgovore)',
          'Зашто се осећате небезбедно? (отворени одговор, не читати понуђене одговоре)',
        ),
        { visibleIf: '{safe_dark} = 3 or {safe_dark} = 4' },
      ),
      radio(
        'safe_day',
        T(
          'How safe do you feel walking alone in your area during the day?',
          'Sa të sigurt ndiheni kur ecni vetëm në zonën tuaj gjatë ditës?',
          'Koliko se sigurno osjećate kada sami hodate u svom naselju danju?',
          'Koliko se sigurno osjećate kada sami hodate u svojem naselju danju?',
          'Колку безбедно се чувствувате кога одите сами во вашата околина преку ден?',
          'Koliko se bezbjedno osjećate kada sami hodate u svom naselju danju?',
          'Колико се безбедно осећате када сами ходате у свом насељу дању?',
        ),
        safeScale(),
      ),
      radio(
        'safe_home_dark',
        T(
          'How safe do you feel when you are alone at home after dark?',
          'Sa të sigurt ndiheni kur jeni vetëm në shtëpi pas errësirës?',
          'Koliko se sigurno osjećate kada ste sami kod kuće po mraku?',
          'Koliko se sigurno osjećate kada ste sami kod kuće po mraku?',
          'Колку безбедно се чувствувате кога сте сами дома по стемнување?',
          'Koliko se bezbjedno osjećate kada ste sami kod kuće po mraku?',
          'Колико се безбедно осећате када сте сами код куће по мраку?',
        ),
        safeScale(),
      ),
    ],
    { visibleIf: INTERVIEWED },
  );
}

const REPORTED = T(
  'The last time this happened, was it reported — by you or by someone else — to the police, a prosecutor or another competent authority, or to another officially recognised body such as an elder or a religious or community leader?',
  'Herën e fundit që ndodhi, a u denoncua — nga ju ose nga dikush tjetër — në polici, në prokurori ose në një autoritet tjetër kompetent, apo te një organ tjetër i njohur zyrtarisht, si pleqësia ose një udhëheqës fetar apo i komunitetit?',
  'Kada se to posljednji put desilo, da li je prijavljeno — od vas ili nekog drugog — policiji, tužilaštvu ili drugom nadležnom organu, ili nekom drugom zvanično priznatom tijelu, poput starješine ili vjerskog ili lokalnog lidera?',
  'Kada se to posljednji put dogodilo, je li prijavljeno — od vas ili nekoga drugoga — policiji, državnom odvjetništvu ili drugom nadležnom tijelu, ili nekom drugom službeno priznatom tijelu, poput starješine ili vjerskog ili lokalnog vođe?',
  'Последниот пат кога се случи тоа, дали беше пријавено — од вас или од некој друг — во полиција, обвинителство или друг надлежен орган, или на друго официјално признато тело, како старешина или верски или локален водач?',
  'Kada se to posljednji put desilo, da li je prijavljeno — od vas ili nekog drugog — policiji, tužilaštvu ili drugom nadležnom organu, ili nekom drugom zvanično priznatom tijelu, poput starješine ili vjerskog ili lokalnog lidera?',
  'Када се то последњи пут десило, да ли је пријављено — од вас или неког другог — полицији, тужилаштву или другом надлежном органу, или неком другом званично признатом телу, попут старешине или верског или локалног лидера?',
);
const reportedChoices = (): Choice[] => [
  choice(1, T('Yes, to the police, a prosecutor or another competent authority', 'Po, në polici, në prokurori ose në një autoritet tjetër kompetent', 'Da, policiji, tužilaštvu ili drugom nadležnom organu', 'Da, policiji, državnom odvjetništvu ili drugom nadležnom tijelu', 'Да, во полиција, обвинителство или друг надлежен орган', 'Da, policiji, tužilaštvu ili drugom nadležnom organu', 'Да, полицији, тужилаштву или другом надлежном органу')),
  choice(2, T('Yes, but only to another officially recognised body (elder, religious or community leader)', 'Po, por vetëm te një organ tjetër i njohur zyrtarisht (pleqësia, udhëheqës fetar ose i komunitetit)', 'Da, ali samo drugom zvanično priznatom tijelu (starješina, vjerski ili lokalni lider)', 'Da, ali samo drugom službeno priznatom tijelu (starješina, vjerski ili lokalni vođa)', 'Да, но само на друго официјално признато тело (старешина, верски или локален водач)', 'Da, ali samo drugom zvanično priznatom tijelu (starješina, vjerski ili lokalni lider)', 'Да, али само другом званично признатом телу (старешина, верски или локални лидер)')),
  choice(3, T('No, it was not reported', 'Jo, nuk u denoncua', 'Ne, nije prijavljeno', 'Ne, nije prijavljeno', 'Не, не беше пријавено', 'Ne, nije prijavljeno', 'Не, није пријављено')),
];

/** 16.1.3 screener and its 16.3.1 reporting follow-up. `selfCompletion`: refusal offered as "prefer not to answer". */
function violence(t: string, title: Loc, selfCompletion: boolean): Element[] {
  const choices = [choice(1, YES), choice(2, NO), choice(9, selfCompletion ? PREFER_NOT : REFUSED)];
  return [
    radio(`vio_${t}_12m`, title, choices),
    // "Don't know" and refusal are offered (never read out): item non-response, not "not reported".
    radio(`vio_${t}_reported`, REPORTED, [...reportedChoices(), choice(8, DONT_KNOW), choice(9, selfCompletion ? PREFER_NOT : REFUSED)], { visibleIf: `{vio_${t}_12m} = 1` }),
  ];
}

function violencePage(): Element {
  return page(
    'violence',
    T('Experience of violence', 'Përvoja me dhunën', 'Iskustvo nasilja', 'Iskustvo nasilja', 'Искуство со насилство', 'Iskustvo nasilja', 'Искуство насиља'),
    [
      ...violence(
        'physical',
        T(
          'In the past 12 months, has anyone hit, slapped, pushed or kicked you, attacked you with a weapon or used force against you in any other way, including to take something from you?',
          'Në 12 muajt e fundit, a ju ka goditur, shuplakuar, shtyrë ose shkelmuar dikush, a ju ka sulmuar me armë apo a ka përdorur forcë kundër jush në ndonjë mënyrë tjetër, përfshirë për t’ju marrë diçka?',
          'Da li vas je u posljednjih 12 mjeseci neko udario, ošamario, gurnuo ili šutnuo, napao oružjem ili na neki drugi način upotrijebio silu protiv vas, uključujući i da vam nešto otme?',
          'Je li vas u posljednjih 12 mjeseci netko udario, ošamario, gurnuo ili udario nogom, napao oružjem ili na neki drugi način upotrijebio silu protiv vas, uključujući i da vam nešto otme?',
          'Дали во последните 12 месеци некој ве удрил, ве ошамарил, ве туркнал или ве клоцнал, ве нападнал со оружје или на друг начин употребил сила врз вас, вклучително и за да ви одземе нешто?',
          'Da li vas je u posljednjih 12 mjeseci neko udario, ošamario, gurnuo ili šutnuo, napao oružjem ili na neki drugi način upotrijebio silu protiv vas, uključujući i da vam nešto otme?',
          'Да ли вас је у последњих 12 месеци неко ударио, ошамарио, гурнуо или шутнуо, напао оружјем или на неки други начин употребио силу против вас, укључујући и да вам нешто отме?',
        ),
        false,
      ),
      ...violence(
        'psych',
        T(
          'In the past 12 months, has anyone threatened you in a way that really frightened you — in person, by phone, in writing or online?',
          'Në 12 muajt e fundit, a ju ka kërcënuar dikush në një mënyrë që ju ka frikësuar vërtet — personalisht, me telefon, me shkrim ose në internet?',
          'Da li vam je u posljednjih 12 mjeseci neko prijetio na način koji vas je zaista uplašio — lično, telefonom, pismeno ili putem interneta?',
          'Je li vam u posljednjih 12 mjeseci netko prijetio na način koji vas je zaista uplašio — osobno, telefonom, pisanim putem ili putem interneta?',
          'Дали во последните 12 месеци некој ви се заканувал на начин што навистина ве исплашил — лично, по телефон, писмено или преку интернет?',
          'Da li vam je u posljednjih 12 mjeseci neko prijetio na način koji vas je zaista uplašio — lično, telefonom, pismeno ili putem interneta?',
          'Да ли вам је у последњих 12 месеци неко претио на начин који вас је заиста уплашио — лично, телефоном, писмено или путем интернета?',
        ),
        false,
      ),
    ],
    {
      visibleIf: INTERVIEWED,
      description: T(
        'The next questions are about things that may have happened to you personally, anywhere, done by anyone — a stranger or someone you know, including members of your family.',
        'Pyetjet e mëposhtme kanë të bëjnë me gjëra që mund t’ju kenë ndodhur personalisht, kudo, nga kushdo — një i huaj ose dikush që e njihni, përfshirë anëtarët e familjes suaj.',
        'Sljedeća pitanja odnose se na ono što vam se lično moglo desiti, bilo gdje i od bilo koga — od nepoznate osobe ili nekoga koga poznajete, uključujući članove vaše porodice.',
        'Sljedeća pitanja odnose se na ono što vam se osobno moglo dogoditi, bilo gdje i od bilo koga — od nepoznate osobe ili nekoga koga poznajete, uključujući članove vaše obitelji.',
        'Следните прашања се однесуваат на она што можеби ви се случило лично, каде било и од кого било — од непозната личност или од некого кого го познавате, вклучително и членови на вашето семејство.',
        'Sljedeća pitanja odnose se na ono što vam se lično moglo desiti, bilo gdje i od bilo koga — od nepoznate osobe ili nekoga koga poznajete, uključujući članove vaše porodice.',
        'Следећа питања односе се на оно што вам се лично могло десити, било где и од било кога — од непознате особе или некога кога познајете, укључујући чланове ваше породице.',
      ),
    },
  );
}

/** Sexual violence is answered by the respondent alone: the app hands over and locks pages named `casi_*`. */
function selfCompletionPage(): Element {
  return page(
    'casi_violence',
    T('Questions you answer on your own', 'Pyetje që i përgjigjeni vetë', 'Pitanja na koja odgovarate sami', 'Pitanja na koja odgovarate sami', 'Прашања на кои одговарате сами', 'Pitanja na koja odgovarate sami', 'Питања на која одговарате сами'),
    violence(
      'sexual',
      T(
        'In the past 12 months, has anyone forced you, or tried to force you, into sexual intercourse or another sexual act, or touched you sexually against your will?',
        'Në 12 muajt e fundit, a ju ka detyruar ose a është përpjekur t’ju detyrojë dikush në marrëdhënie seksuale ose në një akt tjetër seksual, apo a ju ka prekur në mënyrë seksuale kundër vullnetit tuaj?',
        'Da li vas je u posljednjih 12 mjeseci neko prisilio ili pokušao prisiliti na spolni odnos ili neki drugi seksualni čin, ili vas seksualno dodirivao protiv vaše volje?',
        'Je li vas u posljednjih 12 mjeseci netko prisilio ili pokušao prisiliti na spolni odnos ili neki drugi seksualni čin, ili vas seksualno dodirivao protiv vaše volje?',
        'Дали во последните 12 месеци некој ве присилил или се обидел да ве присили на сексуален однос или друг сексуален чин, или ве допирал сексуално против ваша волја?',
        'Da li vas je u posljednjih 12 mjeseci neko prisilio ili pokušao da prisili na seksualni odnos ili neki drugi seksualni čin, ili vas seksualno dodirivao protiv vaše volje?',
        'Да ли вас је у последњих 12 месеци неко присилио или покушао да присили на сексуални однос или неки други сексуални чин, или вас сексуално додиривао против ваше воље?',
      ),
      true,
    ),
    {
      visibleIf: INTERVIEWED,
      // The button is named as the runner shows it in each locale (SurveyJS pageNextText).
      description: fill(T(
        'Please answer these questions yourself. The interviewer will not see your answers. When you have finished, press “%NEXT%” and hand the tablet back.',
        'Ju lutemi t’u përgjigjeni vetë këtyre pyetjeve. Intervistuesi nuk do t’i shohë përgjigjet tuaja. Kur të keni mbaruar, shtypni „%NEXT%“ dhe kthejeni tabletin.',
        'Molimo vas da sami odgovorite na ova pitanja. Anketar neće vidjeti vaše odgovore. Kada završite, pritisnite „%NEXT%“ i vratite tablet.',
        'Molimo vas da sami odgovorite na ova pitanja. Anketar neće vidjeti vaše odgovore. Kada završite, pritisnite „%NEXT%“ i vratite tablet.',
        'Ве молиме сами одговорете на овие прашања. Анкетарот нема да ги види вашите одговори. Кога ќе завршите, притиснете „%NEXT%“ и вратете го таблетот.',
        'Molimo vas da sami odgovorite na ova pitanja. Anketar neće vidjeti vaše odgovore. Kada završite, pritisnite „%NEXT%“ i vratite tablet.',
        'Молимо вас да сами одговорите на ова питања. Анкетар неће видети ваше одговоре. Када завршите, притисните „%NEXT%“ и вратите таблет.',
      ), { NEXT: uiWord('pageNextText') }),
    },
  );
}

export const INSTITUTIONS: [string, Loc][] = [
  ['police', T('How much do you trust the police?', 'Sa besim keni te policia?', 'Koliko vjerujete policiji?', 'Koliko vjerujete policiji?', 'Колку ѝ верувате на полицијата?', 'Koliko vjerujete policiji?', 'Колико верујете полицији?')],
  ['courts', T('How much do you trust the courts?', 'Sa besim keni te gjykatat?', 'Koliko vjerujete sudovima?', 'Koliko vjerujete sudovima?', 'Колку им верувате на судовите?', 'Koliko vjerujete sudovima?', 'Колико верујете судовима?')],
  ['prosecution', T('How much do you trust the public prosecution service?', 'Sa besim keni te prokuroria?', 'Koliko vjerujete tužilaštvu?', 'Koliko vjerujete državnom odvjetništvu?', 'Колку му верувате на јавното обвинителство?', 'Koliko vjerujete državnom tužilaštvu?', 'Колико верујете јавном тужилаштву?')],
  ['government', T('How much do you trust the government?', 'Sa besim keni te qeveria?', 'Koliko vjerujete vladi?', 'Koliko vjerujete Vladi?', 'Колку ѝ верувате на владата?', 'Koliko vjerujete Vladi?', 'Колико верујете влади?')],
  ['parliament', T('How much do you trust the parliament?', 'Sa besim keni te parlamenti?', 'Koliko vjerujete parlamentu?', 'Koliko vjerujete Saboru?', 'Колку му верувате на собранието?', 'Koliko vjerujete Skupštini?', 'Колико верујете скупштини?')],
];

function trustPage(): Element {
  const scale = (): Choice[] => [
    choice(1, T('A lot', 'Shumë', 'Mnogo', 'Mnogo', 'Многу', 'Mnogo', 'Много')),
    choice(2, T('Somewhat', 'Disi', 'Donekle', 'Donekle', 'Донекаде', 'Donekle', 'Донекле')),
    choice(3, T('A little', 'Pak', 'Malo', 'Malo', 'Малку', 'Malo', 'Мало')),
    choice(4, T('Not at all', 'Aspak', 'Nimalo', 'Nimalo', 'Воопшто не', 'Nimalo', 'Нимало')),
    choice(8, DONT_KNOW),
  ];
  return page(
    'trust',
    T('Trust in institutions', 'Besimi te institucionet', 'Povjerenje u institucije', 'Povjerenje u institucije', 'Доверба во институциите', 'Povjerenje u institucije', 'Поверење у институције'),
    INSTITUTIONS.map(([i, title]) => radio(`trust_${i}`, title, scale())),
    { visibleIf: INTERVIEWED },
  );
}

const VIOLENCE_TYPES = ['physical', 'psych', 'sexual'];

export function safety(): Element {
  return {
    title: T(
      'Safety, violence and trust in institutions',
      'Siguria, dhuna dhe besimi te institucionet',
      'Sigurnost, nasilje i povjerenje u institucije',
      'Sigurnost, nasilje i povjerenje u institucije',
      'Безбедност, насилство и доверба во институциите',
      'Bezbjednost, nasilje i povjerenje u institucije',
      'Безбедност, насиље и поверење у институције',
    ),
    showQuestionNumbers: 'off',
    calculatedValues: [
      ...PERSON_CALCULATED,
      flag('safe_feel', '{safe_dark} = 1 or {safe_dark} = 2 or ({safe_dark} = 5 and ({safe_dark_would} = 1 or {safe_dark_would} = 2))'),
      // Reporting is defined only for victims: non-victims get no value rather than 0.
      ...VIOLENCE_TYPES.map((t) => ({
        name: `vio_${t}_rep_comp`,
        expression: `iif({vio_${t}_12m} = 1, iif({vio_${t}_reported} = 1 or {vio_${t}_reported} = 2, 1, iif({vio_${t}_reported} = 3, 0, '')), '')`,
        includeIntoResult: true,
      })),
    ],
    pages: [introPage(about, 15), ...personLevelPages(), safetyPage(), violencePage(), selfCompletionPage(), trustPage(), servicesPage()],
    completedHtml: thanksHtml(),
    completedHtmlOnCondition: [{ expression: '{consent} = 2 or {resp_consent} = 2', html: refusalHtml() }],
  };
}
