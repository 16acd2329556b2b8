export { AlurError, type AlurErrorCode, type AlurIssue, type Locale, type LocalizedText } from './alur-error.js';
export {
  CalendarDefinition,
  CalendarYear,
  DateOverride,
  DayHours,
  Holiday,
  HolidayKind,
  SpecialPeriod,
  WeeklySchedule,
  WorkingHours,
} from './calendar-definition.js';
export { createWorkingCalendar, type CreateWorkingCalendarOptions, type WorkingCalendar } from './working-calendar.js';
export type { CalendarLookup } from './internal/resolve-calendar.js';
export { builtinCalendarDefinitions, perpresRamadanWeekly, perpresWeekly } from './builtin-calendars.js';
export {
  createCalendarRegistry,
  getCalendar,
  type CalendarRegistry,
  type CalendarRegistryOptions,
} from './calendar-registry.js';
export { addCalendarYear, type CalendarYearData } from './add-calendar-year.js';
export { addWorkingDays } from './add-working-days.js';
export { addWorkingMinutes, addWorkingTime, type WorkingDuration } from './add-working-time.js';
export { workingMinutesBetween } from './working-minutes-between.js';
export { isWorkingTime } from './is-working-time.js';
export { nextOpening } from './next-opening.js';
export { parseDuration, type SopDuration } from './parse-duration.js';
export { computeDeadline, type ComputeDeadlineOptions, type Deadline } from './compute-deadline.js';
