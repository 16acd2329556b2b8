import { slaCheck, type CompiledSop, type RequestSla, type RequestSnapshot } from '@alur/core';
import type { Knex } from 'knex';
import { isPostgres, type Db } from './db.js';

/** The collection holding one row per step visit of every request (see `writeVisits`). */
export const VISITS = 'alur_step_visits';

/** The document whose form carries the request's letter number (the Surat Permohonan). */
const LETTER_DOCUMENT = 'surat-permohonan';

// One SLA check per snapshot and instant: the derived columns and the visit rows of a write share it.
const checks = new WeakMap<RequestSnapshot, { at: number; sop: CompiledSop; result: RequestSla | Error }>();

/**
 * `slaCheck(sop, snapshot, at)`, remembered for the last instant asked of that snapshot, so that
 * the derived columns and the visit rows of one write judge the SLA once. Throws what `slaCheck`
 * throws (e.g. a deadline past the calendar's years).
 */
export function slaAt(sop: CompiledSop, snapshot: RequestSnapshot, at: Date): RequestSla {
  const cached = checks.get(snapshot);
  let result: RequestSla | Error;
  if (cached && cached.at === at.getTime() && cached.sop === sop) result = cached.result;
  else {
    try {
      result = slaCheck(sop, snapshot, at);
    } catch (error) {
      result = error instanceof Error ? error : new Error(String(error));
    }
    checks.set(snapshot, { at: at.getTime(), sop, result });
  }
  if (result instanceof Error) throw result;
  return result;
}

/**
 * The columns beside the snapshot that paging, filters, search and the report read in SQL:
 * the letter number of the Surat Permohonan, whether the request waits on the requester or on
 * staff (`actor_kind`), when it started and the time zone of its calendar (report periods), and
 * whether its SLA could be judged at `at`. Part of `derivedColumns`, so every write keeps them.
 */
export function listingColumns(sop: CompiledSop, snapshot: RequestSnapshot, at: Date): Record<string, unknown> {
  const context = snapshot.context;
  const letter = Object.values(context.documents).find((d) => d.key === LETTER_DOCUMENT)?.data as Record<string, unknown> | undefined;
  const number = typeof letter?.['letterNumber'] === 'string' ? letter['letterNumber'].slice(0, 255) : null;
  // As the in-memory inbox judged it: only a role the SOP calls a requester's is the requester's.
  const kind = context.phase === 'done' ? undefined : context.phase === 'waiting' ? 'requester' : sop.roles.get(sop.steps.get(context.step)?.actor ?? '')?.kind;
  const actor = context.phase === 'done' ? undefined : kind === 'requester' ? 'requester' : 'staff';
  let judged = true;
  try {
    slaAt(sop, snapshot, at);
  } catch {
    judged = false;
  }
  const started = context.clocks[0]?.startedAt;
  return {
    letter_number: number,
    actor_kind: actor ?? null,
    started_at: started ? new Date(started) : null,
    zone: sop.calendar.zone,
    sla_judged: judged,
  };
}

/** The visit rows of a request at `at` (none when its SLA cannot be judged then). */
export function visitRows(id: string, sop: CompiledSop, snapshot: RequestSnapshot, at: Date): Record<string, unknown>[] {
  let sla: RequestSla;
  try {
    sla = slaAt(sop, snapshot, at);
  } catch {
    return [];
  }
  const { opd, sop: ref } = snapshot.context;
  return sla.steps.map((visit) => ({
    id: `${id}:${visit.step}:${visit.visit}`,
    request: id,
    variant: ref.id,
    office: opd,
    step: visit.step,
    no: visit.no,
    actor: visit.actor,
    visit: visit.visit,
    started_at: new Date(visit.startedAt),
    completed_at: !visit.running && visit.completedAt ? new Date(visit.completedAt) : null,
    running: visit.running,
    deadline: visit.deadline ? new Date(visit.deadline) : null,
    limit_minutes: visit.limitMinutes === undefined ? null : Math.round(visit.limitMinutes),
    used_minutes: visit.running ? null : Math.round(visit.usedMinutes),
    status: visit.status,
    requester_time: visit.requesterTime,
  }));
}

/**
 * Writes the step-visit rows of requests (each `rows` from `visitRows`) inside the caller's
 * transaction: upserts, as a request's visits only ever grow, 50 rows a statement. A request
 * with no rows (its SLA cannot be judged) loses those it had. Running visits keep the status
 * judged when written; a later write or sweep tick rewrites them.
 */
export async function writeVisits(trx: Db | Knex.Transaction, requests: readonly { id: string; rows: readonly Record<string, unknown>[] }[]): Promise<void> {
  const emptied = requests.filter((r) => r.rows.length === 0).map((r) => r.id);
  if (emptied.length) await trx(VISITS).whereIn('request', emptied).delete();
  const rows = requests.flatMap((r) => r.rows);
  if (rows.length === 0) return;
  // A row already stored as it is now is left alone: a sweep rewrites every visit of a request, most of them unchanged.
  const columns = Object.keys(rows[0]!).filter((c) => c !== 'id');
  const pg = isPostgres(trx);
  const changed = pg
    ? `(${columns.map(() => '??.??').join(', ')}) is distinct from (${columns.map(() => 'excluded.??').join(', ')})`
    : columns.map(() => '??.?? is not excluded.??').join(' or ');
  const bindings = pg ? [...columns.flatMap((c) => [VISITS, c]), ...columns] : columns.flatMap((c) => [VISITS, c, c]);
  // SQLite caps bound variables per statement (16 columns × 50 rows stays well below it); Postgres takes 65,535, and fewer statements.
  const size = pg ? 500 : 50;
  for (let i = 0; i < rows.length; i += size) {
    await trx(VISITS)
      .insert(rows.slice(i, i + size))
      .onConflict('id')
      .merge()
      .whereRaw(changed, bindings);
  }
}
