// `html-script`: a text that would run script when rendered as HTML (an <img onerror=…> in an
// html element, a <script> in a title). The server's and the app's sanitizers remove such markup
// anyway; the finding tells the author, and the server refuses to publish it.
import { isObject, type QuestionnaireModel } from '../model';
import { scriptInHtml } from '../html-policy';
import type { RawFinding } from './finding';

function strings(value: unknown): [string, string][] {
  if (typeof value === 'string') return [['', value]];
  if (!isObject(value)) return [];
  return Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string').map(([locale, text]) => [`.${locale}`, text]);
}

export function htmlRule(model: QuestionnaireModel): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const site of model.texts) {
    for (const [locale, text] of strings(site.value)) {
      const why = scriptInHtml(text);
      if (why === undefined) continue;
      findings.push({
        question: site.owner,
        rule: 'html-script',
        message: `${site.where || site.property}${locale} holds ${why}, which would run script on the interviewer's tablet`,
        fix: 'Use formatting markup only (p, b, i, ul, table, img with an http(s) src…); no script, style, frames, forms or on… attributes.',
      });
    }
  }
  return findings;
}
