import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, addWorkingTime, getCalendar } from '../src/index.js';
import { at, local } from './helpers.js';

const nasional = getCalendar('id-nasional');
const sumbawa = getCalendar('sumbawa');
const babel = getCalendar('babel');

const plus = (calendar: typeof nasional, start: string, minutes: number) => local(calendar, addWorkingMinutes(calendar, at(calendar, start), minutes));

describe('addWorkingMinutes / addWorkingTime: only working intervals count', () => {
  it('adds inside one interval and lands on a closing time exactly', () => {
    expect(plus(nasional, '2026-11-23T08:00', 30)).toBe('2026-11-23 08:30');
    expect(plus(nasional, '2026-11-23T15:30', 30)).toBe('2026-11-23 16:00');
    expect(plus(nasional, '2026-11-23T11:30', 30)).toBe('2026-11-23 12:00');
  });

  it('skips the lunch break, and the longer Friday prayer break', () => {
    expect(plus(nasional, '2026-11-23T11:50', 30)).toBe('2026-11-23 13:20');
    expect(plus(nasional, '2026-11-27T11:20', 30)).toBe('2026-11-27 13:20');
    expect(local(nasional, addWorkingTime(nasional, at(nasional, '2026-11-26T11:00'), { hours: 3 }))).toBe('2026-11-26 15:00');
  });

  it('carries over the evening and the weekend', () => {
    expect(local(nasional, addWorkingTime(nasional, at(nasional, '2026-11-27T15:00'), { hours: 3 }))).toBe('2026-11-30 09:00');
    expect(plus(nasional, '2026-11-23T15:50', 30)).toBe('2026-11-24 07:50');
  });

  it('starts from the next opening when the start is outside working time', () => {
    expect(plus(nasional, '2026-11-23T06:00', 30)).toBe('2026-11-23 08:00');
    expect(plus(nasional, '2026-11-23T12:15', 30)).toBe('2026-11-23 13:30');
    expect(plus(nasional, '2026-11-28T10:00', 30)).toBe('2026-11-30 08:00');
    expect(plus(nasional, '2026-03-19T10:00', 30)).toBe('2026-03-25 08:00'); // Nyepi → after the cluster
  });

  it('uses Ramadan hours: 08:00 opening, short breaks, 15:00/15:30 closing', () => {
    expect(plus(nasional, '2026-03-16T07:30', 30)).toBe('2026-03-16 08:30');
    expect(plus(nasional, '2026-03-16T11:50', 30)).toBe('2026-03-16 12:50');
    expect(plus(nasional, '2026-03-13T11:20', 30)).toBe('2026-03-13 12:50');
    expect(plus(nasional, '2026-03-16T14:45', 30)).toBe('2026-03-17 08:15');
    expect(plus(babel, '2026-03-13T15:00', 60)).toBe('2026-03-16 08:30');
  });

  it('follows the Babel service-desk hours for minute-level steps', () => {
    expect(plus(babel, '2026-11-25T14:00', 180)).toBe('2026-11-26 09:00'); // "3 jam"
    expect(plus(babel, '2026-11-27T15:45', 30)).toBe('2026-11-30 08:15'); // "30 menit"
    expect(plus(babel, '2026-11-25T12:10', 15)).toBe('2026-11-25 12:25'); // no lunch break in Babel
  });

  it('differs between WIB and WITA for the same instant', () => {
    const instant = new Date('2026-11-25T08:30:00Z'); // 15:30 WIB (open) = 16:30 WITA (closed)
    expect(addWorkingMinutes(nasional, instant, 60).toISOString()).toBe('2026-11-26T01:00:00.000Z'); // Thu 08:00 WIB
    expect(addWorkingMinutes(sumbawa, instant, 60).toISOString()).toBe('2026-11-26T00:30:00.000Z'); // Thu 08:30 WITA
  });

  it('counts backwards for negative amounts, landing on an opening exactly', () => {
    expect(plus(nasional, '2026-11-24T08:00', -30)).toBe('2026-11-24 07:30');
    expect(plus(nasional, '2026-11-24T08:00', -31)).toBe('2026-11-23 15:59');
    expect(plus(nasional, '2026-11-23T13:30', -30)).toBe('2026-11-23 13:00');
    expect(plus(nasional, '2026-11-23T13:30', -31)).toBe('2026-11-23 11:59');
  });

  it('returns the start for 0 and refuses non-finite amounts', () => {
    const start = at(nasional, '2026-11-28T10:00');
    expect(addWorkingMinutes(nasional, start, 0).getTime()).toBe(start.getTime());
    expect(() => addWorkingMinutes(nasional, start, Number.POSITIVE_INFINITY)).toThrowErrorMatchingInlineSnapshot(
      `[AlurError: Jumlah menit kerja harus angka terhingga, bukan Infinity.]`,
    );
  });

  it('refuses results beyond the covered years', () => {
    expect(() => addWorkingMinutes(nasional, at(nasional, '2028-12-29T15:00'), 120)).toThrow(/Hasil perhitungan melewati/);
    expect(() => addWorkingMinutes(nasional, at(nasional, '2024-01-02T08:00'), -600)).toThrow(/2024–2026/);
  });
});
