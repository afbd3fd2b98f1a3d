// survey-core ships its dictionaries without type declarations; each module registers its
// locale with setupLocale when imported and exports the strings.
declare module 'survey-core/i18n/serbian' {
  export const serbianStrings: Record<string, string>;
}
declare module 'survey-core/i18n/croatian' {
  export const croatianStrings: Record<string, string>;
}
declare module 'survey-core/i18n/macedonian' {
  export const macedonianSurveyStrings: Record<string, string>;
}
