import type { InterviewRecord } from '../../store';

/** The backup file of one interview: everything needed to submit it by other means. */
export function interviewFile(record: InterviewRecord): string {
  return JSON.stringify({
    format: 'jha-survey-interview/1',
    exportedAt: new Date().toISOString(),
    instanceId: record.instanceId,
    questionnaireId: record.questionnaireId,
    version: record.version,
    caseId: record.caseId,
    state: record.state,
    disposition: record.disposition,
    data: record.data,
    paradata: record.paradata,
  }, null, 2);
}

export function downloadInterview(record: InterviewRecord): void {
  const url = URL.createObjectURL(new Blob([interviewFile(record)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${record.questionnaireId}-${record.instanceId}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
