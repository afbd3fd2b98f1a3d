// Step 1 of the analysis: the data — a CSV/XLSX file from the analyst's computer, or the
// collected interviews of a questionnaire downloaded from the server's export.
import { useEffect, useMemo, useState } from 'react';
import type { StoredSession } from '../../../store';
import { downloadCollectedCsv, downloadCollectedDictionary } from '../../analysis/collected-data';
import { jsonErrorReason } from '../../i18n/json-error';
import { AnalysisRunError, toFailure } from '../../analysis/failure';
import type { DataFormat, SourceSummary } from '../../analysis/indicator-run';
import type { JobState } from '../../analysis/use-job';
import { useLive } from '../../hooks/use-live';
import { useI18n } from '../../i18n';
import { titleOf } from '../HomeScreen';
import { DropZone, Radio, Step } from './controls';

export interface LoadedData {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly format: DataFormat;
  readonly summary: SourceSummary;
  /** The variable dictionary served beside collected data (labels of the report's codes). */
  readonly dictionary?: unknown;
}

type Source = 'collected' | 'file';

export function DataStep({ session, data, job, onData }: {
  session: StoredSession; data: LoadedData | undefined; job: JobState; onData: (name: string, bytes: Uint8Array, dictionary?: unknown) => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const questionnaires = useLive((s) => s.listQuestionnaires(), 'questionnaires');
  const ids = useMemo(() => [...new Map((questionnaires ?? []).map((q) => [q.id, q])).values()], [questionnaires]);
  const [source, setSource] = useState<Source>('file');
  const [questionnaireId, setQuestionnaireId] = useState('');
  useEffect(() => {
    if (questionnaireId === '' && ids.length > 0) setQuestionnaireId(ids[0].id);
  }, [ids, questionnaireId]);

  // The data file, and beside it the variable dictionary `jha-survey export` and `simulate` write
  // (`….dictionary.json`): the report then names codes as the CLI's does ("Скопски регион", not MK008).
  const pickFiles = (files: File[]) => {
    const dataFile = files.find((f) => !/\.json$/i.test(f.name));
    const dictionaryFile = files.find((f) => /\.json$/i.test(f.name));
    if (!dataFile) { if (files.length > 0) job.setFailure({ code: 'no-data-file', message: t('chooseDataFile') }); return; }
    void (async () => {
      const bytes = new Uint8Array(await dataFile.arrayBuffer());
      let dictionary: unknown;
      if (dictionaryFile) {
        const text = await dictionaryFile.text();
        try {
          dictionary = JSON.parse(text);
        } catch (err) {
          throw new AnalysisRunError('bad-dictionary', t('fileNotJson', { file: dictionaryFile.name, reason: jsonErrorReason(text, err, t) }));
        }
      }
      await onData(dataFile.name, bytes, dictionary);
    })().catch((err: unknown) => job.setFailure(toFailure(err)));
  };

  const downloadCollected = async () => {
    if (session.expired) { job.setFailure({ code: 'login-needed', message: t('loginAgain') }); return; }
    job.setBusy('data');
    job.setFailure(undefined);
    try {
      const [bytes, dictionary] = await Promise.all([
        downloadCollectedCsv(session.token, questionnaireId), downloadCollectedDictionary(session.token, questionnaireId),
      ]);
      job.setBusy(undefined);
      await onData(`${questionnaireId}.csv`, bytes, dictionary);
    } catch (err) {
      job.setFailure(toFailure(err));
      job.setBusy(undefined);
    }
  };

  return (
    <Step title={t('dataSource')} id="analysis-data">
      <div className="choice" role="radiogroup" aria-label={t('dataSource')}>
        <Radio name="source" checked={source === 'file'} onChange={() => setSource('file')} label={t('sourceFile')} testId="source-file" />
        {/* The server exports microdata to managers and analysts only (DESIGN.md §4). */}
        {session.role === 'manager' || session.role === 'analyst'
          ? <Radio name="source" checked={source === 'collected'} onChange={() => setSource('collected')} label={t('sourceCollected')} testId="source-collected" />
          : null}
      </div>
      {source === 'file' ? (
        <>
          <DropZone onFiles={pickFiles} label={t('chooseDataFile')} accept=".csv,.xlsx,text/csv,.json,application/json" testId="data-file" disabled={job.busy !== undefined} multiple />
          <p className="muted">{t('dataFileDictionaryHint')}</p>
        </>
      ) : ids.length === 0 ? <p>{t('noQuestionnaires')}</p> : (
        <div className="field-row">
          <label>
            {t('questionnaire')}
            <select value={questionnaireId} onChange={(e) => setQuestionnaireId(e.target.value)} data-testid="collected-questionnaire">
              {ids.map((q) => <option key={q.id} value={q.id}>{titleOf(q, locale)} ({q.id})</option>)}
            </select>
          </label>
          <button type="button" className="button" disabled={job.busy !== undefined || questionnaireId === ''} onClick={() => void downloadCollected()} data-testid="download-collected">
            {t('downloadData')}
          </button>
        </div>
      )}
      {job.busy === 'data' ? <p role="status">{t('loading')}</p> : null}
      {data ? <p className="muted" data-testid="data-loaded">{t('dataLoaded', { name: data.name, columns: data.summary.columns.length })}</p> : null}
    </Step>
  );
}
