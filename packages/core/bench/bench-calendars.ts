// The calendars of the benchmark: the real national calendar (with Ramadan hours) extended by
// two PROVISIONAL years, and a "peer-expressible" twin without Ramadan that every peer can
// represent exactly (same zone, Perpres weekly hours, same holiday list).

import { addCalendarYear, builtinCalendarDefinitions, type CalendarDefinition, type Holiday, type WeeklySchedule } from '@alur/core';

export const ZONE = 'Asia/Jakarta';
/**
 * Asia/Jakarta has been UTC+07:00 all year since 1964 (no DST). Only the dayjs peer relies on
 * this (it runs on shifted instants, see peers.ts); everything else works through the zone.
 */
export const JAKARTA_OFFSET_MINUTES = 7 * 60;

/** Years without an official decree, filled in for the bench only. */
export const PROVISIONAL_YEARS = [2027, 2028] as const;
export const PROVISIONAL_SOURCE = 'PROVISIONAL BENCH DATA, NOT OFFICIAL: fixed-date national holidays only (no SKB for this year yet)';

const FIXED_DATE_HOLIDAYS: readonly (readonly [string, string])[] = [
  ['01-01', 'Tahun Baru Masehi'],
  ['05-01', 'Hari Buruh Internasional'],
  ['06-01', 'Hari Lahir Pancasila'],
  ['08-17', 'Hari Kemerdekaan Republik Indonesia'],
  ['12-25', 'Hari Raya Natal'],
];

function provisionalHolidays(year: number): Holiday[] {
  return FIXED_DATE_HOLIDAYS.map(([monthDay, name]) => ({
    date: `${year}-${monthDay}`,
    name: `${name} ${year} (provisional)`,
    kind: 'national',
    source: PROVISIONAL_SOURCE,
  }));
}

const nasional = builtinCalendarDefinitions.find((definition) => definition.id === 'id-nasional');
if (nasional === undefined) throw new Error('built-in calendar id-nasional not found');

/** id-nasional (2024–2026, official, with Ramadan hours) + provisional 2027 and 2028. */
export const realDefinition: CalendarDefinition = PROVISIONAL_YEARS.reduce<CalendarDefinition>(
  (definition, year) => addCalendarYear(definition, { year, source: PROVISIONAL_SOURCE, holidays: provisionalHolidays(year) }),
  {
    ...nasional,
    id: 'bench-nasional',
    name: 'id-nasional + provisional 2027–2028 (bench only)',
  },
);

if (realDefinition.weekly === undefined) throw new Error('id-nasional has no weekly hours');
export const perpresHours: WeeklySchedule = realDefinition.weekly;

/**
 * The same calendar as the peers can express it: standalone (no `extends`, which would merge
 * the base's special periods back in), Perpres weekly hours, same holidays, no Ramadan.
 */
export const peerDefinition: CalendarDefinition = {
  id: 'bench-peer-expressible',
  name: 'Perpres hours + same holidays, no Ramadan (bench only)',
  zone: ZONE,
  weekly: perpresHours,
  specialPeriods: [],
  holidays: realDefinition.holidays ?? [],
  years: realDefinition.years ?? [],
};

/** Every holiday date (national, cuti bersama, provisional) as `YYYY-MM-DD`, sorted, unique. */
export const holidayDates: readonly string[] = [...new Set((realDefinition.holidays ?? []).map((h) => h.date))].sort();

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

function minutesOf(text: string): number {
  const [hours, minutes] = text.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Day hours as flat minute pairs `[start, end, start, end, ...]`, indexed by ISO weekday (1 = Monday, 0 unused). */
export function weekMinutes(weekly: WeeklySchedule): readonly (readonly number[])[] {
  return [[], ...WEEKDAY_NAMES.map((day) => weekly[day].flatMap((hours) => [minutesOf(hours.start), minutesOf(hours.end)]))];
}

/**
 * Closing time (minutes after local midnight) of each ISO weekday under the Perpres hours: the
 * time every "N working days" result of a day-granular peer is mapped to.
 */
export const perpresClosingMinutes: readonly number[] = weekMinutes(perpresHours).map((day) => day[day.length - 1] ?? 0);
