/**
 * Country profiles of the seven offices the standard instruments serve: the office's name, the
 * official statistical regions with their codes, the currency and its conversion rate to the euro,
 * the victim helpline shown to respondents, and the default interview locales. Pure data (no
 * imports of src/), used by the questionnaire generators (surveys/src), the app and analysis/.
 *
 * Texts are given in the eight locales of the project (`en`, `sq`, `bs`, `hr`, `mk`, `cnr`, `sr`,
 * `sr-Latn`); Serbian Latin is always the transliteration of the Serbian Cyrillic.
 *
 * Sources: regions — Eurostat NUTS 2021 (AL: NUTS 3 qarqe; HR: NUTS 2; MK: NUTS 3 statistical
 * regions; RS: NUTS 2-level statistical regions); BA — ISO 3166-2 entity codes. ME and XK (settled,
 * see docs/indicators.md "Country profiles"): Eurostat's NUTS classification, which MONSTAT prepared
 * and Eurostat accepted (monstat.org, "NUTS classification"), makes Montenegro one unit at every level
 * (ME0 / ME00 / ME000), and Kosovo is likewise one unit (XK0 / XK00 / XK000); neither has an official
 * sub-national statistical code. MONSTAT publishes by the three regions of the Law on Regional
 * Development (2011: coastal, central, northern), KAS by the seven regions of its Statistical Atlas
 * (Prishtina, Mitrovica, Peja, Prizren, Ferizaj, Gjilan, Gjakova). The codes ME01–ME03 and XK01–XK07
 * are therefore this tool's own, fixed here once (never reused for another region); the
 * regionScheme says so, and an office that codes its regions otherwise recodes at export.
 * Helplines — AL 116 117 (national counselling line for women and girls); BA 1265 (Federation) and
 * 1264 (Republika Srpska) SOS lines; HR 116 006 (national call centre for victims of crime); XK
 * 0800 11 112 (Victim Advocacy and Protection Office); ME 080 111 111 (national SOS line); MK
 * 15 315 (national SOS line); RS 0800 222 003 (national SOS line). Rates: BAM is fixed by the
 * currency board; the ALL, MKD and RSD rates are indicative — set the reference year's average
 * rate of the central bank before analysis (`eurRate`, `rateNote`).
 */
import { serbianLatin } from '../text/serbian-latin';

export const PROFILE_LOCALES = ['en', 'sq', 'bs', 'hr', 'mk', 'cnr', 'sr', 'sr-Latn'] as const;
export type ProfileLocale = (typeof PROFILE_LOCALES)[number];
export type ProfileText = Readonly<Record<ProfileLocale, string>>;

export const JURISDICTIONS = ['AL', 'BA', 'HR', 'XK', 'ME', 'MK', 'RS'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export interface StatisticalRegion {
  /** Code stored in the data (`region`): NUTS, ISO 3166-2 or the office's code. */
  readonly code: string;
  readonly name: ProfileText;
}

export interface CountryProfile {
  readonly code: Jurisdiction;
  /** M49 area code for SDMX transmission (Kosovo has none of its own in the UN list). */
  readonly m49: string | null;
  readonly name: ProfileText;
  readonly office: { readonly abbreviation: string; readonly name: ProfileText };
  readonly regions: readonly StatisticalRegion[];
  /** Which classification the region codes follow. */
  readonly regionScheme: string;
  readonly currency: {
    readonly code: string;
    readonly name: ProfileText;
    /** Units of the national currency per euro (amounts ÷ eurRate = euros). */
    readonly eurRate: number;
    readonly rateNote: string;
  };
  readonly helpline: { readonly number: string; readonly name: ProfileText };
  /** Interview locales offered by default, the first being the default. */
  readonly locales: readonly ProfileLocale[];
  /**
   * Optional corruption blocks the office fields (surveys/src/corruption-blocks.ts): bribery in
   * public-sector recruitment and vote-buying, as the UNODC regional surveys of 2010/2011 and 2021
   * covered them in all seven jurisdictions — on by default; an office switches a block off here.
   */
  readonly corruptionBlocks: { readonly recruitment: boolean; readonly voteBuying: boolean };
}

/** en, sq, bs, hr, mk, cnr, sr — Serbian Latin transliterated from the Serbian Cyrillic. */
function t(en: string, sq: string, bs: string, hr: string, mk: string, cnr: string, sr: string): ProfileText {
  return { en, sq, bs, hr, mk, cnr, sr, 'sr-Latn': serbianLatin(sr) };
}
/** A proper name: one Latin spelling for the Latin-script locales, and Macedonian and Serbian Cyrillic. */
function place(en: string, latin: string, mk: string, sr: string, sq = latin): ProfileText {
  return t(en, sq, latin, latin, mk, latin, sr);
}
const region = (code: string, name: ProfileText): StatisticalRegion => ({ code, name });

export const PROFILES: Readonly<Record<Jurisdiction, CountryProfile>> = {
  AL: {
    code: 'AL',
    m49: '008',
    name: t('Albania', 'Shqipëria', 'Albanija', 'Albanija', 'Албанија', 'Albanija', 'Албанија'),
    office: {
      abbreviation: 'INSTAT',
      name: t('Institute of Statistics (INSTAT)', 'Instituti i Statistikave (INSTAT)', 'Institut za statistiku Albanije (INSTAT)', 'Institut za statistiku Albanije (INSTAT)', 'Институт за статистика на Албанија (ИНСТАТ)', 'Institut za statistiku Albanije (INSTAT)', 'Институт за статистику Албаније (ИНСТАТ)'),
    },
    regionScheme: 'NUTS 2021 level 3 (qarqe)',
    regions: [
      region('AL011', place('Dibër', 'Dibër', 'Дибра', 'Дибра')),
      region('AL012', place('Durrës', 'Durrës', 'Драч', 'Драч')),
      region('AL013', place('Kukës', 'Kukës', 'Кукес', 'Кукес')),
      region('AL014', place('Lezhë', 'Lezhë', 'Лежа', 'Љеш')),
      region('AL015', place('Shkodër', 'Shkodër', 'Скадар', 'Скадар')),
      region('AL021', place('Elbasan', 'Elbasan', 'Елбасан', 'Елбасан')),
      region('AL022', place('Tirana', 'Tiranë', 'Тирана', 'Тирана')),
      region('AL031', place('Berat', 'Berat', 'Берат', 'Берат')),
      region('AL032', place('Fier', 'Fier', 'Фиер', 'Фијер')),
      region('AL033', place('Gjirokastër', 'Gjirokastër', 'Ѓирокастра', 'Ђирокастра')),
      region('AL034', place('Korçë', 'Korçë', 'Корча', 'Корча')),
      region('AL035', place('Vlorë', 'Vlorë', 'Валона', 'Валона')),
    ],
    currency: {
      code: 'ALL',
      name: t('Albanian lek', 'lek', 'albanski lek', 'albanski lek', 'албански лек', 'albanski lek', 'албански лек'),
      eurRate: 98,
      rateNote: 'indicative; use the Bank of Albania annual average of the reference year',
    },
    helpline: {
      number: '116 117',
      name: t('National counselling line for women and girls', 'Linja Kombëtare e Këshillimit për Gra dhe Vajza', 'Nacionalna savjetodavna linija za žene i djevojke', 'Nacionalna savjetodavna linija za žene i djevojke', 'Национална советодавна линија за жени и девојки', 'Nacionalna savjetodavna linija za žene i djevojke', 'Национална саветодавна линија за жене и девојке'),
    },
    locales: ['sq', 'en'],
    corruptionBlocks: { recruitment: true, voteBuying: true },
  },
  BA: {
    code: 'BA',
    m49: '070',
    name: t('Bosnia and Herzegovina', 'Bosnja dhe Hercegovina', 'Bosna i Hercegovina', 'Bosna i Hercegovina', 'Босна и Херцеговина', 'Bosna i Hercegovina', 'Босна и Херцеговина'),
    office: {
      abbreviation: 'BHAS',
      name: t('Agency for Statistics of Bosnia and Herzegovina', 'Agjencia e Statistikave e Bosnjës dhe Hercegovinës', 'Agencija za statistiku Bosne i Hercegovine', 'Agencija za statistiku Bosne i Hercegovine', 'Агенција за статистика на Босна и Херцеговина', 'Agencija za statistiku Bosne i Hercegovine', 'Агенција за статистику Босне и Херцеговине'),
    },
    regionScheme: 'ISO 3166-2:BA (entities and Brčko District)',
    regions: [
      region('BA-BIH', t('Federation of Bosnia and Herzegovina', 'Federata e Bosnjës dhe Hercegovinës', 'Federacija Bosne i Hercegovine', 'Federacija Bosne i Hercegovine', 'Федерација Босна и Херцеговина', 'Federacija Bosne i Hercegovine', 'Федерација Босне и Херцеговине')),
      region('BA-SRP', t('Republika Srpska', 'Republika Srpska', 'Republika Srpska', 'Republika Srpska', 'Република Српска', 'Republika Srpska', 'Република Српска')),
      region('BA-BRC', t('Brčko District', 'Distrikti i Brçkos', 'Brčko distrikt', 'Brčko distrikt', 'Брчко Дистрикт', 'Brčko distrikt', 'Брчко дистрикт')),
    ],
    currency: {
      code: 'BAM',
      name: t('convertible mark', 'marka e konvertueshme', 'konvertibilna marka', 'konvertibilna marka', 'конвертибилна марка', 'konvertibilna marka', 'конвертибилна марка'),
      eurRate: 1.95583,
      rateNote: 'fixed by the currency board',
    },
    helpline: {
      number: '1265 / 1264',
      name: t(
        'SOS line for victims of domestic violence: 1265 in the Federation, 1264 in Republika Srpska',
        'Linja SOS për viktimat e dhunës në familje: 1265 në Federatë, 1264 në Republikën Serbe',
        'SOS telefon za žrtve nasilja u porodici: 1265 u Federaciji, 1264 u Republici Srpskoj',
        'SOS telefon za žrtve nasilja u obitelji: 1265 u Federaciji, 1264 u Republici Srpskoj',
        'СОС линија за жртви на семејно насилство: 1265 во Федерацијата, 1264 во Република Српска',
        'SOS telefon za žrtve nasilja u porodici: 1265 u Federaciji, 1264 u Republici Srpskoj',
        'СОС телефон за жртве насиља у породици: 1265 у Федерацији, 1264 у Републици Српској',
      ),
    },
    locales: ['bs', 'hr', 'sr', 'sr-Latn'],
    corruptionBlocks: { recruitment: true, voteBuying: true },
  },
  HR: {
    code: 'HR',
    m49: '191',
    name: t('Croatia', 'Kroacia', 'Hrvatska', 'Hrvatska', 'Хрватска', 'Hrvatska', 'Хрватска'),
    office: {
      abbreviation: 'DZS',
      name: t('Croatian Bureau of Statistics', 'Byroja Kroate e Statistikave', 'Državni zavod za statistiku', 'Državni zavod za statistiku', 'Државен завод за статистика на Хрватска', 'Državni zavod za statistiku', 'Државни завод за статистику'),
    },
    regionScheme: 'NUTS 2021 level 2',
    regions: [
      region('HR02', t('Pannonian Croatia', 'Kroacia Panonike', 'Panonska Hrvatska', 'Panonska Hrvatska', 'Панонска Хрватска', 'Panonska Hrvatska', 'Панонска Хрватска')),
      region('HR03', t('Adriatic Croatia', 'Kroacia Adriatike', 'Jadranska Hrvatska', 'Jadranska Hrvatska', 'Јадранска Хрватска', 'Jadranska Hrvatska', 'Јадранска Хрватска')),
      region('HR05', t('City of Zagreb', 'Qyteti i Zagrebit', 'Grad Zagreb', 'Grad Zagreb', 'Град Загреб', 'Grad Zagreb', 'Град Загреб')),
      region('HR06', t('Northern Croatia', 'Kroacia Veriore', 'Sjeverna Hrvatska', 'Sjeverna Hrvatska', 'Северна Хрватска', 'Sjeverna Hrvatska', 'Северна Хрватска')),
    ],
    currency: {
      code: 'EUR',
      name: t('euro', 'euro', 'euro', 'euro', 'евро', 'euro', 'евро'),
      eurRate: 1,
      rateNote: 'the euro, legal tender since 1 January 2023: amounts are euros, rate exactly 1',
    },
    helpline: {
      number: '116 006',
      name: t('National call centre for victims of crime', 'Qendra kombëtare e thirrjeve për viktimat e krimit', 'Nacionalni pozivni centar za žrtve krivičnih djela', 'Nacionalni pozivni centar za žrtve kaznenih djela i prekršaja', 'Национален центар за повици за жртви на кривични дела', 'Nacionalni pozivni centar za žrtve krivičnih djela', 'Национални позивни центар за жртве кривичних дела'),
    },
    locales: ['hr'],
    corruptionBlocks: { recruitment: true, voteBuying: true },
  },
  XK: {
    code: 'XK',
    m49: null,
    name: t('Kosovo', 'Kosova', 'Kosovo', 'Kosovo', 'Косово', 'Kosovo', 'Косово'),
    office: {
      abbreviation: 'KAS',
      name: t('Kosovo Agency of Statistics', 'Agjencia e Statistikave të Kosovës', 'Agencija za statistiku Kosova', 'Agencija za statistiku Kosova', 'Агенција за статистика на Косово', 'Agencija za statistiku Kosova', 'Агенција за статистику Косова'),
    },
    regionScheme: 'KAS statistical regions (7; Statistical Atlas); codes XK01–XK07 are this tool\'s: NUTS has Kosovo as one unit (XK000)',
    regions: [
      region('XK01', place('Prishtina', 'Priština', 'Приштина', 'Приштина', 'Prishtinë')),
      region('XK02', place('Mitrovica', 'Mitrovica', 'Митровица', 'Митровица', 'Mitrovicë')),
      region('XK03', place('Peja', 'Peć', 'Пеќ', 'Пећ', 'Pejë')),
      region('XK04', place('Prizren', 'Prizren', 'Призрен', 'Призрен', 'Prizren')),
      region('XK05', place('Ferizaj', 'Uroševac', 'Урошевац', 'Урошевац', 'Ferizaj')),
      region('XK06', place('Gjilan', 'Gnjilane', 'Гњилане', 'Гњилане', 'Gjilan')),
      region('XK07', place('Gjakova', 'Đakovica', 'Ѓаковица', 'Ђаковица', 'Gjakovë')),
    ],
    currency: {
      code: 'EUR',
      name: t('euro', 'euro', 'euro', 'euro', 'евро', 'euro', 'евро'),
      eurRate: 1,
      rateNote: 'the euro, used unilaterally as the only currency (no national currency): amounts are euros, rate exactly 1',
    },
    helpline: {
      number: '0800 11 112',
      name: t('Helpline of the Victim Advocacy and Protection Office', 'Linja e ndihmës e Zyrës për Mbrojtjen dhe Ndihmën e Viktimave', 'Linija za pomoć Kancelarije za zaštitu i pomoć žrtvama', 'Linija za pomoć Ureda za zaštitu i pomoć žrtvama', 'Линија за помош на Канцеларијата за заштита и помош на жртвите', 'Linija za pomoć Kancelarije za zaštitu i pomoć žrtvama', 'Линија за помоћ Канцеларије за заштиту и помоћ жртвама'),
    },
    locales: ['sq', 'sr', 'sr-Latn'],
    corruptionBlocks: { recruitment: true, voteBuying: true },
  },
  ME: {
    code: 'ME',
    m49: '499',
    name: t('Montenegro', 'Mali i Zi', 'Crna Gora', 'Crna Gora', 'Црна Гора', 'Crna Gora', 'Црна Гора'),
    office: {
      abbreviation: 'MONSTAT',
      name: t('Statistical Office of Montenegro (MONSTAT)', 'Drejtoria e Statistikave (MONSTAT)', 'Uprava za statistiku (MONSTAT)', 'Uprava za statistiku (MONSTAT)', 'Управа за статистика (МОНСТАТ)', 'Uprava za statistiku (MONSTAT)', 'Управа за статистику (МОНСТАТ)'),
    },
    regionScheme: 'MONSTAT regions of the Law on Regional Development (3); codes ME01–ME03 are this tool\'s: NUTS has Montenegro as one unit (ME000)',
    regions: [
      region('ME01', t('Coastal region', 'Rajoni bregdetar', 'Primorski region', 'Primorska regija', 'Приморски регион', 'Primorski region', 'Приморски регион')),
      region('ME02', t('Central region', 'Rajoni qendror', 'Središnji region', 'Središnja regija', 'Централен регион', 'Središnji region', 'Средишњи регион')),
      region('ME03', t('Northern region', 'Rajoni verior', 'Sjeverni region', 'Sjeverna regija', 'Северен регион', 'Sjeverni region', 'Северни регион')),
    ],
    currency: {
      code: 'EUR',
      name: t('euro', 'euro', 'euro', 'euro', 'евро', 'euro', 'евро'),
      eurRate: 1,
      rateNote: 'the euro, used unilaterally as the only currency (no national currency): amounts are euros, rate exactly 1',
    },
    helpline: {
      number: '080 111 111',
      name: t('National SOS line for victims of domestic violence', 'Linja kombëtare SOS për viktimat e dhunës në familje', 'Nacionalna SOS linija za žrtve nasilja u porodici', 'Nacionalna SOS linija za žrtve nasilja u obitelji', 'Национална СОС линија за жртви на семејно насилство', 'Nacionalna SOS linija za žrtve nasilja u porodici', 'Национална СОС линија за жртве насиља у породици'),
    },
    locales: ['cnr', 'sq'],
    corruptionBlocks: { recruitment: true, voteBuying: true },
  },
  MK: {
    code: 'MK',
    m49: '807',
    name: t('North Macedonia', 'Maqedonia e Veriut', 'Sjeverna Makedonija', 'Sjeverna Makedonija', 'Северна Македонија', 'Sjeverna Makedonija', 'Северна Македонија'),
    office: {
      abbreviation: 'MAKSTAT',
      name: t('State Statistical Office', 'Enti Shtetëror i Statistikës', 'Državni zavod za statistiku Sjeverne Makedonije', 'Državni zavod za statistiku Sjeverne Makedonije', 'Државен завод за статистика', 'Državni zavod za statistiku Sjeverne Makedonije', 'Државни завод за статистику Северне Македоније'),
    },
    regionScheme: 'NUTS 2021 level 3 (statistical regions)',
    regions: [
      region('MK001', t('Vardar', 'Rajoni i Vardarit', 'Vardarski region', 'Vardarska regija', 'Вардарски регион', 'Vardarski region', 'Вардарски регион')),
      region('MK002', t('East', 'Rajoni Lindor', 'Istočni region', 'Istočna regija', 'Источен регион', 'Istočni region', 'Источни регион')),
      region('MK003', t('Southwest', 'Rajoni Jugperëndimor', 'Jugozapadni region', 'Jugozapadna regija', 'Југозападен регион', 'Jugozapadni region', 'Југозападни регион')),
      region('MK004', t('Southeast', 'Rajoni Juglindor', 'Jugoistočni region', 'Jugoistočna regija', 'Југоисточен регион', 'Jugoistočni region', 'Југоисточни регион')),
      region('MK005', t('Pelagonia', 'Rajoni i Pellagonisë', 'Pelagonijski region', 'Pelagonijska regija', 'Пелагониски регион', 'Pelagonijski region', 'Пелагонијски регион')),
      region('MK006', t('Polog', 'Rajoni i Pollogut', 'Pološki region', 'Pološka regija', 'Полошки регион', 'Pološki region', 'Полошки регион')),
      region('MK007', t('Northeast', 'Rajoni Verilindor', 'Sjeveroistočni region', 'Sjeveroistočna regija', 'Североисточен регион', 'Sjeveroistočni region', 'Североисточни регион')),
      region('MK008', t('Skopje', 'Rajoni i Shkupit', 'Skopski region', 'Skopska regija', 'Скопски регион', 'Skopski region', 'Скопски регион')),
    ],
    currency: {
      code: 'MKD',
      name: t('Macedonian denar', 'denar maqedonas', 'makedonski denar', 'makedonski denar', 'македонски денар', 'makedonski denar', 'македонски денар'),
      eurRate: 61.5,
      rateNote: 'indicative; use the National Bank of the Republic of North Macedonia annual average of the reference year',
    },
    helpline: {
      number: '15 315',
      name: t('National SOS line for victims of domestic violence', 'Linja kombëtare SOS për viktimat e dhunës në familje', 'Nacionalna SOS linija za žrtve nasilja u porodici', 'Nacionalna SOS linija za žrtve nasilja u obitelji', 'Национална СОС линија за жртви на семејно насилство', 'Nacionalna SOS linija za žrtve nasilja u porodici', 'Национална СОС линија за жртве насиља у породици'),
    },
    locales: ['mk', 'sq'],
    corruptionBlocks: { recruitment: true, voteBuying: true },
  },
  RS: {
    code: 'RS',
    m49: '688',
    name: t('Serbia', 'Serbia', 'Srbija', 'Srbija', 'Србија', 'Srbija', 'Србија'),
    office: {
      abbreviation: 'RZS',
      name: t('Statistical Office of the Republic of Serbia', 'Enti i Statistikave i Republikës së Serbisë', 'Republički zavod za statistiku', 'Republički zavod za statistiku', 'Републички завод за статистика', 'Republički zavod za statistiku', 'Републички завод за статистику'),
    },
    regionScheme: 'NUTS 2-level statistical regions (Kosovo and Metohija, RS23, not surveyed)',
    regions: [
      region('RS11', t('Belgrade region', 'Rajoni i Beogradit', 'Beogradski region', 'Beogradska regija', 'Белградски регион', 'Beogradski region', 'Београдски регион')),
      region('RS12', t('Vojvodina region', 'Rajoni i Vojvodinës', 'Region Vojvodine', 'Regija Vojvodina', 'Регион Војводина', 'Region Vojvodine', 'Регион Војводине')),
      region('RS21', t('Šumadija and Western Serbia region', 'Rajoni i Shumadisë dhe Serbisë Perëndimore', 'Region Šumadije i Zapadne Srbije', 'Regija Šumadija i Zapadna Srbija', 'Регион Шумадија и Западна Србија', 'Region Šumadije i Zapadne Srbije', 'Регион Шумадије и Западне Србије')),
      region('RS22', t('Southern and Eastern Serbia region', 'Rajoni i Serbisë Jugore dhe Lindore', 'Region Južne i Istočne Srbije', 'Regija Južna i Istočna Srbija', 'Регион Јужна и Источна Србија', 'Region Južne i Istočne Srbije', 'Регион Јужне и Источне Србије')),
    ],
    currency: {
      code: 'RSD',
      name: t('Serbian dinar', 'dinar serb', 'srpski dinar', 'srpski dinar', 'српски динар', 'srpski dinar', 'српски динар'),
      eurRate: 117.2,
      rateNote: 'indicative; use the National Bank of Serbia annual average of the reference year',
    },
    helpline: {
      number: '0800 222 003',
      name: t('National SOS line for women who have experienced violence', 'Linja kombëtare SOS për gratë që kanë përjetuar dhunë', 'Nacionalna SOS linija za žene sa iskustvom nasilja', 'Nacionalna SOS linija za žene s iskustvom nasilja', 'Национална СОС линија за жени со искуство на насилство', 'Nacionalna SOS linija za žene sa iskustvom nasilja', 'Национална СОС линија за жене са искуством насиља'),
    },
    locales: ['sr', 'sr-Latn'],
    corruptionBlocks: { recruitment: true, voteBuying: true },
  },
};

/** The profile of a jurisdiction; throws on an unknown code (a typo must not fall back silently). */
export function countryProfile(code: string): CountryProfile {
  if (!(JURISDICTIONS as readonly string[]).includes(code)) throw new Error(`unknown jurisdiction "${code}" (one of ${JURISDICTIONS.join(', ')})`);
  return PROFILES[code as Jurisdiction];
}

/** Region codes of a jurisdiction, in the profile's order: what the simulator and the reports use. */
export function regionCodes(code: string): string[] {
  return countryProfile(code).regions.map((r) => r.code);
}

/** Every region of every profile: code → its profile (region codes are unique across profiles). */
export function regionIndex(): Map<string, { jurisdiction: Jurisdiction; region: StatisticalRegion }> {
  const index = new Map<string, { jurisdiction: Jurisdiction; region: StatisticalRegion }>();
  for (const p of Object.values(PROFILES)) for (const r of p.regions) index.set(r.code, { jurisdiction: p.code, region: r });
  return index;
}

/** Converts an amount in the jurisdiction's currency to euros at the profile's rate (amount ÷ rate). */
export function toEuro(amount: number, code: string, eurRate = countryProfile(code).currency.eurRate): number {
  return amount / eurRate;
}
