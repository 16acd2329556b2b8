import type { WorkingCalendar } from '../working-calendar.js';
import { buildCalendarIndex } from './calendar-index.js';
import { resolveCalendar, type CalendarLookup, type ParseCalendarDefinition } from './resolve-calendar.js';

/** Resolves a definition's `extends` chain, checks its rules and builds its index. */
export function compileCalendar(definition: unknown, lookup: CalendarLookup, parse: ParseCalendarDefinition): WorkingCalendar {
  const resolved = resolveCalendar(definition, lookup, parse);
  return { ...resolved, index: buildCalendarIndex(resolved) };
}
