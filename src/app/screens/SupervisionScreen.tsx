// A survey manager's desk for one questionnaire: the review of an uploaded interview, the list of
// interviews (filtered, paged, bulk approval), field-work progress with the AAPOR rates, the
// microdata exports, the assignments. Loaded lazily
// with SurveyJS. Each part is its own component in ./supervision/; this screen loads the
// monitoring report and the submissions they share and lays them out.
import { useCallback, useEffect, useState } from 'react';
import type { MonitoringReport } from '../../protocol';
import { useLive } from '../hooks/use-live';
import { useI18n } from '../i18n';
import { errorText } from '../i18n/problems';
import { navigate } from '../routes';
import { useDevice, useReportError } from '../services/device';
import { downloadFile } from '../services/export-file';
import { ProgressPanel } from '../supervision/ProgressPanel';
import { QualityPanel } from '../supervision/QualityPanel';
import { titleOf } from './HomeScreen';
import { AssignmentsPanel } from './supervision/AssignmentsPanel';
import { FieldProgress } from './supervision/FieldProgress';
import { ReviewPanel } from './supervision/ReviewPanel';
import { SubmissionList } from './supervision/SubmissionList';
import { WeightingPanel } from './supervision/WeightingPanel';

export default function SupervisionScreen({ id, instanceId }: { id: string; instanceId?: string }) {
  const { t, locale } = useI18n();
  const { api } = useDevice();
  const report = useReportError();
  const session = useLive((s) => s.getSession().then((v) => v ?? null), 'session');
  // The listed (newest) version with its definition: the assignments panel reads its choices.
  const questionnaire = useLive(async (s) => {
    const listed = (await s.listQuestionnaires()).find((q) => q.id === id);
    return (listed && (await s.getQuestionnaire(listed.id, listed.version))) ?? null;
  }, `questionnaire:${id}`);
  const token = session?.token;
  const [monitoring, setMonitoring] = useState<MonitoringReport>();
  // Bumped to make the submission list read its page again.
  const [generation, setGeneration] = useState(0);
  const [failure, setFailure] = useState<string>();

  const refresh = useCallback(async () => {
    if (!token) return;
    try {
      setMonitoring(await api.getMonitoring(token, id));
      setGeneration((g) => g + 1);
      setFailure(undefined);
    } catch (error) {
      setFailure(errorText(error, locale));
    }
  }, [api, id, token, locale]);
  useEffect(() => { void refresh(); }, [refresh]);

  const download = (format: 'csv' | 'xlsx') => () => {
    if (!token) return;
    void api.downloadExport(token, `${id}.${format}`).then((blob) => downloadFile(`${id}.${format}`, blob, blob.type), report);
  };

  if (session === undefined || questionnaire === undefined) return <main className="screen"><p>{t('loading')}</p></main>;
  if (session === null || session.role !== 'manager') return <main className="screen"><p className="form-error">{t('supervisionManagersOnly')}</p></main>;
  const title = questionnaire ? titleOf(questionnaire, locale) : id;

  return (
    <main className="screen supervision-screen" data-testid="supervision">
      <div className="interview-bar">
        <button type="button" className="button secondary" onClick={() => navigate({ screen: 'home' })}>{t('backHome')}</button>
        <h1>{t('supervisionTitle')}: {title}</h1>
      </div>
      {failure ? <p className="form-error" role="alert">{failure}</p> : null}
      {instanceId && token ? (
        <ReviewPanel token={token} instanceId={instanceId} onDecided={() => { navigate({ screen: 'supervise', id }); void refresh(); }} />
      ) : null}
      {token ? <SubmissionList questionnaireId={id} token={token} generation={generation} onReviewed={() => void refresh()} /> : null}
      <section aria-labelledby="progress-heading" className="analysis-step">
        <h2 id="progress-heading">{t('fieldProgress')}</h2>
        {monitoring ? <FieldProgress report={monitoring} /> : <p>{t('loading')}</p>}
        <div className="actions start">
          <button type="button" className="button secondary" onClick={download('csv')}>{t('exportCsv')}</button>
          <button type="button" className="button secondary" onClick={download('xlsx')}>{t('exportXlsx')}</button>
          <button type="button" className="button secondary" onClick={() => void refresh()}>{t('refresh')}</button>
        </div>
      </section>
      {token ? <ProgressPanel token={token} questionnaireId={id} /> : null}
      {token ? <QualityPanel token={token} questionnaireId={id} /> : null}
      {questionnaire ? (
        <AssignmentsPanel token={token} questionnaireId={id} definition={questionnaire.definition} onChange={() => void refresh()} />
      ) : null}
      {token ? <WeightingPanel token={token} questionnaireId={id} /> : null}
    </main>
  );
}
