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

/** Saves content as a file through the browser's download (an object URL kept alive for 10 s). */
export function downloadFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadInterview(record: InterviewRecord): void {
  downloadFile(`${record.questionnaireId}-${record.instanceId}.json`, interviewFile(record), 'application/json');
}
