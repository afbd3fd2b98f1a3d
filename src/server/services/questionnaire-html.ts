// Sanitizes the HTML a questionnaire carries before it is stored (issue 13 item 1): what the
// allow-list of src/questionnaire/html-policy.ts does not name is removed. The app sanitizes
// again when it renders (DOMPurify), so a miss on either side is not a breach, and the CSP
// (app.ts) forbids inline script as a third line.
// sanitize-html rather than DOMPurify here: DOMPurify needs a full DOM and silently returns its
// input unchanged under linkedom (isSupported is false), which would be worse than nothing.
import sanitizeHtml from 'sanitize-html';
import { allowedHtmlAttributes, allowedHtmlTags, allowedUrlSchemes, htmlProperties } from '../../questionnaire/html-policy';

type Json = Record<string, unknown>;

const options: sanitizeHtml.IOptions = {
  allowedTags: [...allowedHtmlTags],
  allowedAttributes: { '*': [...allowedHtmlAttributes] },
  allowedSchemes: [...allowedUrlSchemes],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  // Disallowed elements are dropped with their content when it is code, kept as text otherwise.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
  disallowedTagsMode: 'discard',
};

export function sanitizeQuestionnaireHtml(html: string): string {
  return sanitizeHtml(html, options);
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of the definition with every HTML-rendered text (html, completedHtml… in every locale)
 * sanitized, and the number of texts that changed. Plain texts (titles, choices) are left alone:
 * SurveyJS renders them as text, and escaping them would corrupt "age < 18".
 */
export function sanitizeDefinitionHtml(definition: Json): { definition: Json; changed: number } {
  let changed = 0;
  const clean = (text: string): string => {
    const out = sanitizeQuestionnaireHtml(text);
    if (out !== text) changed++;
    return out;
  };
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!isRecord(value)) return value;
    const out: Json = {};
    for (const [key, child] of Object.entries(value)) {
      if (htmlProperties.has(key) && typeof child === 'string') out[key] = clean(child);
      else if (htmlProperties.has(key) && isRecord(child)) {
        out[key] = Object.fromEntries(Object.entries(child).map(([locale, text]) => [locale, typeof text === 'string' ? clean(text) : text]));
      } else out[key] = visit(child);
    }
    return out;
  };
  return { definition: visit(definition) as Json, changed };
}
