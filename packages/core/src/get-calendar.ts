import { builtinCalendarDefinitions } from './builtin-calendars.js';
import type { CalendarDefinition } from './calendar-definition.js';
import { compileCalendar } from './internal/compile-calendar.js';
import { createLazyRegistry, type LazyRegistry } from './internal/lazy-registry.js';
import type { WorkingCalendar } from './working-calendar.js';

/** @internal The registry's refusals, shared with `createCalendarRegistry`. */
export const calendarRegistryTexts = {
  invalidCode: 'INVALID_CALENDAR',
  invalid: (index: number) => ({
    id: `Definisi kalender ke-${index + 1} bukan objek dengan id teks.`,
    en: `Calendar definition ${index + 1} is not an object with a text id.`,
  }),
  unknownCode: 'UNKNOWN_CALENDAR',
  unknown: (id: string, ids: string) => ({ id: `Kalender "${id}" tidak dikenal. Pilihan: ${ids}.`, en: `Unknown calendar "${id}". Choices: ${ids}.` }),
} as const;

let builtins: LazyRegistry<CalendarDefinition, WorkingCalendar> | undefined;

/**
 * A built-in calendar by id: `id-nasional`, `sumbar-asap`, `sumbar-sop`, `sumbawa`, `babel`,
 * `kalbar-lpse` (see {@link builtinCalendarDefinitions}). Compiled once per process.
 *
 * The built-in definitions are not run through the zod schema here (a test proves the schema
 * accepts each of them unchanged), so this function, like the whole `@alur/core/calendar`
 * entry, does not load zod; the rules that need the whole `extends` chain are still checked.
 *
 * @throws {AlurError} `UNKNOWN_CALENDAR` listing the valid ids.
 *
 * @example
 * ```ts
 * import { getCalendar } from '@alur/core';
 * const sumbawa = getCalendar('sumbawa');
 * sumbawa.zone; // 'Asia/Makassar'
 * ```
 */
export function getCalendar(id: string): WorkingCalendar {
  builtins ??= createLazyRegistry(
    builtinCalendarDefinitions,
    [],
    (definition, lookup) => compileCalendar(definition, lookup, (input) => input as CalendarDefinition),
    calendarRegistryTexts,
  );
  return builtins.get(id);
}
