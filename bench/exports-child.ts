// One measurement of bench/exports.bench.ts, in a process of its own so that its peak RSS is its
// own: `export DIR ID FORMAT stream|legacy` writes one export to a byte counter;
// `probe DIR ID stream|legacy` serves the API and times GET /questionnaires while three XLSX
// exports of ID run at once. Prints one JSON line.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openDatabase } from '../src/server/db';
import { buildApp, API_PREFIX } from '../src/server/app';
import { loadXlsxWriter, microdata, microdataSource, streamMicrodata, type ExportFormat } from '../src/server/services';
import { requireRole } from '../src/server/auth';
import { legacyRender } from './legacy';

const mb = (bytes: number): number => Math.round(bytes / 1048576);
const peakRss = (): number => mb(process.resourceUsage().maxRSS * 1024);

function counter(): Writable & { bytes: number } {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      sink.bytes += chunk.length;
      done();
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

async function exportOnce(dir: string, id: string, format: ExportFormat, mode: string): Promise<void> {
  const db = await openDatabase({ dataDir: dir });
  const rssOpen = peakRss();
  const start = performance.now();
  let bytes: number;
  if (mode === 'legacy') {
    const body = await legacyRender(await microdata(db, id), format, 'en');
    bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  } else {
    const sink = counter();
    await pipeline(streamMicrodata(await microdataSource(db, id), format, 'en'), sink);
    bytes = sink.bytes;
  }
  const ms = performance.now() - start;
  await db.close();
  console.log(JSON.stringify({ ms: Math.round(ms), peakRssMb: peakRss(), rssAfterOpenMb: rssOpen, bytes }));
}

async function probe(dir: string, id: string, mode: string, token: string): Promise<void> {
  const db = await openDatabase({ dataDir: dir });
  const app = await buildApp({ db, appDir: null, logLevel: false });
  await loadXlsxWriter(); // as createServer does before it listens
  // The previous route: the whole table, then the whole workbook, then one send.
  app.get(`${API_PREFIX}/bench/legacy/:id`, async (request, reply) => {
    await requireRole(db, request, 'manager', 'analyst');
    const body = await legacyRender(await microdata(db, (request.params as { id: string }).id), 'xlsx', 'en');
    return reply.header('content-type', 'application/octet-stream').send(body);
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const headers = { authorization: `Bearer ${token}` };
  const timed = async (path: string): Promise<number> => {
    const t = performance.now();
    const res = await fetch(`${address}${API_PREFIX}${path}`, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return performance.now() - t;
  };
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) idle.push(await timed('/questionnaires'));
  const exportPath = mode === 'legacy' ? `/bench/legacy/${id}` : `/exports/${id}.xlsx`;
  // Where the waiting comes from: the event loop's delay (blocked by synchronous work: WASM
  // queries, encoding) measured over the same interval as the probes.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let running = true;
  const exports = Promise.all([0, 1, 2].map(() => timed(exportPath))).finally(() => {
    running = false;
  });
  const busy: number[] = [];
  while (running) {
    busy.push(await timed('/questionnaires'));
    await new Promise((r) => setTimeout(r, 50));
  }
  const exportMs = await exports;
  const total = performance.now() - start;
  loop.disable();
  const cpu = process.cpuUsage(cpu0);
  await app.close();
  await db.close();
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const q = (xs: number[], p: number) => Math.round(sorted(xs)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN);
  console.log(JSON.stringify({
    idleP50: q(idle, 0.5), busyP50: q(busy, 0.5), busyP95: q(busy, 0.95), busyMax: Math.round(Math.max(...busy)), probes: busy.length,
    exportsMs: exportMs.map(Math.round), totalMs: Math.round(total), peakRssMb: peakRss(),
    loopDelayP95: Math.round(loop.percentile(95) / 1e6), loopDelayMax: Math.round(loop.max / 1e6), cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  }));
}

const [command, dir, id, a, b] = process.argv.slice(2);
if (command === 'export') await exportOnce(dir ?? '', id ?? '', a as ExportFormat, b ?? 'stream');
else if (command === 'probe') await probe(dir ?? '', id ?? '', a ?? 'stream', process.env.BENCH_TOKEN ?? '');
else throw new Error(`unknown command ${command}`);
