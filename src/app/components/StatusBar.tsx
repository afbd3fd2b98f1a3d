import type { StoredSession, SyncStatus } from '../../store';
import type { StorageStatus } from '../hooks/use-storage-status';
import { languageTags, useI18n } from '../i18n';
import { LanguageSwitcher } from './LanguageSwitcher';

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? '?' : bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
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
}

export function StatusBar({ session, online, pending, syncStatus, syncing, storage, onSyncNow, onLogOut }: Props) {
  const { t, locale } = useI18n();
  const time = (iso: string) => new Date(iso).toLocaleString(languageTags[locale], { dateStyle: 'short', timeStyle: 'short' });
  return (
    <header className="status-bar">
      <div className="status-row">
        <strong className="app-name">{t('appName')}</strong>
        <span className={`net ${online ? 'net-on' : 'net-off'}`} data-testid="network" role="status">{online ? t('online') : t('offline')}</span>
        <LanguageSwitcher />
      </div>
      {session ? (
        <div className="status-row">
          <span data-testid="who">{t('loggedInAs', { user: session.username, role: session.role })}</span>
          <button type="button" className="button secondary" onClick={onLogOut}>{t('logOut')}</button>
        </div>
      ) : null}
      <div className="status-row small">
        <span data-testid="pending">{t('pending', { count: pending ?? 0 })}</span>
        <span data-testid="last-sync">{syncStatus?.lastSyncAt ? t('lastSync', { time: time(syncStatus.lastSyncAt) }) : t('neverSynced')}</span>
        <span data-testid="storage">
          {storage.persisted ? t('storagePersisted') : t('storageNotPersisted')}
          {storage.quota ? ` · ${t('storageUsage', { used: megabytes(storage.usage), quota: megabytes(storage.quota) })}` : ''}
        </span>
        {session ? (
          <button type="button" className="button" onClick={onSyncNow} disabled={syncing || !online} data-testid="sync-now">
            {syncing ? t('syncing') : t('syncNow')}
          </button>
        ) : null}
      </div>
    </header>
  );
}
