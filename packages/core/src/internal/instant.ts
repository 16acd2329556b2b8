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

/** The error for an instant, or a result, outside the calendar's years: says what an admin does about it. */
export function outOfRange(calendar: WorkingCalendar, ms: number, result = false): AlurError {
  const provisional = calendar.provisionalYears;
  const lastComputable = provisional.at(-1) ?? calendar.lastYear;
  const years = `${calendar.firstYear}–${calendar.lastYear}${
    provisional.length > 0 ? `, ${provisional[0]}${provisional.length > 1 ? `–${lastComputable}` : ''}` : ''
  }`;
  const estimated = provisional.length > 0 ? { id: ' perkiraan', en: ' estimated' } : { id: '', en: '' };
  const when = Number.isFinite(ms) ? formatLocal(calendar, ms) : String(ms);
  const subject = result ? { id: `Hasil perhitungan melewati ${when}`, en: `The result goes beyond ${when}` } : { id: `Waktu ${when}`, en: `Instant ${when}` };
  const before = Number.isFinite(ms) && ms < calendar.index.start;
  const missing = before ? calendar.firstYear - 1 : calendar.lastYear + 1;
  const owner =
    calendar.chain.length > 1
      ? { id: ` (atau kalender dasarnya "${calendar.chain.at(-1)}")`, en: ` (or its base calendar "${calendar.chain.at(-1)}")` }
      : { id: '', en: '' };
  const fix = {
    id: `Admin: tambahkan data libur tahun ${missing} (SKB hari libur nasional dan cuti bersama) pada kalender "${calendar.id}"${owner.id}, lalu coba lagi.`,
    en: `Admin: add the ${missing} holidays (the national holiday and joint leave decree) to calendar "${calendar.id}"${owner.en}, then try again.`,
  };
  const why = before
    ? { id: 'sebelum tahun pertama yang data hari liburnya dimiliki', en: 'before the first year whose holidays are held by' }
    : calendar.missingYears === 'refuse'
      ? {
          id: 'di luar tahun yang data hari liburnya dimiliki (kalender ini menolak perkiraan)',
          en: 'outside the years whose holidays are held by (this calendar refuses estimates)',
        }
      : {
          id: `melewati batas perkiraan (${calendar.provisionalHorizon} tahun setelah tahun terakhir ber-SKB) pada`,
          en: `past the estimate limit (${calendar.provisionalHorizon} years after the last year with a decree) of`,
        };
  return new AlurError(
    'OUT_OF_RANGE',
    {
      id: `${subject.id}, ${why.id} kalender "${calendar.id}" (tahun ${years}${estimated.id}). ${fix.id}`,
      en: `${subject.en}, ${why.en} calendar "${calendar.id}" (years ${years}${estimated.en}). ${fix.en}`,
    },
    {
      details: {
        calendar: calendar.id,
        firstYear: calendar.firstYear,
        lastYear: calendar.lastYear,
        provisionalYears: provisional,
        missingYear: missing,
        instant: ms,
      },
    },
  );
}

/** Epoch ms of a Date that lies inside the calendar's table, or a clear error. */
export function instantMs(calendar: WorkingCalendar, date: Date, what: string): number {
  const t = date instanceof Date ? date.getTime() : Number.NaN;
  if (t >= calendar.index.start && t < calendar.index.end) return t;
  if (Number.isNaN(t)) throw invalidInstant(what);
  throw outOfRange(calendar, t);
}
