// The words of the manager's and admin's console, in the product's eight languages. Kept apart
// from the interviewer's catalogue (src/app/i18n/en.ts …): a desk's vocabulary, one table, every
// row written in en, sq, bs, hr, mk, cnr and sr, with Serbian Latin transliterated from the
// Cyrillic (as src/app/i18n/problems.ts does) so the two scripts never drift.
import type { Locale } from '../../protocol';
import { serbianLatin } from '../../../analysis/text/serbian-latin';
import { useI18n } from '../i18n';

type Row = readonly [en: string, sq: string, bs: string, hr: string, mk: string, cnr: string, sr: string];

const TEXTS = {
  consoleNav: ['Console', 'Konsola', 'Konzola', 'Konzola', 'Конзола', 'Konzola', 'Конзола'],
  navSurveys: ['Surveys', 'Anketat', 'Ankete', 'Ankete', 'Анкети', 'Ankete', 'Анкете'],
  navQuestionnaires: ['Questionnaires', 'Pyetësorët', 'Upitnici', 'Upitnici', 'Прашалници', 'Upitnici', 'Упитници'],
  navProgress: ['Progress', 'Ecuria', 'Napredak', 'Napredak', 'Напредок', 'Napredak', 'Напредак'],
  navReview: ['Field work and review', 'Puna në terren dhe shqyrtimi', 'Terenski rad i pregled', 'Terenski rad i pregled', 'Теренска работа и преглед', 'Terenski rad i pregled', 'Теренски рад и преглед'],
  navQuality: ['Data quality', 'Cilësia e të dhënave', 'Kvalitet podataka', 'Kvaliteta podataka', 'Квалитет на податоците', 'Kvalitet podataka', 'Квалитет података'],
  navCases: ['Cases and assignments', 'Rastet dhe caktimet', 'Slučajevi i zadaci', 'Slučajevi i zadaci', 'Случаи и задачи', 'Slučajevi i zadaci', 'Случајеви и задаци'],
  navExports: ['Exports', 'Eksportet', 'Izvozi', 'Izvozi', 'Извози', 'Izvozi', 'Извози'],
  navUsers: ['Users', 'Përdoruesit', 'Korisnici', 'Korisnici', 'Корисници', 'Korisnici', 'Корисници'],
  navAudit: ['Audit log', 'Regjistri i auditimit', 'Revizijski zapisnik', 'Revizijski zapisnik', 'Дневник на ревизија', 'Revizijski zapisnik', 'Ревизијски дневник'],
  survey: ['Survey', 'Anketa', 'Anketa', 'Anketa', 'Анкета', 'Anketa', 'Анкета'],
  chooseSurvey: ['Choose a survey in the switcher above.', 'Zgjidhni një anketë në përzgjedhësin lart.', 'Izaberite anketu u biraču iznad.', 'Odaberite anketu u biraču iznad.', 'Изберете анкета во изборникот погоре.', 'Izaberite anketu u biraču iznad.', 'Изаберите анкету у бирачу изнад.'],
  adminOnly: ['Only an administrator sees this.', 'Vetëm administratori e sheh këtë.', 'Ovo vidi samo administrator.', 'Ovo vidi samo administrator.', 'Ова го гледа само администратор.', 'Ovo vidi samo administrator.', 'Ово види само администратор.'],
  managerOnly: ['Only a survey manager sees this.', 'Vetëm menaxheri i anketës e sheh këtë.', 'Ovo vidi samo rukovodilac ankete.', 'Ovo vidi samo voditelj ankete.', 'Ова го гледа само раководител на анкета.', 'Ovo vidi samo rukovodilac ankete.', 'Ово види само руководилац анкете.'],
  confirm: ['Confirm', 'Konfirmo', 'Potvrdi', 'Potvrdi', 'Потврди', 'Potvrdi', 'Потврди'],
  cancel: ['Cancel', 'Anulo', 'Otkaži', 'Odustani', 'Откажи', 'Otkaži', 'Откажи'],
  save: ['Save', 'Ruaj', 'Sačuvaj', 'Spremi', 'Зачувај', 'Sačuvaj', 'Сачувај'],
  saved: ['Saved.', 'U ruajt.', 'Sačuvano.', 'Spremljeno.', 'Зачувано.', 'Sačuvano.', 'Сачувано.'],
  loading: ['Loading…', 'Po ngarkohet…', 'Učitavanje…', 'Učitavanje…', 'Се вчитува…', 'Učitavanje…', 'Учитавање…'],
  previousPage: ['Previous', 'Para', 'Prethodna', 'Prethodna', 'Претходна', 'Prethodna', 'Претходна'],
  nextPage: ['Next', 'Pas', 'Sljedeća', 'Sljedeća', 'Следна', 'Sljedeća', 'Следећа'],
  pageOf: ['{from}–{to} of {total}', '{from}–{to} nga {total}', '{from}–{to} od {total}', '{from}–{to} od {total}', '{from}–{to} од {total}', '{from}–{to} od {total}', '{from}–{to} од {total}'],
  // users
  usersTitle: ['User accounts', 'Llogaritë e përdoruesve', 'Korisnički računi', 'Korisnički računi', 'Кориснички сметки', 'Korisnički nalozi', 'Кориснички налози'],
  newAccount: ['New account', 'Llogari e re', 'Novi račun', 'Novi račun', 'Нова сметка', 'Novi nalog', 'Нови налог'],
  username: ['User name', 'Emri i përdoruesit', 'Korisničko ime', 'Korisničko ime', 'Корисничко име', 'Korisničko ime', 'Корисничко име'],
  password: ['Password', 'Fjalëkalimi', 'Lozinka', 'Lozinka', 'Лозинка', 'Lozinka', 'Лозинка'],
  role: ['Role', 'Roli', 'Uloga', 'Uloga', 'Улога', 'Uloga', 'Улога'],
  roleAdmin: ['Administrator', 'Administrator', 'Administrator', 'Administrator', 'Администратор', 'Administrator', 'Администратор'],
  roleManager: ['Survey manager', 'Menaxher i anketës', 'Rukovodilac ankete', 'Voditelj ankete', 'Раководител на анкета', 'Rukovodilac ankete', 'Руководилац анкете'],
  roleInterviewer: ['Interviewer', 'Intervistues', 'Anketar', 'Anketar', 'Анкетар', 'Anketar', 'Анкетар'],
  roleAnalyst: ['Analyst', 'Analist', 'Analitičar', 'Analitičar', 'Аналитичар', 'Analitičar', 'Аналитичар'],
  passwordHint: ['At least 12 characters; a passphrase of three or four words is easiest to remember.', 'Të paktën 12 shenja; një frazë prej tre a katër fjalësh mbahet mend më lehtë.', 'Najmanje 12 znakova; rečenicu od tri ili četiri riječi je najlakše zapamtiti.', 'Najmanje 12 znakova; rečenicu od tri ili četiri riječi najlakše je zapamtiti.', 'Најмалку 12 знаци; реченица од три или четири збора најлесно се памети.', 'Najmanje 12 znakova; rečenicu od tri ili četiri riječi je najlakše zapamtiti.', 'Најмање 12 знакова; реченицу од три или четири речи је најлакше запамтити.'],
  createAccount: ['Create the account', 'Krijo llogarinë', 'Kreiraj račun', 'Izradi račun', 'Создај сметка', 'Kreiraj nalog', 'Направи налог'],
  accountCreated: ['Account {user} created.', 'Llogaria {user} u krijua.', 'Račun {user} je kreiran.', 'Račun {user} je izrađen.', 'Сметката {user} е создадена.', 'Nalog {user} je kreiran.', 'Налог {user} је направљен.'],
  lastLogin: ['Last log-in', 'Hyrja e fundit', 'Posljednja prijava', 'Posljednja prijava', 'Последна најава', 'Posljednja prijava', 'Последња пријава'],
  never: ['never', 'asnjëherë', 'nikad', 'nikad', 'никогаш', 'nikad', 'никад'],
  twoFactor: ['Two-factor', 'Dy faktorë', 'Dvofaktorska', 'Dvofaktorska', 'Двофакторска', 'Dvofaktorska', 'Двофакторска'],
  status: ['Status', 'Gjendja', 'Status', 'Status', 'Статус', 'Status', 'Статус'],
  active: ['active', 'aktive', 'aktivan', 'aktivan', 'активна', 'aktivan', 'активан'],
  disabled: ['disabled', 'e çaktivizuar', 'onemogućen', 'onemogućen', 'оневозможена', 'onemogućen', 'онемогућен'],
  disable: ['Disable', 'Çaktivizo', 'Onemogući', 'Onemogući', 'Оневозможи', 'Onemogući', 'Онемогући'],
  enable: ['Enable', 'Aktivizo', 'Omogući', 'Omogući', 'Овозможи', 'Omogući', 'Омогући'],
  confirmDisable: ['Disable {user}? Their sessions end at once; what they collected stays.', 'Të çaktivizohet {user}? Sesionet mbarojnë menjëherë; ato që ka mbledhur mbeten.', 'Onemogućiti {user}? Sesije se odmah završavaju; prikupljeno ostaje.', 'Onemogućiti {user}? Sesije odmah završavaju; prikupljeno ostaje.', 'Да се оневозможи {user}? Сесиите веднаш завршуваат; собраното останува.', 'Onemogućiti {user}? Sesije se odmah završavaju; prikupljeno ostaje.', 'Онемогућити {user}? Сесије се одмах завршавају; прикупљено остаје.'],
  resetTwoFactor: ['Reset two-factor', 'Rivendos dy faktorët', 'Poništi prijavu u dva koraka', 'Poništi prijavu u dva koraka', 'Поништи ја најавата во два чекора', 'Poništi prijavu u dva koraka', 'Поништи пријаву у два корака'],
  confirmResetTwoFactor: ['Reset the two-factor log-in of {user}? Their sessions end; they log in with the password alone and can set it up again.', 'Të rivendoset hyrja me dy faktorë e {user}? Sesionet mbarojnë; hyn vetëm me fjalëkalim dhe mund ta konfigurojë sërish.', 'Poništiti prijavu u dva koraka za {user}? Sesije se odmah završavaju; prijavljuje se samo lozinkom i može je ponovo uključiti.', 'Poništiti prijavu u dva koraka za {user}? Sesije odmah završavaju; prijavljuje se samo lozinkom i može je ponovno uključiti.', 'Да се поништи најавата во два чекора за {user}? Сесиите веднаш завршуваат; се најавува само со лозинка и може повторно да ја вклучи.', 'Poništiti prijavu u dva koraka za {user}? Sesije se odmah završavaju; prijavljuje se samo lozinkom i može je ponovo uključiti.', 'Поништити пријаву у два корака за {user}? Сесије се одмах завршавају; пријављује се само лозинком и може је поново укључити.'],
  twoFactorReset: ['Two-factor log-in of {user} reset; their sessions ended.', 'Hyrja me dy faktorë e {user} u rivendos; sesionet mbaruan.', 'Prijava u dva koraka za {user} je poništena; sesije su završene.', 'Prijava u dva koraka za {user} je poništena; sesije su završene.', 'Најавата во два чекора за {user} е поништена; сесиите се завршени.', 'Prijava u dva koraka za {user} je poništena; sesije su završene.', 'Пријава у два корака за {user} је поништена; сесије су завршене.'],
  navAccount: ['My account', 'Llogaria ime', 'Moj račun', 'Moj račun', 'Мојата сметка', 'Moj nalog', 'Мој налог'],
  twoFactorTitle: ['Two-factor log-in', 'Hyrja me dy faktorë', 'Prijava u dva koraka', 'Prijava u dva koraka', 'Најава во два чекора', 'Prijava u dva koraka', 'Пријава у два корака'],
  twoFactorOn: ['Two-factor log-in is on: each log-in asks for the code of your authenticator app.', 'Hyrja me dy faktorë është aktive: çdo hyrje kërkon kodin e aplikacionit tuaj të vërtetimit.', 'Prijava u dva koraka je uključena: svaka prijava traži kod iz aplikacije za autentifikaciju.', 'Prijava u dva koraka je uključena: svaka prijava traži kod iz aplikacije za autentifikaciju.', 'Најавата во два чекора е вклучена: секоја најава бара код од апликацијата за автентикација.', 'Prijava u dva koraka je uključena: svaka prijava traži kod iz aplikacije za autentifikaciju.', 'Пријава у два корака је укључена: свака пријава тражи код из апликације за аутентификацију.'],
  twoFactorSetUp: ['Set up two-factor log-in', 'Konfiguro hyrjen me dy faktorë', 'Uključi prijavu u dva koraka', 'Uključi prijavu u dva koraka', 'Вклучи најава во два чекора', 'Uključi prijavu u dva koraka', 'Укључи пријаву у два корака'],
  twoFactorScan: ['Add this key to your authenticator app (or open the link on the phone), then enter the code it shows.', 'Shtoni këtë çelës në aplikacionin e vërtetimit (ose hapni lidhjen në telefon), pastaj shkruani kodin që shfaq.', 'Dodajte ovaj ključ u aplikaciju za autentifikaciju (ili otvorite link na telefonu), pa unesite kod koji prikaže.', 'Dodajte ovaj ključ u aplikaciju za autentifikaciju (ili otvorite poveznicu na telefonu), pa unesite kod koji prikaže.', 'Додајте го овој клуч во апликацијата за автентикација (или отворете ја врската на телефонот), па внесете го кодот што го прикажува.', 'Dodajte ovaj ključ u aplikaciju za autentifikaciju (ili otvorite link na telefonu), pa unesite kod koji prikaže.', 'Додајте овај кључ у апликацију за аутентификацију (или отворите везу на телефону), па унесите код који прикаже.'],
  recoveryCodesTitle: ['Recovery codes', 'Kodet e rikuperimit', 'Kodovi za oporavak', 'Kodovi za oporavak', 'Кодови за враќање', 'Kodovi za oporavak', 'Кодови за опоравак'],
  recoveryCodesHint: ['Keep these codes somewhere safe, away from your phone: if you lose it, enter one of them instead of the code of the authenticator app. Each code works once. They are shown only now.', 'Ruajini këto kode në një vend të sigurt, larg telefonit: nëse e humbni, shkruani njërin prej tyre në vend të kodit të aplikacionit të vërtetimit. Çdo kod funksionon vetëm një herë. Shfaqen vetëm tani.', 'Čuvajte ove kodove na sigurnom mjestu, odvojeno od telefona: ako ga izgubite, unesite jedan od njih umjesto koda iz aplikacije za autentifikaciju. Svaki kod važi samo jednom. Prikazuju se samo sada.', 'Čuvajte ove kodove na sigurnom mjestu, odvojeno od telefona: ako ga izgubite, unesite jedan od njih umjesto koda iz aplikacije za autentifikaciju. Svaki kod vrijedi samo jednom. Prikazuju se samo sada.', 'Чувајте ги овие кодови на безбедно место, одвоено од телефонот: ако го изгубите, внесете еден од нив наместо кодот од апликацијата за автентикација. Секој код важи само еднаш. Се прикажуваат само сега.', 'Čuvajte ove kodove na sigurnom mjestu, odvojeno od telefona: ako ga izgubite, unesite jedan od njih umjesto koda iz aplikacije za autentifikaciju. Svaki kod važi samo jednom. Prikazuju se samo sada.', 'Чувајте ове кодове на сигурном месту, одвојено од телефона: ако га изгубите, унесите један од њих уместо кода из апликације за аутентификацију. Сваки код важи само једном. Приказују се само сада.'],
  recoveryCodesCopy: ['Copy the codes', 'Kopjo kodet', 'Kopiraj kodove', 'Kopiraj kodove', 'Копирај ги кодовите', 'Kopiraj kodove', 'Копирај кодове'],
  recoveryCodesDownload: ['Download as a text file', 'Shkarko si skedar teksti', 'Preuzmi kao tekstualnu datoteku', 'Preuzmi kao tekstnu datoteku', 'Преземи како текстуална датотека', 'Preuzmi kao tekstualnu datoteku', 'Преузми као текстуалну датотеку'],
  recoveryCodesCopied: ['Copied.', 'U kopjuan.', 'Kopirano.', 'Kopirano.', 'Копирано.', 'Kopirano.', 'Копирано.'],
  twoFactorOff: ['Two-factor log-in is off: a log-in asks for the password only.', 'Hyrja me dy faktorë është joaktive: hyrja kërkon vetëm fjalëkalimin.', 'Prijava u dva koraka je isključena: prijava traži samo lozinku.', 'Prijava u dva koraka je isključena: prijava traži samo lozinku.', 'Најавата во два чекора е исклучена: најавата бара само лозинка.', 'Prijava u dva koraka je isključena: prijava traži samo lozinku.', 'Пријава у два корака је искључена: пријава тражи само лозинку.'],
  twoFactorMove: ['Set up on a new phone', 'Konfiguro në një telefon të ri', 'Uključi na novom telefonu', 'Uključi na novom telefonu', 'Вклучи на нов телефон', 'Uključi na novom telefonu', 'Укључи на новом телефону'],
  recoveryCodesLeft: ['Recovery codes left: {n} of {total}.', 'Kode rikuperimi të mbetura: {n} nga {total}.', 'Preostalo kodova za oporavak: {n} od {total}.', 'Preostalo kodova za oporavak: {n} od {total}.', 'Преостанати кодови за враќање: {n} од {total}.', 'Preostalo kodova za oporavak: {n} od {total}.', 'Преостало кодова за опоравак: {n} од {total}.'],
  recoveryCodesLow: ['Few recovery codes are left: make a new set before they run out.', 'Kanë mbetur pak kode rikuperimi: krijoni një grup të ri para se të mbarojnë.', 'Ostalo je malo kodova za oporavak: napravite nove prije nego što ponestanu.', 'Ostalo je malo kodova za oporavak: izradite nove prije nego što ih nestane.', 'Останаа малку кодови за враќање: направете нови пред да се потрошат.', 'Ostalo je malo kodova za oporavak: napravite nove prije nego što ih nestane.', 'Остало је мало кодова за опоравак: направите нове пре него што их нестане.'],
  recoveryCodesRenew: ['Make new recovery codes', 'Krijo kode të reja rikuperimi', 'Napravi nove kodove za oporavak', 'Izradi nove kodove za oporavak', 'Направи нови кодови за враќање', 'Napravi nove kodove za oporavak', 'Направи нове кодове за опоравак'],
  recoveryCodesRenewHint: ['Enter the code your authenticator app shows now. The recovery codes you have now stop working.', 'Shkruani kodin që shfaq tani aplikacioni i vërtetimit. Kodet e rikuperimit që keni tani nuk funksionojnë më.', 'Unesite kod koji aplikacija za autentifikaciju sada prikazuje. Kodovi za oporavak koje sada imate prestaju važiti.', 'Unesite kod koji aplikacija za autentifikaciju sada prikazuje. Kodovi za oporavak koje sada imate prestaju vrijediti.', 'Внесете го кодот што апликацијата за автентикација го прикажува сега. Кодовите за враќање што ги имате сега престануваат да важат.', 'Unesite kod koji aplikacija za autentifikaciju sada prikazuje. Kodovi za oporavak koje sada imate prestaju da važe.', 'Унесите код који апликација за аутентификацију сада приказује. Кодови за опоравак које сада имате престају да важе.'],
  twoFactorCode: ['Code', 'Kodi', 'Kod', 'Kod', 'Код', 'Kod', 'Код'],
  sessions: ['Sessions', 'Sesionet', 'Sesije', 'Sesije', 'Сесии', 'Sesije', 'Сесије'],
  sessionsOf: ['Signed-in devices of {user}', 'Pajisjet e kyçura të {user}', 'Prijavljeni uređaji korisnika {user}', 'Prijavljeni uređaji korisnika {user}', 'Најавени уреди на {user}', 'Prijavljeni uređaji korisnika {user}', 'Пријављени уређаји корисника {user}'],
  noSessions: ['No device is signed in.', 'Asnjë pajisje nuk është e kyçur.', 'Nijedan uređaj nije prijavljen.', 'Nijedan uređaj nije prijavljen.', 'Ниеден уред не е најавен.', 'Nijedan uređaj nije prijavljen.', 'Ниједан уређај није пријављен.'],
  sessionOpened: ['Signed in', 'Kyçur më', 'Prijavljen', 'Prijavljen', 'Најавен', 'Prijavljen', 'Пријављен'],
  sessionLastUsed: ['Last used', 'Përdorur së fundi', 'Posljednja upotreba', 'Posljednja uporaba', 'Последна употреба', 'Posljednja upotreba', 'Последња употреба'],
  sessionAddress: ['Address', 'Adresa', 'Adresa', 'Adresa', 'Адреса', 'Adresa', 'Адреса'],
  sessionBrowser: ['Browser', 'Shfletuesi', 'Preglednik', 'Preglednik', 'Прелистувач', 'Preglednik', 'Прегледач'],
  thisSession: ['this browser', 'ky shfletues', 'ovaj preglednik', 'ovaj preglednik', 'овој прелистувач', 'ovaj preglednik', 'овај прегледач'],
  endSession: ['End', 'Përfundo', 'Završi', 'Završi', 'Заврши', 'Završi', 'Заврши'],
  sessionEnded: ['Session ended: that device must sign in again.', 'Sesioni përfundoi: ajo pajisje duhet të kyçet përsëri.', 'Sesija je završena: taj uređaj se mora ponovo prijaviti.', 'Sesija je završena: taj se uređaj mora ponovno prijaviti.', 'Сесијата е завршена: тој уред мора повторно да се најави.', 'Sesija je završena: taj uređaj se mora ponovo prijaviti.', 'Сесија је завршена: тај уређај мора поново да се пријави.'],
  resetPassword: ['Reset password', 'Rivendos fjalëkalimin', 'Nova lozinka', 'Nova lozinka', 'Нова лозинка', 'Nova lozinka', 'Нова лозинка'],
  passwordSet: ['New password set for {user}; their sessions have ended.', 'U vendos fjalëkalim i ri për {user}; sesionet e tij mbaruan.', 'Nova lozinka je postavljena za {user}; sesije su završene.', 'Nova lozinka postavljena je za {user}; sesije su završene.', 'Поставена е нова лозинка за {user}; сесиите завршија.', 'Nova lozinka je postavljena za {user}; sesije su završene.', 'Нова лозинка је постављена за {user}; сесије су завршене.'],
  changeRole: ['Change role', 'Ndrysho rolin', 'Promijeni ulogu', 'Promijeni ulogu', 'Смени улога', 'Promijeni ulogu', 'Промени улогу'],
  // questionnaires
  questionnairesTitle: ['Questionnaires', 'Pyetësorët', 'Upitnici', 'Upitnici', 'Прашалници', 'Upitnici', 'Упитници'],
  uploadTitle: ['Upload a questionnaire', 'Ngarko një pyetësor', 'Učitaj upitnik', 'Učitaj upitnik', 'Прикачи прашалник', 'Učitaj upitnik', 'Учитај упитник'],
  questionnaireFile: ['Questionnaire file (SurveyJS JSON)', 'Skedari i pyetësorit (SurveyJS JSON)', 'Datoteka upitnika (SurveyJS JSON)', 'Datoteka upitnika (SurveyJS JSON)', 'Датотека на прашалникот (SurveyJS JSON)', 'Datoteka upitnika (SurveyJS JSON)', 'Датотека упитника (SurveyJS JSON)'],
  questionnaireId: ['Questionnaire id', 'Identifikuesi i pyetësorit', 'Oznaka upitnika', 'Oznaka upitnika', 'Ознака на прашалникот', 'Oznaka upitnika', 'Ознака упитника'],
  invalidJson: ['The file is not valid JSON: {reason}', 'Skedari nuk është JSON i vlefshëm: {reason}', 'Datoteka nije ispravan JSON: {reason}', 'Datoteka nije ispravan JSON: {reason}', 'Датотеката не е исправен JSON: {reason}', 'Datoteka nije ispravan JSON: {reason}', 'Датотека није исправан JSON: {reason}'],
  findingsCount: ['{count} finding(s): correct them in the file and upload it again. Nothing is published.', '{count} gjetje: korrigjojini në skedar dhe ngarkojeni përsëri. Asgjë nuk publikohet.', '{count} nalaz(a): ispravite ih u datoteci i ponovo je učitajte. Ništa nije objavljeno.', '{count} nalaz(a): ispravite ih u datoteci i ponovno je učitajte. Ništa nije objavljeno.', '{count} наод(и): поправете ги во датотеката и прикачете ја повторно. Ништо не е објавено.', '{count} nalaz(a): ispravite ih u datoteci i ponovo je učitajte. Ništa nije objavljeno.', '{count} налаз(а): исправите их у датотеци и поново је учитајте. Ништа није објављено.'],
  noFindings: ['No findings: this file can be published as version {version}.', 'Asnjë gjetje: ky skedar mund të publikohet si versioni {version}.', 'Nema nalaza: datoteka se može objaviti kao verzija {version}.', 'Nema nalaza: datoteka se može objaviti kao verzija {version}.', 'Нема наоди: датотеката може да се објави како верзија {version}.', 'Nema nalaza: datoteka se može objaviti kao verzija {version}.', 'Нема налаза: датотека се може објавити као верзија {version}.'],
  publish: ['Publish version {version}', 'Publiko versionin {version}', 'Objavi verziju {version}', 'Objavi verziju {version}', 'Објави верзија {version}', 'Objavi verziju {version}', 'Објави верзију {version}'],
  publishedNow: ['Version {version} of {id} is published; tablets receive it at their next sync.', 'Versioni {version} i {id} u publikua; tabletët e marrin në sinkronizimin e radhës.', 'Verzija {version} upitnika {id} je objavljena; tableti je dobijaju pri sljedećoj sinhronizaciji.', 'Verzija {version} upitnika {id} je objavljena; tableti je dobivaju pri sljedećoj sinkronizaciji.', 'Верзијата {version} на {id} е објавена; таблетите ја добиваат при следната синхронизација.', 'Verzija {version} upitnika {id} je objavljena; tableti je dobijaju pri sljedećoj sinhronizaciji.', 'Верзија {version} упитника {id} је објављена; таблети је добијају при следећој синхронизацији.'],
  unchangedNow: ['Version {version} already has this content; nothing new was published.', 'Versioni {version} e ka tashmë këtë përmbajtje; asgjë e re nuk u publikua.', 'Verzija {version} već ima ovaj sadržaj; ništa novo nije objavljeno.', 'Verzija {version} već ima ovaj sadržaj; ništa novo nije objavljeno.', 'Верзијата {version} веќе ја има оваа содржина; ништо ново не е објавено.', 'Verzija {version} već ima ovaj sadržaj; ništa novo nije objavljeno.', 'Верзија {version} већ има овај садржај; ништа ново није објављено.'],
  atLine: ['line {line}', 'rreshti {line}', 'red {line}', 'redak {line}', 'ред {line}', 'red {line}', 'ред {line}'],
  question: ['Question', 'Pyetja', 'Pitanje', 'Pitanje', 'Прашање', 'Pitanje', 'Питање'],
  finding: ['Finding', 'Gjetja', 'Nalaz', 'Nalaz', 'Наод', 'Nalaz', 'Налаз'],
  howToFix: ['How to fix', 'Si të ndreqet', 'Kako ispraviti', 'Kako ispraviti', 'Како да се поправи', 'Kako ispraviti', 'Како исправити'],
  ruleSchema: ['Structure not understood by SurveyJS', 'Strukturë që SurveyJS nuk e kupton', 'Struktura koju SurveyJS ne razumije', 'Struktura koju SurveyJS ne razumije', 'Структура што SurveyJS не ја разбира', 'Struktura koju SurveyJS ne razumije', 'Структура коју SurveyJS не разуме'],
  ruleNames: ['Variable names', 'Emrat e variablave', 'Nazivi varijabli', 'Nazivi varijabli', 'Имиња на променливи', 'Nazivi varijabli', 'Називи променљивих'],
  ruleExpressions: ['Conditions and expressions', 'Kushtet dhe shprehjet', 'Uslovi i izrazi', 'Uvjeti i izrazi', 'Услови и изрази', 'Uslovi i izrazi', 'Услови и изрази'],
  ruleChoices: ['Answer choices', 'Zgjedhjet e përgjigjeve', 'Ponuđeni odgovori', 'Ponuđeni odgovori', 'Понудени одговори', 'Ponuđeni odgovori', 'Понуђени одговори'],
  ruleLocales: ['Languages and scripts', 'Gjuhët dhe alfabetet', 'Jezici i pisma', 'Jezici i pisma', 'Јазици и писма', 'Jezici i pisma', 'Језици и писма'],
  ruleVersions: ['Compared with the previous version', 'Krahasuar me versionin e mëparshëm', 'U poređenju s prethodnom verzijom', 'U usporedbi s prethodnom verzijom', 'Во споредба со претходната верзија', 'U poređenju s prethodnom verzijom', 'У поређењу с претходном верзијом'],
  ruleHtml: ['Script in the text', 'Skript në tekst', 'Skripta u tekstu', 'Skripta u tekstu', 'Скрипта во текстот', 'Skripta u tekstu', 'Скрипта у тексту'],
  ruleStructure: ['Pages and questions', 'Faqet dhe pyetjet', 'Stranice i pitanja', 'Stranice i pitanja', 'Страници и прашања', 'Stranice i pitanja', 'Странице и питања'],
  versions: ['Published versions', 'Versionet e publikuara', 'Objavljene verzije', 'Objavljene verzije', 'Објавени верзии', 'Objavljene verzije', 'Објављене верзије'],
  version: ['Version', 'Versioni', 'Verzija', 'Verzija', 'Верзија', 'Verzija', 'Верзија'],
  publishedAt: ['Published', 'Publikuar', 'Objavljeno', 'Objavljeno', 'Објавено', 'Objavljeno', 'Објављено'],
  interviews: ['Interviews', 'Intervista', 'Intervjui', 'Razgovori', 'Интервјуа', 'Intervjui', 'Интервјуи'],
  offered: ['offered to tablets', 'u ofrohet tabletëve', 'nudi se tabletima', 'nudi se tabletima', 'се нуди на таблетите', 'nudi se tabletima', 'нуди се таблетима'],
  retired: ['retired', 'e tërhequr', 'povučena', 'povučena', 'повлечена', 'povučena', 'повучена'],
  retire: ['Retire', 'Tërhiq', 'Povuci', 'Povuci', 'Повлечи', 'Povuci', 'Повуци'],
  confirmRetire: ['Retire version {version} of {id}? Tablets stop offering it at their next sync; its {count} interviews stay and are exported.', 'Të tërhiqet versioni {version} i {id}? Tabletët nuk e ofrojnë më pas sinkronizimit; {count} intervistat e tij mbeten dhe eksportohen.', 'Povući verziju {version} upitnika {id}? Tableti je više ne nude nakon sinhronizacije; njenih {count} intervjua ostaje i izvozi se.', 'Povući verziju {version} upitnika {id}? Tableti je više ne nude nakon sinkronizacije; njezinih {count} razgovora ostaje i izvozi se.', 'Да се повлече верзијата {version} на {id}? Таблетите повеќе не ја нудат по синхронизацијата; нејзините {count} интервјуа остануваат и се извезуваат.', 'Povući verziju {version} upitnika {id}? Tableti je više ne nude nakon sinhronizacije; njenih {count} intervjua ostaje i izvozi se.', 'Повући верзију {version} упитника {id}? Таблети је више не нуде после синхронизације; њених {count} интервјуа остаје и извози се.'],
  // review list
  filters: ['Filters', 'Filtrat', 'Filteri', 'Filtri', 'Филтри', 'Filteri', 'Филтери'],
  interviewer: ['Interviewer', 'Intervistuesi', 'Anketar', 'Anketar', 'Анкетар', 'Anketar', 'Анкетар'],
  regionCode: ['Region code', 'Kodi i rajonit', 'Šifra regije', 'Šifra regije', 'Шифра на регион', 'Šifra regije', 'Шифра региона'],
  dateFrom: ['Received from', 'Marrë nga', 'Primljeno od', 'Primljeno od', 'Примено од', 'Primljeno od', 'Примљено од'],
  dateTo: ['Received until', 'Marrë deri', 'Primljeno do', 'Primljeno do', 'Примено до', 'Primljeno do', 'Примљено до'],
  state: ['State', 'Gjendja', 'Stanje', 'Stanje', 'Состојба', 'Stanje', 'Стање'],
  anyState: ['Any', 'Çdo', 'Bilo koje', 'Bilo koje', 'Било која', 'Bilo koje', 'Било које'],
  stateReceived: ['Awaiting review', 'Në pritje të shqyrtimit', 'Čeka pregled', 'Čeka pregled', 'Чека преглед', 'Čeka pregled', 'Чека преглед'],
  stateApproved: ['Approved', 'Miratuar', 'Odobren', 'Odobren', 'Одобрено', 'Odobren', 'Одобрен'],
  stateRejected: ['Returned', 'Kthyer', 'Vraćen', 'Vraćen', 'Вратено', 'Vraćen', 'Враћен'],
  searchCases: ['Case or address', 'Rasti ose adresa', 'Slučaj ili adresa', 'Slučaj ili adresa', 'Случај или адреса', 'Slučaj ili adresa', 'Случај или адреса'],
  searchIds: ['Case or interview id', 'Rasti ose identifikuesi i intervistës', 'Slučaj ili oznaka intervjua', 'Slučaj ili oznaka razgovora', 'Случај или ознака на интервју', 'Slučaj ili oznaka intervjua', 'Случај или ознака интервјуа'],
  applyFilters: ['Apply', 'Zbato', 'Primijeni', 'Primijeni', 'Примени', 'Primijeni', 'Примени'],
  clearFilters: ['Clear', 'Pastro', 'Očisti', 'Očisti', 'Исчисти', 'Očisti', 'Очисти'],
  selectPage: ['Select every interview awaiting review on this page', 'Zgjidh çdo intervistë në pritje në këtë faqe', 'Označi sve intervjue koji čekaju na ovoj stranici', 'Označi sve razgovore koji čekaju na ovoj stranici', 'Означи ги сите интервјуа што чекаат на оваа страница', 'Označi sve intervjue koji čekaju na ovoj stranici', 'Означи све интервјуе који чекају на овој страници'],
  select: ['Select', 'Zgjidh', 'Označi', 'Označi', 'Означи', 'Označi', 'Означи'],
  bulkApprove: ['Approve {count} selected', 'Mirato {count} të zgjedhura', 'Odobri {count} označenih', 'Odobri {count} označenih', 'Одобри {count} означени', 'Odobri {count} označenih', 'Одобри {count} означених'],
  confirmBulk: ['Approve {count} interview(s), each at the revision listed? An interview that changed since is refused.', 'Të miratohen {count} intervista, secila në revizionin e listuar? Intervista që ka ndryshuar refuzohet.', 'Odobriti {count} intervju(a), svaki u navedenoj reviziji? Intervju koji se u međuvremenu promijenio se odbija.', 'Odobriti {count} razgovor(a), svaki u navedenoj reviziji? Razgovor koji se u međuvremenu promijenio odbija se.', 'Да се одобрат {count} интервјуа, секое во наведената ревизија? Интервју што во меѓувреме се сменило се одбива.', 'Odobriti {count} intervju(a), svaki u navedenoj reviziji? Intervju koji se u međuvremenu promijenio se odbija.', 'Одобрити {count} интервју(а), сваки у наведеној ревизији? Интервју који се у међувремену променио се одбија.'],
  bulkDone: ['{reviewed} approved; {refused} refused (changed since listed, or gone): open them again.', '{reviewed} u miratuan; {refused} u refuzuan (ndryshuan ose mungojnë): hapini përsëri.', '{reviewed} odobreno; {refused} odbijeno (promijenjeni ili nestali): otvorite ih ponovo.', '{reviewed} odobreno; {refused} odbijeno (promijenjeni ili nestali): otvorite ih ponovno.', '{reviewed} одобрени; {refused} одбиени (променети или ги нема): отворете ги повторно.', '{reviewed} odobreno; {refused} odbijeno (promijenjeni ili nestali): otvorite ih ponovo.', '{reviewed} одобрено; {refused} одбијено (промењени или нестали): отворите их поново.'],
  // review of one interview
  confirmApprove: ['Approve revision {revision} of this interview?', 'Të miratohet revizioni {revision} i kësaj interviste?', 'Odobriti reviziju {revision} ovog intervjua?', 'Odobriti reviziju {revision} ovog razgovora?', 'Да се одобри ревизијата {revision} на ова интервју?', 'Odobriti reviziju {revision} ovog intervjua?', 'Одобрити ревизију {revision} овог интервјуа?'],
  confirmReturn: ['Return revision {revision} to the interviewer with your comment?', 'Të kthehet revizioni {revision} te intervistuesi me komentin tuaj?', 'Vratiti reviziju {revision} anketaru s vašim komentarom?', 'Vratiti reviziju {revision} anketaru s vašim komentarom?', 'Да се врати ревизијата {revision} на анкетарот со вашиот коментар?', 'Vratiti reviziju {revision} anketaru s vašim komentarom?', 'Вратити ревизију {revision} анкетару с вашим коментаром?'],
  diffTitle: ['What changed from revision {from} to {to}', 'Çfarë ndryshoi nga revizioni {from} në {to}', 'Šta se promijenilo od revizije {from} do {to}', 'Što se promijenilo od revizije {from} do {to}', 'Што се смени од ревизија {from} до {to}', 'Šta se promijenilo od revizije {from} do {to}', 'Шта се променило од ревизије {from} до {to}'],
  diffNone: ['No answer changed.', 'Asnjë përgjigje nuk ndryshoi.', 'Nijedan odgovor se nije promijenio.', 'Nijedan se odgovor nije promijenio.', 'Ниту еден одговор не се смени.', 'Nijedan odgovor se nije promijenio.', 'Ниједан одговор се није променио.'],
  diffEncrypted: ['The revisions are encrypted: the server cannot compare them.', 'Revizionet janë të enkriptuara: serveri nuk mund t’i krahasojë.', 'Revizije su šifrovane: server ih ne može porediti.', 'Revizije su šifrirane: poslužitelj ih ne može usporediti.', 'Ревизиите се шифрирани: серверот не може да ги спореди.', 'Revizije su šifrovane: server ih ne može porediti.', 'Ревизије су шифроване: сервер их не може поредити.'],
  variable: ['Variable', 'Variabla', 'Varijabla', 'Varijabla', 'Променлива', 'Varijabla', 'Променљива'],
  before: ['Before', 'Më parë', 'Prije', 'Prije', 'Пред', 'Prije', 'Пре'],
  after: ['After', 'Pas', 'Poslije', 'Poslije', 'После', 'Poslije', 'После'],
  // exports
  exportsTitle: ['Microdata exports', 'Eksportet e mikrotë dhënave', 'Izvozi mikropodataka', 'Izvozi mikropodataka', 'Извози на микроподатоци', 'Izvozi mikropodataka', 'Извози микроподатака'],
  format: ['Format', 'Formati', 'Format', 'Format', 'Формат', 'Format', 'Формат'],
  labelLanguage: ['Language of the labels', 'Gjuha e etiketave', 'Jezik oznaka', 'Jezik oznaka', 'Јазик на ознаките', 'Jezik oznaka', 'Језик ознака'],
  approvedOnly: ['Approved interviews only', 'Vetëm intervistat e miratuara', 'Samo odobreni intervjui', 'Samo odobreni razgovori', 'Само одобрени интервјуа', 'Samo odobreni intervjui', 'Само одобрени интервјуи'],
  download: ['Download', 'Shkarko', 'Preuzmi', 'Preuzmi', 'Преземи', 'Preuzmi', 'Преузми'],
  // audit
  auditTitle: ['Audit log', 'Regjistri i auditimit', 'Revizijski zapisnik', 'Revizijski zapisnik', 'Дневник на ревизија', 'Revizijski zapisnik', 'Ревизијски дневник'],
  when: ['When', 'Kur', 'Kada', 'Kada', 'Кога', 'Kada', 'Када'],
  actor: ['Who', 'Kush', 'Ko', 'Tko', 'Кој', 'Ko', 'Ко'],
  action: ['Action', 'Veprimi', 'Radnja', 'Radnja', 'Дејство', 'Radnja', 'Радња'],
  target: ['On what', 'Mbi çfarë', 'Nad čim', 'Nad čim', 'Врз што', 'Nad čim', 'Над чим'],
  address: ['From address', 'Nga adresa', 'S adrese', 'S adrese', 'Од адреса', 'S adrese', 'Са адресе'],
  detail: ['Detail', 'Hollësi', 'Detalji', 'Detalji', 'Детали', 'Detalji', 'Детаљи'],
  anyAction: ['Any action', 'Çdo veprim', 'Bilo koja radnja', 'Bilo koja radnja', 'Било кое дејство', 'Bilo koja radnja', 'Било која радња'],
  olderEntries: ['Older entries', 'Hyrje më të vjetra', 'Stariji zapisi', 'Stariji zapisi', 'Постари записи', 'Stariji zapisi', 'Старији записи'],
  newestEntries: ['Newest entries', 'Hyrjet më të reja', 'Najnoviji zapisi', 'Najnoviji zapisi', 'Најнови записи', 'Najnoviji zapisi', 'Најновији записи'],
  noEntries: ['Nothing matches these filters.', 'Asgjë nuk përputhet me këto filtra.', 'Ništa ne odgovara ovim filterima.', 'Ništa ne odgovara ovim filtrima.', 'Ништо не одговара на овие филтри.', 'Ništa ne odgovara ovim filterima.', 'Ништа не одговара овим филтерима.'],
  // cases
  assignmentsTitle: ['Assignments', 'Caktimet', 'Zadaci', 'Zadaci', 'Задачи', 'Zadaci', 'Задаци'],
  caseId: ['Case', 'Rasti', 'Slučaj', 'Slučaj', 'Случај', 'Slučaj', 'Случај'],
  quantity: ['Interviews allowed', 'Intervista të lejuara', 'Dozvoljeno intervjua', 'Dopušteno razgovora', 'Дозволени интервјуа', 'Dozvoljeno intervjua', 'Дозвољено интервјуа'],
  reassignTo: ['Interviewer', 'Intervistuesi', 'Anketar', 'Anketar', 'Анкетар', 'Anketar', 'Анкетар'],
  deleteAssignment: ['Delete', 'Fshi', 'Izbriši', 'Izbriši', 'Избриши', 'Izbriši', 'Избриши'],
  confirmDelete: ['Delete the assignment of case {caseId}?', 'Të fshihet caktimi i rastit {caseId}?', 'Izbrisati zadatak slučaja {caseId}?', 'Izbrisati zadatak slučaja {caseId}?', 'Да се избрише задачата на случајот {caseId}?', 'Izbrisati zadatak slučaja {caseId}?', 'Избрисати задатак случаја {caseId}?'],
  noAssignments: ['No assignments yet.', 'Ende asnjë caktim.', 'Još nema zadataka.', 'Još nema zadataka.', 'Сѐ уште нема задачи.', 'Još nema zadataka.', 'Још нема задатака.'],
  // charts
  durationChart: ['Interview length by interviewer (minutes)', 'Kohëzgjatja e intervistës sipas intervistuesit (minuta)', 'Trajanje intervjua po anketaru (minute)', 'Trajanje razgovora po anketaru (minute)', 'Траење на интервјуто по анкетар (минути)', 'Trajanje intervjua po anketaru (minuti)', 'Трајање интервјуа по анкетару (минути)'],
  flagsChart: ['Flags by interviewer', 'Sinjalizimet sipas intervistuesit', 'Upozorenja po anketaru', 'Upozorenja po anketaru', 'Предупредувања по анкетар', 'Upozorenja po anketaru', 'Упозорења по анкетару'],
  regionChart: ['Interviews by region and review state', 'Intervistat sipas rajonit dhe gjendjes', 'Intervjui po regiji i stanju pregleda', 'Razgovori po regiji i stanju pregleda', 'Интервјуа по регион и состојба на преглед', 'Intervjui po regiji i stanju pregleda', 'Интервјуи по региону и стању прегледа'],
  progressChart: ['Cases completed and closed, day by day', 'Rastet e përfunduara dhe të mbyllura, ditë pas dite', 'Završeni i zatvoreni slučajevi, dan po dan', 'Završeni i zatvoreni slučajevi, dan po dan', 'Завршени и затворени случаи, ден по ден', 'Završeni i zatvoreni slučajevi, dan po dan', 'Завршени и затворени случајеви, дан по дан'],
  completedCases: ['completed', 'të përfunduara', 'završeni', 'završeni', 'завршени', 'završeni', 'завршени'],
  closedCases: ['closed', 'të mbyllura', 'zatvoreni', 'zatvoreni', 'затворени', 'zatvoreni', 'затворени'],
  regionRatesChart: ['Response rate (AAPOR RR1) by region', 'Shkalla e përgjigjes (AAPOR RR1) sipas rajonit', 'Stopa odgovora (AAPOR RR1) po regiji', 'Stopa odaziva (AAPOR RR1) po regiji', 'Стапка на одговор (AAPOR RR1) по регион', 'Stopa odgovora (AAPOR RR1) po regiji', 'Стопа одговора (AAPOR RR1) по региону'],
  minutes: ['minutes', 'minuta', 'minute', 'minute', 'минути', 'minuti', 'минути'],
  count: ['number', 'numri', 'broj', 'broj', 'број', 'broj', 'број'],
  noRegion: ['(no region)', '(pa rajon)', '(bez regije)', '(bez regije)', '(без регион)', '(bez regije)', '(без региона)'],
} as const satisfies Record<string, Row>;

export type ConsoleKey = keyof typeof TEXTS;
const LOCALE_INDEX = { en: 0, sq: 1, bs: 2, hr: 3, mk: 4, cnr: 5, sr: 6 } as const;

/** A console text in the locale, with {name} placeholders filled. */
export function consoleText(locale: Locale, key: ConsoleKey, values?: Record<string, string | number>): string {
  const row: Row = TEXTS[key];
  const text = locale === 'sr-Latn' ? serbianLatin(row[LOCALE_INDEX.sr]) : row[LOCALE_INDEX[locale]];
  return values === undefined ? text : text.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

export type ConsoleTranslate = (key: ConsoleKey, values?: Record<string, string | number>) => string;

/** The console's translator for the current locale. */
export function useConsoleText(): ConsoleTranslate {
  const { locale } = useI18n();
  return (key, values) => consoleText(locale, key, values);
}

/** Every key, for the test that checks each row's scripts. */
export const consoleKeys = Object.keys(TEXTS) as ConsoleKey[];
