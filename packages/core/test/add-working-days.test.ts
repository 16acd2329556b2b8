import { describe, expect, it } from 'vitest';
import { addWorkingDays, AlurError, getCalendar } from '../src/index.js';
import { at, local } from './helpers.js';

const nasional = getCalendar('id-nasional');
const sumbawa = getCalendar('sumbawa');
const babel = getCalendar('babel');
const kalbar = getCalendar('kalbar-lpse');

const days = (calendar = nasional, start: string, n: number) => local(calendar, addWorkingDays(calendar, at(calendar, start), n));

describe('addWorkingDays: "N hari kerja" ends at the closing time of the N-th working day after the start date', () => {
  it('never counts the start day, whatever the hour', () => {
    expect(days(nasional, '2026-11-23T00:00', 1)).toBe('2026-11-24 16:00');
    expect(days(nasional, '2026-11-23T07:00', 1)).toBe('2026-11-24 16:00');
    expect(days(nasional, '2026-11-23T15:59', 1)).toBe('2026-11-24 16:00');
    expect(days(nasional, '2026-11-23T23:59', 1)).toBe('2026-11-24 16:00');
  });

  it('closes at 16:30 on a Friday and skips the weekend', () => {
    expect(days(nasional, '2026-11-26T10:00', 1)).toBe('2026-11-27 16:30');
    expect(days(nasional, '2026-11-27T10:00', 1)).toBe('2026-11-30 16:00');
    expect(days(nasional, '2026-11-28T10:00', 1)).toBe('2026-11-30 16:00');
    expect(days(nasional, '2026-11-23T10:00', 5)).toBe('2026-11-30 16:00');
  });

  it('skips the Nyepi and Idul Fitri 2026 cluster (18–24 March) and uses Ramadan closing times before it', () => {
    expect(days(nasional, '2026-03-16T14:00', 1)).toBe('2026-03-17 15:00'); // Ramadan Tuesday
    expect(days(nasional, '2026-03-12T10:00', 1)).toBe('2026-03-13 15:30'); // Ramadan Friday
    expect(days(nasional, '2026-03-13T10:00', 2)).toBe('2026-03-17 15:00');
    expect(days(nasional, '2026-03-17T09:00', 1)).toBe('2026-03-25 16:00'); // after Ramadan, normal hours
    expect(days(nasional, '2026-03-19T10:00', 1)).toBe('2026-03-25 16:00'); // from Nyepi itself
    expect(days(nasional, '2026-03-21T10:00', 1)).toBe('2026-03-25 16:00'); // from Idul Fitri (Saturday)
    expect(days(nasional, '2026-03-24T23:59', 1)).toBe('2026-03-25 16:00');
    expect(days(nasional, '2026-03-25T00:00', 1)).toBe('2026-03-26 16:00');
    expect(days(nasional, '2026-03-17T09:00', 3)).toBe('2026-03-27 16:30');
  });

  it('skips Christmas 2026 with its cuti bersama (24–25 December)', () => {
    expect(days(nasional, '2026-12-22T10:00', 1)).toBe('2026-12-23 16:00');
    expect(days(nasional, '2026-12-22T10:00', 2)).toBe('2026-12-28 16:00');
    expect(days(nasional, '2026-12-23T10:00', 1)).toBe('2026-12-28 16:00');
    expect(days(nasional, '2026-12-30T10:00', 1)).toBe('2026-12-31 16:00');
  });

  it('counts "Maksimal 35 Hari Kerja" across Easter, Labour Day, Ascension and its cuti bersama (Sumbawa, WITA)', () => {
    expect(days(sumbawa, '2026-03-17T09:00', 35)).toBe('2026-05-18 16:00');
  });

  it('takes the 2025 revision into account: 18 August 2025 is cuti bersama', () => {
    expect(days(nasional, '2025-08-15T10:00', 1)).toBe('2025-08-19 16:00');
  });

  it('reads the start date in the calendar zone: WITA and WIB differ around midnight', () => {
    const instant = new Date('2026-11-25T16:30:00Z'); // Wed 23:30 WIB = Thu 00:30 WITA
    expect(local(nasional, addWorkingDays(nasional, instant, 1))).toBe('2026-11-26 16:00');
    expect(local(sumbawa, addWorkingDays(sumbawa, instant, 1))).toBe('2026-11-27 16:30');
    expect(addWorkingDays(nasional, instant, 1).toISOString()).toBe('2026-11-26T09:00:00.000Z');
    expect(addWorkingDays(sumbawa, instant, 1).toISOString()).toBe('2026-11-27T08:30:00.000Z');
    // Asia/Pontianak is UTC+7 like Jakarta.
    expect(addWorkingDays(kalbar, instant, 1).toISOString()).toBe('2026-11-26T09:00:00.000Z');
  });

  it('uses the Babel service catalog hours (08:00–16:00, Friday too) and Perpres hours in Ramadan', () => {
    expect(days(babel, '2026-11-26T10:00', 1)).toBe('2026-11-27 16:00');
    expect(days(babel, '2026-03-12T10:00', 1)).toBe('2026-03-13 15:30');
  });

  it('returns the start unchanged for 0 days', () => {
    const start = at(nasional, '2026-11-28T10:00');
    expect(addWorkingDays(nasional, start, 0).getTime()).toBe(start.getTime());
  });

  it('refuses a negative or fractional count and an invalid date', () => {
    expect(() => addWorkingDays(nasional, at(nasional, '2026-11-23T10:00'), -1)).toThrowErrorMatchingInlineSnapshot(
      `[AlurError: Jumlah hari kerja harus bilangan bulat 0 atau lebih, bukan -1.]`,
    );
    expect(() => addWorkingDays(nasional, at(nasional, '2026-11-23T10:00'), 1.5)).toThrow(AlurError);
    expect(() => addWorkingDays(nasional, new Date(Number.NaN), 1)).toThrowErrorMatchingInlineSnapshot(`[AlurError: start bukan tanggal/waktu yang sah.]`);
  });

  it('refuses instants and results outside the official and estimated years, never treating them as holiday-free', () => {
    const error = (() => {
      try {
        addWorkingDays(nasional, at(nasional, '2029-01-04T10:00'), 1);
      } catch (caught) {
        return caught as AlurError;
      }
      throw new Error('expected an error');
    })();
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toMatchInlineSnapshot(
      `"Waktu 2029-01-04 10:00 +07:00, melewati batas perkiraan (2 tahun setelah tahun terakhir ber-SKB) pada kalender "id-nasional" (tahun 2024–2026, 2027–2028 perkiraan). Admin: tambahkan data libur tahun 2027 (SKB hari libur nasional dan cuti bersama) pada kalender "id-nasional", lalu coba lagi."`,
    );
    expect(error.localized('en')).toMatchInlineSnapshot(
      `"Instant 2029-01-04 10:00 +07:00, past the estimate limit (2 years after the last year with a decree) of calendar "id-nasional" (years 2024–2026, 2027–2028 estimated). Admin: add the 2027 holidays (the national holiday and joint leave decree) to calendar "id-nasional", then try again."`,
    );
    expect(error.message).not.toMatch(/[a-z][A-Z]\w*\(|addCalendarYear/);
    expect(() => addWorkingDays(nasional, at(nasional, '2028-12-28T10:00'), 3)).toThrow(/Hasil perhitungan melewati/);
    expect(() => addWorkingDays(nasional, at(nasional, '2023-12-29T10:00'), 1)).toThrow(
      /Waktu 2023-12-29 10:00 \+07:00, sebelum tahun pertama .* tambahkan data libur tahun 2023/,
    );
  });
});
