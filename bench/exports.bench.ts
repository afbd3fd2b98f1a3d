// `npm run bench -- exports [SIZES] [--formats csv,sav,dta,xlsx] [--legacy-formats …|--no-legacy] [--no-probe]`
// (issue 14, item 6): time and peak RSS of the microdata export for 10,000 and 100,000 interviews
// (SIZES, default 10000,100000) in each format, streamed from the database (the route today)
// against the previous approach measured in the same run (the whole table read, then the whole
// file built in one buffer: bench/legacy/), each in a process of its own; then a latency probe:
// GET /questionnaires timed while three XLSX exports of the smallest size run at once.
// The interviews are the victimization questionnaire's, answers from the simulated field
// (analysis/simulate), stored in a fresh PGlite database as the server stores them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fieldFrame, fieldPlan, makePopulation, runField } from '../analysis/simulate';
import { migrate, openDatabase, type Database } from '../src/server/db';
import { createAccount, publishQuestionnaire } from '../src/server/services';
import { createSession } from '../src/server/auth';
import { FIELD_DEFINITION } from '../src/cli/commands/field-export';
import { EXPORT_FORMATS, type ExportFormat } from '../src/protocol/exports';

const child = fileURLToPath(new URL('./exports-child.ts', import.meta.url));
const BATCH = 1000;

function uuid7ish(n: number): string {
  const h = n.toString(16).padStart(12, '0');
  return `019a0000-${h.slice(0, 4)}-7${h.slice(4, 7)}-8${h.slice(7, 10)}-0000000${h.slice(10)}00000`.slice(0, 36);
}

/** `n` interviews of questionnaire `id`, cycling through the simulated field's answer sets, stored as the server stores them (also test/integration/export-latency.test.ts). */
export async function seedInterviews(
  db: Database, id: string, n: number, answers: readonly Record<string, number | string>[],
  interviewers: readonly string[] = Array.from({ length: 40 }, (_, i) => `iv${i}`),
): Promise<void> {
  for (let from = 0; from < n; from += BATCH) {
    const rows: Record<string, unknown>[] = [];
    for (let k = from; k < Math.min(n, from + BATCH); k++) {
      const data = answers[k % answers.length] as Record<string, number | string>;
      rows.push({
        instance_id: `${id}-${uuid7ish(k)}`, questionnaire_id: id, version: 1, interviewer: interviewers[k % interviewers.length], case_id: `${id}-c${k}`, disposition: '1.1',
        started_at: '2026-10-01T09:00:00Z', ended_at: '2026-10-01T09:40:00Z', sha256: 'x'.repeat(64),
        body: { questionnaireId: id, version: 1, data, disposition: '1.1' },
      });
    }
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO submissions (instance_id, questionnaire_id, version, interviewer, case_id, disposition, started_at, ended_at, sha256, received_at)
         SELECT instance_id, questionnaire_id, version, interviewer, case_id, disposition, started_at, ended_at, sha256, now() + (row_number() OVER () || ' ms')::interval
         FROM jsonb_to_recordset($1::jsonb) AS x(instance_id text, questionnaire_id text, version int, interviewer text, case_id text,
           disposition text, started_at text, ended_at text, sha256 text)`,
        [JSON.stringify(rows)],
      );
      await tx.query(
        `INSERT INTO submission_revisions (instance_id, revision, sha256, body)
         SELECT instance_id, 1, sha256, body FROM jsonb_to_recordset($1::jsonb) AS x(instance_id text, sha256 text, body jsonb)`,
        [JSON.stringify(rows)],
      );
    });
  }
}

function measure(args: string[], env: NodeJS.ProcessEnv = {}): Record<string, unknown> {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', child, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
  } catch (err) {
    const stderr = String((err as { stderr?: string }).stderr ?? '');
    return { failed: /heap out of memory/i.test(stderr) ? 'JavaScript heap out of memory' : stderr.trim().split('\n').at(-1) ?? 'failed' };
  }
}

const fmt = (r: Record<string, unknown>): string =>
  r.failed ? `FAILED (${String(r.failed)})` : `${(Number(r.ms) / 1000).toFixed(1).padStart(6)} s  peak RSS ${String(r.peakRssMb).padStart(5)} MB (after opening the database ${String(r.rssAfterOpenMb)} MB)  ${(Number(r.bytes) / 1048576).toFixed(1)} MB file`;

export async function run(args: string[]): Promise<void> {
  const sizes = (args.find((a) => /^\d+(,\d+)*$/.test(a)) ?? '10000,100000').split(',').map(Number);
  const formatsArg = args[args.indexOf('--formats') + 1];
  const formats = (args.includes('--formats') && formatsArg ? formatsArg.split(',') : [...EXPORT_FORMATS]) as ExportFormat[];
  const legacyArg = args[args.indexOf('--legacy-formats') + 1];
  // The previous XLSX writer needs ~2.3 GB for 10,000 interviews: `--legacy-formats csv,sav,dta` skips it at 100,000.
  const legacyFormats = args.includes('--no-legacy') ? [] : args.includes('--legacy-formats') && legacyArg ? legacyArg.split(',') : formats;
  const legacy = legacyFormats.length > 0;
  const dir = mkdtempSync(join(tmpdir(), 'jha-bench-exports-'));
  try {
    const t0 = performance.now();
    const pop = makePopulation(20261202, { psus: 400 });
    const { cases } = runField(pop, fieldFrame(pop), fieldPlan(2000, pop), 1);
    const answers = cases.flatMap((c) => (c.answers ? [c.answers as Record<string, number | string>] : []));
    const db = await openDatabase({ dataDir: dir });
    await migrate(db);
    await createAccount(db, 'bench-manager', 'manager', 'bench-password-not-secret-1');
    for (let i = 0; i < 40; i++) await createAccount(db, `iv${i}`, 'interviewer', 'bench-password-not-secret-1');
    for (const n of sizes) {
      await db.transaction((tx) => publishQuestionnaire(tx, `bench${n}`, FIELD_DEFINITION, 'bench-manager'));
      await seedInterviews(db, `bench${n}`, n, answers);
    }
    const { token } = await createSession(db, { username: 'bench-manager', role: 'manager' });
    await db.close();
    console.log(`seeded ${sizes.join(' and ')} victimization interviews (${answers.length} distinct answer sets) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

    for (const n of sizes) {
      for (const format of formats) {
        const streamed = measure(['export', dir, `bench${n}`, format, 'stream']);
        console.log(`${String(n).padStart(6)} ${format.padEnd(4)} streamed  ${fmt(streamed)}`);
        if (legacyFormats.includes(format)) {
          const before = measure(['export', dir, `bench${n}`, format, 'legacy']);
          const ratio = before.failed || streamed.failed ? '' : `  → streamed uses ${(Number(streamed.peakRssMb) / Number(before.peakRssMb)).toFixed(2)}× the memory, ${(Number(streamed.ms) / Number(before.ms)).toFixed(2)}× the time`;
          console.log(`${String(n).padStart(6)} ${format.padEnd(4)} previous  ${fmt(before)}${ratio}`);
        }
      }
    }
    if (!args.includes('--no-probe')) {
      const n = sizes[0] as number;
      for (const mode of legacy ? ['stream', 'legacy'] : ['stream']) {
        const r = measure(['probe', dir, `bench${n}`, mode], { BENCH_TOKEN: token });
        console.log(r.failed
          ? `probe (${mode}): FAILED (${String(r.failed)})`
          : `probe, three XLSX exports of ${n} at once (${mode === 'stream' ? 'streamed' : 'previous'}): GET /questionnaires p50 ${String(r.idleP50)} ms idle, ` +
            `p50 ${String(r.busyP50)} / p95 ${String(r.busyP95)} / max ${String(r.busyMax)} ms during (${String(r.probes)} probes); exports ${JSON.stringify(r.exportsMs)} ms; peak RSS ${String(r.peakRssMb)} MB; ` +
            `event-loop delay p95 ${String(r.loopDelayP95)} / max ${String(r.loopDelayMax)} ms; CPU ${String(r.cpuMs)} ms`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
