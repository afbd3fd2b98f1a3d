// The analysis off the main thread: reading, estimation and the CSV/XLSX files. One job per worker;
// the page cancels a job by terminating its worker.
import { toFailure } from './failure';
import { indicatorCsv, indicatorXlsx, inspectSource, runIndicatorAnalysis } from './indicator-run';
import type { WorkerRequest, WorkerResponse } from './protocol';

function reply(message: WorkerResponse, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

async function handle(request: WorkerRequest): Promise<void> {
  if (request.kind === 'inspect') {
    reply({ kind: 'inspected', summary: await inspectSource(request.data, request.format) });
    return;
  }
  const result = await runIndicatorAnalysis(request, (stage, done, total) => reply({ kind: 'progress', stage, done, total }));
  reply({ kind: 'progress', stage: 'render', done: 0, total: 1 });
  const csv = indicatorCsv(result);
  const xlsx = await indicatorXlsx(result);
  reply({ kind: 'done', output: { ...result, csv, xlsx } }, [xlsx.buffer]);
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).catch((err: unknown) => reply({ kind: 'failed', failure: toFailure(err) }));
});
