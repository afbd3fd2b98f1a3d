// Field-work progress of one questionnaire: interviews by review state and interviewer, and the
// AAPOR rates a field manager watches daily (GET /monitoring/:questionnaireId).
import type { MonitoringReport } from '../../../protocol';
import { numberFormat } from '../../../../analysis/tables/number-format';
import { useI18n } from '../../i18n';
import { reviewStateKey } from './review-state';

/** The rates a field manager watches daily; the others are in the exported report. */
const SHOWN_RATES = ['RR1', 'RR2', 'COOP1', 'REF1', 'CON1'] as const;

export function FieldProgress({ report }: { report: MonitoringReport }) {
  const { t, locale } = useI18n();
  // The reports' CLDR formatter: Chromium's Intl has no number data for mk and sq.
  const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : numberFormat(locale).percent(x, 1));
  return (
    <div className="progress-grid" data-testid="monitoring">
      <dl className="figures">
        <div><dt>{t('interviewsTotal')}</dt><dd data-testid="monitoring-total">{report.total}</dd></div>
        <div><dt>{t('assignmentsDone')}</dt><dd>{report.assignments.submitted} / {report.assignments.total}</dd></div>
        {(['received', 'approved', 'rejected'] as const).map((s) => <div key={s}><dt>{t(reviewStateKey(s))}</dt><dd>{report.byReviewState[s] ?? 0}</dd></div>)}
        {SHOWN_RATES.map((r) => <div key={r}><dt><abbr title={t('aaporRates')}>{r}</abbr></dt><dd data-testid={`rate-${r}`}>{pct(report.responseRates.rates[r])}</dd></div>)}
      </dl>
      {report.byInterviewer.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead><tr><th>{t('interviewerColumn')}</th><th>{t('interviewsTotal')}</th><th>{t('reviewReceived')}</th><th>{t('reviewApproved')}</th><th>{t('reviewRejected')}</th></tr></thead>
            <tbody>
              {report.byInterviewer.map((r) => <tr key={r.interviewer}><td>{r.interviewer}</td><td>{r.total}</td><td>{r.received}</td><td>{r.approved}</td><td>{r.rejected}</td></tr>)}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
