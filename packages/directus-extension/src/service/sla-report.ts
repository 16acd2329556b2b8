import { DateTime } from 'luxon';
import type { Caller } from './caller.js';
import type { Db } from './db.js';
import type { DefinitionStore } from './definitions.js';
import { flushDerived } from './derived.js';
import { line, type ReportPeriod } from './report.js';
import { visibleOffices } from './requests.js';
import { COUNTERS, TALLIES, type Counter } from './tallies.js';
import { measureAvailability } from './uptime.js';

const n = (value: unknown): number => Number(value ?? 0);
const VISIT_COUNTERS = ['visits', 'completed', 'breached', 'warned', 'minutes'] as const;
type VisitTally = Record<(typeof VISIT_COUNTERS)[number], number>;
const visitTally = (row: Record<string, unknown>): VisitTally => Object.fromEntries(VISIT_COUNTERS.map((c) => [c, n(row[c])])) as VisitTally;

/**
 * The SLA report, the same figures as `slaReport` in `report.ts`, summed in SQL from the daily
 * tallies (`alur_sla_tallies`, see `tallies.ts`; the writes still pending are written first,
 * see `flushDerived`, so every committed write counts), so its cost follows the number of variants, offices, steps
 * and days, not of requests: per step of each variant and per office, over the offices the
 * caller may see, optionally one variant, and with a period only the visits (and, for an
 * office's `requests`/`done`, the requests) that started in it, read in each request's
 * calendar zone. A running visit counts with the status its last write or tick judged; requests
 * whose SLA could not be judged then count only in `unjudged` and `requests`.
 * `byStep` is ordered by variant and the step's place in the SOP, `byOffice` by office id.
 */
export async function slaReportSql(db: Db, caller: Caller, definitions: DefinitionStore, at: Date, period: ReportPeriod = {}, variant?: string) {
  await flushDerived(db, definitions);
  const offices = visibleOffices(caller);
  const scope = () => {
    let q = db(TALLIES);
    if (offices) q = q.whereIn('office', offices);
    if (variant !== undefined) q = q.where('variant', variant);
    return q;
  };
  let inPeriod = scope();
  if (period.from) inPeriod = inPeriod.where('day', '>=', period.from);
  if (period.to) inPeriod = inPeriod.where('day', '<=', period.to).whereNot('day', '');
  const sums = (counters: readonly Counter[]) => counters.map((c) => db.raw('sum(??) as ??', [c, c]));
  const [lines, unjudgedRow] = await Promise.all([
    inPeriod
      .groupBy('variant', 'step', 'office')
      .select('variant', 'step', 'office', db.raw('min(definition) as definition'), db.raw('max(no) as no'), db.raw('max(actor) as actor'), ...sums(COUNTERS)),
    scope().where('step', '').sum({ n: 'unjudged' }).first(),
  ]);

  let requests = 0;
  const steps = new Map<string, { variant: string; step: string; no: string; actor: string; definition: string; tally: VisitTally }>();
  const byOffice = new Map<string, { requests: number; done: number } & VisitTally>();
  const office = (id: string) => {
    let entry = byOffice.get(id);
    if (!entry) byOffice.set(id, (entry = { requests: 0, done: 0, visits: 0, completed: 0, breached: 0, warned: 0, minutes: 0 }));
    return entry;
  };
  for (const row of lines as Record<string, unknown>[]) {
    const id = String(row['office']);
    if (row['step'] === '') {
      requests += n(row['requests']);
      if (n(row['judged']) > 0) Object.assign(office(id), { requests: office(id).requests + n(row['judged']), done: office(id).done + n(row['done']) });
      continue;
    }
    const tally = visitTally(row);
    if (tally.visits <= 0) continue;
    const entry = office(id);
    for (const c of VISIT_COUNTERS) entry[c] += tally[c];
    const key = `${String(row['variant'])}\n${String(row['step'])}`;
    const step = steps.get(key);
    if (!step) {
      steps.set(key, {
        variant: String(row['variant']),
        step: String(row['step']),
        no: String(row['no']),
        actor: String(row['actor']),
        definition: String(row['definition']),
        tally,
      });
      continue;
    }
    for (const c of VISIT_COUNTERS) step.tally[c] += tally[c];
    if (String(row['definition']) < step.definition) step.definition = String(row['definition']);
    if (String(row['no']) > step.no) step.no = String(row['no']);
    if (String(row['actor']) > step.actor) step.actor = String(row['actor']);
  }

  const loaded = await definitions.load(db);
  const byStep = [];
  for (const s of steps.values()) {
    let description = '';
    let order = Number.MAX_SAFE_INTEGER;
    try {
      const sop = await definitions.frozen(db, s.definition, loaded);
      description = sop.steps.get(s.step)?.description ?? '';
      order = [...sop.steps.keys()].indexOf(s.step);
    } catch {
      // A frozen definition gone missing: the line stays, without its description.
    }
    byStep.push({ order, line: { variant: s.variant, step: s.step, no: s.no, description, actor: s.actor, ...line(s.tally) } });
  }
  byStep.sort((a, b) => a.line.variant.localeCompare(b.line.variant) || a.order - b.order || a.line.step.localeCompare(b.line.step));
  // SLA item 1 of a service catalog: the share of working minutes the service answered, against the promise.
  const availability = [];
  for (const id of loaded.sops.ids) {
    if (variant !== undefined && id !== variant) continue;
    const compiled = loaded.sops.get(id);
    const promised = compiled.sop.document?.catalog?.availability;
    if (promised === undefined) continue;
    const zone = compiled.calendar.zone;
    const from = period.from ? DateTime.fromISO(period.from, { zone }).toJSDate() : new Date(0);
    const end = period.to ? DateTime.fromISO(period.to, { zone }).plus({ days: 1 }).toJSDate() : at;
    const measured = await measureAvailability(db, compiled.calendar, from, end < at ? end : at);
    availability.push({
      variant: id,
      name: compiled.sop.name,
      zone,
      promised,
      ...(measured ?? { since: null, until: null, workingMinutes: 0, answeredMinutes: 0, share: null }),
    });
  }
  return {
    at: at.toISOString(),
    ...(period.from || period.to ? { period: { from: period.from ?? null, to: period.to ?? null } } : {}),
    availability,
    requests,
    unjudged: n((unjudgedRow as { n?: unknown } | undefined)?.n),
    byStep: byStep.map((s) => s.line),
    byOffice: [...byOffice.entries()]
      .filter(([, o]) => o.requests > 0 || o.visits > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, { requests: count, done, ...t }]) => ({ office: id, requests: count, done, ...line(t) })),
  };
}
