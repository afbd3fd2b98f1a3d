/**
 * SDG 16.6.2 — satisfaction with the last experience of public services, as the UN metadata
 * (UNDP Oslo Governance Centre, 2021-04-19) defines it: four service areas (primary health care;
 * public primary and public secondary education, computed separately; government services = ID
 * documents and civil registration), each asked only of its users in the past 12 months, with the
 * metadata's five attribute statements ("strongly agree" … "strongly disagree") and then overall
 * satisfaction ("very satisfied" … "very dissatisfied"). Four points, no midpoint; "don't know" and
 * "refused" are recorded but not read out, and the indicators leave them out of every share.
 *
 * Variables: `svc_{s}_used`, `svc_{s}_{attribute}`, `svc_{s}_sat` (surveys/VARIABLES.md). An
 * attribute id means one metadata attribute wherever it is asked (`delivery` is "effective
 * delivery of service" in education and in government services alike).
 */
import { T, type Loc } from './i18n';
import { choice, DONT_KNOW, html, page, radio, REFUSED, yesNo, type Choice, type Element } from './elements';
import { INTERVIEWED } from './respondent';

/** The attributes of the metadata (section 2.a), by the id used in variable names. */
export const ATTRIBUTE_NAMES = {
  access: 'Accessibility',
  afford: 'Affordability',
  facility: 'Quality of facilities',
  equal: 'Equal treatment for everyone',
  courtesy: 'Courtesy and treatment',
  delivery: 'Effective delivery of service',
  timely: 'Timeliness',
} as const;
export type Attribute = keyof typeof ATTRIBUTE_NAMES;

export interface Service {
  /** `s` in the variable names. */
  readonly id: string;
  /** The metadata's name of the service area. */
  readonly name: string;
  /** Screening: used the service in the past 12 months (1 yes, 2 no). */
  readonly used: Loc;
  readonly usedNote?: Loc;
  /** The five attribute statements, in the metadata's order. */
  readonly attributes: readonly (readonly [Attribute, Loc])[];
  /** Overall satisfaction with the last experience. */
  readonly satisfied: Loc;
}

const EQUAL = T(
  'All people are treated equally in receiving this service in your area.',
  'Të gjithë njerëzit trajtohen njësoj në marrjen e këtij shërbimi në zonën tuaj.',
  'Svi ljudi se u vašem naselju jednako tretiraju pri korištenju ove usluge.',
  'Svi se ljudi u vašem naselju jednako tretiraju pri korištenju ove usluge.',
  'Сите луѓе во вашата околина се третираат еднакво при користењето на оваа услуга.',
  'Svi ljudi se u vašem naselju jednako tretiraju pri korišćenju ove usluge.',
  'Сви људи се у вашем насељу једнако третирају при коришћењу ове услуге.',
);

const ACCESS_SCHOOL = T(
  'The school can be reached in less than 30 minutes without difficulty (on foot or by transport).',
  'Shkolla mund të arrihet për më pak se 30 minuta pa vështirësi (në këmbë ose me transport).',
  'Do škole se može doći za manje od 30 minuta bez poteškoća (pješice ili prevozom).',
  'Do škole se može doći za manje od 30 minuta bez poteškoća (pješice ili prijevozom).',
  'До училиштето може да се стигне за помалку од 30 минути без тешкотии (пешки или со превоз).',
  'Do škole se može doći za manje od 30 minuta bez poteškoća (pješice ili prevozom).',
  'До школе се може доћи за мање од 30 минута без потешкоћа (пешице или превозом).',
);
const EQUAL_SCHOOL = T(
  'All children are treated equally in this school.',
  'Të gjithë fëmijët trajtohen njësoj në këtë shkollë.',
  'Sva djeca se u ovoj školi jednako tretiraju.',
  'Sva se djeca u ovoj školi jednako tretiraju.',
  'Сите деца во ова училиште се третираат еднакво.',
  'Sva djeca se u ovoj školi jednako tretiraju.',
  'Сва деца се у овој школи једнако третирају.',
);

/** Education: the same five statements about the school, asked separately for each level. */
const SCHOOL_ATTRIBUTES: readonly (readonly [Attribute, Loc])[] = [
  ['access', ACCESS_SCHOOL],
  ['afford', T('School costs (books, materials, transport) are affordable for your household.', 'Shpenzimet shkollore (libra, materiale, transport) janë të përballueshme për familjen tuaj.', 'Troškovi školovanja (knjige, pribor, prevoz) prihvatljivi su za vaše domaćinstvo.', 'Troškovi školovanja (knjige, pribor, prijevoz) prihvatljivi su za vaše kućanstvo.', 'Трошоците за школување (книги, прибор, превоз) се прифатливи за вашето домаќинство.', 'Troškovi školovanja (knjige, pribor, prevoz) prihvatljivi su za vaše domaćinstvo.', 'Трошкови школовања (књиге, прибор, превоз) прихватљиви су за ваше домаћинство.')],
  ['facility', T('The school building and classrooms are in good condition.', 'Ndërtesa dhe klasat e shkollës janë në gjendje të mirë.', 'Školska zgrada i učionice su u dobrom stanju.', 'Školska zgrada i učionice su u dobrom stanju.', 'Училишната зграда и училниците се во добра состојба.', 'Školska zgrada i učionice su u dobrom stanju.', 'Школска зграда и учионице су у добром стању.')],
  ['equal', EQUAL_SCHOOL],
  ['delivery', T('The teaching is of good quality: pupils learn what they need.', 'Mësimdhënia është cilësore: nxënësit mësojnë atë që u nevojitet.', 'Nastava je kvalitetna: učenici uče ono što im je potrebno.', 'Nastava je kvalitetna: učenici uče ono što im je potrebno.', 'Наставата е квалитетна: учениците го учат она што им е потребно.', 'Nastava je kvalitetna: učenici uče ono što im je potrebno.', 'Настава је квалитетна: ученици уче оно што им је потребно.')],
];

export const SERVICES: readonly Service[] = [
  {
    id: 'health',
    name: 'Primary health care',
    used: T(
      'In the past 12 months, have you used public primary health care services (a family doctor or a health centre)?',
      'Në 12 muajt e fundit, a keni përdorur shërbimet publike të kujdesit shëndetësor parësor (mjekun e familjes ose qendrën shëndetësore)?',
      'Da li ste u posljednjih 12 mjeseci koristili usluge javne primarne zdravstvene zaštite (porodični ljekar ili dom zdravlja)?',
      'Jeste li u posljednjih 12 mjeseci koristili usluge javne primarne zdravstvene zaštite (obiteljski liječnik ili dom zdravlja)?',
      'Дали во последните 12 месеци користевте услуги од јавната примарна здравствена заштита (матичен лекар или здравствен дом)?',
      'Da li ste u posljednjih 12 mjeseci koristili usluge javne primarne zdravstvene zaštite (izabrani doktor ili dom zdravlja)?',
      'Да ли сте у последњих 12 месеци користили услуге јавне примарне здравствене заштите (изабрани лекар или дом здравља)?',
    ),
    usedNote: T(
      'Include the care of a child of your household whom you accompanied. Do not count hospital, specialist or dental care.',
      'Përfshini edhe kujdesin për një fëmijë të familjes suaj që e keni shoqëruar. Mos numëroni kujdesin spitalor, specialistik ose dentar.',
      'Uključite i liječenje djeteta iz vašeg domaćinstva koje ste pratili. Ne računajte bolničko, specijalističko ni stomatološko liječenje.',
      'Uključite i liječenje djeteta iz vašeg kućanstva koje ste pratili. Ne računajte bolničko, specijalističko ni stomatološko liječenje.',
      'Вклучете го и лекувањето на дете од вашето домаќинство што сте го придружувале. Не сметајте болничко, специјалистичко ни стоматолошко лекување.',
      'Uključite i liječenje djeteta iz vašeg domaćinstva koje ste pratili. Ne računajte bolničko, specijalističko ni stomatološko liječenje.',
      'Укључите и лечење детета из вашег домаћинства које сте пратили. Не рачунајте болничко, специјалистичко ни стоматолошко лечење.',
    ),
    attributes: [
      ['access', T('The health centre or doctor’s office was easy to reach.', 'Qendra shëndetësore ose ambulanca ishte e lehtë për t’u arritur.', 'Do doma zdravlja ili ordinacije bilo je lako doći.', 'Do doma zdravlja ili ordinacije bilo je lako doći.', 'До здравствениот дом или ординацијата беше лесно да се стигне.', 'Do doma zdravlja ili ordinacije bilo je lako doći.', 'До дома здравља или ординације било је лако доћи.')],
      ['afford', T('The costs of the care were affordable for your household.', 'Shpenzimet për kujdesin ishin të përballueshme për familjen tuaj.', 'Troškovi liječenja bili su prihvatljivi za vaše domaćinstvo.', 'Troškovi liječenja bili su prihvatljivi za vaše kućanstvo.', 'Трошоците за лекувањето беа прифатливи за вашето домаќинство.', 'Troškovi liječenja bili su prihvatljivi za vaše domaćinstvo.', 'Трошкови лечења били су прихватљиви за ваше домаћинство.')],
      ['facility', T('The facility was clean and in good condition.', 'Objekti ishte i pastër dhe në gjendje të mirë.', 'Prostorije su bile čiste i u dobrom stanju.', 'Prostorije su bile čiste i u dobrom stanju.', 'Просториите беа чисти и во добра состојба.', 'Prostorije su bile čiste i u dobrom stanju.', 'Просторије су биле чисте и у добром стању.')],
      ['equal', EQUAL],
      ['courtesy', T('The doctor and other staff were courteous and treated you with respect.', 'Mjeku dhe stafi tjetër ishin të sjellshëm dhe ju trajtuan me respekt.', 'Ljekar i ostalo osoblje bili su ljubazni i odnosili su se prema vama s poštovanjem.', 'Liječnik i ostalo osoblje bili su ljubazni i odnosili su se prema vama s poštovanjem.', 'Лекарот и другиот персонал беа љубезни и се однесуваа кон вас со почит.', 'Ljekar i ostalo osoblje bili su ljubazni i odnosili su se prema vama s poštovanjem.', 'Лекар и остало особље били су љубазни и односили су се према вама с поштовањем.')],
    ],
    satisfied: T(
      'Overall, how satisfied were you with your last experience of public primary health care?',
      'Në përgjithësi, sa të kënaqur ishit me përvojën tuaj të fundit me kujdesin shëndetësor parësor publik?',
      'Sveukupno, koliko ste bili zadovoljni svojim posljednjim iskustvom s javnom primarnom zdravstvenom zaštitom?',
      'Sveukupno, koliko ste bili zadovoljni svojim posljednjim iskustvom s javnom primarnom zdravstvenom zaštitom?',
      'Генерално, колку бевте задоволни од вашето последно искуство со јавната примарна здравствена заштита?',
      'Sveukupno, koliko ste bili zadovoljni svojim posljednjim iskustvom s javnom primarnom zdravstvenom zaštitom?',
      'Све у свему, колико сте били задовољни својим последњим искуством са јавном примарном здравственом заштитом?',
    ),
  },
  {
    id: 'primary',
    name: 'Public primary education',
    used: T(
      'In the past 12 months, did a child of your household (or you yourself) attend a public primary school?',
      'Në 12 muajt e fundit, a ka ndjekur një fëmijë i familjes suaj (ose ju vetë) një shkollë publike fillore?',
      'Da li je u posljednjih 12 mjeseci dijete iz vašeg domaćinstva (ili vi lično) pohađalo javnu osnovnu školu?',
      'Je li u posljednjih 12 mjeseci dijete iz vašeg kućanstva (ili vi osobno) pohađalo javnu osnovnu školu?',
      'Дали во последните 12 месеци дете од вашето домаќинство (или вие лично) посетувало јавно основно училиште?',
      'Da li je u posljednjih 12 mjeseci dijete iz vašeg domaćinstva (ili vi lično) pohađalo javnu osnovnu školu?',
      'Да ли је у последњих 12 месеци дете из вашег домаћинства (или ви лично) похађало јавну основну школу?',
    ),
    attributes: SCHOOL_ATTRIBUTES,
    satisfied: T(
      'Overall, how satisfied are you with the quality of education at that public primary school?',
      'Në përgjithësi, sa të kënaqur jeni me cilësinë e arsimit në atë shkollë publike fillore?',
      'Sveukupno, koliko ste zadovoljni kvalitetom obrazovanja u toj javnoj osnovnoj školi?',
      'Sveukupno, koliko ste zadovoljni kvalitetom obrazovanja u toj javnoj osnovnoj školi?',
      'Генерално, колку сте задоволни од квалитетот на образованието во тоа јавно основно училиште?',
      'Sveukupno, koliko ste zadovoljni kvalitetom obrazovanja u toj javnoj osnovnoj školi?',
      'Све у свему, колико сте задовољни квалитетом образовања у тој јавној основној школи?',
    ),
  },
  {
    id: 'secondary',
    name: 'Public secondary education',
    used: T(
      'In the past 12 months, did a child of your household (or you yourself) attend a public secondary school?',
      'Në 12 muajt e fundit, a ka ndjekur një fëmijë i familjes suaj (ose ju vetë) një shkollë publike të mesme?',
      'Da li je u posljednjih 12 mjeseci dijete iz vašeg domaćinstva (ili vi lično) pohađalo javnu srednju školu?',
      'Je li u posljednjih 12 mjeseci dijete iz vašeg kućanstva (ili vi osobno) pohađalo javnu srednju školu?',
      'Дали во последните 12 месеци дете од вашето домаќинство (или вие лично) посетувало јавно средно училиште?',
      'Da li je u posljednjih 12 mjeseci dijete iz vašeg domaćinstva (ili vi lično) pohađalo javnu srednju školu?',
      'Да ли је у последњих 12 месеци дете из вашег домаћинства (или ви лично) похађало јавну средњу школу?',
    ),
    attributes: SCHOOL_ATTRIBUTES,
    satisfied: T(
      'Overall, how satisfied are you with the quality of education at that public secondary school?',
      'Në përgjithësi, sa të kënaqur jeni me cilësinë e arsimit në atë shkollë publike të mesme?',
      'Sveukupno, koliko ste zadovoljni kvalitetom obrazovanja u toj javnoj srednjoj školi?',
      'Sveukupno, koliko ste zadovoljni kvalitetom obrazovanja u toj javnoj srednjoj školi?',
      'Генерално, колку сте задоволни од квалитетот на образованието во тоа јавно средно училиште?',
      'Sveukupno, koliko ste zadovoljni kvalitetom obrazovanja u toj javnoj srednjoj školi?',
      'Све у свему, колико сте задовољни квалитетом образовања у тој јавној средњој школи?',
    ),
  },
  {
    id: 'govdocs',
    name: 'Government services (ID documents, civil registration)',
    used: T(
      'In the past 12 months, have you applied for an identity document or a civil registration document (birth, marriage or death certificate)?',
      'Në 12 muajt e fundit, a keni aplikuar për një dokument identifikimi ose për një dokument të gjendjes civile (certifikatë lindjeje, martese ose vdekjeje)?',
      'Da li ste u posljednjih 12 mjeseci podnijeli zahtjev za lični dokument ili dokument iz matičnih knjiga (izvod iz matične knjige rođenih, vjenčanih ili umrlih)?',
      'Jeste li u posljednjih 12 mjeseci podnijeli zahtjev za osobnu ispravu ili dokument iz matičnih knjiga (izvadak iz matice rođenih, vjenčanih ili umrlih)?',
      'Дали во последните 12 месеци поднесовте барање за лична исправа или за документ од матичната евиденција (извод од матична книга на родени, венчани или умрени)?',
      'Da li ste u posljednjih 12 mjeseci podnijeli zahtjev za lični dokument ili dokument iz matičnih registara (izvod iz registra rođenih, vjenčanih ili umrlih)?',
      'Да ли сте у последњих 12 месеци поднели захтев за лични документ или документ из матичних књига (извод из матичне књиге рођених, венчаних или умрлих)?',
    ),
    attributes: [
      ['access', T('The office was easy to reach (or the service easy to use online).', 'Zyra ishte e lehtë për t’u arritur (ose shërbimi ishte i lehtë për t’u përdorur në internet).', 'Do šaltera je bilo lako doći (ili je uslugu bilo lako koristiti putem interneta).', 'Do šaltera je bilo lako doći (ili je uslugu bilo lako koristiti putem interneta).', 'До шалтерот беше лесно да се стигне (или услугата беше лесна за користење преку интернет).', 'Do šaltera je bilo lako doći (ili je uslugu bilo lako koristiti putem interneta).', 'До шалтера је било лако доћи (или је услугу било лако користити путем интернета).')],
      ['afford', T('The fees were affordable for your household.', 'Tarifat ishin të përballueshme për familjen tuaj.', 'Takse su bile prihvatljive za vaše domaćinstvo.', 'Pristojbe su bile prihvatljive za vaše kućanstvo.', 'Таксите беа прифатливи за вашето домаќинство.', 'Takse su bile prihvatljive za vaše domaćinstvo.', 'Таксе су биле прихватљиве за ваше домаћинство.')],
      ['delivery', T('The procedure was simple and easy to understand.', 'Procedura ishte e thjeshtë dhe e lehtë për t’u kuptuar.', 'Postupak je bio jednostavan i lako razumljiv.', 'Postupak je bio jednostavan i lako razumljiv.', 'Постапката беше едноставна и лесно разбирлива.', 'Postupak je bio jednostavan i lako razumljiv.', 'Поступак је био једноставан и лако разумљив.')],
      ['equal', EQUAL],
      ['timely', T('The time it took to obtain the document was reasonable.', 'Koha që u desh për të marrë dokumentin ishte e arsyeshme.', 'Vrijeme potrebno za dobijanje dokumenta bilo je razumno.', 'Vrijeme potrebno za dobivanje dokumenta bilo je razumno.', 'Времето потребно за добивање на документот беше разумно.', 'Vrijeme potrebno za dobijanje dokumenta bilo je razumno.', 'Време потребно за добијање документа било је разумно.')],
    ],
    satisfied: T(
      'Overall, how satisfied were you with the service the last time you obtained such a document?',
      'Në përgjithësi, sa të kënaqur ishit me shërbimin herën e fundit që morët një dokument të tillë?',
      'Sveukupno, koliko ste bili zadovoljni uslugom posljednji put kada ste pribavljali takav dokument?',
      'Sveukupno, koliko ste bili zadovoljni uslugom posljednji put kada ste pribavljali takav dokument?',
      'Генерално, колку бевте задоволни од услугата последниот пат кога прибавувавте таков документ?',
      'Sveukupno, koliko ste bili zadovoljni uslugom posljednji put kada ste pribavljali takav dokument?',
      'Све у свему, колико сте били задовољни услугом последњи пут када сте прибављали такав документ?',
    ),
  },
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

/** Attribute statements: four points without a midpoint; "don't know" and "refused" recorded, not read out. */
const agreement = (): Choice[] => [
  choice(1, T('Strongly agree', 'Plotësisht dakord', 'U potpunosti se slažem', 'U potpunosti se slažem', 'Целосно се согласувам', 'U potpunosti se slažem', 'У потпуности се слажем')),
  choice(2, T('Agree', 'Dakord', 'Slažem se', 'Slažem se', 'Се согласувам', 'Slažem se', 'Слажем се')),
  choice(3, T('Disagree', 'Nuk jam dakord', 'Ne slažem se', 'Ne slažem se', 'Не се согласувам', 'Ne slažem se', 'Не слажем се')),
  choice(4, T('Strongly disagree', 'Aspak dakord', 'Uopće se ne slažem', 'Uopće se ne slažem', 'Воопшто не се согласувам', 'Uopšte se ne slažem', 'Уопште се не слажем')),
  choice(8, DONT_KNOW),
  choice(9, REFUSED),
];

/** Overall satisfaction, on the same four points. */
const satisfaction = (): Choice[] => [
  choice(1, T('Very satisfied', 'Shumë i/e kënaqur', 'Veoma zadovoljan/na', 'Vrlo zadovoljan/na', 'Многу задоволен/на', 'Veoma zadovoljan/na', 'Веома задовољан/на')),
  choice(2, T('Satisfied', 'I/e kënaqur', 'Zadovoljan/na', 'Zadovoljan/na', 'Задоволен/на', 'Zadovoljan/na', 'Задовољан/на')),
  choice(3, T('Dissatisfied', 'I/e pakënaqur', 'Nezadovoljan/na', 'Nezadovoljan/na', 'Незадоволен/на', 'Nezadovoljan/na', 'Незадовољан/на')),
  choice(4, T('Very dissatisfied', 'Shumë i/e pakënaqur', 'Veoma nezadovoljan/na', 'Vrlo nezadovoljan/na', 'Многу незадоволен/на', 'Veoma nezadovoljan/na', 'Веома незадовољан/на')),
  choice(8, DONT_KNOW),
  choice(9, REFUSED),
];

export function servicesPage(): Element {
  return page(
    'services',
    T('Public services', 'Shërbimet publike', 'Javne usluge', 'Javne usluge', 'Јавни услуги', 'Javne usluge', 'Јавне услуге'),
    SERVICES.flatMap((s) => {
      const user = `{svc_${s.id}_used} = 1`;
      return [
        radio(`svc_${s.id}_used`, s.used, yesNo(), s.usedNote ? { description: s.usedNote } : {}),
        html(`svc_${s.id}_statements`, AGREE_INTRO, user),
        ...s.attributes.map(([attribute, statement]) => radio(`svc_${s.id}_${attribute}`, statement, agreement(), { visibleIf: user })),
        radio(`svc_${s.id}_sat`, s.satisfied, satisfaction(), { visibleIf: user }),
      ];
    }),
    { visibleIf: INTERVIEWED },
  );
}
