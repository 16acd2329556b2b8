import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCalendarDefinitions, builtinSopDefinitions, validateSop, type SopDefinition } from '@alur/core';
import { calendarToRows, rowsToCalendar, rowsToVariant, variantToRows, type StepRow } from '../src/definition-rows.js';

/** What Directus gives back: every absent field as null, JSON as parsed values. */
const asStored = <T extends object>(row: T): T => JSON.parse(JSON.stringify(row, (_key, value: unknown) => (value === undefined ? null : value))) as T;

describe('SOP variants as Directus rows', () => {
  it.each(builtinSopDefinitions.map((d) => [d.id, d] as const))('%s: definition → rows → definition is lossless', (_id, definition) => {
    const { variant, steps } = variantToRows(definition, { builtin: true });
    expect(steps).toHaveLength(definition.steps!.length);
    expect(rowsToVariant(asStored(variant), steps.map(asStored))).toEqual(definition);
  });

  it('keeps a derived variant (extends + changes, no step rows) as it is', () => {
    const derived = JSON.parse(readFileSync(new URL('../../../examples/derived-sop/sop.json', import.meta.url), 'utf8')) as SopDefinition;
    const { variant, steps } = variantToRows(derived);
    expect(steps).toEqual([]);
    expect(rowsToVariant(asStored(variant), [])).toEqual(derived);
  });

  it('orders steps by their sort field, and an admin edit that breaks the SOP is caught by the validator', () => {
    const sumbawa = builtinSopDefinitions.find((d) => d.id === 'sumbawa')!;
    const { variant, steps } = variantToRows(sumbawa);
    const edited: StepRow[] = [...steps].reverse().map((row) => (row.step_id === 'disposisi-kadis' ? { ...row, actor: 'sekda', waktu: 'sehari' } : row));
    const definition = rowsToVariant(variant, edited);
    expect(definition.steps!.map((s) => s.id)).toEqual(sumbawa.steps!.map((s) => s.id));
    const lookup = (id: string) => builtinSopDefinitions.find((d) => d.id === id);
    const result = validateSop(definition, { lookup });
    expect(result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}: ${i.message.id}`)).toEqual([
      'steps.1.actor: pelaksana "sekda" tidak ada di daftar peran',
      expect.stringMatching(/^steps\.1\.waktu: Waktu "sehari" tidak dapat dibaca/),
    ]);
  });
});

describe('calendars as Directus rows', () => {
  it.each(builtinCalendarDefinitions.map((d) => [d.id, d] as const))('%s: definition → rows → definition is lossless', (_id, definition) => {
    const { calendar, holidays } = calendarToRows(definition, { builtin: true });
    expect(rowsToCalendar(asStored(calendar), holidays.map(asStored))).toEqual(definition);
  });

  it('reads a date column returned as a timestamp', () => {
    const { calendar, holidays } = calendarToRows(builtinCalendarDefinitions[0]!);
    const stored = holidays.map((h) => ({ ...h, date: `${h.date}T00:00:00.000Z` }));
    expect(rowsToCalendar(calendar, stored).holidays![0]!.date).toBe(holidays[0]!.date);
  });
});
