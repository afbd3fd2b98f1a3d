// What changed between the revision a manager returned and the one the interviewer sent back
// (GET /submissions/:instanceId/diff): each answer added, removed or changed, before and after.
import { useEffect, useState } from 'react';
import type { RevisionDiff } from '../../../protocol';
import { failureText } from '../../console/failure';
import { useConsoleText } from '../../console/texts';
import { useI18n } from '../../i18n';
import { useDevice } from '../../services/device';

const show = (value: unknown): string => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

export function RevisionChanges({ token, instanceId, from, to }: { token: string; instanceId: string; from: number; to: number }) {
  const c = useConsoleText();
  const { locale } = useI18n();
  const { api } = useDevice();
  const [diff, setDiff] = useState<RevisionDiff>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let live = true;
    api.revisionDiff(token, instanceId, from, to).then((d) => { if (live) setDiff(d); }, (e: unknown) => { if (live) setFailure(failureText(e, locale)); });
    return () => { live = false; };
  }, [api, token, instanceId, from, to, locale]);
  return (
    <details className="analysis-step" open data-testid="revision-diff">
      <summary><strong>{c('diffTitle', { from, to })}</strong></summary>
      {failure ? <p className="form-error" role="alert">{failure}</p> : !diff ? <p>{c('loading')}</p> : diff.encrypted ? <p>{c('diffEncrypted')}</p> : diff.changes.length === 0 ? <p>{c('diffNone')}</p> : (
        <table className="data-table diff-table">
          <thead><tr><th>{c('variable')}</th><th>{c('before')}</th><th>{c('after')}</th></tr></thead>
          <tbody>
            {diff.changes.map((change) => (
              <tr key={change.name} data-testid={`diff-${change.name}`} data-kind={change.kind}>
                <td><code>{change.name}</code></td>
                <td className="before">{show(change.before)}</td>
                <td className="after">{show(change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
