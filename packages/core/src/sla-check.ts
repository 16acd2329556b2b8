import { AlurError } from './alur-error.js';
import type { CompiledSop } from './compile-sop.js';
import { computeDeadline } from './compute-deadline.js';
import { assessClock, instantOfUsed, liveClock, WARNING_SHARE } from './internal/assess-clock.js';
import { provisionalFlag } from './internal/provisional-flag.js';
import { workingMinutesBetween } from './working-minutes-between.js';
import type { RequestSnapshot } from './request-snapshot.js';

/** How one visit to a step stands against its Waktu. Instants are ISO-8601 UTC. */
export interface StepSlaStatus {
  readonly step: string;
  readonly no: string;
  readonly actor: string;
  readonly visit: number;
  /** `warning` once 75% of the limit is used; `noLimit` for a step without Waktu. */
  readonly status: 'onTime' | 'warning' | 'breached' | 'noLimit';
  readonly running: boolean;
  /** Waiting on the requester now (the clock is stopped). */
  readonly paused: boolean;
  /** The step is the requester's own (its time is not the office's). */
  readonly requesterTime: boolean;
  readonly usedMinutes: number;
  readonly pausedMinutes: number;
  readonly limitMinutes?: number;
  readonly leftMinutes?: number;
  readonly startedAt: string;
  readonly completedAt?: string;
  readonly target?: string;
  readonly deadline?: string;
  /** Present when a figure here rests on a year the calendar only estimates (no SKB yet). */
  readonly provisional?: true;
}

/** Every step visit's SLA, the running one, and when the whole request should end. */
export interface RequestSla {
  readonly steps: readonly StepSlaStatus[];
  readonly current: StepSlaStatus | undefined;
  /**
   * Forecast completion: from the running step's target/deadline along the expected path
   * (decisions taken as "yes"), adding each later step's Waktu. `undefined` once the path
   * leaves the calendar's years.
   */
  readonly forecast: { readonly target: string; readonly deadline: string; readonly provisional?: true } | undefined;
}

/**
 * The SLA of a request at `at`: per step visit on time / warning / breached, with working
 * minutes used and left (pauses on the requester excluded), and a forecast completion.
 *
 * @example
 * ```ts
 * import { getSop, start, slaCheck } from '@alur/core';
 * const sop = getSop('sumbawa');
 * const request = start(sop, { opd: 'dinkes', by: 'u-opd' }, new Date('2026-11-23T09:00:00+08:00'));
 * slaCheck(sop, request, new Date('2026-11-24T09:00:00+08:00')).current?.status;
 * ```
 */
export function slaCheck(sop: CompiledSop, snapshot: RequestSnapshot, at: Date): RequestSla {
  const context = snapshot.context;
  const last = context.clocks.length - 1;
  const steps = context.clocks.map((clock, i): StepSlaStatus => {
    const step = sop.steps.get(clock.step)!;
    const running = i === last && context.phase !== 'done';
    const a = assessClock(sop, clock, at);
    return {
      step: clock.step,
      no: step.no,
      actor: step.actor,
      visit: clock.visit,
      status: a.status,
      running,
      paused: running && context.phase === 'waiting',
      requesterTime: step.requesterTime === true,
      usedMinutes: a.usedMinutes,
      pausedMinutes: a.pausedMinutes,
      ...(a.limitMinutes !== undefined ? { limitMinutes: a.limitMinutes, leftMinutes: a.leftMinutes! } : {}),
      startedAt: clock.startedAt,
      ...(clock.completedAt ? { completedAt: clock.completedAt } : {}),
      ...(a.target ? { target: a.target.toISOString() } : {}),
      ...(a.deadline ? { deadline: a.deadline.toISOString() } : {}),
      ...provisionalFlag(sop.calendar, clock.startedAt, a.deadline, clock.completedAt ?? at),
    };
  });
  const current = context.phase === 'done' ? undefined : steps[last];
  return { steps, current, forecast: forecast(sop, snapshot, at, current) };
}

function forecast(sop: CompiledSop, snapshot: RequestSnapshot, at: Date, current: StepSlaStatus | undefined): RequestSla['forecast'] {
  const context = snapshot.context;
  if (context.phase === 'done') {
    const end = context.clocks[context.clocks.length - 1]?.completedAt ?? at.toISOString();
    return { target: end, deadline: end };
  }
  const late = (iso: string | undefined) => (iso && Date.parse(iso) > at.getTime() ? new Date(iso) : at);
  let target = late(current?.target ?? current?.deadline);
  let deadline = late(current?.deadline);
  const seen = new Set<string>([context.step]);
  try {
    for (let step = sop.steps.get(context.step); step && !step.end; ) {
      const value = step.route ? context.data[step.route.field] : undefined;
      const nextId = step.decision?.yes ?? step.route?.cases.find((c) => c.value === value)?.next ?? step.route?.cases[0]?.next ?? step.next;
      if (nextId === undefined || seen.has(nextId)) break;
      seen.add(nextId);
      step = sop.steps.get(nextId);
      const duration = step && sop.durations.get(step.id);
      if (!step || !duration) continue;
      const scheduled = step.scheduleFrom ? context.documents[step.scheduleFrom]?.data?.deadline : undefined;
      if (duration.kind === 'scheduled') {
        if (typeof scheduled !== 'string') continue;
        const when = new Date(scheduled);
        if (when > target) target = when;
        if (when > deadline) deadline = when;
        continue;
      }
      target = computeDeadline(sop.calendar, target, duration).target;
      deadline = computeDeadline(sop.calendar, deadline, duration).deadline;
    }
  } catch (error) {
    if (error instanceof AlurError && error.code === 'OUT_OF_RANGE') return undefined;
    throw error;
  }
  return { target: target.toISOString(), deadline: deadline.toISOString(), ...provisionalFlag(sop.calendar, at, deadline) };
}

/**
 * The next instant at which a `TICK` can change this request: when the running step reaches
 * 75% of its limit (if not warned yet), else one working minute past its deadline (if not
 * breached yet), pauses on the requester taken out. A request waiting on the requester is
 * still due when its clock passed a mark before the pause and that is not recorded yet (the
 * instant returned is then in the past: tick it at once). `undefined` when nothing can change
 * by time alone: the request is done, its step has no limit, or it waits on the requester
 * before reaching the next mark. A sweep stores this and ticks only due requests.
 *
 * @example
 * ```ts
 * import { getSop, start, nextSlaCheck } from '@alur/core';
 * const sop = getSop('babel');
 * const request = start(sop, { opd: 'dinkes', by: 'u' }, new Date('2026-06-02T09:00:00+07:00'));
 * nextSlaCheck(sop, request); // when 75% of the first step's "3 jam" is used
 * ```
 */
export function nextSlaCheck(sop: CompiledSop, snapshot: RequestSnapshot): Date | undefined {
  const context = snapshot.context;
  const last = context.clocks[context.clocks.length - 1];
  const clock = last && liveClock(sop, last);
  if (!clock || context.phase === 'done' || clock.completedAt || clock.deadline === undefined || clock.breachedAt) return undefined;
  const limit = workingMinutesBetween(sop.calendar, new Date(clock.startedAt), new Date(clock.deadline));
  const minutes = clock.warnedAt ? limit + 1 : Math.ceil(WARNING_SHARE * limit);
  // Open pauses are never cut: the mark is either before one (known) or after it (unknown yet).
  return instantOfUsed(sop.calendar, clock, minutes, new Date(8.64e15));
}
