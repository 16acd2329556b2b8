import type { LocalizedText } from './alur-error.js';
import type { CalendarYearData } from './add-calendar-year.js';
import type { Holiday, SpecialPeriod, WeeklySchedule } from './calendar-definition.js';
import { formatCivilDate } from './internal/civil.js';
import { MABIMS } from './internal/lunar.js';
import { provisionalHolidays, ramadanRanges } from './internal/provisional-rules.js';

/**
 * The note on anything computed from an estimated year: "perkiraan, menunggu SKB 2027" /
 * "estimate, awaiting the 2027 decree".
 *
 * @example
 * ```ts
 * import { provisionalNote } from '@alur/core';
 * provisionalNote(2027).id; // 'perkiraan, menunggu SKB 2027'
 * ```
 */
export function provisionalNote(year: number): LocalizedText {
  return { id: `perkiraan, menunggu SKB ${year}`, en: `estimate, awaiting the ${year} decree` };
}

/** Options of {@link provisionalYear}. */
export interface ProvisionalYearOptions {
  /** IANA zone in which the new and full moons of Nyepi and Waisak are dated. */
  readonly zone: string;
  /** Weekly hours during Ramadan; without them the year gets no Ramadan period. */
  readonly ramadanWeekly?: WeeklySchedule;
  /** Legal basis of the Ramadan hours, put before the date estimate in the period's source. */
  readonly ramadanSource?: string;
}

/** A year estimated from rules: every holiday and period carries `provisional: true`. */
export interface ProvisionalYearData extends CalendarYearData {
  readonly holidays: readonly Holiday[];
  readonly specialPeriods: readonly SpecialPeriod[];
}

/**
 * Indonesia's national holidays of a year whose SKB is not out yet, computed from rules:
 * fixed dates (1 Januari, 1 Mei, 1 Juni, 17 Agustus, 25 Desember); Good Friday, Easter and
 * Ascension from the Gregorian computus; Isra Mikraj, Idul Fitri (two days), Idul Adha,
 * 1 Muharam and Maulid from MABIMS hisab (moon ≥ 3° high, elongation ≥ 6.4° at sunset in
 * Banda Aceh, by astronomy-engine); Imlek from ICU's Chinese calendar; Nyepi on the first new
 * moon from 1 March and Waisak on the first full moon from 6 May, dated in `zone`. No cuti
 * bersama. Ramadan runs from 1 Ramadan to the day before 1 Syawal by the same hisab.
 * Calendars do this by themselves for the years after their last decree (see
 * `CalendarDefinition.missingYears`); this function shows what they compute.
 *
 * @example
 * ```ts
 * import { provisionalYear } from '@alur/core';
 * const y2027 = provisionalYear(2027, { zone: 'Asia/Jakarta' });
 * y2027.holidays[0];
 * // { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'national', provisional: true,
 * //   source: 'perkiraan: tanggal tetap 1 Januari, menunggu SKB 2027' }
 * ```
 */
export function provisionalYear(year: number, options: ProvisionalYearOptions): ProvisionalYearData {
  const note = provisionalNote(year).id;
  const tail = note.replace(/^perkiraan/, '');
  const holidays: Holiday[] = provisionalHolidays(year, options.zone).map((holiday) => ({
    date: formatCivilDate(holiday.day),
    name: holiday.name,
    kind: 'national',
    source: `perkiraan: ${holiday.how}${tail}`,
    provisional: true,
  }));
  const weekly = options.ramadanWeekly;
  const specialPeriods: SpecialPeriod[] = weekly
    ? ramadanRanges(year).map((range) => ({
        name: `Ramadan ${year}`,
        from: formatCivilDate(range.from),
        to: formatCivilDate(range.to),
        weekly,
        source: `${options.ramadanSource ? `${options.ramadanSource}; ` : ''}tanggal perkiraan: 1 Ramadan–29/30 Ramadan ${range.hijriYear} H (hisab kriteria MABIMS di ${MABIMS.place})${tail}`,
        provisional: true,
      }))
    : [];
  return { year, source: note, holidays, specialPeriods };
}
