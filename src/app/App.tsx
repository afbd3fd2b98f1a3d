import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Locale } from '../protocol';
import type { OutboxReport } from '../sync';
import { usesConsole } from './console/roles';
import { StatusBar } from './components/StatusBar';
import { StorageBanner } from './components/StorageBanner';
import { UpdatePrompt } from './components/UpdatePrompt';
import { useLive } from './hooks/use-live';
import { useOnline } from './hooks/use-online';
import { useStorageStatus } from './hooks/use-storage-status';
import { I18nContext, languageTags, loadCatalogue, rememberLocale, startLocale, translator, useCatalogue, wordsUnavailable, type Messages } from './i18n';
import { navigate, parseRoute, type Route } from './routes';
import { CaseScreen } from './screens/CaseScreen';
import { FinalizeScreen } from './screens/FinalizeScreen';
import { canAnalyse, HomeScreen } from './screens/HomeScreen';
import { LoginScreen } from './screens/LoginScreen';
import { createDevice, DeviceContext, ReportErrorContext, useDevice, useReportError } from './services/device';
import { afterFirstScreen } from './services/first-screen';
import { RespondentLockContext } from './services/respondent-lock';
import { loadInterviewScreen, runnerChunk } from './runner-preload';

const InterviewScreen = lazy(() => runnerChunk ?? loadInterviewScreen());
const PreviewScreen = lazy(() => import('./screens/PreviewScreen'));
const AnalysisScreen = lazy(() => import('./screens/AnalysisScreen'));
const SupervisionScreen = lazy(() => import('./screens/SupervisionScreen'));
// The backup file's schemas (zod) and passphrase sealing load with the backup screen, not the first one.
const BackupScreen = lazy(() => import('./screens/BackupScreen').then((m) => ({ default: m.BackupScreen })));
const ConsoleScreen = lazy(() => import('./console/ConsoleScreen'));
// The manager's and admin's desk layout (and the console's words in eight locales) stays out of
// the first screen every interviewer's tablet loads (issue 17 item 9, the 200 KB budget).
const ConsoleLayout = lazy(() => import('./console/ConsoleLayout').then((m) => ({ default: m.ConsoleLayout })));

// The first catalogue is requested while the rest of the app is still being evaluated, beside
// the session read from the tablet's database.
const firstLocale = startLocale();
void loadCatalogue(firstLocale).catch(() => undefined);

/**
 * Runs `fn` when the main thread is idle (at most 2 s later); the returned function cancels it.
 * Safari has no requestIdleCallback: there, a short timer.
 */
function whenIdle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(fn, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(fn, 300);
  return () => window.clearTimeout(timer);
}

export function App() {
  const [errors, setErrors] = useState<unknown[]>([]);
  const report = useCallback((error: unknown) => {
    console.error(error);
    setErrors((list) => [...list.slice(-2), error]);
  }, []);
  const [lastReport, setLastReport] = useState<OutboxReport>();
  const device = useMemo(() => createDevice(setLastReport, report), [report]);
  return (
    <ReportErrorContext.Provider value={report}>
      <DeviceContext.Provider value={device}>
        <Shell errors={errors} dismiss={() => setErrors([])} lastReport={lastReport} />
      </DeviceContext.Provider>
    </ReportErrorContext.Provider>
  );
}

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

function Shell({ errors, dismiss, lastReport }: { errors: unknown[]; dismiss: () => void; lastReport: OutboxReport | undefined }) {
  const device = useDevice();
  const reportError = useReportError();
  const { store, scheduler, api } = device;
  const route = useRoute();
  const online = useOnline();
  const [storage, refreshStorage] = useStorageStatus();
  const [locale, setLocaleState] = useState<Locale>(firstLocale);
  const [syncing, setSyncing] = useState(false);
  const [lockedTo, setLockedTo] = useState<string>();
  const respondentLock = useMemo(() => ({ lockedTo, setLockedTo }), [lockedTo]);
  // One tree whether locked or not (a different tree would remount the interview under the respondent).
  const locked = lockedTo !== undefined;
  // The respondent's back gesture (or any link) while the screen is locked returns to the interview.
  useEffect(() => {
    if (lockedTo !== undefined && !(route.screen === 'interview' && route.id === lockedTo)) navigate({ screen: 'interview', id: lockedTo });
  }, [lockedTo, route]);
  const session = useLive((s) => s.getSession().then((v) => v ?? null), 'session');
  const owner = session ? session.username : undefined;
  const pending = useLive((s) => s.countPending(owner), `pending:${owner ?? ''}`);
  const syncStatus = useLive((s) => s.getSyncStatus(), 'sync-status');

  // The database's setting is the interviewer's choice; localStorage only lets the next start
  // begin in it before the database has answered (and is filled here on a tablet set up earlier).
  useEffect(() => {
    void store.getLocale().then((l) => { if (l) { setLocaleState(l); rememberLocale(l); } }, () => undefined);
  }, [store]);
  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    rememberLocale(l);
    void store.setLocale(l).catch(() => undefined);
  }, [store]);
  // The chosen language is the context's at once (the switcher shows it, a new interview starts
  // in it); its words follow when its catalogue has loaded, a moment later on a first switch.
  const catalogue = useCatalogue(locale);
  const shownLocale = catalogue.kind === 'shown' ? catalogue.locale : locale;
  useEffect(() => {
    document.documentElement.lang = languageTags[shownLocale];
  }, [shownLocale]);
  const messages = catalogue.kind === 'shown' ? catalogue.messages : undefined;
  const i18n = useMemo(() => ({ locale, t: translator(messages ?? {} as Messages), setLocale }), [locale, messages, setLocale]);

  // Sync on start and whenever the network comes back: one round uploads and downloads. The round
  // waits for the first screen to be shown (at most 3 s) and then for an idle main thread: its
  // first run loads the sync module and builds the protocol's schemas (0.1–0.2 s of a slow
  // tablet), which would otherwise land before the first screen is painted (issue 17 item 9); a
  // second later nothing is lost, the outbox is on disk.
  const sessionToken = session ? session.token : undefined;
  useEffect(() => {
    if (!online || !sessionToken) return undefined;
    let cancelIdle: (() => void) | undefined;
    let cancelled = false;
    void afterFirstScreen(3000).then(() => {
      if (!cancelled) cancelIdle = whenIdle(() => void scheduler.trigger());
    });
    return () => { cancelled = true; cancelIdle?.(); };
  }, [online, sessionToken, scheduler]);
  useEffect(() => { refreshStorage(); }, [pending, refreshStorage]);

  const syncNow = () => {
    setSyncing(true);
    void scheduler.trigger(true).finally(() => setSyncing(false));
  };
  // Logging out with interviews not uploaded asks first: they stay on the tablet, but only an
  // online log-in of the same interviewer uploads them.
  const [confirmLogOut, setConfirmLogOut] = useState(false);
  const logOutNow = () => {
    setConfirmLogOut(false);
    void (async () => {
      if (session && session.token && navigator.onLine) await api.logout(session.token).catch(() => undefined);
      await store.clearSession();
      navigate({ screen: 'home' });
    })().catch(reportError);
  };
  const logOut = () => {
    if ((pending ?? 0) > 0) setConfirmLogOut(true);
    else logOutNow();
  };

  // While the respondent holds the tablet nothing but the locked interview is rendered, whatever the hash says.
  const shown: Route = lockedTo !== undefined ? { screen: 'interview', id: lockedTo } : route;
  // No catalogue at all (a first visit that lost the network): the one sentence kept in the app
  // itself, and a reload, since nothing else has been shown yet.
  if (catalogue.kind === 'unavailable') {
    const words = wordsUnavailable[locale];
    return (
      <main className="screen" data-testid="words-unavailable">
        <p role="alert">{words.text}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>{words.retry}</button>
      </main>
    );
  }
  // Only at the very start, for the moment before the first catalogue arrives: no words to show yet.
  if (messages === undefined) return <main className="screen" aria-busy="true" />;
  let body;
  if (session === undefined) body = <main className="screen"><p>{i18n.t('loading')}</p></main>;
  else if (session === null || shown.screen === 'login') body = <LoginScreen expiredUser={session?.expired ? session.username : undefined} />;
  else if (shown.screen === 'interview') {
    body = (
      <Suspense fallback={<main className="screen"><p>{i18n.t('loading')}</p></main>}>
        <InterviewScreen key={shown.id} id={shown.id} />
      </Suspense>
    );
  } else if (shown.screen === 'preview') {
    body = (
      <Suspense fallback={<main className="screen"><p>{i18n.t('loading')}</p></main>}>
        <PreviewScreen key={`${shown.id}@${shown.version}`} id={shown.id} version={shown.version} />
      </Suspense>
    );
  } else if (shown.screen === 'analysis' && canAnalyse(session.role)) {
    body = (
      <Suspense fallback={<main className="screen"><p>{i18n.t('loading')}</p></main>}>
        <AnalysisScreen session={session} />
      </Suspense>
    );
  } else if (shown.screen === 'supervise') {
    body = (
      <Suspense fallback={<main className="screen"><p>{i18n.t('loading')}</p></main>}>
        <SupervisionScreen key={shown.id} id={shown.id} instanceId={shown.instanceId} />
      </Suspense>
    );
  } else if (shown.screen === 'console' && usesConsole(session.role)) {
    body = (
      <Suspense fallback={<main className="screen"><p>{i18n.t('loading')}</p></main>}>
        <ConsoleScreen key={`${shown.section}/${shown.id ?? ''}`} section={shown.section} id={shown.id} session={session} />
      </Suspense>
    );
  } else if (shown.screen === 'finalize') body = <FinalizeScreen id={shown.id} />;
  else if (shown.screen === 'backup') {
    body = (
      <Suspense fallback={<main className="screen"><p>{i18n.t('loading')}</p></main>}>
        <BackupScreen key={shown.id ?? ''} session={session} only={shown.id} />
      </Suspense>
    );
  }
  else if (shown.screen === 'case') body = <CaseScreen key={shown.id} id={shown.id} session={session} />;
  else body = <HomeScreen session={session} />;

  const confirmBox = !locked && confirmLogOut ? (
        <div className="banner banner-warn" role="alertdialog" aria-modal="true" data-testid="confirm-log-out">
          <p>{i18n.t('logoutUnsynced', { count: pending ?? 0 })}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => { setConfirmLogOut(false); syncNow(); }} disabled={!online}>{i18n.t('syncNow')}</button>
            <button type="button" className="button danger" onClick={logOutNow} data-testid="log-out-anyway">{i18n.t('logoutAnyway')}</button>
            <button type="button" className="button secondary" onClick={() => setConfirmLogOut(false)}>{i18n.t('cancel')}</button>
          </div>
        </div>
      ) : null;

  // Managers and admins work at a desk: the console's layout instead of the tablet's header.
  if (session && !locked && usesConsole(session.role) && shown.screen !== 'login') {
    return (
      <I18nContext.Provider value={i18n}>
        <RespondentLockContext.Provider value={respondentLock}>
          <Suspense fallback={<main className="screen"><p>{i18n.t('loading')}</p></main>}>
            <ConsoleLayout session={session} route={shown} onLogOut={logOut} online={online}>
              {errors.length > 0 ? <StorageBanner error={errors[errors.length - 1]} onDismiss={dismiss} /> : null}
              {confirmBox}
              {session.expired && !session.offline ? (
                <div className="banner banner-warn" role="status" data-testid="login-again">
                  <p>{i18n.t('loginAgain')}</p>
                  <button type="button" className="button" onClick={() => navigate({ screen: 'login' })}>{i18n.t('logIn')}</button>
                </div>
              ) : null}
              {body}
            </ConsoleLayout>
          </Suspense>
        </RespondentLockContext.Provider>
      </I18nContext.Provider>
    );
  }

  return (
    <I18nContext.Provider value={i18n}>
      <RespondentLockContext.Provider value={respondentLock}>
      <StatusBar
        session={session ?? undefined} online={online} pending={pending} syncStatus={syncStatus}
        syncing={syncing} storage={storage} onSyncNow={syncNow} onLogOut={logOut} locked={locked}
      />
      {locked ? null : <UpdatePrompt />}
      {errors.length > 0 ? <StorageBanner error={errors[errors.length - 1]} onDismiss={dismiss} /> : null}
      {confirmBox}
      {!locked && session?.offline && route.screen !== 'login' ? (
        <div className="banner banner-warn" role="status" data-testid="offline-session">
          <p>{i18n.t('offlineLoginDone')}</p>
          {online ? <button type="button" className="button" onClick={() => navigate({ screen: 'login' })}>{i18n.t('logIn')}</button> : null}
        </div>
      ) : null}
      {!locked && session?.expired && !session.offline && route.screen !== 'login' ? (
        <div className="banner banner-warn" role="status" data-testid="login-again">
          <p>{i18n.t('loginAgain')}</p>
          <button type="button" className="button" onClick={() => navigate({ screen: 'login' })}>{i18n.t('logIn')}</button>
        </div>
      ) : null}
      {!locked && lastReport?.needsLogin && !session?.expired ? <p className="banner banner-warn">{i18n.t('syncNeedsLogin')}</p> : null}
      {body}
      </RespondentLockContext.Provider>
    </I18nContext.Provider>
  );
}
