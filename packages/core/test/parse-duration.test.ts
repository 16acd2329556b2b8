import { describe, expect, it } from 'vitest';
import { AlurError, computeDeadline, getCalendar, parseDuration } from '../src/index.js';
import { at, local } from './helpers.js';

describe('parseDuration reads every Waktu the seeds write', () => {
  it.each([
    ['1 Hari Kerja', { kind: 'workingDays', target: 1, limit: 1, upTo: false, plainDays: false }],
    ['3-5 hari kerja', { kind: 'workingDays', target: 3, limit: 5, upTo: false, plainDays: false }],
    ['1-5 hari kerja', { kind: 'workingDays', target: 1, limit: 5, upTo: false, plainDays: false }],
    ['3 s.d. 5 hari kerja', { kind: 'workingDays', target: 3, limit: 5, upTo: false, plainDays: false }],
    ['1 s/d 3 HK', { kind: 'workingDays', target: 1, limit: 3, upTo: false, plainDays: false }],
    ['Maksimal 35 Hari Kerja', { kind: 'workingDays', target: 35, limit: 35, upTo: true, plainDays: false }],
    ['1 hari', { kind: 'workingDays', target: 1, limit: 1, upTo: false, plainDays: true }],
    ['3 Hari', { kind: 'workingDays', target: 3, limit: 3, upTo: false, plainDays: true }],
    ['3 jam', { kind: 'workingMinutes', target: 180, limit: 180, upTo: false }],
    ['1 jam', { kind: 'workingMinutes', target: 60, limit: 60, upTo: false }],
    ['1,5 jam', { kind: 'workingMinutes', target: 90, limit: 90, upTo: false }],
    ['30 menit', { kind: 'workingMinutes', target: 30, limit: 30, upTo: false }],
    ['15 menit', { kind: 'workingMinutes', target: 15, limit: 15, upTo: false }],
    ['  15   Menit. ', { kind: 'workingMinutes', target: 15, limit: 15, upTo: false }],
    ['Sesuai Jadwal', { kind: 'scheduled' }],
  ])('%s', (text, expected) => {
    expect(parseDuration(text)).toEqual({ ...expected, text });
  });

  it.each([
    ['', 'kosong'],
    ['kapan-kapan', 'bentuknya tidak dikenal'],
    ['3 minggu', 'bentuknya tidak dikenal'],
    ['5-3 hari kerja', 'batas bawah 5 lebih besar dari batas atas 3'],
    ['0 hari kerja', 'lamanya harus lebih dari nol'],
    ['1,5 hari kerja', 'jumlah hari kerja harus bilangan bulat'],
    ['maksimal 3-5 hari kerja', '"maksimal" tidak bisa dipakai bersama rentang'],
    ['0,33 menit', 'lamanya harus bulat dalam menit'],
  ])('refuses %j with a reason', (text, reason) => {
    expect(() => parseDuration(text)).toThrow(reason);
  });

  it('explains the error in both languages with valid examples', () => {
    try {
      parseDuration('3 minggu');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AlurError);
      expect((error as AlurError).code).toBe('INVALID_DURATION');
      expect((error as AlurError).message).toMatchInlineSnapshot(
        `"Waktu "3 minggu" tidak dapat dibaca: bentuknya tidak dikenal (angka, lalu satuan hari kerja, jam atau menit). Contoh yang benar: "1 hari kerja", "3-5 hari kerja", "maksimal 35 hari kerja", "30 menit", "3 jam", "sesuai jadwal"."`,
      );
      expect((error as AlurError).localized('en')).toMatchInlineSnapshot(
        `"Cannot read the time limit "3 minggu": unknown form (a number, then a unit: hari kerja, jam or menit). Valid examples: "1 hari kerja", "3-5 hari kerja", "maksimal 35 hari kerja", "30 menit", "3 jam", "sesuai jadwal"."`,
      );
    }
  });
});

describe('computeDeadline', () => {
  const babel = getCalendar('babel');
  const start = at(babel, '2026-11-25T09:00');

  it('gives target (range minimum) and deadline (range maximum)', () => {
    const result = computeDeadline(babel, start, '3-5 hari kerja');
    expect([local(babel, result.target), local(babel, result.deadline)]).toEqual(['2026-11-30 16:00', '2026-12-02 16:00']);
  });

  it('gives equal target and deadline for a single value, in minutes too', () => {
    const result = computeDeadline(babel, start, '30 menit');
    expect(result.target).toBe(result.deadline);
    expect(local(babel, result.deadline)).toBe('2026-11-25 09:30');
  });

  it('takes "Sesuai Jadwal" from data and refuses it without', () => {
    const scheduled = at(babel, '2027-01-01T00:00');
    expect(computeDeadline(babel, start, 'Sesuai Jadwal', { scheduledDeadline: scheduled }).deadline).toBe(scheduled);
    expect(() => computeDeadline(babel, start, 'Sesuai Jadwal')).toThrowErrorMatchingInlineSnapshot(
      `[AlurError: Waktu "Sesuai Jadwal" mengambil tenggat dari jadwal pengembangan, tetapi tenggat jadwal belum diberikan.]`,
    );
  });
});
