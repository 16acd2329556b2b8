import { DateTime } from 'luxon';
import { AlurError } from '../alur-error.js';
import type { WorkingCalendar } from '../working-calendar.js';

/** Local `yyyy-MM-dd HH:mm` of an instant in the calendar's zone, for messages. */
export function formatLocal(calendar: WorkingCalendar, ms: number): string {
  return DateTime.fromMillis(ms, { zone: calendar.zone }).toFormat('yyyy-MM-dd HH:mm ZZ');
}

export function invalidInstant(what: string): AlurError {
  return new AlurError('INVALID_ARGUMENT', {
    id: `${what} bukan tanggal/waktu yang sah.`,
    en: `${what} is not a valid date/time.`,
  });
}

/** The error for an instant, or a result, outside the calendar's years. */
export function outOfRange(calendar: WorkingCalendar, ms: number, result = false): AlurError {
  const years = `${calendar.firstYear}–${calendar.lastYear}`;
  const when = Number.isFinite(ms) ? formatLocal(calendar, ms) : String(ms);
  const subject = result
    ? { id: `Hasil perhitungan melewati ${when}`, en: `The result goes beyond ${when}` }
    : { id: `Waktu ${when}`, en: `Instant ${when}` };
  return new AlurError(
    'OUT_OF_RANGE',
    {
      id: `${subject.id}, di luar tahun yang data hari liburnya dimiliki kalender "${calendar.id}" (${years}). Tambahkan data hari libur tahun tersebut ke kalender (addCalendarYear) lalu coba lagi.`,
      en: `${subject.en}, outside the years whose holidays calendar "${calendar.id}" has (${years}). Add that year's holidays to the calendar (addCalendarYear) and try again.`,
    },
    { details: { calendar: calendar.id, firstYear: calendar.firstYear, lastYear: calendar.lastYear, instant: ms } },
  );
}

/** Epoch ms of a Date that lies inside the calendar's table, or a clear error. */
export function instantMs(calendar: WorkingCalendar, date: Date, what: string): number {
  const t = date instanceof Date ? date.getTime() : Number.NaN;
  if (t >= calendar.index.start && t < calendar.index.end) return t;
  if (Number.isNaN(t)) throw invalidInstant(what);
  throw outOfRange(calendar, t);
}
