// The peer libraries, each configured as close to our rules as it allows (Asia/Jakarta,
// Perpres weekly hours, the bench holiday list) and wrapped as "Date in, Date out".
// Each peer's result is mapped to our semantics only where the difference is representation;
// every mapping carries a comment. Real semantic differences are left in and show up as
// disagreements.

import { createRequire } from 'node:module';
import type { Dayjs } from 'dayjs';
import type { Moment } from 'moment';
import type { BusinessDateTime } from 'luxon-business-days';
import { holidayDates, JAKARTA_OFFSET_MINUTES, perpresClosingMinutes, perpresHours, WEEKDAY_NAMES, weekMinutes, ZONE } from './bench-calendars.js';

export type OpId = 'days3' | 'days35' | 'min30' | 'hours3' | 'between';
/** One operation: `(start, end) => result`; only `between` reads `end`. */
export type OpFn = (start: Date, end: Date) => Date | number;

/** A semantic difference found by reading the peer's code, with a test that a disagreement is that one. */
export interface KnownDifference {
  readonly cause: string;
  readonly matches: (start: Date, end: Date, ours: Date | number, theirs: Date | number) => boolean;
}

export interface Peer {
  readonly name: string;
  /** How it is configured and how its results are mapped, one line each. */
  readonly setup: readonly string[];
  readonly ops: Partial<Record<OpId, OpFn>>;
  readonly known?: Partial<Record<OpId, KnownDifference>>;
}

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// moment: moment-business-days and moment-business-time both patch `moment.fn.isBusinessDay`
// and `moment.fn.isHoliday` (with different configuration keys), so in one process the one
// loaded last silently breaks the other. Each gets its own moment instance (the module cache
// entry of moment is dropped in between), each with moment-timezone.
// ---------------------------------------------------------------------------------------------

const holidaySet: ReadonlySet<string> = new Set(holidayDates);
const perpresMinutes = weekMinutes(perpresHours);

const momentCacheKeys = (): string[] => Object.keys(require.cache).filter((key) => /[\\/]moment(-timezone)?[\\/]/.test(key) && !key.includes('business'));

const momentDays = require('moment-timezone') as typeof import('moment-timezone');
require('moment-business-days') as typeof import('moment-business-days'); // patches momentDays
for (const key of momentCacheKeys()) delete require.cache[key];
const momentTime = require('moment-timezone') as typeof import('moment-timezone');
const momentBusinessTime = require('moment-business-time') as typeof import('moment-business-time');
if (
  momentBusinessTime !== momentTime ||
  momentTime === momentDays ||
  typeof momentDays.tz !== 'function' ||
  typeof momentTime.tz !== 'function' ||
  typeof (momentDays.fn as Partial<Moment>).businessAdd !== 'function' ||
  typeof (momentTime.fn as Partial<Moment>).businessAdd === 'function' ||
  typeof (momentTime.fn as Partial<Moment>).addWorkingTime !== 'function'
) {
  throw new Error('bench: could not isolate moment-business-days from moment-business-time');
}

/** The closing time of the moment's local date under the Perpres hours (day → deadline mapping). */
function momentClose(m: Moment): Date {
  return m.startOf('day').add(perpresClosingMinutes[m.isoWeekday()]!, 'minutes').toDate();
}

// moment-business-days: working weekdays + a list of holiday dates in the locale.
momentDays.updateLocale('en', {
  holidays: [...holidayDates],
  holidayFormat: 'YYYY-MM-DD',
  workingWeekdays: [1, 2, 3, 4, 5],
});

export const momentBusinessDaysPeer: Peer = {
  name: 'moment-business-days',
  setup: [
    'moment-timezone Asia/Jakarta; locale workingWeekdays Mon–Fri, holidays = bench list (YYYY-MM-DD)',
    'days: businessAdd(n, "days") → that local date; mapped to its Perpres closing time (library has no hours)',
  ],
  ops: {
    // businessAdd steps one calendar day at a time and counts business days, keeping the wall
    // time: it returns a date, which we map to the closing time of that local date.
    days3: (start) => momentClose(momentDays.tz(start, ZONE).businessAdd(3, 'days')),
    days35: (start) => momentClose(momentDays.tz(start, ZONE).businessAdd(35, 'days')),
  },
};

// moment-business-time: working hours per weekday (0 = Sunday) as flat open/close lists;
// holidays are minimatch patterns, plain dates here.
const momentWorkingHours: Record<number, string[] | null> = {};
WEEKDAY_NAMES.forEach((name, index) => {
  const hours = perpresHours[name].flatMap((interval) => [`${interval.start}:00`, `${interval.end}:00`]);
  momentWorkingHours[(index + 1) % 7] = hours.length > 0 ? hours : null;
});
momentTime.updateLocale(momentTime.locale(), { workinghours: momentWorkingHours, holidays: [...holidayDates] });

export const momentBusinessTimePeer: Peer = {
  name: 'moment-business-time',
  setup: [
    'moment-timezone Asia/Jakarta; locale workinghours = Perpres (with breaks), holidays = bench list',
    'days: addWorkingTime(n, "days") keeps the wall time → mapped to the Perpres closing time of that date',
    'minutes/hours: addWorkingTime(30, "minutes") / addWorkingTime(3, "hours"), taken as is',
    'between: to.workingDiff(from, "minutes", true) (moment#diff order; true = keep fractions)',
  ],
  ops: {
    // addWorkingTime(n, 'days') counts working days one calendar day at a time and keeps the
    // wall time: same mapping as moment-business-days.
    days3: (start) => momentClose(momentTime.tz(start, ZONE).addWorkingTime(3, 'days')),
    days35: (start) => momentClose(momentTime.tz(start, ZONE).addWorkingTime(35, 'days')),
    // Minutes and hours return an instant: no mapping.
    min30: (start) => momentTime.tz(start, ZONE).addWorkingTime(30, 'minutes').toDate(),
    hours3: (start) => momentTime.tz(start, ZONE).addWorkingTime(3, 'hours').toDate(),
    // workingDiff is `this − other` like moment#diff, so the later instant is `this`; the
    // third argument keeps fractional minutes instead of truncating.
    between: (from, to) => momentTime.tz(to, ZONE).workingDiff(momentTime.tz(from, ZONE), 'minutes', true),
  },
  known: {
    between: {
      cause:
        'workingDiff (lib/business-hours.js) only moves `to` when it is outside its day span (breaks ignored), then on ' +
        'the last day adds max(from, open) − min(close, to) for every interval, also for intervals opening after `to`: ' +
        'each of those subtracts (its opening − to). E.g. to = Mon 07:47 loses 13:00 − 07:47 = 313 min.',
      matches: (_from, to, ours, theirs) => {
        if (typeof ours !== 'number' || typeof theirs !== 'number') return false;
        const local = momentTime.tz(to, ZONE);
        const minute = local.hours() * 60 + local.minutes();
        const hours = holidaySet.has(local.format('YYYY-MM-DD')) ? [] : perpresMinutes[local.isoWeekday()]!;
        let predicted = 0;
        if (hours.length > 0 && minute >= hours[0]! && minute <= hours[hours.length - 1]!) {
          for (let k = 0; k < hours.length; k += 2) if (hours[k]! > minute) predicted -= hours[k]! - minute;
        }
        return predicted !== 0 && Math.abs(theirs - ours - predicted) < 1e-9;
      },
    },
  },
};

// ---------------------------------------------------------------------------------------------
// dayjs-business-time. dayjs' timezone plugin keeps the Jakarta wall clock in a Date of the
// *process* zone, so a Jakarta wall time that falls in a DST gap of the process zone comes out
// an hour off (TZ=America/New_York: setting 02:30 on 14 Mar 2027 WIB gives 03:30). No working
// time falls in such a gap, so the business results are almost never affected, but to be
// exactly independent of the process TZ the peer runs in dayjs' UTC mode on instants shifted
// by +07:00 (Jakarta's fixed offset, no DST since 1964): its wall clock is Jakarta's, and the
// result is shifted back. This is also faster than `.tz()` (no Intl formatting per call), so
// it can only flatter the peer.
// ---------------------------------------------------------------------------------------------

const dayjs = require('dayjs') as typeof import('dayjs');
dayjs.extend(require('dayjs/plugin/utc') as typeof import('dayjs/plugin/utc'));
dayjs.extend(require('dayjs-business-time') as typeof import('dayjs-business-time'));

const OFFSET_MS = JAKARTA_OFFSET_MINUTES * 60_000;
/** Jakarta wall clock carried in UTC fields. */
const toDayjs = (date: Date): Dayjs => dayjs.utc(date.getTime() + OFFSET_MS);
/** Back from the shifted wall clock to the real instant. */
const fromDayjs = (value: Dayjs): Date => new Date(value.valueOf() - OFFSET_MS);

dayjs.setBusinessTime({
  monday: null,
  tuesday: null,
  wednesday: null,
  thursday: null,
  friday: null,
  saturday: null,
  sunday: null,
  ...Object.fromEntries(
    WEEKDAY_NAMES.map((name) => {
      const hours = perpresHours[name].map((interval) => ({ start: `${interval.start}:00`, end: `${interval.end}:00` }));
      return [name, hours.length > 0 ? hours : null];
    }),
  ),
});
dayjs.setHolidays([...holidayDates]);

/** The closing time of the local date under the Perpres hours (day → deadline mapping). */
function dayjsClose(value: Dayjs): Date {
  return fromDayjs(value.startOf('day').add(perpresClosingMinutes[value.day() || 7]!, 'minute'));
}

export const dayjsBusinessTimePeer: Peer = {
  name: 'dayjs-business-time',
  setup: [
    'dayjs UTC mode on instants shifted by +07:00 (= Asia/Jakarta wall clock, independent of process TZ)',
    'setBusinessTime = Perpres (with breaks), setHolidays = bench list',
    'days: addBusinessDays(n) keeps the wall time → mapped to the Perpres closing time of that date',
    'minutes/hours: addBusinessMinutes(30) / addBusinessHours(3); between: from.businessMinutesDiff(to)',
  ],
  ops: {
    // addBusinessDays steps calendar days and keeps the wall time: map to the closing time.
    days3: (start) => dayjsClose(toDayjs(start).addBusinessDays(3)),
    days35: (start) => dayjsClose(toDayjs(start).addBusinessDays(35)),
    // Instants: only the +07:00 shift is undone.
    min30: (start) => fromDayjs(toDayjs(start).addBusinessMinutes(30)),
    hours3: (start) => fromDayjs(toDayjs(start).addBusinessHours(3)),
    // Minutes from `this` to the comparator (positive when the comparator is later).
    between: (from, to) => toDayjs(from).businessMinutesDiff(toDayjs(to)),
  },
};

// ---------------------------------------------------------------------------------------------
// luxon-business-days patches DateTime of the CommonJS build of luxon (`require('luxon')`),
// a different module instance from the ES build that our engine and the naive loop import.
// ---------------------------------------------------------------------------------------------

const luxonBusinessDays = require('luxon-business-days') as typeof import('luxon-business-days');
luxonBusinessDays.DateTime.fromJSDate(new Date(0), { zone: ZONE }).setupBusiness({
  businessDays: [1, 2, 3, 4, 5],
  holidayMatchers: [(dateTime) => holidaySet.has(dateTime.toISODate())],
});

/** The closing time of the local date under the Perpres hours (day → deadline mapping). */
function luxonClose(value: BusinessDateTime): Date {
  return value.startOf('day').plus({ minutes: perpresClosingMinutes[value.weekday]! }).toJSDate();
}

export const luxonBusinessDaysPeer: Peer = {
  name: 'luxon-business-days',
  setup: [
    'DateTime in Asia/Jakarta; setupBusiness businessDays Mon–Fri, one holiday matcher (Set of bench dates)',
    'days: plusBusiness({ days: n }) → that local date; mapped to its Perpres closing time (library has no hours)',
  ],
  ops: {
    // plusBusiness steps calendar days, keeping the wall time: map to the closing time.
    days3: (start) => luxonClose(luxonBusinessDays.DateTime.fromJSDate(start, { zone: ZONE }).plusBusiness({ days: 3 })),
    days35: (start) => luxonClose(luxonBusinessDays.DateTime.fromJSDate(start, { zone: ZONE }).plusBusiness({ days: 35 })),
  },
};
