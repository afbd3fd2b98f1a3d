// Issue 17 item 9: the interview's model is built from the interviewer's locale only. What a
// person sees must not change: every text of every element, in every locale, as with all eight.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Model, type Question } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { openInterviewModel, reopenInLocale } from '../../../src/app/runner/open-model';
import { surveyLocaleOf } from '../../../src/app/runner/survey-locale';
import { locales } from '../../../src/protocol';
import { definitionForLocale, registerSelectionFunctions, textKeysRead } from '../../../src/questionnaire';

// The standard questionnaires call the selection functions in expressions, as on the tablet.
registerSelectionFunctions();

const root = join(import.meta.dirname, '..', '..', '..');
const questionnaire = (id: string) => JSON.parse(readFileSync(join(root, 'surveys', `${id}.json`), 'utf8')) as Record<string, unknown>;

/** Every text SurveyJS shows for the questionnaire in one locale: titles, descriptions, choices, page titles. */
function shownTexts(model: Model): string[] {
  const out: string[] = [model.title, model.description];
  for (const page of model.pages) out.push(`${page.name}: ${page.title} | ${page.description}`);
  for (const q of model.getAllQuestions(false) as Question[]) {
    out.push(`${q.name}: ${q.title} | ${q.description} | ${q.requiredErrorText ?? ''} | ${(q as unknown as { placeholder?: string }).placeholder ?? ''}`);
    const choices = (q as unknown as { choices?: Array<{ value: unknown; text: string }> }).choices ?? [];
    for (const c of choices) out.push(`${q.name}=${String(c.value)}: ${c.text}`);
  }
  return out;
}

describe('definitionForLocale', () => {
  it('keeps the keys SurveyJS reads for a locale: the locale, its root dialect, English’s en, default', () => {
    expect([...textKeysRead('')].sort()).toEqual(['default', 'en']);
    expect([...textKeysRead('mk')].sort()).toEqual(['default', 'mk']);
    expect([...textKeysRead('sr-Latn')].sort()).toEqual(['default', 'sr', 'sr-Latn']);
  });

  it('reduces text objects under localizable properties and leaves values, names and expressions alone', () => {
    const definition = {
      title: { default: 'Survey', mk: 'Анкета', sq: 'Anketa' },
      pages: [{
        name: 'p1',
        elements: [{
          type: 'radiogroup', name: 'q1', title: { default: 'Sex', mk: 'Пол', hr: 'Spol' }, visibleIf: '{a} = 1',
          // A data value shaped like a text object (a multipletext item named "mk") is not a text.
          defaultValue: { mk: 'x', sq: 'y' },
          choices: [{ value: 1, text: { default: 'Male', mk: 'Машко' } }, { value: { mk: 'v' }, text: 'Plain' }],
        }, {
          type: 'text', name: 'q2',
          // Only a language the interview is not in: kept whole, as SurveyJS would treat it.
          title: { hr: 'Samo hrvatski' },
        }],
      }],
    };
    const mk = definitionForLocale(definition, 'mk');
    expect(mk.title).toEqual({ default: 'Survey', mk: 'Анкета' });
    const q1 = mk.pages[0].elements[0];
    expect(q1.title).toEqual({ default: 'Sex', mk: 'Пол' });
    expect(q1.visibleIf).toBe('{a} = 1');
    expect(q1.defaultValue).toEqual({ mk: 'x', sq: 'y' });
    expect(q1.choices).toEqual([{ value: 1, text: { default: 'Male', mk: 'Машко' } }, { value: { mk: 'v' }, text: 'Plain' }]);
    expect(mk.pages[0].elements[1].title).toEqual({ hr: 'Samo hrvatski' });
    // The input is not changed.
    expect(definition.title).toEqual({ default: 'Survey', mk: 'Анкета', sq: 'Anketa' });
    expect(definitionForLocale(definition, '').title).toEqual({ default: 'Survey' });
  });

  for (const id of ['victimization', 'corruption', 'safety']) {
    it(`shows the same texts as the full ${id} questionnaire in every locale, with fewer texts in the model`, () => {
      const full = questionnaire(id);
      for (const locale of locales) {
        const code = surveyLocaleOf(locale);
        const reference = new Model(full);
        reference.locale = code;
        const reduced = new Model(definitionForLocale(full, code));
        reduced.locale = code;
        expect(shownTexts(reduced), `${id} in ${locale}`).toEqual(shownTexts(reference));
      }
      expect(JSON.stringify(definitionForLocale(full, 'mk')).length).toBeLessThan(JSON.stringify(full).length / 2);
    });
  }
});

describe('openInterviewModel and reopenInLocale', () => {
  const definition = {
    pages: [
      { name: 'p1', title: { default: 'One', mk: 'Еден', sq: 'Një' }, elements: [{ type: 'text', name: 'a', title: { default: 'A', mk: 'А', sq: 'A sq' } }] },
      { name: 'casi_1', elements: [{ type: 'text', name: 'b' }] },
      { name: 'p3', title: { default: 'Three', mk: 'Три', sq: 'Tre' }, elements: [{ type: 'text', name: 'c', title: { default: 'C', mk: 'Ц', sq: 'C sq' } }] },
    ],
  };

  it('opens a draft in its language at its page with its answers and locks, and keeps them through a language switch', () => {
    const model = openInterviewModel(definition, { locale: 'mk', data: { a: 'x', b: 'secret' }, page: 1, lockedPages: ['casi_1'] });
    expect(model.locale).toBe('mk');
    // Page index among the visible pages: casi_1 is locked, so 1 is p3.
    expect(model.currentPage.name).toBe('p3');
    expect(model.getQuestionByName('c').title).toBe('Ц');
    expect(model.getPageByName('casi_1').isVisible).toBe(false);
    model.setValue('c', 'y');

    const sq = reopenInLocale(definition, model, 'sq', ['casi_1']);
    expect(sq).not.toBe(model);
    expect(sq.locale).toBe('sq');
    expect(sq.currentPage.name).toBe('p3');
    expect(sq.getQuestionByName('c').title).toBe('C sq');
    expect(sq.data).toEqual({ a: 'x', b: 'secret', c: 'y' });
    expect(sq.getPageByName('casi_1').readOnly).toBe(true);
    // Only the interview's language is in the model: Macedonian is gone from the Albanian one.
    expect(sq.getQuestionByName('c').locTitle.getLocaleText('mk')).toBe('');

    const en = reopenInLocale(definition, sq, 'en', ['casi_1']);
    expect(en.locale).toBe('');
    expect(en.getQuestionByName('c').title).toBe('C');
    expect(en.currentPage.name).toBe('p3');
  });
});
