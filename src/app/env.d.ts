/// <reference types="vite-plugin-pwa/vanillajs" />

/** The package version, set by vite.config.ts; recorded in each interview's paradata. */
declare const __APP_VERSION__: string;
