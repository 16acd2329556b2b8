import { AlurError } from './alur-error.js';
import { intervalAfter, lowerBoundFrom, positionAt, upperBound } from './internal/calendar-index.js';
import { instantMs, outOfRange } from './internal/instant.js';
import type { WorkingCalendar } from './working-calendar.js';

/** An amount of working time; the parts are added up. */
export interface WorkingDuration {
  readonly hours?: number;
  readonly minutes?: number;
}

/**
 * Adds working minutes to `start`, counting only inside working intervals (breaks,
 * evenings, weekends and holidays excluded), from `start` or, when `start` is outside
 * working time, from the next opening. A result that lands exactly on a closing time stays
 * there (16:00, not the next morning). Negative minutes count backwards. Zero returns `start`.
 *
 * @throws {AlurError} `INVALID_ARGUMENT` for a non-finite amount or an invalid date;
 * `OUT_OF_RANGE` outside the calendar's years.
 *
 * @example
 * ```ts
 * import { addWorkingMinutes, getCalendar } from '@alur/core';
 * const babel = getCalendar('babel');
 * // Friday 15:45 WIB + 30 minutes: 15 today, 15 after Monday's 08:00 opening
 * addWorkingMinutes(babel, new Date('2026-11-27T15:45:00+07:00'), 30).toISOString();
 * // '2026-11-30T01:15:00.000Z' = Monday 08:15 WIB
 * ```
 */
export function addWorkingMinutes(calendar: WorkingCalendar, start: Date, minutes: number): Date {
  const t = instantMs(calendar, start, 'start');
  if (!Number.isFinite(minutes)) {
    throw new AlurError('INVALID_ARGUMENT', {
      id: `Jumlah menit kerja harus angka terhingga, bukan ${String(minutes)}.`,
      en: `Working minutes must be a finite number, not ${String(minutes)}.`,
    });
  }
  if (minutes === 0) return new Date(t);
  const index = calendar.index;
  const i = intervalAfter(index, t);
  const target = positionAt(index, i, t) + minutes * 60_000;
  // Forward: first interval whose cumulative end reaches the target (lands on a closing
  // time exactly), galloping from the start's interval. Backward: first interval whose
  // cumulative end passes it (lands on an opening).
  const j = minutes > 0 ? lowerBoundFrom(index.ivCumEnd, target, i) : upperBound(index.ivCumEnd, target);
  if (j >= index.ivCumEnd.length || target < 0) {
    throw outOfRange(calendar, minutes > 0 ? index.end : index.start, true);
  }
  return new Date(index.ivStart[j]! + (target - index.ivCum[j]!));
}

/**
 * Adds working hours and minutes to `start`; see {@link addWorkingMinutes} for the rules.
 *
 * @example
 * ```ts
 * import { addWorkingTime, getCalendar } from '@alur/core';
 * const jakarta = getCalendar('sumbar-sop');
 * // Thursday 11:00 WIB + 3 hours: 11:00–12:00, break, 13:00–15:00
 * addWorkingTime(jakarta, new Date('2026-11-26T11:00:00+07:00'), { hours: 3 }).toISOString();
 * // '2026-11-26T08:00:00.000Z' = 15:00 WIB
 * ```
 */
export function addWorkingTime(calendar: WorkingCalendar, start: Date, duration: WorkingDuration): Date {
  return addWorkingMinutes(calendar, start, (duration.hours ?? 0) * 60 + (duration.minutes ?? 0));
}
