/**
 * The product's eight locales, defined once: English, Albanian, Bosnian, Croatian, Macedonian,
 * Montenegrin, Serbian in Cyrillic (`sr`) and Serbian in Latin script (`sr-Latn`). Here, in the
 * leaf every other part may import (analysis/ imports nothing of src/), and re-exported as the
 * protocol's `locales` for the app, the server, the questionnaire tools and the CLI.
 */
export const LOCALES = ['en', 'sq', 'bs', 'hr', 'mk', 'cnr', 'sr', 'sr-Latn'] as const;
export type Locale = (typeof LOCALES)[number];
