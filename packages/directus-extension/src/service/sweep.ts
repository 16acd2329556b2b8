import { apply, type RequestEffect } from '@alur/core';
import { fromDb, instant, isPostgres, toJson, type Db } from './db.js';
import { StaleDefinitions, type DefinitionStore } from './definitions.js';
import type { MembershipDirectory } from './caller.js';
import { notificationsFor, saveNotifications, type Mailer, type WrittenNotification } from './notify.js';
import { derivedColumns, type RequestRow } from './requests.js';
import { DERIVED_AT, derivedPart, flushDerived, lockTallies, writeDerived, type DerivedPart } from './derived.js';

/** What the SLA sweep needs. */
export interface SweepDeps {
  readonly db: Db;
  readonly definitions: DefinitionStore;
  readonly members: MembershipDirectory;
  readonly now: () => Date;
  readonly logger: { warn(message: string): void };
  /** Emails the alerts' notifications after each commit (none without it). */
  readonly mail?: Mailer;
}

/** How long one instance holds a request it is ticking before another may take it over. */
const CLAIM_MS = 2 * 60_000;
/** When a request cannot be judged (its calendar lacks the year), look again this much later. */
const RETRY_MS = 24 * 60 * 60_000;

/** What one sweep did. */
export interface SweepResult {
  readonly checked: number;
  readonly alerts: number;
  readonly notifications: number;
}

const unclaimed = (now: Date) => (q: ReturnType<Db>) => q.whereNull('sla_claim_until').orWhere('sla_claim_until', '<', now);

/**
 * The columns a judged row is written back only while they still hold what the claim returned:
 * a flush meanwhile (`derived_at`) has counted the row's tallies from other data, and a calendar
 * save meanwhile (`sla_next_check`, set due) has made the judgement stale. The same run then
 * takes the row again.
 */
const AS_CLAIMED = [DERIVED_AT, 'sla_next_check'] as const;

/** A judged request, ready to be written. */
interface Judged {
  readonly row: RequestRow;
  /** The {@link AS_CLAIMED} columns as the claim returned them. */
  readonly claimed: Readonly<Record<(typeof AS_CLAIMED)[number], unknown>>;
  readonly sop: Awaited<ReturnType<DefinitionStore['frozen']>>;
  readonly result: Extract<ReturnType<typeof apply>, { ok: true }>;
  /** The snapshot to store, when the tick recorded something (a re-check after a calendar edit may not). */
  readonly snapshot: string | null;
  readonly columns: Record<string, unknown>;
  readonly derived: DerivedPart;
}

/**
 * Ticks every request whose next SLA check is due, one batch at a time: claims the batch in one
 * statement (an UPDATE that takes only rows nobody holds, returning those it took, so several
 * instances can sweep at once), applies `TICK` to each, and writes them all in one transaction,
 * each only if its version and {@link AS_CLAIMED} columns are still the ones read (a person's
 * event meanwhile wins: its transition recomputed the next check). The batch's visit rows and tallies
 * are written in the same transaction, not behind it. Each warning or breach is recorded once in
 * `alur_sla_alerts` (id `request:step:visit:kind`) and notifies the responsible role.
 */
export async function sweep(deps: SweepDeps, batch = 200): Promise<SweepResult> {
  const { db, definitions } = deps;
  const now = deps.now();
  const until = new Date(now.getTime() + CLAIM_MS);
  // One statement finds the batch due and claims it, returning the rows it took; on Postgres rows
  // another instance is claiming right now are skipped rather than waited for.
  const due = db('alur_requests')
    .select('id')
    .whereNot('phase', 'done')
    .whereNotNull('sla_next_check')
    .where('sla_next_check', '<=', now)
    .andWhere(unclaimed(now))
    .orderBy('sla_next_check')
    .limit(batch);
  const raws = (await db('alur_requests')
    .whereIn('id', isPostgres(db) ? due.forUpdate().skipLocked() : due)
    .andWhere(unclaimed(now))
    .update({ sla_claim_until: until }, '*')) as Record<string, unknown>[];
  if (raws.length === 0) {
    await flushDerived(db, definitions);
    return { checked: 0, alerts: 0, notifications: 0 };
  }
  const claimed = raws.map((raw) => String(raw['id']));
  let alerts = 0;
  const mails: WrittenNotification[] = [];
  try {
    // Everything read before the transaction: on SQLite's single connection, a read outside it would wait on it forever.
    const members = await deps.members.load(db);
    const defs = await definitions.load(db);
    const judged: Judged[] = [];
    const unjudged: string[] = [];
    for (const raw of raws) {
      const row = fromDb<RequestRow>('alur_requests', raw);
      const sop = await definitions.frozen(db, row.definition, defs);
      const result = apply(sop, row.snapshot, { type: 'TICK' }, now);
      if (!result.ok) {
        deps.logger.warn(`alur: SLA permohonan ${row.id} tidak dapat diperiksa (cannot be checked): ${result.error.message.id} / ${result.error.message.en}`);
        unjudged.push(row.id);
        continue;
      }
      const snapshot = toJson(result.snapshot);
      const columns = derivedColumns(sop, result.snapshot, now);
      judged.push({
        row,
        claimed: Object.fromEntries(AS_CLAIMED.map((c) => [c, raw[c]])) as Judged['claimed'],
        sop,
        result,
        snapshot: snapshot === toJson(row.snapshot) ? null : snapshot,
        columns,
        derived: derivedPart({ ...row, ...columns }, sop, result.snapshot, now),
      });
    }
    const effects = judged.flatMap(({ row, result }) =>
      result.effects.flatMap((e) => (e.type === 'sla.warning' || e.type === 'sla.breach' ? [{ row, effect: e, id: alertId(row.id, e) }] : [])),
    );
    await db.transaction(async (trx) => {
      // Judged on a calendar saved over meanwhile (through another instance): nothing is written, and the run takes the batch again.
      await definitions.checkCurrent(trx, defs);
      await lockTallies(trx);
      if (unjudged.length)
        await trx('alur_requests')
          .whereIn('id', unjudged)
          .update({ sla_next_check: new Date(now.getTime() + RETRY_MS), sla_claim_until: null, sla_judged: false, [DERIVED_AT]: now });
      const written = await writeJudged(trx, judged);
      // Changed by a person meanwhile: their transition recomputed the next check; the claim is released below.
      const won = judged.filter(({ row }) => written.has(row.id));
      await writeDerived(
        trx,
        won.map(({ derived }) => derived),
      );
      const live = effects.filter(({ row }) => written.has(row.id));
      const recorded = new Set<string>();
      for (let i = 0; i < live.length; i += 500)
        for (const r of await trx('alur_sla_alerts')
          .whereIn(
            'id',
            live.slice(i, i + 500).map(({ id }) => id),
          )
          .select('id'))
          recorded.add(r.id);
      const fresh = live.filter(({ id }) => !recorded.has(id));
      const alertRows = fresh.map(({ row, effect, id }) => ({
        id,
        request: row.id,
        step: effect.step,
        kind: kindOf(effect),
        deadline: new Date(effect.deadline),
        date_created: now,
      }));
      for (let i = 0; i < alertRows.length; i += 100) await trx('alur_sla_alerts').insert(alertRows.slice(i, i + 100));
      alerts = fresh.length;
      for (const { row, sop } of won) {
        const own = fresh.filter((f) => f.row === row).map(({ effect }) => effect);
        if (own.length) mails.push(...notificationsFor(sop, { id: row.id, title: row.title, office: row.office }, own, now, members.all));
      }
      await saveNotifications(trx, mails, now);
    });
  } catch (error) {
    if (!(error instanceof StaleDefinitions)) throw error;
    definitions.recheck();
  } finally {
    // What this sweep claimed and did not write (changed meanwhile, or a failure): free at once, not in CLAIM_MS.
    await db('alur_requests').whereIn('id', claimed).andWhere('sla_claim_until', until).update({ sla_claim_until: null });
  }
  if (mails.length) deps.mail?.(mails);
  // Writes that landed meanwhile, and the requests that could not be judged.
  await flushDerived(db, definitions);
  return { checked: raws.length, alerts, notifications: mails.length };
}

type SlaEffect = Extract<RequestEffect, { type: 'sla.warning' | 'sla.breach' }>;
const kindOf = (effect: SlaEffect) => (effect.type === 'sla.warning' ? 'warning' : 'breach');
const alertId = (request: string, effect: SlaEffect) => `${request}:${effect.step}:${effect.visit}:${kindOf(effect)}`;

/**
 * Stores the judged requests, each only while its version and {@link AS_CLAIMED} columns are those read, and
 * returns the ids written. Postgres takes the batch in one statement (a row per element of a
 * JSON array, typed by the table's own row type); SQLite, in process, one statement per row.
 */
async function writeJudged(trx: Db, judged: readonly Judged[]): Promise<Set<string>> {
  const won = new Set<string>();
  if (judged.length === 0) return won;
  const keys = Object.keys(judged[0]!.columns);
  if (isPostgres(trx)) {
    for (let i = 0; i < judged.length; i += 500) {
      const items = judged.slice(i, i + 500).map(({ row, claimed, snapshot, columns, derived }) => ({
        version: row.version,
        as: Object.fromEntries(AS_CLAIMED.map((c) => [c, instant(claimed[c])?.toISOString() ?? null])),
        bump: snapshot === null ? 0 : 1,
        set: { ...columns, id: row.id, snapshot: snapshot === null ? null : JSON.parse(snapshot), sla_tally: derived.after },
      }));
      const { rows } = (await trx.raw(
        `update alur_requests as r set ${keys.map(() => '?? = v.??').join(', ')}, ` +
          `snapshot = case when (x->>'bump')::int = 1 then v.snapshot else r.snapshot end, version = r.version + (x->>'bump')::int, ` +
          `sla_tally = v.sla_tally, sla_claim_until = null, ${DERIVED_AT} = null ` +
          `from json_array_elements(?::json) as x, json_populate_record(null::alur_requests, x->'set') as v ` +
          `where r.id = v.id and r.version = (x->>'version')::int and ${AS_CLAIMED.map(() => `r.?? is not distinct from (x->'as'->>?)::timestamptz`).join(' and ')} returning r.id`,
        [...keys.flatMap((k) => [k, k]), JSON.stringify(items), ...AS_CLAIMED.flatMap((c) => [c, c])],
      )) as { rows: { id: string }[] };
      for (const r of rows) won.add(r.id);
    }
    return won;
  }
  for (const { row, claimed, snapshot, columns, derived } of judged) {
    const updated = await trx('alur_requests')
      // As `flushDerived` claims: knex writes a null value as `is null`.
      .where({ id: row.id, version: row.version, ...claimed })
      .update({
        ...columns,
        ...(snapshot === null ? {} : { snapshot, version: row.version + 1 }),
        sla_tally: toJson(derived.after),
        sla_claim_until: null,
        [DERIVED_AT]: null,
      });
    if (updated === 1) won.add(row.id);
  }
  return won;
}

/** Requests per sweep batch: `ALUR_SWEEP_BATCH` (1–1000), 200 by default. */
export function sweepBatch(env: Record<string, unknown> = {}): number {
  const value = Number(env['ALUR_SWEEP_BATCH'] ?? 200);
  return Number.isInteger(value) && value >= 1 && value <= 1000 ? value : 200;
}

/** What {@link sweepDue} did: the sums of its batches, and whether requests were left due when its time ran out. */
export interface SweepRunResult extends SweepResult {
  readonly batches: number;
  readonly more: boolean;
}

/**
 * Sweeps batch after batch until a batch finds no request due or `budgetMs` has passed (on a monotonic
 * clock, never the service clock); what is left waits for the next run. After a calendar save
 * every open request is due at once: one run re-checks them all, not one batch a minute.
 */
export async function sweepDue(deps: SweepDeps, { batch = 200, budgetMs = 50_000, monotonic = () => performance.now() } = {}): Promise<SweepRunResult> {
  const started = monotonic();
  let checked = 0;
  let alerts = 0;
  let notifications = 0;
  let batches = 0;
  for (;;) {
    const result = await sweep(deps, batch);
    batches += 1;
    checked += result.checked;
    alerts += result.alerts;
    notifications += result.notifications;
    // Until a batch finds nothing: one may come back short while due requests remain (rows another
    // sweep was claiming, or rows released because a person's event changed them meanwhile).
    if (result.checked === 0) return { checked, alerts, notifications, batches, more: false };
    if (monotonic() - started >= budgetMs) return { checked, alerts, notifications, batches, more: true };
  }
}
