// What HTML a questionnaire may carry. SurveyJS renders the `html` element and the survey's
// *Html texts as markup, so a published questionnaire could otherwise run script in the
// interviewer app (where the session token lives). One allow-list, used by the server's
// sanitizer at publish (sanitize-html), the app's sanitizer at render (DOMPurify) and the linter.

/** Properties SurveyJS renders as HTML (everything else — titles, choices — is rendered as text). */
export const htmlProperties: ReadonlySet<string> = new Set(['html', 'completedHtml', 'completedBeforeHtml', 'loadingHtml']);

/** Formatting and structure only: no script, style, form, frame, object, SVG or MathML. */
export const allowedHtmlTags: readonly string[] = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'code', 'col', 'colgroup', 'dd', 'del', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p',
  'pre', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
];

/** Attributes allowed on any allowed tag; no event handler (`on…`) and no `style` (CSS can exfiltrate too). */
export const allowedHtmlAttributes: readonly string[] = [
  'alt', 'class', 'colspan', 'dir', 'height', 'href', 'lang', 'rowspan', 'scope', 'src', 'title', 'width',
];

/** URL schemes allowed in href/src; relative URLs stay allowed. Not javascript:, data:, vbscript:. */
export const allowedUrlSchemes: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** DOMPurify's ALLOWED_URI_REGEXP for the schemes above (anything without a scheme is relative). */
export const allowedUrlPattern = new RegExp(`^(?:(?:${allowedUrlSchemes.join('|')}):|[^a-z]|[a-z+.\\-]+(?:[^a-z+.\\-:]|$))`, 'i');

/**
 * Why a text would run script if rendered as HTML, or undefined. This is the linter's cheap
 * check (a finding for the author); the sanitizers are the guard and remove what it misses.
 */
export function scriptInHtml(text: string): string | undefined {
  const tag = /<\s*(script|iframe|frame|object|embed|applet|base|form|meta|link|style|svg|math)\b/i.exec(text);
  if (tag) return `a <${tag[1].toLowerCase()}> element`;
  const handler = /<[a-z][^>]*?[\s/"']on[a-z]+\s*=/i.exec(text);
  if (handler) return 'an event-handler attribute (on…=)';
  const url = /\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data)\s*:/i.exec(text);
  if (url) return `a ${url[1].toLowerCase()}: URL`;
  return undefined;
}
