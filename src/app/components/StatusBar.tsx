import { useMemo } from 'react';
import type { StoredSession, SyncStatus } from '../../store';
import type { StorageStatus } from '../hooks/use-storage-status';
import { languageTags, useI18n, type Translate } from '../i18n';
import { LanguageSwitcher } from './LanguageSwitcher';

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? '?' : bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** What the network badge says: the browser's idea of the network, corrected by the last round. */
export type Reachability = 'online' | 'offline' | 'server-unreachable';

export function reachability(online: boolean, status: SyncStatus | undefined): Reachability {
  if (!online) return 'offline';
  return status?.failure?.reason === 'network' ? 'server-unreachable' : 'online';
}

/** One line on why the last round failed, in the interviewer's language; null after a success. */
export function failureText(status: SyncStatus | undefined, t: Translate, time: (iso: string) => string): string | null {
  const failure = status?.failure;
  if (!failure) return null;
  const at = time(failure.at);
  if (failure.reason === 'network') return t('syncFailedNetwork', { time: at });
  if (failure.reason === 'needs-login') return t('syncFailedLogin', { time: at });
  return t('syncFailedServer', { time: at, status: failure.status ?? '?' });
}

/** Days without a successful sync after which the interviewer is reminded (a field team uploads daily). */
export const SYNC_REMINDER_DAYS = 2;

/** Whole days since the last successful sync when that is SYNC_REMINDER_DAYS or more; otherwise undefined. */
export function overdueSyncDays(status: SyncStatus | undefined, now: number): number | undefined {
  if (!status?.lastSuccessAt) return undefined;
  const days = Math.floor((now - Date.parse(status.lastSuccessAt)) / 86_400_000);
  return days >= SYNC_REMINDER_DAYS ? days : undefined;
}

interface Props {
  session: StoredSession | undefined;
  online: boolean;
  pending: number | undefined;
  syncStatus: SyncStatus | undefined;
  syncing: boolean;
  storage: StorageStatus;
  onSyncNow: () => void;
  onLogOut: () => void;
  /** The respondent holds the tablet (self-completion): only the name and the language. */
  locked?: boolean;
}

export function StatusBar({ session, online, pending, syncStatus, syncing, storage, onSyncNow, onLogOut, locked = false }: Props) {
  const { t, locale } = useI18n();
  // One formatter per locale, not one per render of every time shown.
  const time = useMemo(() => {
    const format = new Intl.DateTimeFormat(languageTags[locale], { dateStyle: 'short', timeStyle: 'short' });
    return (iso: string) => format.format(new Date(iso));
  }, [locale]);
  const reach = reachability(online, syncStatus);
  const failure = failureText(syncStatus, t, time);
  const overdue = overdueSyncDays(syncStatus, Date.now());
  const badge = reach === 'online' ? t('online') : reach === 'offline' ? t('offline') : t('serverUnreachable');
  if (locked) {
    return (
      <header className="status-bar locked" data-testid="status-bar-locked">
        <div className="status-row">
          <strong className="app-name">{t('appName')}</strong>
          <LanguageSwitcher />
        </div>
      </header>
    );
  }
  return (
    <header className="status-bar">
      <div className="status-row">
        <strong className="app-name">{t('appName')}</strong>
        <span className={`net ${reach === 'online' ? 'net-on' : 'net-off'}`} data-testid="network" data-state={reach} role="status">{badge}</span>
        <LanguageSwitcher />
      </div>
      {session ? (
        <div className="status-row">
          <span data-testid="who">{t('loggedInAs', { user: session.username, role: session.role })}</span>
          <button type="button" className="button secondary" onClick={onLogOut} data-testid="log-out">{t('logOut')}</button>
        </div>
      ) : null}
      <div className="status-row small">
        <span data-testid="pending">{t('pending', { count: pending ?? 0 })}</span>
        <span data-testid="last-sync">{syncStatus?.lastSuccessAt ? t('lastSuccess', { time: time(syncStatus.lastSuccessAt) }) : t('neverSynced')}</span>
        <span data-testid="storage">
          {storage.persisted === false ? (
            // What "may be cleared" means for the interviewer's work, one tap away.
            <details className="storage-help" data-testid="storage-not-persisted">
              <summary>{t('storageNotPersisted')}</summary>
              <span>{t('storageNotPersistedHelp')}</span>
            </details>
          ) : storage.persisted ? t('storagePersisted') : t('storageNotPersisted')}
          {storage.quota ? ` · ${t('storageUsage', { used: megabytes(storage.usage), quota: megabytes(storage.quota) })}` : ''}
        </span>
        {session ? (
          <button type="button" className="button" onClick={onSyncNow} disabled={syncing || !online} data-testid="sync-now">
            {syncing ? t('syncing') : t('syncNow')}
          </button>
        ) : null}
      </div>
      {failure ? (
        <div className="status-row small sync-failure" role="alert" data-testid="sync-failure">
          <span>{failure}</span>
          {syncStatus?.nextAttemptAt && (pending ?? 0) > 0 ? <span data-testid="next-try">{t('nextTry', { time: time(syncStatus.nextAttemptAt) })}</span> : null}
        </div>
      ) : null}
      {session && overdue !== undefined ? (
        <div className="status-row small sync-failure" role="alert" data-testid="sync-reminder">{t('notSyncedDays', { days: overdue })}</div>
      ) : null}
    </header>
  );
}
