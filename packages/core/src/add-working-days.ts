import { AlurError } from './alur-error.js';
import { dayOf } from './internal/calendar-index.js';
import { instantMs, outOfRange } from './internal/instant.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * The deadline of "N hari kerja" started at `start`: the closing time of the N-th working
 * day strictly after the start's local date. The start day never counts, whatever the hour.
 * `days = 0` returns `start`.
 *
 * @throws {AlurError} `INVALID_ARGUMENT` for a negative or fractional `days` or an invalid
 * date; `OUT_OF_RANGE` when `start` or the result falls outside the calendar's years.
 *
 * @example
 * ```ts
 * import { addWorkingDays, getCalendar } from '@alur/core';
 * const sumbawa = getCalendar('sumbawa'); // Asia/Makassar, Perpres 21/2023 hours
 * addWorkingDays(sumbawa, new Date('2026-12-23T10:00:00+08:00'), 1).toISOString();
 * // '2026-12-28T08:00:00.000Z' = Monday 28 Dec 16:00 WITA (24 Dec cuti bersama, 25 Dec Natal)
 * ```
 */
export function addWorkingDays(calendar: WorkingCalendar, start: Date, days: number): Date {
  const t = instantMs(calendar, start, 'start');
  if (!(Number.isInteger(days) && days >= 0)) {
    throw new AlurError('INVALID_ARGUMENT', {
      id: `Jumlah hari kerja harus bilangan bulat 0 atau lebih, bukan ${String(days)}.`,
      en: `Working days must be a whole number 0 or more, not ${String(days)}.`,
    });
  }
  if (days === 0) return new Date(t);
  const index = calendar.index;
  const day = dayOf(index, t);
  const k = index.workDaysBefore[day + 1]! + days - 1;
  if (k >= index.workDayClose.length) throw outOfRange(calendar, index.end, true);
  return new Date(index.workDayClose[k]!);
}
