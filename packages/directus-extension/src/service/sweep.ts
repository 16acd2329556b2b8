import { apply, type RequestEffect } from '@alur/core';
import { fromDb, toJson, type Db } from './db.js';
import type { DefinitionStore } from './definitions.js';
import type { MembershipDirectory } from './caller.js';
import { notificationsFor, saveNotifications, type Mailer, type WrittenNotification } from './notify.js';
import { derivedColumns, type RequestRow } from './requests.js';
import { DERIVED_AT, flushDerived } from './derived.js';

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

/** A judged request, ready to be written. */
interface Judged {
  readonly row: RequestRow;
  readonly sop: Awaited<ReturnType<DefinitionStore['frozen']>>;
  readonly result: Extract<ReturnType<typeof apply>, { ok: true }>;
}

/**
 * Ticks every request whose next SLA check is due, one batch at a time: claims the batch in one
 * statement (an UPDATE that takes only rows nobody holds, returning those it took, so several
 * instances can sweep at once), applies `TICK` to each, and writes them all in one transaction,
 * each only if its version is still the one read (a person's event meanwhile wins: its
 * transition recomputed the next check). Each warning or breach is recorded once in
 * `alur_sla_alerts` (id `request:step:visit:kind`) and notifies the responsible role.
 */
export async function sweep(deps: SweepDeps, batch = 200): Promise<SweepResult> {
  const { db, definitions } = deps;
  const now = deps.now();
  const due = (
    await db('alur_requests')
      .whereNot('phase', 'done')
      .whereNotNull('sla_next_check')
      .where('sla_next_check', '<=', now)
      .andWhere(unclaimed(now))
      .orderBy('sla_next_check')
      .limit(batch)
      .select('id')
  ).map((r: { id: string }) => r.id);
  if (due.length === 0) {
    await flushDerived(db, definitions);
    return { checked: 0, alerts: 0, notifications: 0 };
  }
  const until = new Date(now.getTime() + CLAIM_MS);
  const taken = await db('alur_requests').whereIn('id', due).andWhere(unclaimed(now)).update({ sla_claim_until: until }, ['id']);
  const claimed = (taken as ({ id: string } | string)[]).map((r) => (typeof r === 'string' ? r : r.id));
  let alerts = 0;
  let notifications = 0;
  const mails: WrittenNotification[] = [];
  try {
    // Everything read before the transaction: on SQLite's single connection, a read outside it would wait on it forever.
    const rows = (await db('alur_requests').whereIn('id', claimed).select()).map((row: Record<string, unknown>) => fromDb<RequestRow>('alur_requests', row));
    const members = await deps.members.load(db);
    const judged: Judged[] = [];
    const unjudged: string[] = [];
    for (const row of rows) {
      const sop = await definitions.frozen(db, row.definition);
      const result = apply(sop, row.snapshot, { type: 'TICK' }, now);
      if (result.ok) judged.push({ row, sop, result });
      else {
        deps.logger.warn(`alur: SLA permohonan ${row.id} tidak dapat diperiksa (cannot be checked): ${result.error.message.id} / ${result.error.message.en}`);
        unjudged.push(row.id);
      }
    }
    const alertIds = judged.flatMap(({ row, result }) => result.effects.flatMap((e) => (e.type === 'sla.warning' || e.type === 'sla.breach' ? [`${row.id}:${e.step}:${e.visit}:${e.type === 'sla.warning' ? 'warning' : 'breach'}`] : [])));
    await db.transaction(async (trx) => {
      if (unjudged.length) await trx('alur_requests').whereIn('id', unjudged).update({ sla_next_check: new Date(now.getTime() + RETRY_MS), sla_claim_until: null, sla_judged: false, [DERIVED_AT]: now });
      const recorded = new Set(alertIds.length ? (await trx('alur_sla_alerts').whereIn('id', alertIds).select('id')).map((r: { id: string }) => r.id) : []);
      for (const { row, sop, result } of judged) {
        const snapshot = toJson(result.snapshot);
        // Nothing recorded (e.g. a re-check after a calendar edit): refresh the derived columns, keep the version.
        const changes = snapshot === toJson(row.snapshot) ? {} : { snapshot, version: row.version + 1 };
        // The visit rows and tallies as judged now are written behind (`flushDerived`, at the end of the sweep).
        const updated = await trx('alur_requests')
          .where({ id: row.id, version: row.version })
          .update({ ...derivedColumns(sop, result.snapshot, now), ...changes, sla_claim_until: null, [DERIVED_AT]: now });
        // Changed by a person meanwhile: their transition recomputed the next check; the claim is released below.
        if (updated !== 1) continue;
        const fresh: RequestEffect[] = [];
        for (const effect of result.effects) {
          if (effect.type !== 'sla.warning' && effect.type !== 'sla.breach') continue;
          const kind = effect.type === 'sla.warning' ? 'warning' : 'breach';
          const alertId = `${row.id}:${effect.step}:${effect.visit}:${kind}`;
          if (recorded.has(alertId)) continue;
          await trx('alur_sla_alerts').insert({ id: alertId, request: row.id, step: effect.step, kind, deadline: new Date(effect.deadline), date_created: now });
          recorded.add(alertId);
          fresh.push(effect);
        }
        alerts += fresh.length;
        const notified = notificationsFor(sop, { id: row.id, title: row.title, office: row.office }, fresh, now, members.all);
        await saveNotifications(trx, row.id, notified, now);
        notifications += notified.length;
        mails.push(...notified);
      }
    });
  } finally {
    // What this sweep claimed and did not write (changed meanwhile, or a failure): free at once, not in CLAIM_MS.
    await db('alur_requests').whereIn('id', claimed).andWhere('sla_claim_until', until).update({ sla_claim_until: null });
  }
  if (mails.length) deps.mail?.(mails);
  await flushDerived(db, definitions);
  return { checked: due.length, alerts, notifications };
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
 * Sweeps batch after batch until no request is due or `budgetMs` has passed (on a monotonic
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
    const more = result.checked === batch;
    if (!more || monotonic() - started >= budgetMs) return { checked, alerts, notifications, batches, more };
  }
}
