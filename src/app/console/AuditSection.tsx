// The audit log for admins (issue 13 item 8): who did what, to what, when and from where,
// filtered by actor, action, target and dates, newest first, a page at a time (GET /audit).
import { useCallback, useEffect, useState } from 'react';
import type { ParsedResponse } from '../../protocol';
import { useI18n } from '../i18n';
import { useDevice } from '../services/device';
import { failureText } from './failure';
import { useConsoleText } from './texts';
import { formatDateTime } from '../../../analysis/text/date-format';

type Page = ParsedResponse<'GET /audit'>;
const PAGE = 50;

interface Filter { actor: string; action: string; target: string; from: string; to: string }
const EMPTY: Filter = { actor: '', action: '', target: '', from: '', to: '' };

/** A date field (yyyy-mm-dd) as the API's time bound: the start of that day, or of the next for `to`. */
function bound(day: string, end: boolean): string | undefined {
  if (!day) return undefined;
  const d = new Date(`${day}T00:00:00Z`);
  if (end) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

export function AuditSection({ token }: { token: string }) {
  const c = useConsoleText();
  const { locale } = useI18n();
  const { api } = useDevice();
  const [draft, setDraft] = useState<Filter>(EMPTY);
  const [filter, setFilter] = useState<Filter>(EMPTY);
  // The cursors of the pages seen, so "newest" goes back to the first.
  const [before, setBefore] = useState<string>();
  const [page, setPage] = useState<Page>();
  const [failure, setFailure] = useState<string>();

  const load = useCallback(async () => {
    try {
      setPage(await api.listAudit(token, {
        actor: filter.actor || undefined, action: filter.action || undefined, target: filter.target || undefined,
        from: bound(filter.from, false), to: bound(filter.to, true), before, limit: String(PAGE),
      }));
      setFailure(undefined);
    } catch (error) {
      setFailure(failureText(error, locale));
    }
  }, [api, token, filter, before, locale]);
  useEffect(() => { void load(); }, [load]);

  const field = (key: keyof Filter, label: string, type = 'text') => (
    <label>{label}<input type={type} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} data-testid={`audit-${key}`} /></label>
  );
  return (
    <main className="screen" data-testid="audit">
      <h1>{c('auditTitle')}</h1>
      {failure ? <p className="form-error" role="alert">{failure}</p> : null}
      <form className="analysis-step filter-bar" onSubmit={(e) => { e.preventDefault(); setBefore(undefined); setFilter(draft); }}>
        {field('actor', c('actor'))}
        <label>{c('action')}
          <select value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })} data-testid="audit-action">
            <option value="">{c('anyAction')}</option>
            {(page?.actions ?? []).map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </label>
        {field('target', c('target'))}
        {field('from', c('dateFrom'), 'date')}
        {field('to', c('dateTo'), 'date')}
        <button type="submit" className="button primary">{c('applyFilters')}</button>
        <button type="button" className="button secondary" onClick={() => { setDraft(EMPTY); setBefore(undefined); setFilter(EMPTY); }}>{c('clearFilters')}</button>
      </form>
      {page === undefined ? <p>{c('loading')}</p> : page.entries.length === 0 ? <p>{c('noEntries')}</p> : (
        <div className="table-scroll">
          <table className="data-table" data-testid="audit-entries">
            <thead><tr><th>{c('when')}</th><th>{c('actor')}</th><th>{c('action')}</th><th>{c('target')}</th><th>{c('address')}</th><th>{c('detail')}</th></tr></thead>
            <tbody>
              {page.entries.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td>{formatDateTime(e.at, locale)}</td>
                  <td>{e.actor ?? '—'}</td>
                  <td><code>{e.action}</code></td>
                  <td>{e.target ?? '—'}</td>
                  <td>{e.address ?? '—'}</td>
                  <td><code>{Object.keys(e.detail).length > 0 ? JSON.stringify(e.detail) : ''}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions start">
        <button type="button" className="button secondary" disabled={before === undefined} onClick={() => setBefore(undefined)}>{c('newestEntries')}</button>
        <button type="button" className="button secondary" disabled={!page?.next} onClick={() => setBefore(page?.next ?? undefined)} data-testid="audit-older">{c('olderEntries')}</button>
      </div>
    </main>
  );
}
