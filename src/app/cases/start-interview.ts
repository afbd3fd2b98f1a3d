import { useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { CaseUnavailableError, type CachedAssignment, type QuestionnaireListing, type StoredSession } from '../../store';
import { useI18n } from '../i18n';
import { navigate } from '../routes';
import { useDevice, useReportError } from '../services/device';

/**
 * Starting an interview, free or of an assigned case. A case's interview goes through the store's
 * one-transaction check, so a second tap (or a case already interviewed) is refused with a message
 * in the interviewer's language instead of making a second interview.
 */
export function useStartInterview(session: StoredSession) {
  const { t, locale } = useI18n();
  const device = useDevice();
  const report = useReportError();
  const [starting, setStarting] = useState(false);
  const [refusal, setRefusal] = useState<string>();

  const start = async (q: QuestionnaireListing, assignment?: CachedAssignment): Promise<void> => {
    setStarting(true);
    setRefusal(undefined);
    try {
      const instanceId = uuidv7();
      const init = {
        instanceId, questionnaireId: q.id, version: q.version, owner: session.username, locale,
        ...(assignment ? { caseId: assignment.caseId, data: { ...(assignment.prefill ?? {}) } } : {}),
        paradata: {
          startedAt: new Date().toISOString(), deviceId: await device.store.getDeviceId(), appVersion: device.appVersion,
          questionnaireVersion: q.version, locale, languageSwitches: [], questionTimes: {},
        },
      };
      if (assignment) await device.store.startCaseInterview(assignment.id, init);
      else await device.store.createInterview(init);
      navigate({ screen: 'interview', id: instanceId });
    } catch (e) {
      if (e instanceof CaseUnavailableError) setRefusal(t('caseUnavailable', { caseId: e.caseId, count: e.interviews, quantity: e.quantity }));
      else report(e);
    } finally {
      setStarting(false);
    }
  };
  return { start, starting, refusal };
}
