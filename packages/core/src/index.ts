/**
 * Working-time calendars and the SLA engine, SOP definitions compiled to XState machines, the
 * seed variants and their printed documents. The working-time engine alone, without zod, is
 * `@alur/core/calendar`; the `alur` command line is `@alur/core/cli`.
 *
 * @module index
 * @mergeModuleWith <project>
 */
export { AlurError, type AlurErrorCode, type AlurIssue, type Locale, type LocalizedText } from './alur-error.js';
export {
  CalendarDefinition,
  CalendarYear,
  DateOverride,
  DayHours,
  Holiday,
  HolidayKind,
  DEFAULT_PROVISIONAL_HORIZON,
  MissingYearPolicy,
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
export { parseHolidayYear, type ParseHolidayYearOptions } from './parse-holiday-year.js';
export {
  provisionalNote,
  provisionalYear,
  type ProvisionalYearData,
  type ProvisionalYearOptions,
} from './provisional-year.js';
export { dependsOnProvisional, provisionalYearsBetween } from './depends-on-provisional.js';
export { addWorkingDays } from './add-working-days.js';
export { addWorkingMinutes, addWorkingTime, type WorkingDuration } from './add-working-time.js';
export { workingMinutesBetween } from './working-minutes-between.js';
export { isWorkingTime } from './is-working-time.js';
export { nextOpening } from './next-opening.js';
export { parseDuration, type SopDuration } from './parse-duration.js';
export { computeDeadline, type ComputeDeadlineOptions, type Deadline } from './compute-deadline.js';
export {
  SOP_SCHEMA_VERSION,
  SopCap,
  SopCatalog,
  SopCatalogEntry,
  SopColumn,
  SopDecision,
  SopDefinition,
  SopDocument,
  SopItem,
  SopPatch,
  SopRole,
  SopRoute,
  SopStep,
} from './sop-definition.js';
export { describeIssuePath, type IssuePathSource } from './describe-issue-path.js';
export { validateSop, slaWaktu, successors, type ResolvedSop, type SopLookup, type SopValidation, type ValidateSopOptions } from './validate-sop.js';
export { compileSop, completionEvents, DONE_STATE, type CompiledSop, type CompileSopOptions } from './compile-sop.js';
export { RequestActor, RequestDocument, RequestEvent } from './request-event.js';
export type { RequestContext, RequestSnapshot, StepClock, StoredDocument, TimelineEntry } from './request-snapshot.js';
export { start, type StartRequestInput } from './start.js';
export { apply, type ApplyError, type ApplyResult, type RequestEffect } from './apply.js';
export { availableEvents, type PersonEventType } from './available-events.js';
export { deriveChanges } from './derive-changes.js';
export { stepRequirements, type ItemForLater, type StepRequirements } from './step-requirements.js';
export { nextSlaCheck, slaCheck, type RequestSla, type StepSlaStatus } from './sla-check.js';
export { renderCatalog, renderSop, sopTable, type RenderSopOptions, type SopFormat, type SopTable, type SopTableRow } from './render-sop.js';
export { builtinSopDefinitions, createSopRegistry, getSop, type SopRegistry, type SopRegistryOptions } from './sop-registry.js';
export { simulateRequest, type SimulatedStep, type SimulateRequestOptions } from './simulate-request.js';
