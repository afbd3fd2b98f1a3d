/**
 * Builds surveys/victimization.json, the standard crime-victimization questionnaire (SurveyJS,
 * survey-core 3.0.0, eight locales). Regenerate after editing any file in this folder:
 *
 *   npx tsx surveys/src/victimization/index.ts   (or `npx tsx surveys/src/build.ts` for all of them)
 *
 * The JSON is the artifact (committed, linted, published); this generator keeps the repeated
 * crime blocks and the eight locales consistent.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { T, joinLoc } from '../i18n';
import { fill, htmlPerCountry, loc } from '../country';
import { html, page, radio, choice, type Element } from './elements';
import { INTERVIEWED, NO, PREFER_NOT, YES } from './common';
import { CRIMES, crimeElements, crimePage, personalCrimeIntro, reportedExpression, twelveMonthExpression, v } from './crimes';
import { DISABILITY_EXPRESSION, HOUSEHOLD_CALCULATED, disabilityPage, householdPage, introPage, respondentPage, selectionPage, vehiclesPage } from '../household';

function handoverPage(): Element {
  return page('handover', T('Hand-over to the respondent', 'Dorëzimi i tabletit të anketuarit', 'Predaja tableta ispitaniku', 'Predaja tableta ispitaniku', 'Предавање на таблетот на испитаникот', 'Predaja tableta ispitaniku', 'Предаја таблета испитанику'), [
    html('handover_note', T(
      '<p><b>Interviewer:</b> the next questions are answered by the respondent alone on the tablet. Say: “The next questions are about experiences that some people find difficult to talk about. Please answer them yourself on the tablet. I will not see your answers. If you prefer not to answer a question, choose ‘I prefer not to answer’. When you have finished, the answers will be locked and you can hand the tablet back to me.” Hand over the tablet and move away so that you cannot see the screen.</p>',
      '<p><b>Intervistuesi:</b> pyetjet e ardhshme i plotëson vetë i anketuari në tablet. Thoni: “Pyetjet e ardhshme kanë të bëjnë me përvoja për të cilat disa njerëz e kanë të vështirë të flasin. Ju lutemi përgjigjuni vetë në tablet. Unë nuk do t’i shoh përgjigjet tuaja. Nëse preferoni të mos i përgjigjeni një pyetjeje, zgjidhni ‘Preferoj të mos përgjigjem’. Kur të mbaroni, përgjigjet do të kyçen dhe mund të ma ktheni tabletin.” Jepini tabletin dhe largohuni që të mos e shihni ekranin.</p>',
      '<p><b>Anketar:</b> na sljedeća pitanja ispitanik odgovara sam na tabletu. Recite: „Sljedeća pitanja odnose se na iskustva o kojima je nekim ljudima teško govoriti. Molim Vas da na njih sami odgovorite na tabletu. Ja neću vidjeti Vaše odgovore. Ako ne želite odgovoriti na neko pitanje, izaberite ‘Radije ne bih odgovorio/la’. Kada završite, odgovori će biti zaključani i možete mi vratiti tablet.“ Predajte tablet i udaljite se tako da ne vidite ekran.</p>',
      '<p><b>Anketar:</b> na sljedeća pitanja ispitanik odgovara sam na tabletu. Recite: „Sljedeća se pitanja odnose na iskustva o kojima je nekim ljudima teško govoriti. Molim Vas da na njih sami odgovorite na tabletu. Ja neću vidjeti Vaše odgovore. Ako ne želite odgovoriti na neko pitanje, odaberite ‘Radije ne bih odgovorio/la’. Kada završite, odgovori će biti zaključani i možete mi vratiti tablet.” Predajte tablet i udaljite se tako da ne vidite zaslon.</p>',
      '<p><b>Анкетар:</b> на следните прашања испитаникот одговара сам на таблетот. Кажете: „Следните прашања се однесуваат на искуства за кои на некои луѓе им е тешко да зборуваат. Ве молам одговорете на нив сами на таблетот. Јас нема да ги видам вашите одговори. Ако не сакате да одговорите на некое прашање, изберете ‘Претпочитам да не одговорам’. Кога ќе завршите, одговорите ќе бидат заклучени и можете да ми го вратите таблетот.“ Предајте го таблетот и оддалечете се така што нема да го гледате екранот.</p>',
      '<p><b>Anketar:</b> na sljedeća pitanja ispitanik odgovara sam na tabletu. Recite: „Sljedeća pitanja odnose se na iskustva o kojima je nekim ljudima teško da govore. Molim Vas da na njih sami odgovorite na tabletu. Ja neću vidjeti Vaše odgovore. Ako ne želite da odgovorite na neko pitanje, izaberite ‘Radije ne bih odgovorio/la’. Kada završite, odgovori će biti zaključani i možete mi vratiti tablet.“ Predajte tablet i udaljite se tako da ne vidite ekran.</p>',
      '<p><b>Анкетар:</b> на следећа питања испитаник одговара сам на таблету. Реците: „Следећа питања односе се на искуства о којима је неким људима тешко да говоре. Молим Вас да на њих сами одговорите на таблету. Ја нећу видети Ваше одговоре. Ако не желите да одговорите на неко питање, изаберите ‘Радије не бих одговорио/ла’. Када завршите, одговори ће бити закључани и можете ми вратити таблет.“ Предајте таблет и удаљите се тако да не видите екран.</p>',
    )),
  ], INTERVIEWED);
}

/** Intimate-partner psychological and physical violence in the past 12 months (self-completion). */
function partnerViolence(): Element[] {
  const answers = [
    choice(1, YES),
    choice(2, NO),
    choice(3, T('I have not had a partner in the past 12 months', 'Nuk kam pasur partner në 12 muajt e fundit', 'Nisam imao/la partnera u posljednjih 12 mjeseci', 'Nisam imao/la partnera u posljednjih 12 mjeseci', 'Немав партнер во последните 12 месеци', 'Nijesam imao/la partnera u posljednjih 12 mjeseci', 'Нисам имао/ла партнера у последњих 12 месеци')),
    choice(9, PREFER_NOT),
  ];
  return [
    html('casi_partner_intro', T(
      '<p>The next two questions are about your current or a former partner: a husband or wife, someone you live or lived with as a couple, or a boyfriend or girlfriend.</p>',
      '<p>Dy pyetjet e ardhshme kanë të bëjnë me partnerin tuaj aktual ose një partner të mëparshëm: bashkëshortin ose bashkëshorten, dikë me të cilin jetoni ose keni jetuar si çift, ose të dashurin ose të dashurën.</p>',
      '<p>Sljedeća dva pitanja odnose se na Vašeg sadašnjeg ili bivšeg partnera: supruga ili suprugu, osobu s kojom živite ili ste živjeli kao par, ili momka ili djevojku.</p>',
      '<p>Sljedeća se dva pitanja odnose na Vašeg sadašnjeg ili bivšeg partnera: supruga ili suprugu, osobu s kojom živite ili ste živjeli kao par, ili dečka ili djevojku.</p>',
      '<p>Следните две прашања се однесуваат на вашиот сегашен или поранешен партнер: сопруг или сопруга, лице со кое живеете или сте живееле како пар, или момче или девојка.</p>',
      '<p>Sljedeća dva pitanja odnose se na Vašeg sadašnjeg ili bivšeg partnera: supruga ili suprugu, lice sa kojim živite ili ste živjeli kao par, ili momka ili djevojku.</p>',
      '<p>Следећа два питања односе се на Вашег садашњег или бившег партнера: супруга или супругу, особу са којом живите или сте живели као пар, или момка или девојку.</p>',
    )),
    radio('ipv_psych_12m', T(
      'In the past 12 months, has your current or a former partner repeatedly insulted or humiliated you, tried to control where you go or whom you see, or frightened or threatened you?',
      'Gjatë 12 muajve të fundit, a ju ka fyer ose poshtëruar vazhdimisht partneri juaj aktual ose një partner i mëparshëm, a është përpjekur të kontrollojë ku shkoni ose me kë takoheni, ose a ju ka frikësuar apo kërcënuar?',
      'Da li Vas je u posljednjih 12 mjeseci sadašnji ili bivši partner više puta vrijeđao ili ponižavao, pokušavao kontrolisati kuda idete ili s kim se viđate, ili Vas plašio ili Vam prijetio?',
      'Je li Vas u posljednjih 12 mjeseci sadašnji ili bivši partner više puta vrijeđao ili ponižavao, pokušavao kontrolirati kamo idete ili s kim se viđate, ili Vas plašio ili Vam prijetio?',
      'Во последните 12 месеци, дали вашиот сегашен или поранешен партнер повеќепати ве навредувал или понижувал, се обидувал да контролира каде одите или со кого се гледате, или ве плашел или ви се заканувал?',
      'Da li Vas je u posljednjih 12 mjeseci sadašnji ili bivši partner više puta vrijeđao ili ponižavao, pokušavao da kontroliše kuda idete ili sa kim se viđate, ili Vas plašio ili Vam prijetio?',
      'Да ли Вас је у последњих 12 месеци садашњи или бивши партнер више пута вређао или понижавао, покушавао да контролише куда идете или са ким се виђате, или Вас плашио или Вам претио?',
    ), answers),
    radio('ipv_physical_12m', T(
      'In the past 12 months, has your current or a former partner pushed, slapped, hit or kicked you, or used any other physical force against you?',
      'Gjatë 12 muajve të fundit, a ju ka shtyrë, ju ka rënë me shuplakë, ju ka goditur ose ju ka shkelmuar partneri juaj aktual ose një partner i mëparshëm, ose a ka përdorur ndonjë forcë tjetër fizike kundër jush?',
      'Da li Vas je u posljednjih 12 mjeseci sadašnji ili bivši partner gurnuo, ošamario, udario ili šutnuo, ili na neki drugi način upotrijebio fizičku silu protiv Vas?',
      'Je li Vas u posljednjih 12 mjeseci sadašnji ili bivši partner gurnuo, ošamario, udario ili udario nogom, ili na neki drugi način upotrijebio fizičku silu protiv Vas?',
      'Во последните 12 месеци, дали вашиот сегашен или поранешен партнер ве турнал, ви удрил шамар, ве удрил или ве клоцнал, или на некој друг начин употребил физичка сила против вас?',
      'Da li Vas je u posljednjih 12 mjeseci sadašnji ili bivši partner gurnuo, ošamario, udario ili šutnuo, ili na neki drugi način upotrijebio fizičku silu protiv Vas?',
      'Да ли Вас је у последњих 12 месеци садашњи или бивши партнер гурнуо, ошамарио, ударио или шутнуо, или на неки други начин употребио физичку силу против Вас?',
    ), answers),
  ];
}

/** The helpline note of the self-completion block; %HELPLINE% is filled from the country profile. */
const CASI_HELP = T(
      '<p>If you would like to talk to someone about such experiences, you can call the free and confidential helpline %HELPLINE%. When you have finished, please hand the tablet back to the interviewer.</p>',
      '<p>Nëse dëshironi të flisni me dikë për përvoja të tilla, mund të telefononi linjën falas dhe konfidenciale të ndihmës %HELPLINE%. Kur të mbaroni, ju lutemi ia ktheni tabletin intervistuesit.</p>',
      '<p>Ako želite s nekim razgovarati o takvim iskustvima, možete nazvati besplatnu i povjerljivu liniju za pomoć %HELPLINE%. Kada završite, molimo vratite tablet anketaru.</p>',
      '<p>Ako želite s nekim razgovarati o takvim iskustvima, možete nazvati besplatnu i povjerljivu liniju za pomoć %HELPLINE%. Kada završite, molimo vratite tablet anketaru.</p>',
      '<p>Ако сакате да разговарате со некого за ваквите искуства, можете да се јавите на бесплатната и доверлива линија за помош %HELPLINE%. Кога ќе завршите, ве молиме вратете му го таблетот на анкетарот.</p>',
      '<p>Ako želite da s nekim razgovarate o takvim iskustvima, možete pozvati besplatnu i povjerljivu liniju za pomoć %HELPLINE%. Kada završite, molimo vratite tablet anketaru.</p>',
      '<p>Ако желите да са неким разговарате о таквим искуствима, можете позвати бесплатну и поверљиву линију за помоћ %HELPLINE%. Када завршите, молимо вратите таблет анкетару.</p>',
);

/** The self-completion block: page name starts with `casi_` (the app hands over and locks it). */
function casiPage(): Element {
  const sexual = CRIMES.find((c) => c.mode === 'casi');
  if (!sexual) throw new Error('the crime list has no self-completion crime');
  return page('casi_sexual', T('Questions for you to answer yourself', 'Pyetje që i plotësoni vetë', 'Pitanja na koja odgovarate sami', 'Pitanja na koja odgovarate sami', 'Прашања на кои одговарате сами', 'Pitanja na koja odgovarate sami', 'Питања на која одговарате сами'), [
    html('casi_intro', T(
      '<p>These questions are about unwanted sexual experiences. They may be difficult, but your answers help to understand how common such experiences are and how to support people who have had them. Your answers are confidential; the interviewer will not see them.</p>',
      '<p>Këto pyetje kanë të bëjnë me përvoja seksuale të padëshiruara. Mund të jenë të vështira, por përgjigjet tuaja ndihmojnë për të kuptuar sa të shpeshta janë përvoja të tilla dhe si të mbështeten njerëzit që i kanë përjetuar. Përgjigjet tuaja janë konfidenciale; intervistuesi nuk do t’i shohë.</p>',
      '<p>Ova pitanja odnose se na neželjena seksualna iskustva. Mogu biti teška, ali Vaši odgovori pomažu da se razumije koliko su takva iskustva česta i kako pružiti podršku osobama koje su ih doživjele. Vaši odgovori su povjerljivi; anketar ih neće vidjeti.</p>',
      '<p>Ova se pitanja odnose na neželjena seksualna iskustva. Mogu biti teška, ali Vaši odgovori pomažu razumjeti koliko su takva iskustva česta i kako pružiti podršku osobama koje su ih doživjele. Vaši su odgovori povjerljivi; anketar ih neće vidjeti.</p>',
      '<p>Овие прашања се однесуваат на несакани сексуални искуства. Можеби се тешки, но вашите одговори помагаат да се разбере колку се чести ваквите искуства и како да се поддржат луѓето што ги доживеале. Вашите одговори се доверливи; анкетарот нема да ги види.</p>',
      '<p>Ova pitanja odnose se na neželjena seksualna iskustva. Mogu biti teška, ali Vaši odgovori pomažu da se razumije koliko su takva iskustva česta i kako pružiti podršku licima koja su ih doživjela. Vaši odgovori su povjerljivi; anketar ih neće vidjeti.</p>',
      '<p>Ова питања односе се на нежељена сексуална искуства. Могу бити тешка, али Ваши одговори помажу да се разуме колико су таква искуства честа и како пружити подршку лицима која су их доживела. Ваши одговори су поверљиви; анкетар их неће видети.</p>',
    )),
    ...crimeElements(sexual),
    ...partnerViolence(),
    ...htmlPerCountry('casi_help', (p) => fill(CASI_HELP, { HELPLINE: joinLoc([p.helpline.number, ' (', loc(p.helpline.name), ')']) })),
  ], INTERVIEWED);
}

function closingPage(): Element {
  return page('closing', T('End of the interview', 'Fundi i intervistës', 'Kraj intervjua', 'Kraj razgovora', 'Крај на интервјуто', 'Kraj intervjua', 'Крај интервјуа'), [
    html('closing_note', T(
      '<p><b>Interviewer:</b> take the tablet back. Thank the respondent for his or her time.</p>',
      '<p><b>Intervistuesi:</b> merreni tabletin. Falënderojeni të anketuarin për kohën e tij ose të saj.</p>',
      '<p><b>Anketar:</b> preuzmite tablet. Zahvalite ispitaniku na izdvojenom vremenu.</p>',
      '<p><b>Anketar:</b> preuzmite tablet. Zahvalite ispitaniku na izdvojenom vremenu.</p>',
      '<p><b>Анкетар:</b> земете го таблетот назад. Заблагодарете му се на испитаникот за одвоеното време.</p>',
      '<p><b>Anketar:</b> preuzmite tablet. Zahvalite ispitaniku na izdvojenom vremenu.</p>',
      '<p><b>Анкетар:</b> преузмите таблет. Захвалите испитанику на издвојеном времену.</p>',
    )),
    radio(
      'int_others_present',
      T(
        'Interviewer: was anyone else present while the respondent answered the self-completion questions?',
        'Intervistuesi: a ishte i pranishëm dikush tjetër ndërsa i anketuari u përgjigjej vetë pyetjeve?',
        'Anketar: da li je još neko bio prisutan dok je ispitanik sam odgovarao na pitanja?',
        'Anketar: je li još netko bio prisutan dok je ispitanik sam odgovarao na pitanja?',
        'Анкетар: дали некој друг беше присутен додека испитаникот сам одговараше на прашањата?',
        'Anketar: da li je još neko bio prisutan dok je ispitanik sam odgovarao na pitanja?',
        'Анкетар: да ли је још неко био присутан док је испитаник сам одговарао на питања?',
      ),
      [
        choice(1, T('No, nobody else', 'Jo, askush tjetër', 'Ne, niko drugi', 'Ne, nitko drugi', 'Не, никој друг', 'Ne, niko drugi', 'Не, нико други')),
        choice(2, T('Yes, spouse or partner', 'Po, bashkëshorti/ja ose partneri/ja', 'Da, supružnik ili partner', 'Da, bračni ili izvanbračni partner', 'Да, сопружник или партнер', 'Da, supružnik ili partner', 'Да, супружник или партнер')),
        choice(3, T('Yes, other adults', 'Po, të rritur të tjerë', 'Da, druge odrasle osobe', 'Da, druge odrasle osobe', 'Да, други возрасни лица', 'Da, druga odrasla lica', 'Да, друга одрасла лица')),
        choice(4, T('Yes, children only', 'Po, vetëm fëmijë', 'Da, samo djeca', 'Da, samo djeca', 'Да, само деца', 'Da, samo djeca', 'Да, само деца')),
      ],
    ),
  ], INTERVIEWED);
}

export function buildVictimization(): Element {
  const household = CRIMES.filter((c) => c.scope === 'household' && c.mode === 'capi');
  const personal = CRIMES.filter((c) => c.scope === 'personal' && c.mode === 'capi');
  const calculatedValues = [
    { name: 'disability', expression: DISABILITY_EXPRESSION, includeIntoResult: true },
    ...HOUSEHOLD_CALCULATED,
    ...CRIMES.flatMap((crime) => [
      { name: v(crime, '12m'), expression: twelveMonthExpression(crime), includeIntoResult: true },
      { name: v(crime, 'rep_comp'), expression: reportedExpression(crime), includeIntoResult: true },
    ]),
  ];
  return {
    title: T(
      'Crime victimization survey',
      'Anketa e viktimizimit nga krimi',
      'Anketa o viktimizaciji kriminalom',
      'Istraživanje o viktimizaciji kaznenim djelima',
      'Анкета за виктимизација од криминал',
      'Anketa o viktimizaciji kriminalom',
      'Анкета о виктимизацији криминалом',
    ),
    showQuestionNumbers: 'off',
    calculatedValues,
    completedHtml: T(
      '<h3>Thank you.</h3><p>The interview is complete. Thank you for your time and help.</p>',
      '<h3>Faleminderit.</h3><p>Intervista përfundoi. Ju faleminderit për kohën dhe ndihmën tuaj.</p>',
      '<h3>Hvala.</h3><p>Intervju je završen. Hvala Vam na vremenu i pomoći.</p>',
      '<h3>Hvala.</h3><p>Razgovor je završen. Hvala Vam na vremenu i pomoći.</p>',
      '<h3>Ви благодариме.</h3><p>Интервјуто заврши. Ви благодариме за вашето време и помош.</p>',
      '<h3>Hvala.</h3><p>Intervju je završen. Hvala Vam na vremenu i pomoći.</p>',
      '<h3>Хвала.</h3><p>Интервју је завршен. Хвала Вам на времену и помоћи.</p>',
    ),
    completedHtmlOnCondition: [
      {
        expression: '{consent} = 2 or {resp_consent} = 2',
        html: T(
          '<h3>No interview</h3><p>Consent was not given. Thank the person politely for their time and record the outcome on the assignment.</p>',
          '<h3>Pa intervistë</h3><p>Nuk u dha pëlqimi. Falënderojeni personin me mirësjellje për kohën dhe shënoni rezultatin në detyrë.</p>',
          '<h3>Intervju nije obavljen</h3><p>Pristanak nije dat. Ljubazno se zahvalite osobi na vremenu i upišite ishod u zadatak.</p>',
          '<h3>Razgovor nije proveden</h3><p>Pristanak nije dan. Ljubazno se zahvalite osobi na vremenu i upišite ishod u zadatak.</p>',
          '<h3>Интервјуто не е спроведено</h3><p>Не беше дадена согласност. Љубезно заблагодарете му се на лицето за времето и запишете го исходот во задачата.</p>',
          '<h3>Intervju nije obavljen</h3><p>Pristanak nije dat. Ljubazno se zahvalite licu na vremenu i upišite ishod u zadatak.</p>',
          '<h3>Интервју није обављен</h3><p>Пристанак није дат. Љубазно се захвалите лицу на времену и упишите исход у задатак.</p>',
        ),
      },
    ],
    pages: [
      introPage(),
      householdPage(),
      selectionPage(),
      respondentPage(),
      disabilityPage(),
      vehiclesPage(),
      ...household.map((crime) => crimePage(crime)),
      ...personal.map((crime, i) => crimePage(crime, i === 0 ? [personalCrimeIntro()] : [])),
      handoverPage(),
      casiPage(),
      closingPage(),
    ],
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = new URL('../../victimization.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(buildVictimization(), null, 2)}\n`);
  console.log(`wrote ${fileURLToPath(out)}`);
}
