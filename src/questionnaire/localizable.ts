// Which properties of a SurveyJS definition hold texts for people, and the definition reduced to
// the texts of one locale. A leaf module (nothing of the linter) so the interview runner can use
// it without loading the linter's chunk.

/** Properties whose value is shown to people and so must exist in every locale. */
export const localizableProperties: ReadonlySet<string> = new Set([
  'title', 'description', 'text', 'html', 'placeholder', 'requiredErrorText', 'otherText', 'noneText',
  'refuseText', 'dontKnowText', 'selectAllText', 'otherPlaceholder', 'otherErrorText', 'commentText',
  'commentPlaceholder', 'labelTrue', 'labelFalse', 'minRateDescription', 'maxRateDescription',
  'completedHtml', 'completedBeforeHtml', 'loadingHtml', 'startSurveyText', 'pagePrevText', 'pageNextText',
  'completeText', 'previewText', 'editText', 'navigationTitle', 'navigationDescription', 'templateTitle',
  'templateTabTitle', 'templateDescription', 'tabTitlePlaceholder', 'noEntriesText', 'addPanelText',
  'removePanelText', 'prevPanelText', 'nextPanelText', 'addRowText', 'removeRowText', 'noRowsText',
  'confirmDeleteText', 'keyDuplicationError', 'minErrorText', 'maxErrorText', 'stepErrorText', 'cellHint',
  'totalText', 'totalFormat', 'defaultDisplayValue', 'filePlaceholder', 'photoPlaceholder',
  'fileOrPhotoPlaceholder', 'placeholderReadOnly', 'createCustomChoiceText', 'singleInputTitleTemplate',
  'selectToRankEmptyRankedAreaText', 'selectToRankEmptyUnrankedAreaText',
]);

/**
 * The keys of a text object SurveyJS may read when showing `surveyLocale` (its code, '' for
 * English): the locale, then for English its `en` key, then the root dialect (`sr` for
 * `sr-Latn`), then `default` (survey-core 3, LocalizableString.pureText).
 */
export function textKeysRead(surveyLocale: string): ReadonlySet<string> {
  const keys = new Set(['default']);
  if (surveyLocale === '') keys.add('en');
  else {
    keys.add(surveyLocale);
    const dash = surveyLocale.indexOf('-');
    if (dash > 0) keys.add(surveyLocale.slice(0, dash));
  }
  return keys;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A copy of a questionnaire definition whose text objects keep only the keys SurveyJS reads for
 * one locale (issue 17 item 9: building the interview's model from all eight locales took one
 * 1.4 s task on a slow tablet). Shown texts are unchanged: every key the fallback chain can reach
 * stays. A text object is a string-valued object under a localizable property; one that would be
 * left with no key is kept whole, so an untranslated text behaves exactly as before.
 */
export function definitionForLocale<T>(definition: T, surveyLocale: string): T {
  const keep = textKeysRead(surveyLocale);
  // Plain loops, no entries arrays: this walks every node of the questionnaire while a resumed
  // interview waits for its first question (~0.1 s of a 4×-throttled start with Object.entries).
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const child = value[key];
      out[key] = localizableProperties.has(key) && isRecord(child) ? onlyLocale(child, keep) : walk(child);
    }
    return out;
  };
  return walk(definition) as T;
}

/** The kept keys of a text object (in its order); the object itself if it is not one, or none is kept. */
function onlyLocale(texts: Record<string, unknown>, keep: ReadonlySet<string>): Record<string, unknown> {
  let kept: Record<string, unknown> | undefined;
  for (const key of Object.keys(texts)) {
    const text = texts[key];
    if (typeof text !== 'string') return texts;
    if (keep.has(key)) (kept ??= {})[key] = text;
  }
  return kept ?? texts;
}
