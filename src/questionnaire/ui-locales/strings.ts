import type { englishStrings } from 'survey-core';

/** SurveyJS's own interface strings (buttons, errors, progress): one value per English key. */
export type SurveyUiStrings = { [K in keyof typeof englishStrings]: string };
export type SurveyUiKey = keyof SurveyUiStrings;
