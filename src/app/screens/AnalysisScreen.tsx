// The analyst's indicator tables: collected interviews (the server's export) or an uploaded
// CSV/XLSX, a design (design.json or the form), disaggregations and an indicator group; the
// run happens in a Web Worker and follows the CLI's pipeline; the report is shown in the page and
// downloadable. Loaded lazily: nothing of it reaches an interviewer's first screen. The three
// steps are in ./analysis/; this screen holds the choices they share and starts the jobs.
import { useState } from 'react';
import type { StoredSession } from '../../store';
import { adaptDesignForm, designFromForm, isUnweighted, type DesignForm } from '../analysis/design-form';
import { formatOfFile } from '../analysis/indicator-run';
import { inspectJob, runJob } from '../analysis/job';
import type { RunOutput } from '../analysis/protocol';
import { useAnalysisJob } from '../analysis/use-job';
import { AnalysisReport } from '../components/AnalysisReport';
import { useI18n } from '../i18n';
import { analysisFailureMessage } from '../i18n/problems';
import { navigate } from '../routes';
import { DataStep, type LoadedData } from './analysis/DataStep';
import { DesignStep, type LoadedDesign, type DesignMode } from './analysis/DesignStep';
import { TablesStep } from './analysis/TablesStep';

interface Finished {
  readonly output: RunOutput;
  readonly unweighted: boolean;
}

export default function AnalysisScreen({ session }: { session: StoredSession }) {
  const { t, locale } = useI18n();
  const job = useAnalysisJob();
  const [data, setData] = useState<LoadedData>();
  const [designMode, setDesignMode] = useState<DesignMode>('form');
  const [form, setForm] = useState<DesignForm>();
  const [designFile, setDesignFile] = useState<LoadedDesign>();
  const [by, setBy] = useState<string[]>([]);
  const [group, setGroup] = useState('');
  const [finished, setFinished] = useState<Finished>();

  const acceptData = async (name: string, bytes: Uint8Array, dictionary?: unknown) => {
    const format = formatOfFile(name);
    const summary = await job.track(inspectJob(bytes, format), 'data');
    if (!summary) return;
    setData({ name, bytes, format, summary, ...(dictionary !== undefined ? { dictionary } : {}) });
    setForm((f) => adaptDesignForm(f, summary.columns));
    setBy((list) => list.filter((v) => summary.disaggregations.includes(v)));
  };

  const design = designMode === 'form' ? (form ? designFromForm(form) : undefined) : designFile?.design;
  const canRun = data !== undefined && design !== undefined && job.busy === undefined;

  const run = async () => {
    if (!data || !design) return;
    const unweighted = isUnweighted(design);
    const output = await job.track(runJob({
      kind: 'run', data: data.bytes, format: data.format, design, locale,
      ...(data.dictionary !== undefined ? { dictionary: data.dictionary } : {}),
      ...(by.length > 0 ? { by: by.map((v) => [v]) } : {}),
      ...(group !== '' ? { groups: [group] } : {}),
      ...(unweighted ? { notes: [t('unweightedWarning')] } : {}),
    }, job.setProgress), 'run');
    if (output) setFinished({ output, unweighted });
  };

  return (
    <main className="screen analysis-screen">
      <div className="interview-bar">
        <button type="button" className="button secondary" onClick={() => navigate({ screen: 'home' })}>{t('backHome')}</button>
        <h1>{t('analysisTitle')}</h1>
      </div>
      <p className="muted">{t('analysisHelp')}</p>
      <DataStep session={session} data={data} job={job} onData={acceptData} />
      <DesignStep
        data={data} mode={designMode} onMode={setDesignMode} form={form} onForm={setForm}
        file={designFile} onFile={setDesignFile} design={design} job={job}
      />
      <TablesStep
        data={data} by={by} onBy={setBy} group={group} onGroup={setGroup} canRun={canRun} onRun={() => void run()}
        missingDesign={designMode === 'file' && !designFile} job={job}
      />
      {job.failure ? (
        <p className="banner banner-error" role="alert" data-testid="analysis-error">
          {t('analysisFailed', { code: job.failure.code, message: analysisFailureMessage(job.failure, locale) })}
        </p>
      ) : null}
      {finished ? <AnalysisReport output={finished.output} unweighted={finished.unweighted} /> : null}
    </main>
  );
}
