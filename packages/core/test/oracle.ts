import { DateTime } from 'luxon';
import type { WorkingCalendar } from '../src/index.js';

// A deliberately simple reference: walks the calendar day by day with luxon, reading the
// resolved definition directly. It shares no code with the engine's index.

const WEEKDAY_KEYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

function hhmm(text: string): { hour: number; minute: number } {
  const [hour, minute] = text.split(':').map(Number);
  return { hour: hour!, minute: minute! };
}

/** Working intervals [start, end) in epoch ms of one local date. */
export function oracleIntervals(calendar: WorkingCalendar, date: DateTime): [number, number][] {
  const iso = date.toISODate()!;
  const override = [...calendar.dateOverrides].reverse().find((o) => o.date === iso);
  let hours = override?.hours;
  if (!hours) {
    if (calendar.holidays.some((h) => h.date === iso)) return [];
    const period = [...calendar.specialPeriods].reverse().find((p) => p.from <= iso && iso <= p.to);
    hours = (period?.weekly ?? calendar.weekly)[WEEKDAY_KEYS[date.weekday - 1]!];
  }
  return hours.map((h) => {
    const s = date.set({ ...hhmm(h.start), second: 0, millisecond: 0 });
    const e = h.end === '24:00' ? date.plus({ days: 1 }).startOf('day') : date.set({ ...hhmm(h.end), second: 0, millisecond: 0 });
    return [s.toMillis(), e.toMillis()] as [number, number];
  });
}

export function oracleAddDays(calendar: WorkingCalendar, start: Date, days: number): Date {
  let date = DateTime.fromJSDate(start, { zone: calendar.zone }).startOf('day');
  let counted = 0;
  for (;;) {
    date = date.plus({ days: 1 });
    const intervals = oracleIntervals(calendar, date);
    if (intervals.length > 0 && ++counted === days) return new Date(intervals[intervals.length - 1]![1]);
  }
}

export function oracleAddMinutes(calendar: WorkingCalendar, start: Date, minutes: number): Date {
  let left = minutes * 60_000;
  const t = start.getTime();
  let date = DateTime.fromJSDate(start, { zone: calendar.zone }).startOf('day');
  for (;;) {
    for (const [s, e] of oracleIntervals(calendar, date)) {
      if (e <= t) continue;
      const from = Math.max(s, t);
      if (e - from >= left) return new Date(from + left);
      left -= e - from;
    }
    date = date.plus({ days: 1 });
  }
}

export function oracleBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  if (to < from) return -oracleBetween(calendar, to, from) || 0;
  let total = 0;
  let date = DateTime.fromJSDate(from, { zone: calendar.zone }).startOf('day');
  while (date.toMillis() <= to.getTime()) {
    for (const [s, e] of oracleIntervals(calendar, date)) {
      const lo = Math.max(s, from.getTime());
      const hi = Math.min(e, to.getTime());
      if (hi > lo) total += hi - lo;
    }
    date = date.plus({ days: 1 });
  }
  return total / 60_000;
}
