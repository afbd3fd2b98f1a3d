import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFinding, lintQuestionnaire, type LintFinding } from '../../../src/questionnaire';

const fixtures = join(__dirname, '../../fixtures/questionnaires');
const load = (path: string): unknown => JSON.parse(readFileSync(join(fixtures, path), 'utf8'));
const clean = load('clean/household.json');

// The first lint compiles SurveyJS's JSON Schema; on a busy machine that exceeds a test's timeout.
beforeAll(() => {
  lintQuestionnaire({ pages: [] });
}, 60_000);

/** Each broken questionnaire differs from clean/household.json by one defect (make-fixtures.mjs). */
const broken: Record<string, { rule: string; question?: string; mentions: string[] }> = {
  'schema-wrong-type': { rule: 'schema', question: 'age', mentions: ['isRequired', 'boolean'] },
  'schema-unknown-element-type': { rule: 'schema', question: 'sex', mentions: ['radiogrup', 'radiogroup'] },
  'schema-bad-enum': { rule: 'schema', question: 'vic_burglary_times', mentions: ['inputType', 'numeric'] },
  'duplicate-name': { rule: 'duplicate-name', question: 'age', mentions: ['dropdown'] },
  'duplicate-name-calculated': { rule: 'duplicate-name', question: 'sex', mentions: ['calculated value'] },
  'expression-syntax': { rule: 'expression-syntax', question: 'vic_burglary_when', mentions: ['visibleIf', 'character 21'] },
  'expression-unbalanced': { rule: 'expression-syntax', question: 'vic_burglary_times', mentions: ['visibleIf'] },
  'expression-unterminated-string': { rule: 'expression-syntax', question: 'vic_burglary_5y', mentions: ["'north"] },
  'expression-unknown-name': { rule: 'expression-unknown-name', question: 'vic_burglary_when', mentions: ['{vic_burglary_5yr}', 'Did you mean {vic_burglary_5y}?'] },
  'expression-unknown-name-page': { rule: 'expression-unknown-name', question: 'crime', mentions: ['{consnt}', '{consent}'] },
  'expression-unknown-panel-name': { rule: 'expression-unknown-name', question: 'inc_why_not', mentions: ['inc_reportd', '{panel.inc_reported}'] },
  'expression-template-without-prefix': { rule: 'expression-unknown-name', question: 'inc_why_not', mentions: ['{panel.inc_reported}'] },
  'expression-unknown-row-name': { rule: 'expression-unknown-name', question: 'trust', mentions: ['levl', '{row.level}'] },
  'expression-unknown-indexed-name': { rule: 'expression-unknown-name', question: 'first_incident_home', mentions: ['inc_were', 'inc_where'] },
  'expression-unknown-function': { rule: 'expression-unknown-function', question: 'vic_burglary_12m', mentions: ['iff()', 'iif()'] },
  'calculated-unknown-name': { rule: 'expression-unknown-name', question: 'vic_burglary_12m', mentions: ['vic_burglary_wen', '{vic_burglary_when}'] },
  'validator-unknown-name': { rule: 'expression-unknown-name', question: 'age', mentions: ['validators[0].expression', '{agee}'] },
  'trigger-unknown-name': { rule: 'expression-unknown-name', question: 'triggers[0]', mentions: ['{consen}', '{consent}'] },
  'choices-visible-if-unknown-name': { rule: 'expression-unknown-name', question: 'contacts', mentions: ['choicesVisibleIf', '{agge}'] },
  'expression-self-reference': { rule: 'expression-self-reference', question: 'region', mentions: ['visibleIf'] },
  'choice-missing-value': { rule: 'choice-missing-value', question: 'sex', mentions: ['choices[1]'] },
  'choice-duplicate': { rule: 'choice-duplicate', question: 'region', mentions: ['"north"'] },
  'choice-duplicate-column': { rule: 'choice-duplicate', question: 'trust', mentions: ['columns[name=level].choices[1]', 'choices[0]'] },
  'locale-missing': { rule: 'locale-missing', question: 'age', mentions: ['title', 'sq'] },
  'locale-missing-choice': { rule: 'locale-missing', question: 'vic_burglary_when', mentions: ['choices[value=2].text', 'sr-Latn'] },
  'locale-untranslated': { rule: 'locale-untranslated', question: 'consent', mentions: ['bs'] },
  'locale-script': { rule: 'locale-script', question: 'vic_burglary_times', mentions: ['sr', 'Latin'] },
  'export-name': { rule: 'export-name', question: 'VicBurglaryTimes', mentions: ['vic_burglary_times'] },
  'export-name-reserved': { rule: 'export-name', question: 'disposition', mentions: ['export writes itself'] },
  'reference-unknown-name': { rule: 'reference-unknown-name', question: 'triggers[1]', mentions: ['vic_burglary_tims', 'vic_burglary_times'] },
  'unknown-property': { rule: 'unknown-property', question: 'age', mentions: ['isrequired', '"isRequired"'] },
  'expression-unknown-value': { rule: 'expression-unknown-value', question: 'vic_burglary_when', mentions: ['{vic_burglary_5y}', '3', '1, 2, 8'] },
  'expression-label-instead-of-value': { rule: 'expression-unknown-value', question: 'vic_burglary_5y', mentions: ['"North"', 'north, south'] },
  'invalid-range': { rule: 'invalid-range', question: 'age', mentions: ['min 120', 'max 110'] },
  'choice-missing-text': { rule: 'choice-missing-text', question: 'region', mentions: ['choices[value=south]'] },
  'locale-unknown': { rule: 'locale-unknown', question: 'sex', mentions: ['"en"', '"default"'] },
  'schema-missing-name': { rule: 'schema', question: '(unnamed text at /pages/2/elements/2)', mentions: ['"name"'] },
  'not-a-questionnaire': { rule: 'not-a-questionnaire', mentions: ['"pagez"', '"pages"'] },
  'text-unknown-name': { rule: 'text-unknown-name', question: 'vic_burglary_times', mentions: ['title', '{vic_burglary_whn}', '{vic_burglary_when}'] },
  'schema-validator-property': { rule: 'schema', question: 'vic_burglary_times', mentions: ['validators[0].minValue', 'number'] },
  'schema-trigger-type': { rule: 'schema', mentions: ['triggers[0]', '"completed"', '"complete"'] },
  'schema-element-type-case': { rule: 'schema', question: 'region', mentions: ['"Dropdown"', '"dropdown"'] },
  'calculated-no-expression': { rule: 'calculated-no-expression', question: 'adult', mentions: ['no expression'] },
  'choices-empty': { rule: 'choices-empty', question: 'region', mentions: ['no choices'] },
  'locale-not-text': { rule: 'locale-missing', question: 'sex', mentions: ['title', 'sq'] },
  'expression-list-equality': { rule: 'expression-list-equality', question: 'region', mentions: ['never true', '{contacts} contains 1'] },
  'empty-page': { rule: 'empty-page', question: 'closing', mentions: ['no elements'] },
  'required-hidden': { rule: 'required-hidden', question: 'region', mentions: ['never be shown'] },
};

describe('lintQuestionnaire on a clean questionnaire', () => {
  it('finds nothing in the eight-locale fixture with panels, matrices, calculated values and triggers', () => {
    expect(lintQuestionnaire(clean)).toEqual([]);
  });

  it('refuses what is not a questionnaire', () => {
    expect(lintQuestionnaire({ indicators: [] }).map((f) => f.rule)).toEqual(['not-a-questionnaire']);
    expect(lintQuestionnaire([1, 2]).map((f) => f.rule)).toEqual(['not-a-questionnaire']);
  });
});

describe('lintQuestionnaire on broken questionnaires (one defect each)', () => {
  it('has a test case for every file in broken/', () => {
    const files = readdirSync(join(fixtures, 'broken')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual(Object.keys(broken).sort());
  });

  for (const [name, expected] of Object.entries(broken)) {
    it(`${name}: ${expected.rule} on ${expected.question}`, () => {
      const findings = lintQuestionnaire(load(`broken/${name}.json`), { fileName: `${name}.json` });
      expect(findings.map((f) => [f.rule, f.question])).toEqual([[expected.rule, expected.question]]);
      const [finding] = findings;
      const line = formatFinding(finding);
      for (const text of expected.mentions) expect(line).toContain(text);
      expect(finding.file).toBe(`${name}.json`);
      expect(finding.fix.length).toBeGreaterThan(5);
    });
  }
});

describe('lint without the JSON Schema rules (the app, under its CSP)', () => {
  it('leaves out schema and unknown-property findings and keeps the others', () => {
    expect(lintQuestionnaire(load('broken/unknown-property.json'), { schema: false })).toEqual([]);
    expect(lintQuestionnaire(load('broken/choice-duplicate.json'), { schema: false }).map((f) => f.rule)).toEqual(['choice-duplicate']);
  });
});

describe('versioning against the previous version', () => {
  const rules = (file: string): [string, string | undefined][] =>
    lintQuestionnaire(load(file), { previous: clean }).map((f: LintFinding) => [f.rule, f.question]);

  it('accepts an added value', () => {
    expect(rules('versions/v2-added-value.json')).toEqual([]);
  });
  it('catches a removed variable', () => {
    expect(rules('versions/v2-removed-name.json')).toEqual([['version-removed-name', 'region']]);
  });
  it('catches a removed choice value', () => {
    expect(rules('versions/v2-removed-value.json')).toEqual([['version-removed-value', 'region']]);
  });
  it('catches a value whose meaning was reused', () => {
    const findings = lintQuestionnaire(load('versions/v2-reused-value.json'), { previous: clean });
    expect(findings.map((f) => f.rule)).toEqual(['version-reused-value']);
    expect(findings[0].message).toContain('"South"');
    expect(findings[0].message).toContain('"East"');
  });
  it('catches a changed answer type', () => {
    const changed = structuredClone(clean) as { pages: { elements: { name: string; type: string }[] }[] };
    const sex = changed.pages[1].elements.find((e) => e.name === 'sex');
    if (!sex) throw new Error('fixture lacks sex');
    sex.type = 'checkbox';
    expect(lintQuestionnaire(changed, { previous: clean }).map((f) => [f.rule, f.question])).toEqual([['version-changed-type', 'sex']]);
  });
});

describe('options', () => {
  const withVariable = {
    pages: [{ name: 'p', elements: [{ type: 'text', name: 'q', visibleIf: "{interviewer_role} = 'x' and isSpecial({q})" }] }],
  };
  it('knows variables and functions that the app provides', () => {
    expect(lintQuestionnaire(withVariable).map((f) => f.rule).sort()).toEqual(['expression-unknown-function', 'expression-unknown-name', 'expression-self-reference'].sort());
    expect(lintQuestionnaire(withVariable, { variables: ['interviewer_role'], functions: ['isSpecial'] }).map((f) => f.rule))
      .toEqual(['expression-self-reference']);
  });
});

describe('name scopes', () => {
  const q = (pages: unknown[]): unknown => ({ pages });
  it('lets a page share a name with a question, since page names never reach the data', () => {
    expect(lintQuestionnaire(q([{ name: 'age', elements: [{ type: 'text', name: 'age' }] }]))).toEqual([]);
  });
  it('flags two pages with one name', () => {
    const findings = lintQuestionnaire(q([
      { name: 'p1', elements: [{ type: 'text', name: 'a' }] },
      { name: 'P1', elements: [{ type: 'text', name: 'b' }] },
    ]));
    expect(findings.map((f) => [f.rule, f.question])).toEqual([['duplicate-name', 'P1']]);
  });
  it('lets a dynamic panel template reuse a name of the survey level', () => {
    expect(lintQuestionnaire(q([{
      name: 'p', elements: [
        { type: 'text', name: 'sex' },
        { type: 'paneldynamic', name: 'members', templateElements: [{ type: 'text', name: 'sex' }] },
      ],
    }]))).toEqual([]);
  });
});

describe('the questionnaires in surveys/', { timeout: 30_000 }, () => {
  const dir = join(__dirname, '../../../surveys');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const questionnaires = files.filter((f) => {
    const json = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
    return Array.isArray(json.pages) || Array.isArray(json.elements);
  });

  it('include the standard questionnaires', () => {
    expect(questionnaires).toEqual(expect.arrayContaining(['victimization.json', 'corruption.json', 'safety.json', 'jha-admin.json']));
  });

  for (const file of questionnaires) {
    it(`${file} lints clean`, () => {
      const findings = lintQuestionnaire(JSON.parse(readFileSync(join(dir, file), 'utf8')), { fileName: file });
      expect(findings.map(formatFinding)).toEqual([]);
    });
  }
});

describe('versioning of matrix columns', () => {
  it('catches a removed column of a dropdown matrix', () => {
    const next = structuredClone(clean) as { pages: { elements: { name: string; columns?: unknown[] }[] }[] };
    const trust = next.pages[2].elements.find((e) => e.name === 'trust');
    if (!trust?.columns) throw new Error('fixture lacks trust');
    trust.columns.pop();
    expect(lintQuestionnaire(next, { previous: clean }).map((f) => [f.rule, f.question])).toEqual([['version-removed-name', 'trust.why']]);
  });
});

describe('more defects', () => {
  const rules = (q: unknown): [string, string | undefined][] => lintQuestionnaire(q).map((f) => [f.rule, f.question]);
  it('a table without rows or columns', () => {
    expect(rules({ pages: [{ name: 'p', elements: [{ type: 'matrix', name: 'mx', columns: [1, 2] }] }] }))
      .toEqual([['choices-empty', 'mx']]);
  });
  it('an export column made twice by different answers (a checkbox choice meets a question), but not a shared valueName', () => {
    const findings = lintQuestionnaire({ pages: [{ name: 'p', elements: [
      { type: 'checkbox', name: 'seen', choices: ['police'] },
      { type: 'text', name: 'seen__police' },
      { type: 'text', name: 'a1', valueName: 'shared' },
      { type: 'text', name: 'a2', valueName: 'shared' },
    ] }] });
    expect(findings.map((f) => [f.rule, f.question])).toEqual([['export-name', 'seen__police']]);
    expect(findings[0].message).toContain('"seen__police" of "seen__police" is already the column of "seen"');
  });
  it('an unknown questionnaire locale', () => {
    const findings = lintQuestionnaire({ locale: 'me', pages: [{ name: 'p', elements: [{ type: 'text', name: 'a' }] }] });
    expect(findings.map((f) => f.rule)).toEqual(['locale-unknown']);
    expect(findings[0].fix).toContain('"cnr"');
  });
  it('a matrix column without a name', () => {
    expect(rules({ pages: [{ name: 'p', elements: [{ type: 'matrixdropdown', name: 'm', rows: [1], columns: [{ cellType: 'text' }] }] }] }))
      .toEqual([['schema', 'm']]);
  });
});

describe('boolean comparisons', () => {
  it('accepts true/false/1/0 and flags a word', () => {
    const q = { pages: [{ name: 'p', elements: [
      { type: 'boolean', name: 'b' },
      { type: 'text', name: 'a', visibleIf: "{b} = true or {b} = 1 or {b} = 'false'" },
      { type: 'text', name: 'c', visibleIf: "{b} = 'yes'" },
    ] }] };
    expect(lintQuestionnaire(q).map((f) => [f.rule, f.question])).toEqual([['expression-unknown-value', 'c']]);
  });
});

describe('sub-names of composite questions', () => {
  const q = (visibleIf: string): unknown => ({ pages: [{ name: 'p', elements: [
    { type: 'paneldynamic', name: 'members', templateElements: [{ type: 'text', name: 'age' }] },
    { type: 'multipletext', name: 'contact', items: [{ name: 'phone' }] },
    { type: 'text', name: 'a', visibleIf },
  ] }] });
  it('accepts .length, entries and items', () => {
    expect(lintQuestionnaire(q('{members.length} > 1 and {members[0].age} >= 18 and {contact.phone} notempty'))).toEqual([]);
  });
  it('flags an item a multiple-text question does not have', () => {
    const findings = lintQuestionnaire(q('{contact.fax} notempty'));
    expect(findings.map((f) => f.rule)).toEqual(['expression-unknown-name']);
    expect(findings[0].fix).toContain('phone');
  });
});
