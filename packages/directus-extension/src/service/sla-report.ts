import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import type { Caller } from './caller.js';
import type { Db } from './db.js';
import type { DefinitionStore } from './definitions.js';
import { line, type ReportPeriod } from './report.js';
import { visibleRequests } from './requests.js';
import { VISITS } from './visits.js';

/** The instants `[start, end)` a period covers in `zone` (either side open when not given). */
function bounds(period: ReportPeriod, zone: string): [Date | undefined, Date | undefined] {
  const start = period.from ? DateTime.fromISO(period.from, { zone }).toJSDate() : undefined;
  const end = period.to ? DateTime.fromISO(period.to, { zone }).plus({ days: 1 }).toJSDate() : undefined;
  return [start, end];
}

/**
 * `column` within the period, each request read in its own calendar's zone (`r.zone`): one
 * `(zone = ? and column >= ? and column < ?)` per zone present, or nothing without a period.
 */
function withinPeriod(builder: Knex.QueryBuilder, column: string, period: ReportPeriod, zones: readonly string[]): Knex.QueryBuilder {
  if (!period.from && !period.to) return builder;
  if (zones.length === 0) return builder.whereRaw('1 = 0');
  return builder.where((outer) => {
    for (const zone of zones) {
      const [start, end] = bounds(period, zone);
      outer.orWhere((w) => {
        w.where('r.zone', zone);
        if (start) w.where(column, '>=', start);
        if (end) w.where(column, '<', end);
      });
    }
  });
}

const n = (value: unknown): number => Number(value ?? 0);

/** The tallies of visits with a time limit that count against the office, grouped by `groups`. */
const TALLIES = [
  'count(*) as visits',
  'sum(case when v.running then 0 else 1 end) as completed',
  "sum(case when v.status = 'breached' then 1 else 0 end) as breached",
  "sum(case when v.status = 'warning' then 1 else 0 end) as warned",
  'sum(case when v.running then 0 else coalesce(v.used_minutes, 0) end) as minutes',
];

/**
 * The SLA report, the same figures as `slaReport` in `report.ts` computed in SQL from the rows
 * of `alur_step_visits` and the derived columns of `alur_requests` (both written with every
 * request write and sweep tick): per step of each variant and per office, over the requests the
 * caller may see (`visibleRequests`), optionally one variant, and with a period only the visits
 * (and, for an office's `requests`/`done`, the requests) that started in it, read in each
 * request's calendar zone. A running visit counts with the status its row holds (the sweep
 * rewrites it when a warning or breach falls due); requests whose SLA could not be judged at
 * their last write (`sla_judged` false) count only in `unjudged` and `requests`.
 * `byStep` is ordered by variant and the step's place in the SOP, `byOffice` by office id.
 */
export async function slaReportSql(db: Db, caller: Caller, definitions: DefinitionStore, at: Date, period: ReportPeriod = {}, variant?: string) {
  let visible = visibleRequests(db, caller).clearSelect().select('id', 'office', 'variant', 'definition', 'zone', 'started_at', 'phase', 'sla_judged');
  if (variant !== undefined) visible = visible.where('variant', variant);
  const requests = () => db.from(visible.clone().as('r'));
  const zones = period.from || period.to ? (await requests().distinct('r.zone')).map((z: { zone: string | null }) => z.zone).filter((z): z is string => !!z) : [];
  const visits = () =>
    withinPeriod(
      db(`${VISITS} as v`)
        .join(visible.clone().as('r'), 'r.id', 'v.request')
        .where('r.sla_judged', true)
        .whereNot('v.status', 'noLimit')
        .where('v.requester_time', false),
      'v.started_at',
      period,
      zones,
    );
  const [stepRows, officeVisitRows, officeRequestRows, startedRow, unjudgedRow] = await Promise.all([
    visits()
      .groupBy('v.variant', 'v.step')
      .select('v.variant', 'v.step', db.raw('max(v.no) as no'), db.raw('max(v.actor) as actor'), db.raw('min(r.definition) as definition'), ...TALLIES.map((t) => db.raw(t))),
    visits()
      .groupBy('r.office')
      .select('r.office', ...TALLIES.map((t) => db.raw(t))),
    withinPeriod(requests().where('r.sla_judged', true), 'r.started_at', period, zones)
      .groupBy('r.office')
      .select('r.office', db.raw('count(*) as requests'), db.raw("sum(case when r.phase = 'done' then 1 else 0 end) as done")),
    withinPeriod(requests(), 'r.started_at', period, zones).count({ n: '*' }).first(),
    requests().where('r.sla_judged', false).count({ n: '*' }).first(),
  ]);

  const loaded = await definitions.load(db);
  const byStep = [];
  for (const row of stepRows as Record<string, unknown>[]) {
    let description = '';
    let order = Number.MAX_SAFE_INTEGER;
    try {
      const sop = await definitions.frozen(db, String(row['definition']), loaded);
      description = sop.steps.get(String(row['step']))?.description ?? '';
      order = [...sop.steps.keys()].indexOf(String(row['step']));
    } catch {
      // A frozen definition gone missing: the line stays, without its description.
    }
    const tally = { visits: n(row['visits']), completed: n(row['completed']), breached: n(row['breached']), warned: n(row['warned']), minutes: n(row['minutes']) };
    byStep.push({ order, line: { variant: String(row['variant']), step: String(row['step']), no: String(row['no']), description, actor: String(row['actor']), ...line(tally) } });
  }
  byStep.sort((a, b) => a.line.variant.localeCompare(b.line.variant) || a.order - b.order || a.line.step.localeCompare(b.line.step));

  const offices = new Map<string, { requests: number; done: number; visits: number; completed: number; breached: number; warned: number; minutes: number }>();
  const office = (id: string) => {
    let entry = offices.get(id);
    if (!entry) offices.set(id, (entry = { requests: 0, done: 0, visits: 0, completed: 0, breached: 0, warned: 0, minutes: 0 }));
    return entry;
  };
  for (const row of officeRequestRows as Record<string, unknown>[]) Object.assign(office(String(row['office'])), { requests: n(row['requests']), done: n(row['done']) });
  for (const row of officeVisitRows as Record<string, unknown>[]) {
    Object.assign(office(String(row['office'])), { visits: n(row['visits']), completed: n(row['completed']), breached: n(row['breached']), warned: n(row['warned']), minutes: n(row['minutes']) });
  }
  return {
    at: at.toISOString(),
    ...(period.from || period.to ? { period: { from: period.from ?? null, to: period.to ?? null } } : {}),
    requests: n((startedRow as { n?: unknown } | undefined)?.n),
    unjudged: n((unjudgedRow as { n?: unknown } | undefined)?.n),
    byStep: byStep.map((s) => s.line),
    byOffice: [...offices.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, { requests: count, done, ...t }]) => ({ office: id, requests: count, done, ...line(t) })),
  };
}
