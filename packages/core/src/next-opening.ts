import { intervalAfter } from './internal/calendar-index.js';
import { instantMs, outOfRange } from './internal/instant.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * The first instant at or after `at` when the office is open: `at` itself during working
 * time, otherwise the start of the next working interval.
 *
 * @example
 * ```ts
 * import { nextOpening, getCalendar } from '@alur/core';
 * const nasional = getCalendar('id-nasional');
 * // Tuesday 17 March 2026, 17:00 WIB: Nyepi, Idul Fitri and cuti bersama follow (18–24 March)
 * nextOpening(nasional, new Date('2026-03-17T17:00:00+07:00')).toISOString();
 * // '2026-03-25T00:30:00.000Z' = Wednesday 25 March 07:30 WIB
 * ```
 */
export function nextOpening(calendar: WorkingCalendar, at: Date): Date {
  const t = instantMs(calendar, at, 'at');
  const index = calendar.index;
  const i = intervalAfter(index, t);
  if (i >= index.ivStart.length) throw outOfRange(calendar, index.end, true);
  const start = index.ivStart[i]!;
  return new Date(Math.max(start, t));
}
