import { addWorkingMinutes } from '../add-working-time.js';
import { AlurError } from '../alur-error.js';
import type { CompiledSop } from '../compile-sop.js';
import { computeDeadline } from '../compute-deadline.js';
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
  /** Target and deadline moved later by the working time of the pauses that began before them. */
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

/** The clock's pauses in order, each cut to [start, now] (an open pause runs until `now`). */
function pausesUntil(clock: StepClock, now: Date): { from: Date; to: Date; open: boolean }[] {
  const started = new Date(clock.startedAt).getTime();
  const end = now.getTime();
  return clock.pauses
    .map((pause) => {
      const from = Math.min(Math.max(Date.parse(pause.from), started), end);
      const to = Math.min(Math.max(pause.to === undefined ? end : Date.parse(pause.to), from), end);
      return { from: new Date(from), to: new Date(to), open: pause.to === undefined };
    })
    .sort((a, b) => a.from.getTime() - b.from.getTime());
}

/**
 * `limit` moved later by the working minutes of each pause that begins before it (a pause that
 * begins at or after it does not move it); with `openStops`, `undefined` when a pause still
 * open at `now` began before it.
 */
function pastPauses(calendar: WorkingCalendar, clock: StepClock, limit: Date, now: Date, openStops: boolean): Date | undefined {
  let moved = limit;
  for (const pause of pausesUntil(clock, now)) {
    if (pause.from.getTime() >= moved.getTime()) break;
    if (openStops && pause.open) return undefined;
    const minutes = workingMinutesBetween(calendar, pause.from, pause.to);
    if (minutes > 0) moved = addWorkingMinutes(calendar, moved, minutes);
  }
  return moved;
}

/**
 * The instant a limit falls on once pauses are taken out: a pause that begins before it moves
 * it later by the pause's working minutes; a pause that begins at or after it does not move it.
 */
export function movedByPauses(calendar: WorkingCalendar, clock: StepClock, limit: Date, now: Date): Date {
  return pastPauses(calendar, clock, limit, now, false)!;
}

/**
 * The instant the clock reaches `minutes` of used working time, pauses taken out, or
 * `undefined` when a pause still open at `now` began before that.
 */
export function instantOfUsed(calendar: WorkingCalendar, clock: StepClock, minutes: number, now: Date): Date | undefined {
  return pastPauses(calendar, clock, addWorkingMinutes(calendar, new Date(clock.startedAt), Math.max(minutes, 0)), now, true);
}

/**
 * How a step clock stands at `at` (or at its completion, when completed). Minutes are never
 * negative: an `at` before the clock started counts as its start.
 */
export function assessClock(sop: Pick<CompiledSop, 'calendar' | 'durations'>, stored: StepClock, at: Date): ClockAssessment {
  const calendar = sop.calendar;
  const clock = liveClock(sop, stored);
  const started = new Date(clock.startedAt);
  const until = clock.completedAt ? new Date(clock.completedAt) : at;
  const now = until < started ? started : until;
  let paused = 0;
  for (const pause of pausesUntil(clock, now)) paused += workingMinutesBetween(calendar, pause.from, pause.to);
  const used = Math.max(0, workingMinutesBetween(calendar, started, now) - paused);
  if (clock.deadline === undefined) {
    return {
      status: 'noLimit',
      usedMinutes: used,
      pausedMinutes: paused,
      limitMinutes: undefined,
      leftMinutes: undefined,
      target: undefined,
      deadline: undefined,
    };
  }
  const base = new Date(clock.deadline);
  const limit = workingMinutesBetween(calendar, started, base);
  const status = used > limit ? 'breached' : used >= WARNING_SHARE * limit ? 'warning' : 'onTime';
  return {
    status,
    usedMinutes: used,
    pausedMinutes: paused,
    limitMinutes: limit,
    leftMinutes: limit - used,
    target: clock.target ? movedByPauses(calendar, clock, new Date(clock.target), now) : undefined,
    deadline: movedByPauses(calendar, clock, base, now),
  };
}
