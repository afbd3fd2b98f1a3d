import type { InterviewState } from '../../store';
import { useI18n } from '../i18n';

export function StateBadge({ state }: { state: InterviewState }) {
  const { t } = useI18n();
  return <span className={`badge badge-${state}`} data-state={state}>{t(`state_${state}`)}</span>;
}
