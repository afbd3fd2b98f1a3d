/**
 * safety.json — feeling of safety (SDG 16.1.4), violence in the past 12 months (16.1.3: physical,
 * psychological = threat, sexual — the last in a self-completion page), reporting to competent
 * authorities (16.3.1), trust in institutions and satisfaction with public services (16.6.2).
 */
import { T, type Loc } from './i18n';
import { fill } from './country';
import { uiWord } from './ui-words';
import { choice, comment, DONT_KNOW, flag, html, NO, page, PREFER_NOT, radio, REFUSED, YES, yesNo, type Choice, type Element } from './elements';
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

export const SERVICES: [string, Loc, Loc][] = [
  [
    'health',
    T(
      'In the past 12 months, have you used public primary health care services (a family doctor or a health centre)?',
      'Në 12 muajt e fundit, a keni përdorur shërbimet publike të kujdesit shëndetësor parësor (mjekun e familjes ose qendrën shëndetësore)?',
      'Da li ste u posljednjih 12 mjeseci koristili usluge javne primarne zdravstvene zaštite (porodični ljekar ili dom zdravlja)?',
      'Jeste li u posljednjih 12 mjeseci koristili usluge javne primarne zdravstvene zaštite (obiteljski liječnik ili dom zdravlja)?',
      'Дали во последните 12 месеци користевте услуги од јавната примарна здравствена заштита (матичен лекар или здравствен дом)?',
      'Da li ste u posljednjih 12 mjeseci koristili usluge javne primarne zdravstvene zaštite (izabrani doktor ili dom zdravlja)?',
      'Да ли сте у последњих 12 месеци користили услуге јавне примарне здравствене заштите (изабрани лекар или дом здравља)?',
    ),
    T(
      'Overall, how satisfied were you with your last experience of public primary health care?',
      'Në përgjithësi, sa të kënaqur ishit me përvojën tuaj të fundit me kujdesin shëndetësor parësor publik?',
      'Sveukupno, koliko ste bili zadovoljni svojim posljednjim iskustvom s javnom primarnom zdravstvenom zaštitom?',
      'Sveukupno, koliko ste bili zadovoljni svojim posljednjim iskustvom s javnom primarnom zdravstvenom zaštitom?',
      'Генерално, колку бевте задоволни од вашето последно искуство со јавната примарна здравствена заштита?',
      'Sveukupno, koliko ste bili zadovoljni svojim posljednjim iskustvom s javnom primarnom zdravstvenom zaštitom?',
      'Све у свему, колико сте били задовољни својим последњим искуством са јавном примарном здравственом заштитом?',
    ),
  ],
  [
    'education',
    T(
      'In the past 12 months, did you or a child in your household attend a public primary or secondary school?',
      'Në 12 muajt e fundit, a keni ndjekur ju ose një fëmijë i familjes suaj një shkollë publike fillore ose të mesme?',
      'Da li ste u posljednjih 12 mjeseci vi ili dijete iz vašeg domaćinstva pohađali javnu osnovnu ili srednju školu?',
      'Jeste li u posljednjih 12 mjeseci vi ili dijete iz vašeg kućanstva pohađali javnu osnovnu ili srednju školu?',
      'Дали во последните 12 месеци вие или дете од вашето домаќинство посетувавте јавно основно или средно училиште?',
      'Da li ste u posljednjih 12 mjeseci vi ili dijete iz vašeg domaćinstva pohađali javnu osnovnu ili srednju školu?',
      'Да ли сте у последњих 12 месеци ви или дете из вашег домаћинства похађали јавну основну или средњу школу?',
    ),
    T(
      'Overall, how satisfied are you with that public primary or secondary school?',
      'Në përgjithësi, sa të kënaqur jeni me atë shkollë publike fillore ose të mesme?',
      'Sveukupno, koliko ste zadovoljni tom javnom osnovnom ili srednjom školom?',
      'Sveukupno, koliko ste zadovoljni tom javnom osnovnom ili srednjom školom?',
      'Генерално, колку сте задоволни од тоа јавно основно или средно училиште?',
      'Sveukupno, koliko ste zadovoljni tom javnom osnovnom ili srednjom školom?',
      'Све у свему, колико сте задовољни том јавном основном или средњом школом?',
    ),
  ],
  [
    'govdocs',
    T(
      'In the past 12 months, have you applied for an identity document or a civil registration document (birth, marriage or death certificate)?',
      'Në 12 muajt e fundit, a keni aplikuar për një dokument identifikimi ose për një dokument të gjendjes civile (certifikatë lindjeje, martese ose vdekjeje)?',
      'Da li ste u posljednjih 12 mjeseci podnijeli zahtjev za lični dokument ili dokument iz matičnih knjiga (izvod iz matične knjige rođenih, vjenčanih ili umrlih)?',
      'Jeste li u posljednjih 12 mjeseci podnijeli zahtjev za osobnu ispravu ili dokument iz matičnih knjiga (izvadak iz matice rođenih, vjenčanih ili umrlih)?',
      'Дали во последните 12 месеци поднесовте барање за лична исправа или за документ од матичната евиденција (извод од матична книга на родени, венчани или умрени)?',
      'Da li ste u posljednjih 12 mjeseci podnijeli zahtjev za lični dokument ili dokument iz matičnih registara (izvod iz registra rođenih, vjenčanih ili umrlih)?',
      'Да ли сте у последњих 12 месеци поднели захтев за лични документ или документ из матичних књига (извод из матичне књиге рођених, венчаних или умрлих)?',
    ),
    T(
      'Overall, how satisfied were you with the service the last time you obtained such a document?',
      'Në përgjithësi, sa të kënaqur ishit me shërbimin herën e fundit që morët një dokument të tillë?',
      'Sveukupno, koliko ste bili zadovoljni uslugom posljednji put kada ste pribavljali takav dokument?',
      'Sveukupno, koliko ste bili zadovoljni uslugom posljednji put kada ste pribavljali takav dokument?',
      'Генерално, колку бевте задоволни од услугата последниот пат кога прибавувавте таков документ?',
      'Sveukupno, koliko ste bili zadovoljni uslugom posljednji put kada ste pribavljali takav dokument?',
      'Све у свему, колико сте били задовољни услугом последњи пут када сте прибављали такав документ?',
    ),
  ],
];

const AGREE_INTRO = T(
  '<p>Thinking of your last experience, do you agree or disagree with each of the following statements? (Do not read out “don’t know”.)</p>',
  '<p>Duke menduar për përvojën tuaj të fundit, a jeni dakord apo jo me secilin nga pohimet e mëposhtme? (Mos e lexoni “nuk e di”.)</p>',
  '<p>Razmišljajući o svom posljednjem iskustvu, da li se slažete ili ne slažete sa svakom od sljedećih tvrdnji? (Ne čitati „ne zna”.)</p>',
  '<p>Razmišljajući o svojem posljednjem iskustvu, slažete li se ili ne slažete sa svakom od sljedećih tvrdnji? (Ne čitati „ne zna”.)</p>',
  '<p>Размислувајќи за вашето последно искуство, дали се согласувате или не се согласувате со секоја од следните изјави? (Не се чита „не знае”.)</p>',
  '<p>Razmišljajući o svom posljednjem iskustvu, da li se slažete ili ne slažete sa svakom od sljedećih tvrdnji? (Ne čitati „ne zna”.)</p>',
  '<p>Размишљајући о свом последњем искуству, да ли се слажете или не слажете са сваком од следећих тврдњи? (Не читати „не зна”.)</p>',
);

/** 16.6.2: four points without a midpoint; "don't know" is recorded but not read out. */
const agreement = (): Choice[] => [
  choice(1, T('Strongly agree', 'Plotësisht dakord', 'U potpunosti se slažem', 'U potpunosti se slažem', 'Целосно се согласувам', 'U potpunosti se slažem', 'У потпуности се слажем')),
  choice(2, T('Agree', 'Dakord', 'Slažem se', 'Slažem se', 'Се согласувам', 'Slažem se', 'Слажем се')),
  choice(3, T('Disagree', 'Nuk jam dakord', 'Ne slažem se', 'Ne slažem se', 'Не се согласувам', 'Ne slažem se', 'Не слажем се')),
  choice(4, T('Strongly disagree', 'Aspak dakord', 'Uopće se ne slažem', 'Uopće se ne slažem', 'Воопшто не се согласувам', 'Uopšte se ne slažem', 'Уопште се не слажем')),
  choice(8, DONT_KNOW),
];

const EQUAL = T(
  'All people are treated equally in receiving this service in your area.',
  'Të gjithë njerëzit trajtohen njësoj në marrjen e këtij shërbimi në zonën tuaj.',
  'Svi ljudi se u vašem mjestu jednako tretiraju pri korištenju ove usluge.',
  'Svi se ljudi u vašem mjestu jednako tretiraju pri korištenju ove usluge.',
  'Сите луѓе во вашето место се третираат еднакво при користењето на оваа услуга.',
  'Svi ljudi se u vašem mjestu jednako tretiraju pri korišćenju ove usluge.',
  'Сви људи се у вашем месту једнако третирају при коришћењу ове услуге.',
);

/** The five 16.6.2 attributes asked of each service's users: `svc_{s}_{attribute}`, 1–4 agreement, 8 DK. */
export const SERVICE_ATTRIBUTES: Record<string, [string, Loc][]> = {
  health: [
    ['access', T('The health centre or doctor’s office was easy to reach.', 'Qendra shëndetësore ose ambulanca ishte e lehtë për t’u arritur.', 'Do doma zdravlja ili ordinacije bilo je lako doći.', 'Do doma zdravlja ili ordinacije bilo je lako doći.', 'До здравствениот дом или ординацијата беше лесно да се стигне.', 'Do doma zdravlja ili ordinacije bilo je lako doći.', 'До дома здравља или ординације било је лако доћи.')],
    ['afford', T('The costs of the care were affordable for your household.', 'Shpenzimet për kujdesin ishin të përballueshme për familjen tuaj.', 'Troškovi liječenja bili su prihvatljivi za vaše domaćinstvo.', 'Troškovi liječenja bili su prihvatljivi za vaše kućanstvo.', 'Трошоците за лекувањето беа прифатливи за вашето домаќинство.', 'Troškovi liječenja bili su prihvatljivi za vaše domaćinstvo.', 'Трошкови лечења били су прихватљиви за ваше домаћинство.')],
    ['facility', T('The facility was clean and in good condition.', 'Objekti ishte i pastër dhe në gjendje të mirë.', 'Prostorije su bile čiste i u dobrom stanju.', 'Prostorije su bile čiste i u dobrom stanju.', 'Просториите беа чисти и во добра состојба.', 'Prostorije su bile čiste i u dobrom stanju.', 'Просторије су биле чисте и у добром стању.')],
    ['equal', EQUAL],
    ['courtesy', T('The doctor and other staff were courteous and treated you with respect.', 'Mjeku dhe stafi tjetër ishin të sjellshëm dhe ju trajtuan me respekt.', 'Ljekar i ostalo osoblje bili su ljubazni i odnosili su se prema vama s poštovanjem.', 'Liječnik i ostalo osoblje bili su ljubazni i odnosili su se prema vama s poštovanjem.', 'Лекарот и другиот персонал беа љубезни и се однесуваа кон вас со почит.', 'Ljekar i ostalo osoblje bili su ljubazni i odnosili su se prema vama s poštovanjem.', 'Лекар и остало особље били су љубазни и односили су се према вама с поштовањем.')],
  ],
  education: [
    ['access', T('The school is easy to reach.', 'Shkolla është e lehtë për t’u arritur.', 'Do škole je lako doći.', 'Do škole je lako doći.', 'До училиштето е лесно да се стигне.', 'Do škole je lako doći.', 'До школе је лако доћи.')],
    ['afford', T('School costs (books, materials, transport) are affordable for your household.', 'Shpenzimet shkollore (libra, materiale, transport) janë të përballueshme për familjen tuaj.', 'Troškovi školovanja (knjige, pribor, prevoz) prihvatljivi su za vaše domaćinstvo.', 'Troškovi školovanja (knjige, pribor, prijevoz) prihvatljivi su za vaše kućanstvo.', 'Трошоците за школување (книги, прибор, превоз) се прифатливи за вашето домаќинство.', 'Troškovi školovanja (knjige, pribor, prevoz) prihvatljivi su za vaše domaćinstvo.', 'Трошкови школовања (књиге, прибор, превоз) прихватљиви су за ваше домаћинство.')],
    ['facility', T('The school building and classrooms are in good condition.', 'Ndërtesa dhe klasat e shkollës janë në gjendje të mirë.', 'Školska zgrada i učionice su u dobrom stanju.', 'Školska zgrada i učionice su u dobrom stanju.', 'Училишната зграда и училниците се во добра состојба.', 'Školska zgrada i učionice su u dobrom stanju.', 'Школска зграда и учионице су у добром стању.')],
    ['equal', EQUAL],
    ['teaching', T('The teaching is of good quality: pupils learn what they need.', 'Mësimdhënia është cilësore: nxënësit mësojnë atë që u nevojitet.', 'Nastava je kvalitetna: učenici uče ono što im je potrebno.', 'Nastava je kvalitetna: učenici uče ono što im je potrebno.', 'Наставата е квалитетна: учениците го учат она што им е потребно.', 'Nastava je kvalitetna: učenici uče ono što im je potrebno.', 'Настава је квалитетна: ученици уче оно што им је потребно.')],
  ],
  govdocs: [
    ['access', T('The office was easy to reach (or the service easy to use online).', 'Zyra ishte e lehtë për t’u arritur (ose shërbimi ishte i lehtë për t’u përdorur në internet).', 'Do šaltera je bilo lako doći (ili je uslugu bilo lako koristiti putem interneta).', 'Do šaltera je bilo lako doći (ili je uslugu bilo lako koristiti putem interneta).', 'До шалтерот беше лесно да се стигне (или услугата беше лесна за користење преку интернет).', 'Do šaltera je bilo lako doći (ili je uslugu bilo lako koristiti putem interneta).', 'До шалтера је било лако доћи (или је услугу било лако користити путем интернета).')],
    ['afford', T('The fees were affordable for your household.', 'Tarifat ishin të përballueshme për familjen tuaj.', 'Takse su bile prihvatljive za vaše domaćinstvo.', 'Pristojbe su bile prihvatljive za vaše kućanstvo.', 'Таксите беа прифатливи за вашето домаќинство.', 'Takse su bile prihvatljive za vaše domaćinstvo.', 'Таксе су биле прихватљиве за ваше домаћинство.')],
    ['process', T('The procedure was simple and easy to understand.', 'Procedura ishte e thjeshtë dhe e lehtë për t’u kuptuar.', 'Postupak je bio jednostavan i lako razumljiv.', 'Postupak je bio jednostavan i lako razumljiv.', 'Постапката беше едноставна и лесно разбирлива.', 'Postupak je bio jednostavan i lako razumljiv.', 'Поступак је био једноставан и лако разумљив.')],
    ['equal', EQUAL],
    ['timely', T('The time it took to obtain the document was reasonable.', 'Koha që u desh për të marrë dokumentin ishte e arsyeshme.', 'Vrijeme potrebno za dobijanje dokumenta bilo je razumno.', 'Vrijeme potrebno za dobivanje dokumenta bilo je razumno.', 'Времето потребно за добивање на документот беше разумно.', 'Vrijeme potrebno za dobijanje dokumenta bilo je razumno.', 'Време потребно за добијање документа било је разумно.')],
  ],
};

function servicesPage(): Element {
  const satisfaction = (): Choice[] => [
    choice(1, T('Very satisfied', 'Shumë i/e kënaqur', 'Veoma zadovoljan/na', 'Vrlo zadovoljan/na', 'Многу задоволен/на', 'Veoma zadovoljan/na', 'Веома задовољан/на')),
    choice(2, T('Satisfied', 'I/e kënaqur', 'Zadovoljan/na', 'Zadovoljan/na', 'Задоволен/на', 'Zadovoljan/na', 'Задовољан/на')),
    choice(3, T('Dissatisfied', 'I/e pakënaqur', 'Nezadovoljan/na', 'Nezadovoljan/na', 'Незадоволен/на', 'Nezadovoljan/na', 'Незадовољан/на')),
    choice(4, T('Very dissatisfied', 'Shumë i/e pakënaqur', 'Veoma nezadovoljan/na', 'Vrlo nezadovoljan/na', 'Многу незадоволен/на', 'Veoma nezadovoljan/na', 'Веома незадовољан/на')),
    choice(8, DONT_KNOW),
  ];
  return page(
    'services',
    T('Public services', 'Shërbimet publike', 'Javne usluge', 'Javne usluge', 'Јавни услуги', 'Javne usluge', 'Јавне услуге'),
    SERVICES.flatMap(([s, used, sat]) => {
      const user = `{svc_${s}_used} = 1`;
      return [
        radio(`svc_${s}_used`, used, yesNo()),
        html(`svc_${s}_statements`, AGREE_INTRO, user),
        ...SERVICE_ATTRIBUTES[s].map(([attribute, statement]) => radio(`svc_${s}_${attribute}`, statement, agreement(), { visibleIf: user })),
        radio(`svc_${s}_sat`, sat, satisfaction(), { visibleIf: user }),
      ];
    }),
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
