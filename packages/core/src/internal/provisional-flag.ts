import { dependsOnProvisional } from '../depends-on-provisional.js';
import type { WorkingCalendar } from '../working-calendar.js';

/** `{ provisional: true }` when the span of these instants reaches an estimated year, else `{}`: spread into a result. */
export function provisionalFlag(calendar: WorkingCalendar, ...instants: (Date | string | undefined)[]): { provisional?: true } {
  const times = instants.flatMap((instant) => (instant === undefined ? [] : [new Date(instant).getTime()])).filter((t) => !Number.isNaN(t));
  if (times.length === 0) return {};
  return dependsOnProvisional(calendar, new Date(Math.min(...times)), new Date(Math.max(...times))) ? { provisional: true } : {};
}
