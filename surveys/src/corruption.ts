/**
 * corruption.json — bribery as experienced by the population (UNODC Manual on Corruption Surveys;
 * SDG 16.5.1). Contact with each type of official in 12 months, then for each type contacted:
 * gave / was asked / how many times; the most recent bribe; reporting; one perception item.
 */
import { T, joinLoc, type Loc } from './i18n';
import {
  anyOf, checkbox, choice, DONT_KNOW, dropdown, flag, integer, NO, page, radio, REFUSED, YES, yesNo, yesNoRefused, type Element,
} from './elements';
import { perCountryExpression } from './country';
import { optionalCorruptionPages, profileBlockSwitches, type BlockSwitches } from './corruption-blocks';
import { INTERVIEWED, introPage, personLevelPages, refusalHtml, thanksHtml, PERSON_CALCULATED } from './respondent';

/** Official types in the order they are read out (VARIABLES.md `o`); doctors and nurses are kept apart. */
export const OFFICIALS: [string, Loc][] = [
  ['police', T('Police officers', 'Punonjës policie', 'Policijski službenici', 'Policijski službenici', 'Полициски службеници', 'Policijski službenici', 'Полицијски службеници')],
  ['judge', T('Judges or prosecutors', 'Gjyqtarë ose prokurorë', 'Sudije ili tužioci', 'Suci ili državni odvjetnici', 'Судии или обвинители', 'Sudije ili tužioci', 'Судије или тужиоци')],
  ['land_registry', T('Land registry officers', 'Nëpunës të regjistrimit të pasurive (kadastrës)', 'Službenici zemljišnih knjiga ili katastra', 'Službenici zemljišnih knjiga ili katastra', 'Службеници во катастарот', 'Službenici katastra nepokretnosti', 'Службеници катастра непокретности')],
  ['tax', T('Tax or revenue officers', 'Nëpunës tatimorë', 'Poreski službenici', 'Porezni službenici', 'Даночни службеници', 'Poreski službenici', 'Порески службеници')],
  ['customs', T('Customs officers', 'Doganierë', 'Carinski službenici', 'Carinski službenici', 'Царински службеници', 'Carinski službenici', 'Царински службеници')],
  ['doctor', T('Doctors', 'Mjekë', 'Ljekari', 'Liječnici', 'Лекари', 'Ljekari', 'Лекари')],
  ['nurse', T('Nurses', 'Infermierë', 'Medicinske sestre i tehničari', 'Medicinske sestre i tehničari', 'Медицински сестри и техничари', 'Medicinske sestre i tehničari', 'Медицинске сестре и техничари')],
  ['teacher', T('Teachers or professors', 'Mësues ose pedagogë', 'Nastavnici ili profesori', 'Nastavnici ili profesori', 'Наставници или професори', 'Nastavnici ili profesori', 'Наставници или професори')],
  ['municipal', T('Municipal or regional officials', 'Nëpunës të bashkisë ose të qarkut', 'Općinski ili kantonalni službenici', 'Općinski, gradski ili županijski službenici', 'Општински службеници', 'Opštinski službenici', 'Општински или покрајински службеници')],
  ['utility', T('Public utility officers (electricity, water, gas)', 'Punonjës të shërbimeve publike (energji elektrike, ujë, gaz)', 'Službenici javnih komunalnih preduzeća (struja, voda, plin)', 'Djelatnici javnih komunalnih poduzeća (struja, voda, plin)', 'Службеници на јавни комунални претпријатија (струја, вода, гас)', 'Službenici javnih komunalnih preduzeća (struja, voda, gas)', 'Службеници јавних комуналних предузећа (струја, вода, гас)')],
  ['vehicle_reg', T('Vehicle registration or driving licence officers', 'Nëpunës të regjistrimit të automjeteve ose të lejeve të drejtimit', 'Službenici za registraciju vozila ili vozačke dozvole', 'Službenici za registraciju vozila ili vozačke dozvole', 'Службеници за регистрација на возила или возачки дозволи', 'Službenici za registraciju vozila ili vozačke dozvole', 'Службеници за регистрацију возила или возачке дозволе')],
  ['social_security', T('Pension or social security officers', 'Nëpunës të pensioneve ose të sigurimeve shoqërore', 'Službenici penzionog ili socijalnog osiguranja', 'Službenici mirovinskog ili socijalnog osiguranja', 'Службеници за пензиско или социјално осигурување', 'Službenici penzijskog ili socijalnog osiguranja', 'Службеници пензијског или социјалног осигурања')],
  ['inspector', T('Inspectors (health, construction, food, labour)', 'Inspektorë (shëndetësorë, ndërtimi, ushqimi, pune)', 'Inspektori (sanitarni, građevinski, za hranu, rada)', 'Inspektori (sanitarni, građevinski, za hranu, rada)', 'Инспектори (санитарни, градежни, за храна, за труд)', 'Inspektori (sanitarni, građevinski, za hranu, rada)', 'Инспектори (санитарни, грађевински, за храну, рада)')],
  ['embassy', T('Embassy or consulate officers', 'Nëpunës të ambasadave ose konsullatave', 'Službenici ambasada ili konzulata', 'Službenici veleposlanstava ili konzulata', 'Службеници во амбасади или конзулати', 'Službenici ambasada ili konzulata', 'Службеници амбасада или конзулата')],
  ['politician', T('Members of government or parliament', 'Anëtarë të qeverisë ose të parlamentit', 'Članovi vlade ili parlamenta', 'Članovi vlade ili Sabora', 'Членови на владата или на собранието', 'Članovi vlade ili skupštine', 'Чланови владе или скупштине')],
  ['other_official', T('Other public officials', 'Nëpunës të tjerë publikë', 'Drugi javni službenici', 'Ostali javni službenici', 'Други јавни службеници', 'Drugi javni službenici', 'Други јавни службеници')],
];

const about = T(
  'We are conducting a survey on the experience of citizens with public officials and public services.',
  'Po kryejmë një anketë për përvojën e qytetarëve me nëpunësit publikë dhe shërbimet publike.',
  'Provodimo istraživanje o iskustvima građana sa javnim službenicima i javnim uslugama.',
  'Provodimo istraživanje o iskustvima građana s javnim službenicima i javnim uslugama.',
  'Спроведуваме истражување за искуствата на граѓаните со јавните службеници и јавните услуги.',
  'Sprovodimo istraživanje o iskustvima građana sa javnim službenicima i javnim uslugama.',
  'Спроводимо истраживање о искуствима грађана са јавним службеницима и јавним услугама.',
);

const withPrefix = (official: Loc, question: Loc): Loc => joinLoc([official, question]);

const contactQ = T(
  ': did you have any contact with them in the past 12 months?',
  ': a keni pasur ndonjë kontakt me ta në 12 muajt e fundit?',
  ': da li ste imali bilo kakav kontakt s njima u posljednjih 12 mjeseci?',
  ': jeste li imali bilo kakav kontakt s njima u posljednjih 12 mjeseci?',
  ': дали имавте каков било контакт со нив во последните 12 месеци?',
  ': da li ste imali bilo kakav kontakt s njima u posljednjih 12 mjeseci?',
  ': да ли сте имали било какав контакт са њима у последњих 12 месеци?',
);
const paidQ = T(
  ': apart from official fees, did you give any of them money, a gift or a favour in the past 12 months?',
  ': përveç tarifave zyrtare, a i keni dhënë ndonjërit prej tyre para, dhuratë ose ndonjë nder në 12 muajt e fundit?',
  ': da li ste, mimo službenih taksi, nekome od njih dali novac, poklon ili uslugu u posljednjih 12 mjeseci?',
  ': jeste li, osim službenih pristojbi, nekome od njih dali novac, dar ili uslugu u posljednjih 12 mjeseci?',
  ': дали, освен официјалните такси, на некој од нив му дадовте пари, подарок или услуга во последните 12 месеци?',
  ': da li ste, osim službenih taksi, nekome od njih dali novac, poklon ili uslugu u posljednjih 12 mjeseci?',
  ': да ли сте, осим службених такси, некоме од њих дали новац, поклон или услугу у последњих 12 месеци?',
);
const askedQ = T(
  ': in the past 12 months, did any of them ask you, directly or indirectly, for money, a gift or a favour, apart from official fees?',
  ': në 12 muajt e fundit, a ju ka kërkuar ndonjëri prej tyre, drejtpërdrejt ose tërthorazi, para, dhuratë ose ndonjë nder, përveç tarifave zyrtare?',
  ': da li je u posljednjih 12 mjeseci neko od njih od vas, direktno ili indirektno, tražio novac, poklon ili uslugu mimo službenih taksi?',
  ': je li u posljednjih 12 mjeseci netko od njih od vas, izravno ili neizravno, tražio novac, dar ili uslugu osim službenih pristojbi?',
  ': дали во последните 12 месеци некој од нив побара од вас, директно или индиректно, пари, подарок или услуга, освен официјалните такси?',
  ': da li je u posljednjih 12 mjeseci neko od njih od vas, direktno ili indirektno, tražio novac, poklon ili uslugu mimo službenih taksi?',
  ': да ли је у последњих 12 месеци неко од њих од вас, директно или индиректно, тражио новац, поклон или услугу мимо службених такси?',
);
const timesQ = T(
  ': how many times did you give money, a gift or a favour to any of them in the past 12 months?',
  ': sa herë i keni dhënë ndonjërit prej tyre para, dhuratë ose ndonjë nder në 12 muajt e fundit?',
  ': koliko puta ste nekome od njih dali novac, poklon ili uslugu u posljednjih 12 mjeseci?',
  ': koliko ste puta nekome od njih dali novac, dar ili uslugu u posljednjih 12 mjeseci?',
  ': колку пати на некој од нив му дадовте пари, подарок или услуга во последните 12 месеци?',
  ': koliko puta ste nekome od njih dali novac, poklon ili uslugu u posljednjih 12 mjeseci?',
  ': колико пута сте некоме од њих дали новац, поклон или услугу у последњих 12 месеци?',
);

const contacted = (o: string): string => `{brb_contact_${o}} = 1`;
const paidTo = (o: string): string => `{brb_contact_${o}} = 1 and {brb_paid_${o}} = 1`;
const askedBy = (o: string): string => `{brb_contact_${o}} = 1 and {brb_asked_${o}} = 1`;

function contactPage(): Element {
  return page(
    'contacts',
    T('Contact with public officials', 'Kontakti me nëpunësit publikë', 'Kontakt sa javnim službenicima', 'Kontakt s javnim službenicima', 'Контакт со јавни службеници', 'Kontakt sa javnim službenicima', 'Контакт са јавним службеницима'),
    OFFICIALS.map(([o, label]) => radio(`brb_contact_${o}`, withPrefix(label, contactQ), yesNo())),
    {
      visibleIf: INTERVIEWED,
      description: T(
        'Count your own contacts only — in person, by telephone or online — including contacts where you only asked for information.',
        'Llogaritni vetëm kontaktet tuaja — personalisht, me telefon ose në internet — përfshirë ato kur vetëm kërkuat informacion.',
        'Računajte samo svoje kontakte — lično, telefonom ili putem interneta — uključujući i one kada ste samo tražili informaciju.',
        'Računajte samo svoje kontakte — osobno, telefonom ili putem interneta — uključujući i one kada ste samo tražili informaciju.',
        'Сметајте ги само вашите контакти — лично, по телефон или преку интернет — вклучително и оние кога само сте барале информација.',
        'Računajte samo svoje kontakte — lično, telefonom ili putem interneta — uključujući i one kada ste samo tražili informaciju.',
        'Рачунајте само своје контакте — лично, телефоном или путем интернета — укључујући и оне када сте само тражили информацију.',
      ),
    },
  );
}

function officialPage(o: string, label: Loc): Element {
  return page(
    `official_${o}`,
    label,
    [
      radio(`brb_paid_${o}`, withPrefix(label, paidQ), yesNoRefused()),
      radio(`brb_asked_${o}`, withPrefix(label, askedQ), yesNoRefused()),
      integer(`brb_times_${o}`, withPrefix(label, timesQ), { min: 1, max: 996 }, { visibleIf: `{brb_paid_${o}} = 1` }),
    ],
    { visibleIf: `${INTERVIEWED} and ${contacted(o)}` },
  );
}

function lastBribePage(): Element {
  return page(
    'last_bribe',
    T('The most recent bribe', 'Ryshfeti më i fundit', 'Posljednje davanje mita', 'Posljednje davanje mita', 'Последното давање мито', 'Posljednje davanje mita', 'Последње давање мита'),
    [
      dropdown(
        'brb_last_official',
        T(
          'Think of the most recent time you gave money, a gift or a favour to a public official. What type of official was it?',
          'Mendoni për herën e fundit kur i dhatë para, dhuratë ose ndonjë nder një nëpunësi publik. Çfarë lloj nëpunësi ishte?',
          'Sjetite se posljednjeg slučaja kada ste javnom službeniku dali novac, poklon ili uslugu. Koja je to vrsta službenika bila?',
          'Sjetite se posljednjeg slučaja kada ste javnom službeniku dali novac, dar ili uslugu. Koja je to vrsta službenika bila?',
          'Сетете се на последниот пат кога на јавен службеник му дадовте пари, подарок или услуга. Каков вид службеник беше тоа?',
          'Sjetite se posljednjeg slučaja kada ste javnom službeniku dali novac, poklon ili uslugu. Koja je to vrsta službenika bila?',
          'Сетите се последњег случаја када сте јавном службенику дали новац, поклон или услугу. Која је то врста службеника била?',
        ),
        [
          ...OFFICIALS.map(([o, label]) => choice(o, label, paidTo(o))),
          // A text variable, so its non-response codes are text too: the values SurveyJS gives its own
          // "don't know" and refusal items (showDontKnowItem, showRefuseItem), with the product's words.
          // The follow-ups about "that occasion" stay asked: refusing to name the official is not
          // refusing to say what was given.
          choice('dontknow', DONT_KNOW),
          choice('refused', REFUSED),
        ],
      ),
      radio(
        'brb_last_form',
        T(
          'What did you give on that occasion? (if several things, the most valuable)',
          'Çfarë dhatë në atë rast? (nëse disa gjëra, më të vlefshmen)',
          'Šta ste tom prilikom dali? (ako više stvari, ono najvrednije)',
          'Što ste tom prilikom dali? (ako više stvari, ono najvrjednije)',
          'Што дадовте во таа прилика? (ако повеќе работи, највредната)',
          'Šta ste tom prilikom dali? (ako više stvari, ono najvrjednije)',
          'Шта сте том приликом дали? (ако више ствари, оно највредније)',
        ),
        [
          choice(1, T('Money (cash)', 'Para (në dorë)', 'Novac (gotovina)', 'Novac (gotovina)', 'Пари (во готово)', 'Novac (gotovina)', 'Новац (готовина)')),
          choice(2, T('Food or drink', 'Ushqim ose pije', 'Hrana ili piće', 'Hrana ili piće', 'Храна или пијалак', 'Hrana ili piće', 'Храна или пиће')),
          choice(3, T('Other goods or valuables', 'Sende të tjera ose gjëra me vlerë', 'Druga roba ili vrijedni predmeti', 'Druga roba ili vrijedni predmeti', 'Друга стока или вредни предмети', 'Druga roba ili vrijedni predmeti', 'Друга роба или вредни предмети')),
          choice(4, T('Another favour in exchange', 'Një nder tjetër në këmbim', 'Protuusluga', 'Protuusluga', 'Противуслуга', 'Protivusluga', 'Противуслуга')),
          choice(5, T('Other', 'Tjetër', 'Drugo', 'Drugo', 'Друго', 'Drugo', 'Друго')),
          choice(8, DONT_KNOW),
          choice(9, REFUSED),
        ],
        { visibleIf: '{brb_last_official} notempty' },
      ),
      integer(
        'brb_last_amount',
        T(
          'How much money did you give? (amount in {currency}, the national currency)',
          'Sa para dhatë? (shuma në {currency}, monedha kombëtare)',
          'Koliko ste novca dali? (iznos u {currency}, nacionalnoj valuti)',
          'Koliko ste novca dali? (iznos u {currency}, nacionalnoj valuti)',
          'Колку пари дадовте? (износ во {currency}, националната валута)',
          'Koliko ste novca dali? (iznos u {currency}, nacionalnoj valuti)',
          'Колико сте новца дали? (износ у {currency}, националној валути)',
        ),
        { min: 0, max: 100000000 },
        {
          visibleIf: '{brb_last_form} = 1',
          description: T(
            'Record the amount as the respondent says it, in the national currency; if it was paid in another currency, convert at the day’s rate. The conversion to euros is made at analysis with the country profile’s rate.',
            'Shënoni shumën siç e thotë i anketuari, në monedhën kombëtare; nëse u pagua në një monedhë tjetër, konvertojeni me kursin e ditës. Konvertimi në euro bëhet gjatë analizës me kursin e profilit të vendit.',
            'Upišite iznos kako ga ispitanik navede, u nacionalnoj valuti; ako je plaćeno u drugoj valuti, preračunajte po dnevnom kursu. Preračunavanje u eure vrši se u analizi po kursu iz profila države.',
            'Upišite iznos kako ga ispitanik navede, u nacionalnoj valuti; ako je plaćeno u drugoj valuti, preračunajte po dnevnom tečaju. Preračunavanje u eure provodi se u analizi po tečaju iz profila države.',
            'Запишете го износот како што го кажува испитаникот, во националната валута; ако е платено во друга валута, пресметајте по дневниот курс. Претворањето во евра се прави при анализата по курсот од профилот на државата.',
            'Upišite iznos kako ga ispitanik navede, u nacionalnoj valuti; ako je plaćeno u drugoj valuti, preračunajte po dnevnom kursu. Preračunavanje u eure vrši se u analizi po kursu iz profila države.',
            'Упишите износ како га испитаник наведе, у националној валути; ако је плаћено у другој валути, прерачунајте по дневном курсу. Прерачунавање у евре врши се у анализи по курсу из профила државе.',
          ),
        },
      ),
      radio(
        'brb_last_initiative',
        T(
          'On that occasion, how did it come about that you gave it?',
          'Si ndodhi që e dhatë në atë rast?',
          'Kako je tom prilikom došlo do toga da ste dali?',
          'Kako je tom prilikom došlo do toga da ste dali?',
          'Како дојде до тоа да дадете во таа прилика?',
          'Kako je tom prilikom došlo do toga da ste dali?',
          'Како је том приликом дошло до тога да сте дали?',
        ),
        [
          choice(1, T('The official asked for it explicitly', 'Nëpunësi e kërkoi hapur', 'Službenik je to izričito tražio', 'Službenik je to izričito tražio', 'Службеникот тоа експлицитно го побара', 'Službenik je to izričito tražio', 'Службеник је то изричито тражио')),
          choice(2, T('The official made it understood, without asking directly', 'Nëpunësi e la të kuptohej, pa e kërkuar drejtpërdrejt', 'Službenik je dao do znanja, bez direktnog traženja', 'Službenik je dao do znanja, a da nije izravno tražio', 'Службеникот даде да се разбере, без директно да побара', 'Službenik je dao do znanja, bez direktnog traženja', 'Службеник је дао до знања, без директног тражења')),
          choice(3, T('A third person asked for it', 'E kërkoi një person i tretë', 'Tražila je treća osoba', 'Tražila je treća osoba', 'Побара трето лице', 'Tražilo je treće lice', 'Тражило је треће лице')),
          choice(4, T('I offered it myself, without being asked', 'E ofrova vetë, pa më kërkuar njeri', 'Sam/a sam ponudio/la, bez traženja', 'Sam/a sam ponudio/la, a da nitko nije tražio', 'Јас самиот/самата понудив, без некој да побара', 'Sam/a sam ponudio/la, bez traženja', 'Сам/а сам понудио/ла, без тражења')),
          choice(8, DONT_KNOW),
          choice(9, REFUSED),
        ],
        { visibleIf: '{brb_last_official} notempty' },
      ),
      radio(
        'brb_last_timing',
        T(
          'Did you give it before or after the service was provided?',
          'A e dhatë para apo pas marrjes së shërbimit?',
          'Da li ste to dali prije ili nakon što je usluga pružena?',
          'Jeste li to dali prije ili nakon što je usluga pružena?',
          'Дали го дадовте пред или откако услугата беше дадена?',
          'Da li ste to dali prije ili nakon što je usluga pružena?',
          'Да ли сте то дали пре или након што је услуга пружена?',
        ),
        [
          choice(1, T('Before', 'Para', 'Prije', 'Prije', 'Пред', 'Prije', 'Пре')),
          choice(2, T('After', 'Pas', 'Nakon', 'Nakon', 'Потоа', 'Nakon', 'Након')),
          choice(3, T('At the same time', 'Në të njëjtën kohë', 'U isto vrijeme', 'U isto vrijeme', 'Во исто време', 'U isto vrijeme', 'У исто време')),
          choice(8, DONT_KNOW),
          choice(9, REFUSED),
        ],
        { visibleIf: '{brb_last_official} notempty' },
      ),
      radio(
        'brb_last_obtained',
        T(
          'Did you obtain the service or decision you wanted?',
          'A e morët shërbimin ose vendimin që dëshironit?',
          'Da li ste dobili uslugu ili odluku koju ste željeli?',
          'Jeste li dobili uslugu ili odluku koju ste željeli?',
          'Дали ја добивте услугата или одлуката што ја сакавте?',
          'Da li ste dobili uslugu ili odluku koju ste željeli?',
          'Да ли сте добили услугу или одлуку коју сте желели?',
        ),
        [choice(1, YES), choice(2, NO), choice(8, DONT_KNOW), choice(9, REFUSED)],
        { visibleIf: '{brb_last_official} notempty' },
      ),
      radio(
        'brb_last_purpose',
        T(
          'What was the main purpose of giving it?',
          'Cili ishte qëllimi kryesor i dhënies?',
          'Koja je bila glavna svrha davanja?',
          'Koja je bila glavna svrha davanja?',
          'Која беше главната цел на давањето?',
          'Koja je bila glavna svrha davanja?',
          'Која је била главна сврха давања?',
        ),
        [
          choice(1, T('To speed up a procedure', 'Të përshpejtohej një procedurë', 'Ubrzati postupak', 'Ubrzati postupak', 'Да се забрза постапката', 'Ubrzati postupak', 'Убрзати поступак')),
          choice(2, T('To receive better treatment', 'Të merrja trajtim më të mirë', 'Dobiti bolji tretman', 'Dobiti bolji tretman', 'Да добијам подобар третман', 'Dobiti bolji tretman', 'Добити бољи третман')),
          choice(3, T('To avoid a fine or penalty', 'Të shmangja një gjobë ose ndëshkim', 'Izbjeći kaznu ili sankciju', 'Izbjeći kaznu ili sankciju', 'Да избегнам казна или санкција', 'Izbjeći kaznu ili sankciju', 'Избећи казну или санкцију')),
          choice(4, T('To finalise a procedure', 'Të përfundohej një procedurë', 'Okončati postupak', 'Dovršiti postupak', 'Да се заврши постапката', 'Okončati postupak', 'Окончати поступак')),
          choice(5, T('To receive information', 'Të merrja informacion', 'Dobiti informaciju', 'Dobiti informaciju', 'Да добијам информација', 'Dobiti informaciju', 'Добити информацију')),
          choice(6, T('No specific purpose (as a sign of gratitude)', 'Asnjë qëllim i veçantë (si shenjë mirënjohjeje)', 'Bez posebne svrhe (iz zahvalnosti)', 'Bez posebne svrhe (iz zahvalnosti)', 'Без посебна цел (од благодарност)', 'Bez posebne svrhe (iz zahvalnosti)', 'Без посебне сврхе (из захвалности)')),
          choice(7, T('Other', 'Tjetër', 'Drugo', 'Drugo', 'Друго', 'Drugo', 'Друго')),
          choice(8, DONT_KNOW),
          choice(9, REFUSED),
        ],
        { visibleIf: '{brb_last_official} notempty' },
      ),
      radio(
        'brb_last_reported',
        T(
          'Did you report it to the police or to another authority?',
          'A e denoncuat këtë rast në polici ose në një autoritet tjetër?',
          'Da li ste to prijavili policiji ili nekom drugom organu?',
          'Jeste li to prijavili policiji ili nekom drugom tijelu?',
          'Дали го пријавивте тоа во полиција или во друг орган?',
          'Da li ste to prijavili policiji ili nekom drugom organu?',
          'Да ли сте то пријавили полицији или неком другом органу?',
        ),
        [
          choice(1, T('Yes, to the police', 'Po, në polici', 'Da, policiji', 'Da, policiji', 'Да, во полиција', 'Da, policiji', 'Да, полицији')),
          choice(2, T('Yes, to another authority (prosecutor, anti-corruption agency, ombudsperson…)', 'Po, në një autoritet tjetër (prokurori, agjenci kundër korrupsionit, Avokat i Popullit…)', 'Da, drugom organu (tužilaštvu, agenciji za borbu protiv korupcije, ombudsmenu…)', 'Da, drugom tijelu (državnom odvjetništvu, USKOK-u, pučkom pravobranitelju…)', 'Да, во друг орган (обвинителство, Државна комисија за спречување на корупцијата, народен правобранител…)', 'Da, drugom organu (tužilaštvu, Agenciji za sprječavanje korupcije, Zaštitniku ljudskih prava…)', 'Да, другом органу (тужилаштву, Агенцији за спречавање корупције, Заштитнику грађана…)')),
          choice(3, T('No, I did not report it', 'Jo, nuk e denoncova', 'Ne, nisam prijavio/la', 'Ne, nisam prijavio/la', 'Не, не пријавив', 'Ne, nijesam prijavio/la', 'Не, нисам пријавио/ла')),
          choice(8, DONT_KNOW),
          choice(9, REFUSED),
        ],
        { visibleIf: '{brb_last_official} notempty' },
      ),
      checkbox(
        'brb_why_not_rep',
        T(
          'Why did you not report it? (all that apply)',
          'Pse nuk e denoncuat? (të gjitha që vlejnë)',
          'Zašto to niste prijavili? (sve što se odnosi)',
          'Zašto to niste prijavili? (sve što se odnosi)',
          'Зошто не го пријавивте? (сѐ што се однесува)',
          'Zašto to nijeste prijavili? (sve što se odnosi)',
          'Зашто то нисте пријавили? (све што се односи)',
        ),
        [
          choice(1, T('It is pointless, nobody would care', 'Është e kotë, askujt nuk i intereson', 'Nema svrhe, nikoga ne bi bilo briga', 'Nema smisla, nikoga ne bi bilo briga', 'Нема смисла, никого не би го интересирало', 'Nema svrhe, nikoga ne bi bilo briga', 'Нема сврхе, никога не би било брига')),
          choice(2, T('It is common practice', 'Është praktikë e zakonshme', 'To je uobičajena praksa', 'To je uobičajena praksa', 'Тоа е вообичаена пракса', 'To je uobičajena praksa', 'То је уобичајена пракса')),
          choice(3, T('Fear of negative consequences', 'Frikë nga pasojat negative', 'Strah od negativnih posljedica', 'Strah od negativnih posljedica', 'Страв од негативни последици', 'Strah od negativnih posljedica', 'Страх од негативних последица')),
          choice(4, T('I benefited from it', 'Përfitova nga kjo', 'Imao/la sam korist od toga', 'Imao/la sam koristi od toga', 'Имав корист од тоа', 'Imao/la sam korist od toga', 'Имао/ла сам корист од тога')),
          choice(5, T('I did not know where to report it', 'Nuk dija ku ta denoncoja', 'Nisam znao/la gdje da prijavim', 'Nisam znao/la gdje prijaviti', 'Не знаев каде да пријавам', 'Nijesam znao/la gdje da prijavim', 'Нисам знао/ла где да пријавим')),
          choice(6, T('Other', 'Tjetër', 'Drugo', 'Drugo', 'Друго', 'Drugo', 'Друго')),
          // Exclusive: ticking either clears the reasons (and a reason clears it).
          { ...choice(8, DONT_KNOW), isExclusive: true },
          { ...choice(9, REFUSED), isExclusive: true },
        ],
        { visibleIf: '{brb_last_reported} = 3' },
      ),
    ],
    { visibleIf: `${INTERVIEWED} and {brb_paid_any} = 1` },
  );
}

function perceptionPage(): Element {
  return page(
    'perceptions',
    T('Opinions', 'Mendime', 'Mišljenja', 'Mišljenja', 'Мислења', 'Mišljenja', 'Мишљења'),
    [
      radio(
        'brb_refused_reported',
        T(
          'You were asked for money, a gift or a favour and did not give it. Did you report the request to the police or to another authority?',
          'Ju kërkuan para, dhuratë ose ndonjë nder dhe nuk e dhatë. A e denoncuat kërkesën në polici ose në një autoritet tjetër?',
          'Od Vas je traženo novac, poklon ili usluga, a Vi to niste dali. Da li ste prijavili taj zahtjev policiji ili nekom drugom organu?',
          'Od Vas je tražen novac, dar ili usluga, a Vi to niste dali. Jeste li prijavili taj zahtjev policiji ili nekom drugom tijelu?',
          'Од вас побараа пари, подарок или услуга, а вие не дадовте. Дали го пријавивте барањето во полиција или во друг орган?',
          'Od Vas je traženo novac, poklon ili usluga, a Vi to nijeste dali. Da li ste prijavili taj zahtjev policiji ili nekom drugom organu?',
          'Од Вас је тражен новац, поклон или услуга, а Ви то нисте дали. Да ли сте пријавили тај захтев полицији или неком другом органу?',
        ),
        [
          choice(1, T('Yes, to the police', 'Po, në polici', 'Da, policiji', 'Da, policiji', 'Да, во полиција', 'Da, policiji', 'Да, полицији')),
          choice(2, T('Yes, to another authority', 'Po, në një autoritet tjetër', 'Da, drugom organu', 'Da, drugom tijelu', 'Да, во друг орган', 'Da, drugom organu', 'Да, другом органу')),
          choice(3, T('No', 'Jo', 'Ne', 'Ne', 'Не', 'Ne', 'Не')),
          choice(8, DONT_KNOW),
          choice(9, REFUSED),
        ],
        { visibleIf: '{brb_asked_any} = 1 and {brb_paid_any} = 0' },
      ),
      radio(
        'cor_perc_common',
        T(
          'In your opinion, how common is it for public officials in this country to take bribes?',
          'Sipas mendimit tuaj, sa e zakonshme është që nëpunësit publikë në këtë vend të marrin ryshfet?',
          'Po vašem mišljenju, koliko je uobičajeno da javni službenici u ovoj zemlji primaju mito?',
          'Prema vašem mišljenju, koliko je uobičajeno da javni službenici u ovoj zemlji primaju mito?',
          'Според вашето мислење, колку е вообичаено јавните службеници во оваа земја да примаат мито?',
          'Po vašem mišljenju, koliko je uobičajeno da javni službenici u ovoj zemlji primaju mito?',
          'По вашем мишљењу, колико је уобичајено да јавни службеници у овој земљи примају мито?',
        ),
        [
          choice(1, T('Very common', 'Shumë e zakonshme', 'Veoma uobičajeno', 'Vrlo uobičajeno', 'Многу вообичаено', 'Veoma uobičajeno', 'Веома уобичајено')),
          choice(2, T('Fairly common', 'Mjaft e zakonshme', 'Prilično uobičajeno', 'Prilično uobičajeno', 'Прилично вообичаено', 'Prilično uobičajeno', 'Прилично уобичајено')),
          choice(3, T('Fairly rare', 'Mjaft e rrallë', 'Prilično rijetko', 'Prilično rijetko', 'Прилично ретко', 'Prilično rijetko', 'Прилично ретко')),
          choice(4, T('Very rare', 'Shumë e rrallë', 'Veoma rijetko', 'Vrlo rijetko', 'Многу ретко', 'Veoma rijetko', 'Веома ретко')),
          choice(8, DONT_KNOW),
        ],
      ),
    ],
    { visibleIf: INTERVIEWED },
  );
}

/** `blocks`: which jurisdictions field the optional blocks (default: as the country profiles say). */
export function corruption(blocks: BlockSwitches = profileBlockSwitches()): Element {
  const os = OFFICIALS.map(([o]) => o);
  return {
    title: T(
      'Experience with public officials (bribery)',
      'Përvoja me nëpunësit publikë (ryshfeti)',
      'Iskustva s javnim službenicima (mito)',
      'Iskustva s javnim službenicima (mito)',
      'Искуства со јавните службеници (мито)',
      'Iskustva s javnim službenicima (mito)',
      'Искуства са јавним службеницима (мито)',
    ),
    showQuestionNumbers: 'off',
    calculatedValues: [
      ...PERSON_CALCULATED,
      flag('brb_contact_any', anyOf(os.map(contacted))),
      flag('brb_paid_any', anyOf(os.map(paidTo))),
      flag('brb_asked_any', anyOf(os.map(askedBy))),
      flag('brb_any', '{brb_paid_any} = 1 or {brb_asked_any} = 1'),
      {
        name: 'brb_times_total',
        expression: `sum(${os.map((o) => `iif(${paidTo(o)}, {brb_times_${o}}, 0)`).join(', ')})`,
        includeIntoResult: true,
      },
      // The amount in euros at the profile's rate (`currency` comes with the household block); analysis
      // may recompute it from brb_last_amount and country with the reference year's rate (analysis/profiles toEuro).
      {
        name: 'brb_last_amount_eur',
        expression: `iif({brb_last_amount} notempty and {country} notempty, round({brb_last_amount} / ${perCountryExpression((p) => String(p.currency.eurRate), '0')}, 2), '')`,
        includeIntoResult: true,
      },
      flag('brb_reported', '{brb_paid_any} = 1 and ({brb_last_reported} = 1 or {brb_last_reported} = 2)'),
    ],
    pages: [
      introPage(about, 15),
      ...personLevelPages(),
      contactPage(),
      ...OFFICIALS.map(([o, label]) => officialPage(o, label)),
      lastBribePage(),
      perceptionPage(),
      ...optionalCorruptionPages(blocks),
    ],
    completedHtml: thanksHtml(),
    completedHtmlOnCondition: [{ expression: '{consent} = 2 or {resp_consent} = 2', html: refusalHtml() }],
  };
}
