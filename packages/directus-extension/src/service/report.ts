import { slaCheck, type CompiledSop } from '@alur/core';
import type { RequestRow } from './requests.js';

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

interface Tally {
  visits: number;
  completed: number;
  breached: number;
  warned: number;
  minutes: number;
}

const empty = (): Tally => ({ visits: 0, completed: 0, breached: 0, warned: 0, minutes: 0 });

function line(t: Tally): SlaLine {
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
 */
export function slaReport(requests: readonly { row: RequestRow; sop: CompiledSop }[], at: Date) {
  const steps = new Map<string, Tally & { variant: string; step: string; no: string; description: string; actor: string }>();
  const offices = new Map<string, Tally & { office: string; requests: number; done: number }>();
  let unjudged = 0;
  for (const { row, sop } of requests) {
    let sla;
    try {
      sla = slaCheck(sop, row.snapshot, at);
    } catch {
      unjudged += 1;
      continue;
    }
    const office = offices.get(row.office) ?? { ...empty(), office: row.office, requests: 0, done: 0 };
    offices.set(row.office, office);
    office.requests += 1;
    if (row.phase === 'done') office.done += 1;
    for (const visit of sla.steps) {
      if (visit.status === 'noLimit' || visit.requesterTime) continue;
      const key = `${row.variant}\u0000${visit.step}`;
      const definition = sop.steps.get(visit.step)!;
      const step = steps.get(key) ?? { ...empty(), variant: row.variant, step: visit.step, no: visit.no, description: definition.description, actor: visit.actor };
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
    requests: requests.length,
    unjudged,
    byStep: [...steps.values()].map(({ variant, step, no, description, actor, ...t }) => ({ variant, step, no, description, actor, ...line(t) })),
    byOffice: [...offices.values()].map(({ office, requests: count, done, ...t }) => ({ office, requests: count, done, ...line(t) })),
  };
}
