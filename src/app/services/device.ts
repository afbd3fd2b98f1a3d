import { createContext, useContext } from 'react';
import { LocalStore } from '../../store';
import type { ApiClient, OutboxReport, RefreshOutcome } from '../../sync';
import { NetworkError } from '../../sync/errors';
import { SyncScheduler } from '../../sync/scheduler';

type SyncModule = typeof import('../../sync');

/**
 * The sync module (the API client, the outbox, the downloads) and with it every response schema
 * of src/protocol, which zod builds as their modules are evaluated: loaded with the first request
 * or sync round, not before the first screen (issue 17 item 9: 0.1–0.2 s of a 4×-throttled start,
 * none of it needed to show the home screen or a resumed interview). A failed load (a chunk the
 * network did not deliver) is a NetworkError, tried again the next time.
 */
let syncModule: Promise<SyncModule> | undefined;
function loadSync(): Promise<SyncModule> {
  syncModule ??= import('../../sync').catch((error: unknown) => {
    syncModule = undefined;
    // The request did not reach the server: for the log-in form that is the offline log-in's case.
    throw new NetworkError('the sync module could not be loaded', error);
  });
  return syncModule;
}

/**
 * An ApiClient that loads the sync module on its first call: every public method of ApiClient is
 * async, so a stand-in that awaits the module and calls the real client's method has its type.
 * `then` is not a method (the stand-in is not a promise, and must not look like one).
 */
function deferredApi(client: () => Promise<ApiClient>): ApiClient {
  return new Proxy({} as ApiClient, {
    get: (_target, name) => {
      if (typeof name !== 'string' || name === 'then') return undefined;
      return async (...args: unknown[]): Promise<unknown> => {
        const real = await client();
        const method = Reflect.get(real, name) as unknown;
        if (typeof method !== 'function') throw new TypeError(`ApiClient has no method ${name}`);
        return (method as (...a: unknown[]) => Promise<unknown>).apply(real, args);
      };
    },
  });
}

/** Everything the screens use to reach storage and the server; made once per page. */
export interface Device {
  store: LocalStore;
  api: ApiClient;
  scheduler: SyncScheduler;
  /** Downloads the published questionnaires, and the interviewer's cases and reviews (online, logged in). */
  refreshQuestionnaires: () => Promise<void>;
  appVersion: string;
}

/**
 * The tablet's database, opened as this module is evaluated: the open (0.2 s of a 4×-throttled
 * start, issue 17 item 9) then runs while the rest of the app is evaluated and rendered, instead of
 * after the first render, when the first screen's query would have started it. A failed open is
 * not lost: Dexie opens again on the first query, which reports the failure as before.
 */
let openedAtStart: LocalStore | undefined = typeof indexedDB === 'undefined' ? undefined : new LocalStore();
void openedAtStart?.open().catch(() => undefined);

export function createDevice(onReport: (report: OutboxReport) => void, onError: (error: unknown) => void): Device {
  // The page's one device takes the store opened at start; a second (never in the app) its own.
  const store = openedAtStart ?? new LocalStore();
  openedAtStart = undefined;
  let made: ApiClient | undefined;
  const realApi = async (): Promise<ApiClient> => {
    const sync = await loadSync();
    made ??= new sync.ApiClient((input, init) => fetch(input, init));
    return made;
  };
  const api = deferredApi(realApi);
  const refreshQuestionnaires = async (): Promise<void> => {
    const session = await store.getSession();
    if (!session || session.expired) return;
    const { downloadCases, downloadQuestionnaires, downloadReviews } = await loadSync();
    const client = await realApi();
    await downloadQuestionnaires(client, session.token, store);
    if (session.role !== 'interviewer') return;
    await downloadCases(client, session.token, session.username, store);
    await downloadReviews(client, session.token, session.username, store);
  };
  /**
   * One sync round: upload the outbox, then download questionnaires, assignments and reviews,
   * and record honestly how it went (src/sync/round.ts). Every trigger — app start, the network
   * coming back, "Sync now", a log-in, a backoff timer — runs this one round, so nothing is
   * fetched twice.
   */
  const round = async (force: boolean): Promise<OutboxReport> => {
    const { nextSyncStatus, refreshFailure, runAttemptOutbox, runOutbox } = await loadSync();
    const client = await realApi();
    // Contact attempts first (small, and the case's status on the server depends on them), then interviews.
    await runAttemptOutbox({ store, api: client, now: Date.now, random: Math.random, force });
    const report = await runOutbox({ store, api: client, now: Date.now, random: Math.random, force });
    let refresh: RefreshOutcome = { kind: 'skipped' };
    if (!report.skipped && !report.needsLogin && report.failure?.reason !== 'network') {
      refresh = await refreshQuestionnaires().then((): RefreshOutcome => ({ kind: 'ok' }), refreshFailure);
      if (refresh.kind === 'failed' && refresh.reason === 'needs-login') await store.markSessionExpired();
    }
    await store.setSyncStatus(nextSyncStatus(await store.getSyncStatus(), Date.now(), report, refresh));
    return report;
  };
  const scheduler = new SyncScheduler({
    pass: round,
    now: Date.now,
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    onReport,
    onError,
  });
  return { store, api, scheduler, refreshQuestionnaires, appVersion: __APP_VERSION__ };
}

export const DeviceContext = createContext<Device | null>(null);

export function useDevice(): Device {
  const device = useContext(DeviceContext);
  if (!device) throw new Error('useDevice outside DeviceContext');
  return device;
}

/** Where a storage failure goes to be shown (the banner at the top of every screen). */
export const ReportErrorContext = createContext<(error: unknown) => void>(() => undefined);

export function useReportError(): (error: unknown) => void {
  return useContext(ReportErrorContext);
}
