// Issue 13 item 12: property-based fuzzing (fast-check) of what users and clients write — the
// analysis CSV reader, design.json, questionnaire JSON and the API's JSON body parser. Each must
// either succeed or fail with its own error (a stable code), never crash with anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalysisError } from '../../../analysis/errors';
import { readDesignSpec, parseDesignSpec } from '../../../analysis/design-spec';
import { readCsv } from '../../../analysis/io';
import { lintQuestionnaire } from '../../../src/questionnaire';
import { parseJsonBody } from '../../../src/server/json-body';
import { HttpProblem } from '../../../src/server/problems';

/** Text with what breaks parsers: quotes, separators, CR/LF, BOMs, NULs, lone surrogates, long numbers. */
const nastyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom('"', ',', ';', '\r', '\n', '\r\n', '\uFEFF', '\u0000', '\ud800', 'a', '1', '1e400', '-0', 'NA', ' ', '\t', 'é', 'ш'), { maxLength: 80 }).map((a) => a.join('')),
);

function only<E extends Error>(kind: new (...args: never[]) => E, run: () => unknown): void {
  try {
    run();
  } catch (err) {
    expect(err, String(err)).toBeInstanceOf(kind);
  }
}

describe('fuzzing the analysis CSV reader', () => {
  it('any bytes: a table or an AnalysisError, nothing else', () => {
    fc.assert(fc.property(fc.oneof(nastyText.map((t) => new TextEncoder().encode(t)), fc.uint8Array({ maxLength: 300 })), (bytes) => {
      only(AnalysisError, () => readCsv(bytes));
    }), { numRuns: 500 });
  });

  it('well-formed CSV of random cells: every row read back with its cells', () => {
    const cell = fc.string({ maxLength: 8 }).filter((s) => !/[\r\n",]/.test(s));
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }).chain((cols) => fc.tuple(
      fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/), { minLength: cols, maxLength: cols }),
      // A line of only empty cells is a blank line, which the reader skips; not generated here.
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }).filter((r) => r.some((c) => c.trim() !== '')), { minLength: 1, maxLength: 20 }),
      fc.constantFrom('\n', '\r\n'),
    )), ([header, rows, eol]) => {
      const text = [header.join(','), ...rows.map((r) => r.join(','))].join(eol) + eol;
      only(AnalysisError, () => {
        const table = readCsv(new TextEncoder().encode(text));
        expect(table.rowCount).toBe(rows.length);
      });
    }), { numRuns: 60 });
  });
});

describe('fuzzing design.json', () => {
  it('any JSON value or text: a design or AnalysisError bad-design', () => {
    const designish = fc.record({
      weights: fc.oneof(fc.string(), fc.jsonValue()),
      strata: fc.oneof(fc.string(), fc.jsonValue()),
      psu: fc.oneof(fc.string(), fc.jsonValue()),
      fpc: fc.jsonValue(),
      PSU: fc.jsonValue(),
    }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), designish), (json) => {
      only(AnalysisError, () => parseDesignSpec(json));
    }), { numRuns: 500 });
    fc.assert(fc.property(nastyText, (text) => {
      only(AnalysisError, () => readDesignSpec(text));
    }), { numRuns: 300 });
  });
});

describe('fuzzing questionnaire JSON through the linter', () => {
  const text = fc.oneof(fc.string({ maxLength: 20 }), fc.dictionary(fc.constantFrom('default', 'sq', 'mk', 'sr-Latn', 'xx'), fc.string({ maxLength: 10 })), fc.jsonValue({ maxDepth: 1 }));
  // Two levels (panels of questions) keep each case small; deeper nesting is the parser's test above.
  const fields = {
    type: fc.constantFrom('text', 'radiogroup', 'checkbox', 'dropdown', 'panel', 'paneldynamic', 'matrix', 'matrixdropdown', 'html', 'boolean', 'rating', 'expression', 'comment', 'tagbox', 'multipletext', 'bogus', 7),
    name: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/), fc.string({ maxLength: 5 }), fc.constant(null)),
    title: text,
    html: text,
    visibleIf: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('{a} = 1', '{panel.x} > {row.y}', 'iif({q}', "{q} = 'x' and ({r} notempty")),
    choices: fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ value: fc.jsonValue({ maxDepth: 1 }), text }, { requiredKeys: [] })), { maxLength: 4 }),
    isRequired: fc.jsonValue({ maxDepth: 1 }),
  };
  const leaf = fc.record(fields, { requiredKeys: ['type'] });
  const element = fc.record({
    ...fields,
    elements: fc.array(leaf, { maxLength: 3 }),
    templateElements: fc.array(leaf, { maxLength: 2 }),
    columns: fc.array(fc.oneof(fc.jsonValue({ maxDepth: 1 }), leaf), { maxLength: 3 }),
  }, { requiredKeys: ['type'] });
  const questionnaire = fc.record({
    title: text,
    pages: fc.oneof(fc.array(fc.record({ name: fc.string({ maxLength: 5 }), elements: fc.array(element, { maxLength: 4 }) }, { requiredKeys: [] }), { maxLength: 3 }), fc.jsonValue()),
    calculatedValues: fc.array(fc.record({ name: fc.string({ maxLength: 5 }), expression: fc.string({ maxLength: 20 }) }), { maxLength: 2 }),
    triggers: fc.array(fc.jsonValue(), { maxLength: 2 }),
  }, { requiredKeys: [] });

  it('random questionnaires and random JSON: findings, never a crash', () => {
    lintQuestionnaire({ pages: [] }); // compile SurveyJS's JSON Schema once, outside the timing
    fc.assert(fc.property(fc.oneof(questionnaire, fc.jsonValue({ maxDepth: 3 })), (definition) => {
      const findings = lintQuestionnaire(definition);
      expect(Array.isArray(findings)).toBe(true);
      for (const f of findings) expect(typeof f.rule).toBe('string');
    }), { numRuns: 150 });
  }, 120_000);
});

describe('fuzzing the API\'s JSON body parser', () => {
  it('any text: a value, or a 4xx problem', () => {
    fc.assert(fc.property(fc.oneof(nastyText, fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), fc.string({ unit: 'binary' }).map((s) => JSON.stringify({ data: { q: s } }))), (text) => {
      try {
        parseJsonBody(text);
      } catch (err) {
        expect(err).toBeInstanceOf(HttpProblem);
        expect((err as HttpProblem).problem.status).toBeGreaterThanOrEqual(400);
        expect((err as HttpProblem).problem.status).toBeLessThan(500);
      }
    }), { numRuns: 1000 });
  });
});
