import { IANAZone } from 'luxon';
import type { CalendarDefinition, MissingYearPolicy, CalendarYear, DateOverride, Holiday, SpecialPeriod, WeeklySchedule } from '../calendar-definition.js';
import { AlurError, type AlurIssue } from '../alur-error.js';
import { provisionalYear } from '../provisional-year.js';

/** A calendar with its `extends` chain flattened and every rule checked. */
export interface ResolvedCalendar {
  readonly id: string;
  readonly name: string;
  readonly description: string | undefined;
  readonly zone: string;
  readonly weekly: WeeklySchedule;
  readonly weeklySource: string | undefined;
  readonly specialPeriods: readonly SpecialPeriod[];
  readonly holidays: readonly Holiday[];
  readonly dateOverrides: readonly DateOverride[];
  /** Years with official data (a decree), in order. */
  readonly years: readonly CalendarYear[];
  /** First and last year with official data. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** What happens after `lastYear`: estimated from rules, or refused. */
  readonly missingYears: MissingYearPolicy;
  /** How many years after `lastYear` are estimated (when `missingYears` is `provisional`). */
  readonly provisionalHorizon: number;
  /** Years computed from rules, after `lastYear`, in order; empty when refused. */
  readonly provisionalYears: readonly number[];
  /** Ids from this calendar down to its root base. */
  readonly chain: readonly string[];
}

/** Finds a calendar definition by id, for `extends`. */
export type CalendarLookup = (id: string) => CalendarDefinition | undefined;

/** Default of `provisionalHorizon`: years after the last year with a decree. */
export const DEFAULT_PROVISIONAL_HORIZON = 2;

/**
 * Checks a definition's shape and returns it typed, or throws `INVALID_CALENDAR`. The public
 * entry checks with the zod schema; the zod-free `@alur/core/calendar` entry compiles only the
 * built-in definitions, which a test proves the schema accepts unchanged.
 */
export type ParseCalendarDefinition = (input: unknown) => CalendarDefinition;

/** `INVALID_CALENDAR` for calendar `id` with these issues. */
export function invalidCalendar(id: string, issues: AlurIssue[]): AlurError {
  return new AlurError(
    'INVALID_CALENDAR',
    {
      id: `Kalender "${id}" tidak sah (${issues.length} masalah).`,
      en: `Calendar "${id}" is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}).`,
    },
    { issues, details: { calendar: id } },
  );
}

/**
 * Flattens `extends` (base first, then each derived calendar on top) and checks the rules
 * that need the whole chain. Throws `AlurError` with every problem found.
 */
export function resolveCalendar(input: unknown, lookup: CalendarLookup, parseDefinition: ParseCalendarDefinition): ResolvedCalendar {
  const chain: CalendarDefinition[] = [parseDefinition(input)];
  const top = chain[0]!;
  for (let current = top; current.extends !== undefined; ) {
    const baseId = current.extends;
    if (chain.some((definition) => definition.id === baseId)) {
      throw invalidCalendar(top.id, [
        {
          path: ['extends'],
          message: {
            id: `rantai extends berputar: ${[...chain.map((d) => d.id), baseId].join(' → ')}`,
            en: `extends chain loops: ${[...chain.map((d) => d.id), baseId].join(' → ')}`,
          },
        },
      ]);
    }
    const base = lookup(baseId);
    if (base === undefined) {
      throw new AlurError(
        'UNKNOWN_CALENDAR',
        {
          id: `Kalender dasar "${baseId}" (extends dari "${current.id}") tidak ditemukan.`,
          en: `Base calendar "${baseId}" (extended by "${current.id}") was not found.`,
        },
        { details: { calendar: baseId } },
      );
    }
    current = parseDefinition(base);
    chain.push(current);
  }

  const layers = [...chain].reverse();
  let zone: string | undefined;
  let weekly: WeeklySchedule | undefined;
  let weeklySource: string | undefined;
  let specialPeriods: SpecialPeriod[] = [];
  let holidays: Holiday[] = [];
  let dateOverrides: DateOverride[] = [];
  let missingYears: MissingYearPolicy = 'provisional';
  let provisionalHorizon = DEFAULT_PROVISIONAL_HORIZON;
  // National holidays are dated where the calendar that holds them (the root base) is.
  let nationalZone: string | undefined;
  const years = new Map<number, CalendarYear>();
  for (const layer of layers) {
    zone = layer.zone ?? zone;
    nationalZone ??= layer.zone;
    missingYears = layer.missingYears ?? missingYears;
    provisionalHorizon = layer.provisionalHorizon ?? provisionalHorizon;
    if (layer.weekly) {
      weekly = layer.weekly;
      weeklySource = layer.weeklySource;
    }
    const removed = new Set(layer.removeHolidays ?? []);
    holidays = [...holidays.filter((holiday) => !removed.has(holiday.date)), ...(layer.holidays ?? [])];
    specialPeriods = [...specialPeriods, ...(layer.specialPeriods ?? [])];
    dateOverrides = [...dateOverrides, ...(layer.dateOverrides ?? [])];
    for (const year of layer.years ?? []) years.set(year.year, year);
  }

  const issues: AlurIssue[] = [];
  if (zone === undefined) {
    issues.push({ path: ['zone'], message: { id: 'zona waktu wajib diisi (mis. Asia/Jakarta)', en: 'time zone is required (e.g. Asia/Jakarta)' } });
  } else if (!IANAZone.isValidZone(zone)) {
    issues.push({
      path: ['zone'],
      message: {
        id: `zona waktu "${zone}" tidak dikenal (pakai nama IANA, mis. Asia/Makassar)`,
        en: `unknown time zone "${zone}" (use an IANA name, e.g. Asia/Makassar)`,
      },
    });
  }
  if (weekly === undefined) {
    issues.push({ path: ['weekly'], message: { id: 'jam kerja mingguan wajib diisi', en: 'weekly working hours are required' } });
  } else if (Object.values(weekly).every((day) => day.length === 0)) {
    issues.push({ path: ['weekly'], message: { id: 'tidak ada jam kerja sama sekali dalam seminggu', en: 'there are no working hours in the week' } });
  }
  const sortedYears = [...years.keys()].sort((a, b) => a - b);
  if (sortedYears.length === 0) {
    issues.push({
      path: ['years'],
      message: { id: 'belum ada tahun dengan data hari libur; tambahkan minimal satu tahun', en: 'no year with holiday data; add at least one year' },
    });
  }
  for (let i = 1; i < sortedYears.length; i++) {
    if (sortedYears[i]! !== sortedYears[i - 1]! + 1) {
      const missing = sortedYears[i - 1]! + 1;
      issues.push({
        path: ['years'],
        message: {
          id: `data tahun ${missing} belum ada di antara ${sortedYears[i - 1]} dan ${sortedYears[i]}; tahun harus berurutan`,
          en: `year ${missing} is missing between ${sortedYears[i - 1]} and ${sortedYears[i]}; years must be consecutive`,
        },
      });
    }
  }
  const firstYear = sortedYears[0] ?? 0;
  const lastYear = sortedYears[sortedYears.length - 1] ?? 0;
  const provisionalYears =
    missingYears === 'provisional' && sortedYears.length > 0 ? Array.from({ length: provisionalHorizon }, (_, i) => lastYear + 1 + i) : [];
  holidays.forEach((holiday, index) => {
    const year = Number(holiday.date.slice(0, 4));
    if (sortedYears.length > 0 && !years.has(year) && !provisionalYears.includes(year)) {
      issues.push({
        path: ['holidays', index, 'date'],
        message: {
          id: `libur ${holiday.date} (${holiday.name}) berada di tahun ${year} yang tidak tercantum di years`,
          en: `holiday ${holiday.date} (${holiday.name}) is in year ${year}, which is not listed in years`,
        },
      });
    }
  });
  if (issues.length > 0) throw invalidCalendar(top.id, issues);

  if (provisionalYears.length > 0) {
    const ramadan = specialPeriods.findLast((period) => /^ramadan\b/i.test(period.name) && period.provisional !== true);
    // The hours' legal basis, without the official year's dates (built-in: "...; tanggal: isbat ...").
    const ramadanSource = ramadan?.source.split('; tanggal')[0];
    const estimatedPeriods: SpecialPeriod[] = [];
    for (const year of provisionalYears) {
      const estimate = provisionalYear(year, {
        zone: nationalZone ?? zone!,
        ...(ramadan ? { ramadanWeekly: ramadan.weekly } : {}),
        ...(ramadanSource ? { ramadanSource } : {}),
      });
      const own = new Set(holidays.map((holiday) => holiday.date));
      holidays = [...holidays, ...estimate.holidays.filter((holiday) => !own.has(holiday.date))];
      estimatedPeriods.push(...estimate.specialPeriods);
    }
    // First, so that a period the calendar sets itself wins where they overlap.
    specialPeriods = [...estimatedPeriods, ...specialPeriods];
  }

  return {
    id: top.id,
    name: top.name,
    description: top.description,
    zone: zone!,
    weekly: weekly!,
    weeklySource,
    specialPeriods,
    holidays,
    dateOverrides,
    years: sortedYears.map((year) => years.get(year)!),
    firstYear,
    lastYear,
    missingYears,
    provisionalHorizon,
    provisionalYears,
    chain: chain.map((definition) => definition.id),
  };
}
