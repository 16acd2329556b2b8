import { describe, expect, it } from 'vitest';
import { dateIn, formatBytes, formatDate, formatInstant, formatMinutes, formatNumber } from '../src/format.js';

describe('formatInstant: times in the office zone with its name', () => {
  it('reads an instant in the variant zone, whatever the process zone', () => {
    const at = '2026-12-01T02:00:00Z';
    expect(formatInstant(at, 'Asia/Jakarta', 'id')).toBe('Selasa, 1 Desember 2026 09.00 WIB');
    expect(formatInstant(at, 'Asia/Makassar', 'id')).toBe('Selasa, 1 Desember 2026 10.00 WITA');
    expect(formatInstant(at, 'Asia/Jayapura', 'en')).toBe('Tuesday, 1 December 2026 11:00 WIT');
    expect(formatInstant(at, 'Asia/Makassar', 'id', { short: true })).toBe('1 Des 2026 10.00 WITA');
  });

  it('shows a dash for nothing or an invalid instant', () => {
    expect(formatInstant(null, 'Asia/Jakarta', 'id')).toBe('—');
    expect(formatInstant('bukan tanggal', 'Asia/Jakarta', 'id')).toBe('—');
  });

  it('writes working minutes in hours and minutes', () => {
    expect(formatMinutes(150, 'id')).toBe('2 j 30 m');
    expect(formatMinutes(45, 'en')).toBe('45 m');
    expect(formatMinutes(undefined, 'en')).toBe('—');
  });

  it('writes file sizes in B, KB and MB with the language’s decimal mark', () => {
    expect(formatBytes(512, 'id')).toBe('512 B');
    expect(formatBytes(245_760, 'id')).toBe('240 KB');
    expect(formatBytes(1_572_864, 'id')).toBe('1,5 MB');
    expect(formatBytes(1_572_864, 'en')).toBe('1.5 MB');
    // Numbers as the page's language writes them, not as the browser's locale would.
    expect([formatNumber(1234.56, 'id'), formatNumber(1234.56, 'en'), formatNumber(87.5, 'id')]).toEqual(['1.234,6', '1,234.6', '87,5']);
  });

  it('writes a letter date with its weekday, and finds the date of an instant in the office zone', () => {
    expect(formatDate('2026-11-30', 'id', { weekday: true })).toBe('Senin, 30 November 2026');
    expect(formatDate('2026-11-30', 'en')).toBe('30 November 2026');
    expect(formatDate('kemarin', 'id')).toBe('—');
    // 23.30 WIB on the 30th is already 1 December in WIT.
    expect(dateIn('2026-11-30T16:30:00Z', 'Asia/Jakarta')).toBe('2026-11-30');
    expect(dateIn('2026-11-30T16:30:00Z', 'Asia/Jayapura')).toBe('2026-12-01');
  });
});
