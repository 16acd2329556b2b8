import {
  CalendarDefinition,
  calendarDefinitionTexts,
  type CalendarYear,
  type DateOverride,
  type Holiday,
  type MissingYearPolicy,
  type SpecialPeriod,
  type WeeklySchedule,
} from './calendar-definition.js';
import { compileCalendar } from './internal/compile-calendar.js';
import type { CalendarIndex } from './internal/calendar-index.js';
import { invalidCalendar, type CalendarLookup } from './internal/resolve-calendar.js';
import { toAlurIssues } from './internal/zod-issues.js';

/**
 * A compiled working-time calendar: the resolved definition plus a precomputed index of
 * every working interval of its years. Create it once and reuse it; every operation on it
 * (`addWorkingDays`, `addWorkingTime`, `workingMinutesBetween`, `isWorkingTime`,
 * `nextOpening`) is a binary search.
 */
export interface WorkingCalendar {
  readonly id: string;
  readonly name: string;
  /** IANA time zone in which days, hours and holidays are read. */
  readonly zone: string;
  readonly weekly: WeeklySchedule;
  readonly weeklySource: string | undefined;
  readonly specialPeriods: readonly SpecialPeriod[];
  readonly holidays: readonly Holiday[];
  readonly dateOverrides: readonly DateOverride[];
  /** The years with official holiday data (a decree), in order. */
  readonly years: readonly CalendarYear[];
  /** First and last year with official data. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** After `lastYear`: `provisional` (estimated from rules) or `refuse`. */
  readonly missingYears: MissingYearPolicy;
  /** How many years after `lastYear` are estimated when `missingYears` is `provisional`. */
  readonly provisionalHorizon: number;
  /**
   * Years after `lastYear` computed from rules (holidays and Ramadan flagged `provisional`),
   * in order. Computable like official years; results that depend on them are flagged (see
   * `dependsOnProvisional`). Empty when `missingYears` is `refuse`.
   */
  readonly provisionalYears: readonly number[];
  /** Ids from this calendar down to its root base. */
  readonly chain: readonly string[];
  /** @internal */
  readonly index: CalendarIndex;
}

/** Options of {@link createWorkingCalendar}. */
export interface CreateWorkingCalendarOptions {
  /**
   * Finds the definitions named by `extends`. Defaults to the built-in calendars when the
   * definition is created through `getCalendar`/`createCalendarRegistry`; here it is required
   * as soon as a definition extends another.
   */
  readonly lookup?: CalendarLookup;
}

/**
 * Checks a calendar definition (reporting every problem at once), flattens its `extends`
 * chain and builds its index.
 *
 * @throws {AlurError} `INVALID_CALENDAR` with one issue per problem, or `UNKNOWN_CALENDAR`.
 *
 * @example
 * ```ts
 * import { createWorkingCalendar, addWorkingDays, builtinCalendarDefinitions } from '@alur/core';
 * const lookup = (id: string) => builtinCalendarDefinitions.find((c) => c.id === id);
 * const calendar = createWorkingCalendar(
 *   { id: 'kominfo-x', name: 'Diskominfo X', extends: 'id-nasional', zone: 'Asia/Jayapura' },
 *   { lookup },
 * );
 * addWorkingDays(calendar, new Date('2026-03-17T09:00:00+09:00'), 1);
 * // 2026-03-25T16:00:00+09:00: Nyepi, Idul Fitri and their cuti bersama are skipped
 * ```
 */
export function createWorkingCalendar(definition: CalendarDefinition | unknown, options: CreateWorkingCalendarOptions = {}): WorkingCalendar {
  return compileCalendar(definition, options.lookup ?? (() => undefined), parseCalendarDefinition);
}

/** The definition checked against the zod schema, every problem reported at once. */
function parseCalendarDefinition(input: unknown): CalendarDefinition {
  const parsed = CalendarDefinition.safeParse(input, { reportInput: true });
  if (parsed.success) return parsed.data;
  const id = typeof input === 'object' && input !== null && 'id' in input ? String(input.id) : '?';
  throw invalidCalendar(id, toAlurIssues(parsed.error, calendarDefinitionTexts));
}
