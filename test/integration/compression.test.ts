// Issue 17 item 9: the app and the API go out compressed (br, else gzip) when the client asks,
// and decode to the very bytes of the file or the JSON; tiny bodies and clients that ask for
// nothing get them as they are.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './support/backends';
import { login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

function get(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

describe.each(backends)('compressed responses on %s', (backend) => {
  let t: TestServer;
  let token: string;
  const appDir = mkdtempSync(join(tmpdir(), 'jha-compress-'));
  const script = `export const words = ${JSON.stringify(Array.from({ length: 4000 }, (_, i) => `word-${i % 97}`))};\n`;
  beforeAll(async () => {
    mkdirSync(join(appDir, 'assets'));
    writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(appDir, 'assets', 'index-abc123.js'), script);
    t = await startTestServer(backend, { appDir });
    token = await login(t.base, 'interviewer', t.passwords.interviewer);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
    rmSync(appDir, { recursive: true, force: true });
  }, HOOK_TIMEOUT);

  const origin = () => t.base.replace(/\/api\/v1$/, '');

  it('sends a hashed asset as brotli when asked, gzip when only gzip is accepted, and plain otherwise', async () => {
    const br = await get(`${origin()}/assets/index-abc123.js`, { 'accept-encoding': 'br, gzip' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    const gz = await get(`${origin()}/assets/index-abc123.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);
    const plain = await get(`${origin()}/assets/index-abc123.js`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('compresses API JSON and keeps its no-store header', async () => {
    const plain = await get(`${origin()}/api/v1/questionnaires`, { authorization: `Bearer ${token}` });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get(`${origin()}/api/v1/questionnaires`, { authorization: `Bearer ${token}`, 'accept-encoding': 'br' });
    expect(br.status).toBe(200);
    expect(br.headers['cache-control']).toBe('no-store');
    if (plain.body.length >= 1024) {
      expect(br.headers['content-encoding']).toBe('br');
      expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    } else {
      expect(br.headers['content-encoding']).toBeUndefined();
    }
  });
});
