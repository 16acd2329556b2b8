import { positionOf } from './internal/calendar-index.js';
import { instantMs } from './internal/instant.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * Working minutes between two instants: only time inside working intervals counts.
 * Negative when `to` is before `from`; fractional when the instants carry seconds.
 * Round trip: `addWorkingMinutes(c, a, workingMinutesBetween(c, a, b))` is `b` whenever
 * `b` is inside working time and after `a`.
 *
 * @throws {AlurError} `INVALID_ARGUMENT` for an invalid date; `OUT_OF_RANGE` outside the
 * calendar's years.
 *
 * @example
 * ```ts
 * import { workingMinutesBetween, getCalendar } from '@alur/core';
 * const kalbar = getCalendar('kalbar-lpse');
 * // Friday 11:00 to 14:00 WIB: 11:00–11:30, Friday prayer break, 13:00–14:00
 * workingMinutesBetween(kalbar, new Date('2026-11-27T11:00:00+07:00'), new Date('2026-11-27T14:00:00+07:00'));
 * // 90
 * ```
 */
export function workingMinutesBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  const a = instantMs(calendar, from, 'from');
  const b = instantMs(calendar, to, 'to');
  return (positionOf(calendar.index, b) - positionOf(calendar.index, a)) / 60_000;
}
