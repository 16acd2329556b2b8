import { intervalAfter } from './internal/calendar-index.js';
import { instantMs } from './internal/instant.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * Whether the office is open at `at`: inside a working interval (opening included,
 * closing excluded), not in a break, on a weekend or holiday.
 *
 * @example
 * ```ts
 * import { isWorkingTime, getCalendar } from '@alur/core';
 * const nasional = getCalendar('id-nasional');
 * isWorkingTime(nasional, new Date('2026-11-27T12:00:00+07:00')); // false: Friday prayer break
 * isWorkingTime(nasional, new Date('2026-11-27T13:00:00+07:00')); // true
 * ```
 */
export function isWorkingTime(calendar: WorkingCalendar, at: Date): boolean {
  const t = instantMs(calendar, at, 'at');
  const index = calendar.index;
  const i = intervalAfter(index, t);
  return i < index.ivStart.length && index.ivStart[i]! <= t;
}
