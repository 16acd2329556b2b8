import { DateTime } from 'luxon';
import type { Locale } from './errors.js';

/** Indonesia's zone names by UTC offset in minutes. */
const ZONE_NAMES: Record<number, string> = { 420: 'WIB', 480: 'WITA', 540: 'WIT' };

/**
 * An instant as an Indonesian office reads it, in the variant's own zone with its name:
 * "Senin, 4 Januari 2027 16.00 WITA" (English: "Monday, 4 January 2027 16:00 WITA").
 */
export function formatInstant(instant: Date | string, zone: string, locale: Locale = 'id'): string {
  const at = (typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant)).setZone(zone).setLocale(locale === 'en' ? 'en-GB' : 'id');
  const name = ZONE_NAMES[at.offset] ?? at.offsetNameShort ?? zone;
  return `${at.toFormat(locale === 'en' ? 'cccc, d LLLL yyyy HH:mm' : 'cccc, d LLLL yyyy HH.mm')} ${name}`;
}
