// Step 3 of the analysis: the tables — breakdowns, the indicator group, the run (with its
// progress and a cancel button).
import type { Progress } from '../../analysis/job';
import type { JobState } from '../../analysis/use-job';
import { localeNames, useI18n, type Translate } from '../../i18n';
import { Step } from './controls';
import type { LoadedData } from './DataStep';

export function TablesStep({ data, by, onBy, group, onGroup, canRun, onRun, missingDesign, job }: {
  data: LoadedData | undefined; by: string[]; onBy: (update: (list: string[]) => string[]) => void;
  group: string; onGroup: (g: string) => void; canRun: boolean; onRun: () => void; missingDesign: boolean; job: JobState;
}) {
  const { t, locale } = useI18n();
  return (
    <Step title={t('tablesTitle')} id="analysis-tables">
      {data && data.summary.disaggregations.length > 0 ? (
        <fieldset className="checks">
          <legend>{t('breakdowns')}</legend>
          {data.summary.disaggregations.map((v) => (
            <label key={v} className="check">
              <input
                type="checkbox" checked={by.includes(v)} data-testid={`by-${v}`}
                onChange={(e) => onBy((list) => (e.target.checked ? [...list, v] : list.filter((x) => x !== v)))}
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
          <select value={group} onChange={(e) => onGroup(e.target.value)} data-testid="indicator-group">
            <option value="">{t('allGroups')}</option>
            {data.summary.groups.map((g) => <option key={g.id} value={g.id}>{g.title[locale] ?? g.title.en} ({g.indicators})</option>)}
          </select>
        </label>
      ) : null}
      <p className="muted">{t('reportLanguage', { language: localeNames[locale] })}</p>
      <div className="actions start">
        <button type="button" className="button primary" disabled={!canRun} onClick={onRun} data-testid="run-analysis">{t('runAnalysis')}</button>
        {job.busy !== undefined ? <button type="button" className="button secondary" onClick={job.cancel} data-testid="cancel-analysis">{t('cancel')}</button> : null}
      </div>
      {!data ? <p className="muted">{t('needData')}</p> : missingDesign ? <p className="muted">{t('needDesign')}</p> : null}
      {job.busy === 'run' ? <RunProgress progress={job.progress} t={t} /> : null}
    </Step>
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
