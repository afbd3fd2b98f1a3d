import { useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../crypto';
import type { StoredSession } from '../../store';
import { useI18n, type MessageKey } from '../i18n';
import { useLive } from '../hooks/use-live';
import { navigate } from '../routes';
import { useDevice, useReportError } from '../services/device';
import {
  BACKUP_EXTENSION, BackupError, backupFileName, backupInterviews, downloadFile, openBackupFile, restoreBackup, type BackupErrorCode, type RestoreSummary,
} from '../services/export-file';

const restoreErrorKey: Record<BackupErrorCode, MessageKey> = {
  'not-a-backup': 'restoreNotABackup',
  'wrong-passphrase': 'restoreWrongPassphrase',
  damaged: 'restoreDamaged',
};

/**
 * Encrypted backups of the interviews on this tablet, and their restore. `only`: back up one
 * interview (the button on its card); else every interview of the logged-in interviewer.
 */
export function BackupScreen({ session, only }: { session: StoredSession; only?: string }) {
  const { t } = useI18n();
  const { store, scheduler } = useDevice();
  const report = useReportError();
  const interviews = useLive((s) => s.listInterviews(session.username), `interviews:${session.username}`);
  const chosen = interviews?.filter((r) => only === undefined || r.instanceId === only);

  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [saveError, setSaveError] = useState<string>();
  const [saved, setSaved] = useState<number>();
  const [saving, setSaving] = useState(false);

  const [file, setFile] = useState<File>();
  const [restorePass, setRestorePass] = useState('');
  const [restoreError, setRestoreError] = useState<string>();
  const [summary, setSummary] = useState<RestoreSummary>();
  const [restoring, setRestoring] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaveError(undefined);
    setSaved(undefined);
    if (!chosen || chosen.length === 0) return;
    if (passphrase.normalize('NFC').length < MIN_PASSPHRASE_LENGTH) { setSaveError(t('backupPassphraseShort', { min: MIN_PASSPHRASE_LENGTH })); return; }
    if (passphrase !== repeat) { setSaveError(t('backupPassphraseMismatch')); return; }
    setSaving(true);
    try {
      const text = await backupInterviews(store, session.username, chosen.map((r) => r.instanceId), passphrase);
      downloadFile(backupFileName(session.username), text, 'application/octet-stream');
      setSaved(chosen.length);
      setPassphrase('');
      setRepeat('');
    } catch (e) {
      report(e);
    } finally {
      setSaving(false);
    }
  };

  const restore = async (event: FormEvent) => {
    event.preventDefault();
    setRestoreError(undefined);
    setSummary(undefined);
    if (!file) return;
    setRestoring(true);
    try {
      const opened = await openBackupFile(await file.text(), restorePass);
      const result = await restoreBackup(store, session.username, opened);
      setSummary(result);
      setRestorePass('');
      if (result.added + result.replaced > 0) void scheduler.trigger();
    } catch (e) {
      if (e instanceof BackupError) setRestoreError(t(restoreErrorKey[e.code]));
      else report(e);
    } finally {
      setRestoring(false);
    }
  };

  return (
    <main className="screen narrow backup-screen">
      <h1>{t('backupTitle')}</h1>
      <section aria-labelledby="backup-save-heading" className="card stacked">
        <h2 id="backup-save-heading">{t('backupSaveHeading')}</h2>
        <p data-testid="backup-count">
          {chosen === undefined ? t('loading') : only !== undefined ? t('backupOne', { id: only.slice(-12) }) : t('backupAll', { count: chosen.length, user: session.username })}
        </p>
        <p className="muted">{t('backupPassphraseHint', { min: MIN_PASSPHRASE_LENGTH })}</p>
        <form className="form" onSubmit={(e) => void save(e)}>
          <label>
            {t('backupPassphrase')}
            <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} data-testid="backup-passphrase" />
          </label>
          <label>
            {t('backupPassphraseRepeat')}
            <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} data-testid="backup-repeat" />
          </label>
          {saveError ? <p className="form-error" role="alert" data-testid="backup-error">{saveError}</p> : null}
          {saved !== undefined ? <p role="status" data-testid="backup-saved">{t('backupSaved', { count: saved })}</p> : null}
          <button type="submit" className="button primary" disabled={saving || !chosen || chosen.length === 0} data-testid="backup-save">
            {saving ? t('backupSaving') : t('backupSave')}
          </button>
        </form>
      </section>
      <section aria-labelledby="backup-restore-heading" className="card stacked">
        <h2 id="backup-restore-heading">{t('restoreHeading')}</h2>
        <p className="muted">{t('restoreHint')}</p>
        <form className="form" onSubmit={(e) => void restore(e)}>
          <label>
            {t('restoreFile')}
            <input type="file" accept={`${BACKUP_EXTENSION},application/json,application/octet-stream`} onChange={(e) => setFile(e.target.files?.[0])} data-testid="restore-file" />
          </label>
          <label>
            {t('backupPassphrase')}
            <input type="password" autoComplete="off" value={restorePass} onChange={(e) => setRestorePass(e.target.value)} data-testid="restore-passphrase" />
          </label>
          {restoreError ? <p className="form-error" role="alert" data-testid="restore-error">{restoreError}</p> : null}
          {summary ? (
            <p role="status" data-testid="restore-result">
              {t('restoreResult', { added: summary.added + summary.replaced, duplicate: summary.duplicate, kept: summary['kept-local'] })}
              {summary['other-owner'] > 0 ? ` ${t('restoreOtherOwner', { count: summary['other-owner'] })}` : ''}
            </p>
          ) : null}
          <button type="submit" className="button primary" disabled={restoring || !file || restorePass.length === 0} data-testid="restore-submit">
            {restoring ? t('restoring') : t('restoreSubmit')}
          </button>
        </form>
      </section>
      <button type="button" className="button secondary" onClick={() => navigate({ screen: 'home' })}>{t('backHome')}</button>
    </main>
  );
}
