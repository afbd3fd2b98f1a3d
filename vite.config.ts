import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Chunks an interviewer's tablet never runs, by name: not precached, cached when first used.
// The analyst's screen, its worker (estimation, exceljs) and the report renderer.
const ANALYSIS_CHUNKS = ['AnalysisScreen', 'analysis.worker', 'analysis-report'];
// The manager's and admin's screens: supervision, preview and the questionnaire linter they load;
// the console (layout, sections, words, quality panel), the codebook builder and the analysis'
// file reader, and the JSON error reason the file pickers of managers and analysts share (the
// tablet bench lists any precached chunk the interviewer's screens do not import).
const MANAGER_CHUNKS = ['SupervisionScreen', 'PreviewScreen', 'linter', 'lint', 'ConsoleLayout', 'ConsoleScreen', 'QualityPanel', 'texts', 'build', 'io', 'esm', 'json-error'];
const chunkPattern = (names: readonly string[], ext: string): RegExp =>
  new RegExp(`/assets/(${names.map((n) => n.replace(/\./g, '\\.')).join('|')})-[\\w-]+\\.${ext}$`);

export default defineConfig({
  root: 'src/app',
  publicDir: 'public',
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    react(),
    VitePWA({
      // An update must never reload the page under an interviewer: the app shows a prompt instead.
      registerType: 'prompt',
      injectRegister: false,
      // The icons are not precached (issue 17 item 9): the page's own favicon request and the
      // service worker's install fetched icon-192.png twice; they are cached on first use instead.
      includeManifestIcons: false,
      manifest: {
        name: 'JHA Survey — interviewer',
        short_name: 'JHA Survey',
        description: 'Offline interviews for crime-victimization and corruption surveys',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f4f6f8',
        theme_color: '#1f4e79',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Precache everything the build emits, the lazily loaded runner chunk and its CSS included;
        // not the icons (below).
        globPatterns: ['**/*.{js,css,html,svg,ico,webmanifest,woff2}'],
        // …except the chunks interviewers never run (~0.8 MB gzip of analysis alone; linkedom the
        // browser never loads).
        globIgnores: [...ANALYSIS_CHUNKS, ...MANAGER_CHUNKS, 'linkedom'].map((name) => `**/${name}-*.js`),
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The API is never answered from a cache: the app keeps its data in IndexedDB.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [{
          // Icons (favicon, home-screen icons): fetched once by the page, then served from here offline.
          urlPattern: /\/icons\/[\w.-]+\.png$/,
          handler: 'CacheFirst',
          options: { cacheName: 'icons', expiration: { maxEntries: 8 } },
        }, {
          // Hashed file names never change content: the first visit caches them for offline use.
          urlPattern: chunkPattern(ANALYSIS_CHUNKS, 'js'),
          handler: 'CacheFirst',
          options: { cacheName: 'analysis-chunks', expiration: { maxEntries: 12 } },
        }, {
          // The manager's screens, cached on first use so a manager can still preview offline later.
          urlPattern: chunkPattern(MANAGER_CHUNKS, '(js|css)'),
          handler: 'CacheFirst',
          options: { cacheName: 'manager-chunks', expiration: { maxEntries: 24 } },
        }],
      },
    }),
  ],
  build: {
    outDir: '../../dist/app',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          // The questionnaire linter (ajv and SurveyJS's JSON Schema) serves only the manager's
          // preview; left alone, the bundler merges it into the chunk the interview runner loads.
          groups: [{
            // Evaluated before the rest of the app (main.tsx imports it first): a resumed
            // interview requests the runner chunk at once. In the shared app chunk it would run
            // only after React and every screen were evaluated. Vite's preload helper (which the
            // dynamic import calls) goes with it, else this chunk would import the entry chunk and
            // run before the helper is defined.
            name: 'runner-preload',
            test: /src[\\/]app[\\/]runner-preload\.ts$|vite[\\/]preload-helper/,
          }, {
            // React in a leaf chunk of its own: when the shared app chunks happen to import each
            // other (the grouping follows the module graph, which moves with every change), a chunk
            // evaluated before its importer must still find React defined — "t is not a function"
            // on a blank log-in screen otherwise.
            name: 'react',
            test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
          }, {
            name: 'linter',
            test: /src[\\/]questionnaire[\\/](lint|model|nearest|rules[\\/])|node_modules[\\/](ajv|fast-deep-equal|json-schema-traverse|fast-uri|require-from-string)[\\/]|surveyjs_definition\.json/,
          }, {
            // The analyst's report renderer (charts), loaded only after a run on the analysis screen.
            name: 'analysis-report',
            test: /analysis[\\/]tables[\\/]|surveys[\\/](victimization|corruption|safety)\.json|node_modules[\\/](@observablehq|d3|d3-[a-z-]+|internmap|delaunator|robust-predicates|interval-tree-1d|binary-search-bounds|isoformat)[\\/]/,
          }, {
            // The DOM the report renderer falls back to outside a browser: emitted, never fetched by the app.
            name: 'linkedom',
            test: /node_modules[\\/](linkedom|htmlparser2|css-select|css-what|cssomnom|html-escaper|uhyphen|domhandler|domutils|entities|boolbase|nth-check|dom-serializer|domelementtype)[\\/]/,
          }],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
