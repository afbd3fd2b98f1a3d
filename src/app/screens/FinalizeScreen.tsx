import { useState } from 'react';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n';
import { useLive } from '../hooks/use-live';
import { navigate } from '../routes';
import { useDevice, useReportError } from '../services/device';

/** AAPOR Standard Definitions final disposition codes offered to the interviewer. */
export const dispositions: ReadonlyArray<{ code: string; label: MessageKey }> = [
  { code: '1.1', label: 'disp_1_1' },
  { code: '1.2', label: 'disp_1_2' },
  { code: '2.11', label: 'disp_2_11' },
  { code: '2.12', label: 'disp_2_12' },
  { code: '2.21', label: 'disp_2_21' },
  { code: '2.23', label: 'disp_2_23' },
  { code: '2.31', label: 'disp_2_31' },
  { code: '2.32', label: 'disp_2_32' },
  { code: '2.33', label: 'disp_2_33' },
  { code: '3.11', label: 'disp_3_11' },
  { code: '4.51', label: 'disp_4_51' },
];

export function FinalizeScreen({ id }: { id: string }) {
  const { t } = useI18n();
  const { store, scheduler } = useDevice();
  const report = useReportError();
  const record = useLive((s) => s.getInterview(id).then((r) => r ?? null), `interview:${id}`);
  const [choice, setChoice] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (record === undefined) return <main className="screen"><p>{t('loading')}</p></main>;
  if (record === null) return <main className="screen"><p>{t('notFoundInterview')}</p></main>;
  const selected = choice ?? (record.state === 'finalized' ? '1.1' : '1.2');

  const save = async () => {
    setBusy(true);
    try {
      await store.queue(id, selected);
      navigate({ screen: 'home' });
      void scheduler.trigger();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="screen narrow">
      <h1>{t('dispositionTitle')}</h1>
      <p>{t('dispositionHelp')}</p>
      <fieldset className="choices" disabled={record.state !== 'finalized' && record.state !== 'draft'}>
        <legend className="visually-hidden">{t('dispositionTitle')}</legend>
        {dispositions.map((d) => (
          <label key={d.code} className="choice">
            <input type="radio" name="disposition" value={d.code} checked={selected === d.code} onChange={() => setChoice(d.code)} />
            <span>{t(d.label)}</span>
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => navigate({ screen: 'home' })}>{t('backHome')}</button>
        <button type="button" className="button primary" disabled={busy || (record.state !== 'finalized' && record.state !== 'draft')} onClick={() => void save()} data-testid="queue">
          {t('saveAndQueue')}
        </button>
      </div>
    </main>
  );
}
