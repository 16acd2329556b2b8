import type { CalendarDefinition, DateOverride, Holiday } from './calendar-definition.js';

/** One year's holiday data, as published in that year's decree. */
export interface CalendarYearData {
  readonly year: number;
  /** The decree that lists the year's holidays (e.g. the SKB 3 Menteri). */
  readonly source: string;
  readonly holidays: readonly Holiday[];
  readonly dateOverrides?: readonly DateOverride[];
}

/**
 * A copy of `definition` that also covers `data.year`: the year becomes computable and its
 * holidays are added. This is how an admin extends a calendar once a new SKB is published;
 * without it, any instant in that year is refused rather than treated as holiday-free.
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
  return {
    ...definition,
    years: [...(definition.years ?? []).filter((year) => year.year !== data.year), { year: data.year, source: data.source }],
    holidays: [...(definition.holidays ?? []), ...data.holidays],
    ...(data.dateOverrides ? { dateOverrides: [...(definition.dateOverrides ?? []), ...data.dateOverrides] } : {}),
  };
}
