import type { QuestionnaireListing, DeviceCase } from '../../store';
import { useI18n, type MessageKey } from '../i18n';
import { navigate } from '../routes';
import { outcomeLabel } from './outcomes';

export const caseStatusKey: Record<DeviceCase['status'], MessageKey> = {
  todo: 'caseStatus_todo', attempted: 'caseStatus_attempted', 'in-progress': 'caseStatus_inProgress', closed: 'caseStatus_closed',
};

/** Where the case is: the assignment's address, else the prefilled region. */
export function caseWhere(c: DeviceCase): string | undefined {
  const region = c.assignment.prefill?.region;
  return c.assignment.address ?? (typeof region === 'string' || typeof region === 'number' ? String(region) : undefined);
}

interface Props {
  item: DeviceCase;
  questionnaire: QuestionnaireListing | undefined;
  title: string;
  time: (iso: string) => string;
  starting: boolean;
  onStart: () => void;
}

/** What an interviewer needs of a case at a glance: where, status, next visit, attempts, interviews. */
export function CaseCard({ item: c, questionnaire, title, time, starting, onStart }: Props) {
  const { t } = useI18n();
  const where = caseWhere(c);
  return (
    <li className="card interview" data-testid={`assignment-${c.assignment.caseId}`} data-status={c.status}>
      <div>
        <strong>{t('caseLabel', { caseId: c.assignment.caseId })}</strong>{' '}
        <span className={`badge badge-case-${c.status}`} data-testid="case-status">{t(caseStatusKey[c.status])}</span>
        {where ? <div data-testid="case-where">{where}</div> : null}
        <div className="muted">
          {title}
          {' · '}{t('caseAttemptsCount', { count: c.attempts.length })}
          {' · '}{t('caseInterviewsCount', { count: c.interviewCount, quantity: c.assignment.quantity ?? 1 })}
        </div>
        {c.nextAppointment ? <div data-testid="case-next-visit">{t('caseNextVisit', { time: time(c.nextAppointment) })}</div> : null}
        {c.disposition ? <div className="muted" data-testid="case-result">{t('caseResult', { label: outcomeLabel(c.disposition, t) })}</div> : null}
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={() => navigate({ screen: 'case', id: c.assignment.id })} data-testid="open-case">{t('openCase')}</button>
        {c.status === 'closed' ? null : (
          <button type="button" className="button primary" disabled={starting || !questionnaire || !c.mayStart} onClick={onStart} data-testid="start-case">
            {!questionnaire ? t('questionnaireMissing') : c.mayStart ? t('startInterview') : t('caseHasInterview')}
          </button>
        )}
      </div>
    </li>
  );
}
