import { useEffect, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { useI18n } from '../i18n';

let update: ((reload?: boolean) => Promise<void>) | undefined;
const listeners = new Set<(s: 'refresh' | 'offline-ready') => void>();

/** Registers the service worker once; an update waits for the interviewer to accept it. */
function register(): void {
  if (update || !('serviceWorker' in navigator)) return;
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => listeners.forEach((l) => l('refresh')),
    onOfflineReady: () => listeners.forEach((l) => l('offline-ready')),
  });
}

export function UpdatePrompt() {
  const { t } = useI18n();
  const [state, setState] = useState<'refresh' | 'offline-ready'>();
  useEffect(() => {
    listeners.add(setState);
    register();
    return () => { listeners.delete(setState); };
  }, []);
  if (!state) return null;
  return (
    <div className="banner banner-info" role="status" data-testid={state === 'refresh' ? 'update-available' : 'offline-ready'}>
      <p>{state === 'refresh' ? t('updateAvailable') : t('offlineReady')}</p>
      {state === 'refresh' ? <button type="button" className="button primary" onClick={() => void update?.(true)}>{t('reload')}</button> : null}
      <button type="button" className="button secondary" onClick={() => setState(undefined)}>{t('dismiss')}</button>
    </div>
  );
}
