/**
 * Optional corruption blocks, as the UNODC regional surveys of the Western Balkans (2010/2011 and
 * the 2021 follow-up) covered them beyond administrative bribery: bribery in public-sector
 * recruitment, and vote-buying. Each is switched on per jurisdiction in the country profile
 * (`corruptionBlocks` in analysis/profiles) — the office decides — and the generator shows a block
 * only in the jurisdictions that switched it on; `corruption({ blocks })` overrides the profiles for
 * a build of one's own. Variables: `rec_*`, `vote_*` (surveys/VARIABLES.md); indicators
 * COR_REC_BRIBE, COR_REC_PAID, COR_VOTE_OFFERED, COR_VOTE_ACCEPTED (surveys/indicators.json).
 */
import { JURISDICTIONS, PROFILES, type Jurisdiction } from '../../analysis/profiles';
import { T } from './i18n';
import { choice, DONT_KNOW, NO, page, radio, REFUSED, YES, type Element } from './elements';
import { inCountry } from './country';
import { INTERVIEWED } from './respondent';

export const CORRUPTION_BLOCKS = ['recruitment', 'voteBuying'] as const;
export type CorruptionBlock = (typeof CORRUPTION_BLOCKS)[number];
/** Which jurisdictions field each optional block. */
export type BlockSwitches = Readonly<Record<CorruptionBlock, readonly Jurisdiction[]>>;

/** The switches as the country profiles set them. */
export function profileBlockSwitches(): BlockSwitches {
  return Object.fromEntries(CORRUPTION_BLOCKS.map((b) => [b, JURISDICTIONS.filter((code) => PROFILES[code].corruptionBlocks[b])])) as unknown as BlockSwitches;
}

/** The page condition: interviewed, in one of the jurisdictions that switched the block on. */
function shownIn(codes: readonly Jurisdiction[]): string {
  return codes.length === 0 ? 'false' : `${INTERVIEWED} and (${codes.map(inCountry).join(' or ')})`;
}

const withNonResponse = [choice(8, DONT_KNOW), choice(9, REFUSED)];

/** Recruitment: household members who applied for a public-sector job in the past 3 years (the regional surveys' period). */
export function recruitmentPage(codes: readonly Jurisdiction[]): Element {
  const applied = '{rec_applied} = 1';
  return page(
    'recruitment',
    T('Applying for a job in the public sector', 'Aplikimi për një vend pune në sektorin publik', 'Prijava za posao u javnom sektoru', 'Prijava za posao u javnom sektoru', 'Пријавување за работа во јавниот сектор', 'Prijava za posao u javnom sektoru', 'Пријава за посао у јавном сектору'),
    [
      radio(
        'rec_applied',
        T(
          'In the past 3 years, did you or a member of your household apply for a job in the public sector (public administration, a public enterprise, a school, a hospital, the police)?',
          'Në 3 vitet e fundit, a keni aplikuar ju ose një anëtar i familjes suaj për një vend pune në sektorin publik (administratë publike, ndërmarrje publike, shkollë, spital, polici)?',
          'Da li ste se u posljednje 3 godine vi ili član vašeg domaćinstva prijavili za posao u javnom sektoru (javna uprava, javno preduzeće, škola, bolnica, policija)?',
          'Jeste li se u posljednje 3 godine vi ili član vašeg kućanstva prijavili za posao u javnom sektoru (javna uprava, javno poduzeće, škola, bolnica, policija)?',
          'Дали во последните 3 години вие или член на вашето домаќинство се пријавивте за работа во јавниот сектор (јавна администрација, јавно претпријатие, училиште, болница, полиција)?',
          'Da li ste se u posljednje 3 godine vi ili član vašeg domaćinstva prijavili za posao u javnom sektoru (javna uprava, javno preduzeće, škola, bolnica, policija)?',
          'Да ли сте се у последње 3 године ви или члан вашег домаћинства пријавили за посао у јавном сектору (јавна управа, јавно предузеће, школа, болница, полиција)?',
        ),
        [choice(1, YES), choice(2, NO), ...withNonResponse],
      ),
      radio(
        'rec_hired',
        T(
          'Thinking of the most recent application: was the person hired?',
          'Duke menduar për aplikimin më të fundit: a u punësua personi?',
          'Kada je riječ o posljednjoj prijavi: da li je osoba zaposlena?',
          'Kad je riječ o posljednjoj prijavi: je li osoba zaposlena?',
          'Кога станува збор за последната пријава: дали лицето беше вработено?',
          'Kada je riječ o posljednjoj prijavi: da li je osoba zaposlena?',
          'Када је реч о последњој пријави: да ли је особа запослена?',
        ),
        [
          choice(1, YES),
          choice(2, NO),
          choice(3, T('Still waiting for the decision', 'Ende në pritje të vendimit', 'Još se čeka odluka', 'Još se čeka odluka', 'Сѐ уште се чека одлуката', 'Još se čeka odluka', 'Још се чека одлука')),
          ...withNonResponse,
        ],
        { visibleIf: applied },
      ),
      radio(
        'rec_bribe',
        T(
          'For that application, apart from official fees, was money, a gift or a favour given — or asked for — to help get the job?',
          'Për atë aplikim, përveç tarifave zyrtare, a u dha — ose u kërkua — para, dhuratë ose ndonjë nder për të ndihmuar në marrjen e punës?',
          'Da li je za tu prijavu, osim službenih taksi, dat — ili tražen — novac, poklon ili usluga kako bi se dobio posao?',
          'Je li za tu prijavu, osim službenih pristojbi, dan — ili tražen — novac, dar ili usluga kako bi se dobio posao?',
          'Дали за таа пријава, освен службените такси, беа дадени — или побарани — пари, подарок или услуга за да се добие работата?',
          'Da li je za tu prijavu, osim službenih taksi, dat — ili tražen — novac, poklon ili usluga kako bi se dobio posao?',
          'Да ли је за ту пријаву, осим службених такси, дат — или тражен — новац, поклон или услуга како би се добио посао?',
        ),
        [
          choice(1, T('Yes, it was given', 'Po, u dha', 'Da, dato je', 'Da, dano je', 'Да, беше дадено', 'Da, dato je', 'Да, дато је')),
          choice(2, T('It was asked for, but not given', 'U kërkua, por nuk u dha', 'Traženo je, ali nije dato', 'Traženo je, ali nije dano', 'Беше побарано, но не беше дадено', 'Traženo je, ali nije dato', 'Тражено је, али није дато')),
          choice(3, T('Neither', 'As njëra', 'Ni jedno ni drugo', 'Ni jedno ni drugo', 'Ниту едното ниту другото', 'Ni jedno ni drugo', 'Ни једно ни друго')),
          ...withNonResponse,
        ],
        { visibleIf: applied },
      ),
    ],
    { visibleIf: shownIn(codes) },
  );
}

/** Vote-buying at the last national or local elections. */
export function voteBuyingPage(codes: readonly Jurisdiction[]): Element {
  const offered = '{vote_offered} = 1';
  return page(
    'vote_buying',
    T('Elections', 'Zgjedhjet', 'Izbori', 'Izbori', 'Избори', 'Izbori', 'Избори'),
    [
      radio(
        'vote_offered',
        T(
          'At the last national or local elections, did anyone offer you money, goods or a favour in exchange for your vote for a certain candidate or party?',
          'Në zgjedhjet e fundit kombëtare ose vendore, a ju ofroi dikush para, mallra ose ndonjë nder në këmbim të votës suaj për një kandidat ose parti të caktuar?',
          'Da li vam je na posljednjim državnim ili lokalnim izborima neko ponudio novac, robu ili uslugu u zamjenu za vaš glas za određenog kandidata ili stranku?',
          'Je li vam na posljednjim državnim ili lokalnim izborima netko ponudio novac, robu ili uslugu u zamjenu za vaš glas za određenog kandidata ili stranku?',
          'Дали на последните државни или локални избори некој ви понуди пари, стока или услуга во замена за вашиот глас за одреден кандидат или партија?',
          'Da li vam je na posljednjim državnim ili lokalnim izborima neko ponudio novac, robu ili uslugu u zamjenu za vaš glas za određenog kandidata ili stranku?',
          'Да ли вам је на последњим државним или локалним изборима неко понудио новац, робу или услугу у замену за ваш глас за одређеног кандидата или странку?',
        ),
        [choice(1, YES), choice(2, NO), ...withNonResponse],
      ),
      radio(
        'vote_accepted',
        T('Did you accept the offer?', 'A e pranuat ofertën?', 'Da li ste prihvatili ponudu?', 'Jeste li prihvatili ponudu?', 'Дали ја прифативте понудата?', 'Da li ste prihvatili ponudu?', 'Да ли сте прихватили понуду?'),
        [choice(1, YES), choice(2, NO), ...withNonResponse],
        { visibleIf: offered },
      ),
      radio(
        'vote_reported',
        T(
          'Did you report the offer to the police, the prosecutor or the election commission?',
          'A e denoncuat ofertën në polici, në prokurori ose në komisionin zgjedhor?',
          'Da li ste ponudu prijavili policiji, tužilaštvu ili izbornoj komisiji?',
          'Jeste li ponudu prijavili policiji, državnom odvjetništvu ili izbornom povjerenstvu?',
          'Дали ја пријавивте понудата во полиција, обвинителство или изборна комисија?',
          'Da li ste ponudu prijavili policiji, tužilaštvu ili izbornoj komisiji?',
          'Да ли сте понуду пријавили полицији, тужилаштву или изборној комисији?',
        ),
        [choice(1, YES), choice(2, NO), ...withNonResponse],
        { visibleIf: offered },
      ),
    ],
    { visibleIf: shownIn(codes) },
  );
}

/** The optional pages in questionnaire order (each page present; shown only where switched on). */
export function optionalCorruptionPages(switches: BlockSwitches = profileBlockSwitches()): Element[] {
  return [recruitmentPage(switches.recruitment), voteBuyingPage(switches.voteBuying)];
}
