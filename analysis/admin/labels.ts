/**
 * Labels of the administrative template in the eight locales, taken from surveys/jha-admin.json
 * itself (ICCS row labels, column and table titles), so the tables say what the form said.
 */
import adminJson from '../../surveys/jha-admin.json';
import type { Locale } from '../indicators/catalogue';

type Localized = Readonly<Record<string, string>>;
interface Element { name?: string; type?: string; choices?: { value: string | number; text?: Localized | string }[]; title?: Localized | string; rows?: { value: string; text?: Localized | string }[]; columns?: { name: string; title?: Localized | string }[]; elements?: Element[]; templateElements?: Element[] }

let cache: Map<string, Element> | undefined;
let questionCache: Map<string, Element> | undefined;

/** Every named element of the template (questions, matrices), collected on first use. */
function questions(): Map<string, Element> {
  if (questionCache) return questionCache;
  const found = new Map<string, Element>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    const e = node as Element;
    if (e.name) found.set(e.name, e);
    for (const k of ['pages', 'elements', 'templateElements']) if (k in e) visit((e as Record<string, unknown>)[k]);
  };
  visit(adminJson);
  questionCache = found;
  return found;
}

/** The template's matrices by name, collected on first use (no work at import time). */
function matrices(): Map<string, Element> {
  if (cache) return cache;
  const found = new Map<string, Element>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    const e = node as Element;
    if (e.name && (e.type === 'matrixdropdown' || e.type === 'matrixdynamic')) found.set(e.name, e);
    for (const k of ['pages', 'elements', 'templateElements']) if (k in e) visit((e as Record<string, unknown>)[k]);
  };
  visit(adminJson);
  cache = found;
  return found;
}

const pick = (t: Localized | string | undefined, locale: Locale, fallback: string): string => {
  if (t === undefined) return fallback;
  if (typeof t === 'string') return t;
  return t[locale] ?? t.default ?? t.en ?? fallback;
};

/** ICCS row codes of a table, as in the template (`i0101` → `0101`). */
export function templateRows(table: string): string[] {
  return (matrices().get(table)?.rows ?? []).map((r) => r.value.replace(/^i/, ''));
}

/** "0101 Intentional homicide" in the locale. */
export function iccsLabel(code: string, locale: Locale): string {
  for (const m of matrices().values()) {
    const row = m.rows?.find((r) => r.value === `i${code}`);
    if (row) return pick(row.text, locale, code);
  }
  return code;
}

export function tableTitle(table: string, locale: Locale): string {
  return pick(matrices().get(table)?.title, locale, table);
}

export function columnTitle(table: string, column: string, locale: Locale): string {
  return pick(matrices().get(table)?.columns?.find((c) => c.name === column)?.title, locale, column);
}

/** The label of a choice of a template question (e.g. adm_institution 1 → "Police"). */
export function choiceLabel(question: string, value: string | number, locale: Locale): string {
  const c = questions().get(question)?.choices?.find((x) => String(x.value) === String(value));
  return pick(c?.text, locale, String(value));
}
