import { DateTime } from 'luxon';
import { AlurError, type WorkingCalendar } from '../src/index.js';

/** The instant of a local wall-clock time `yyyy-MM-ddTHH:mm` in the calendar's zone. */
export function at(calendar: WorkingCalendar, local: string): Date {
  const parsed = DateTime.fromISO(local, { zone: calendar.zone });
  if (!parsed.isValid) throw new Error(`bad test time ${local}`);
  return parsed.toJSDate();
}

/** `yyyy-MM-dd HH:mm` of an instant in the calendar's zone. */
export function local(calendar: WorkingCalendar, date: Date): string {
  return DateTime.fromJSDate(date, { zone: calendar.zone }).toFormat('yyyy-MM-dd HH:mm');
}

/** The `AlurError` that `run` throws (anything else, or nothing, fails the test). */
export function caught(run: () => unknown): AlurError {
  try {
    run();
  } catch (error) {
    if (error instanceof AlurError) return error;
    throw error;
  }
  throw new Error('expected an AlurError');
}
