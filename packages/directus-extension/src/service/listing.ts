import type { Knex } from 'knex';
import type { Caller } from './caller.js';
import { instant, isPostgres, isSqlite, type Db } from './db.js';
import { httpError, text, type Locale } from './errors.js';
import { LIST_COLUMNS, visibleRequests } from './requests.js';

/** The full-text index of request titles, office ids and letter numbers on SQLite (FTS5 trigrams, see `ensureSearch`). */
export const SEARCH_TABLE = 'alur_requests_search';

/** Rows per page unless `limit` says otherwise, and the most one page may hold. */
export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

/** Paging as asked: `limit`, 1-based `page`, and which counts go in `meta`. */
export interface Paging {
  readonly limit: number;
  readonly page: number;
  readonly totalCount: boolean;
  readonly filterCount: boolean;
}

/** One sort key: a whitelisted column, descending when written with a leading `-`. */
export interface SortKey {
  readonly column: string;
  readonly desc: boolean;
}

/** The list query of `/alur/requests` and `/alur/inbox`, checked. */
export interface ListQuery extends Paging {
  readonly sort: readonly SortKey[];
  readonly variant?: readonly string[];
  readonly phase?: readonly string[];
  readonly office?: readonly string[];
  readonly step?: readonly string[];
  readonly slaStatus?: readonly string[];
  readonly createdFrom?: Date;
  /** Exclusive upper bound (a plain date `created_to` is the whole day). */
  readonly createdBefore?: Date;
  /** Done requests whose last step was completed from this instant on… */
  readonly finishedFrom?: Date;
  /** …and before this one (a plain date `finished_to` is the whole day). */
  readonly finishedBefore?: Date;
  /** Requests with a step visit counted against the office (as the SLA report counts them) at one of these steps… */
  readonly visitStep?: readonly string[];
  /** …judged with one of these statuses… */
  readonly visitStatus?: readonly string[];
  /** …started from this instant on and before the next (a plain date `visit_to` is the whole day). */
  readonly visitFrom?: Date;
  readonly visitBefore?: Date;
  readonly search?: string;
}

/** `meta` of a paged answer, as Directus names it. */
export interface PageMeta {
  total_count?: number;
  filter_count?: number;
}

/** Sortable fields: the API name (Directus-style column names, plus the response's camelCase names) → column. */
const SORTABLE: Record<string, string> = {
  date_created: 'date_created',
  createdAt: 'date_created',
  date_updated: 'date_updated',
  updatedAt: 'date_updated',
  deadline: 'deadline',
  title: 'title',
  office: 'office',
  variant: 'variant',
  phase: 'phase',
  step: 'step',
  sla_status: 'sla_status',
  slaStatus: 'sla_status',
  letter_number: 'letter_number',
  letterNumber: 'letter_number',
};
/** Text columns sorted without regard to case, the same on SQLite and Postgres. */
const CASELESS = new Set(['title', 'letter_number']);
const NULLABLE = new Set(['deadline', 'step', 'phase', 'sla_status', 'letter_number']);

const PHASES = ['active', 'waiting', 'done'];
const SLA_STATUSES = ['onTime', 'warning', 'breached', 'noLimit', 'done'];
const VISIT_STATUSES = ['onTime', 'warning', 'breached'];
const ID = /^[A-Za-z0-9_.-]{1,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

const bad = (locale: Locale, id: string, en: string): Error => httpError(400, text(id, en), {}, locale);

/** A query parameter as one string, `undefined` when absent; a repeated or nested parameter is refused. */
function single(query: Record<string, unknown>, key: string, locale: Locale): string | undefined {
  const value = query[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw bad(locale, `Parameter "${key}" harus diberikan satu kali sebagai teks.`, `Parameter "${key}" must be given once, as text.`);
  return value;
}

function integer(query: Record<string, unknown>, key: string, locale: Locale, fallback: number, max: number): number {
  const raw = single(query, key, locale);
  if (raw === undefined) return fallback;
  const value = /^\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!(value >= 1 && value <= max)) {
    const range = max === Number.MAX_SAFE_INTEGER ? '≥ 1' : `1 sampai ${max}`;
    throw bad(
      locale,
      `"${key}" harus bilangan bulat ${range}.`,
      `"${key}" must be an integer ${max === Number.MAX_SAFE_INTEGER ? '≥ 1' : `from 1 to ${max}`}.`,
    );
  }
  return value;
}

/**
 * Reads `limit` (1–100, default 25), `page` (1-based, default 1) and `meta` (`total_count`,
 * `filter_count`, both comma-separated, or `*`). Throws a 400 with a bilingual message on a bad value.
 */
export function parsePaging(query: Record<string, unknown>, locale: Locale): Paging {
  const limit = integer(query, 'limit', locale, DEFAULT_LIMIT, MAX_LIMIT);
  const page = integer(query, 'page', locale, 1, 1_000_000);
  const meta = single(query, 'meta', locale);
  const wanted = new Set(
    (meta ?? '')
      .split(',')
      .map((m) => m.trim())
      .filter(Boolean),
  );
  for (const m of wanted) {
    if (m !== 'total_count' && m !== 'filter_count' && m !== '*') {
      throw bad(locale, `"meta" tidak dikenal: "${m}"; pilih total_count, filter_count atau *.`, `Unknown "meta": "${m}"; use total_count, filter_count or *.`);
    }
  }
  return { limit, page, totalCount: wanted.has('total_count') || wanted.has('*'), filterCount: wanted.has('filter_count') || wanted.has('*') };
}

function list(query: Record<string, unknown>, key: string, locale: Locale, allowed?: readonly string[]): string[] | undefined {
  const raw = single(query, key, locale);
  if (raw === undefined) return undefined;
  const values = raw.split(',').map((v) => v.trim());
  for (const value of values) {
    if (allowed ? !allowed.includes(value) : !ID.test(value)) {
      throw bad(
        locale,
        allowed
          ? `"${key}" tidak dikenal: "${value}"; pilih ${allowed.join(', ')}.`
          : `"${key}" tidak sah: "${value}" (huruf, angka, titik, garis bawah atau tanda hubung, paling banyak 64).`,
        allowed
          ? `Unknown "${key}": "${value}"; use ${allowed.join(', ')}.`
          : `Invalid "${key}": "${value}" (letters, digits, dots, underscores or hyphens, at most 64).`,
      );
    }
  }
  return values;
}

function moment(query: Record<string, unknown>, key: string, locale: Locale, endOfDay: boolean): Date | undefined {
  const raw = single(query, key, locale);
  if (raw === undefined) return undefined;
  const value = raw.trim();
  const date = DAY.test(value) ? new Date(`${value}T00:00:00Z`) : INSTANT.test(value) ? new Date(value) : undefined;
  // A date that does not exist (2026-02-30) rolls over in JavaScript: compare it back.
  if (!date || Number.isNaN(date.getTime()) || (DAY.test(value) && date.toISOString().slice(0, 10) !== value)) {
    throw bad(
      locale,
      `"${key}" harus tanggal YYYY-MM-DD (UTC) atau waktu ISO-8601 dengan zona, mis. 2026-03-01T00:00:00+07:00.`,
      `"${key}" must be a date YYYY-MM-DD (UTC) or an ISO-8601 instant with a zone, e.g. 2026-03-01T00:00:00+07:00.`,
    );
  }
  return DAY.test(value) && endOfDay ? new Date(date.getTime() + 24 * 60 * 60_000) : endOfDay ? new Date(date.getTime() + 1) : date;
}

/**
 * Reads the list parameters of `/alur/requests` and `/alur/inbox`: paging (see `parsePaging`),
 * `sort` (comma-separated whitelisted fields, `-` for descending; `defaultSort` without it),
 * the filters `variant`, `phase`, `office`, `step`, `sla_status` (each one value or several
 * comma-separated), `created_from` / `created_to` (both inclusive; a plain date is a UTC day),
 * `finished_from` / `finished_to` (done requests by when their last step was completed, the same
 * way), the step visits `visit_step`, `visit_status` (onTime, warning, breached) and
 * `visit_from` / `visit_to` (requests with a visit counted against the office as the SLA report
 * counts them, matching all that are given) and `search` (title, office id or name, letter number). Throws a 400 with a bilingual message
 * on any bad value, before anything is read.
 */
export function parseListQuery(query: Record<string, unknown>, locale: Locale, defaultSort: readonly SortKey[]): ListQuery {
  const paging = parsePaging(query, locale);
  const sortRaw = single(query, 'sort', locale);
  let sort = defaultSort;
  if (sortRaw !== undefined) {
    const keys = sortRaw.split(',').map((s) => s.trim());
    if (keys.length > 3) throw bad(locale, '"sort" paling banyak tiga kolom.', '"sort" takes at most three fields.');
    sort = keys.map((key) => {
      const desc = key.startsWith('-');
      const column = SORTABLE[desc ? key.slice(1) : key];
      if (!column) {
        const fields = [...new Set(Object.keys(SORTABLE))].join(', ');
        throw bad(
          locale,
          `Tidak dapat mengurutkan menurut "${key}"; pilih ${fields} (awali "-" untuk menurun).`,
          `Cannot sort by "${key}"; use ${fields} (prefix "-" for descending).`,
        );
      }
      return { column, desc };
    });
  }
  const search = single(query, 'search', locale)?.trim();
  if (search !== undefined && search.length > 100) throw bad(locale, '"search" paling banyak 100 karakter.', '"search" takes at most 100 characters.');
  const createdFrom = moment(query, 'created_from', locale, false);
  const createdBefore = moment(query, 'created_to', locale, true);
  if (createdFrom && createdBefore && createdFrom >= createdBefore) {
    throw bad(locale, '"created_from" harus sebelum atau sama dengan "created_to".', '"created_from" must not be after "created_to".');
  }
  const finishedFrom = moment(query, 'finished_from', locale, false);
  const finishedBefore = moment(query, 'finished_to', locale, true);
  if (finishedFrom && finishedBefore && finishedFrom >= finishedBefore) {
    throw bad(locale, '"finished_from" harus sebelum atau sama dengan "finished_to".', '"finished_from" must not be after "finished_to".');
  }
  const visitFrom = moment(query, 'visit_from', locale, false);
  const visitBefore = moment(query, 'visit_to', locale, true);
  if (visitFrom && visitBefore && visitFrom >= visitBefore) {
    throw bad(locale, '"visit_from" harus sebelum atau sama dengan "visit_to".', '"visit_from" must not be after "visit_to".');
  }
  const filters = {
    visitStep: list(query, 'visit_step', locale),
    visitStatus: list(query, 'visit_status', locale, VISIT_STATUSES),
    variant: list(query, 'variant', locale),
    phase: list(query, 'phase', locale, PHASES),
    office: list(query, 'office', locale),
    step: list(query, 'step', locale),
    slaStatus: list(query, 'sla_status', locale, SLA_STATUSES),
  };
  return {
    ...paging,
    sort,
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
    ...(createdFrom ? { createdFrom } : {}),
    ...(createdBefore ? { createdBefore } : {}),
    ...(finishedFrom ? { finishedFrom } : {}),
    ...(finishedBefore ? { finishedBefore } : {}),
    ...(visitFrom ? { visitFrom } : {}),
    ...(visitBefore ? { visitBefore } : {}),
    ...(search ? { search } : {}),
  };
}

/** `%`, `_` and the escape character itself, made literal for `LIKE … ESCAPE '!'`. */
const likeLiteral = (value: string) => value.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`);

/** Narrows a request query by the filters and search of `query` (sorting and paging apart). */
export function applyFilters(db: Db, builder: Knex.QueryBuilder, query: ListQuery): Knex.QueryBuilder {
  let q = builder;
  if (query.variant) q = q.whereIn('variant', query.variant);
  if (query.phase) q = q.whereIn('phase', query.phase);
  if (query.office) q = q.whereIn('office', query.office);
  if (query.step) q = q.whereIn('step', query.step);
  if (query.slaStatus) q = q.whereIn('sla_status', query.slaStatus);
  if (query.createdFrom) q = q.where('date_created', '>=', query.createdFrom);
  if (query.createdBefore) q = q.where('date_created', '<', query.createdBefore);
  if (query.finishedFrom || query.finishedBefore) {
    let finished = db('alur_step_visits').select('request').groupBy('request');
    if (query.finishedFrom) finished = finished.havingRaw('max(completed_at) >= ?', [query.finishedFrom]);
    if (query.finishedBefore) finished = finished.havingRaw('max(completed_at) < ?', [query.finishedBefore]);
    q = q.where('phase', 'done').whereIn('id', finished);
  }
  if (query.visitStep || query.visitStatus || query.visitFrom || query.visitBefore) {
    let visits = db('alur_step_visits')
      .select('request')
      .whereNot('status', 'noLimit')
      .where((w) => w.where('requester_time', false).orWhereNull('requester_time'));
    if (query.visitStep) visits = visits.whereIn('step', query.visitStep);
    if (query.visitStatus) visits = visits.whereIn('status', query.visitStatus);
    if (query.visitFrom) visits = visits.where('started_at', '>=', query.visitFrom);
    if (query.visitBefore) visits = visits.where('started_at', '<', query.visitBefore);
    q = q.where('sla_judged', true).whereIn('id', visits);
  }
  if (query.search) {
    const like = `%${likeLiteral(query.search)}%`;
    const offices = db('alur_offices').whereRaw("lower(name) like ? escape '!'", [like]).select('id');
    // SQLite: the trigram index finds any substring of 3 characters or more (a quoted FTS5 phrase: every character literal).
    const indexed = isSqlite(db) && [...query.search].length >= 3;
    q = indexed
      ? q.where((w) =>
          w
            .whereIn(
              'rowid',
              db(SEARCH_TABLE)
                .select('rowid')
                .whereRaw('?? match ?', [SEARCH_TABLE, `"${query.search!.replace(/"/g, '""')}"`]),
            )
            .orWhereIn('office', offices),
        )
      : // One id list from a union of single-column lookups: each can use its own index (Postgres: the trigram
        // indexes of `ensureSearch`), where one OR over the columns and the office subquery scans every request.
        q.whereIn(
          'id',
          db.union(
            [
              ...['title', 'office', 'letter_number'].map((column) => db('alur_requests').select('id').whereRaw(`lower(??) like ? escape '!'`, [column, like])),
              db('alur_requests').select('id').whereIn('office', offices),
            ],
            false, // SQLite takes no parentheses around the parts of a UNION
          ),
        );
  }
  return q;
}

/** Orders by the sort keys (nulls last either way, text without regard to case), then by id for a stable page. */
export function applySort(builder: Knex.QueryBuilder, sort: readonly SortKey[]): Knex.QueryBuilder {
  let q = builder;
  // Byte order on both databases (Postgres would otherwise follow the locale's collation).
  const postgres = isPostgres(builder);
  const collate = postgres ? ' collate "C"' : '';
  for (const { column, desc } of sort) {
    const direction = desc ? 'desc' : 'asc';
    if (postgres && NULLABLE.has(column) && !CASELESS.has(column)) {
      // Postgres says "nulls last" itself, and an ascending index (e.g. office, deadline, id) serves it in order.
      q = q.orderByRaw(`?? ${direction} nulls last`, [column]);
      continue;
    }
    if (NULLABLE.has(column)) q = q.orderByRaw(`case when ?? is null then 1 else 0 end`, [column]);
    q = CASELESS.has(column) ? q.orderByRaw(`lower(??)${collate} ${direction}`, [column]) : q.orderBy(column, direction);
  }
  const last = sort[sort.length - 1];
  return q.orderBy('id', last?.desc ? 'desc' : 'asc');
}

const count = async (builder: Knex.QueryBuilder): Promise<number> => {
  const row = (await builder.clearSelect().clearOrder().count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
};

/**
 * One page of requests out of `base` (already narrowed to what the caller may see), filtered,
 * searched, sorted and paged in SQL, with the counts `meta` asks for: `total_count` (all of
 * `base`) and `filter_count` (after filters and search).
 */
export async function pageOf(db: Db, base: Knex.QueryBuilder, query: ListQuery): Promise<{ rows: Record<string, unknown>[]; meta?: PageMeta }> {
  const filtered = applyFilters(db, base.clone(), query);
  // The page's ids first (filtered and sorted from an index where one covers them), then only those rows:
  // sorting thousands of whole rows would read every snapshot stored beside them.
  const ids = (
    await applySort(filtered.clone().clearSelect().select('id'), query.sort)
      .limit(query.limit)
      .offset((query.page - 1) * query.limit)
  ).map((r: { id: string }) => r.id);
  const byId = new Map((ids.length ? await db('alur_requests').whereIn('id', ids).select(LIST_COLUMNS) : []).map((r: Record<string, unknown>) => [r['id'], r]));
  const rows = ids.flatMap((id: string) => byId.get(id) ?? []);
  if (!query.totalCount && !query.filterCount) return { rows };
  const meta: PageMeta = {};
  if (query.totalCount) meta.total_count = await count(base.clone());
  if (query.filterCount) meta.filter_count = await count(filtered.clone());
  return { rows, meta };
}

/** The newest first. */
export const LIST_SORT: readonly SortKey[] = [{ column: 'date_created', desc: true }];
/** The most urgent first: the nearest deadline (none last), then the oldest. */
export const INBOX_SORT: readonly SortKey[] = [
  { column: 'deadline', desc: false },
  { column: 'date_created', desc: false },
];

/** The requests the caller may see (`visibleRequests`), one page of them. */
export async function listRequests(db: Db, caller: Caller, query: ListQuery) {
  return pageOf(db, visibleRequests(db, caller), query);
}

/**
 * The caller's inbox: visible requests not done that wait on a role the caller holds on them
 * (the rule of `rolesOn`, in SQL on `actor_kind`, kept by every write): a staff step for a
 * staff role of their Diskominfo membership, not on a request they filed; a requester step for
 * a requester role of the membership of that request's own office.
 */
export async function inboxRequests(db: Db, caller: Caller, query: ListQuery) {
  const staff = [...new Set(caller.memberships.filter((m) => m.kind === 'diskominfo').flatMap((m) => m.roles))];
  const requester = caller.memberships.filter((m) => m.kind === 'opd' && m.roles.length > 0);
  if (staff.length === 0 && requester.length === 0)
    return {
      rows: [],
      ...(query.totalCount || query.filterCount
        ? { meta: { ...(query.totalCount ? { total_count: 0 } : {}), ...(query.filterCount ? { filter_count: 0 } : {}) } }
        : {}),
    };
  const base = visibleRequests(db, caller)
    .whereNot('phase', 'done')
    .where((w) => {
      if (staff.length) {
        w.orWhere((q) =>
          q
            .where('actor_kind', 'staff')
            .whereIn('actor', staff)
            .where((c) => c.whereNull('created_by').orWhereNot('created_by', caller.user)),
        );
      }
      for (const m of requester)
        w.orWhere((q) =>
          q
            .where('actor_kind', 'requester')
            .where('office', m.office)
            .whereIn('actor', [...m.roles]),
        );
    });
  return pageOf(db, base, query);
}

/**
 * One page of the caller's notifications (newest first), `status` `inbox` or `archived` when
 * given (else 400). Directus' own `/notifications` needs a row-filtered permission, which the
 * free tier refuses.
 */
export async function notificationsPage(db: Db, caller: Caller, rawQuery: Record<string, unknown>) {
  const paging = parsePaging(rawQuery, caller.locale);
  const status = single(rawQuery, 'status', caller.locale);
  if (status !== undefined && status !== 'inbox' && status !== 'archived') {
    throw bad(caller.locale, '"status" harus "inbox" atau "archived".', '"status" must be "inbox" or "archived".');
  }
  const base = db('directus_notifications').where({ recipient: caller.user });
  const filtered = status ? base.clone().where('status', status) : base.clone();
  const rows = await filtered
    .clone()
    .select('id', 'timestamp', 'status', 'subject', 'message', 'collection', 'item')
    .orderBy('id', 'desc')
    .limit(paging.limit)
    .offset((paging.page - 1) * paging.limit);
  const data = rows.map((n: Record<string, unknown>) => ({ ...n, timestamp: instant(n['timestamp'])?.toISOString() ?? null }));
  if (!paging.totalCount && !paging.filterCount) return { data };
  const meta: PageMeta = {};
  if (paging.totalCount) meta.total_count = await count(base.clone());
  if (paging.filterCount) meta.filter_count = await count(filtered.clone());
  return { data, meta };
}
