import { useEffect, useState } from 'react';
import type { LocalStore } from '../../store';
import { useDevice, useReportError } from '../services/device';

/** The result of a store query, kept current as the database changes. */
export function useLive<T>(query: (store: LocalStore) => Promise<T>, key: string): T | undefined {
  const { store } = useDevice();
  const report = useReportError();
  const [value, setValue] = useState<{ key: string; value: T }>();
  // Dexie re-runs a query whenever a table it read changes: an unchanged count or flag (the
  // pending count after each autosave) keeps the same state, so the shell does not re-render.
  useEffect(() => store.observe(query, (v) => setValue((prev) => (prev?.key === key && Object.is(prev.value, v) ? prev : { key, value: v })), report),
    // `key` names the query; the function itself is re-created on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, key, report]);
  return value?.key === key ? value.value : undefined;
}
