import { slaCheck, type CompiledSop, type RequestSla } from '@alur/core';
import { DateTime } from 'luxon';
import type { RequestRow } from './requests.js';

/**
 * A report period: calendar dates (`YYYY-MM-DD`), both inclusive, each read in the time zone of
 * the request's own calendar (so "March" is March in WIB for Babel and in WITA for Sumbawa).
 */
export interface ReportPeriod {
  readonly from?: string;
  readonly to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export const isReportDate = (value: string): boolean => DATE.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;

/** The instants `[start, end)` a period covers in `zone`. */
function bounds(period: ReportPeriod, zone: string): [number, number] {
  const start = period.from ? DateTime.fromISO(period.from, { zone }).toMillis() : -Infinity;
  const end = period.to ? DateTime.fromISO(period.to, { zone }).plus({ days: 1 }).toMillis() : Infinity;
  return [start, end];
}

/** One line of the SLA report: a step of a variant, or an office. */
export interface SlaLine {
  /** Step visits with a time limit that count against the office (the requester's own time excluded). */
  readonly visits: number;
  readonly completed: number;
  readonly breached: number;
  readonly warned: number;
  /** Share of judged visits not breached, in percent with one decimal; `null` with none. */
  readonly onTimePercent: number | null;
  /** Average working minutes of completed visits (pauses on the requester excluded). */
  readonly averageWorkingMinutes: number | null;
}

/** The counts behind one report line. */
export interface Tally {
  visits: number;
  completed: number;
  breached: number;
  warned: number;
  minutes: number;
}

const empty = (): Tally => ({ visits: 0, completed: 0, breached: 0, warned: 0, minutes: 0 });

/** A report line from its counts: on-time share and average minutes worked out the same way everywhere. */
export function line(t: Tally): SlaLine {
  return {
    visits: t.visits,
    completed: t.completed,
    breached: t.breached,
    warned: t.warned,
    onTimePercent: t.visits ? Math.round(((t.visits - t.breached) / t.visits) * 1000) / 10 : null,
    averageWorkingMinutes: t.completed ? Math.round(t.minutes / t.completed) : null,
  };
}

/**
 * The SLA report over requests at `at`: per step of each variant and per office, how many
 * visits, completed, warned and breached, the on-time share and the average working time.
 * With a period, only step visits that started in it count, and an office's `requests` and
 * `done` count the requests started in it.
 */
export function slaReport(requests: readonly { row: RequestRow; sop: CompiledSop }[], at: Date, period: ReportPeriod = {}) {
  const steps = new Map<string, Tally & { variant: string; step: string; no: string; description: string; actor: string }>();
  const offices = new Map<string, Tally & { office: string; requests: number; done: number }>();
  let started = 0;
  let unjudged = 0;
  // Requests share few zones: the period's instants are worked out once per zone.
  const zones = new Map<string, [number, number]>();
  for (const { row, sop } of requests) {
    let range = zones.get(sop.calendar.zone);
    if (!range) zones.set(sop.calendar.zone, (range = bounds(period, sop.calendar.zone)));
    const [start, end] = range;
    const within = (iso: string | undefined) => {
      const ms = iso ? Date.parse(iso) : NaN;
      return ms >= start && ms < end;
    };
    const isNew = within(row.snapshot.context.clocks[0]?.startedAt);
    if (isNew) started += 1;
    let sla: RequestSla;
    try {
      sla = slaCheck(sop, row.snapshot, at);
    } catch {
      unjudged += 1;
      continue;
    }
    const office = offices.get(row.office) ?? { ...empty(), office: row.office, requests: 0, done: 0 };
    if (isNew) {
      offices.set(row.office, office);
      office.requests += 1;
      if (row.phase === 'done') office.done += 1;
    }
    for (const visit of sla.steps) {
      if (visit.status === 'noLimit' || visit.requesterTime || !within(visit.startedAt)) continue;
      offices.set(row.office, office);
      const key = `${row.variant}\u0000${visit.step}`;
      const definition = sop.steps.get(visit.step)!;
      const step = steps.get(key) ?? {
        ...empty(),
        variant: row.variant,
        step: visit.step,
        no: visit.no,
        description: definition.description,
        actor: visit.actor,
      };
      steps.set(key, step);
      for (const tally of [step, office]) {
        tally.visits += 1;
        if (visit.status === 'breached') tally.breached += 1;
        if (visit.status === 'warning') tally.warned += 1;
        if (!visit.running) {
          tally.completed += 1;
          tally.minutes += visit.usedMinutes;
        }
      }
    }
  }
  return {
    at: at.toISOString(),
    ...(period.from || period.to ? { period: { from: period.from ?? null, to: period.to ?? null } } : {}),
    requests: started,
    unjudged,
    byStep: [...steps.values()].map(({ variant, step, no, description, actor, ...t }) => ({ variant, step, no, description, actor, ...line(t) })),
    byOffice: [...offices.values()].map(({ office, requests: count, done, ...t }) => ({ office, requests: count, done, ...line(t) })),
  };
}
