import { dayOf } from './internal/calendar-index.js';
import { civilFromDays, daysFromCivil } from './internal/civil.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * Whether a result spanning `from`–`to` (either order) rests on a year the calendar only
 * estimates: true when any local day between them lies in one of `calendar.provisionalYears`.
 * Such a result can move once the year's SKB is added (a cuti bersama, a shifted Idul Fitri),
 * so it is shown as "perkiraan, menunggu SKB …" (see `provisionalNote`). Instants outside the
 * calendar are clamped to it.
 *
 * @example
 * ```ts
 * import { dependsOnProvisional, getCalendar } from '@alur/core';
 * const sumbawa = getCalendar('sumbawa'); // official data to 2026, 2027–2028 estimated
 * dependsOnProvisional(sumbawa, new Date('2026-12-31T09:00:00+08:00'), new Date('2027-01-04T16:00:00+08:00')); // true
 * dependsOnProvisional(sumbawa, new Date('2026-03-17T09:00:00+08:00'), new Date('2026-03-25T16:00:00+08:00')); // false
 * ```
 */
export function dependsOnProvisional(calendar: WorkingCalendar, from: Date, to: Date): boolean {
  return provisionalYearsBetween(calendar, from, to).length > 0;
}

/**
 * The estimated years that a result spanning `from`–`to` rests on, in order (empty when none):
 * what a note "perkiraan, menunggu SKB 2027" names.
 *
 * @example
 * ```ts
 * import { getCalendar, provisionalYearsBetween } from '@alur/core';
 * provisionalYearsBetween(getCalendar('babel'), new Date('2026-12-01T00:00:00+07:00'), new Date('2028-02-01T00:00:00+07:00'));
 * // [2027, 2028]
 * ```
 */
export function provisionalYearsBetween(calendar: WorkingCalendar, from: Date, to: Date): number[] {
  const years = calendar.provisionalYears;
  if (years.length === 0) return [];
  const a = from.getTime();
  const b = to.getTime();
  if (Number.isNaN(a) || Number.isNaN(b)) return [];
  const index = calendar.index;
  const clamp = (t: number) => Math.min(Math.max(t, index.start), index.end - 1);
  const firstDay = daysFromCivil(calendar.firstYear, 1, 1);
  const yearOf = (t: number) => civilFromDays(firstDay + dayOf(index, clamp(t))).year;
  const lo = yearOf(Math.min(a, b));
  const hi = yearOf(Math.max(a, b));
  return years.filter((year) => year >= lo && year <= hi);
}
