import type { RequestSnapshot } from '@alur/core';
import { fromDb, type Db } from '../service/db.js';
import type { DefinitionStore } from '../service/definitions.js';
import { derivedColumns, type RequestRow } from '../service/requests.js';
import { VISITS, visitRows, writeVisits } from '../service/visits.js';

/** The indexes paging, filters, the inbox and the SLA report read through: table → name → columns. */
export const INDEXES: readonly { table: string; name: string; columns: readonly string[] }[] = [
  { table: 'alur_requests', name: 'alur_requests_created', columns: ['date_created', 'id'] },
  { table: 'alur_requests', name: 'alur_requests_office_created', columns: ['office', 'date_created'] },
  { table: 'alur_requests', name: 'alur_requests_actor_deadline', columns: ['actor', 'deadline'] },
  { table: 'alur_requests', name: 'alur_requests_deadline', columns: ['deadline'] },
  { table: 'alur_requests', name: 'alur_requests_variant', columns: ['variant'] },
  { table: 'alur_requests', name: 'alur_requests_phase', columns: ['phase'] },
  { table: 'alur_requests', name: 'alur_requests_step', columns: ['step'] },
  { table: 'alur_requests', name: 'alur_requests_sla_status', columns: ['sla_status'] },
  { table: 'alur_requests', name: 'alur_requests_letter_number', columns: ['letter_number'] },
  { table: 'alur_requests', name: 'alur_requests_zone', columns: ['zone'] },
  { table: 'alur_requests', name: 'alur_requests_sla_next_check', columns: ['sla_next_check'] },
  { table: VISITS, name: 'alur_step_visits_request', columns: ['request'] },
  { table: VISITS, name: 'alur_step_visits_variant_step', columns: ['variant', 'step'] },
  { table: VISITS, name: 'alur_step_visits_started', columns: ['started_at'] },
  { table: 'alur_request_events', name: 'alur_request_events_request', columns: ['request', 'seq'] },
  { table: 'directus_notifications', name: 'alur_notifications_recipient', columns: ['recipient', 'status', 'id'] },
];

/** Creates the indexes of `INDEXES` that are missing (`CREATE INDEX IF NOT EXISTS`, on SQLite and Postgres alike). */
export async function ensureIndexes(db: Db): Promise<void> {
  for (const { table, name, columns } of INDEXES) {
    await db.raw(`create index if not exists ?? on ?? (${columns.map(() => '??').join(', ')})`, [name, table, ...columns]);
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
          await trx('alur_requests').where({ id: row.id }).update(derivedColumns(sop, snapshot, at));
          await writeVisits(trx, row.id, visitRows(row.id, sop, snapshot, at));
        });
      } catch (error) {
        logger.warn(`alur: permohonan ${row.id} tidak dapat dilengkapi (cannot be backfilled): ${String(error)}`);
        await db('alur_requests').where({ id: row.id }).update({ zone: '', sla_judged: false });
      }
      done += 1;
    }
  }
}
