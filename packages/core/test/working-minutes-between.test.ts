import { describe, expect, it } from 'vitest';
import { getCalendar, isWorkingTime, nextOpening, workingMinutesBetween } from '../src/index.js';
import { at, local } from './helpers.js';

const nasional = getCalendar('id-nasional');
const sumbawa = getCalendar('sumbawa');

const between = (calendar: typeof nasional, from: string, to: string) => workingMinutesBetween(calendar, at(calendar, from), at(calendar, to));

describe('workingMinutesBetween', () => {
  it('gives 37.5 hours for a normal week (Perpres 21/2023) and 32.5 for a Ramadan week', () => {
    expect(between(nasional, '2026-11-23T00:00', '2026-11-30T00:00')).toBe(2250);
    expect(between(nasional, '2026-03-02T00:00', '2026-03-09T00:00')).toBe(1950);
  });

  it('excludes breaks, evenings, holidays and the March 2026 cluster', () => {
    expect(between(nasional, '2026-11-27T11:00', '2026-11-27T14:00')).toBe(90);
    expect(between(nasional, '2026-03-17T09:00', '2026-03-25T09:00')).toBe(420);
    expect(between(nasional, '2026-12-23T15:00', '2026-12-28T08:00')).toBe(90);
  });

  it('is negative when to is before from, zero inside a break, fractional with seconds', () => {
    expect(between(nasional, '2026-11-27T14:00', '2026-11-27T11:00')).toBe(-90);
    expect(between(nasional, '2026-11-23T12:10', '2026-11-23T12:50')).toBe(0);
    expect(between(nasional, '2026-11-23T08:00:00', '2026-11-23T08:00:30')).toBe(0.5);
  });

  it('reads hours in the calendar zone', () => {
    const from = new Date('2026-11-25T08:00:00Z'); // 15:00 WIB, 16:00 WITA
    const to = new Date('2026-11-26T01:00:00Z'); // 08:00 WIB, 09:00 WITA
    expect(workingMinutesBetween(nasional, from, to)).toBe(90);
    expect(workingMinutesBetween(sumbawa, from, to)).toBe(90);
    const morning = new Date('2026-11-26T00:00:00Z'); // 07:00 WIB, 08:00 WITA
    expect(workingMinutesBetween(nasional, from, morning)).toBe(60);
    expect(workingMinutesBetween(sumbawa, from, morning)).toBe(30);
  });
});

describe('isWorkingTime and nextOpening', () => {
  it('opens at the opening minute and closes at the closing minute', () => {
    expect(isWorkingTime(nasional, at(nasional, '2026-11-23T07:29'))).toBe(false);
    expect(isWorkingTime(nasional, at(nasional, '2026-11-23T07:30'))).toBe(true);
    expect(isWorkingTime(nasional, at(nasional, '2026-11-23T11:59'))).toBe(true);
    expect(isWorkingTime(nasional, at(nasional, '2026-11-23T12:00'))).toBe(false);
    expect(isWorkingTime(nasional, at(nasional, '2026-11-23T16:00'))).toBe(false);
    expect(isWorkingTime(nasional, at(nasional, '2026-11-27T16:15'))).toBe(true);
    expect(isWorkingTime(nasional, at(nasional, '2026-12-25T10:00'))).toBe(false);
    expect(isWorkingTime(nasional, at(nasional, '2026-03-16T07:45'))).toBe(false); // Ramadan opens 08:00
  });

  it('finds the next opening after breaks, weekends and holiday clusters', () => {
    expect(local(nasional, nextOpening(nasional, at(nasional, '2026-11-23T10:00')))).toBe('2026-11-23 10:00');
    expect(local(nasional, nextOpening(nasional, at(nasional, '2026-11-27T11:45')))).toBe('2026-11-27 13:00');
    expect(local(nasional, nextOpening(nasional, at(nasional, '2026-11-27T17:00')))).toBe('2026-11-30 07:30');
    expect(local(nasional, nextOpening(nasional, at(nasional, '2026-03-17T17:00')))).toBe('2026-03-25 07:30');
    expect(local(nasional, nextOpening(nasional, at(nasional, '2026-12-23T16:00')))).toBe('2026-12-28 07:30');
    expect(() => nextOpening(nasional, at(nasional, '2028-12-29T17:00'))).toThrow(/Hasil perhitungan melewati/);
  });
});
