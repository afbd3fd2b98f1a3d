// Issue 13 item 3 on the device: a body the server refuses at the edge (a NUL or a lone surrogate
// in an answer, 10,000 levels of nesting, version 2147483648) is a 4xx the outbox does not retry;
// the interview stays on the tablet and its card says why in the interviewer's language, naming
// variables, never values. The codes are the ones the server's parser really produces.
import { describe, expect, it } from 'vitest';
import { refusalMessage, refusedAnswers } from '../../../src/app/home/interview-facts';
import { translator } from '../../../src/app/i18n';
import { catalogues } from '../../../src/app/i18n/catalogues';
import { locales, SubmissionRequestSchema } from '../../../src/protocol';
import { parseJsonBody } from '../../../src/server/json-body';
import { HttpProblem } from '../../../src/server/problems';

function edgeCode(body: string): string {
  try {
    const parsed = parseJsonBody(body);
    return SubmissionRequestSchema.safeParse(parsed).success ? 'accepted' : 'validation-failed';
  } catch (err) {
    if (err instanceof HttpProblem) return err.problem.code;
    throw err;
  }
}

const submission = (data: string, version = '1') => `{"questionnaireId":"household","version":${version},"caseId":"C-1","data":${data},"paradata":{"startedAt":"2026-11-20T08:00:00.000Z"},"disposition":"1.1"}`;
const refused = {
  nul: submission('{"name":"Ana\\u0000"}'),
  loneSurrogate: submission('{"name":"Ana\\ud800"}'),
  deep: submission('{"a":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}'),
  version: submission('{"name":"Ana"}', '2147483648'),
};

describe('an upload refused at the edge, as the tablet shows it', () => {
  it.each(Object.entries(refused))('%s: a stable 4xx code that the card explains in every language', (_, body) => {
    const code = edgeCode(body);
    expect(['invalid-text', 'nesting-too-deep', 'validation-failed']).toContain(code);
    const key = refusalMessage[code];
    expect(key, code).toBeDefined();
    for (const locale of locales) {
      const text = translator(catalogues[locale])(key as NonNullable<typeof key>);
      expect(text).toBe(catalogues[locale][key as NonNullable<typeof key>]);
      if (locale !== 'en') expect(text, locale).not.toBe(catalogues.en[key as NonNullable<typeof key>]);
      if (locale === 'mk' || locale === 'sr') expect(text, locale).toMatch(/[\u0400-\u04FF]{4}/);
    }
  });

  it('a well-formed body is not refused (the probe above can tell the difference)', () => {
    expect(edgeCode(submission('{"name":"Ana 😀"}'))).toBe('accepted');
  });

  it('an answers-mismatch names the variables, and a value sent by mistake is never shown', () => {
    expect(refusedAnswers({ code: 'answers-mismatch', answers: [{ variable: 'age', reason: 'type' }, { variable: 'q2', value: 'secret' }, 'junk', null] })).toEqual(['age', 'q2']);
    expect(refusedAnswers({ code: 'invalid-text' })).toEqual([]);
  });
});
