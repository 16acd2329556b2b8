import { addWorkingMinutes } from '../add-working-time.js';
import type { StepClock } from '../request-snapshot.js';
import type { WorkingCalendar } from '../working-calendar.js';
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

/** How a step clock stands at `at` (or at its completion, when completed). */
export function assessClock(calendar: WorkingCalendar, clock: StepClock, at: Date): ClockAssessment {
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
