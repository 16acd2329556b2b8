import type { RequestSnapshot } from '@alur/core';
import { fromDb, isPostgres, isSqlite, type Db } from '../service/db.js';
import { SEARCH_TABLE } from '../service/listing.js';
import type { DefinitionStore } from '../service/definitions.js';
import { derivedColumns, type RequestRow } from '../service/requests.js';
import { VISITS, visitRows, writeVisits } from '../service/visits.js';

/** The indexes paging, filters, the inbox and the SLA report read through: table → name → columns. */
export const INDEXES: readonly { table: string; name: string; columns: readonly string[] }[] = [
  { table: 'alur_requests', name: 'alur_requests_created', columns: ['date_created', 'id'] },
  // v4: wide enough that a page's ids are found and sorted from the index alone (`pageOf`), never reading the rows' snapshots.
  { table: 'alur_requests', name: 'alur_requests_office_created_id', columns: ['office', 'date_created', 'id'] },
  { table: 'alur_requests', name: 'alur_requests_office_deadline', columns: ['office', 'deadline', 'id'] },
  { table: 'alur_requests', name: 'alur_requests_inbox', columns: ['actor', 'actor_kind', 'phase', 'office', 'created_by', 'deadline', 'date_created', 'id'] },
  { table: 'alur_requests', name: 'alur_requests_deadline_id', columns: ['deadline', 'id'] },
  { table: 'alur_requests', name: 'alur_requests_variant', columns: ['variant'] },
  { table: 'alur_requests', name: 'alur_requests_phase', columns: ['phase'] },
  { table: 'alur_requests', name: 'alur_requests_step', columns: ['step'] },
  { table: 'alur_requests', name: 'alur_requests_sla_status', columns: ['sla_status'] },
  { table: 'alur_requests', name: 'alur_requests_sla_next_check', columns: ['sla_next_check'] },
  { table: VISITS, name: 'alur_step_visits_request', columns: ['request'] },
  { table: VISITS, name: 'alur_step_visits_variant_step', columns: ['variant', 'step'] },
  { table: VISITS, name: 'alur_step_visits_started', columns: ['started_at'] },
  { table: 'alur_sla_tallies', name: 'alur_sla_tallies_office', columns: ['office'] },
  { table: 'alur_sla_tallies', name: 'alur_sla_tallies_variant_day', columns: ['variant', 'day'] },
  { table: 'alur_request_events', name: 'alur_request_events_request', columns: ['request', 'seq'] },
  { table: 'alur_files', name: 'alur_files_request', columns: ['request'] },
  { table: 'alur_files', name: 'alur_files_pending', columns: ['uploaded_by', 'request'] },
  { table: 'directus_notifications', name: 'alur_notifications_recipient', columns: ['recipient', 'status', 'id'] },
];

/**
 * Indexes of earlier schema versions that a wider one of `INDEXES` replaced, or that nothing reads
 * any more (v5: the letter number is searched through the search index and sorted caselessly;
 * the report reads tallies, not zones) while every write paid for them.
 */
const REPLACED = [
  'alur_requests_office_created',
  'alur_requests_actor_deadline',
  'alur_requests_deadline',
  'alur_requests_letter_number',
  'alur_requests_zone',
];

/** Creates the indexes of `INDEXES` that are missing (`CREATE INDEX IF NOT EXISTS`, on SQLite and Postgres alike) and drops those replaced. */
export async function ensureIndexes(db: Db): Promise<void> {
  for (const name of REPLACED) await db.raw('drop index if exists ??', [name]);
  for (const { table, name, columns } of INDEXES) {
    await db.raw(`create index if not exists ?? on ?? (${columns.map(() => '??').join(', ')})`, [name, table, ...columns]);
  }
  // v5: the few requests whose visit rows and tallies are still to be written (`flushDerived`).
  await db.raw('create index if not exists alur_requests_derived_at on alur_requests (id) where derived_at is not null');
  // Postgres: an inbox read in deadline order for one role, stopping after its page (the columns it filters on included).
  if (isPostgres(db)) {
    await db.raw(
      'create index if not exists alur_requests_actor_deadline_pg on alur_requests (actor, deadline, date_created, id) include (actor_kind, phase, created_by, office)',
    );
  }
}

/**
 * Makes `search` an index lookup instead of a scan of every request: on SQLite an FTS5 trigram
 * table kept in step with `alur_requests` by triggers (also for a title an admin corrects in the
 * Studio), filled once from the rows already there; on Postgres trigram (pg_trgm) indexes on
 * the searched columns, when the extension can be created (else search stays a scan, logged).
 */
export async function ensureSearch(db: Db, logger: { info(message: string): void; warn(message: string): void }): Promise<void> {
  if (isSqlite(db)) {
    const exists = await db('sqlite_master').where({ type: 'table', name: SEARCH_TABLE }).first('name');
    if (exists) return;
    const t = SEARCH_TABLE;
    const columns = 'title, office, letter_number';
    const values = (row: 'new' | 'old') => `${row}.rowid, ${row}.title, ${row}.office, ${row}.letter_number`;
    await db.transaction(async (trx) => {
      await trx.raw(`create virtual table ${t} using fts5(${columns}, tokenize = 'trigram', content = 'alur_requests', content_rowid = 'rowid')`);
      await trx.raw(`create trigger ${t}_insert after insert on alur_requests begin insert into ${t}(rowid, ${columns}) values (${values('new')}); end`);
      await trx.raw(
        `create trigger ${t}_delete after delete on alur_requests begin insert into ${t}(${t}, rowid, ${columns}) values ('delete', ${values('old')}); end`,
      );
      await trx.raw(
        `create trigger ${t}_update after update of ${columns} on alur_requests when old.title is not new.title or old.office is not new.office or old.letter_number is not new.letter_number ` +
          `begin insert into ${t}(${t}, rowid, ${columns}) values ('delete', ${values('old')}); insert into ${t}(rowid, ${columns}) values (${values('new')}); end`,
      );
      await trx.raw(`insert into ${t}(${t}) values ('rebuild')`);
    });
    return;
  }
  if (isPostgres(db)) {
    try {
      await db.raw('create extension if not exists pg_trgm');
    } catch (error) {
      logger.warn(
        `alur: pg_trgm tidak dapat dipasang; pencarian memindai semua permohonan (cannot create pg_trgm; search scans every request): ${String(error)}`,
      );
      return;
    }
    for (const column of ['title', 'office', 'letter_number']) {
      await db.raw(`create index if not exists ?? on alur_requests using gin (lower(??) gin_trgm_ops)`, [`alur_requests_${column}_trgm`, column]);
    }
  }
}

/**
 * Fills the columns and visit rows schema v3 added for requests written before it (those with
 * no `zone` yet), from each stored snapshot and its frozen definition, judged at `at`; one
 * transaction per request, so an interrupted run resumes where it stopped. Idempotent.
 * A request whose definition cannot be read is marked unjudged (and logged), not retried forever.
 */
export async function backfillRequests(db: Db, definitions: DefinitionStore, at: Date, logger: { warn(message: string): void }): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = (await db('alur_requests').whereNull('zone').orderBy('id').limit(200).select()).map((r) => fromDb<RequestRow>('alur_requests', r));
    if (rows.length === 0) return done;
    for (const row of rows) {
      try {
        const sop = await definitions.frozen(db, row.definition);
        const snapshot = row.snapshot as RequestSnapshot;
        await db.transaction(async (trx) => {
          await trx('alur_requests')
            .where({ id: row.id })
            .update(derivedColumns(sop, snapshot, at));
          await writeVisits(trx, [{ id: row.id, rows: visitRows(row.id, sop, snapshot, at) }]);
        });
      } catch (error) {
        logger.warn(`alur: permohonan ${row.id} tidak dapat dilengkapi (cannot be backfilled): ${String(error)}`);
        await db('alur_requests').where({ id: row.id }).update({ zone: '', sla_judged: false });
      }
      done += 1;
    }
  }
}
