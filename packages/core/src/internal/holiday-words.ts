import type { LocalizedText } from '../alur-error.js';
import type { HolidayKind } from '../calendar-definition.js';
import { civilFromDays, isoWeekday, parseCivilDate } from './civil.js';

/** ISO weekday 1 (Monday) … 7 (Sunday) to its name. */
export const WEEKDAY_NAMES: Readonly<Record<number, LocalizedText>> = {
  1: { id: 'Senin', en: 'Monday' },
  2: { id: 'Selasa', en: 'Tuesday' },
  3: { id: 'Rabu', en: 'Wednesday' },
  4: { id: 'Kamis', en: 'Thursday' },
  5: { id: 'Jumat', en: 'Friday' },
  6: { id: 'Sabtu', en: 'Saturday' },
  7: { id: 'Minggu', en: 'Sunday' },
};

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How each kind of holiday is called in messages and summaries. */
export const HOLIDAY_KIND_LABELS: Readonly<Record<HolidayKind, LocalizedText>> = {
  national: { id: 'libur nasional', en: 'national holiday' },
  cutiBersama: { id: 'cuti bersama', en: 'joint leave (cuti bersama)' },
  regional: { id: 'libur daerah', en: 'regional holiday' },
  local: { id: 'libur lokal', en: 'local holiday' },
};

/** A `YYYY-MM-DD` date written out, e.g. "17 Agustus 2027" / "17 August 2027"; zone-free. */
export function civilDateText(date: string): LocalizedText {
  const days = parseCivilDate(date);
  if (days === undefined) return { id: date, en: date };
  const { year, month, day } = civilFromDays(days);
  return { id: `${day} ${MONTHS_ID[month - 1]} ${year}`, en: `${day} ${MONTHS_EN[month - 1]} ${year}` };
}

/** ISO weekday of a valid `YYYY-MM-DD` date. */
export function weekdayOf(date: string): number {
  return isoWeekday(parseCivilDate(date) ?? 0);
}
