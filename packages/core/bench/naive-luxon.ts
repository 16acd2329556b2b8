// The naive reference: what one would write by hand with luxon. A DateTime in the calendar's
// zone steps day by day (and interval by interval inside a day); nothing is precomputed except
// the holiday set. It reads the same definition as our engine, Ramadan hours included, so it
// is both a peer in the speed table and an independent cross-check of our results.

import { DateTime } from 'luxon';
import type { CalendarDefinition } from '@alur/core';
import { weekMinutes } from './bench-calendars.js';

interface NaivePeriod {
  readonly from: string;
  readonly to: string;
  readonly week: readonly (readonly number[])[];
}

export interface NaiveCalendar {
  readonly zone: string;
  readonly holidays: ReadonlySet<string>;
  readonly week: readonly (readonly number[])[];
  readonly periods: readonly NaivePeriod[];
  readonly firstYear: number;
  readonly lastYear: number;
}

export function naiveCalendar(definition: CalendarDefinition): NaiveCalendar {
  if (definition.zone === undefined || definition.weekly === undefined) throw new Error('naive: zone and weekly required');
  const years = (definition.years ?? []).map((year) => year.year);
  return {
    zone: definition.zone,
    holidays: new Set((definition.holidays ?? []).map((holiday) => holiday.date)),
    week: weekMinutes(definition.weekly),
    // Later periods win, as in the engine.
    periods: (definition.specialPeriods ?? []).map((period) => ({ from: period.from, to: period.to, week: weekMinutes(period.weekly) })).reverse(),
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
  };
}

const NONE: readonly number[] = [];

/** Working intervals of a local day (a DateTime at local midnight), as minute pairs. */
function dayHours(calendar: NaiveCalendar, day: DateTime): readonly number[] {
  if (day.year > calendar.lastYear || day.year < calendar.firstYear) throw new Error(`naive: ${day.year} outside data`);
  const date = day.toISODate()!;
  if (calendar.holidays.has(date)) return NONE;
  const period = calendar.periods.find((candidate) => candidate.from <= date && date <= candidate.to);
  return (period ? period.week : calendar.week)[day.weekday] ?? NONE;
}

function at(day: DateTime, minutes: number): number {
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
}

/** Closing time of the n-th working day strictly after the start's local date. */
export function naiveAddWorkingDays(calendar: NaiveCalendar, start: Date, days: number): Date {
  let day = DateTime.fromJSDate(start, { zone: calendar.zone }).startOf('day');
  let hours = NONE;
  for (let left = days; left > 0; ) {
    day = day.plus({ days: 1 });
    hours = dayHours(calendar, day);
    if (hours.length > 0) left--;
  }
  return new Date(at(day, hours[hours.length - 1]!));
}

/** Walks the intervals from `start` (or the next opening) until `minutes` are used up. */
export function naiveAddWorkingMinutes(calendar: NaiveCalendar, start: Date, minutes: number): Date {
  const t = start.getTime();
  let left = minutes * 60_000;
  let day = DateTime.fromJSDate(start, { zone: calendar.zone }).startOf('day');
  for (;;) {
    const hours = dayHours(calendar, day);
    for (let k = 0; k < hours.length; k += 2) {
      const end = at(day, hours[k + 1]!);
      if (end <= t) continue;
      const from = Math.max(at(day, hours[k]!), t);
      // `>=`: a result exactly at a closing time stays there.
      if (end - from >= left) return new Date(from + left);
      left -= end - from;
    }
    day = day.plus({ days: 1 });
  }
}

/** Sum over the local days from `from` to `to` of the overlap of each interval with [from, to]. */
export function naiveWorkingMinutesBetween(calendar: NaiveCalendar, from: Date, to: Date): number {
  const a = from.getTime();
  const b = to.getTime();
  let total = 0;
  for (let day = DateTime.fromJSDate(from, { zone: calendar.zone }).startOf('day'); day.toMillis() < b; day = day.plus({ days: 1 })) {
    const hours = dayHours(calendar, day);
    for (let k = 0; k < hours.length; k += 2) {
      const overlap = Math.min(at(day, hours[k + 1]!), b) - Math.max(at(day, hours[k]!), a);
      if (overlap > 0) total += overlap;
    }
  }
  return total / 60_000;
}
