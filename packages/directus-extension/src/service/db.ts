import type { Knex } from 'knex';
import { collections } from '../provision/schema.js';

/** The knex instance Directus hands to extensions. */
export type Db = Knex;

const jsonFields = new Map(collections.map((c) => [c.collection, new Set(c.fields.filter((f) => f.type === 'json').map((f) => f.field))]));
const dateFields = new Map(collections.map((c) => [c.collection, new Set(c.fields.filter((f) => f.type === 'date').map((f) => f.field))]));
const booleanFields = new Map(collections.map((c) => [c.collection, new Set(c.fields.filter((f) => f.type === 'boolean').map((f) => f.field))]));

/**
 * A row as knex returns it, made the same on SQLite and Postgres: JSON columns parsed
 * (SQLite keeps text), booleans as booleans (SQLite keeps 0/1), dates as `YYYY-MM-DD`.
 */
export function fromDb<T = Record<string, unknown>>(collection: string, row: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...row };
  for (const field of jsonFields.get(collection) ?? []) {
    const value = out[field];
    if (typeof value === 'string') out[field] = JSON.parse(value);
  }
  for (const field of booleanFields.get(collection) ?? []) {
    const value = out[field];
    if (value === 0 || value === 1) out[field] = value === 1;
  }
  for (const field of dateFields.get(collection) ?? []) out[field] = civilDate(out[field]);
  return out as T;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date column as `YYYY-MM-DD`: SQLite keeps UTC-midnight milliseconds, the pg driver a Date at local midnight. */
function civilDate(value: unknown): unknown {
  if (typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  if (value instanceof Date) return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  return typeof value === 'string' ? value.slice(0, 10) : value;
}

/** A JSON value as knex must write it (text; the pg driver would turn arrays into SQL arrays). */
export const toJson = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

/** An instant read back from a timestamp column (a number on SQLite, a Date on Postgres). */
export function instant(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A `YYYY-MM-DD` date as Directus itself writes a date column: UTC-midnight milliseconds on
 * SQLite (so the Studio's filters and sorting see it like its own), the date text elsewhere.
 */
export function dateValue(db: Db, date: string): Date | string {
  return isSqlite(db) ? new Date(`${date}T00:00:00.000Z`) : date;
}

/** Anything knex made (an instance or a query builder): both carry their client. */
type OnClient = { readonly client?: unknown };
const clientOf = (db: OnClient) => String((db.client as { config?: { client?: unknown } } | undefined)?.config?.client ?? '');
/** Whether `db` is SQLite (`sqlite3` or `better-sqlite3`). */
export const isSqlite = (db: OnClient): boolean => /sqlite/.test(clientOf(db));
/** Whether `db` is Postgres. */
export const isPostgres = (db: OnClient): boolean => /^(pg|postgres)/.test(clientOf(db));

/** A UUID as Directus and Alur write them (request and file ids). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
