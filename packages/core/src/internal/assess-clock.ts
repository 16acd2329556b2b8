import { addWorkingMinutes } from '../add-working-time.js';
import { AlurError } from '../alur-error.js';
import type { CompiledSop } from '../compile-sop.js';
import { computeDeadline } from '../compute-deadline.js';
import type { StepClock } from '../request-snapshot.js';
import { workingMinutesBetween } from '../working-minutes-between.js';

/** Share of the limit after which a step is in warning. */
export const WARNING_SHARE = 0.75;

export interface ClockAssessment {
  readonly status: 'onTime' | 'warning' | 'breached' | 'noLimit';
  /** Working minutes spent, pauses on the requester excluded. */
  readonly usedMinutes: number;
  readonly pausedMinutes: number;
  readonly limitMinutes: number | undefined;
  readonly leftMinutes: number | undefined;
  /** Target and deadline moved later by the paused working time. */
  readonly target: Date | undefined;
  readonly deadline: Date | undefined;
}

/**
 * The clock with its target and deadline computed again from its start on the calendar as it is
 * now, so that holidays added later (a revised SKB, a regional holiday) move running and past
 * deadlines alike. Kept as stored for "Sesuai Jadwal" steps (their deadline is a date in a
 * document) and when the calendar no longer reaches the deadline.
 */
export function liveClock(sop: Pick<CompiledSop, 'calendar' | 'durations'>, clock: StepClock): StepClock {
  const duration = sop.durations.get(clock.step);
  if (clock.deadline === undefined || !duration || duration.kind === 'scheduled') return clock;
  try {
    const { target, deadline } = computeDeadline(sop.calendar, new Date(clock.startedAt), duration);
    const live = { target: target.toISOString(), deadline: deadline.toISOString() };
    return live.target === clock.target && live.deadline === clock.deadline ? clock : { ...clock, ...live };
  } catch (error) {
    if (error instanceof AlurError && error.code === 'OUT_OF_RANGE') return clock;
    throw error;
  }
}

/** How a step clock stands at `at` (or at its completion, when completed). */
export function assessClock(sop: Pick<CompiledSop, 'calendar' | 'durations'>, stored: StepClock, at: Date): ClockAssessment {
  const calendar = sop.calendar;
  const clock = liveClock(sop, stored);
  const now = clock.completedAt ? new Date(clock.completedAt) : at;
  const started = new Date(clock.startedAt);
  let paused = 0;
  for (const pause of clock.pauses) {
    const end = pause.to ? new Date(pause.to) : now;
    paused += workingMinutesBetween(calendar, new Date(pause.from), end < now ? end : now);
  }
  const used = workingMinutesBetween(calendar, started, now) - paused;
  if (clock.deadline === undefined) {
    return { status: 'noLimit', usedMinutes: used, pausedMinutes: paused, limitMinutes: undefined, leftMinutes: undefined, target: undefined, deadline: undefined };
  }
  const base = new Date(clock.deadline);
  const limit = workingMinutesBetween(calendar, started, base);
  const shift = (date: Date) => (paused > 0 ? addWorkingMinutes(calendar, date, paused) : date);
  const status = used > limit ? 'breached' : used >= WARNING_SHARE * limit ? 'warning' : 'onTime';
  return {
    status,
    usedMinutes: used,
    pausedMinutes: paused,
    limitMinutes: limit,
    leftMinutes: limit - used,
    target: clock.target ? shift(new Date(clock.target)) : undefined,
    deadline: shift(base),
  };
}
