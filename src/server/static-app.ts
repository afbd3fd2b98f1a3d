// Serves the built PWA (dist/app): hashed assets cached for a year, index.html, the service
// worker and the manifest revalidated on every load (so a new deployment reaches tablets),
// and client-side routes answered with index.html.
import { existsSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import { constants as zlib } from 'node:zlib';

/**
 * The Content-Security-Policy of every response (issue 13 items 1 and 7): script only from this
 * origin's files (Vite emits no inline script; the service worker is /sw.js), so an injection
 * that slipped past both sanitizers still cannot run. Styles allow 'unsafe-inline' because
 * Observable Plot writes a <style> into each chart; style attributes are stripped from
 * questionnaire HTML. Images may come from https: (questionnaire pictures) and data: (SurveyJS icons).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every response, API and app alike. HSTS is the TLS proxy's (docs/security.md). */
export const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const REVALIDATE = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);

export function cacheControlFor(filePath: string): string {
  if (filePath.includes(`${sep}assets${sep}`)) return 'public, max-age=31536000, immutable';
  if (REVALIDATE.has(basename(filePath)) || /^workbox-[\w-]+\.js$/.test(basename(filePath))) return 'no-cache';
  return 'public, max-age=3600';
}

export const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>jha-survey</title>
<p>The jha-survey app is not built yet. Run <code>npm run build</code> (or <code>npm start</code>, which builds first).
The API is available under <code>/api/v1</code>.</p></html>`;

/**
 * Compressed responses, API and app alike (issue 17 item 9: 869 KB of the log-in screen went out
 * uncompressed; a tablet on a rural 3G link pays for every byte). Brotli at quality 5 costs the
 * server a few milliseconds per asset, which the year-long immutable cache of hashed assets makes
 * rare; quality 11 (zlib's default) would take a second per large chunk. Bodies under 1 KB are
 * sent as they are.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
}

/** Registers the PWA (when built) and returns how to answer a non-API GET that matched no file. */
export async function registerStaticApp(app: FastifyInstance, appDir: string | null): Promise<(reply: FastifyReply) => FastifyReply> {
  if (appDir === null || !existsSync(join(appDir, 'index.html'))) {
    app.get('/', (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(NOT_BUILT_PAGE));
    return (reply) => reply.code(404).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(NOT_BUILT_PAGE);
  }
  await app.register(fastifyStatic, {
    root: appDir,
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders: (res, filePath) => res.setHeader('cache-control', cacheControlFor(filePath)),
  });
  return (reply) => reply.code(200).sendFile('index.html');
}
