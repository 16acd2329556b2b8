// Minimal types for luxon-business-days 3.0.1 (ships none): only what the bench calls.
// It patches DateTime.prototype of the CommonJS build of luxon (`require('luxon')`) and
// re-exports that DateTime.
declare module 'luxon-business-days' {
  import type { DateTime as LuxonDateTime, Zone } from 'luxon';

  export type HolidayMatcher = (dateTime: BusinessDateTime) => boolean;

  export interface BusinessSetup {
    /** ISO weekdays that are business days (default Monday–Friday). */
    readonly businessDays?: readonly number[];
    /** A day is a holiday when any matcher returns true (default: US shipping holidays). */
    readonly holidayMatchers?: readonly HolidayMatcher[];
  }

  export interface BusinessDateTime extends LuxonDateTime<true> {
    /** Sets the business days and holidays for every DateTime (stored on the prototype). */
    setupBusiness(setup?: BusinessSetup): void;
    isBusinessDay(): boolean;
    isHoliday(): boolean;
    /** Steps one calendar day at a time until `days` business days have passed; keeps the wall time. */
    plusBusiness(duration?: { readonly days?: number }): BusinessDateTime;
  }

  export const DateTime: {
    fromJSDate(date: Date, options?: { zone?: string | Zone }): BusinessDateTime;
  };
}
