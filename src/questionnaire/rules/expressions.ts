// Rules about expressions: `expression-syntax`, `expression-unknown-name`,
// `expression-unknown-function`, `expression-self-reference`. Parsing is SurveyJS's own parser,
// so what passes here is what the tablet will run.
import { ConditionsParser, FunctionFactory, type Operand } from 'survey-core';
import { registerSelectionFunctions } from '../selection';
import { repeatedNames, subNames, type ElementNode, type ExpressionSite, type QuestionnaireModel } from '../model';
import { nearest } from '../nearest';
import type { RawFinding } from './finding';
import { textsByLocale } from './locales';

/** Variables SurveyJS provides everywhere (settings.expressionVariables and survey variables). */
const globalVariables = ['locale', 'pageno', 'pagecount', 'correctanswers', 'incorrectanswers', 'questioncount', 'survey', 'self', 'composite', 'parent'];
const panelVariables = ['panel', 'prevpanel', 'nextpanel', 'parentpanel', 'panelindex', 'visiblepanelindex'];
const rowVariables = ['row', 'prevrow', 'nextrow', 'totalrow', 'rowindex', 'visiblerowindex', 'rowvalue', 'rowname', 'rowtitle', 'matrix', 'column'];
const itemVariables = ['item', 'choice'];

export interface ParsedExpression {
  operand: Operand;
  variables: string[];
  functions: string[];
}

export interface ParseError {
  position: number;
  message: string;
}

// Made on first use, not at module load: in the app's bundle this module sits in the linter chunk,
// which must not touch SurveyJS's classes before their chunk has run.
let parserInstance: ConditionsParser | undefined;
const parser = (): ConditionsParser => (parserInstance ??= new ConditionsParser());

/** Parses with SurveyJS's parser: the operand tree, or where it failed. */
export function parseExpression(text: string): ParsedExpression | ParseError {
  const operand = parser().parseExpression(text);
  if (!operand) {
    const at = parser().error?.at ?? 0;
    return { position: at, message: parser().error?.code ?? 'syntax error' };
  }
  const variables: string[] = [];
  operand.setVariables(variables);
  const list: Operand[] = [];
  operand.addOperandsToList(list);
  const functions = list.filter((o) => o.getType() === 'function')
    .map((o) => (o as unknown as { functionName: string }).functionName);
  return { operand, variables: [...new Set(variables)], functions: [...new Set(functions)] };
}

/** Splits `q[0].x.y` into `q`, and the rest: `[0].x.y` → ['x', 'y'] (indexes dropped). */
function splitVariable(variable: string): { head: string; rest: string[] } {
  const m = /^([^.[]+)(.*)$/.exec(variable);
  const head = m ? m[1] : variable;
  const rest = (m ? m[2] : '').replace(/\[[^\]]*\]/g, '').split('.').filter((s) => s !== '');
  return { head, rest };
}

function stripPostfix(name: string): string {
  return name.replace(/-(unwrapped|total)$/i, '');
}

interface NameIndex {
  /** Lower-case name → element (or undefined for calculated values and variables). */
  survey: Map<string, ElementNode | undefined>;
  surveyNames: string[];
  /** Lower-case name → the dynamic panel or matrix that repeats it. */
  repeated: Map<string, ElementNode>;
}

function buildIndex(model: QuestionnaireModel, extraVariables: readonly string[]): NameIndex {
  const survey = new Map<string, ElementNode | undefined>();
  const surveyNames: string[] = [];
  const repeated = new Map<string, ElementNode>();
  const add = (name: string, element?: ElementNode): void => {
    if (name === '' || survey.has(name.toLowerCase())) return;
    survey.set(name.toLowerCase(), element);
    surveyNames.push(name);
  };
  for (const e of model.elements) {
    if (e.kind !== 'question') continue;
    if (e.repeatedIn) {
      if (!repeated.has(e.name.toLowerCase())) repeated.set(e.name.toLowerCase(), e.repeatedIn);
      continue;
    }
    add(e.name, e);
    if (typeof e.json.valueName === 'string') add(e.json.valueName, e);
  }
  for (const c of model.calculatedValues) add(c.name);
  for (const v of [...model.declaredVariables, ...extraVariables]) add(v);
  return { survey, surveyNames, repeated };
}

function sub(container: ElementNode, model: QuestionnaireModel): string[] {
  const names = repeatedNames(model, container).map((e) => e.name);
  return [...names, ...subNames(container)];
}

/** Placeholders SurveyJS fills in texts besides answers. */
const textVariables = ['panelindex', 'visiblepanelindex', 'rowindex', 'visiblerowindex', 'rowtitle', 'rowname', 'rowvalue', 'itemindex', 'visibleindex'];

type Scoped = Pick<ExpressionSite, 'panelScope' | 'rowScope'>;

/** Checks one variable reference; returns [message, fix] when it does not resolve. */
function resolve(variable: string, site: Scoped, index: NameIndex, model: QuestionnaireModel): [string, string] | undefined {
  if (index.survey.has(variable.toLowerCase())) return undefined;
  const { head: rawHead, rest } = splitVariable(variable);
  const head = stripPostfix(rawHead);
  const lower = head.toLowerCase();
  if (globalVariables.includes(lower)) return undefined;
  if (itemVariables.includes(lower)) return undefined;
  if (panelVariables.includes(lower)) {
    let scope = site.panelScope;
    if (lower === 'parentpanel') scope = scope?.repeatedIn;
    if (!scope) return [`{${variable}} is used outside a dynamic panel`, `Use {${head}.…} only inside a dynamic panel's template; elsewhere name the question, e.g. {panelname[0].x}.`];
    if (rest.length === 0) return undefined;
    const names = sub(scope, model);
    if (names.some((n) => n.toLowerCase() === rest[0].toLowerCase())) return undefined;
    const guess = nearest(rest[0], names);
    return [`{${variable}}: the dynamic panel "${scope.name}" has no question "${rest[0]}"`, guess ? `Did you mean {${head}.${guess}}?` : `Use one of: ${names.join(', ')}.`];
  }
  if (rowVariables.includes(lower)) {
    const scope = site.rowScope;
    if (!scope) return [`{${variable}} is used outside a matrix column or detail panel`, 'Use {row.column} only in a column or detail panel of a dropdown/dynamic matrix.'];
    if (rest.length === 0 || lower !== 'row') return undefined;
    const names = sub(scope, model);
    if (names.some((n) => n.toLowerCase() === rest[0].toLowerCase())) return undefined;
    const guess = nearest(rest[0], names);
    return [`{${variable}}: the matrix "${scope.name}" has no column "${rest[0]}"`, guess ? `Did you mean {row.${guess}}?` : `Use one of: ${names.join(', ')}.`];
  }
  if (!index.survey.has(lower)) {
    const container = index.repeated.get(lower);
    if (container) {
      if (site.panelScope === container || site.rowScope === container) {
        const prefix = site.panelScope === container ? 'panel' : 'row';
        return [`{${variable}} names "${head}" of the same ${prefix === 'panel' ? 'dynamic panel' : 'matrix row'} without the "${prefix}." prefix`, `Write {${prefix}.${head}}.`];
      }
      return [`{${variable}} names "${head}", which exists only inside "${container.name}"`, `Refer to one entry, e.g. {${container.name}[0].${head}}, or use the expression inside "${container.name}" as {panel.${head}}.`];
    }
    const candidates = [...index.surveyNames];
    if (site.panelScope) candidates.push(...sub(site.panelScope, model).map((n) => `panel.${n}`));
    const guess = nearest(variable, candidates);
    return [`{${variable}} is not a question, calculated value or variable of this questionnaire`, guess ? `Did you mean {${guess}}?` : 'Name an existing question or calculated value.'];
  }
  const element = index.survey.get(lower);
  // SurveyJS reads `.length` of any list or text answer: {members.length}.
  if (!element || rest.length === 0 || rest[0] === 'length') return undefined;
  const names = element.type === 'paneldynamic' || element.type === 'matrixdynamic' ? sub(element, model)
    : element.type === 'multipletext' ? subNames(element) : undefined;
  if (!names) return undefined;
  if (names.some((n) => n.toLowerCase() === rest[0].toLowerCase())) return undefined;
  const guess = nearest(rest[0], names);
  return [`{${variable}}: "${element.name}" has no item "${rest[0]}"`, guess ? `Did you mean "${guess}"?` : `Use one of: ${names.join(', ')}.`];
}

const choiceTypes = new Set(['radiogroup', 'dropdown', 'buttongroup', 'imagepicker', 'checkbox', 'tagbox', 'ranking']);
const valueOperators = new Set(['equal', 'notequal', 'anyof', 'allof', 'contains', 'notcontains']);

/** The values a question can hold when they are a fixed list; undefined when open or fed from elsewhere. */
export function fixedValues(element: ElementNode): Set<string> | undefined {
  const json = element.json;
  const fromList = (list: unknown): Set<string> | undefined => {
    if (!Array.isArray(list)) return undefined;
    return new Set(list.map((item) => String(typeof item === 'object' && item !== null && 'value' in item ? item.value : item)));
  };
  if (choiceTypes.has(element.type)) {
    if (json.choicesFromQuestion !== undefined || json.choicesByUrl !== undefined || json.allowCustomChoices === true) return undefined;
    const values = fromList(json.choices);
    if (!values) return undefined;
    if (json.showOtherItem === true || json.hasOther === true) values.add('other');
    if (json.showNoneItem === true || json.hasNone === true) values.add(typeof json.noneValue === 'string' ? json.noneValue : 'none');
    if (json.showRefuseItem === true) values.add('refused');
    if (json.showDontKnowItem === true) values.add('dontknow');
    return values;
  }
  if (element.type === 'boolean') {
    const values = new Set(['true', 'false', '1', '0']);
    if (json.valueTrue !== undefined) values.add(String(json.valueTrue));
    if (json.valueFalse !== undefined) values.add(String(json.valueFalse));
    return values;
  }
  if (element.type === 'rating') {
    if (Array.isArray(json.rateValues) && json.rateValues.length > 0) return fromList(json.rateValues);
    const min = typeof json.rateMin === 'number' ? json.rateMin : 1;
    const max = typeof json.rateMax === 'number' ? json.rateMax : typeof json.rateCount === 'number' ? min + json.rateCount - 1 : 5;
    const step = typeof json.rateStep === 'number' && json.rateStep > 0 ? json.rateStep : 1;
    const values = new Set<string>();
    for (let v = min; v <= max && values.size < 1000; v += step) values.add(String(v));
    return values;
  }
  return undefined;
}

interface OperandParts {
  getType(): string;
  operator?: string;
  leftOperand?: Operand;
  rightOperand?: Operand;
  variable?: string;
  correctValue?: unknown;
  values?: Operand[];
}

/** Comparisons of a choice question with a code it does not have: `{sex} = 3`, `{sex} = 'Female'`. */
function unknownValues(parsed: ParsedExpression, resolveElement: (variable: string) => ElementNode | undefined): [string, string, string[]][] {
  const out: [string, string, string[]][] = [];
  const list: Operand[] = [];
  parsed.operand.addOperandsToList(list);
  for (const op of list) {
    const o = op as unknown as OperandParts;
    if (o.getType() !== 'binary' || !valueOperators.has(o.operator ?? '') || !o.leftOperand || !o.rightOperand) continue;
    const sides = [o.leftOperand, o.rightOperand].map((x) => x as unknown as OperandParts);
    const variableSide = sides.find((x) => x.getType() === 'variable');
    const other = sides.find((x) => x !== variableSide);
    if (!variableSide || !other) continue;
    const element = resolveElement(variableSide.variable ?? '');
    const values = element ? fixedValues(element) : undefined;
    if (!element || !values) continue;
    const constants = other.getType() === 'const' ? [other] : other.getType() === 'array' ? (other.values ?? []).map((v) => v as unknown as OperandParts) : [];
    for (const c of constants) {
      if (c.getType() !== 'const') continue;
      const value = c.correctValue;
      if (value === undefined || value === null || value === '') continue;
      if (!values.has(String(value))) out.push([variableSide.variable ?? '', JSON.stringify(value), [...values]]);
    }
  }
  return out;
}

const listValuedTypes = new Set(['checkbox', 'tagbox', 'ranking']);

/** `{checkbox} = 1` is never true (and `<>` always): a multiple answer is a list; `contains` is meant. */
function listEqualities(parsed: ParsedExpression, resolveElement: (variable: string) => ElementNode | undefined): [string, string, string][] {
  const out: [string, string, string][] = [];
  const list: Operand[] = [];
  parsed.operand.addOperandsToList(list);
  for (const op of list) {
    const o = op as unknown as OperandParts;
    if (o.getType() !== 'binary' || (o.operator !== 'equal' && o.operator !== 'notequal') || !o.leftOperand || !o.rightOperand) continue;
    const sides = [o.leftOperand, o.rightOperand].map((x) => x as unknown as OperandParts);
    const variableSide = sides.find((x) => x.getType() === 'variable');
    const other = sides.find((x) => x !== variableSide);
    if (!variableSide || !other || other.getType() !== 'const') continue;
    const value = other.correctValue;
    if (value === undefined || value === null || value === '' || typeof value === 'boolean') continue;
    const element = resolveElement(variableSide.variable ?? '');
    if (element && listValuedTypes.has(element.type)) out.push([variableSide.variable ?? '', o.operator, JSON.stringify(value)]);
  }
  return out;
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 15);
  return `${start > 0 ? '…' : ''}${text.slice(start, at)}▸${text.slice(at, at + 15)}${at + 15 < text.length ? '…' : ''}`;
}

export interface ExpressionRuleOptions {
  variables?: readonly string[];
  functions?: readonly string[];
}

export function expressionRule(model: QuestionnaireModel, options: ExpressionRuleOptions = {}): RawFinding[] {
  const findings: RawFinding[] = [];
  const index = buildIndex(model, options.variables ?? []);
  registerSelectionFunctions();
  const functions = [...FunctionFactory.Instance.getAll(), ...(options.functions ?? [])];
  for (const site of model.texts) {
    const tokens = new Set<string>();
    for (const text of textsByLocale(site.value).values()) {
      for (const m of text.matchAll(/\{([A-Za-z_$][\w.$\-[\]]*)\}/g)) tokens.add(m[1]);
    }
    for (const token of tokens) {
      if (textVariables.includes(token.toLowerCase())) continue;
      const problem = resolve(token, site, index, model);
      if (problem) {
        findings.push({
          question: site.owner === '(survey)' ? undefined : site.owner, rule: 'text-unknown-name',
          message: `${site.where}: ${problem[0]}`, fix: problem[1],
        });
      }
    }
  }
  for (const site of model.expressions) {
    if (site.text.trim() === '') continue;
    const question = site.owner === '(survey)' ? undefined : site.owner;
    const parsed = parseExpression(site.text);
    if ('position' in parsed) {
      findings.push({
        question, rule: 'expression-syntax',
        message: `${site.where} "${site.text}" does not parse (at character ${parsed.position + 1}: ${excerpt(site.text, parsed.position)})`,
        fix: 'Check brackets, quotes and operators there; names go in braces, e.g. {age} >= 18 and {sex} = 2.',
      });
      continue;
    }
    for (const variable of parsed.variables) {
      const problem = resolve(variable, site, index, model);
      if (problem) findings.push({ question, rule: 'expression-unknown-name', message: `${site.where}: ${problem[0]}`, fix: problem[1] });
    }
    for (const fn of parsed.functions) {
      if (functions.includes(fn)) continue;
      const guess = nearest(fn, functions);
      findings.push({
        question, rule: 'expression-unknown-function', message: `${site.where} calls ${fn}(), which SurveyJS does not know`,
        fix: guess ? `Did you mean ${guess}()?` : `Use a built-in function (${functions.join(', ')}) or register it in the app.`,
      });
    }
    const resolveElement = (variable: string): ElementNode | undefined => {
      const m = /^(panel|row)\.([^.[]+)$/i.exec(variable);
      const scope = m ? (m[1].toLowerCase() === 'panel' ? site.panelScope : site.rowScope) : undefined;
      if (m) return scope ? model.elements.find((e) => e.repeatedIn === scope && e.name.toLowerCase() === m[2].toLowerCase()) : undefined;
      return index.survey.get(variable.toLowerCase());
    };
    for (const [variable, value, values] of unknownValues(parsed, resolveElement)) {
      const shown = values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ');
      findings.push({
        question, rule: 'expression-unknown-value',
        message: `${site.where}: {${variable}} is compared with ${value}, which is not one of its values (${shown})`,
        fix: 'Compare with a choice value (the code), not its text; or add the choice.',
      });
    }
    for (const [variable, operator, value] of listEqualities(parsed, resolveElement)) {
      const equal = operator === 'equal';
      findings.push({
        question, rule: 'expression-list-equality',
        message: `${site.where}: {${variable}} holds a list of answers, so {${variable}} ${equal ? '=' : '<>'} ${value} is ${equal ? 'never true' : 'always true'}`,
        fix: `Write {${variable}} ${equal ? 'contains' : 'notcontains'} ${value}.`,
      });
    }
    if (site.property === 'visibleIf' && site.where === 'visibleIf' && site.element && site.element.name !== ''
      && parsed.variables.some((v) => splitVariable(v).head.toLowerCase() === site.element?.name.toLowerCase())) {
      findings.push({
        question, rule: 'expression-self-reference', message: `visibleIf depends on the question's own answer`,
        fix: 'Base visibility on earlier answers: once hidden, the question could never be shown again.',
      });
    }
  }
  return findings;
}
