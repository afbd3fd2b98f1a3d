// One walk over a SurveyJS definition that finds what the lint rules and the codebook need:
// elements with their scopes, expressions with their context, localizable strings, choice lists.

import { localizableProperties } from './localizable';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type ElementKind = 'page' | 'panel' | 'question';

export interface ElementNode {
  name: string;
  type: string;
  kind: ElementKind;
  /** JSON pointer (RFC 6901) of the element inside the definition. */
  pointer: string;
  json: JsonObject;
  /** The dynamic panel (template) or matrix (detail panel) that repeats this element per entry. */
  repeatedIn?: ElementNode;
  /** The page or panel that holds it. */
  parent?: ElementNode;
  pageIndex: number;
  /** Position in reading order over the whole questionnaire. */
  order: number;
}

export interface CalculatedValueNode {
  name: string;
  pointer: string;
  json: JsonObject;
  includeIntoResult: boolean;
}

/** Where something sits: the element (or calculated value, trigger) it belongs to and the path below it. */
export interface Site {
  pointer: string;
  /** Name of the owning question, page, calculated value, or a label like `triggers[0]`. */
  owner: string;
  /** Path below the owner, e.g. `visibleIf`, `choices[2].text`. */
  where: string;
  element?: ElementNode;
}

export interface ExpressionSite extends Site {
  text: string;
  property: string;
  /** The dynamic panel whose template holds the expression: `{panel.x}` is valid. */
  panelScope?: ElementNode;
  /** The matrix whose column or detail panel holds the expression: `{row.x}` is valid. */
  rowScope?: ElementNode;
  /** A choice/row/column condition: `{item}` is valid. */
  itemScope: boolean;
}

export interface LocalizableSite extends Site {
  property: string;
  value: unknown;
  /** As for expressions: texts may pipe {panel.x} inside a dynamic panel, {row.x} inside a matrix. */
  panelScope?: ElementNode;
  rowScope?: ElementNode;
}

export interface ItemListSite extends Site {
  property: string;
  items: unknown[];
}

/** A property that names another question (choicesFromQuestion, trigger targets…). */
export interface ReferenceSite extends Site {
  property: string;
  name: string;
}

export interface QuestionnaireModel {
  definition: JsonObject;
  pages: ElementNode[];
  /** Every element in reading order: pages, panels and questions at any depth. */
  elements: ElementNode[];
  calculatedValues: CalculatedValueNode[];
  expressions: ExpressionSite[];
  texts: LocalizableSite[];
  itemLists: ItemListSite[];
  references: ReferenceSite[];
  /** Variables declared by set-value triggers with isVariable. */
  declaredVariables: string[];
}


const itemScopeProperties = new Set(['choicesVisibleIf', 'choicesEnableIf', 'rowsVisibleIf', 'columnsVisibleIf']);
const referenceProperties = new Set(['choicesFromQuestion', 'fromName', 'gotoName', 'setToName']);
const nonValueTypes = new Set(['html', 'image', 'empty', 'panel']);

export function isExpressionProperty(key: string): boolean {
  return key.endsWith('If') || key.endsWith('Expression') || key === 'expression' || key === 'runExpression';
}

/**
 * A locale-keyed text object: `{"default": "...", "sq": "..."}`. Keys are not checked here: under a
 * localizable property a mistyped locale (`sr_Latn`) is still a text, reported by the locale rules.
 */
export function isLocalizedObject(value: unknown): value is Record<string, string> {
  if (!isObject(value)) return false;
  const values = Object.values(value);
  return values.length > 0 && values.every((v) => typeof v === 'string');
}

/** The element's name, or where it sits when it has none. */
export function elementLabel(e: ElementNode): string {
  return e.name || `(unnamed ${e.type || 'element'} at ${e.pointer})`;
}

/** True for questions that store an answer (not panels, pages, html or images). */
export function holdsValue(element: ElementNode): boolean {
  return element.kind === 'question' && !nonValueTypes.has(element.type);
}

function escapePointer(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** How an item of a list is named in findings: by its name or value, which survive reordering. */
export function itemKey(item: unknown, index: number): string {
  if (isObject(item) && typeof item.name === 'string' && item.name !== '') return `name=${item.name}`;
  if (isObject(item) && (typeof item.value === 'string' || typeof item.value === 'number')) return `value=${item.value}`;
  return String(index);
}

function join(where: string, key: string | number): string {
  if (typeof key === 'number') return `${where}[${key}]`;
  return where === '' ? key : `${where}.${key}`;
}

interface Context {
  owner: string;
  where: string;
  element?: ElementNode;
  page?: ElementNode;
  parent?: ElementNode;
  repeatedIn?: ElementNode;
  panelScope?: ElementNode;
  rowScope?: ElementNode;
  itemScope: boolean;
}

export function buildModel(definition: JsonObject): QuestionnaireModel {
  const model: QuestionnaireModel = {
    definition, pages: [], elements: [], calculatedValues: [], expressions: [], texts: [], itemLists: [],
    references: [], declaredVariables: [],
  };
  let order = 0;
  let pageIndex = -1;

  const visitElements = (list: unknown[], pointer: string, ctx: Context): void => {
    list.forEach((raw, i) => {
      if (!isObject(raw)) return;
      const type = typeof raw.type === 'string' ? raw.type : '';
      const node: ElementNode = {
        name: typeof raw.name === 'string' ? raw.name : '',
        type,
        kind: type === 'panel' ? 'panel' : 'question',
        pointer: `${pointer}/${i}`,
        json: raw,
        repeatedIn: ctx.repeatedIn,
        parent: ctx.parent ?? ctx.page,
        pageIndex: Math.max(pageIndex, 0),
        order: order++,
      };
      model.elements.push(node);
      visitObject(raw, node.pointer, {
        ...ctx, owner: node.name || `(unnamed ${type || 'element'} at ${node.pointer})`, where: '', element: node,
        parent: node.kind === 'panel' ? node : ctx.parent,
      });
    });
  };

  const visitObject = (obj: JsonObject, pointer: string, ctx: Context): void => {
    for (const [key, value] of Object.entries(obj)) {
      const ptr = `${pointer}/${escapePointer(key)}`;
      const where = join(ctx.where, key);
      const site = { pointer: ptr, owner: ctx.owner, where, element: ctx.element };
      const element = ctx.element;
      if (Array.isArray(value) && (key === 'elements' || key === 'templateElements' || key === 'detailElements')) {
        const inner: Context = { ...ctx, where: '' };
        if (key === 'templateElements') inner.repeatedIn = inner.panelScope = element;
        if (key === 'detailElements') inner.repeatedIn = inner.rowScope = element;
        visitElements(value, ptr, inner);
        continue;
      }
      if (typeof value === 'string' && isExpressionProperty(key)) {
        model.expressions.push({
          ...site, text: value, property: key,
          panelScope: key === 'templateVisibleIf' ? element : ctx.panelScope,
          rowScope: ctx.rowScope,
          itemScope: ctx.itemScope || itemScopeProperties.has(key),
        });
        continue;
      }
      // An object under a localizable property is a text even with a stray non-string locale value,
      // which the locale rules then report as missing.
      if (localizableProperties.has(key) && (typeof value === 'string' || isLocalizedObject(value)
        || (isObject(value) && Object.values(value).some((v) => typeof v === 'string')))) {
        model.texts.push({ ...site, property: key, value, panelScope: key === 'templateTitle' || key === 'templateTabTitle' ? element : ctx.panelScope, rowScope: ctx.rowScope });
        continue;
      }
      if (typeof value === 'string' && referenceProperties.has(key)) {
        if (key === 'setToName' && obj.isVariable === true) model.declaredVariables.push(value);
        else model.references.push({ ...site, property: key, name: value });
        continue;
      }
      if (Array.isArray(value)) {
        const isItemList = key === 'choices' || key === 'rows' || key === 'rateValues'
          || (key === 'columns' && element?.type === 'matrix');
        const isColumnList = key === 'columns' && !isItemList;
        if (isItemList) model.itemLists.push({ ...site, property: key, items: value });
        value.forEach((item, i) => {
          if (!isObject(item)) return;
          visitObject(item, `${ptr}/${i}`, {
            ...ctx, where: `${where}[${itemKey(item, i)}]`,
            itemScope: ctx.itemScope || isItemList,
            rowScope: isColumnList && element ? element : ctx.rowScope,
          });
        });
        continue;
      }
      if (isObject(value)) visitObject(value, ptr, { ...ctx, where });
    }
  };

  const root: Context = { owner: '(survey)', where: '', itemScope: false };
  const pages = Array.isArray(definition.pages) ? definition.pages : [];
  pages.forEach((raw, i) => {
    if (!isObject(raw)) return;
    pageIndex = i;
    const page: ElementNode = {
      name: typeof raw.name === 'string' ? raw.name : '', type: 'page', kind: 'page',
      pointer: `/pages/${i}`, json: raw, pageIndex: i, order: order++,
    };
    model.pages.push(page);
    model.elements.push(page);
    visitObject(raw, page.pointer, { ...root, owner: page.name || `pages[${i}]`, element: page, page });
  });
  if (Array.isArray(definition.elements)) {
    pageIndex = 0;
    visitElements(definition.elements, '/elements', root);
  }
  const calculated = Array.isArray(definition.calculatedValues) ? definition.calculatedValues : [];
  calculated.forEach((raw, i) => {
    if (!isObject(raw)) return;
    const name = typeof raw.name === 'string' ? raw.name : '';
    const pointer = `/calculatedValues/${i}`;
    model.calculatedValues.push({ name, pointer, json: raw, includeIntoResult: raw.includeIntoResult === true });
    visitObject(raw, pointer, { ...root, owner: name || `calculatedValues[${i}]` });
  });
  const triggers = Array.isArray(definition.triggers) ? definition.triggers : [];
  triggers.forEach((raw, i) => {
    if (isObject(raw)) visitObject(raw, `/triggers/${i}`, { ...root, owner: `triggers[${i}]` });
  });
  const rest = Object.fromEntries(Object.entries(definition)
    .filter(([k]) => !['pages', 'elements', 'calculatedValues', 'triggers'].includes(k)));
  visitObject(rest, '', root);
  return model;
}

/** Names of the questions repeated inside a dynamic panel or matrix detail panel (any depth). */
export function repeatedNames(model: QuestionnaireModel, container: ElementNode): ElementNode[] {
  return model.elements.filter((e) => {
    for (let c = e.repeatedIn; c; c = c.repeatedIn) if (c === container) return true;
    return false;
  });
}

/** The sub-names of a matrix/multiple-text question: column names or item names. */
export function subNames(element: ElementNode): string[] {
  const out: string[] = [];
  const collect = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (isObject(item) && typeof item.name === 'string') out.push(item.name);
      else if (isObject(item) && item.value !== undefined) out.push(String(item.value));
      else if (typeof item === 'string' || typeof item === 'number') out.push(String(item));
    }
  };
  if (element.type === 'multipletext') collect(element.json.items);
  else collect(element.json.columns);
  return out;
}
