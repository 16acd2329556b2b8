/**
 * The working-time engine on its own: the built-in calendars and every computation on a
 * compiled calendar, without the SOP machines and without zod (`@alur/core/calendar`).
 * An office's own calendar definitions are checked with zod, so `createCalendarRegistry` and
 * `createWorkingCalendar` stay in the main entry; a calendar compiled there works with every
 * function here.
 *
 * @example
 * ```ts
 * import { computeDeadline, getCalendar } from '@alur/core/calendar';
 * const sumbawa = getCalendar('sumbawa');
 * computeDeadline(sumbawa, new Date('2026-03-17T09:00:00+08:00'), '1 Hari Kerja').deadline;
 * // 2026-03-25T08:00:00.000Z (Wednesday 25 March 16:00 WITA: Nyepi and Idul Fitri are skipped)
 * ```
 *
 * @module calendar
 */
export { AlurError, type AlurErrorCode, type AlurIssue, type Locale, type LocalizedText } from './alur-error.js';
export type {
  CalendarDefinition,
  CalendarYear,
  DateOverride,
  DayHours,
  Holiday,
  HolidayKind,
  MissingYearPolicy,
  SpecialPeriod,
  WeeklySchedule,
  WorkingHours,
} from './calendar-definition.js';
export type { WorkingCalendar } from './working-calendar.js';
export { builtinCalendarDefinitions, perpresRamadanWeekly, perpresWeekly } from './builtin-calendars.js';
export { getCalendar } from './get-calendar.js';
export { provisionalNote } from './provisional-year.js';
export { dependsOnProvisional, provisionalYearsBetween } from './depends-on-provisional.js';
export { addWorkingDays } from './add-working-days.js';
export { addWorkingMinutes, addWorkingTime, type WorkingDuration } from './add-working-time.js';
export { workingMinutesBetween } from './working-minutes-between.js';
export { isWorkingTime } from './is-working-time.js';
export { nextOpening } from './next-opening.js';
export { parseDuration, type SopDuration } from './parse-duration.js';
export { computeDeadline, type ComputeDeadlineOptions, type Deadline } from './compute-deadline.js';
