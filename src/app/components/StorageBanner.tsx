import { StorageWriteError } from '../../store';
import { useI18n, type Translate } from '../i18n';

export function storageErrorText(error: unknown, t: Translate): string {
  if (error instanceof StorageWriteError) {
    const reason = error.kind === 'quota' ? t('storageQuota')
      : error.kind === 'unavailable' ? t('storageUnavailable')
        : error.kind === 'connection-lost' ? t('storageLost')
          : error.message;
    return t('storageFailed', { reason });
  }
  return error instanceof Error ? error.message : String(error);
}

/** A failed write is shown until dismissed; it is never swallowed (DESIGN.md §3). */
export function StorageBanner({ error, onDismiss }: { error: unknown; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div className="banner banner-error" role="alert" data-testid="storage-error">
      <p>{storageErrorText(error, t)}</p>
      <button type="button" className="button secondary" onClick={onDismiss}>{t('dismiss')}</button>
    </div>
  );
}
