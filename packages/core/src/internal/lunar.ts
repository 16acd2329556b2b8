import { AngleFromSun, Body, Equator, Horizon, MakeTime, Observer, SearchMoonPhase, SearchRiseSet, type AstroTime } from 'astronomy-engine';
import { IANAZone } from 'luxon';
import { daysFromCivil, MS_PER_DAY } from './civil.js';

/** Local civil day number (0 = 1970-01-01) of an instant in a zone. */
export function localDay(ms: number, zone: string): number {
  return Math.floor((ms + IANAZone.create(zone).offset(ms) * 60_000) / MS_PER_DAY);
}

/** Instants of every new moon (`phase` 0) or full moon (180) from day `from` to day `to` (UTC days, inclusive). */
export function moonPhases(phase: 0 | 180, from: number, to: number): number[] {
  const found: number[] = [];
  let time: AstroTime = MakeTime(new Date((from - 1) * MS_PER_DAY));
  for (;;) {
    const next = SearchMoonPhase(phase, time, 40);
    if (next === null || next.date.getTime() >= (to + 2) * MS_PER_DAY) return found;
    found.push(next.date.getTime());
    time = next.AddDays(1);
  }
}

/**
 * MABIMS criteria as used by the Ministry of Religious Affairs since 1443 H: a month begins
 * on the day after the evening on which, at sunset, the moon stands at least 3° high with an
 * elongation of at least 6.4°. Observed at Banda Aceh, the western end of Indonesia where
 * the crescent is highest; WIB dates.
 */
export const MABIMS = { altitude: 3, elongation: 6.4, latitude: 5.55, longitude: 95.32, zone: 'Asia/Jakarta', place: 'Banda Aceh' } as const;

const ACEH = new Observer(MABIMS.latitude, MABIMS.longitude, 0);
const WIB_MS = 7 * 3_600_000;

/** Whether the crescent is visible by MABIMS on the evening of WIB day `day`, after conjunction `conjunction`. */
function crescentVisible(day: number, conjunction: number): boolean | undefined {
  const sunset = SearchRiseSet(Body.Sun, ACEH, -1, MakeTime(new Date(day * MS_PER_DAY - WIB_MS)), 1);
  if (sunset === null || sunset.date.getTime() < conjunction) return undefined;
  const moon = Equator(Body.Moon, sunset, ACEH, true, true);
  const altitude = Horizon(sunset, ACEH, moon.ra, moon.dec, 'normal').altitude;
  return altitude >= MABIMS.altitude && AngleFromSun(Body.Moon, sunset) >= MABIMS.elongation;
}

/** A Hijri month's first day (civil day number) with its Hijri year and month (1 = Muharam). */
export interface HijriMonthStart {
  readonly day: number;
  readonly year: number;
  readonly month: number;
}

const umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

/** Hijri year and month of a civil day by ICU's Umm al-Qura calendar (used only to name months). */
export function umalquraDate(day: number): { year: number; month: number; day: number } {
  const parts = umalqura.formatToParts(new Date(day * MS_PER_DAY + MS_PER_DAY / 2));
  const part = (type: string) => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const monthStartCache = new Map<number, readonly HijriMonthStart[]>();

/**
 * First days of the Hijri months that begin from about two months before Gregorian `year`
 * to two months after it, by the MABIMS criteria (astronomy-engine for sun and moon).
 */
export function hijriMonthStarts(year: number): readonly HijriMonthStart[] {
  const cached = monthStartCache.get(year);
  if (cached) return cached;
  const starts: HijriMonthStart[] = [];
  for (const conjunction of moonPhases(0, daysFromCivil(year - 1, 11, 1), daysFromCivil(year + 1, 3, 1))) {
    let evening = localDay(conjunction, MABIMS.zone);
    let visible = crescentVisible(evening, conjunction);
    if (visible === undefined) visible = crescentVisible(++evening, conjunction);
    // Not visible on the first evening: the month before runs 30 days, so the next evening.
    const first = visible ? evening + 1 : evening + 2;
    const named = umalquraDate(first + 14);
    starts.push({ day: first, year: named.year, month: named.month });
  }
  monthStartCache.set(year, starts);
  return starts;
}
