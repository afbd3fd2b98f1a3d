// The interview's SurveyJS model, built from the texts of the interview's language only (issue 17
// item 9: all eight locales made one 1.4 s task on a slow tablet). A language switch builds the
// model again in the new language and carries the answers, the page and the locked pages over.
import type { Model, PageModel } from 'survey-core';
import type { Locale } from '../../protocol';
import { definitionForLocale } from '../../questionnaire/localizable';
import { createSurveyModel } from './safe-model';
import { surveyLocaleOf } from './survey-locale';

export interface ModelState {
  locale: Locale;
  data: Record<string, unknown>;
  /** The page to show: a name (a rebuilt model), else an index among the visible pages (a stored draft). */
  page: string | number;
  /** Self-completion pages the interviewer took back: read-only and hidden. */
  lockedPages: readonly string[];
}

/** A locked self-completion page: kept with its answers, not shown or changed again. */
export function lockPage(page: PageModel | null | undefined): void {
  if (!page) return;
  page.readOnly = true;
  page.visible = false;
}

export function openInterviewModel(definition: Record<string, unknown>, state: ModelState): Model {
  const surveyLocale = surveyLocaleOf(state.locale);
  const model = createSurveyModel(definitionForLocale(definition, surveyLocale));
  model.locale = surveyLocale;
  model.data = state.data;
  for (const name of state.lockedPages) lockPage(model.getPageByName(name));
  if (typeof state.page === 'string') {
    const page = model.getPageByName(state.page);
    if (page?.isVisible) model.currentPage = page;
  } else if (state.page > 0 && state.page < model.pages.length) model.currentPageNo = state.page;
  return model;
}

/** The same interview in another language: answers, page and locks as in `model`. */
export function reopenInLocale(definition: Record<string, unknown>, model: Model, locale: Locale, lockedPages: readonly string[]): Model {
  return openInterviewModel(definition, {
    locale, data: model.data as Record<string, unknown>, page: model.currentPage?.name ?? model.currentPageNo, lockedPages,
  });
}
