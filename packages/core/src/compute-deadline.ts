import { addWorkingDays } from './add-working-days.js';
import { addWorkingMinutes } from './add-working-time.js';
import { AlurError } from './alur-error.js';
import { dependsOnProvisional } from './depends-on-provisional.js';
import { parseDuration, type SopDuration } from './parse-duration.js';
import type { WorkingCalendar } from './working-calendar.js';

/** When a step started, when it should end (`target`) and when it must end (`deadline`). */
export interface Deadline {
  readonly start: Date;
  /** End of the range's minimum ("3" of "3-5 hari kerja"); equals `deadline` for one value. */
  readonly target: Date;
  readonly deadline: Date;
  /**
   * Present when the result rests on a year the calendar only estimates (no SKB yet): it may
   * move once the year's official holidays are added ("perkiraan, menunggu SKB 2027").
   */
  readonly provisional?: true;
}

function flagged(calendar: WorkingCalendar, start: Date, target: Date, deadline: Date): Deadline {
  return dependsOnProvisional(calendar, start, deadline) ? { start, target, deadline, provisional: true } : { start, target, deadline };
}

/** Options of {@link computeDeadline}. */
export interface ComputeDeadlineOptions {
  /** The deadline a "Sesuai Jadwal" step takes from data, such as the development schedule. */
  readonly scheduledDeadline?: Date;
}

/**
 * Target and deadline of a Waktu started at `start`, on a calendar.
 *
 * @throws {AlurError} `INVALID_DURATION` for text that does not parse or for "Sesuai Jadwal"
 * without `scheduledDeadline`; `OUT_OF_RANGE` outside the calendar's years (official and
estimated). A result that reaches an estimated year carries `provisional: true`.
 *
 * @example
 * ```ts
 * import { computeDeadline, getCalendar } from '@alur/core';
 * const babel = getCalendar('babel');
 * const { target, deadline } = computeDeadline(babel, new Date('2026-11-25T09:00:00+07:00'), '3-5 hari kerja');
 * // target: Mon 30 Nov 16:00 WIB, deadline: Wed 2 Dec 16:00 WIB
 * computeDeadline(getCalendar('sumbawa'), new Date('2026-12-31T09:00:00+08:00'), '1 hari kerja');
 * // deadline Mon 4 Jan 2027 16:00 WITA, provisional: true (2027 is estimated until its SKB)
 * ```
 */
export function computeDeadline(calendar: WorkingCalendar, start: Date, duration: SopDuration | string, options: ComputeDeadlineOptions = {}): Deadline {
  const parsed = typeof duration === 'string' ? parseDuration(duration) : duration;
  switch (parsed.kind) {
    case 'workingDays': {
      const deadline = addWorkingDays(calendar, start, parsed.limit);
      const target = parsed.target === parsed.limit ? deadline : addWorkingDays(calendar, start, parsed.target);
      return flagged(calendar, start, target, deadline);
    }
    case 'workingMinutes': {
      const deadline = addWorkingMinutes(calendar, start, parsed.limit);
      const target = parsed.target === parsed.limit ? deadline : addWorkingMinutes(calendar, start, parsed.target);
      return flagged(calendar, start, target, deadline);
    }
    case 'scheduled': {
      const scheduled = options.scheduledDeadline;
      if (scheduled === undefined || Number.isNaN(scheduled.getTime())) {
        throw new AlurError(
          'INVALID_DURATION',
          {
            id: `Waktu "${parsed.text}" mengambil tenggat dari jadwal pengembangan, tetapi tenggat jadwal belum diberikan.`,
            en: `Time limit "${parsed.text}" takes its deadline from the development schedule, but no scheduled deadline was given.`,
          },
          { details: { text: parsed.text } },
        );
      }
      return { start, target: scheduled, deadline: scheduled };
    }
  }
}
