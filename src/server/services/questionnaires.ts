import { createHash } from 'node:crypto';
import { canonicalJson, locales as productLocales, type QuestionnaireSummary } from '../../protocol';
import type { Queryable } from '../db';
import { sanitizeDefinitionHtml } from './questionnaire-html';

type Json = Record<string, unknown>;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** SurveyJS's `default` locale is English in this product. */
function localeName(key: string): string {
  return key === 'default' ? 'en' : key;
}

/** The title per locale (`{en: …}` for a plain string title). */
export function questionnaireTitle(definition: Json, fallback: string): Record<string, string> {
  const title = definition.title;
  if (typeof title === 'string') return { en: title };
  if (isRecord(title)) {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(title)) if (typeof v === 'string') out[localeName(k)] = v;
    if (Object.keys(out).length > 0) return out;
  }
  return { en: fallback };
}

const LOCALE_KEY = /^(default|[a-z]{2,3}(-[A-Za-z]{2,4})?)$/;
const LOCALIZABLE = new Set(['title', 'description', 'text', 'placeholder', 'requiredErrorText', 'html', 'completedHtml', 'otherText', 'noneText', 'label', 'minRateDescription', 'maxRateDescription', 'labelTrue', 'labelFalse', 'commentText', 'otherPlaceholder', 'completeText']);

/** Locales present in the questionnaire's localizable strings, `en` (SurveyJS's `default`) first. */
export function questionnaireLocales(definition: Json): string[] {
  const found = new Set<string>(Object.keys(questionnaireTitle(definition, '')));
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (LOCALIZABLE.has(key) && isRecord(child)) {
        for (const k of Object.keys(child)) if (LOCALE_KEY.test(k)) found.add(localeName(k));
      } else {
        visit(child);
      }
    }
  };
  visit(definition);
  if (typeof definition.locale === 'string') found.add(definition.locale);
  // A fixed order (the product's locales first), whatever the key order of the stored JSON.
  const rank = (l: string) => {
    const i = (productLocales as readonly string[]).indexOf(l);
    return i < 0 ? productLocales.length : i;
  };
  return [...found].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export interface PublishResult {
  id: string;
  version: number;
  /** False when the content equals the latest version (nothing new was stored). */
  published: boolean;
}

/**
 * Publishes `submitted` (its HTML sanitized) as the next version of questionnaire `id`, unless its content
 * (SHA-256 of the canonical JSON) equals the latest published version.
 */
export async function publishQuestionnaire(tx: Queryable, id: string, submitted: Json, publishedBy: string | null, publicKey: string | null = null): Promise<PublishResult> {
  // What is stored (and hashed) is the sanitized definition: no version ever holds script.
  const { definition } = sanitizeDefinitionHtml(submitted);
  // Serialises publications of one id (the transaction holds the lock until it ends).
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['questionnaire:' + id]);
  const hash = sha256(canonicalJson(definition));
  const [latest] = await tx.query<{ version: number; sha256: string; public_key: string | null }>(
    'SELECT version, sha256, public_key FROM questionnaires WHERE id = $1 ORDER BY version DESC LIMIT 1',
    [id],
  );
  // A new key (or dropping the key) is a new version even with the same questions: the devices
  // must learn how to send the interviews of each version.
  if (latest && latest.sha256 === hash && latest.public_key === publicKey) return { id, version: latest.version, published: false };
  const version = (latest?.version ?? 0) + 1;
  await tx.query(
    `INSERT INTO questionnaires (id, version, definition, sha256, title, locales, published_by, public_key)
     VALUES ($1, $2, $3::json, $4, $5::jsonb, $6::jsonb, $7, $8)`,
    [id, version, JSON.stringify(definition), hash, JSON.stringify(questionnaireTitle(definition, id)), JSON.stringify(questionnaireLocales(definition)), publishedBy, publicKey],
  );
  return { id, version, published: true };
}

interface SummaryRow {
  id: string;
  version: number;
  title: Record<string, string>;
  locales: string[];
  published_at: Date;
  public_key: string | null;
}

function toSummary(row: SummaryRow): QuestionnaireSummary {
  return {
    id: row.id, version: row.version, title: row.title, locales: row.locales, publishedAt: new Date(row.published_at).toISOString(),
    ...(row.public_key === null ? {} : { publicKey: row.public_key }),
  };
}

/** The latest published version of every questionnaire, by id. */
export async function listQuestionnaires(db: Queryable): Promise<QuestionnaireSummary[]> {
  const rows = await db.query<SummaryRow & Record<string, unknown>>(
    `SELECT DISTINCT ON (id) id, version, title, locales, published_at, public_key
     FROM questionnaires ORDER BY id, version DESC`,
  );
  return rows.map(toSummary);
}

export async function getDefinition(db: Queryable, id: string, version: number): Promise<Json | undefined> {
  const [row] = await db.query<{ definition: Json }>('SELECT definition FROM questionnaires WHERE id = $1 AND version = $2', [id, version]);
  return row?.definition;
}

export async function latestDefinition(db: Queryable, id: string): Promise<{ version: number; definition: Json; publicKey: string | null } | undefined> {
  const [row] = await db.query<{ version: number; definition: Json; public_key: string | null }>(
    'SELECT version, definition, public_key FROM questionnaires WHERE id = $1 ORDER BY version DESC LIMIT 1',
    [id],
  );
  return row && { version: row.version, definition: row.definition, publicKey: row.public_key };
}

/** All versions of a questionnaire, newest first. */
export async function allDefinitions(db: Queryable, id: string): Promise<{ version: number; definition: Json }[]> {
  return db.query<{ version: number; definition: Json }>('SELECT version, definition FROM questionnaires WHERE id = $1 ORDER BY version DESC', [id]);
}
