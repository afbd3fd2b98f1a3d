import { describe, expect, it } from 'vitest';
import { lintQuestionnaire, scriptInHtml } from '../../../src/questionnaire';
import { sanitizeDefinitionHtml, sanitizeQuestionnaireHtml } from '../../../src/server/services/questionnaire-html';

describe('scriptInHtml (the linter\'s check)', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', 'event-handler'],
    ['<IMG SRC=x OnError = "alert(1)">', 'event-handler'],
    ['<p>x</p><script>alert(1)</script>', '<script>'],
    ['<svg/onload=alert(1)>', '<svg>'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript:'],
    ['<a href = \' JaVaScRiPt:alert(1)\'>x</a>', 'javascript:'],
    ['<iframe src="https://evil"></iframe>', '<iframe>'],
    ['<img src="data:image/svg+xml,...">', 'data:'],
    ['<style>body{background:url(//evil)}</style>', '<style>'],
  ])('finds %s', (html, why) => {
    expect(scriptInHtml(html)).toContain(why);
  });

  it.each(['<p>Good day. <b>Your answers</b> are confidential.</p>', 'Age < 18 or online = yes', '<a href="https://stat.gov.mk">stat</a>', 'Questions on one page'])('passes %s', (html) => {
    expect(scriptInHtml(html)).toBeUndefined();
  });
});

describe('html-script lint rule', () => {
  it('reports script in an html element and in a localized title, with the locale', () => {
    const findings = lintQuestionnaire({
      pages: [{ name: 'p1', elements: [
        { type: 'html', name: 'intro', html: { default: '<p>Hi</p>', sq: '<img src=x onerror=alert(1)>' } },
        { type: 'text', name: 'q1', title: 'Age <script>x</script>' },
      ] }],
    }).filter((f) => f.rule === 'html-script');
    expect(findings.map((f) => [f.question, f.message.split(' holds ')[0]])).toEqual([['intro', 'html.sq'], ['q1', 'title']]);
  });
});

describe('sanitizing questionnaire HTML at publish (sanitize-html, the shared allow-list)', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '<img src="x" />'],
    ['<p>Hi <b>there</b><script>alert(1)</script></p>', '<p>Hi <b>there</b></p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="//evil.example/">x</a>', '<a>x</a>'],
    ['<svg><g onload=alert(1)></g></svg>', ''],
    ['<div style="color:red" onclick="x()">ok</div><iframe src=x></iframe>', '<div>ok</div>'],
    ['<p>Age &lt; 18</p>', '<p>Age &lt; 18</p>'],
    ['<a href="https://stat.gov.mk" title="MakStat">MakStat</a>', '<a href="https://stat.gov.mk" title="MakStat">MakStat</a>'],
  ])('%s → %s', (html, clean) => {
    expect(sanitizeQuestionnaireHtml(html)).toBe(clean);
  });

  it('cleans html and completedHtml in every locale, leaves titles (rendered as text) alone, counts the changes', () => {
    const { definition, changed } = sanitizeDefinitionHtml({
      title: 'Age < 18',
      completedHtml: { default: '<p>Thanks</p>', mk: '<p onclick="x">Благодарам</p>' },
      pages: [{ name: 'p', elements: [{ type: 'html', name: 'h', html: '<b>x</b><script>1</script>' }] }],
    });
    expect(changed).toBe(2);
    expect(definition).toEqual({
      title: 'Age < 18',
      completedHtml: { default: '<p>Thanks</p>', mk: '<p>Благодарам</p>' },
      pages: [{ name: 'p', elements: [{ type: 'html', name: 'h', html: '<b>x</b>' }] }],
    });
  });
});
