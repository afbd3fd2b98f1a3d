import { createContext, useContext } from 'react';
import { LocalStore } from '../../store';
import { ApiClient, downloadCases, downloadQuestionnaires, downloadReviews, runAttemptOutbox, runOutbox, SyncScheduler, type OutboxReport } from '../../sync';

/** Everything the screens use to reach storage and the server; made once per page. */
export interface Device {
  store: LocalStore;
  api: ApiClient;
  scheduler: SyncScheduler;
  /** Downloads the published questionnaires, and the interviewer's assignments and reviews (online, logged in). */
  refreshQuestionnaires: () => Promise<void>;
  appVersion: string;
}

export function createDevice(onReport: (report: OutboxReport) => void, onError: (error: unknown) => void): Device {
  const store = new LocalStore();
  const api = new ApiClient((input, init) => fetch(input, init));
  const scheduler = new SyncScheduler({
    // Contact attempts first (small, and the case's status on the server depends on them), then interviews.
    pass: async (force) => {
      await runAttemptOutbox({ store, api, now: Date.now, random: Math.random, force });
      return runOutbox({ store, api, now: Date.now, random: Math.random, force });
    },
    now: Date.now,
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    onReport,
    onError,
  });
  const refreshQuestionnaires = async (): Promise<void> => {
    const session = await store.getSession();
    if (!session || session.expired) return;
    await downloadQuestionnaires(api, session.token, store);
    if (session.role !== 'interviewer') return;
    await downloadCases(api, session.token, session.username, store);
    await downloadReviews(api, session.token, session.username, store);
  };
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
