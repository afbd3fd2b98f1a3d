// Server problems, network failures and assignment-file errors reach the interviewer in the
// interviewer's language, from stable codes; Serbian Latin is the transliteration of the Cyrillic.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assignmentRefusals, locales, problem, problemCatalogue, type ProblemCode } from '../../../src/protocol';
import { ApiError, NetworkError } from '../../../src/sync';
import { analysisFailureMessage } from '../../../src/app/i18n/problems';
import { errorText, problemText, PROBLEM_TEXTS, NETWORK_TEXT } from '../../../src/app/i18n';
import { catalogues } from '../../../src/app/i18n/catalogues';
import { ASSIGNMENT_REFUSAL_TEXTS, assignmentRefusalText } from '../../../src/app/supervision/assignment-refusals';
import { parseAssignmentFile } from '../../../src/app/supervision';
import { serbianLatin } from '../../../analysis/text/serbian-latin';

const codes = Object.keys(problemCatalogue) as ProblemCode[];
const cyrillic = /[\u0400-\u04FF]/;
/** A Latin letter glued to a Cyrillic one: a mistyped character (e.g. "Сè" with a Latin è). */
const mixedWord = /[\u0400-\u04FF][A-Za-z\u00C0-\u024F]|[A-Za-z\u00C0-\u024F][\u0400-\u04FF]/;

describe('server messages in the interviewer language', () => {
  it('translates every problem code into every locale, in the right script, never the English title', () => {
    for (const code of codes) {
      for (const locale of locales) {
        const text = PROBLEM_TEXTS[code][locale];
        expect(text.length, `${code} ${locale}`).toBeGreaterThan(5);
        if (locale !== 'en') expect(text, `${code} ${locale}`).not.toBe(PROBLEM_TEXTS[code].en);
        expect(cyrillic.test(text), `${code} ${locale}`).toBe(locale === 'sr' || locale === 'mk');
      }
      expect(PROBLEM_TEXTS[code]['sr-Latn']).toBe(serbianLatin(PROBLEM_TEXTS[code].sr));
    }
  });

  it('shows a wrong password, a 403 and a network failure in the locale', () => {
    expect(errorText(new ApiError(401, problem('invalid-credentials')), 'hr')).toBe('Pogrešno korisničko ime ili lozinka.');
    expect(errorText(new ApiError(403, problem('forbidden')), 'mk')).toMatch(/^Вашата улога/);
    expect(errorText(new NetworkError('fetch failed'), 'sq')).toBe(NETWORK_TEXT.sq);
    expect(errorText(new NetworkError('fetch failed'), 'sq')).not.toContain('fetch');
  });

  it('words an analysis run that failed on the server or the network; the engine\'s own messages stay', () => {
    expect(analysisFailureMessage({ code: 'network-error', message: 'the server cannot be reached (fetch failed)' }, 'bs')).toBe(NETWORK_TEXT.bs);
    expect(analysisFailureMessage({ code: 'forbidden', message: 'Your role or ownership does not allow this' }, 'mk')).toBe(PROBLEM_TEXTS.forbidden.mk);
    expect(analysisFailureMessage({ code: 'bad-design', message: 'strata column "stratum" is missing' }, 'sq')).toBe('strata column "stratum" is missing');
  });

  it('falls back to the server title, marked as the server\'s, for a code this version does not know', () => {
    expect(problemText({ code: 'brand-new' as ProblemCode, title: 'New thing' }, 'sr')).toBe('Сервер: New thing');
  });

  it('names assignment-file errors by a code every catalogue translates', () => {
    const demo = { pages: [{ name: 'p', elements: [{ type: 'text', name: 'region' }] }] };
    const bytes = (s: string) => new TextEncoder().encode(s);
    const file = parseAssignmentFile(bytes('interviewer,case_id,floor\nana,1,2\n,2,\nana,1,3\n'), 'demo', demo);
    expect(file.problems.map((p) => p.code)).toEqual(['assignmentFileUnknown', 'assignmentFileEmpty', 'assignmentFileDuplicate']);
    for (const p of file.problems) for (const locale of locales) expect(catalogues[locale][p.code].length).toBeGreaterThan(5);
    expect(parseAssignmentFile(bytes('who,case\nana,1\n'), 'demo', demo).problems[0].code).toBe('assignmentFileHeader');
  });
});

describe('no screen shows a server problem\'s English title or detail by itself', () => {
  // The title and detail are English; a screen words a problem through i18n/problems.ts (problemText,
  // errorText), supervision/assignment-refusals.ts (assignmentRefusalText), or console/failure.ts,
  // which add the detail after the translated text.
  const allowed = new Set(['i18n/problems.ts', 'supervision/assignment-refusals.ts', 'console/failure.ts']);
  const root = fileURLToPath(new URL('../../../src/app/', import.meta.url));
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => f.split(sep).join('/'));

  it('reads .problem.title / .problem.detail only in the modules that translate it', () => {
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) => !allowed.has(f) && /\bproblem\??\.(title|detail)\b/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('refused assignments in the supervisor\'s language', () => {
  it('words every refusal reason the server sends in every locale, in the right script, Serbian Latin transliterated', () => {
    for (const reason of assignmentRefusals) {
      for (const locale of locales) {
        const text = ASSIGNMENT_REFUSAL_TEXTS[reason][locale];
        if (locale !== 'en') expect(text, `${reason} ${locale}`).not.toBe(ASSIGNMENT_REFUSAL_TEXTS[reason].en);
        expect(cyrillic.test(text), `${reason} ${locale}`).toBe(locale === 'sr' || locale === 'mk');
        expect(text.match(/\{\w+\}/g), `${reason} ${locale}`).toEqual(ASSIGNMENT_REFUSAL_TEXTS[reason].en.match(/\{\w+\}/g));
      }
      expect(ASSIGNMENT_REFUSAL_TEXTS[reason]['sr-Latn']).toBe(serbianLatin(ASSIGNMENT_REFUSAL_TEXTS[reason].sr));
    }
  });

  it('fills the names in, and shows the English detail only for a problem without a known reason', () => {
    const misfit = problem('validation-failed', 'case A: sex=5 is not an answer of the question (expected one of 1, 2)', { reason: 'prefill-mismatch', answers: [{ name: 'sex', value: '5' }, { name: 'region', value: 'atlantis' }] });
    expect(assignmentRefusalText(misfit, 'mk')).toBe('Познат одговор не одговара на прашалникот: sex=5, region=atlantis.');
    expect(assignmentRefusalText(problem('validation-failed', 'x', { reason: 'questionnaire-unpublished', questionnaireId: 'household' }), 'sq')).toBe('Pyetësori household nuk është publikuar në server.');
    expect(assignmentRefusalText(problem('validation-failed', 'x', { reason: 'interviewer-disabled', interviewer: 'vesna' }), 'cnr')).toBe('Nalog korisnika vesna je onemogućen.');
    expect(assignmentRefusalText(problem('internal-error', 'boom'), 'hr')).toBe(`${PROBLEM_TEXTS['internal-error'].hr} (boom)`);
  });
});

describe('app catalogues', () => {
  it('writes Serbian Latin as the transliteration of Serbian Cyrillic, key by key', () => {
    for (const [key, text] of Object.entries(catalogues.sr)) expect(catalogues['sr-Latn'][key as keyof typeof catalogues.sr], key).toBe(serbianLatin(text));
  });

  it('has no Latin letter typed inside a Macedonian or Serbian Cyrillic word (Сѐ with Cyrillic ѐ)', () => {
    for (const locale of ['mk', 'sr'] as const) {
      for (const [key, text] of Object.entries(catalogues[locale])) expect(mixedWord.test(text), `${locale} ${key}: ${text}`).toBe(false);
    }
    expect(catalogues.mk.noInterviews).toMatch(/^Сѐ /);
  });
});
