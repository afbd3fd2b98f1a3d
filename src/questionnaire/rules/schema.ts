// Rule `schema`: the definition against SurveyJS's own JSON Schema (draft-07).
//
// The schema is generated from SurveyJS's class metadata and is stricter than SurveyJS itself in
// places, so it is relaxed once before compiling (see `relax`). Element arrays are validated one
// element at a time against the definition named by the element's `type`: the schema lists element
// kinds in an `anyOf` without a discriminator, whose errors would be unreadable.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import surveySchema from '../../../node_modules/survey-core/surveyjs_definition.json';
import { levenshtein, nearest } from '../nearest';
import { elementLabel, isObject, type JsonObject, type QuestionnaireModel } from '../model';
import type { RawFinding } from './finding';

/** Properties that hold answer values, which SurveyJS accepts of any JSON type. */
const anyValueProperties = new Set([
  'value', 'defaultValue', 'correctAnswer', 'valueTrue', 'valueFalse', 'setValue', 'defaultPanelValue',
  'defaultRowValue', 'min', 'max',
]);

function isElementList(schema: JsonObject): boolean {
  const items = schema.items;
  return isObject(items) && Array.isArray(items.anyOf)
    && items.anyOf.some((s) => isObject(s) && s.$ref === 'panel');
}

/**
 * Returns a copy that accepts what SurveyJS accepts: numeric enums are editor hints (any count of
 * columns or panels works), `type: string` enums that list booleans or numbers are generator slips,
 * value-holding properties take any JSON, and element, validator and trigger lists are checked one
 * item at a time against the definition their `type` names.
 */
function relax(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(relax);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = relax(value);
  if (Array.isArray(out.enum)) {
    const values = out.enum as unknown[];
    if (values.every((v) => typeof v === 'number')) delete out.enum;
    else if (out.type === 'string' && values.some((v) => typeof v !== 'string')) delete out.type;
  }
  if (isObject(out.properties)) {
    const props = out.properties;
    for (const key of Object.keys(props)) {
      if (anyValueProperties.has(key)) props[key] = {};
      else if (key === 'validators' || key === 'triggers' || (isObject(props[key]) && isElementList(props[key]))) {
        props[key] = { type: 'array', items: { type: 'object' } };
      }
    }
  }
  return out;
}

interface Compiled {
  root: ValidateFunction;
  /** Compiles the validator of one element type on first use. */
  forType: (type: string) => ValidateFunction | undefined;
  /** Validator of any definition by name (e.g. `numericvalidator`), compiled on first use. */
  forDefinition: (name: string) => ValidateFunction | undefined;
  types: string[];
}

let compiled: Compiled | undefined;

/** Compiles SurveyJS's schema on first use, each element type only when first met, then reuses it. */
function schemaValidators(): Compiled {
  if (compiled) return compiled;
  const schema = relax(surveySchema) as JsonObject;
  // The schema itself compiles in ajv's strict mode; the relaxed copy leaves some enums without a
  // `type`, which strict mode would log on every start.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(schema, 'surveyjs');
  const root = ajv.getSchema('surveyjs');
  if (!root) throw new Error('SurveyJS JSON Schema did not compile');
  const definitions = isObject(schema.definitions) ? schema.definitions : {};
  // Question and panel kinds are the definitions that an element list may hold.
  const panelbase = (surveySchema as JsonObject).definitions as { panelbase: { properties: { elements: { items: { anyOf: { $ref: string }[] } } } } };
  const types = panelbase.panelbase.properties.elements.items.anyOf.map((r) => r.$ref)
    .filter((k) => !['matrixdropdownbase', 'textbase', 'nonvalue'].includes(k) && k in definitions);
  const byType = new Map<string, ValidateFunction | undefined>();
  const forType = (type: string): ValidateFunction | undefined => {
    if (!types.includes(type)) return undefined;
    if (!byType.has(type)) byType.set(type, ajv.getSchema(type));
    return byType.get(type);
  };
  const byDefinition = new Map<string, ValidateFunction | undefined>();
  const forDefinition = (name: string): ValidateFunction | undefined => {
    if (!(name in definitions)) return undefined;
    if (!byDefinition.has(name)) byDefinition.set(name, ajv.getSchema(name));
    return byDefinition.get(name);
  };
  compiled = { root, forType, forDefinition, types };
  return compiled;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

function propertyPath(pointer: string): string {
  return pointer.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

/** Collapses ajv's errors (one per anyOf branch) into one readable sentence per location. */
function readableErrors(errors: ErrorObject[], instance: unknown): { path: string; message: string }[] {
  // A choice without a value is reported by the more specific `choice-missing-value` rule.
  const choiceWithoutValue = new Set(errors
    .filter((e) => e.keyword === 'required' && e.params.missingProperty === 'value').map((e) => e.instancePath));
  const relevant = errors.filter((e) => !choiceWithoutValue.has(e.instancePath));
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of relevant) {
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  const paths = [...byPath.keys()];
  const out: { path: string; message: string }[] = [];
  for (const [path, list] of byPath) {
    const deeper = paths.some((p) => p !== path && p.startsWith(`${path}/`));
    const concrete = list.filter((e) => !['anyOf', 'oneOf', 'allOf', 'if'].includes(e.keyword));
    if (concrete.length === 0) {
      if (!deeper) out.push({ path, message: 'has a form that SurveyJS does not accept' });
      continue;
    }
    const value = valueAt(instance, path);
    const typeErrors = concrete.filter((e) => e.keyword === 'type');
    const others = concrete.filter((e) => e.keyword !== 'type');
    if (others.length === 0 && deeper && isObject(value)) continue;
    if (typeErrors.length > 0 && (others.length === 0 || !isObject(value))) {
      const expected = [...new Set(typeErrors.map((e) => String(e.params.type)))];
      if (!(isObject(value) && expected.length > 1 && deeper)) {
        out.push({ path, message: `must be ${expected.join(' or ')}, found ${describe(value)}` });
      }
    }
    for (const e of others) {
      if (e.keyword === 'required') out.push({ path, message: `lacks the required property "${String(e.params.missingProperty)}"` });
      else if (e.keyword === 'enum') {
        const allowed = (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
        const shown = allowed.length > 8 ? `${allowed.slice(0, 8).join(', ')}, …` : allowed.join(', ');
        out.push({ path, message: `is ${describe(value)}, which is not one of ${shown}` });
      } else out.push({ path, message: `${e.message ?? 'is invalid'} (found ${describe(value)})` });
    }
  }
  const seen = new Set<string>();
  return out.filter((e) => {
    const key = `${e.path} ${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function schemaRule(model: QuestionnaireModel): RawFinding[] {
  const { root, forType, types } = schemaValidators();
  const findings: RawFinding[] = [];
  if (!root(model.definition)) {
    for (const e of readableErrors(root.errors ?? [], model.definition)) {
      findings.push({
        rule: 'schema', message: `${propertyPath(e.path) || 'the questionnaire'} ${e.message}`,
        fix: 'Correct the property as SurveyJS documents it (survey-core/surveyjs_definition.json).',
      });
    }
  }
  for (const element of model.elements) {
    if (element.kind === 'page') continue;
    const label = elementLabel(element);
    if (element.type === '') {
      findings.push({ question: label, rule: 'schema', message: 'the element has no "type"', fix: 'Add "type", e.g. "radiogroup", "text" or "panel".' });
      continue;
    }
    const validate = forType(element.type) ?? forType(element.type.toLowerCase());
    if (validate && element.type !== element.type.toLowerCase()) {
      findings.push({
        question: label, rule: 'schema', message: `element type "${element.type}" is not in lower case`,
        fix: `Write "${element.type.toLowerCase()}": the export and the analysis compare types exactly.`,
      });
    }
    if (!validate) {
      const guess = nearest(element.type, types);
      findings.push({
        question: label, rule: 'schema', message: `unknown element type "${element.type}"`,
        fix: guess ? `Did you mean "${guess}"?` : `Use one of SurveyJS's types: ${types.join(', ')}.`,
      });
      continue;
    }
    if (!validate(element.json)) {
      for (const e of readableErrors(validate.errors ?? [], element.json)) {
        findings.push({
          question: label, rule: 'schema',
          message: `${propertyPath(e.path) || `the ${element.type}`} ${e.message}`,
          fix: `Correct the property as SurveyJS documents it for a "${element.type}" (survey-core/surveyjs_definition.json).`,
        });
      }
    }
  }
  const typed = (list: unknown, suffix: string, kinds: string[], question: string | undefined, where: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      if (!isObject(item)) return;
      const at = `${where}[${i}]`;
      const kind = typeof item.type === 'string' ? item.type : '';
      const validate = schemaValidators().forDefinition(`${kind}${suffix}`);
      if (!validate) {
        const guess = nearest(kind, kinds);
        findings.push({
          question, rule: 'schema', message: kind === '' ? `${at} has no "type"` : `${at} has the unknown type "${kind}"`,
          fix: guess && kind !== '' ? `Did you mean "${guess}"?` : `Use one of: ${kinds.join(', ')}.`,
        });
      } else if (!validate(item)) {
        for (const e of readableErrors(validate.errors ?? [], item)) {
          findings.push({ question, rule: 'schema', message: `${at}.${propertyPath(e.path) || 'itself'} ${e.message}`, fix: `Correct the ${kind} ${suffix} as SurveyJS documents it.` });
        }
      }
    });
  };
  const validatorKinds = ['numeric', 'text', 'answercount', 'regex', 'email', 'expression'];
  const triggerKinds = ['visible', 'complete', 'setvalue', 'copyvalue', 'skip', 'runexpression'];
  for (const element of model.elements) {
    if (element.kind !== 'question') continue;
    typed(element.json.validators, 'validator', validatorKinds, elementLabel(element), 'validators');
    if (Array.isArray(element.json.columns)) {
      element.json.columns.forEach((c, i) => {
        if (isObject(c)) typed(c.validators, 'validator', validatorKinds, elementLabel(element), `columns[${i}].validators`);
      });
    }
  }
  typed(model.definition.triggers, 'trigger', triggerKinds, undefined, 'triggers');
  return findings;
}

type Definitions = Record<string, JsonObject>;

function propertyNames(name: string, definitions: Definitions, into = new Set<string>(), seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return into;
  seen.add(name);
  const collect = (node: unknown): void => {
    if (!isObject(node)) return;
    if (isObject(node.properties)) for (const key of Object.keys(node.properties)) into.add(key);
    if (typeof node.$ref === 'string') propertyNames(node.$ref.replace(/^#\/definitions\//, ''), definitions, into, seen);
    if (Array.isArray(node.allOf)) node.allOf.forEach(collect);
  };
  collect(definitions[name]);
  return into;
}

const propertyCache = new Map<string, Set<string>>();

/** Property names SurveyJS's schema documents for a definition (with its allOf bases). */
function knownProperties(name: string): Set<string> {
  let known = propertyCache.get(name);
  if (!known) {
    const definitions = (surveySchema as JsonObject).definitions as Definitions;
    known = name === 'survey'
      ? new Set(Object.keys((surveySchema as JsonObject).properties as JsonObject))
      : propertyNames(name, definitions);
    known.add('type');
    known.add('name');
    propertyCache.set(name, known);
  }
  return known;
}

/**
 * A misspelt property (`visibleif`, `isRequred`) is silently ignored by SurveyJS. Properties the
 * schema does not know are allowed (custom properties such as an ICCS code), unless they are one
 * letter-case change or a typo away from a documented one.
 */
function nearMiss(key: string, known: Set<string>): string | undefined {
  if (known.has(key)) return undefined;
  for (const candidate of known) if (candidate.toLowerCase() === key.toLowerCase()) return candidate;
  const allowed = key.length >= 9 ? 2 : key.length >= 5 ? 1 : 0;
  if (allowed === 0) return undefined;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of known) {
    const d = levenshtein(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

export function unknownPropertyRule(model: QuestionnaireModel): RawFinding[] {
  const findings: RawFinding[] = [];
  const check = (json: unknown, definition: string, question: string | undefined, where: string): void => {
    if (!isObject(json)) return;
    const known = knownProperties(definition);
    for (const key of Object.keys(json)) {
      const guess = nearMiss(key, known);
      if (guess) {
        findings.push({
          question, rule: 'unknown-property', message: `${where}${where ? '.' : ''}${key} is not a SurveyJS property, so SurveyJS ignores it`,
          fix: `Did you mean "${guess}"?`,
        });
      }
    }
  };
  const items = (list: unknown, definition: string, question: string, where: string): void => {
    if (Array.isArray(list)) list.forEach((item, i) => check(item, definition, question, `${where}[${i}]`));
  };
  check(model.definition, 'survey', undefined, '');
  const { types } = schemaValidators();
  for (const e of model.elements) {
    const label = elementLabel(e);
    const json = e.json;
    if (e.kind === 'page') check(json, 'page', label, '');
    else if (types.includes(e.type)) check(json, e.type, label, '');
    else continue;
    items(json.choices, e.type === 'matrixdropdown' || e.type === 'matrixdynamic' ? 'itemvalue' : 'choiceitem', label, 'choices');
    items(json.rows, 'itemvalue', label, 'rows');
    items(json.rateValues, 'ratingitem', label, 'rateValues');
    items(json.items, 'multipletextitem', label, 'items');
    items(json.columns, e.type === 'matrix' ? 'matrixcolumn' : 'matrixdropdowncolumn', label, 'columns');
    if (Array.isArray(json.validators)) {
      json.validators.forEach((v, i) => {
        if (isObject(v) && typeof v.type === 'string') check(v, `${v.type}validator`, label, `validators[${i}]`);
      });
    }
  }
  model.calculatedValues.forEach((c) => check(c.json, 'calculatedvalue', c.name || undefined, ''));
  const triggers = Array.isArray(model.definition.triggers) ? model.definition.triggers : [];
  triggers.forEach((t, i) => {
    if (isObject(t) && typeof t.type === 'string') check(t, `${t.type}trigger`, `triggers[${i}]`, '');
  });
  return findings;
}
