// Exports must not hold up other requests (issue 14, item 6): while three XLSX exports of a few
// thousand victimization interviews run, other requests are still answered promptly. The embedded
// database runs its queries on the event loop, so an export that reads big pages, or encodes a
// whole table, without returning to the loop makes every other request wait (3 s in the issue).
// Times are measured against the same server's idle answers in the same run, with bounds wide
// enough for a loaded CI machine; without the short pages and the turn between them
// (services/microdata.ts) the probes' median was several times this bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldFrame, fieldPlan, makePopulation, runField } from '../../analysis/simulate';
import { publishQuestionnaire } from '../../src/server/services';
import { FIELD_DEFINITION } from '../../src/cli/commands/field-export';
import { seedInterviews } from '../../bench/exports.bench';
import { backends } from './support/backends';
import { login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

const INTERVIEWS = 3000;

describe.each(backends)('exports beside other requests on %s', (backend) => {
  let t: TestServer;
  let manager: string;
  beforeAll(async () => {
    t = await startTestServer(backend);
    manager = await login(t.base, 'manager', t.passwords.manager);
    const pop = makePopulation(20261202, { psus: 100 });
    const { cases } = runField(pop, fieldFrame(pop), fieldPlan(500, pop), 1);
    const answers = cases.flatMap((c) => (c.answers ? [c.answers as Record<string, number | string>] : []));
    await t.server.db.transaction((tx) => publishQuestionnaire(tx, 'victim', FIELD_DEFINITION, 'manager'));
    await seedInterviews(t.server.db, 'victim', INTERVIEWS, answers, ['interviewer']);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  const timed = async (path: string): Promise<{ ms: number; bytes: number }> => {
    const start = performance.now();
    const res = await fetch(`${t.base}${path}`, { headers: { authorization: `Bearer ${manager}` } });
    const bytes = (await res.arrayBuffer()).byteLength;
    expect(res.status, path).toBe(200);
    return { ms: performance.now() - start, bytes };
  };
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

  // XLSX is the case; SPSS reads the interviews twice, the first time writing nothing.
  it.each(['xlsx', 'sav'])('answers GET /questionnaires promptly while three .%s exports run', async (format) => {
    const idle: number[] = [];
    for (let i = 0; i < 10; i++) idle.push((await timed('/questionnaires')).ms);
    let running = true;
    const exports = Promise.all([0, 1, 2].map(() => timed(`/exports/victim.${format}`))).finally(() => {
      running = false;
    });
    const busy: number[] = [];
    while (running) {
      busy.push((await timed('/questionnaires')).ms);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const files = await exports;
    const exportMs = Math.min(...files.map((f) => f.ms));
    const report = `idle median ${median(idle).toFixed(0)} ms; during: median ${median(busy).toFixed(0)} ms, max ${Math.max(...busy).toFixed(0)} ms over ${busy.length} probes; exports ${files.map((f) => f.ms.toFixed(0)).join(', ')} ms`;
    console.log(`${format}: ${report}`);
    expect(files.every((f) => f.bytes > 100_000), report).toBe(true);
    // No request waits for a large part of an export.
    expect(Math.max(...busy), report).toBeLessThan(exportMs / 3);
    // Requests were served all along: many answers while the exports ran, not one at the end.
    expect(busy.length, report).toBeGreaterThanOrEqual(10);
    // A typical request waits at most a few pages of the exports, not for them.
    expect(median(busy), report).toBeLessThan(Math.max(400, 8 * median(idle)));
    expect(median(busy), report).toBeLessThan(exportMs / 10);
  }, HOOK_TIMEOUT);
});
