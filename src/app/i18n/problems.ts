/**
 * What the server, the network and the assignment file say, in the interviewer's language. The
 * server answers with a stable problem code (src/protocol/problems.ts); its English `title` is never
 * shown inside a translated screen — the code is looked up here. A code this version does not know
 * (a newer server) falls back to the server's title, marked as coming from the server.
 */
import { ApiError, NetworkError } from '../../sync';
import { problemCatalogue, type Locale, type Problem, type ProblemCode } from '../../protocol';
import { serbianLatin } from '../../../analysis/text/serbian-latin';

type Texts = Readonly<Record<Locale, string>>;
/** en, sq, bs, hr, mk, cnr, sr — Serbian Latin is transliterated from the Serbian Cyrillic. */
const t = (en: string, sq: string, bs: string, hr: string, mk: string, cnr: string, sr: string): Texts =>
  ({ en, sq, bs, hr, mk, cnr, sr, 'sr-Latn': serbianLatin(sr) });

export const PROBLEM_TEXTS: Readonly<Record<ProblemCode, Texts>> = {
  'not-found': t('Not found on the server.', 'Nuk u gjet në server.', 'Nije pronađeno na serveru.', 'Nije pronađeno na poslužitelju.', 'Не е пронајдено на серверот.', 'Nije pronađeno na serveru.', 'Није пронађено на серверу.'),
  'malformed-json': t('The tablet sent data the server cannot read.', 'Tableti dërgoi të dhëna që serveri nuk mund t’i lexojë.', 'Tablet je poslao podatke koje server ne može pročitati.', 'Tablet je poslao podatke koje poslužitelj ne može pročitati.', 'Таблетот испрати податоци што серверот не може да ги прочита.', 'Tablet je poslao podatke koje server ne može da pročita.', 'Таблет је послао податке које сервер не може да прочита.'),
  'validation-failed': t('The server did not accept the data: they do not have the expected form.', 'Serveri nuk i pranoi të dhënat: nuk kanë formën e pritur.', 'Server nije prihvatio podatke: nisu u očekivanom obliku.', 'Poslužitelj nije prihvatio podatke: nisu u očekivanom obliku.', 'Серверот не ги прифати податоците: не се во очекуваната форма.', 'Server nije prihvatio podatke: nijesu u očekivanom obliku.', 'Сервер није прихватио податке: нису у очекиваном облику.'),
  'invalid-text': t('The data hold characters that cannot be stored.', 'Të dhënat përmbajnë shenja që nuk mund të ruhen.', 'Podaci sadrže znakove koji se ne mogu sačuvati.', 'Podaci sadrže znakove koji se ne mogu spremiti.', 'Податоците содржат знаци што не можат да се зачуваат.', 'Podaci sadrže znakove koji se ne mogu sačuvati.', 'Подаци садрже знакове који се не могу сачувати.'),
  'nesting-too-deep': t('The data are nested too deeply for the server to accept.', 'Të dhënat janë të ndërthurura shumë thellë që serveri t’i pranojë.', 'Podaci su previše duboko ugniježđeni da bi ih server prihvatio.', 'Podaci su previše duboko ugniježđeni da bi ih poslužitelj prihvatio.', 'Податоците се премногу длабоко вгнездени за серверот да ги прифати.', 'Podaci su previše duboko ugniježđeni da bi ih server prihvatio.', 'Подаци су превише дубоко угнежђени да би их сервер прихватио.'),
  'headers-too-large': t('The request is too large for the server. Log out and log in again.', 'Kërkesa është shumë e madhe për serverin. Dilni dhe hyni përsëri.', 'Zahtjev je prevelik za server. Odjavite se i ponovo prijavite.', 'Zahtjev je prevelik za poslužitelj. Odjavite se i ponovno prijavite.', 'Барањето е преголемо за серверот. Одјавете се и најавете се повторно.', 'Zahtjev je prevelik za server. Odjavite se i ponovo prijavite.', 'Захтев је превелик за сервер. Одјавите се и поново се пријавите.'),
  'review-stale': t('The interview changed while you were reviewing it. It has been reloaded; review it again.', 'Intervista ndryshoi ndërsa e shqyrtonit. U ringarkua; shqyrtojeni përsëri.', 'Intervju se promijenio dok ste ga pregledali. Ponovo je učitan; pregledajte ga ponovo.', 'Razgovor se promijenio dok ste ga pregledavali. Ponovno je učitan; pregledajte ga ponovno.', 'Интервјуто се промени додека го прегледувавте. Повторно е вчитано; прегледајте го повторно.', 'Intervju se promijenio dok ste ga pregledali. Ponovo je učitan; pregledajte ga ponovo.', 'Интервју се променио док сте га прегледали. Поново је учитан; прегледајте га поново.'),
  'unauthenticated': t('Your session has ended. Log in again.', 'Sesioni juaj ka përfunduar. Hyni përsëri.', 'Vaša sesija je istekla. Ponovo se prijavite.', 'Vaša je sesija istekla. Ponovno se prijavite.', 'Вашата сесија истече. Најавете се повторно.', 'Vaša sesija je istekla. Ponovo se prijavite.', 'Ваша сесија је истекла. Поново се пријавите.'),
  'invalid-credentials': t('Wrong user name or password.', 'Emër përdoruesi ose fjalëkalim i gabuar.', 'Pogrešno korisničko ime ili lozinka.', 'Pogrešno korisničko ime ili lozinka.', 'Погрешно корисничко име или лозинка.', 'Pogrešno korisničko ime ili lozinka.', 'Погрешно корисничко име или лозинка.'),
  'otp-required': t('Enter the one-time code from your authenticator app.', 'Shkruani kodin njëpërdorimësh nga aplikacioni juaj i vërtetimit.', 'Unesite jednokratni kod iz aplikacije za autentifikaciju.', 'Unesite jednokratni kod iz aplikacije za autentifikaciju.', 'Внесете го еднократниот код од апликацијата за автентикација.', 'Unesite jednokratni kod iz aplikacije za autentifikaciju.', 'Унесите једнократни код из апликације за аутентификацију.'),
  'weak-password': t('The password is too weak. Choose a longer one that is hard to guess.', 'Fjalëkalimi është shumë i dobët. Zgjidhni një më të gjatë që vështirë të merret me mend.', 'Lozinka je preslaba. Izaberite dužu koju je teško pogoditi.', 'Lozinka je preslaba. Odaberite dulju koju je teško pogoditi.', 'Лозинката е преслаба. Изберете подолга што тешко се погодува.', 'Lozinka je preslaba. Izaberite dužu koju je teško pogoditi.', 'Лозинка је преслаба. Изаберите дужу коју је тешко погодити.'),
  'forbidden': t('Your role does not allow this, or the interview belongs to another interviewer.', 'Roli juaj nuk e lejon këtë, ose intervista i përket një intervistuesi tjetër.', 'Vaša uloga to ne dozvoljava ili intervju pripada drugom anketaru.', 'Vaša uloga to ne dopušta ili razgovor pripada drugom anketaru.', 'Вашата улога не го дозволува тоа или интервјуто припаѓа на друг анкетар.', 'Vaša uloga to ne dozvoljava ili intervju pripada drugom anketaru.', 'Ваша улога то не дозвољава или интервју припада другом анкетару.'),
  'payload-too-large': t('The data are too large for the server to accept.', 'Të dhënat janë shumë të mëdha që serveri t’i pranojë.', 'Podaci su preveliki da bi ih server prihvatio.', 'Podaci su preveliki da bi ih poslužitelj prihvatio.', 'Податоците се преголеми за серверот да ги прифати.', 'Podaci su preveliki da bi ih server prihvatio.', 'Подаци су превелики да би их сервер прихватио.'),
  'unsupported-media-type': t('The tablet sent data in a form the server does not accept.', 'Tableti dërgoi të dhëna në një formë që serveri nuk e pranon.', 'Tablet je poslao podatke u obliku koji server ne prihvata.', 'Tablet je poslao podatke u obliku koji poslužitelj ne prihvaća.', 'Таблетот испрати податоци во форма што серверот не ја прифаќа.', 'Tablet je poslao podatke u obliku koji server ne prihvata.', 'Таблет је послао податке у облику који сервер не прихвата.'),
  'submission-conflict': t('The server already has a different interview with this identifier. Ask your supervisor.', 'Serveri ka tashmë një intervistë tjetër me këtë identifikues. Pyesni mbikëqyrësin.', 'Server već ima drugi intervju s ovom oznakom. Obratite se supervizoru.', 'Poslužitelj već ima drugi razgovor s ovom oznakom. Obratite se nadzorniku.', 'Серверот веќе има друго интервју со оваа ознака. Обратете се кај супервизорот.', 'Server već ima drugi intervju sa ovom oznakom. Obratite se supervizoru.', 'Сервер већ има други интервју са овом ознаком. Обратите се супервизору.'),
  'conflict': t('This already exists on the server.', 'Kjo ekziston tashmë në server.', 'Ovo već postoji na serveru.', 'Ovo već postoji na poslužitelju.', 'Ова веќе постои на серверот.', 'Ovo već postoji na serveru.', 'Ово већ постоји на серверу.'),
  'lint-findings': t('The questionnaire has errors that must be corrected first.', 'Pyetësori ka gabime që duhet të korrigjohen më parë.', 'Upitnik ima greške koje prvo treba ispraviti.', 'Upitnik ima pogreške koje najprije treba ispraviti.', 'Прашалникот има грешки што прво треба да се поправат.', 'Upitnik ima greške koje prvo treba ispraviti.', 'Упитник има грешке које прво треба исправити.'),
  'weighting-failed': t('The weights cannot be computed from these files; the message says what to fix.', 'Peshat nuk mund të llogariten nga këto skedarë; mesazhi tregon çfarë duhet ndrequr.', 'Ponderi se ne mogu izračunati iz ovih datoteka; poruka kaže šta treba ispraviti.', 'Ponderi se ne mogu izračunati iz ovih datoteka; poruka kaže što treba ispraviti.', 'Пондерите не можат да се пресметаат од овие датотеки; пораката кажува што треба да се поправи.', 'Ponderi se ne mogu izračunati iz ovih datoteka; poruka kaže šta treba ispraviti.', 'Пондери се не могу израчунати из ових датотека; порука каже шта треба исправити.'),
  'rate-limited': t('Too many attempts. Wait a moment and try again.', 'Shumë përpjekje. Prisni pak dhe provoni përsëri.', 'Previše pokušaja. Sačekajte malo i pokušajte ponovo.', 'Previše pokušaja. Pričekajte malo i pokušajte ponovno.', 'Премногу обиди. Почекајте малку и обидете се повторно.', 'Previše pokušaja. Sačekajte malo i pokušajte ponovo.', 'Превише покушаја. Сачекајте мало и покушајте поново.'),
  'internal-error': t('Something went wrong on the server. Your data are safe on the tablet; try again later.', 'Diçka shkoi keq në server. Të dhënat tuaja janë të sigurta në tablet; provoni më vonë.', 'Nešto nije u redu na serveru. Vaši podaci su sigurni na tabletu; pokušajte kasnije.', 'Nešto nije u redu na poslužitelju. Vaši su podaci sigurni na tabletu; pokušajte kasnije.', 'Нешто не е во ред на серверот. Вашите податоци се безбедни на таблетот; обидете се подоцна.', 'Nešto nije u redu na serveru. Vaši podaci su bezbjedni na tabletu; pokušajte kasnije.', 'Нешто није у реду на серверу. Ваши подаци су безбедни на таблету; покушајте касније.'),
  'service-unavailable': t('The server is restarting. Try again in a moment.', 'Serveri po riniset. Provoni përsëri pas pak.', 'Server se ponovo pokreće. Pokušajte ponovo za trenutak.', 'Poslužitelj se ponovno pokreće. Pokušajte ponovno za trenutak.', 'Серверот повторно се стартува. Обидете се повторно за момент.', 'Server se ponovo pokreće. Pokušajte ponovo za trenutak.', 'Сервер се поново покреће. Покушајте поново за тренутак.'),
};

export const NETWORK_TEXT: Texts = t(
  'The server cannot be reached. Check the connection; your data stay safe on the tablet.',
  'Serveri nuk arrihet. Kontrolloni lidhjen; të dhënat tuaja mbeten të sigurta në tablet.',
  'Server nije dostupan. Provjerite vezu; Vaši podaci ostaju sigurni na tabletu.',
  'Poslužitelj nije dostupan. Provjerite vezu; Vaši podaci ostaju sigurni na tabletu.',
  'Серверот не е достапен. Проверете ја врската; вашите податоци остануваат безбедни на таблетот.',
  'Server nije dostupan. Provjerite vezu; Vaši podaci ostaju bezbjedni na tabletu.',
  'Сервер није доступан. Проверите везу; Ваши подаци остају безбедни на таблету.',
);

const FROM_SERVER: Texts = t('Server', 'Serveri', 'Server', 'Poslužitelj', 'Сервер', 'Server', 'Сервер');

const known = (code: string): code is ProblemCode => Object.prototype.hasOwnProperty.call(problemCatalogue, code);

/** A server problem in the locale, from its code (the server's English title only for an unknown code). */
export function problemText(problem: Pick<Problem, 'code' | 'title'>, locale: Locale): string {
  return known(problem.code) ? PROBLEM_TEXTS[problem.code][locale] : `${FROM_SERVER[locale]}: ${problem.title}`;
}

/** Any error of a server call, in the locale: network failure, server problem, or (last resort) the message. */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof NetworkError) return NETWORK_TEXT[locale];
  if (error instanceof ApiError) return problemText(error.problem, locale);
  return error instanceof Error ? error.message : String(error);
}
