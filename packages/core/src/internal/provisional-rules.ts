import { daysFromCivil, formatCivilDate, MS_PER_DAY } from './civil.js';
import { hijriMonthStarts, localDay, MABIMS, moonPhases } from './lunar.js';

/** Which rule produced a provisional holiday; tests match these against official dates. */
export type ProvisionalRule =
  | 'tahunBaru'
  | 'hariBuruh'
  | 'pancasila'
  | 'kemerdekaan'
  | 'natal'
  | 'wafatYesus'
  | 'paskah'
  | 'kenaikanYesus'
  | 'israMikraj'
  | 'idulFitri'
  | 'idulAdha'
  | 'tahunBaruIslam'
  | 'maulid'
  | 'imlek'
  | 'nyepi'
  | 'waisak';

export interface ProvisionalHoliday {
  readonly rule: ProvisionalRule;
  /** Civil day number. */
  readonly day: number;
  readonly name: string;
  /** How the date was derived (Bahasa Indonesia), without the "awaiting the decree" tail. */
  readonly how: string;
}

/** Gregorian Easter Sunday (anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

const chinese = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });

/** Chinese New Year: the day ICU's `chinese` calendar starts month 1 (between 21 Jan and 20 Feb). */
export function chineseNewYear(year: number): number {
  for (let day = daysFromCivil(year, 1, 20); day <= daysFromCivil(year, 2, 21); day++) {
    const parts = chinese.formatToParts(new Date(day * MS_PER_DAY + MS_PER_DAY / 2));
    if (parts.find((p) => p.type === 'month')?.value === '1' && parts.find((p) => p.type === 'day')?.value === '1') return day;
  }
  throw new Error(`no Chinese new year found in ${year}`);
}

/** First new (0) or full (180) moon whose local date in `zone` is on or after `from`. */
function firstPhaseFrom(phase: 0 | 180, from: number, zone: string): number {
  const day = moonPhases(phase, from - 1, from + 31)
    .map((ms) => localDay(ms, zone))
    .find((local) => local >= from);
  if (day === undefined) throw new Error(`no moon phase after ${formatCivilDate(from)}`);
  return day;
}

/** Nyepi: the local date of the first new moon from 1 March (2 of 3 official dates 2024–2026; 2024 a day later). */
export const NYEPI_FROM = { month: 3, day: 1 } as const;
/** Waisak: the local date of the first full moon from 6 May (official 2024–2026 put the bound between 2 and 12 May). */
export const WAISAK_FROM = { month: 5, day: 6 } as const;

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const HIJRI_MONTHS = [
  'Muharam',
  'Safar',
  'Rabiul Awal',
  'Rabiul Akhir',
  'Jumadil Awal',
  'Jumadil Akhir',
  'Rajab',
  'Syakban',
  'Ramadan',
  'Syawal',
  'Zulkaidah',
  'Zulhijah',
];

function longDate(day: number): string {
  const [y, m, d] = formatCivilDate(day).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const hisab = `hisab kriteria MABIMS: tinggi hilal ≥ ${MABIMS.altitude}°, elongasi ≥ ${String(MABIMS.elongation).replace('.', ',')}° saat matahari terbenam di ${MABIMS.place}, astronomy-engine`;

/** A Hijri date that falls in `year`: every occurrence (a Hijri date can fall twice in one Gregorian year). */
export function hijriDates(year: number, month: number, day: number): { day: number; hijriYear: number }[] {
  const first = daysFromCivil(year, 1, 1);
  const end = daysFromCivil(year + 1, 1, 1);
  return hijriMonthStarts(year)
    .filter((start) => start.month === month)
    .map((start) => ({ day: start.day + day - 1, hijriYear: start.year }))
    .filter((date) => date.day >= first && date.day < end);
}

/**
 * Ramadan periods that begin in `year`: 1 Ramadan to the day before 1 Syawal.
 */
export function ramadanRanges(year: number): { from: number; to: number; hijriYear: number }[] {
  const starts = hijriMonthStarts(year);
  return starts.flatMap((start, i) => {
    const next = starts[i + 1];
    if (start.month !== 9 || next === undefined || start.day < daysFromCivil(year, 1, 1) || start.day >= daysFromCivil(year + 1, 1, 1)) return [];
    return [{ from: start.day, to: next.day - 1, hijriYear: start.year }];
  });
}

/**
 * The national holidays of `year` by rule: fixed dates, Easter, the Hijri calendar by MABIMS
 * hisab, Imlek by ICU's Chinese calendar, and Nyepi and Waisak by the moon's phases read in
 * `zone`. No cuti bersama: those only exist once the SKB sets them.
 */
export function provisionalHolidays(year: number, zone: string): readonly ProvisionalHoliday[] {
  const key = `${year} ${zone}`;
  let list = holidayCache.get(key);
  if (list === undefined) {
    list = computeHolidays(year, zone);
    holidayCache.set(key, list);
  }
  return list;
}

const holidayCache = new Map<string, readonly ProvisionalHoliday[]>();

function computeHolidays(year: number, zone: string): readonly ProvisionalHoliday[] {
  const list: ProvisionalHoliday[] = [];
  const fixed = (rule: ProvisionalRule, month: number, day: number, name: string) =>
    list.push({ rule, day: daysFromCivil(year, month, day), name, how: `tanggal tetap ${day} ${MONTHS[month - 1]}` });
  fixed('tahunBaru', 1, 1, `Tahun Baru ${year} Masehi`);
  fixed('hariBuruh', 5, 1, 'Hari Buruh Internasional');
  fixed('pancasila', 6, 1, 'Hari Lahir Pancasila');
  fixed('kemerdekaan', 8, 17, 'Proklamasi Kemerdekaan');
  fixed('natal', 12, 25, 'Kelahiran Yesus Kristus');

  const easter = easterSunday(year);
  const paskah = `Paskah ${longDate(easter)} (komputus Gregorius)`;
  list.push({ rule: 'wafatYesus', day: easter - 2, name: 'Wafat Yesus Kristus', how: `Jumat sebelum ${paskah}` });
  list.push({ rule: 'paskah', day: easter, name: 'Kebangkitan Yesus Kristus (Paskah)', how: paskah });
  list.push({ rule: 'kenaikanYesus', day: easter + 39, name: 'Kenaikan Yesus Kristus', how: `39 hari setelah ${paskah}` });

  const hijri = (rule: ProvisionalRule, month: number, day: number, name: (hijriYear: number) => string) => {
    for (const date of hijriDates(year, month, day)) {
      list.push({ rule, day: date.day, name: name(date.hijriYear), how: `${day} ${HIJRI_MONTHS[month - 1]} ${date.hijriYear} H (${hisab})` });
    }
  };
  hijri('israMikraj', 7, 27, () => 'Isra Mikraj Nabi Muhammad SAW');
  hijri('idulFitri', 10, 1, (h) => `Idul Fitri ${h} H`);
  hijri('idulFitri', 10, 2, (h) => `Idul Fitri ${h} H`);
  hijri('idulAdha', 12, 10, (h) => `Idul Adha ${h} H`);
  hijri('tahunBaruIslam', 1, 1, (h) => `1 Muharam Tahun Baru Islam ${h} H`);
  hijri('maulid', 3, 12, () => 'Maulid Nabi Muhammad SAW');

  list.push({
    rule: 'imlek',
    day: chineseNewYear(year),
    name: `Tahun Baru Imlek ${year + 551} Kongzili`,
    how: 'hari pertama bulan pertama kalender Tionghoa (ICU chinese)',
  });
  list.push({
    rule: 'nyepi',
    day: firstPhaseFrom(0, daysFromCivil(year, NYEPI_FROM.month, NYEPI_FROM.day), zone),
    name: `Hari Suci Nyepi (Tahun Baru Saka ${year - 78})`,
    how: `tanggal bulan baru pertama sejak ${NYEPI_FROM.day} Maret di zona ${zone} (astronomy-engine)`,
  });
  list.push({
    rule: 'waisak',
    day: firstPhaseFrom(180, daysFromCivil(year, WAISAK_FROM.month, WAISAK_FROM.day), zone),
    name: `Hari Raya Waisak ${year + 544} BE`,
    how: `tanggal purnama pertama sejak ${WAISAK_FROM.day} Mei di zona ${zone} (astronomy-engine)`,
  });
  return Object.freeze(list.sort((a, b) => a.day - b.day));
}
