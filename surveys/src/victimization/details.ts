/**
 * Incident details the UNODC-UNECE Manual on Victimization Surveys asks of the most recent incident
 * and the ICCS needs to split a crime: offender sex, age group and relationship (partner and family
 * violence separable); completed vs attempted robbery (ICCS 0401); injury needing medical treatment
 * (serious 020111 vs minor 020112 assault); rape (03011, attempts included as the ICCS counts them)
 * vs other sexual assault (03012); property losses (value, recovered, insured) and, for burglary,
 * whether anyone was at home and how entry was made. Every item offers "don't know" (8) and a
 * refusal (9; "prefer not to answer" in self-completion), never read out.
 */
import { T } from '../i18n';
import { choice, integer, radio, type Choice, type Element } from './elements';
import { DONT_KNOW, NO, PREFER_NOT, REFUSED, YES } from './common';

export interface DetailCrime {
  readonly id: string;
  readonly mode: 'capi' | 'casi';
}

const name = (crime: DetailCrime, item: string) => `vic_${crime.id}_${item}`;
/** The two non-substantive answers, appended to a follow-up's choices. */
export const nonResponse = (crime: DetailCrime): Choice[] => [choice(8, DONT_KNOW), choice(9, crime.mode === 'casi' ? PREFER_NOT : REFUSED)];
const withNonResponse = (crime: DetailCrime, choices: Choice[]): Choice[] => [...choices, ...nonResponse(crime)];

/** Crimes with an offender met face to face. */
export const CONTACT_CRIMES = ['robbery', 'assault', 'threat', 'sexual'];
/** Crimes where something is stolen. */
export const PROPERTY_CRIMES = ['car_theft', 'theft_from_car', 'moto_theft', 'bicycle_theft', 'burglary', 'personal_theft', 'robbery'];

const OFF_SEX = T('Was the offender a man or a woman? (if several: were they men, women or both?)', 'Autori ishte burrë apo grua? (nëse ishin disa: burra, gra apo të dyja?)', 'Da li je počinilac bio muškarac ili žena? (ako ih je bilo više: muškarci, žene ili oboje?)', 'Je li počinitelj bio muškarac ili žena? (ako ih je bilo više: muškarci, žene ili oboje?)', 'Дали сторителот беше маж или жена? (ако беа повеќе: мажи, жени или и едните и другите?)', 'Da li je počinilac bio muškarac ili žena? (ako ih je bilo više: muškarci, žene ili oboje?)', 'Да ли је починилац био мушкарац или жена? (ако их је било више: мушкарци, жене или обоје?)');
const OFF_SEX_CHOICES = (): Choice[] => [
  choice(1, T('Man / men', 'Burrë / burra', 'Muškarac / muškarci', 'Muškarac / muškarci', 'Маж / мажи', 'Muškarac / muškarci', 'Мушкарац / мушкарци')),
  choice(2, T('Woman / women', 'Grua / gra', 'Žena / žene', 'Žena / žene', 'Жена / жени', 'Žena / žene', 'Жена / жене')),
  choice(3, T('Both men and women', 'Edhe burra edhe gra', 'I muškarci i žene', 'I muškarci i žene', 'И мажи и жени', 'I muškarci i žene', 'И мушкарци и жене')),
];
const OFF_AGE = T('How old was the offender, approximately? (if several, the oldest)', 'Sa vjeç ishte autori përafërsisht? (nëse ishin disa, më i moshuari)', 'Koliko je, otprilike, počinilac imao godina? (ako ih je bilo više, najstariji)', 'Koliko je, otprilike, počinitelj imao godina? (ako ih je bilo više, najstariji)', 'Колку години приближно имаше сторителот? (ако беа повеќе, најстариот)', 'Koliko je, otprilike, počinilac imao godina? (ako ih je bilo više, najstariji)', 'Колико је, отприлике, починилац имао година? (ако их је било више, најстарији)');
const OFF_AGE_CHOICES = (): Choice[] => [
  choice(1, T('Under 18', 'Nën 18 vjeç', 'Mlađi od 18', 'Mlađi od 18', 'Помлад од 18', 'Mlađi od 18', 'Млађи од 18')),
  choice(2, T('18 to 29', '18 deri 29', '18 do 29', '18 do 29', '18 до 29', '18 do 29', '18 до 29')),
  choice(3, T('30 to 49', '30 deri 49', '30 do 49', '30 do 49', '30 до 49', '30 do 49', '30 до 49')),
  choice(4, T('50 or older', '50 e lart', '50 ili stariji', '50 ili stariji', '50 или постар', '50 ili stariji', '50 или старији')),
];
const RELATION = T('What was your relationship with the offender at the time? (if several, the one you knew best)', 'Çfarë lidhje kishit me autorin në atë kohë? (nëse ishin disa, ai që e njihnit më mirë)', 'U kakvom ste odnosu bili s počiniocem u to vrijeme? (ako ih je bilo više, onaj koga ste najbolje poznavali)', 'U kakvom ste odnosu bili s počiniteljem u to vrijeme? (ako ih je bilo više, onaj koga ste najbolje poznavali)', 'Во каков однос бевте со сторителот во тоа време? (ако беа повеќе, оној кого најдобро го познававте)', 'U kakvom ste odnosu bili sa počiniocem u to vrijeme? (ako ih je bilo više, onaj koga ste najbolje poznavali)', 'У каквом сте односу били са починиоцем у то време? (ако их је било више, онај кога сте најбоље познавали)');
const RELATION_CHOICES = (): Choice[] => [
  choice(1, T('Current spouse or partner', 'Bashkëshorti/ja ose partneri/ja aktual/e', 'Sadašnji supružnik ili partner', 'Sadašnji bračni ili izvanbračni partner', 'Сегашен сопружник или партнер', 'Sadašnji supružnik ili partner', 'Садашњи супружник или партнер')),
  choice(2, T('Former spouse or partner', 'Ish-bashkëshorti/ja ose ish-partneri/ja', 'Bivši supružnik ili partner', 'Bivši bračni ili izvanbračni partner', 'Поранешен сопружник или партнер', 'Bivši supružnik ili partner', 'Бивши супружник или партнер')),
  choice(3, T('Another family member or relative', 'Një anëtar tjetër i familjes ose i afërm', 'Drugi član porodice ili rođak', 'Drugi član obitelji ili rođak', 'Друг член на семејството или роднина', 'Drugi član porodice ili rođak', 'Други члан породице или рођак')),
  choice(4, T('Friend, acquaintance or neighbour', 'Mik, i njohur ose fqinj', 'Prijatelj, poznanik ili komšija', 'Prijatelj, poznanik ili susjed', 'Пријател, познаник или сосед', 'Prijatelj, poznanik ili komšija', 'Пријатељ, познаник или комшија')),
  choice(5, T('Someone from work or school', 'Dikush nga puna ose shkolla', 'Neko s posla ili iz škole', 'Netko s posla ili iz škole', 'Некој од работа или од училиште', 'Neko s posla ili iz škole', 'Неко са посла или из школе')),
  choice(6, T('Another person known by sight or by name', 'Një person tjetër i njohur nga pamja ose nga emri', 'Druga osoba poznata iz viđenja ili po imenu', 'Druga osoba poznata iz viđenja ili po imenu', 'Друго лице познато од виѓање или по име', 'Drugo lice poznato iz viđenja ili po imenu', 'Друго лице познато из виђења или по имену')),
];
const ROBBERY_COMPLETED = T('Did the offender actually take something from you?', 'A ju mori autori vërtet diçka?', 'Da li vam je počinilac zaista nešto oduzeo?', 'Je li vam počinitelj zaista nešto oduzeo?', 'Дали сторителот навистина ви одзеде нешто?', 'Da li vam je počinilac zaista nešto oduzeo?', 'Да ли вам је починилац заиста нешто одузео?');
const MEDICAL = T('Did the injury need medical treatment (a doctor, a hospital or an emergency service)?', 'A kishte nevojë lëndimi për trajtim mjekësor (mjek, spital ose urgjencë)?', 'Da li je povreda zahtijevala medicinsku pomoć (ljekar, bolnica ili hitna pomoć)?', 'Je li ozljeda zahtijevala liječničku pomoć (liječnik, bolnica ili hitna pomoć)?', 'Дали повредата бараше медицинска помош (лекар, болница или итна помош)?', 'Da li je povreda zahtijevala medicinsku pomoć (ljekar, bolnica ili hitna pomoć)?', 'Да ли је повреда захтевала медицинску помоћ (лекар, болница или хитна помоћ)?');
const SEXUAL_TYPE = T('Thinking of the most recent time: what happened?', 'Duke menduar për herën e fundit: çfarë ndodhi?', 'Razmišljajući o posljednjem slučaju: šta se desilo?', 'Razmišljajući o posljednjem slučaju: što se dogodilo?', 'Мислејќи на последниот пат: што се случи?', 'Razmišljajući o posljednjem slučaju: šta se desilo?', 'Размишљајући о последњем случају: шта се десило?');
const SEXUAL_TYPE_CHOICES = (): Choice[] => [
  choice(1, T('I was forced into sexual intercourse', 'U detyrova në marrëdhënie seksuale', 'Bio/la sam prisiljen/a na spolni odnos', 'Bio/la sam prisiljen/a na spolni odnos', 'Бев присилен/а на сексуален однос', 'Bio/la sam prisiljen/a na seksualni odnos', 'Био/ла сам присиљен/а на сексуални однос')),
  choice(2, T('Someone tried to force me into sexual intercourse', 'Dikush u përpoq të më detyronte në marrëdhënie seksuale', 'Neko me pokušao prisiliti na spolni odnos', 'Netko me pokušao prisiliti na spolni odnos', 'Некој се обиде да ме присили на сексуален однос', 'Neko je pokušao da me prisili na seksualni odnos', 'Неко је покушао да ме присили на сексуални однос')),
  choice(3, T('Other unwanted sexual touching or another sexual act', 'Prekje tjetër seksuale e padëshiruar ose një akt tjetër seksual', 'Drugo neželjeno seksualno dodirivanje ili drugi seksualni čin', 'Drugo neželjeno seksualno dodirivanje ili drugi seksualni čin', 'Друго несакано сексуално допирање или друг сексуален чин', 'Drugo neželjeno seksualno dodirivanje ili drugi seksualni čin', 'Друго нежељено сексуално додиривање или други сексуални чин')),
];
const LOSS = T('What was the value of what was stolen, approximately? (amount in the national currency; 0 if nothing was taken)', 'Sa ishte përafërsisht vlera e asaj që u vodh? (shuma në monedhën kombëtare; 0 nëse nuk u mor asgjë)', 'Kolika je, otprilike, bila vrijednost ukradenog? (iznos u nacionalnoj valuti; 0 ako ništa nije odneseno)', 'Kolika je, otprilike, bila vrijednost ukradenog? (iznos u nacionalnoj valuti; 0 ako ništa nije odneseno)', 'Колкава беше приближно вредноста на украденото? (износ во националната валута; 0 ако ништо не е однесено)', 'Kolika je, otprilike, bila vrijednost ukradenog? (iznos u nacionalnoj valuti; 0 ako ništa nije odneseno)', 'Колика је, отприлике, била вредност украденог? (износ у националној валути; 0 ако ништа није однето)');
const LOSS_RANGE = T('Enter a whole number.', 'Shkruani një numër të plotë.', 'Unesite cijeli broj.', 'Unesite cijeli broj.', 'Внесете цел број.', 'Unesite cio broj.', 'Унесите цео број.');
const RECOVERED = T('Did you get any of it back?', 'A e morët mbrapsht ndonjë pjesë?', 'Da li ste išta od toga dobili nazad?', 'Jeste li išta od toga dobili natrag?', 'Дали добивте нешто од тоа назад?', 'Da li ste išta od toga dobili nazad?', 'Да ли сте ишта од тога добили назад?');
const RECOVERED_CHOICES = (): Choice[] => [
  choice(1, T('Yes, everything', 'Po, gjithçka', 'Da, sve', 'Da, sve', 'Да, сѐ', 'Da, sve', 'Да, све')),
  choice(2, T('Yes, part of it', 'Po, një pjesë', 'Da, dio', 'Da, dio', 'Да, дел', 'Da, dio', 'Да, део')),
  choice(3, T('No, nothing', 'Jo, asgjë', 'Ne, ništa', 'Ne, ništa', 'Не, ништо', 'Ne, ništa', 'Не, ништа')),
];
const INSURED = T('Was it insured, so that you could claim from an insurance?', 'A ishte i siguruar, që të mund të kërkonit dëmshpërblim nga sigurimi?', 'Da li je bilo osigurano, tako da ste mogli tražiti naknadu od osiguranja?', 'Je li bilo osigurano, tako da ste mogli tražiti naknadu od osiguranja?', 'Дали беше осигурано, за да можете да барате надомест од осигурување?', 'Da li je bilo osigurano, tako da ste mogli tražiti naknadu od osiguranja?', 'Да ли је било осигурано, тако да сте могли тражити накнаду од осигурања?');
const AT_HOME = T('Was anyone at home when it happened?', 'A ishte dikush në shtëpi kur ndodhi?', 'Da li je neko bio kod kuće kada se to desilo?', 'Je li netko bio kod kuće kada se to dogodilo?', 'Дали некој беше дома кога се случи тоа?', 'Da li je neko bio kod kuće kada se to desilo?', 'Да ли је неко био код куће када се то десило?');
const ENTRY = T('How did the offender get in?', 'Si hyri autori?', 'Kako je počinilac ušao?', 'Kako je počinitelj ušao?', 'Како влезе сторителот?', 'Kako je počinilac ušao?', 'Како је починилац ушао?');
const ENTRY_CHOICES = (): Choice[] => [
  choice(1, T('By forcing a door or window', 'Duke thyer një derë ose dritare', 'Provaljivanjem vrata ili prozora', 'Provaljivanjem vrata ili prozora', 'Со кршење врата или прозорец', 'Provaljivanjem vrata ili prozora', 'Проваљивањем врата или прозора')),
  choice(2, T('Through an unlocked door or an open window', 'Nga një derë e pakyçur ose një dritare e hapur', 'Kroz otključana vrata ili otvoren prozor', 'Kroz otključana vrata ili otvoren prozor', 'Низ отклучена врата или отворен прозорец', 'Kroz otključana vrata ili otvoren prozor', 'Кроз откључана врата или отворен прозор')),
  choice(3, T('With a key', 'Me çelës', 'Ključem', 'Ključem', 'Со клуч', 'Ključem', 'Кључем')),
  choice(4, T('By a trick (pretending to be someone else)', 'Me mashtrim (duke u paraqitur si dikush tjetër)', 'Prevarom (predstavljajući se kao neko drugi)', 'Prijevarom (predstavljajući se kao netko drugi)', 'Со измама (претставувајќи се како некој друг)', 'Prevarom (predstavljajući se kao neko drugi)', 'Преваром (представљајући се као неко други)')),
  choice(5, T('Another way', 'Në një mënyrë tjetër', 'Na drugi način', 'Na drugi način', 'На друг начин', 'Na drugi način', 'На други начин')),
];

/** The detail items of a crime's follow-up panel, in interview order (each only where it applies). */
export function detailItems(crime: DetailCrime): Element[] {
  const n = (item: string) => name(crime, item);
  const items: Element[] = [];
  if (CONTACT_CRIMES.includes(crime.id)) {
    items.push(
      radio(n('off_sex'), OFF_SEX, withNonResponse(crime, OFF_SEX_CHOICES())),
      radio(n('off_age'), OFF_AGE, withNonResponse(crime, OFF_AGE_CHOICES())),
      radio(n('relation'), RELATION, withNonResponse(crime, RELATION_CHOICES()), { visibleIf: `{${n('known')}} = 1 or {${n('known')}} = 2` }),
    );
  }
  if (crime.id === 'robbery') items.push(radio(n('completed'), ROBBERY_COMPLETED, withNonResponse(crime, [choice(1, YES), choice(2, NO)])));
  if (crime.id === 'sexual') items.push(radio(n('type'), SEXUAL_TYPE, withNonResponse(crime, SEXUAL_TYPE_CHOICES())));
  if (['robbery', 'assault', 'sexual'].includes(crime.id)) {
    items.push(radio(n('medical'), MEDICAL, withNonResponse(crime, [choice(1, YES), choice(2, NO)]), { visibleIf: `{${n('injury')}} = 1` }));
  }
  if (PROPERTY_CRIMES.includes(crime.id)) {
    const taken = crime.id === 'robbery' ? { visibleIf: `{${n('completed')}} = 1` } : {};
    items.push(
      integer(n('loss'), LOSS, 0, 100000000, LOSS_RANGE, { ...taken, isRequired: false }),
      radio(n('recovered'), RECOVERED, withNonResponse(crime, RECOVERED_CHOICES()), taken),
      radio(n('insured'), INSURED, withNonResponse(crime, [choice(1, YES), choice(2, NO)]), taken),
    );
  }
  if (crime.id === 'burglary') {
    items.push(
      radio(n('at_home'), AT_HOME, withNonResponse(crime, [choice(1, YES), choice(2, NO)])),
      radio(n('entry'), ENTRY, withNonResponse(crime, ENTRY_CHOICES())),
    );
  }
  return items;
}

