import { useEffect, useMemo, useRef, useState } from 'react';
import type { StoredSession, SyncStatus } from '../../store';
import type { StorageStatus } from '../hooks/use-storage-status';
import { useI18n, type Translate } from '../i18n';
import { navigate } from '../routes';
import { LanguageSwitcher } from './LanguageSwitcher';
import { formatDateTime } from '../../../analysis/text/date-format';

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

/**
 * The app bar: ONE line (issue 17 item 5 — three lines took a fifth of a tablet and 40 % of a
 * phone), sticky, above everything the survey draws. What the interviewer needs at every moment
 * stays on it: the network state, what waits for upload, "Sync now" and the language; the rest
 * (who is logged in, last successful sync, storage, backups, log-out) is in the menu. A failed
 * sync is a banner below the bar, in the page's flow, so it is seen without growing the bar.
 */
export function StatusBar({ session, online, pending, syncStatus, syncing, storage, onSyncNow, onLogOut, locked = false }: Props) {
  const { t, locale } = useI18n();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  // The locale's own words, not the browser's (which has no Macedonian or Albanian dates).
  const time = useMemo(() => (iso: string) => formatDateTime(iso, locale), [locale]);
  // The menu closes on a tap outside it, on Escape, and whenever the screen changes.
  useEffect(() => {
    if (!menuOpen) return;
    const onPointer = (e: PointerEvent) => { if (!menuRef.current?.contains(e.target as Node)) setMenuOpen(false); };
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') setMenuOpen(false); };
    const onHash = () => setMenuOpen(false);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    window.addEventListener('hashchange', onHash);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('hashchange', onHash);
    };
  }, [menuOpen]);
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
  const waiting = pending ?? 0;
  return (
    <>
      <header className={session ? 'status-bar signed-in' : 'status-bar'} data-testid="status-bar">
        <div className="status-row">
          <strong className="app-name">{t('appName')}</strong>
          <span className={`net ${reach === 'online' ? 'net-on' : 'net-off'}`} data-testid="network" data-state={reach} role="status" title={badge}><span className="net-text">{badge}</span></span>
          {session && waiting > 0 ? <span className="pending-chip" title={t('pending', { count: waiting })} aria-hidden="true">{`⇡${waiting}`}</span> : null}
          {session ? (
            <button type="button" className="button sync-button" onClick={onSyncNow} disabled={syncing || !online} data-testid="sync-now" aria-label={syncing ? t('syncing') : t('syncNow')}>
              <span className="sync-label">{syncing ? t('syncing') : t('syncNow')}</span>
            </button>
          ) : null}
          <LanguageSwitcher />
          {session ? (
            <div className="menu" ref={menuRef}>
              <button type="button" className="button menu-button" aria-expanded={menuOpen} aria-controls="app-menu" aria-label={t('menu')} title={t('menu')}
                onClick={() => setMenuOpen((o) => !o)} data-testid="menu">
                <span aria-hidden="true">☰</span>
              </button>
              <div id="app-menu" className="menu-panel" hidden={!menuOpen} data-testid="menu-panel">
                <p data-testid="who">{t('loggedInAs', { user: session.username, role: session.role })}</p>
                <p data-testid="pending">{t('pending', { count: waiting })}</p>
                <p data-testid="last-sync">{syncStatus?.lastSuccessAt ? t('lastSuccess', { time: time(syncStatus.lastSuccessAt) }) : t('neverSynced')}</p>
                <p data-testid="storage">
                  {storage.persisted ? t('storagePersisted') : t('storageNotPersisted')}
                  {storage.quota ? ` · ${t('storageUsage', { used: megabytes(storage.usage), quota: megabytes(storage.quota) })}` : ''}
                </p>
                <button type="button" className="button" onClick={() => { setMenuOpen(false); navigate({ screen: 'backup' }); }} data-testid="open-backup">{t('backupTitle')}</button>
                <button type="button" className="button danger" onClick={() => { setMenuOpen(false); onLogOut(); }} data-testid="log-out">{t('logOut')}</button>
              </div>
            </div>
          ) : null}
        </div>
      </header>
      {storage.persisted === false ? (
        // What "may be cleared" means for the interviewer's work, one tap away.
        <details className="banner banner-warn storage-help" data-testid="storage-not-persisted">
          <summary>{t('storageNotPersisted')}</summary>
          <span>{t('storageNotPersistedHelp')}</span>
        </details>
      ) : null}
      {failure ? (
        <div className="banner banner-warn sync-failure" role="alert" data-testid="sync-failure">
          <p>{failure}</p>
          {syncStatus?.nextAttemptAt && waiting > 0 ? <p data-testid="next-try">{t('nextTry', { time: time(syncStatus.nextAttemptAt) })}</p> : null}
        </div>
      ) : null}
      {session && overdue !== undefined ? (
        <div className="banner banner-warn sync-failure" role="alert" data-testid="sync-reminder">{t('notSyncedDays', { days: overdue })}</div>
      ) : null}
    </>
  );
}
