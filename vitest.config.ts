import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests (run by `npm run check`), integration tests over real
// HTTP against a real database, and browser tests driving Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        // Not isolated: the 190 files share one module graph per worker instead of importing
        // the analysis and survey modules afresh for each file (4 min → 2 min on 2 cores).
        test: {
          name: 'unit', include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'], environment: 'node', testTimeout: 30_000,
          isolate: false, maxWorkers: 2, globalSetup: ['test/setup/build-cli.ts'],
          // Dexie reads the global indexedDB once, when a worker first imports it; with a shared
          // module graph that is whichever file runs first, so the in-memory IndexedDB is there
          // before any file (a file without it running first left Dexie without one for the rest).
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        // Two workers on two cores: these tests mostly wait on servers, databases and CLI processes.
        test: {
          name: 'integration', include: ['test/integration/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000,
          maxWorkers: 2, globalSetup: ['test/setup/build-cli.ts', 'test/setup/pglite-template.ts'],
        },
      },
      {
        // Two files at a time: each has its own server (port, data directory) and its own
        // Chromium, and a browser test waits on both more than it computes. One file at a time
        // took 437 s, two 291 s (17 files, 73 tests, same 2-core machine), and even at two the
        // CPU time was 290 s: one core busy on average.
        test: {
          name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node',
          testTimeout: 120_000, hookTimeout: 120_000, maxWorkers: 2, globalSetup: ['test/setup/e2e-template.ts'],
        },
      },
    ],
  },
});
