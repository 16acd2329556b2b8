import { describe, expect, it } from 'vitest';
import { getCalendar as getCalendarWithoutZod } from '../src/calendar.js';
import { builtinCalendarDefinitions, CalendarDefinition, createCalendarRegistry, getCalendar } from '../src/index.js';

describe('built-in calendars', () => {
  it('are accepted unchanged by the schema, so the zod-free entry may compile them without it', () => {
    const checked = createCalendarRegistry([]);
    for (const definition of builtinCalendarDefinitions) {
      expect(CalendarDefinition.parse(definition)).toEqual(definition);
      const { index: trustedIndex, ...trusted } = getCalendarWithoutZod(definition.id);
      const { index, ...parsed } = checked.get(definition.id);
      expect(trusted).toEqual(parsed);
      expect([trustedIndex.ivStart, trustedIndex.ivEnd]).toEqual([index.ivStart, index.ivEnd]);
    }
  });

  const nasional = getCalendar('id-nasional');

  it('hold the official national holidays and cuti bersama per year, with their decrees', () => {
    const count = (year: string, kind: string) => nasional.holidays.filter((h) => h.date.startsWith(year) && h.kind === kind).length;
    expect([count('2024', 'national'), count('2024', 'cutiBersama')]).toEqual([19, 10]); // 17 SKB + 2 Keppres
    expect([count('2025', 'national'), count('2025', 'cutiBersama')]).toEqual([17, 11]); // 10 + 18 Aug revision
    expect([count('2026', 'national'), count('2026', 'cutiBersama')]).toEqual([17, 8]);
    for (const holiday of nasional.holidays) expect(holiday.source.length).toBeGreaterThan(20);
    expect(nasional.holidays.find((h) => h.date === '2025-08-18')?.source).toMatch(/^Keputusan Bersama Nomor 933 Tahun 2025/);
    expect(nasional.holidays.find((h) => h.date === '2024-02-14')?.source).toMatch(/^Keppres 10 Tahun 2024/);
    expect(nasional.holidays.find((h) => h.date === '2026-12-24')?.source).toMatch(/untuk ASN: Keppres 42 Tahun 2025/);
  });

  it('cover 2024–2026 and name each year’s decree', () => {
    expect(nasional.years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(nasional.years[2]!.source).toMatch(/Nomor 1497 Tahun 2025/);
  });

  it('hold the Ramadan periods with Perpres Ramadan hours', () => {
    expect(nasional.specialPeriods.filter((p) => !p.provisional).map((p) => [p.from, p.to])).toEqual([
      ['2024-03-12', '2024-04-09'],
      ['2025-03-01', '2025-03-30'],
      ['2026-02-19', '2026-03-20'],
    ]);
    expect(nasional.specialPeriods.find((p) => p.name === 'Ramadan 2024')!.weekly.friday).toEqual([
      { start: '08:00', end: '11:30' },
      { start: '12:30', end: '15:30' },
    ]);
  });

  it.each([
    ['sumbar-asap', 'Asia/Jakarta', '07:30', '16:30'],
    ['sumbar-sop', 'Asia/Jakarta', '07:30', '16:30'],
    ['sumbawa', 'Asia/Makassar', '07:30', '16:30'],
    ['babel', 'Asia/Jakarta', '08:00', '16:00'],
    ['kalbar-lpse', 'Asia/Pontianak', '07:30', '16:30'],
  ])('%s runs in %s, Friday %s–%s', (id, zone, open, close) => {
    const calendar = getCalendar(id);
    expect(calendar.zone).toBe(zone);
    expect(calendar.weekly.friday[0]!.start).toBe(open);
    expect(calendar.weekly.friday.at(-1)!.end).toBe(close);
    expect(calendar.specialPeriods).toHaveLength(5); // Ramadan 2024–2026, and 2027–2028 estimated
    expect(calendar.holidays).toHaveLength(nasional.holidays.length);
  });

  it('are plain JSON', () => {
    expect(JSON.parse(JSON.stringify(builtinCalendarDefinitions))).toEqual(builtinCalendarDefinitions);
  });
});
