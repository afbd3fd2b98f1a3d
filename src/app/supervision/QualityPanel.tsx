// The manager's data-quality view of one questionnaire (docs/data-quality.md): measures by
// interviewer with bars where a glance beats reading, the interviewer effects on the main
// prevalences, and every flag linked to the interview's review.
import { useEffect, useState } from 'react';
import type { QualityReportWire } from '../../protocol';
import { numberFormat } from '../../../analysis/tables/number-format';
import { useI18n } from '../i18n';
import { errorText } from '../i18n/problems';
import { hrefOf } from '../routes';
import { useDevice } from '../services/device';
import { QUALITY_FLAG_KEYS } from './quality-flags';


/** A share as a bar and a number, so the outlier among interviewers stands out. */
function ShareBar({ value, format }: { value: number | null; format: (x: number) => string }) {
  if (value === null) return <span>—</span>;
  return (
    <span className="share-bar" title={format(value)}>
      <span className="share-bar-fill" style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }} />
      <span className="share-bar-text">{format(value)}</span>
    </span>
  );
}

export function QualityPanel({ token, questionnaireId }: { token: string; questionnaireId: string }) {
  const { t, locale } = useI18n();
  const { api } = useDevice();
  const [report, setReport] = useState<QualityReportWire>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let live = true;
    api.getQuality(token, questionnaireId).then((r) => { if (live) setReport(r); }, (e: unknown) => { if (live) setFailure(errorText(e, locale)); });
    return () => { live = false; };
  }, [api, token, questionnaireId, locale]);

  if (failure) return <p className="form-error" role="alert">{failure}</p>;
  if (!report) return <p>{t('loading')}</p>;
  const nf = numberFormat(locale);
  const pct = (x: number) => nf.percent(x, 1);
  const num = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? '—' : nf.fixed(x, digits));
  return (
    <section className="analysis-step" data-testid="quality">
      <h2>{t('qualityTitle')}</h2>
      <p className="small">{t('qualityIntro', { median: num(report.medianMinutes), share: nf.fixed(report.thresholds.speederShare, 2) })}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('interviewerColumn')}</th><th>{t('interviewsTotal')}</th><th>{t('qualityMedianMinutes')}</th>
              <th>{t('qualityFlagSpeeder')}</th><th>{t('qualityStraight')}</th><th>{t('qualityNonresponse')}</th>
              <th>{t('qualityScreenerNo')}</th><th>{t('qualityFlagOddHours')}</th><th>{t('qualityFlagDuplicate')}</th><th>{t('qualityContacts')}</th>
            </tr>
          </thead>
          <tbody>
            {report.byInterviewer.map((r) => (
              <tr key={r.interviewer} data-testid={`quality-${r.interviewer}`}>
                <td>{r.interviewer}</td><td>{r.interviews}</td><td>{num(r.duration?.median)}</td><td>{r.speeders}</td>
                <td><ShareBar value={r.straightLining} format={pct} /></td>
                <td><ShareBar value={r.itemNonresponse} format={pct} /></td>
                <td><ShareBar value={r.screenerNo} format={pct} /></td>
                <td>{r.oddHours}</td><td>{r.duplicates}</td><td>{num(r.contactsPerCase)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.interviewerEffects.length > 0 ? (
        <>
          <h3>{t('qualityEffects')}</h3>
          <table className="data-table">
            <thead><tr><th>{t('qualityIndicator')}</th><th>{t('qualityPrevalence')}</th><th>ρ</th><th>{t('qualityDeff')}</th><th>{t('interviewsTotal')}</th></tr></thead>
            <tbody>
              {report.interviewerEffects.map((e) => (
                <tr key={e.id}><td>{e.id}</td><td>{e.prevalence === null ? '—' : pct(e.prevalence)}</td><td>{num(e.rho, 3)}</td><td>{num(e.deff, 2)}</td><td>{e.n}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <h3>{t('qualityFlags', { count: report.flags.length })}</h3>
      {report.flags.length === 0 ? <p>{t('qualityNoFlags')}</p> : (
        <ul className="flag-list" data-testid="quality-flags">
          {report.flags.map((f, i) => (
            <li key={`${f.kind}-${f.instanceId ?? f.caseId ?? f.interviewer}-${i}`} data-kind={f.kind}>
              <strong>{t(QUALITY_FLAG_KEYS[f.kind])}</strong> · {f.interviewer}
              {f.instanceId ? <> · <a href={hrefOf({ screen: 'supervise', id: questionnaireId, instanceId: f.instanceId })}>{t('qualityOpenReview')}</a></> : null}
              {f.caseId ? <> · {f.caseId}</> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
