// Every SurveyJS model of the app is made here, so that no questionnaire HTML reaches the page
// unsanitized (issue 13 item 1). The server sanitized it at publish; this is the second line,
// for a version published before that or a miss, and the CSP forbids inline script as the third.
import DOMPurify from 'dompurify';
import { Model } from 'survey-core';
// The allow-list module itself, not the questionnaire index: the index brings the whole linter
// (which imports survey-core), and in the bundle that made a chunk cycle with survey-core's
// chunk ("a is not a constructor" when the supervision screen loaded).
import { allowedHtmlAttributes, allowedHtmlTags, allowedUrlPattern } from '../../questionnaire/html-policy';

/** The questionnaire HTML allow-list applied by DOMPurify. */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: [...allowedHtmlTags],
    ALLOWED_ATTR: [...allowedHtmlAttributes],
    ALLOWED_URI_REGEXP: allowedUrlPattern,
  });
}

/**
 * A SurveyJS model whose rendered HTML (html elements, completedHtml…) is sanitized after
 * SurveyJS pipes answers into it: `{q1}` in an html element is replaced with the raw answer, so
 * sanitizing the definition alone would let a respondent's typed `<img onerror>` through.
 * SurveyModel.processHtml is the one method every such text goes through (survey-core 3).
 */
export function createSurveyModel(definition: object): Model {
  const model = new Model(definition);
  const process = model.processHtml.bind(model);
  model.processHtml = (html: string, reason?: string) => sanitizeHtml(process(html, reason));
  return model;
}
