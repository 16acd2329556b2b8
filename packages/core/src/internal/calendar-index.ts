import { IANAZone } from 'luxon';
import type { DayHours, WeeklySchedule } from '../calendar-definition.js';
import type { ResolvedCalendar } from './resolve-calendar.js';
import { daysFromCivil, isoWeekday, MS_PER_DAY, parseCivilDate, parseTimeOfDay } from './civil.js';

/**
 * The precomputed table behind every working-time operation: all working intervals of the
 * covered years as UTC instants with prefix sums of working time, plus one row per local day.
 * Every query is a binary search and a few array reads.
 */
export interface CalendarIndex {
  /** UTC ms of local midnight of each covered day; one more entry closes the last day. */
  readonly dayStart: Float64Array;
  /** Working days before day `d` (index), length `days + 1`. */
  readonly workDaysBefore: Int32Array;
  /** Index of the first working interval of day `d` or later, length `days + 1`. */
  readonly dayFirstInterval: Int32Array;
  /** Closing instant of the k-th working day (0-based). */
  readonly workDayClose: Float64Array;
  readonly ivStart: Float64Array;
  readonly ivEnd: Float64Array;
  /** Working ms before interval i. */
  readonly ivCum: Float64Array;
  /** Working ms up to the end of interval i. */
  readonly ivCumEnd: Float64Array;
  readonly start: number;
  readonly end: number;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Day hours as flat minute pairs `[start, end, start, end, ...]`. */
function toMinutes(hours: DayHours): number[] {
  return hours.flatMap((interval) => [parseTimeOfDay(interval.start) ?? 0, parseTimeOfDay(interval.end) ?? 0]);
}

function weeklyMinutes(weekly: WeeklySchedule): number[][] {
  return WEEKDAYS.map((day) => toMinutes(weekly[day]));
}

/** First index whose value is > x (array sorted ascending). */
export function upperBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildCalendarIndex(calendar: ResolvedCalendar): CalendarIndex {
  const zone = IANAZone.create(calendar.zone);
  const firstDay = daysFromCivil(calendar.firstYear, 1, 1);
  const endDay = daysFromCivil((calendar.provisionalYears.at(-1) ?? calendar.lastYear) + 1, 1, 1);
  const dayCount = endDay - firstDay;

  const holidays = new Set<number>();
  for (const holiday of calendar.holidays) holidays.add(parseCivilDate(holiday.date)!);
  const overrides = new Map<number, number[]>();
  for (const override of calendar.dateOverrides) overrides.set(parseCivilDate(override.date)!, toMinutes(override.hours));
  const baseWeek = weeklyMinutes(calendar.weekly);
  // Later periods win where periods overlap.
  const periods = calendar.specialPeriods
    .map((period) => ({
      from: parseCivilDate(period.from)!,
      to: parseCivilDate(period.to)!,
      week: weeklyMinutes(period.weekly),
    }))
    .reverse();

  // Local wall-clock ms (a day number times a day) to UTC, as luxon does it: guess with the
  // last offset seen, then correct once or twice around a transition.
  let offset = zone.offset(firstDay * MS_PER_DAY);
  const toUtc = (local: number): number => {
    let utc = local - offset * 60_000;
    const o2 = zone.offset(utc);
    if (o2 === offset) return utc;
    utc = local - o2 * 60_000;
    const o3 = zone.offset(utc);
    if (o3 === o2) {
      offset = o2;
      return utc;
    }
    // Local time inside a gap: move forward by the gap, as luxon does.
    offset = Math.max(o2, o3);
    return local - Math.min(o2, o3) * 60_000;
  };

  const dayStart = new Float64Array(dayCount + 1);
  const workDaysBefore = new Int32Array(dayCount + 1);
  const dayFirstInterval = new Int32Array(dayCount + 1);
  const closes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];

  let nextMidnight = toUtc(firstDay * MS_PER_DAY);
  for (let d = 0; d < dayCount; d++) {
    const day = firstDay + d;
    const midnight = nextMidnight;
    nextMidnight = toUtc((day + 1) * MS_PER_DAY);
    dayStart[d] = midnight;
    workDaysBefore[d] = closes.length;
    dayFirstInterval[d] = starts.length;

    let minutes = overrides.get(day);
    if (minutes === undefined) {
      if (holidays.has(day)) continue;
      const weekday = isoWeekday(day) - 1;
      const period = periods.find((candidate) => candidate.from <= day && day <= candidate.to);
      minutes = (period ? period.week : baseWeek)[weekday]!;
    }
    if (minutes.length === 0) continue;
    // No offset change inside this day (true for every Indonesian zone): shift by one offset.
    const sameOffset = nextMidnight - midnight === MS_PER_DAY;
    const local = day * MS_PER_DAY;
    const dayOffset = local - midnight;
    let close = -Infinity;
    for (let m = 0; m < minutes.length; m += 2) {
      const startLocal = local + minutes[m]! * 60_000;
      const endLocal = local + minutes[m + 1]! * 60_000;
      const s = sameOffset ? startLocal - dayOffset : toUtc(startLocal);
      const e = sameOffset ? endLocal - dayOffset : toUtc(endLocal);
      if (e <= s) continue;
      starts.push(s);
      ends.push(e);
      close = e;
    }
    if (close > -Infinity) closes.push(close);
  }
  dayStart[dayCount] = nextMidnight;
  workDaysBefore[dayCount] = closes.length;
  dayFirstInterval[dayCount] = starts.length;

  const n = starts.length;
  const ivCum = new Float64Array(n);
  const ivCumEnd = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    ivCum[i] = total;
    total += ends[i]! - starts[i]!;
    ivCumEnd[i] = total;
  }

  return {
    dayStart,
    workDaysBefore,
    dayFirstInterval,
    workDayClose: Float64Array.from(closes),
    ivStart: Float64Array.from(starts),
    ivEnd: Float64Array.from(ends),
    ivCum,
    ivCumEnd,
    start: dayStart[0]!,
    end: dayStart[dayCount]!,
  };
}

/**
 * The local day (index) containing instant `t` (inside the table). Days are 24 h apart except
 * around an offset change, so the estimate is at most one day off and the loops correct it.
 */
export function dayOf(index: CalendarIndex, t: number): number {
  const dayStart = index.dayStart;
  const last = dayStart.length - 2;
  let d = Math.floor((t - index.start) / MS_PER_DAY);
  if (d > last) d = last;
  while (d > 0 && dayStart[d]! > t) d--;
  while (dayStart[d + 1]! <= t) d++;
  return d;
}

/** First interval ending after `t` (as `upperBound(ivEnd, t)`), found from the day of `t`. */
export function intervalAfter(index: CalendarIndex, t: number): number {
  const d = dayOf(index, t);
  const ivEnd = index.ivEnd;
  const stop = index.dayFirstInterval[d + 1]!;
  let i = index.dayFirstInterval[d]!;
  while (i < stop && ivEnd[i]! <= t) i++;
  return i;
}

/** Working ms from the start of the table to `t`, given `i = intervalAfter(index, t)`. */
export function positionAt(index: CalendarIndex, i: number, t: number): number {
  if (i === index.ivEnd.length) return i === 0 ? 0 : index.ivCumEnd[i - 1]!;
  const into = t - index.ivStart[i]!;
  return index.ivCum[i]! + Math.max(into, 0);
}

/** Working ms from the start of the table to instant `t` (inside the table). */
export function positionOf(index: CalendarIndex, t: number): number {
  return positionAt(index, intervalAfter(index, t), t);
}

/**
 * First index >= `from` whose value is >= x, when every value before `from` is < x: galloping
 * from `from`, so a short step (minutes, hours) costs a few reads instead of a full search.
 */
export function lowerBoundFrom(values: Float64Array, x: number, from: number): number {
  const n = values.length;
  let lo = from;
  let hi = from;
  for (let step = 1; hi < n && values[hi]! < x; step *= 2) {
    lo = hi + 1;
    hi += step;
  }
  if (hi > n) hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
