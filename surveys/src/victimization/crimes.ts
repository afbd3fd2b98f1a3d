/**
 * The crime list (DOMAIN.md §1.2, VARIABLES.md "Victimization"): for each crime a 5-year screener,
 * when, how many times in 12 months, the derived 12-month flag, and a follow-up panel about the most
 * recent incident. ICCS codes live here and in VARIABLES.md: survey-core 3.0.0 has no property for
 * arbitrary metadata on a question (an unknown property is reported as a JSON error by `new Model`).
 */
import { T, joinLoc, type Loc } from '../i18n';
import { checkbox, choice, html, integer, page, panel, radio, type Choice, type Element } from './elements';
import { DONT_KNOW, INTERVIEWED, NO, PREFER_NOT, REFUSED, YES, yesNo } from './common';
import { detailItems, nonResponse } from './details';

/** Follow-up items asked about the most recent incident (reporting and seriousness are always asked). */
type FollowUp = 'where' | 'offenders' | 'known' | 'weapon' | 'injury' | 'support';

export interface Crime {
  id: string;
  scope: 'household' | 'personal';
  /** ICCS v1.0 code(s) of the crime type; `[U]` where DOMAIN.md marks it unverified. */
  iccs: string;
  /** Condition on household vehicle ownership, for vehicle crimes. */
  eligibleIf?: string;
  /** `casi`: self-completion wording (the respondent reads and answers alone). */
  mode: 'capi' | 'casi';
  label: Loc;
  screener: Loc;
  followUps: FollowUp[];
}

const CAR = '{hh_car} = 1';
const CONTACT: FollowUp[] = ['where', 'offenders', 'known', 'weapon'];

export const CRIMES: Crime[] = [
  {
    id: 'car_theft', scope: 'household', iccs: '050211', eligibleIf: CAR, mode: 'capi', followUps: ['where'],
    label: T('Theft of a car, van or truck', 'Vjedhje e makinës, furgonit ose kamionit', 'Krađa automobila, kombija ili kamiona', 'Krađa automobila, kombija ili kamiona', 'Кражба на автомобил, комбе или камион', 'Krađa automobila, kombija ili kamiona', 'Крађа аутомобила, комбија или камиона'),
    screener: T(
      'Over the past five years, have you or other members of your household had a car, van or truck stolen?',
      'Gjatë pesë viteve të fundit, a ju është vjedhur juve ose anëtarëve të tjerë të ekonomisë suaj familjare ndonjë makinë, furgon ose kamion?',
      'Da li je u posljednjih pet godina Vama ili drugim članovima Vašeg domaćinstva ukraden automobil, kombi ili kamion?',
      'Je li u posljednjih pet godina Vama ili drugim članovima Vašeg kućanstva ukraden osobni automobil, kombi ili kamion?',
      'Во последните пет години, дали вам или на други членови на вашето домаќинство ви бил украден автомобил, комбе или камион?',
      'Da li je u posljednjih pet godina Vama ili drugim članovima Vašeg domaćinstva ukraden automobil, kombi ili kamion?',
      'Да ли је у последњих пет година Вама или другим члановима Вашег домаћинства украден аутомобил, комби или камион?',
    ),
  },
  {
    id: 'theft_from_car', scope: 'household', iccs: '0502 (parts 050212 [U])', eligibleIf: CAR, mode: 'capi', followUps: ['where'],
    label: T('Theft from a vehicle or of vehicle parts', 'Vjedhje nga automjeti ose e pjesëve të automjetit', 'Krađa iz vozila ili krađa dijelova vozila', 'Krađa iz vozila ili krađa dijelova vozila', 'Кражба од возило или кражба на делови од возило', 'Krađa iz vozila ili krađa djelova vozila', 'Крађа из возила или крађа делова возила'),
    screener: T(
      'Apart from thefts of vehicles, over the past five years, have you or other members of your household had something stolen from a car, van or truck, or had a part of it stolen, such as a mirror, a wheel or the radio?',
      'Përveç vjedhjeve të automjeteve, gjatë pesë viteve të fundit, a ju është vjedhur juve ose anëtarëve të tjerë të ekonomisë suaj familjare diçka nga makina, furgoni ose kamioni, ose ndonjë pjesë e tij, si pasqyra, rrota apo radioja?',
      'Osim krađa vozila, da li je u posljednjih pet godina Vama ili drugim članovima Vašeg domaćinstva nešto ukradeno iz automobila, kombija ili kamiona, ili je ukraden neki njegov dio, npr. retrovizor, točak ili radio?',
      'Osim krađa vozila, je li u posljednjih pet godina Vama ili drugim članovima Vašeg kućanstva nešto ukradeno iz automobila, kombija ili kamiona, ili je ukraden neki njegov dio, npr. retrovizor, kotač ili radio?',
      'Освен кражби на возила, во последните пет години, дали вам или на други членови на вашето домаќинство ви било украдено нешто од автомобил, комбе или камион, или некој негов дел, на пример ретровизор, тркало или радио?',
      'Osim krađa vozila, da li je u posljednjih pet godina Vama ili drugim članovima Vašeg domaćinstva nešto ukradeno iz automobila, kombija ili kamiona, ili je ukraden neki njegov dio, npr. retrovizor, točak ili radio?',
      'Осим крађа возила, да ли је у последњих пет година Вама или другим члановима Вашег домаћинства нешто украдено из аутомобила, комбија или камиона, или је украден неки његов део, нпр. ретровизор, точак или радио?',
    ),
  },
  {
    id: 'car_vandalism', scope: 'household', iccs: '0504 [U]', eligibleIf: CAR, mode: 'capi', followUps: ['where'],
    label: T('Deliberate damage to a vehicle', 'Dëmtim i qëllimshëm i automjetit', 'Namjerno oštećenje vozila', 'Namjerno oštećenje vozila', 'Намерно оштетување на возило', 'Namjerno oštećenje vozila', 'Намерно оштећење возила'),
    screener: T(
      'Apart from thefts, over the past five years, has a car, van or truck of your household been deliberately damaged or vandalised?',
      'Përveç vjedhjeve, gjatë pesë viteve të fundit, a është dëmtuar qëllimisht ose vandalizuar ndonjë makinë, furgon ose kamion i ekonomisë suaj familjare?',
      'Osim krađa, da li je u posljednjih pet godina automobil, kombi ili kamion Vašeg domaćinstva namjerno oštećen?',
      'Osim krađa, je li u posljednjih pet godina automobil, kombi ili kamion Vašeg kućanstva namjerno oštećen?',
      'Освен кражби, во последните пет години, дали автомобил, комбе или камион на вашето домаќинство бил намерно оштетен?',
      'Osim krađa, da li je u posljednjih pet godina automobil, kombi ili kamion Vašeg domaćinstva namjerno oštećen?',
      'Осим крађа, да ли је у последњих пет година аутомобил, комби или камион Вашег домаћинства намерно оштећен?',
    ),
  },
  {
    id: 'moto_theft', scope: 'household', iccs: '050211', eligibleIf: '{hh_moto} = 1', mode: 'capi', followUps: ['where'],
    label: T('Theft of a motorcycle, moped or scooter', 'Vjedhje e motoçikletës, mopedit ose skuterit', 'Krađa motocikla, mopeda ili skutera', 'Krađa motocikla, mopeda ili skutera', 'Кражба на мотоцикл, мопед или скутер', 'Krađa motocikla, mopeda ili skutera', 'Крађа мотоцикла, мопеда или скутера'),
    screener: T(
      'Over the past five years, have you or other members of your household had a motorcycle, moped or scooter stolen?',
      'Gjatë pesë viteve të fundit, a ju është vjedhur juve ose anëtarëve të tjerë të ekonomisë suaj familjare ndonjë motoçikletë, moped ose skuter?',
      'Da li je u posljednjih pet godina Vama ili drugim članovima Vašeg domaćinstva ukraden motocikl, moped ili skuter?',
      'Je li u posljednjih pet godina Vama ili drugim članovima Vašeg kućanstva ukraden motocikl, moped ili skuter?',
      'Во последните пет години, дали вам или на други членови на вашето домаќинство ви бил украден мотоцикл, мопед или скутер?',
      'Da li je u posljednjih pet godina Vama ili drugim članovima Vašeg domaćinstva ukraden motocikl, moped ili skuter?',
      'Да ли је у последњих пет година Вама или другим члановима Вашег домаћинства украден мотоцикл, мопед или скутер?',
    ),
  },
  {
    id: 'bicycle_theft', scope: 'household', iccs: '0502', eligibleIf: '{hh_bicycle} = 1', mode: 'capi', followUps: ['where'],
    label: T('Theft of a bicycle', 'Vjedhje e biçikletës', 'Krađa bicikla', 'Krađa bicikla', 'Кражба на велосипед', 'Krađa bicikla', 'Крађа бицикла'),
    screener: T(
      'Over the past five years, have you or other members of your household had a bicycle stolen?',
      'Gjatë pesë viteve të fundit, a ju është vjedhur juve ose anëtarëve të tjerë të ekonomisë suaj familjare ndonjë biçikletë?',
      'Da li je u posljednjih pet godina Vama ili drugim članovima Vašeg domaćinstva ukraden bicikl?',
      'Je li u posljednjih pet godina Vama ili drugim članovima Vašeg kućanstva ukraden bicikl?',
      'Во последните пет години, дали вам или на други членови на вашето домаќинство ви бил украден велосипед?',
      'Da li je u posljednjih pet godina Vama ili drugim članovima Vašeg domaćinstva ukraden bicikl?',
      'Да ли је у последњих пет година Вама или другим члановима Вашег домаћинства украден бицикл?',
    ),
  },
  {
    id: 'burglary', scope: 'household', iccs: '05012', mode: 'capi', followUps: ['support'],
    label: T('Burglary', 'Vjedhje me thyerje në banesë', 'Provalna krađa', 'Provalna krađa', 'Провална кражба', 'Provalna krađa', 'Провална крађа'),
    screener: T(
      'Over the past five years, did anyone get into your home without permission and steal or try to steal something? Do not count cellars, garages or sheds that are not part of the home.',
      'Gjatë pesë viteve të fundit, a ka hyrë dikush në banesën tuaj pa leje dhe ka vjedhur ose është përpjekur të vjedhë diçka? Mos llogaritni bodrumet, garazhet ose depot që nuk janë pjesë e banesës.',
      'Da li je u posljednjih pet godina neko bez dozvole ušao u Vaš stan ili kuću i ukrao ili pokušao ukrasti nešto? Ne računajte podrume, garaže ili šupe koji nisu dio stana ili kuće.',
      'Je li u posljednjih pet godina netko bez dopuštenja ušao u Vaš stan ili kuću i ukrao ili pokušao ukrasti nešto? Ne računajte podrume, garaže ili spremišta koja nisu dio stana ili kuće.',
      'Во последните пет години, дали некој влегол во вашиот стан или куќа без дозвола и украл или се обидел да украде нешто? Не ги сметајте визбите, гаражите или шупите што не се дел од станот или куќата.',
      'Da li je u posljednjih pet godina neko bez dozvole ušao u Vaš stan ili kuću i ukrao ili pokušao da ukrade nešto? Ne računajte podrume, garaže ili šupe koji nijesu dio stana ili kuće.',
      'Да ли је у последњих пет година неко без дозволе ушао у Ваш стан или кућу и украо или покушао да украде нешто? Не рачунајте подруме, гараже или шупе који нису део стана или куће.',
    ),
  },
  {
    id: 'attempted_burglary', scope: 'household', iccs: '05012 (attempt) [U]', mode: 'capi', followUps: [],
    label: T('Attempted burglary', 'Tentativë për vjedhje me thyerje në banesë', 'Pokušaj provale', 'Pokušaj provale', 'Обид за провална кражба', 'Pokušaj provale', 'Покушај провале'),
    screener: T(
      'Apart from what you have just told me, over the past five years, did anyone try to get into your home without permission but not succeed, for example leaving damage to locks, doors or windows?',
      'Përveç asaj që sapo më treguat, gjatë pesë viteve të fundit, a është përpjekur dikush të hyjë në banesën tuaj pa leje, por pa sukses, për shembull duke lënë dëmtime në brava, dyer ose dritare?',
      'Osim onoga što ste mi upravo rekli, da li je u posljednjih pet godina neko pokušao bez dozvole ući u Vaš stan ili kuću, ali nije uspio, npr. ostavio je oštećenja na bravi, vratima ili prozorima?',
      'Osim onoga što ste mi upravo rekli, je li u posljednjih pet godina netko pokušao bez dopuštenja ući u Vaš stan ili kuću, ali nije uspio, npr. ostavio je oštećenja na bravi, vratima ili prozorima?',
      'Освен она што штотуку ми го кажавте, во последните пет години, дали некој се обидел без дозвола да влезе во вашиот стан или куќа, но не успеал, на пример оставил оштетувања на бравата, вратата или прозорците?',
      'Osim onoga što ste mi upravo rekli, da li je u posljednjih pet godina neko pokušao da bez dozvole uđe u Vaš stan ili kuću, ali nije uspio, npr. ostavio je oštećenja na bravi, vratima ili prozorima?',
      'Осим онога што сте ми управо рекли, да ли је у последњих пет година неко покушао да без дозволе уђе у Ваш стан или кућу, али није успео, нпр. оставио је оштећења на брави, вратима или прозорима?',
    ),
  },
  {
    id: 'robbery', scope: 'personal', iccs: '0401', mode: 'capi', followUps: [...CONTACT, 'injury', 'support'],
    label: T('Robbery', 'Grabitje', 'Razbojništvo', 'Razbojništvo', 'Разбојништво', 'Razbojništvo', 'Разбојништво'),
    screener: T(
      'Over the past five years, has anyone stolen something from you by using force or threatening you, or tried to do so?',
      'Gjatë pesë viteve të fundit, a ju ka marrë dikush diçka me forcë ose duke ju kërcënuar, ose a është përpjekur ta bëjë këtë?',
      'Da li Vam je u posljednjih pet godina neko oduzeo nešto silom ili prijetnjom, ili je to pokušao?',
      'Je li Vam u posljednjih pet godina netko oduzeo nešto silom ili prijetnjom, ili je to pokušao?',
      'Во последните пет години, дали некој ви одзел нешто со сила или со закана, или се обидел да го стори тоа?',
      'Da li Vam je u posljednjih pet godina neko oduzeo nešto silom ili prijetnjom, ili je to pokušao?',
      'Да ли Вам је у последњих пет година неко одузео нешто силом или претњом, или је то покушао?',
    ),
  },
  {
    id: 'personal_theft', scope: 'personal', iccs: '0502 (05022 [U])', mode: 'capi', followUps: ['where'],
    label: T('Theft of personal property', 'Vjedhje e sendeve personale', 'Krađa lične imovine', 'Krađa osobne imovine', 'Кражба на лични предмети', 'Krađa lične imovine', 'Крађа личне имовине'),
    screener: T(
      'Apart from theft by force, over the past five years, have you personally had something stolen that you were carrying or had with you, such as a wallet, handbag, mobile phone or jewellery, for example by a pickpocket? Do not count thefts from a vehicle or from your home.',
      'Përveç vjedhjes me forcë, gjatë pesë viteve të fundit, a ju është vjedhur personalisht diçka që mbanit me vete, si portofoli, çanta, telefoni celular ose bizhuteritë, për shembull nga një xhepist? Mos llogaritni vjedhjet nga automjeti ose nga banesa.',
      'Osim krađe uz upotrebu sile, da li Vam je u posljednjih pet godina lično ukradeno nešto što ste nosili ili imali kod sebe, npr. novčanik, torba, mobilni telefon ili nakit, recimo od džeparoša? Ne računajte krađe iz vozila ili iz stana ili kuće.',
      'Osim krađe uz uporabu sile, je li Vama osobno u posljednjih pet godina ukradeno nešto što ste nosili ili imali uza sebe, npr. novčanik, torba, mobitel ili nakit, primjerice od džepara? Ne računajte krađe iz vozila ili iz stana ili kuće.',
      'Освен кражба со употреба на сила, во последните пет години, дали лично вам ви било украдено нешто што го носевте или го имавте со себе, на пример паричник, чанта, мобилен телефон или накит, на пример од џебчија? Не ги сметајте кражбите од возило или од станот или куќата.',
      'Osim krađe uz upotrebu sile, da li Vam je u posljednjih pet godina lično ukradeno nešto što ste nosili ili imali kod sebe, npr. novčanik, torba, mobilni telefon ili nakit, recimo od džeparoša? Ne računajte krađe iz vozila ili iz stana ili kuće.',
      'Осим крађе уз употребу силе, да ли Вам је у последњих пет година лично украдено нешто што сте носили или имали код себе, нпр. новчаник, торба, мобилни телефон или накит, рецимо од џепароша? Не рачунајте крађе из возила или из стана или куће.',
    ),
  },
  {
    id: 'assault', scope: 'personal', iccs: '02011', mode: 'capi', followUps: [...CONTACT, 'injury', 'support'],
    label: T('Physical assault', 'Sulm fizik', 'Fizički napad', 'Fizički napad', 'Физички напад', 'Fizički napad', 'Физички напад'),
    screener: T(
      'Over the past five years, has anyone physically attacked you, for example hit, slapped, pushed or kicked you, or attacked you with a weapon or an object? Please include attacks by people you know, including at home.',
      'Gjatë pesë viteve të fundit, a ju ka sulmuar fizikisht dikush, për shembull ju ka goditur, ju ka rënë me shuplakë, ju ka shtyrë ose ju ka shkelmuar, ose ju ka sulmuar me armë ose me ndonjë send? Ju lutemi përfshini edhe sulmet nga persona që i njihni, edhe në shtëpi.',
      'Da li Vas je u posljednjih pet godina neko fizički napao, npr. udario, ošamario, gurnuo ili šutnuo, ili Vas napao oružjem ili nekim predmetom? Molimo računajte i napade osoba koje poznajete, uključujući i one kod kuće.',
      'Je li Vas u posljednjih pet godina netko fizički napao, npr. udario, ošamario, gurnuo ili udario nogom, ili Vas napao oružjem ili nekim predmetom? Molimo računajte i napade osoba koje poznajete, uključujući i one kod kuće.',
      'Во последните пет години, дали некој физички ве нападнал, на пример ве удрил, ви удрил шамар, ве турнал или ве клоцнал, или ве нападнал со оружје или некој предмет? Ве молиме сметајте ги и нападите од лица што ги познавате, вклучувајќи ги и оние дома.',
      'Da li Vas je u posljednjih pet godina neko fizički napao, npr. udario, ošamario, gurnuo ili šutnuo, ili Vas napao oružjem ili nekim predmetom? Molimo računajte i napade lica koja poznajete, uključujući i one kod kuće.',
      'Да ли Вас је у последњих пет година неко физички напао, нпр. ударио, ошамарио, гурнуо или шутнуо, или Вас напао оружјем или неким предметом? Молимо рачунајте и нападе лица која познајете, укључујући и оне код куће.',
    ),
  },
  {
    id: 'threat', scope: 'personal', iccs: '02012 [U]', mode: 'capi', followUps: [...CONTACT, 'support'],
    label: T('Threat', 'Kërcënim', 'Prijetnja', 'Prijetnja', 'Закана', 'Prijetnja', 'Претња'),
    screener: T(
      'Apart from physical attacks, over the past five years, has anyone threatened you in a way that really frightened you, in person, by phone, in writing or online? Please include threats by people you know.',
      'Përveç sulmeve fizike, gjatë pesë viteve të fundit, a ju ka kërcënuar dikush në një mënyrë që ju ka frikësuar vërtet, personalisht, me telefon, me shkrim ose në internet? Ju lutemi përfshini edhe kërcënimet nga persona që i njihni.',
      'Osim fizičkih napada, da li Vam je u posljednjih pet godina neko prijetio na način koji Vas je zaista uplašio, lično, telefonom, pismeno ili putem interneta? Molimo računajte i prijetnje osoba koje poznajete.',
      'Osim fizičkih napada, je li Vam u posljednjih pet godina netko prijetio na način koji Vas je doista uplašio, osobno, telefonom, pisanim putem ili putem interneta? Molimo računajte i prijetnje osoba koje poznajete.',
      'Освен физички напади, во последните пет години, дали некој ви се заканувал на начин што навистина ве исплашил, лично, по телефон, писмено или преку интернет? Ве молиме сметајте ги и заканите од лица што ги познавате.',
      'Osim fizičkih napada, da li Vam je u posljednjih pet godina neko prijetio na način koji Vas je zaista uplašio, lično, telefonom, pismeno ili putem interneta? Molimo računajte i prijetnje lica koja poznajete.',
      'Осим физичких напада, да ли Вам је у последњих пет година неко претио на начин који Вас је заиста уплашио, лично, телефоном, писмено или путем интернета? Молимо рачунајте и претње лица која познајете.',
    ),
  },
  {
    id: 'consumer_fraud', scope: 'personal', iccs: '0701', mode: 'capi', followUps: [],
    label: T('Consumer fraud', 'Mashtrim ndaj konsumatorit', 'Prevara potrošača', 'Prijevara potrošača', 'Измама на потрошувачот', 'Prevara potrošača', 'Превара потрошача'),
    screener: T(
      'Over the past five years, were you cheated in the quantity or quality of goods or services you paid for, for example by a shop, a tradesman or a service provider?',
      'Gjatë pesë viteve të fundit, a jeni mashtruar në sasinë ose cilësinë e mallrave ose shërbimeve që keni paguar, për shembull nga një dyqan, një zejtar ose një ofrues shërbimesh?',
      'Da li ste u posljednjih pet godina bili prevareni u količini ili kvalitetu robe ili usluga koje ste platili, npr. u prodavnici, od zanatlije ili pružaoca usluga?',
      'Jeste li u posljednjih pet godina bili prevareni u količini ili kvaliteti robe ili usluga koje ste platili, npr. u trgovini, od obrtnika ili pružatelja usluga?',
      'Во последните пет години, дали сте биле измамени во количината или квалитетот на стоките или услугите што сте ги платиле, на пример во продавница, од занаетчија или давател на услуги?',
      'Da li ste u posljednjih pet godina bili prevareni u količini ili kvalitetu robe ili usluga koje ste platili, npr. u prodavnici, od zanatlije ili pružaoca usluga?',
      'Да ли сте у последњих пет година били преварени у количини или квалитету робе или услуга које сте платили, нпр. у продавници, од занатлије или пружаоца услуга?',
    ),
  },
  {
    id: 'online_fraud', scope: 'personal', iccs: '0701 [U]', mode: 'capi', followUps: [],
    label: T('Payment card or online fraud', 'Mashtrim me kartë pagese ose në internet', 'Prevara platnom karticom ili putem interneta', 'Prijevara platnom karticom ili putem interneta', 'Измама со платежна картичка или преку интернет', 'Prevara platnom karticom ili putem interneta', 'Превара платном картицом или путем интернета'),
    screener: T(
      'Over the past five years, has anyone used your payment card or bank account details without your permission, or cheated you when you bought, sold or paid for something online?',
      'Gjatë pesë viteve të fundit, a ka përdorur dikush pa lejen tuaj të dhënat e kartës suaj të pagesës ose të llogarisë bankare, ose ju ka mashtruar kur keni blerë, shitur ose paguar diçka në internet?',
      'Da li je u posljednjih pet godina neko bez Vašeg odobrenja koristio podatke Vaše platne kartice ili bankovnog računa, ili Vas prevario kada ste nešto kupovali, prodavali ili plaćali putem interneta?',
      'Je li u posljednjih pet godina netko bez Vašeg odobrenja upotrijebio podatke Vaše platne kartice ili bankovnog računa, ili Vas prevario kada ste nešto kupovali, prodavali ili plaćali putem interneta?',
      'Во последните пет години, дали некој без ваша дозвола ги користел податоците од вашата платежна картичка или банкарска сметка, или ве измамил кога сте купувале, продавале или плаќале нешто преку интернет?',
      'Da li je u posljednjih pet godina neko bez Vašeg odobrenja koristio podatke Vaše platne kartice ili bankovnog računa, ili Vas prevario kada ste nešto kupovali, prodavali ili plaćali putem interneta?',
      'Да ли је у последњих пет година неко без Вашег одобрења користио податке Ваше платне картице или банковног рачуна, или Вас преварио када сте нешто куповали, продавали или плаћали путем интернета?',
    ),
  },
  {
    id: 'id_theft', scope: 'personal', iccs: '0701 [U]', mode: 'capi', followUps: [],
    label: T('Misuse of personal data (identity theft)', 'Keqpërdorim i të dhënave personale (vjedhje identiteti)', 'Zloupotreba ličnih podataka (krađa identiteta)', 'Zlouporaba osobnih podataka (krađa identiteta)', 'Злоупотреба на лични податоци (кражба на идентитет)', 'Zloupotreba ličnih podataka (krađa identiteta)', 'Злоупотреба личних података (крађа идентитета)'),
    screener: T(
      'Over the past five years, has anyone used your personal data, such as your name, identity number or documents, without your permission, for example to open an account, take out a loan or buy something in your name?',
      'Gjatë pesë viteve të fundit, a ka përdorur dikush pa lejen tuaj të dhënat tuaja personale, si emrin, numrin personal ose dokumentet tuaja, për shembull për të hapur një llogari, për të marrë një kredi ose për të blerë diçka në emrin tuaj?',
      'Da li je u posljednjih pet godina neko bez Vašeg odobrenja koristio Vaše lične podatke, kao što su ime, matični broj ili dokumenti, npr. da otvori račun, podigne kredit ili nešto kupi na Vaše ime?',
      'Je li u posljednjih pet godina netko bez Vašeg odobrenja upotrijebio Vaše osobne podatke, kao što su ime, osobni identifikacijski broj ili isprave, npr. da otvori račun, podigne kredit ili nešto kupi na Vaše ime?',
      'Во последните пет години, дали некој без ваша дозвола ги користел вашите лични податоци, како што се името, матичниот број или документите, на пример за да отвори сметка, да земе кредит или да купи нешто во ваше име?',
      'Da li je u posljednjih pet godina neko bez Vašeg odobrenja koristio Vaše lične podatke, kao što su ime, matični broj ili dokumenta, npr. da otvori račun, podigne kredit ili nešto kupi na Vaše ime?',
      'Да ли је у последњих пет година неко без Вашег одобрења користио Ваше личне податке, као што су име, матични број или документа, нпр. да отвори рачун, подигне кредит или нешто купи на Ваше име?',
    ),
  },
  {
    id: 'sexual', scope: 'personal', iccs: '0301 (03011 rape, 03012 sexual assault)', mode: 'casi', followUps: [...CONTACT, 'injury', 'support'],
    label: T('Sexual violence', 'Dhunë seksuale', 'Seksualno nasilje', 'Seksualno nasilje', 'Сексуално насилство', 'Seksualno nasilje', 'Сексуално насиље'),
    screener: T(
      'In the past five years, has anyone forced you, or tried to force you, into sexual intercourse or any other sexual activity against your will, or touched you sexually when you did not want it? Please include acts by people you know, such as a partner, a family member or an acquaintance.',
      'Gjatë pesë viteve të fundit, a ju ka detyruar dikush, ose është përpjekur t’ju detyrojë, në marrëdhënie seksuale ose në ndonjë veprim tjetër seksual kundër vullnetit tuaj, ose ju ka prekur në mënyrë seksuale kur ju nuk e donit këtë? Ju lutemi përfshini edhe veprimet nga persona që i njihni, si partneri, një anëtar i familjes ose një i njohur.',
      'Da li Vas je u posljednjih pet godina neko prisilio ili pokušao prisiliti na seksualni odnos ili neku drugu seksualnu radnju protiv Vaše volje, ili Vas je seksualno dodirivao kada Vi to niste željeli? Molimo računajte i postupke osoba koje poznajete, kao što su partner, član porodice ili poznanik.',
      'Je li Vas u posljednjih pet godina netko prisilio ili pokušao prisiliti na spolni odnos ili neku drugu seksualnu radnju protiv Vaše volje, ili Vas je seksualno dodirivao kada Vi to niste željeli? Molimo računajte i postupke osoba koje poznajete, kao što su partner, član obitelji ili poznanik.',
      'Во последните пет години, дали некој ве присилил или се обидел да ве присили на сексуален однос или некое друго сексуално дејство против ваша волја, или ве допирал на сексуален начин кога вие тоа не сте го сакале? Ве молиме сметајте ги и постапките на лица што ги познавате, како партнер, член на семејството или познаник.',
      'Da li Vas je u posljednjih pet godina neko prisilio ili pokušao da Vas prisili na seksualni odnos ili neku drugu seksualnu radnju protiv Vaše volje, ili Vas je seksualno dodirivao kada Vi to nijeste željeli? Molimo računajte i postupke lica koja poznajete, kao što su partner, član porodice ili poznanik.',
      'Да ли Вас је у последњих пет година неко присилио или покушао да Вас присили на сексуални однос или неку другу сексуалну радњу против Ваше воље, или Вас је сексуално додиривао када Ви то нисте желели? Молимо рачунајте и поступке лица која познајете, као што су партнер, члан породице или познаник.',
    ),
  },
];

const WHEN_TITLE = T(
  'When did this happen the last time?',
  'Kur ka ndodhur kjo herën e fundit?',
  'Kada se to desilo posljednji put?',
  'Kada se to dogodilo posljednji put?',
  'Кога се случи тоа последниот пат?',
  'Kada se to desilo posljednji put?',
  'Када се то десило последњи пут?',
);
const WHEN_CHOICES = () => [
  choice(1, T('In the past 12 months', 'Në 12 muajt e fundit', 'U posljednjih 12 mjeseci', 'U posljednjih 12 mjeseci', 'Во последните 12 месеци', 'U posljednjih 12 mjeseci', 'У последњих 12 месеци')),
  choice(2, T('Earlier (more than 12 months ago)', 'Më herët (më shumë se 12 muaj më parë)', 'Ranije (prije više od 12 mjeseci)', 'Ranije (prije više od 12 mjeseci)', 'Порано (пред повеќе од 12 месеци)', 'Ranije (prije više od 12 mjeseci)', 'Раније (пре више од 12 месеци)')),
];
const TIMES_TITLE = T(
  'How many times did this happen in the past 12 months?',
  'Sa herë ka ndodhur kjo në 12 muajt e fundit?',
  'Koliko puta se to desilo u posljednjih 12 mjeseci?',
  'Koliko se puta to dogodilo u posljednjih 12 mjeseci?',
  'Колку пати се случило тоа во последните 12 месеци?',
  'Koliko puta se to desilo u posljednjih 12 mjeseci?',
  'Колико пута се то десило у последњих 12 месеци?',
);
const TIMES_HINT = T(
  'Enter 997 if too many to count.',
  'Shkruani 997 nëse janë shumë herë për t’u numëruar.',
  'Unesite 997 ako je bilo previše puta da bi se izbrojalo.',
  'Unesite 997 ako je bilo previše puta da bi se izbrojilo.',
  'Внесете 997 ако биле премногу пати за да се избројат.',
  'Unesite 997 ako je bilo previše puta da bi se izbrojalo.',
  'Унесите 997 ако је било превише пута да би се избројало.',
);
const TIMES_RANGE = T(
  'Enter a number from 1 to 996, or 997 if too many to count.',
  'Shkruani një numër nga 1 deri në 996, ose 997 nëse janë shumë për t’u numëruar.',
  'Unesite broj od 1 do 996, ili 997 ako je bilo previše puta da bi se izbrojalo.',
  'Unesite broj od 1 do 996 ili 997 ako je bilo previše puta da bi se izbrojilo.',
  'Внесете број од 1 до 996, или 997 ако биле премногу пати за да се избројат.',
  'Unesite broj od 1 do 996, ili 997 ako je bilo previše puta da bi se izbrojalo.',
  'Унесите број од 1 до 996, или 997 ако је било превише пута да би се избројало.',
);
const INCIDENT_SUFFIX = T(' — the most recent incident', ' — rasti më i fundit', ' — posljednji slučaj', ' — posljednji slučaj', ' — последниот случај', ' — posljednji slučaj', ' — последњи случај');
const INCIDENT_NOTE = T(
  'The following questions are about the most recent incident.',
  'Pyetjet në vijim kanë të bëjnë me rastin më të fundit.',
  'Sljedeća pitanja odnose se na posljednji slučaj.',
  'Sljedeća se pitanja odnose na posljednji slučaj.',
  'Следните прашања се однесуваат на последниот случај.',
  'Sljedeća pitanja odnose se na posljednji slučaj.',
  'Следећа питања односе се на последњи случај.',
);

const WHERE = {
  title: T('Where did it happen?', 'Ku ndodhi?', 'Gdje se to desilo?', 'Gdje se to dogodilo?', 'Каде се случи?', 'Gdje se to desilo?', 'Где се то десило?'),
  choices: () => [
    choice(1, T('At your own home (including yard, garage or parking space)', 'Në shtëpinë tuaj (përfshirë oborrin, garazhin ose vendin e parkimit)', 'U Vašem stanu ili kući (uključujući dvorište, garažu ili parking-mjesto)', 'U Vašem stanu ili kući (uključujući dvorište, garažu ili parkirno mjesto)', 'Во вашиот стан или куќа (вклучувајќи двор, гаража или паркинг-место)', 'U Vašem stanu ili kući (uključujući dvorište, garažu ili parking-mjesto)', 'У Вашем стану или кући (укључујући двориште, гаражу или паркинг-место)')),
    choice(2, T('Near your home', 'Afër shtëpisë suaj', 'U blizini Vaše kuće', 'U blizini Vašeg doma', 'Во близина на вашиот дом', 'U blizini Vaše kuće', 'У близини Ваше куће')),
    choice(3, T('Elsewhere in your city or municipality', 'Diku tjetër në qytetin ose komunën tuaj', 'Drugdje u Vašem gradu ili općini', 'Drugdje u Vašem gradu ili općini', 'На друго место во вашиот град или општина', 'Drugdje u Vašem gradu ili opštini', 'На другом месту у Вашем граду или општини')),
    choice(4, T('Elsewhere in the country', 'Diku tjetër në vend', 'Drugdje u zemlji', 'Drugdje u zemlji', 'На друго место во земјата', 'Drugdje u državi', 'На другом месту у земљи')),
    choice(5, T('Abroad', 'Jashtë vendit', 'U inostranstvu', 'U inozemstvu', 'Во странство', 'U inostranstvu', 'У иностранству')),
  ],
};

const OFFENDERS = {
  title: T('How many offenders were involved?', 'Sa autorë ishin të përfshirë?', 'Koliko je počinilaca učestvovalo?', 'Koliko je počinitelja sudjelovalo?', 'Колку сторители учествуваа?', 'Koliko je počinilaca učestvovalo?', 'Колико је починилаца учествовало?'),
  choices: () => [
    choice(1, T('One', 'Një', 'Jedan', 'Jedan', 'Еден', 'Jedan', 'Један')),
    choice(2, T('Two', 'Dy', 'Dva', 'Dva', 'Двајца', 'Dva', 'Два')),
    choice(3, T('Three or more', 'Tre ose më shumë', 'Tri ili više', 'Tri ili više', 'Тројца или повеќе', 'Tri ili više', 'Три или више')),
    choice(8, DONT_KNOW),
  ],
};

const KNOWN = {
  title: T('Did you know the offender, or any of the offenders?', 'A e njihnit autorin ose ndonjë nga autorët?', 'Da li ste poznavali počinioca ili nekog od počinilaca?', 'Jeste li poznavali počinitelja ili nekoga od počinitelja?', 'Дали го познававте сторителот или некој од сторителите?', 'Da li ste poznavali počinioca ili nekog od počinilaca?', 'Да ли сте познавали починиоца или неког од починилаца?'),
  choices: () => [
    choice(1, T('Yes, by name', 'Po, me emër', 'Da, po imenu', 'Da, po imenu', 'Да, по име', 'Da, po imenu', 'Да, по имену')),
    choice(2, T('Yes, by sight only', 'Po, vetëm nga pamja', 'Da, samo iz viđenja', 'Da, samo iz viđenja', 'Да, само од виѓење', 'Da, samo iz viđenja', 'Да, само из виђења')),
    choice(3, T('No, did not know them', 'Jo, nuk i njihja', 'Ne, nisam ih poznavao/la', 'Ne, nisam ih poznavao/la', 'Не, не ги познавав', 'Ne, nijesam ih poznavao/la', 'Не, нисам их познавао/ла')),
    choice(8, DONT_KNOW),
  ],
};

const WEAPON = {
  title: T('Did the offender have or use a weapon, or something used as a weapon?', 'A kishte ose përdori autori ndonjë armë ose diçka të përdorur si armë?', 'Da li je počinilac imao ili upotrijebio oružje ili nešto što je koristio kao oružje?', 'Je li počinitelj imao ili upotrijebio oružje ili nešto čime se služio kao oružjem?', 'Дали сторителот имал или употребил оружје или нешто што го користел како оружје?', 'Da li je počinilac imao ili upotrijebio oružje ili nešto što je koristio kao oružje?', 'Да ли је починилац имао или употребио оружје или нешто што је користио као оружје?'),
  choices: () => [
    choice(1, T('No weapon', 'Jo, pa armë', 'Ne, bez oružja', 'Ne, bez oružja', 'Не, без оружје', 'Ne, bez oružja', 'Не, без оружја')),
    choice(2, T('A knife', 'Thikë', 'Nož', 'Nož', 'Нож', 'Nož', 'Нож')),
    choice(3, T('A gun', 'Armë zjarri', 'Vatreno oružje', 'Vatreno oružje', 'Огнено оружје', 'Vatreno oružje', 'Ватрено оружје')),
    choice(4, T('Another weapon or object', 'Armë ose send tjetër', 'Drugo oružje ili predmet', 'Drugo oružje ili predmet', 'Друго оружје или предмет', 'Drugo oružje ili predmet', 'Друго оружје или предмет')),
  ],
};

const INJURY_TITLE = T('Were you injured?', 'A u lënduat?', 'Da li ste bili povrijeđeni?', 'Jeste li bili ozlijeđeni?', 'Дали бевте повредени?', 'Da li ste bili povrijeđeni?', 'Да ли сте били повређени?');

const SUPPORT = {
  title: T('Did you receive help from a specialised victim support service after the incident?', 'A morët ndihmë nga një shërbim i specializuar për mbështetjen e viktimave pas rastit?', 'Da li ste nakon tog slučaja dobili pomoć od specijalizovane službe za podršku žrtvama?', 'Jeste li nakon tog slučaja dobili pomoć od specijalizirane službe za podršku žrtvama?', 'Дали по тој случај добивте помош од специјализирана служба за поддршка на жртвите?', 'Da li ste nakon tog slučaja dobili pomoć od specijalizovane službe za podršku žrtvama?', 'Да ли сте након тог случаја добили помоћ од специјализоване службе за подршку жртвама?'),
  choices: () => [
    choice(1, YES),
    choice(2, T('No, but I would have wanted it', 'Jo, por do ta kisha dashur', 'Ne, ali bih je želio/la', 'Ne, ali bih je želio/la', 'Не, но би сакал/а да добијам', 'Ne, ali bih je želio/la', 'Не, али бих је желео/ла')),
    choice(3, T('No, I did not need it', 'Jo, nuk kisha nevojë', 'Ne, nije mi bila potrebna', 'Ne, nije mi bila potrebna', 'Не, не ми беше потребна', 'Ne, nije mi bila potrebna', 'Не, није ми била потребна')),
  ],
};

const REP_POLICE = {
  title: T('Was the incident reported to the police, or did the police find out about it?', 'A u denoncua rasti në polici, ose a mori vesh policia për të?', 'Da li je slučaj prijavljen policiji ili je policija za njega saznala?', 'Je li slučaj prijavljen policiji ili je policija za njega saznala?', 'Дали случајот беше пријавен во полиција или полицијата дозна за него?', 'Da li je slučaj prijavljen policiji ili je policija za njega saznala?', 'Да ли је случај пријављен полицији или је полиција за њега сазнала?'),
  choices: () => [
    choice(1, T('Yes, I reported it', 'Po, e denoncova unë', 'Da, ja sam ga prijavio/la', 'Da, ja sam ga prijavio/la', 'Да, јас го пријавив', 'Da, ja sam ga prijavio/la', 'Да, ја сам га пријавио/ла')),
    choice(2, T('Yes, someone else reported it', 'Po, e denoncoi dikush tjetër', 'Da, prijavio ga je neko drugi', 'Da, prijavio ga je netko drugi', 'Да, го пријави некој друг', 'Da, prijavio ga je neko drugi', 'Да, пријавио га је неко други')),
    choice(3, T('The police found out in another way', 'Policia mori vesh në mënyrë tjetër', 'Policija je saznala na drugi način', 'Policija je saznala na drugi način', 'Полицијата дозна на друг начин', 'Policija je saznala na drugi način', 'Полиција је сазнала на други начин')),
    choice(4, T('No, it was not reported', 'Jo, nuk u denoncua', 'Ne, nije prijavljen', 'Ne, nije prijavljen', 'Не, не беше пријавен', 'Ne, nije prijavljen', 'Не, није пријављен')),
  ],
};

/** 16.3.1 counts competent authorities and recognised mechanisms only: victim support is asked apart (`support`). */
const REP_OTHER_TITLE = T(
  'Apart from the police, did you or anyone else report it to another authority able to investigate, such as the prosecutor’s office, or to an officially recognised body such as a community elder or a religious leader? (A victim support service does not count here.)',
  'Përveç policisë, a e raportuat ju ose dikush tjetër te ndonjë autoritet tjetër që mund ta hetojë, si prokuroria, ose te një organ i njohur zyrtarisht, si pleqësia e komunitetit ose një udhëheqës fetar? (Një shërbim për mbështetjen e viktimave nuk llogaritet këtu.)',
  'Osim policiji, da li ste Vi ili neko drugi to prijavili nekom drugom organu nadležnom za istragu, npr. tužilaštvu, ili zvanično priznatom tijelu, poput starješine zajednice ili vjerskog predstavnika? (Služba za podršku žrtvama se ovdje ne računa.)',
  'Osim policiji, jeste li Vi ili netko drugi to prijavili nekom drugom tijelu nadležnom za istragu, npr. državnom odvjetništvu, ili službeno priznatom tijelu, poput starješine zajednice ili vjerskog predstavnika? (Služba za podršku žrtvama ovdje se ne računa.)',
  'Освен во полиција, дали вие или некој друг го пријавивте тоа кај друг орган надлежен за истрага, на пример во обвинителството, или кај официјално признато тело, како старешина на заедницата или верски претставник? (Служба за поддршка на жртвите не се смета овде.)',
  'Osim policiji, da li ste Vi ili neko drugi to prijavili nekom drugom organu nadležnom za istragu, npr. tužilaštvu, ili zvanično priznatom tijelu, poput starješine zajednice ili vjerskog predstavnika? (Služba za podršku žrtvama se ovdje ne računa.)',
  'Осим полицији, да ли сте Ви или неко други то пријавили неком другом органу надлежном за истрагу, нпр. тужилаштву, или званично признатом телу, попут старешине заједнице или верског представника? (Служба за подршку жртвама се овде не рачуна.)',
);

const WHY_NOT = {
  capi: T(
    'Why was it not reported to the police? (Do not read out the answers; more than one answer possible.)',
    'Pse nuk u denoncua në polici? (Mos i lexoni përgjigjet; mund të ketë më shumë se një përgjigje.)',
    'Zašto nije prijavljen policiji? (Ne čitajte odgovore; moguće je više odgovora.)',
    'Zašto nije prijavljen policiji? (Ne čitajte odgovore; moguće je više odgovora.)',
    'Зошто не беше пријавен во полиција? (Не ги читајте одговорите; можни се повеќе одговори.)',
    'Zašto nije prijavljen policiji? (Ne čitajte odgovore; moguće je više odgovora.)',
    'Зашто није пријављен полицији? (Не читајте одговоре; могуће је више одговора.)',
  ),
  casi: T(
    'Why was it not reported to the police? (You may choose more than one answer.)',
    'Pse nuk u denoncua në polici? (Mund të zgjidhni më shumë se një përgjigje.)',
    'Zašto nije prijavljen policiji? (Možete izabrati više odgovora.)',
    'Zašto nije prijavljen policiji? (Možete odabrati više odgovora.)',
    'Зошто не беше пријавен во полиција? (Можете да изберете повеќе одговори.)',
    'Zašto nije prijavljen policiji? (Možete izabrati više odgovora.)',
    'Зашто није пријављен полицији? (Можете изабрати више одговора.)',
  ),
  choices: () => [
    choice(1, T('Not serious enough, no loss', 'Nuk ishte mjaft serioz, pa dëm', 'Nije bilo dovoljno ozbiljno, nije bilo štete', 'Nije bilo dovoljno ozbiljno, nije bilo štete', 'Не беше доволно сериозно, немаше штета', 'Nije bilo dovoljno ozbiljno, nije bilo štete', 'Није било довољно озбиљно, није било штете')),
    choice(2, T('The police could not do anything (no proof)', 'Policia nuk mund të bënte asgjë (s’kishte prova)', 'Policija ne bi mogla ništa učiniti (nema dokaza)', 'Policija ne bi mogla ništa učiniti (nema dokaza)', 'Полицијата не би можела ништо да стори (нема докази)', 'Policija ne bi mogla ništa da uradi (nema dokaza)', 'Полиција не би могла ништа да уради (нема доказа)')),
    choice(3, T('The police would not do anything', 'Policia nuk do të bënte asgjë', 'Policija ne bi ništa poduzela', 'Policija ne bi ništa poduzela', 'Полицијата не би презела ништо', 'Policija ne bi ništa preduzela', 'Полиција не би ништа предузела')),
    choice(4, T('Solved it ourselves, not a police matter', 'E zgjidhëm vetë, nuk ishte çështje për policinë', 'Riješili smo sami, nije stvar za policiju', 'Riješili smo sami, nije stvar za policiju', 'Сами го решивме, не е работа за полицијата', 'Riješili smo sami, nije stvar za policiju', 'Решили смо сами, није ствар за полицију')),
    choice(5, T('Reported it elsewhere', 'E raportuam diku tjetër', 'Prijavili smo to na drugom mjestu', 'Prijavili smo to na drugom mjestu', 'Го пријавивме на друго место', 'Prijavili smo to na drugom mjestu', 'Пријавили смо то на другом месту')),
    choice(6, T('Fear or dislike of the police', 'Frikë ose mosbesim ndaj policisë', 'Strah od policije ili nepovjerenje u policiju', 'Strah od policije ili nepovjerenje u policiju', 'Страв од полицијата или недоверба во полицијата', 'Strah od policije ili nepovjerenje u policiju', 'Страх од полиције или неповерење у полицију')),
    choice(7, T('Fear of reprisal by the offender', 'Frikë nga hakmarrja e autorit', 'Strah od osvete počinioca', 'Strah od osvete počinitelja', 'Страв од одмазда од сторителот', 'Strah od osvete počinioca', 'Страх од освете починиоца')),
    choice(8, T('Other reason', 'Arsye tjetër', 'Drugi razlog', 'Drugi razlog', 'Друга причина', 'Drugi razlog', 'Други разлог')),
  ],
};

const POLICE_SAT = {
  title: T('Overall, were you satisfied with the way the police dealt with the matter?', 'Në përgjithësi, a ishit të kënaqur me mënyrën si e trajtoi policia çështjen?', 'Da li ste, sve u svemu, bili zadovoljni načinom na koji je policija postupila u tom slučaju?', 'Jeste li, sve u svemu, bili zadovoljni načinom na koji je policija postupila u tom slučaju?', 'Генерално, дали бевте задоволни од начинот на кој полицијата постапи во тој случај?', 'Da li ste, sve u svemu, bili zadovoljni načinom na koji je policija postupila u tom slučaju?', 'Да ли сте, све у свему, били задовољни начином на који је полиција поступила у том случају?'),
  choices: () => [
    choice(1, T('Very satisfied', 'Shumë i/e kënaqur', 'Vrlo zadovoljan/na', 'Vrlo zadovoljan/na', 'Многу задоволен/на', 'Veoma zadovoljan/na', 'Веома задовољан/на')),
    choice(2, T('Fairly satisfied', 'Mjaft i/e kënaqur', 'Uglavnom zadovoljan/na', 'Uglavnom zadovoljan/na', 'Главно задоволен/на', 'Uglavnom zadovoljan/na', 'Углавном задовољан/на')),
    choice(3, T('Dissatisfied', 'I/e pakënaqur', 'Nezadovoljan/na', 'Nezadovoljan/na', 'Незадоволен/на', 'Nezadovoljan/na', 'Незадовољан/на')),
    choice(4, T('Very dissatisfied', 'Shumë i/e pakënaqur', 'Vrlo nezadovoljan/na', 'Vrlo nezadovoljan/na', 'Многу незадоволен/на', 'Veoma nezadovoljan/na', 'Веома незадовољан/на')),
  ],
};

const SERIOUS = {
  household: T('Taking everything into account, how serious was the incident for you or your household?', 'Duke marrë parasysh gjithçka, sa serioz ishte rasti për ju ose ekonominë tuaj familjare?', 'Uzimajući sve u obzir, koliko je taj slučaj bio ozbiljan za Vas ili Vaše domaćinstvo?', 'Uzimajući sve u obzir, koliko je taj slučaj bio ozbiljan za Vas ili Vaše kućanstvo?', 'Земајќи го предвид сето, колку беше сериозен тој случај за вас или за вашето домаќинство?', 'Uzimajući sve u obzir, koliko je taj slučaj bio ozbiljan za Vas ili Vaše domaćinstvo?', 'Узимајући све у обзир, колико је тај случај био озбиљан за Вас или Ваше домаћинство?'),
  personal: T('Taking everything into account, how serious was the incident for you?', 'Duke marrë parasysh gjithçka, sa serioz ishte rasti për ju?', 'Uzimajući sve u obzir, koliko je taj slučaj bio ozbiljan za Vas?', 'Uzimajući sve u obzir, koliko je taj slučaj bio ozbiljan za Vas?', 'Земајќи го предвид сето, колку беше сериозен тој случај за вас?', 'Uzimajući sve u obzir, koliko je taj slučaj bio ozbiljan za Vas?', 'Узимајући све у обзир, колико је тај случај био озбиљан за Вас?'),
  choices: () => [
    choice(1, T('Very serious', 'Shumë serioz', 'Veoma ozbiljan', 'Vrlo ozbiljan', 'Многу сериозен', 'Veoma ozbiljan', 'Веома озбиљан')),
    choice(2, T('Fairly serious', 'Mjaft serioz', 'Prilično ozbiljan', 'Prilično ozbiljan', 'Прилично сериозен', 'Prilično ozbiljan', 'Прилично озбиљан')),
    choice(3, T('Not very serious', 'Jo shumë serioz', 'Ne baš ozbiljan', 'Ne baš ozbiljan', 'Не многу сериозен', 'Ne baš ozbiljan', 'Не баш озбиљан')),
  ],
};

export const v = (crime: Crime, item: string) => `vic_${crime.id}_${item}`;

/** `vic_{c}_12m`: 1 if the last incident was in the past 12 months (0 also when not asked). */
export function twelveMonthExpression(crime: Crime): string {
  return `iif({${v(crime, '5y')}} = 1 and {${v(crime, 'when')}} = 1, 1, 0)`;
}

/**
 * `vic_{c}_rep_comp` (SDG 16.3.1): the most recent incident was reported, by the victim or someone
 * else, to the police or to another competent or recognised body. Hidden answers are kept until the
 * interview completes, hence the screener in the condition.
 */
export function reportedExpression(crime: Crime): string {
  const police = `{${v(crime, 'rep_police')}}`;
  return `iif({${v(crime, '5y')}} = 1 and (${police} = 1 or ${police} = 2 or {${v(crime, 'rep_other')}} = 1), 1, 0)`;
}

function screenerChoices(crime: Crime) {
  return [choice(1, YES), choice(2, NO), choice(8, DONT_KNOW), choice(9, crime.mode === 'casi' ? PREFER_NOT : REFUSED)];
}

function followUpPanel(crime: Crime): Element {
  const victim = `{${v(crime, '5y')}} = 1`;
  const items: Element[] = [];
  // Every follow-up offers "don't know" and a refusal (not read out): the consent text promises
  // that any question may be skipped, and an interviewer must never have to invent an answer.
  const complete = (choices: Choice[]): Choice[] => (choices.some((c) => c.value === 8) ? choices : [...choices, ...nonResponse(crime)]);
  const ask = (item: FollowUp, title: Loc, choices: Choice[]) => {
    if (crime.followUps.includes(item)) items.push(radio(v(crime, item), title, complete(choices)));
  };
  ask('where', WHERE.title, WHERE.choices());
  ask('offenders', OFFENDERS.title, OFFENDERS.choices());
  ask('known', KNOWN.title, KNOWN.choices());
  ask('weapon', WEAPON.title, WEAPON.choices());
  ask('injury', INJURY_TITLE, yesNo());
  items.push(...detailItems(crime));

  const police = `{${v(crime, 'rep_police')}}`;
  items.push(
    radio(v(crime, 'rep_police'), REP_POLICE.title, complete(REP_POLICE.choices())),
    radio(v(crime, 'rep_other'), REP_OTHER_TITLE, complete(yesNo())),
    checkbox(v(crime, 'why_not'), crime.mode === 'casi' ? WHY_NOT.casi : WHY_NOT.capi, WHY_NOT.choices(), { visibleIf: `${police} = 4` }),
    radio(v(crime, 'police_sat'), POLICE_SAT.title, complete(POLICE_SAT.choices()), { visibleIf: `${police} = 1 or ${police} = 2` }),
    radio(v(crime, 'serious'), crime.scope === 'household' ? SERIOUS.household : SERIOUS.personal, complete(SERIOUS.choices())),
  );
  ask('support', SUPPORT.title, SUPPORT.choices());
  const el = panel(`vic_${crime.id}_incident`, joinLoc([crime.label, INCIDENT_SUFFIX]), items, victim);
  el.description = INCIDENT_NOTE;
  return el;
}

/** The screener, when, times and follow-up panel of one crime. */
export function crimeElements(crime: Crime): Element[] {
  const victim = `{${v(crime, '5y')}} = 1`;
  return [
    radio(v(crime, '5y'), crime.screener, screenerChoices(crime)),
    radio(v(crime, 'when'), WHEN_TITLE, [...WHEN_CHOICES(), ...nonResponse(crime)], { visibleIf: victim }),
    integer(v(crime, 'times'), TIMES_TITLE, 1, 997, TIMES_RANGE, {
      visibleIf: `${victim} and {${v(crime, 'when')}} = 1`,
      description: TIMES_HINT,
    }),
    followUpPanel(crime),
  ];
}

/** One page per crime (CAPI crimes); vehicle crimes only for households that had the vehicle. */
export function crimePage(crime: Crime, lead: Element[] = []): Element {
  const visibleIf = crime.eligibleIf ? `${INTERVIEWED} and ${crime.eligibleIf}` : INTERVIEWED;
  return page(`crime_${crime.id}`, crime.label, [...lead, ...crimeElements(crime)], visibleIf);
}

export const personalCrimeIntro = () =>
  html('personal_crime_intro', T(
    '<p>Now I would like to ask you about crimes that you personally may have experienced.</p>',
    '<p>Tani dëshiroj t’ju pyes për krime që ju personalisht mund t’i keni përjetuar.</p>',
    '<p>Sada bih Vas želio/la pitati o krivičnim djelima koja ste Vi lično možda doživjeli.</p>',
    '<p>Sada bih Vas želio/la pitati o kaznenim djelima koja ste Vi osobno možda doživjeli.</p>',
    '<p>Сега би сакал/а да ве прашам за кривични дела што вие лично можеби сте ги доживеале.</p>',
    '<p>Sada bih želio/la da Vas pitam o krivičnim djelima koja ste Vi lično možda doživjeli.</p>',
    '<p>Сада бих желео/ла да Вас питам о кривичним делима која сте Ви лично можда доживели.</p>',
  ));
