/**
 * What the server, the network and the assignment file say, in the interviewer's language. The
 * server answers with a stable problem code (src/protocol/problems.ts); its English `title` is never
 * shown inside a translated screen — the code is looked up here. A code this version does not know
 * (a newer server) falls back to the server's title, marked as coming from the server.
 */
import { ApiError, NetworkError } from '../../sync';
import { isAssignmentRefusal, problemCatalogue, type AssignmentRefusal, type Locale, type Problem, type ProblemCode } from '../../protocol';
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
  'account-disabled': t('This account is disabled. Ask an administrator.', 'Kjo llogari është çaktivizuar. Pyesni një administrator.', 'Ovaj račun je onemogućen. Obratite se administratoru.', 'Ovaj je račun onemogućen. Obratite se administratoru.', 'Оваа сметка е оневозможена. Обратете се кај администратор.', 'Ovaj nalog je onemogućen. Obratite se administratoru.', 'Овај налог је онемогућен. Обратите се администратору.'),
  'forbidden': t('Your role does not allow this, or the interview belongs to another interviewer.', 'Roli juaj nuk e lejon këtë, ose intervista i përket një intervistuesi tjetër.', 'Vaša uloga to ne dozvoljava ili intervju pripada drugom anketaru.', 'Vaša uloga to ne dopušta ili razgovor pripada drugom anketaru.', 'Вашата улога не го дозволува тоа или интервјуто припаѓа на друг анкетар.', 'Vaša uloga to ne dozvoljava ili intervju pripada drugom anketaru.', 'Ваша улога то не дозвољава или интервју припада другом анкетару.'),
  'case-not-assigned': t('The case of this interview is not assigned to you. The interview stays on this tablet; tell your supervisor.', 'Rasti i kësaj interviste nuk ju është caktuar juve. Intervista mbetet në këtë tablet; njoftoni mbikëqyrësin.', 'Slučaj ovog intervjua nije dodijeljen Vama. Intervju ostaje na ovom tabletu; obavijestite supervizora.', 'Slučaj ovog intervjua nije dodijeljen Vama. Intervju ostaje na ovom tabletu; obavijestite nadzornika.', 'Случајот на ова интервју не ви е доделен. Интервјуто останува на овој таблет; известете го супервизорот.', 'Slučaj ovog intervjua nije dodijeljen Vama. Intervju ostaje na ovom tabletu; obavijestite supervizora.', 'Случај овог интервјуа није додељен Вама. Интервју остаје на овом таблету; обавестите супервизора.'),
  'answers-mismatch': t('Some answers do not have the form this questionnaire version expects (e.g. text where a number belongs). The interview stays on this tablet; tell your supervisor.', 'Disa përgjigje nuk kanë formën që pret ky version i pyetësorit (p.sh. tekst ku duhet një numër). Intervista mbetet në këtë tablet; njoftoni mbikëqyrësin.', 'Neki odgovori nemaju oblik koji ova verzija upitnika očekuje (npr. tekst gdje treba broj). Intervju ostaje na ovom tabletu; obavijestite supervizora.', 'Neki odgovori nemaju oblik koji ova verzija upitnika očekuje (npr. tekst gdje treba broj). Intervju ostaje na ovom tabletu; obavijestite nadzornika.', 'Некои одговори немаат форма што ја очекува оваа верзија на прашалникот (на пр. текст каде треба број). Интервјуто останува на овој таблет; известете го супервизорот.', 'Neki odgovori nemaju oblik koji ova verzija upitnika očekuje (npr. tekst đe treba broj). Intervju ostaje na ovom tabletu; obavijestite supervizora.', 'Неки одговори немају облик који ова верзија упитника очекује (нпр. текст где треба број). Интервју остаје на овом таблету; обавестите супервизора.'),
  'payload-too-large': t('The data are too large for the server to accept.', 'Të dhënat janë shumë të mëdha që serveri t’i pranojë.', 'Podaci su preveliki da bi ih server prihvatio.', 'Podaci su preveliki da bi ih poslužitelj prihvatio.', 'Податоците се преголеми за серверот да ги прифати.', 'Podaci su preveliki da bi ih server prihvatio.', 'Подаци су превелики да би их сервер прихватио.'),
  'unsupported-media-type': t('The tablet sent data in a form the server does not accept.', 'Tableti dërgoi të dhëna në një formë që serveri nuk e pranon.', 'Tablet je poslao podatke u obliku koji server ne prihvata.', 'Tablet je poslao podatke u obliku koji poslužitelj ne prihvaća.', 'Таблетот испрати податоци во форма што серверот не ја прифаќа.', 'Tablet je poslao podatke u obliku koji server ne prihvata.', 'Таблет је послао податке у облику који сервер не прихвата.'),
  'submission-conflict': t('The server already has a different interview with this identifier. Ask your supervisor.', 'Serveri ka tashmë një intervistë tjetër me këtë identifikues. Pyesni mbikëqyrësin.', 'Server već ima drugi intervju s ovom oznakom. Obratite se supervizoru.', 'Poslužitelj već ima drugi razgovor s ovom oznakom. Obratite se nadzorniku.', 'Серверот веќе има друго интервју со оваа ознака. Обратете се кај супервизорот.', 'Server već ima drugi intervju sa ovom oznakom. Obratite se supervizoru.', 'Сервер већ има други интервју са овом ознаком. Обратите се супервизору.'),
  'conflict': t('This already exists on the server.', 'Kjo ekziston tashmë në server.', 'Ovo već postoji na serveru.', 'Ovo već postoji na poslužitelju.', 'Ова веќе постои на серверот.', 'Ovo već postoji na serveru.', 'Ово већ постоји на серверу.'),
  'assignment-has-interviews': t('This assignment already has interviews or visits, so it cannot be deleted; its history is kept. Reassign it or set its quantity instead.', 'Kjo caktim ka tashmë intervista ose vizita, prandaj nuk mund të fshihet; historia e saj ruhet. Ricaktojeni ose ndryshoni sasinë.', 'Ovaj zadatak već ima intervjue ili posjete pa se ne može izbrisati; njegova historija se čuva. Dodijelite ga drugom anketaru ili promijenite broj.', 'Ovaj zadatak već ima razgovore ili posjete pa se ne može izbrisati; njegova se povijest čuva. Dodijelite ga drugom anketaru ili promijenite broj.', 'Оваа задача веќе има интервјуа или посети, па не може да се избрише; нејзината историја се чува. Доделете ја на друг анкетар или сменете го бројот.', 'Ovaj zadatak već ima intervjue ili posjete pa se ne može izbrisati; njegova istorija se čuva. Dodijelite ga drugom anketaru ili promijenite broj.', 'Овај задатак већ има интервјуе или посете па се не може избрисати; његова историја се чува. Доделите га другом анкетару или промените број.'),
  'lint-findings': t('The questionnaire has errors that must be corrected first.', 'Pyetësori ka gabime që duhet të korrigjohen më parë.', 'Upitnik ima greške koje prvo treba ispraviti.', 'Upitnik ima pogreške koje najprije treba ispraviti.', 'Прашалникот има грешки што прво треба да се поправат.', 'Upitnik ima greške koje prvo treba ispraviti.', 'Упитник има грешке које прво треба исправити.'),
  'public-key-invalid': t('The public key is not an RSA public key (PEM) of at least 2048 bits.', 'Çelësi publik nuk është një çelës publik RSA (PEM) me të paktën 2048 bit.', 'Javni ključ nije RSA javni ključ (PEM) od najmanje 2048 bita.', 'Javni ključ nije RSA javni ključ (PEM) od najmanje 2048 bita.', 'Јавниот клуч не е RSA јавен клуч (PEM) од најмалку 2048 бита.', 'Javni ključ nije RSA javni ključ (PEM) od najmanje 2048 bita.', 'Јавни кључ није RSA јавни кључ (PEM) од најмање 2048 бита.'),
  'encryption-mismatch': t('This questionnaire is encrypted and the interview was not encrypted on the tablet. Sync the questionnaires and ask your supervisor.', 'Ky pyetësor është i enkriptuar dhe intervista nuk u enkriptua në tablet. Sinkronizoni pyetësorët dhe pyesni mbikëqyrësin.', 'Ovaj upitnik je šifrovan, a intervju nije šifrovan na tabletu. Sinhronizujte upitnike i obratite se supervizoru.', 'Ovaj je upitnik šifriran, a razgovor nije šifriran na tabletu. Sinkronizirajte upitnike i obratite se nadzorniku.', 'Овој прашалник е шифриран, а интервјуто не е шифрирано на таблетот. Синхронизирајте ги прашалниците и обратете се кај супервизорот.', 'Ovaj upitnik je šifrovan, a intervju nije šifrovan na tabletu. Sinhronizujte upitnike i obratite se supervizoru.', 'Овај упитник је шифрован, а интервју није шифрован на таблету. Синхронизујте упитнике и обратите се супервизору.'),
  'questionnaire-encrypted': t('This questionnaire is encrypted: the server holds no answers. Open the interviews with the private key.', 'Ky pyetësor është i enkriptuar: serveri nuk mban përgjigje. Hapni intervistat me çelësin privat.', 'Ovaj upitnik je šifrovan: server ne čuva odgovore. Otvorite intervjue privatnim ključem.', 'Ovaj je upitnik šifriran: poslužitelj ne čuva odgovore. Otvorite razgovore privatnim ključem.', 'Овој прашалник е шифриран: серверот не чува одговори. Отворете ги интервјуата со приватниот клуч.', 'Ovaj upitnik je šifrovan: server ne čuva odgovore. Otvorite intervjue privatnim ključem.', 'Овај упитник је шифрован: сервер не чува одговоре. Отворите интервјуе приватним кључем.'),
  'weighting-failed': t('The weights cannot be computed from these files; the message says what to fix.', 'Peshat nuk mund të llogariten nga këto skedarë; mesazhi tregon çfarë duhet ndrequr.', 'Ponderi se ne mogu izračunati iz ovih datoteka; poruka kaže šta treba ispraviti.', 'Ponderi se ne mogu izračunati iz ovih datoteka; poruka kaže što treba ispraviti.', 'Пондерите не можат да се пресметаат од овие датотеки; пораката кажува што треба да се поправи.', 'Ponderi se ne mogu izračunati iz ovih datoteka; poruka kaže šta treba ispraviti.', 'Пондери се не могу израчунати из ових датотека; порука каже шта треба исправити.'),
  'two-factor-unavailable': t('Two-factor log-in is not set up on this server. Tell the administrator.', 'Hyrja me dy faktorë nuk është konfiguruar në këtë server. Njoftoni administratorin.', 'Prijava u dva koraka nije podešena na ovom serveru. Obavijestite administratora.', 'Prijava u dva koraka nije postavljena na ovom poslužitelju. Obavijestite administratora.', 'Најавата во два чекора не е поставена на овој сервер. Известете го администраторот.', 'Prijava u dva koraka nije podešena na ovom serveru. Obavijestite administratora.', 'Пријава у два корака није подешена на овом серверу. Обавестите администратора.'),
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

/** Why the server refused one assignment (the problem's `reason`, protocol `assignmentRefusals`), with its names filled in. */
export const ASSIGNMENT_REFUSAL_TEXTS: Readonly<Record<AssignmentRefusal, Texts>> = {
  'interviewer-unknown': t(
    '{interviewer} is not an interviewer account.',
    '{interviewer} nuk është llogari intervistuesi.',
    '{interviewer} nije račun anketara.',
    '{interviewer} nije korisnički račun anketara.',
    '{interviewer} не е сметка на анкетар.',
    '{interviewer} nije nalog anketara.',
    '{interviewer} није налог анкетара.',
  ),
  'interviewer-disabled': t(
    'The account of {interviewer} is disabled.',
    'Llogaria e {interviewer} është çaktivizuar.',
    'Račun korisnika {interviewer} je onemogućen.',
    'Korisnički račun {interviewer} je onemogućen.',
    'Сметката на {interviewer} е оневозможена.',
    'Nalog korisnika {interviewer} je onemogućen.',
    'Налог корисника {interviewer} је онемогућен.',
  ),
  'questionnaire-unpublished': t(
    'The questionnaire {questionnaireId} is not published on the server.',
    'Pyetësori {questionnaireId} nuk është publikuar në server.',
    'Upitnik {questionnaireId} nije objavljen na serveru.',
    'Upitnik {questionnaireId} nije objavljen na poslužitelju.',
    'Прашалникот {questionnaireId} не е објавен на серверот.',
    'Upitnik {questionnaireId} nije objavljen na serveru.',
    'Упитник {questionnaireId} није објављен на серверу.',
  ),
  'prefill-mismatch': t(
    'A known answer is not an answer of the questionnaire: {answers}.',
    'Një përgjigje e njohur nuk përputhet me pyetësorin: {answers}.',
    'Poznati odgovor ne odgovara upitniku: {answers}.',
    'Poznati odgovor ne odgovara upitniku: {answers}.',
    'Познат одговор не одговара на прашалникот: {answers}.',
    'Poznati odgovor ne odgovara upitniku: {answers}.',
    'Познати одговор не одговара упитнику: {answers}.',
  ),
};

/** Prefilled answers named by question and value only (`region=atlantis, urban=7`): no words to translate. */
export function knownAnswers(answers: readonly { name: string; value: unknown }[]): string {
  return answers.map((a) => `${a.name}=${String(a.value)}`).join(', ');
}

const member = (problem: Readonly<Record<string, unknown>>, name: string): string => {
  const value = problem[name];
  return typeof value === 'string' ? value : '';
};

/**
 * A refused assignment in the locale: from the problem's `reason` with its names; a problem without
 * a known reason (an older or newer server) as its code's text followed by the server's detail.
 */
export function assignmentRefusalText(problem: Problem, locale: Locale): string {
  if (isAssignmentRefusal(problem.reason)) {
    const answers = Array.isArray(problem.answers)
      ? problem.answers.flatMap((a: unknown) => (typeof a === 'object' && a !== null && typeof (a as { name?: unknown }).name === 'string'
        ? [{ name: (a as { name: string }).name, value: (a as { value?: unknown }).value }] : []))
      : [];
    const values: Record<string, string> = { interviewer: member(problem, 'interviewer'), questionnaireId: member(problem, 'questionnaireId'), answers: knownAnswers(answers) };
    return ASSIGNMENT_REFUSAL_TEXTS[problem.reason][locale].replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
  }
  const text = problemText(problem, locale);
  return problem.detail ? `${text} (${problem.detail})` : text;
}

/**
 * The message of a failed analysis run in the locale where it came from the server or the network
 * (its code is a problem code, or `network-error`); the engine's own messages (design, expression,
 * catalogue errors) stay as the engine words them, beside their code.
 */
export function analysisFailureMessage(failure: { code: string; message: string }, locale: Locale): string {
  if (failure.code === 'network-error') return NETWORK_TEXT[locale];
  return known(failure.code) ? PROBLEM_TEXTS[failure.code][locale] : failure.message;
}
