import type { CalendarDefinition, DateOverride, Holiday, SpecialPeriod } from './calendar-definition.js';

/** One year's holiday data, as published in that year's decree. */
export interface CalendarYearData {
  readonly year: number;
  /** The decree that lists the year's holidays (e.g. the SKB 3 Menteri). */
  readonly source: string;
  readonly holidays: readonly Holiday[];
  readonly dateOverrides?: readonly DateOverride[];
  /** Periods with other hours in that year, such as Ramadan once its dates are set. */
  readonly specialPeriods?: readonly SpecialPeriod[];
}

const inYear = (year: number) => (date: string) => date.startsWith(`${year}-`);

/**
 * A copy of `definition` that also covers `data.year` with official data: the year's holidays
 * are added and the year stops being an estimate (the calendar no longer computes it from
 * rules; holidays or periods of that year marked `provisional` in the definition are dropped).
 * This is how an admin extends a calendar once a new SKB is published; deadlines computed
 * on the estimate move to the official dates when recomputed on the new calendar.
 * The result is checked when compiled (`createWorkingCalendar`, a registry's `get`).
 *
 * @example
 * ```ts
 * import { addCalendarYear, builtinCalendarDefinitions, createCalendarRegistry } from '@alur/core';
 * const base = builtinCalendarDefinitions.find((c) => c.id === 'id-nasional')!;
 * const with2027 = addCalendarYear(base, {
 *   year: 2027,
 *   source: 'SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027',
 *   holidays: [{ date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'national', source: 'SKB 2027' }],
 * });
 * const registry = createCalendarRegistry([with2027]); // every variant now reaches 2027
 * ```
 */
export function addCalendarYear(definition: CalendarDefinition, data: CalendarYearData): CalendarDefinition {
  const stale = inYear(data.year);
  const periods = (definition.specialPeriods ?? []).filter((period) => !(period.provisional === true && (stale(period.from) || stale(period.to))));
  return {
    ...definition,
    years: [...(definition.years ?? []).filter((year) => year.year !== data.year), { year: data.year, source: data.source }],
    holidays: [...(definition.holidays ?? []).filter((holiday) => !(holiday.provisional === true && stale(holiday.date))), ...data.holidays],
    ...(data.dateOverrides ? { dateOverrides: [...(definition.dateOverrides ?? []), ...data.dateOverrides] } : {}),
    ...(data.specialPeriods || periods.length !== (definition.specialPeriods ?? []).length
      ? { specialPeriods: [...periods, ...(data.specialPeriods ?? [])] }
      : {}),
  };
}
