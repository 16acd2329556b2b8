import { builtinCalendarDefinitions } from './builtin-calendars.js';
import type { CalendarDefinition } from './calendar-definition.js';
import { calendarRegistryTexts } from './get-calendar.js';
import { createLazyRegistry } from './internal/lazy-registry.js';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar.js';

/** A set of calendar definitions that may extend one another, compiled on first use. */
export interface CalendarRegistry {
  /** Ids of every calendar, in definition order. */
  readonly ids: readonly string[];
  /** The definition with this id, or `undefined`. */
  definition(id: string): CalendarDefinition | undefined;
  /**
   * The compiled calendar with this id (compiled once, then cached).
   * @throws {AlurError} `UNKNOWN_CALENDAR`, or `INVALID_CALENDAR` for a broken definition.
   */
  get(id: string): WorkingCalendar;
}

/** Options of {@link createCalendarRegistry}. */
export interface CalendarRegistryOptions {
  /** Start from the built-in calendars (default `true`); a definition with the same id replaces one. */
  readonly builtins?: boolean;
}

/**
 * Builds a registry from definitions, e.g. the calendars an admin keeps in Directus, on top
 * of the built-in ones so that `extends: 'id-nasional'` works.
 *
 * @example
 * ```ts
 * import { createCalendarRegistry, addWorkingDays } from '@alur/core';
 * const registry = createCalendarRegistry([
 *   { id: 'kab-x', name: 'Kabupaten X', extends: 'sumbawa',
 *     holidays: [{ date: '2026-09-22', name: 'Hari Jadi Kabupaten', kind: 'regional', source: 'Perbup X' }] },
 * ]);
 * addWorkingDays(registry.get('kab-x'), new Date('2026-09-21T09:00:00+08:00'), 1);
 * // 23 Sep 2026 16:00 WITA: the regional holiday is skipped
 * ```
 */
export function createCalendarRegistry(definitions: readonly CalendarDefinition[], options: CalendarRegistryOptions = {}): CalendarRegistry {
  return createLazyRegistry(
    options.builtins === false ? [] : builtinCalendarDefinitions,
    definitions,
    (definition, lookup) => createWorkingCalendar(definition, { lookup }),
    calendarRegistryTexts,
  );
}

export { getCalendar } from './get-calendar.js';
