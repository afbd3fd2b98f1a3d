// A read-only OData v4 feed of the microdata (issue 14, item 8), as ODK Central offers one, so
// Power BI, Excel's Power Query and R read the interviews without scraping the export: a service
// document listing one entity set per questionnaire, $metadata (CSDL XML) typing each column, and
// the rows with $top, $skip, $count and $select, paged by the server with @odata.nextLink.
// Columns, their order and their cells are the export's (microdata.ts and the variable
// dictionary): the feed is the CSV export read a page at a time, with numbers typed.
import type { DictionaryVariable } from '../../questionnaire/dictionary';
import type { Database, Queryable } from '../db';
import { HttpProblem } from '../problems';
import { safeNames, typedCell } from './labels';
import { META_COLUMNS, microdataDictionary, microdataWindow } from './microdata';
import { listQuestionnaires } from './questionnaires';

/** The OData namespace of the entity types. */
export const ODATA_NAMESPACE = 'JhaSurvey';
/** Rows per response when the client asks for more (or for all): the rest follows @odata.nextLink. */
export const ODATA_MAX_PAGE = 1000;
/** Each entity's key: the interview's instance id, or `case:<case id>` for a case closed without one. */
const KEY = '__id';

type EdmType = 'Edm.String' | 'Edm.Int32' | 'Edm.Double';
interface ODataProperty {
  /** The OData name (a SimpleIdentifier); the export column it reads. */
  name: string;
  column: string;
  type: EdmType;
}

/** The entity set of a questionnaire id (`jha-admin` → `jha_admin`). */
export function entitySetName(questionnaireId: string): string {
  return questionnaireId.replace(/-/g, '_');
}

/**
 * A column is Edm.Double only when every answer it can hold is a number: a numeric question, a
 * chosen/not chosen flag, a yes/no (1/0), a closed list of numeric codes. Everything else is text,
 * so that no answer is ever dropped for not being a number.
 */
function edmType(variable: DictionaryVariable | undefined, column: string): EdmType {
  if (!variable) return column === 'questionnaire_version' ? 'Edm.Int32' : 'Edm.String';
  if (variable.kind === 'number' || variable.kind === 'choice-flag' || variable.kind === 'yes-no') return 'Edm.Double';
  if ((variable.kind === 'single-choice' || variable.kind === 'rating') && variable.closed && variable.values.length > 0 && variable.values.every((v) => typeof v.value === 'number')) return 'Edm.Double';
  return 'Edm.String';
}

function properties(header: readonly string[], variables: readonly DictionaryVariable[]): ODataProperty[] {
  const byName = new Map(variables.map((v) => [v.name, v]));
  const names = safeNames([...header], 128, new Set([KEY]));
  return header.map((column, j) => ({ name: names[j] ?? column, column, type: edmType(byName.get(column), column) }));
}

async function setsOf(db: Queryable): Promise<Map<string, string>> {
  return new Map((await listQuestionnaires(db)).map((q) => [entitySetName(q.id), q.id]));
}

/** The questionnaire an entity set name stands for; 404 when none. */
export async function questionnaireOfSet(db: Queryable, set: string): Promise<string> {
  const id = (await setsOf(db)).get(set);
  if (id === undefined) throw new HttpProblem('not-found', `no entity set ${set}; the service document (GET /api/v1/odata) lists them`);
  return id;
}

export async function serviceDocument(db: Queryable, base: string): Promise<Record<string, unknown>> {
  const sets = [...(await setsOf(db)).keys()].sort();
  return { '@odata.context': `${base}/$metadata`, value: sets.map((name) => ({ name, kind: 'EntitySet', url: name })) };
}

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** $metadata: one entity type per questionnaire (its export's columns) and one entity set each. */
export async function metadataDocument(db: Queryable): Promise<string> {
  const sets = [...(await setsOf(db)).entries()].sort(([a], [b]) => a.localeCompare(b));
  const types: string[] = [];
  for (const [set, id] of sets) {
    const dictionary = await microdataDictionary(db, id);
    const props = properties([...META_COLUMNS, ...dictionary.variables.map((v) => v.name)], dictionary.variables);
    types.push(
      `<EntityType Name="${xml(set)}"><Key><PropertyRef Name="${KEY}"/></Key><Property Name="${KEY}" Type="Edm.String" Nullable="false"/>` +
      props.map((p) => `<Property Name="${xml(p.name)}" Type="${p.type}"/>`).join('') + '</EntityType>',
    );
  }
  return '<?xml version="1.0" encoding="UTF-8"?>' +
    '<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" Version="4.0"><edmx:DataServices>' +
    `<Schema xmlns="http://docs.oasis-open.org/odata/ns/edm" Namespace="${ODATA_NAMESPACE}">` + types.join('') +
    '<EntityContainer Name="Container">' + sets.map(([set]) => `<EntitySet Name="${xml(set)}" EntityType="${ODATA_NAMESPACE}.${xml(set)}"/>`).join('') +
    '</EntityContainer></Schema></edmx:DataServices></edmx:Edmx>';
}

export interface ODataQuery {
  top?: number;
  skip: number;
  count: boolean;
  select?: string[];
}

/** The OData system query options this feed implements; any other is refused, never ignored. */
export function parseODataQuery(query: Record<string, unknown>): ODataQuery {
  const out: ODataQuery = { skip: 0, count: false };
  const integer = (name: string, value: unknown): number => {
    if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) throw new HttpProblem('validation-failed', `${name} must be a non-negative integer`);
    return Number(value);
  };
  for (const [name, value] of Object.entries(query)) {
    if (name === '$top') out.top = integer(name, value);
    else if (name === '$skip') out.skip = integer(name, value);
    else if (name === '$count') {
      if (value !== 'true' && value !== 'false') throw new HttpProblem('validation-failed', '$count must be true or false');
      out.count = value === 'true';
    } else if (name === '$select') {
      if (typeof value !== 'string' || value.trim() === '') throw new HttpProblem('validation-failed', '$select must list properties separated by commas');
      out.select = value === '*' ? undefined : value.split(',').map((s) => s.trim());
    } else if (name === '$format') {
      if (typeof value !== 'string' || !/^(json|application\/json\b.*)$/.test(value)) throw new HttpProblem('validation-failed', '$format: only json is available');
    } else {
      throw new HttpProblem('validation-failed', `${name} is not supported by this feed (it offers $top, $skip, $count, $select and $format=json)`);
    }
  }
  return out;
}

/** A client's `Prefer: odata.maxpagesize=N` (OData 4.0 §8.2.8.3), within the server's own limit. */
export function preferredPageSize(prefer: string | undefined): number | undefined {
  const m = /(?:^|[,;\s])odata\.maxpagesize=(\d{1,9})/.exec(prefer ?? '');
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 ? Math.min(n, ODATA_MAX_PAGE) : undefined;
}

/** The query string of the next page: the client's options with $skip moved on. */
function nextQuery(q: ODataQuery, skip: number, top: number | undefined): string {
  const parts = [`$skip=${skip}`];
  if (top !== undefined) parts.push(`$top=${top}`);
  if (q.count) parts.push('$count=true');
  if (q.select) parts.push(`$select=${q.select.map(encodeURIComponent).join(',')}`);
  return parts.join('&');
}

/** One page of an entity set as OData JSON (minimal metadata), with its next link when rows remain. */
export async function entitySetPage(db: Database, set: string, q: ODataQuery, base: string, maxPage = ODATA_MAX_PAGE): Promise<{ body: Record<string, unknown>; rows: number; questionnaireId: string }> {
  const questionnaireId = await questionnaireOfSet(db, set);
  const pageSize = Math.min(q.top ?? maxPage, maxPage);
  const { table, total } = await microdataWindow(db, questionnaireId, q.skip, pageSize);
  const props = properties(table.header, table.variables);
  const known = new Set([KEY, ...props.map((p) => p.name)]);
  const unknown = (q.select ?? []).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new HttpProblem('validation-failed', `$select: no property ${unknown.join(', ')} in ${set} ($metadata lists them)`);
  const chosen = q.select ? new Set(q.select) : undefined;
  const idAt = table.header.indexOf('instance_id');
  const caseAt = table.header.indexOf('case_id');
  const value = table.rows.map((row) => {
    const entity: Record<string, string | number | null> = {};
    if (!chosen || chosen.has(KEY)) entity[KEY] = row[idAt] || `case:${row[caseAt] ?? ''}`;
    props.forEach((p, j) => {
      if (chosen && !chosen.has(p.name)) return;
      const cell = row[j] ?? '';
      if (p.type === 'Edm.String') entity[p.name] = cell === '' ? null : cell;
      else {
        const n = typedCell(cell);
        entity[p.name] = typeof n === 'number' ? n : null;
      }
    });
    return entity;
  });
  const context = `${base}/$metadata#${set}${q.select ? `(${q.select.join(',')})` : ''}`;
  const body: Record<string, unknown> = { '@odata.context': context };
  if (q.count) body['@odata.count'] = total;
  body.value = value;
  const end = q.skip + value.length;
  const wanted = q.top === undefined ? total : Math.min(total, q.skip + q.top);
  if (value.length > 0 && end < wanted) body['@odata.nextLink'] = `${base}/${set}?${nextQuery(q, end, q.top === undefined ? undefined : q.top - (end - q.skip))}`;
  return { body, rows: value.length, questionnaireId };
}
