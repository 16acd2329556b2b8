import { z } from 'zod';
import { parseCivilDate, parseTimeOfDay } from './internal/civil.js';

const CivilDate = z.string().refine((text) => parseCivilDate(text) !== undefined, { error: 'date' });
const TimeOfDay = z.string().refine((text) => parseTimeOfDay(text) !== undefined, { error: 'time' });
const Text = z.string().trim().min(1, { error: 'text' });

/** One working interval of a day, local wall-clock time `HH:mm`, end exclusive (`24:00` allowed). */
export const WorkingHours = z
  .object({ start: TimeOfDay, end: TimeOfDay })
  .strict()
  .refine((hours) => (parseTimeOfDay(hours.start) ?? 0) < (parseTimeOfDay(hours.end) ?? 0), {
    error: 'interval',
  });
export type WorkingHours = z.infer<typeof WorkingHours>;

/** The intervals of one day, in order, not overlapping; breaks are the gaps between them. */
export const DayHours = z
  .array(WorkingHours)
  .refine(
    (intervals) => intervals.every((hours, index) => index === 0 || (parseTimeOfDay(intervals[index - 1]!.end) ?? 0) <= (parseTimeOfDay(hours.start) ?? 0)),
    { error: 'order' },
  );
export type DayHours = z.infer<typeof DayHours>;

/** Working hours per weekday; an empty list is a day off. */
export const WeeklySchedule = z
  .object({
    monday: DayHours,
    tuesday: DayHours,
    wednesday: DayHours,
    thursday: DayHours,
    friday: DayHours,
    saturday: DayHours,
    sunday: DayHours,
  })
  .strict();
export type WeeklySchedule = z.infer<typeof WeeklySchedule>;

/** What kind of day off a holiday is. */
export const HolidayKind = z.enum(['national', 'cutiBersama', 'regional', 'local']);
export type HolidayKind = z.infer<typeof HolidayKind>;

/**
 * A whole day off, with its name and the decree that sets it. `provisional: true` marks a
 * day computed from rules for a year whose decree is not out yet (its `source` says how).
 */
export const Holiday = z.object({ date: CivilDate, name: Text, kind: HolidayKind, source: Text, provisional: z.boolean().optional() }).strict();
export type Holiday = z.infer<typeof Holiday>;

/** A date range (inclusive) with other weekly hours, such as Ramadan; `provisional` as for {@link Holiday}. */
export const SpecialPeriod = z
  .object({ name: Text, from: CivilDate, to: CivilDate, weekly: WeeklySchedule, source: Text, provisional: z.boolean().optional() })
  .strict()
  .refine((period) => period.from <= period.to, { error: 'range', path: ['to'] });
export type SpecialPeriod = z.infer<typeof SpecialPeriod>;

/** One date with its own hours; wins over weekly hours, special periods and holidays. */
export const DateOverride = z.object({ date: CivilDate, hours: DayHours, name: Text, source: Text }).strict();
export type DateOverride = z.infer<typeof DateOverride>;

/** A year whose holidays the calendar holds completely, with the decree that lists them. */
export const CalendarYear = z.object({ year: z.int().min(1970, { error: 'year' }).max(9999, { error: 'year' }), source: Text }).strict();
export type CalendarYear = z.infer<typeof CalendarYear>;

/**
 * What a calendar does with a year after its last year in `years`: `provisional` (default)
 * computes the year's holidays from rules, marked as estimates, until its decree is added;
 * `refuse` rejects any instant there (`OUT_OF_RANGE`).
 */
export const MissingYearPolicy = z.enum(['provisional', 'refuse'], { error: 'policy' });
export type MissingYearPolicy = z.infer<typeof MissingYearPolicy>;

export { DEFAULT_PROVISIONAL_HORIZON } from './internal/resolve-calendar.js';

/**
 * A working-time calendar as data (JSON): what an admin edits.
 *
 * A calendar may `extends` another by id: it inherits every field it does not set, adds its
 * holidays, special periods, date overrides and years to the base's, and drops the base's
 * holidays listed in `removeHolidays`. Years listed in `years` (its own or inherited) hold
 * official data. After the last of them, `missingYears: 'provisional'` (the default) adds up
 * to `provisionalHorizon` years (default 2) computed from rules and flagged `provisional`;
 * `'refuse'` keeps them out. Any other year is an error, never a year without holidays.
 *
 * @example
 * ```ts
 * import { CalendarDefinition } from '@alur/core';
 * const regional = CalendarDefinition.parse({
 *   id: 'kalbar-daerah',
 *   name: 'Kalimantan Barat + hari jadi provinsi',
 *   extends: 'nasional',
 *   zone: 'Asia/Pontianak',
 *   holidays: [{ date: '2026-01-28', name: 'Hari Jadi Provinsi', kind: 'regional', source: 'Pergub ...' }],
 * });
 * ```
 */
export const CalendarDefinition = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'id' }),
    name: Text,
    description: z.string().optional(),
    extends: z.string().optional(),
    zone: z.string().optional(),
    weekly: WeeklySchedule.optional(),
    /** Legal basis of the weekly hours. */
    weeklySource: z.string().optional(),
    specialPeriods: z.array(SpecialPeriod).optional(),
    holidays: z.array(Holiday).optional(),
    removeHolidays: z.array(CivilDate).optional(),
    dateOverrides: z.array(DateOverride).optional(),
    years: z.array(CalendarYear).optional(),
    /** After the last year in `years`: estimate from rules (default) or refuse. */
    missingYears: MissingYearPolicy.optional(),
    /** How many years after the last year in `years` may be estimated (0–10, default 2). */
    provisionalHorizon: z.int({ error: 'horizon' }).min(0, { error: 'horizon' }).max(10, { error: 'horizon' }).optional(),
  })
  .strict();
export type CalendarDefinition = z.infer<typeof CalendarDefinition>;

/** Bilingual texts for the checks named above (see `internal/zod-issues.ts`). */
export const calendarDefinitionTexts = {
  date: { id: 'tanggal harus YYYY-MM-DD dan benar-benar ada', en: 'date must be YYYY-MM-DD and exist' },
  time: { id: 'jam harus HH:mm (00:00–24:00)', en: 'time must be HH:mm (00:00–24:00)' },
  text: { id: 'tidak boleh kosong', en: 'must not be empty' },
  interval: { id: 'jam mulai harus sebelum jam selesai', en: 'start must be before end' },
  order: {
    id: 'jam kerja dalam sehari harus urut dan tidak bertumpuk',
    en: 'working hours of a day must be in order and not overlap',
  },
  range: { id: 'tanggal akhir tidak boleh sebelum tanggal mulai', en: 'end date must not be before start date' },
  year: { id: 'tahun harus bilangan bulat 1970–9999', en: 'year must be a whole number 1970–9999' },
  policy: {
    id: 'missingYears harus "provisional" (perkirakan) atau "refuse" (tolak)',
    en: 'missingYears must be "provisional" (estimate) or "refuse"',
  },
  horizon: {
    id: 'provisionalHorizon harus bilangan bulat 0–10 (tahun setelah tahun terakhir ber-SKB)',
    en: 'provisionalHorizon must be a whole number 0–10 (years after the last year with a decree)',
  },
  id: {
    id: 'id hanya huruf kecil, angka dan tanda hubung',
    en: 'id takes lower-case letters, digits and hyphens only',
  },
} as const;
