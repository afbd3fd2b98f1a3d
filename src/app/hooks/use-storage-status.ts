import { useCallback, useEffect, useState } from 'react';

export interface StorageStatus {
  /** undefined: the browser has no Storage API (then nothing can be promised). */
  persisted?: boolean;
  usage?: number;
  quota?: number;
}

/**
 * Asks once for persistent storage (browsers may evict IndexedDB otherwise) and reports the
 * answer with the usage estimate; `refresh` re-reads the estimate.
 */
export function useStorageStatus(): [StorageStatus, () => void] {
  const [status, setStatus] = useState<StorageStatus>({});
  const refresh = useCallback(() => {
    const storage = navigator.storage as StorageManager | undefined;
    if (!storage?.estimate) return;
    // The same estimate keeps the same state object: a new one every 30 s re-rendered the whole
    // shell (and, with thousands of interviews, blocked the tablet for seconds; issue 17 item 9).
    void storage.estimate().then(({ usage, quota }) => setStatus((s) => (s.usage === usage && s.quota === quota ? s : { ...s, usage, quota })), () => undefined);
  }, []);
  useEffect(() => {
    const storage = navigator.storage as StorageManager | undefined;
    if (!storage?.persist) return;
    void (async () => {
      const already = await storage.persisted();
      const persisted = already || (await storage.persist());
      setStatus((s) => ({ ...s, persisted }));
    })().catch(() => setStatus((s) => ({ ...s, persisted: false })));
    refresh();
    const timer = window.setInterval(refresh, 30_000);
    return () => window.clearInterval(timer);
  }, [refresh]);
  return [status, refresh];
}
