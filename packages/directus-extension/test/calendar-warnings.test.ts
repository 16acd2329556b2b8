import { addCalendarYear, createCalendarRegistry } from '@alur/core';
import { describe, expect, it } from 'vitest';
import { calendarWarnings } from '../src/endpoint.js';

const nov = new Date('2026-11-25T09:00:00+07:00');
const regional = {
  id: 'kab-x',
  name: 'Kabupaten X',
  extends: 'sumbawa',
  holidays: [{ date: '2026-09-22', name: 'Hari Jadi', kind: 'regional' as const, source: 'Perbup X' }],
};

describe('calendarWarnings', () => {
  it('says nothing while the holiday data lasts more than 60 days', () => {
    expect(calendarWarnings(createCalendarRegistry([regional]), new Date('2026-10-31T00:00:00Z'))).toEqual([]);
  });

  it('reports running-out data once, on the base where adding the year covers every calendar inheriting it', () => {
    const [warning, ...rest] = calendarWarnings(createCalendarRegistry([regional]), nov);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      calendar: 'id-nasional',
      lastYear: 2026,
      calendars: ['id-nasional', 'sumbar-asap', 'sumbar-sop', 'sumbawa', 'babel', 'kalbar-lpse', 'kab-x'],
    });
    expect(warning!.en).toMatch(/^Calendar "id-nasional" \(also used by sumbar-asap, .*, kab-x\) has holiday data up to 2026: add 2027/);
  });

  it('leaves out a calendar that already has the next year, and names a broken one on its own', () => {
    const ahead = addCalendarYear(regional, {
      year: 2027,
      source: 'SKB 2027 (uji)',
      holidays: [{ date: '2027-01-01', name: 'Tahun Baru', kind: 'national', source: 'SKB 2027 (uji)' }],
    });
    const broken = { id: 'kab-rusak', name: 'Rusak', extends: 'tidak-ada' };
    const warnings = calendarWarnings(createCalendarRegistry([ahead, broken]), nov);
    expect(warnings.map((w) => [w.calendar, w.lastYear])).toEqual([
      ['kab-rusak', null],
      ['id-nasional', 2026],
    ]);
    expect(warnings[1]!.calendars).not.toContain('kab-x');
    expect(warnings[0]!.id).toMatch(/^Kalender "kab-rusak": /);
  });
});
