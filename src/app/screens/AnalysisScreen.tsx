// The analyst's indicator tables: collected interviews (the server's export) or an uploaded
// CSV/XLSX, a design (design.json or the form), disaggregations and an indicator group; the
// run happens in a Web Worker; the report is the CLI's, shown in the page and downloadable.
// Loaded lazily: nothing of it reaches an interviewer's first screen.
import { useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { readDesignSpec, type DesignSpec } from '../../../analysis/design-spec';
import type { StoredSession } from '../../store';
import {
  adaptDesignForm, designFromForm, isUnweighted, LONELY_PSU_POLICIES, UNWEIGHTED, type DesignForm, type LonelyPsuPolicy,
} from '../analysis/design-form';
import { downloadCollectedCsv, downloadCollectedDictionary } from '../analysis/collected-data';
import { isFailure, toFailure, type AnalysisFailure } from '../analysis/failure';
import type { DataFormat, SourceSummary } from '../analysis/indicator-run';
import { CANCELLED, inspectJob, runJob, type Job, type Progress } from '../analysis/job';
import type { RunOutput } from '../analysis/protocol';
import { AnalysisReport } from '../components/AnalysisReport';
import { useLive } from '../hooks/use-live';
import { localeNames, useI18n, type Translate } from '../i18n';
import { navigate } from '../routes';
import { titleOf } from './HomeScreen';

interface LoadedData {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly format: DataFormat;
  readonly summary: SourceSummary;
  /** The variable dictionary served beside collected data (labels of the report's codes). */
  readonly dictionary?: unknown;
}

interface Finished {
  readonly output: RunOutput;
  readonly unweighted: boolean;
}

type Source = 'collected' | 'file';
type DesignMode = 'form' | 'file';

const formatOf = (name: string): DataFormat => (/\.xlsx$/i.test(name) ? 'xlsx' : 'csv');

export default function AnalysisScreen({ session }: { session: StoredSession }) {
  const { t, locale } = useI18n();
  const questionnaires = useLive((s) => s.listQuestionnaires(), 'questionnaires');
  const ids = useMemo(() => [...new Map((questionnaires ?? []).map((q) => [q.id, q])).values()], [questionnaires]);

  const [source, setSource] = useState<Source>('file');
  const [questionnaireId, setQuestionnaireId] = useState('');
  const [data, setData] = useState<LoadedData>();
  const [designMode, setDesignMode] = useState<DesignMode>('form');
  const [form, setForm] = useState<DesignForm>();
  const [designFile, setDesignFile] = useState<{ name: string; design: DesignSpec }>();
  const [by, setBy] = useState<string[]>([]);
  const [group, setGroup] = useState('');
  const [busy, setBusy] = useState<'data' | 'run'>();
  const [progress, setProgress] = useState<Progress>();
  const [failure, setFailure] = useState<AnalysisFailure>();
  const [finished, setFinished] = useState<Finished>();
  const job = useRef<Job<unknown> | undefined>(undefined);

  useEffect(() => () => job.current?.cancel(), []);
  useEffect(() => {
    if (questionnaireId === '' && ids.length > 0) setQuestionnaireId(ids[0].id);
  }, [ids, questionnaireId]);

  const track = async <T,>(started: Job<T>, kind: 'data' | 'run'): Promise<T | undefined> => {
    job.current = started;
    setBusy(kind);
    setFailure(undefined);
    try {
      return await started.result;
    } catch (err) {
      if (!(isFailure(err) && err.code === CANCELLED.code)) setFailure(isFailure(err) ? err : toFailure(err));
      return undefined;
    } finally {
      if (job.current === started) job.current = undefined;
      setBusy(undefined);
      setProgress(undefined);
    }
  };

  const acceptData = async (name: string, bytes: Uint8Array, dictionary?: unknown) => {
    const format = formatOf(name);
    const summary = await track(inspectJob(bytes, format), 'data');
    if (!summary) return;
    setData({ name, bytes, format, summary, ...(dictionary !== undefined ? { dictionary } : {}) });
    setForm((f) => adaptDesignForm(f, summary.columns));
    setBy((list) => list.filter((v) => summary.disaggregations.includes(v)));
  };

  const pickFile = (file: File | undefined) => {
    if (!file) return;
    void file.arrayBuffer().then((buffer) => acceptData(file.name, new Uint8Array(buffer)), (err: unknown) => setFailure(toFailure(err)));
  };

  const downloadCollected = async () => {
    if (session.expired) { setFailure({ code: 'login-needed', message: t('loginAgain') }); return; }
    setBusy('data');
    setFailure(undefined);
    try {
      const [bytes, dictionary] = await Promise.all([
        downloadCollectedCsv(session.token, questionnaireId), downloadCollectedDictionary(session.token, questionnaireId),
      ]);
      setBusy(undefined);
      await acceptData(`${questionnaireId}.csv`, bytes, dictionary);
    } catch (err) {
      setFailure(toFailure(err));
      setBusy(undefined);
    }
  };

  const pickDesign = (file: File | undefined) => {
    if (!file) return;
    setDesignFile(undefined);
    // Bytes, not text: readDesignSpec accepts a BOM, UTF-16 and every line ending, as the CLI does.
    void file.arrayBuffer().then((buffer) => {
      try {
        setDesignFile({ name: file.name, design: readDesignSpec(new Uint8Array(buffer)) });
        setFailure(undefined);
      } catch (err) {
        setFailure(toFailure(err));
      }
    }, (err: unknown) => setFailure(toFailure(err)));
  };

  const design = designMode === 'form' ? (form ? designFromForm(form) : undefined) : designFile?.design;
  const canRun = data !== undefined && design !== undefined && busy === undefined;

  const run = async () => {
    if (!data || !design) return;
    const unweighted = isUnweighted(design);
    const output = await track(runJob({
      kind: 'run', data: data.bytes, format: data.format, design, locale,
      ...(data.dictionary !== undefined ? { dictionary: data.dictionary } : {}),
      ...(by.length > 0 ? { by: by.map((v) => [v]) } : {}),
      ...(group !== '' ? { groups: [group] } : {}),
      ...(unweighted ? { notes: [t('unweightedWarning')] } : {}),
    }, setProgress), 'run');
    if (output) setFinished({ output, unweighted });
  };

  return (
    <main className="screen analysis-screen">
      <div className="interview-bar">
        <button type="button" className="button secondary" onClick={() => navigate({ screen: 'home' })}>{t('backHome')}</button>
        <h1>{t('analysisTitle')}</h1>
      </div>
      <p className="muted">{t('analysisHelp')}</p>

      <Step title={t('dataSource')} id="analysis-data">
        <div className="choice" role="radiogroup" aria-label={t('dataSource')}>
          <Radio name="source" checked={source === 'file'} onChange={() => setSource('file')} label={t('sourceFile')} testId="source-file" />
          {/* The server exports microdata to managers and analysts only (DESIGN.md §4). */}
          {session.role === 'manager' || session.role === 'analyst'
            ? <Radio name="source" checked={source === 'collected'} onChange={() => setSource('collected')} label={t('sourceCollected')} testId="source-collected" />
            : null}
        </div>
        {source === 'file' ? (
          <DropZone onFile={pickFile} label={t('chooseDataFile')} accept=".csv,.xlsx,text/csv" testId="data-file" disabled={busy !== undefined} />
        ) : ids.length === 0 ? <p>{t('noQuestionnaires')}</p> : (
          <div className="field-row">
            <label>
              {t('questionnaire')}
              <select value={questionnaireId} onChange={(e) => setQuestionnaireId(e.target.value)} data-testid="collected-questionnaire">
                {ids.map((q) => <option key={q.id} value={q.id}>{titleOf(q, locale)} ({q.id})</option>)}
              </select>
            </label>
            <button type="button" className="button" disabled={busy !== undefined || questionnaireId === ''} onClick={() => void downloadCollected()} data-testid="download-collected">
              {t('downloadData')}
            </button>
          </div>
        )}
        {busy === 'data' ? <p role="status">{t('loading')}</p> : null}
        {data ? <p className="muted" data-testid="data-loaded">{t('dataLoaded', { name: data.name, columns: data.summary.columns.length })}</p> : null}
      </Step>

      <Step title={t('designTitle')} id="analysis-design">
        <div className="choice" role="radiogroup" aria-label={t('designTitle')}>
          <Radio name="design" checked={designMode === 'form'} onChange={() => setDesignMode('form')} label={t('designFromForm')} testId="design-form" />
          <Radio name="design" checked={designMode === 'file'} onChange={() => setDesignMode('file')} label={t('designFromFile')} testId="design-upload" />
        </div>
        {designMode === 'file' ? (
          <>
            <label className="file-field">
              {t('chooseDesignFile')}
              <input type="file" accept=".json,application/json" onChange={(e) => pickDesign(e.target.files?.[0])} data-testid="design-file" />
            </label>
            {designFile ? <p className="muted" data-testid="design-loaded">{t('designLoaded', { name: designFile.name })}</p> : null}
          </>
        ) : !data || !form ? <p className="muted">{t('needData')}</p> : (
          <DesignFields form={form} columns={data.summary.columns} onChange={setForm} t={t} />
        )}
        {design && isUnweighted(design) ? <p className="banner banner-warn" role="note" data-testid="unweighted-note">{t('unweightedWarning')}</p> : null}
      </Step>

      <Step title={t('tablesTitle')} id="analysis-tables">
        {data && data.summary.disaggregations.length > 0 ? (
          <fieldset className="checks">
            <legend>{t('breakdowns')}</legend>
            {data.summary.disaggregations.map((v) => (
              <label key={v} className="check">
                <input
                  type="checkbox" checked={by.includes(v)} data-testid={`by-${v}`}
                  onChange={(e) => setBy((list) => (e.target.checked ? [...list, v] : list.filter((x) => x !== v)))}
                />
                {data.summary.labels[v]?.[locale] ?? v}
              </label>
            ))}
            <p className="muted">{t('breakdownsHelp')}</p>
          </fieldset>
        ) : null}
        {data ? (
          <label>
            {t('indicatorGroup')}
            <select value={group} onChange={(e) => setGroup(e.target.value)} data-testid="indicator-group">
              <option value="">{t('allGroups')}</option>
              {data.summary.groups.map((g) => <option key={g.id} value={g.id}>{g.title[locale] ?? g.title.en} ({g.indicators})</option>)}
            </select>
          </label>
        ) : null}
        <p className="muted">{t('reportLanguage', { language: localeNames[locale] })}</p>
        <div className="actions start">
          <button type="button" className="button primary" disabled={!canRun} onClick={() => void run()} data-testid="run-analysis">{t('runAnalysis')}</button>
          {busy !== undefined ? <button type="button" className="button secondary" onClick={() => job.current?.cancel()} data-testid="cancel-analysis">{t('cancel')}</button> : null}
        </div>
        {!data ? <p className="muted">{t('needData')}</p> : designMode === 'file' && !designFile ? <p className="muted">{t('needDesign')}</p> : null}
        {busy === 'run' ? <RunProgress progress={progress} t={t} /> : null}
      </Step>

      {failure ? (
        <p className="banner banner-error" role="alert" data-testid="analysis-error">
          {t('analysisFailed', { code: failure.code, message: failure.message })}
        </p>
      ) : null}
      {finished ? <AnalysisReport output={finished.output} unweighted={finished.unweighted} /> : null}
    </main>
  );
}

function Step({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="analysis-step">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Radio({ name, checked, onChange, label, testId }: { name: string; checked: boolean; onChange: () => void; label: string; testId: string }) {
  return (
    <label className="check">
      <input type="radio" name={name} checked={checked} onChange={onChange} data-testid={testId} />
      {label}
    </label>
  );
}

function DropZone({ onFile, label, accept, testId, disabled }: { onFile: (f: File | undefined) => void; label: string; accept: string; testId: string; disabled: boolean }) {
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) onFile(e.dataTransfer.files[0]);
  };
  return (
    <label
      className={`drop-zone${over ? ' over' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}
    >
      {label}
      <input type="file" accept={accept} disabled={disabled} onChange={(e) => { onFile(e.target.files?.[0]); e.target.value = ''; }} data-testid={testId} />
    </label>
  );
}

function ColumnSelect({ label, value, columns, onChange, extra, testId }: {
  label: string; value: string; columns: readonly string[]; onChange: (v: string) => void;
  extra: readonly { value: string; label: string }[]; testId: string;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {extra.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        {columns.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
    </label>
  );
}

function DesignFields({ form, columns, onChange, t }: { form: DesignForm; columns: readonly string[]; onChange: (f: DesignForm) => void; t: Translate }) {
  const set = (patch: Partial<DesignForm>) => onChange({ ...form, ...patch });
  const none = [{ value: '', label: t('noneOption') }];
  const unweighted = form.weight === UNWEIGHTED;
  return (
    <div className="design-grid">
      <ColumnSelect
        label={t('weightPerson')} value={form.weight} columns={columns} testId="weight"
        extra={[{ value: UNWEIGHTED, label: t('unweightedOption') }]}
        onChange={(weight) => set(weight === UNWEIGHTED ? { weight, weightHh: '' } : { weight })}
      />
      {unweighted ? null : (
        <ColumnSelect
          label={t('weightHousehold')} value={form.weightHh} columns={columns} testId="weight-hh"
          extra={[{ value: '', label: t('weightHhDefault') }]} onChange={(weightHh) => set({ weightHh })}
        />
      )}
      <ColumnSelect label={t('strata')} value={form.strata} columns={columns} extra={none} testId="strata" onChange={(strata) => set({ strata })} />
      <ColumnSelect label={t('psu')} value={form.psu} columns={columns} extra={none} testId="psu" onChange={(psu) => set({ psu })} />
      <ColumnSelect label={t('fpc')} value={form.fpc} columns={columns} extra={none} testId="fpc" onChange={(fpc) => set({ fpc })} />
      <label>
        {t('lonelyPsu')}
        <select value={form.lonelyPsu} onChange={(e) => set({ lonelyPsu: e.target.value as LonelyPsuPolicy })} data-testid="lonely-psu">
          {LONELY_PSU_POLICIES.map((p) => <option key={p} value={p}>{t(`lonely_${p}`)}</option>)}
        </select>
      </label>
    </div>
  );
}

function RunProgress({ progress, t }: { progress: Progress | undefined; t: Translate }) {
  const stage = progress?.stage ?? 'read';
  const label = stage === 'estimate' ? t('stage_estimate', { done: progress?.done ?? 0, total: progress?.total ?? 0 }) : t(`stage_${stage}`);
  return (
    <div className="run-progress" role="status" data-testid="analysis-progress">
      <progress max={progress && stage === 'estimate' ? progress.total : undefined} value={progress && stage === 'estimate' ? progress.done : undefined} />
      <span>{label}</span>
    </div>
  );
}
