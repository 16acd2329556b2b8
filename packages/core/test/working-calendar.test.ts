import { describe, expect, it } from 'vitest';
import {
  addCalendarYear,
  addWorkingDays,
  builtinCalendarDefinitions,
  createCalendarRegistry,
  createWorkingCalendar,
  getCalendar,
  perpresWeekly,
  workingMinutesBetween,
  type CalendarDefinition,
} from '../src/index.js';
import { at, caught, local } from './helpers.js';

const nasionalDefinition = builtinCalendarDefinitions.find((c) => c.id === 'id-nasional')!;
const lookup = (id: string) => builtinCalendarDefinitions.find((c) => c.id === id);

describe('createWorkingCalendar checks a definition and reports every problem at once', () => {
  it('lists each problem with its path, in Bahasa Indonesia and English', () => {
    const error = caught(() =>
      createWorkingCalendar({
        id: 'Kab X',
        name: '',
        zone: 'Asia/Jakarta',
        weekly: { ...perpresWeekly, monday: [{ start: '13:00', end: '12:00' }], tuesday: [{ start: '7:30', end: '16:00' }] },
        holidays: [{ date: '2026-02-30', name: 'Tidak ada', kind: 'national', source: 'x' }],
        years: [{ year: 2026, source: 'x' }],
      }),
    );
    expect(error.code).toBe('INVALID_CALENDAR');
    expect(error.localized('id')).toMatchInlineSnapshot(`
      "Kalender "Kab X" tidak sah (5 masalah).
      - id: id hanya huruf kecil, angka dan tanda hubung
      - name: tidak boleh kosong
      - weekly.monday.0: jam mulai harus sebelum jam selesai
      - weekly.tuesday.0.start: jam harus HH:mm (00:00–24:00)
      - holidays.0.date: tanggal harus YYYY-MM-DD dan benar-benar ada"
    `);
    expect(error.localized('en')).toMatchInlineSnapshot(`
      "Calendar "Kab X" is invalid (5 problems).
      - id: id takes lower-case letters, digits and hyphens only
      - name: must not be empty
      - weekly.monday.0: start must be before end
      - weekly.tuesday.0.start: time must be HH:mm (00:00–24:00)
      - holidays.0.date: date must be YYYY-MM-DD and exist"
    `);
  });

  it('checks zone, overlapping hours, years and holidays outside them', () => {
    const error = caught(() =>
      createWorkingCalendar({
        id: 'kab-x',
        name: 'Kab X',
        zone: 'Asia/Bandung',
        weekly: {
          ...perpresWeekly,
          friday: [
            { start: '07:30', end: '12:00' },
            { start: '11:00', end: '16:00' },
          ],
        },
        holidays: [{ date: '2027-01-01', name: 'Tahun Baru', kind: 'national', source: 'x' }],
        years: [
          { year: 2024, source: 'x' },
          { year: 2026, source: 'x' },
        ],
      }),
    );
    expect(error.localized()).toMatchInlineSnapshot(`
      "Kalender "kab-x" tidak sah (1 masalah).
      - weekly.friday: jam kerja dalam sehari harus urut dan tidak bertumpuk"
    `);
    const second = caught(() =>
      createWorkingCalendar({
        id: 'kab-x',
        name: 'Kab X',
        zone: 'Asia/Bandung',
        weekly: perpresWeekly,
        holidays: [{ date: '2029-01-01', name: 'Tahun Baru', kind: 'national', source: 'x' }],
        years: [
          { year: 2024, source: 'x' },
          { year: 2026, source: 'x' },
        ],
      }),
    );
    expect(second.localized()).toMatchInlineSnapshot(`
      "Kalender "kab-x" tidak sah (3 masalah).
      - zone: zona waktu "Asia/Bandung" tidak dikenal (pakai nama IANA, mis. Asia/Makassar)
      - years: data tahun 2025 belum ada di antara 2024 dan 2026; tahun harus berurutan
      - holidays.0.date: libur 2029-01-01 (Tahun Baru) berada di tahun 2029 yang tidak tercantum di years"
    `);
  });

  it('refuses a calendar without any year of data, or without hours', () => {
    expect(caught(() => createWorkingCalendar({ id: 'a', name: 'A', zone: 'Asia/Jakarta', weekly: perpresWeekly })).localized('en')).toContain(
      'no year with holiday data',
    );
    const closed = { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };
    expect(
      caught(() => createWorkingCalendar({ id: 'a', name: 'A', zone: 'Asia/Jakarta', weekly: closed, years: [{ year: 2026, source: 'x' }] })).localized('en'),
    ).toContain('no working hours in the week');
  });

  it('names an unknown base and a loop in extends', () => {
    expect(caught(() => createWorkingCalendar({ id: 'a', name: 'A', extends: 'tidak-ada' }, { lookup })).message).toBe(
      'Kalender dasar "tidak-ada" (extends dari "a") tidak ditemukan.',
    );
    const loop: CalendarDefinition[] = [
      { id: 'a', name: 'A', extends: 'b' },
      { id: 'b', name: 'B', extends: 'a' },
    ];
    expect(() => createCalendarRegistry(loop).get('a')).toThrow(/rantai extends berputar: a → b → a/);
    expect(() => getCalendar('jakarta')).toThrow('Kalender "jakarta" tidak dikenal. Pilihan: id-nasional, sumbar-asap');
  });
});

describe('calendars extend one another', () => {
  it('adds a province’s regional holiday on top of the national base', () => {
    const registry = createCalendarRegistry([
      {
        id: 'kab-x',
        name: 'Kabupaten X',
        extends: 'sumbawa',
        holidays: [{ date: '2026-09-22', name: 'Hari Jadi Kabupaten', kind: 'regional', source: 'Perbup X' }],
      },
    ]);
    const kabX = registry.get('kab-x');
    expect(kabX.zone).toBe('Asia/Makassar');
    expect(kabX.chain).toEqual(['kab-x', 'sumbawa', 'id-nasional']);
    expect(local(kabX, addWorkingDays(kabX, at(kabX, '2026-09-21T09:00'), 1))).toBe('2026-09-23 16:00');
    const sumbawa = getCalendar('sumbawa');
    expect(local(sumbawa, addWorkingDays(sumbawa, at(sumbawa, '2026-09-21T09:00'), 1))).toBe('2026-09-22 16:00');
  });

  it('removes a base holiday and gives a date its own hours', () => {
    const kabY = createWorkingCalendar(
      {
        id: 'kab-y',
        name: 'Kabupaten Y',
        extends: 'id-nasional',
        removeHolidays: ['2026-12-24'],
        dateOverrides: [{ date: '2026-12-31', hours: [{ start: '08:00', end: '12:00' }], name: 'Setengah hari', source: 'SE Bupati' }],
      },
      { lookup },
    );
    expect(local(kabY, addWorkingDays(kabY, at(kabY, '2026-12-23T09:00'), 1))).toBe('2026-12-24 16:00');
    expect(workingMinutesBetween(kabY, at(kabY, '2026-12-31T00:00'), at(kabY, '2026-12-31T23:00'))).toBe(240);
  });

  it('lets an admin add a year once its SKB is published; until then the year is estimated', () => {
    const nasional = getCalendar('id-nasional');
    expect(nasional.provisionalYears).toEqual([2027, 2028]);
    expect(nasional.holidays.find((h) => h.date === '2027-01-01')).toMatchObject({ provisional: true });
    const with2027 = addCalendarYear(nasionalDefinition, {
      year: 2027,
      source: 'SKB contoh 2027 (uji)',
      holidays: [{ date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'national', source: 'SKB contoh 2027 (uji)' }],
    });
    const registry = createCalendarRegistry([with2027]);
    const extended = registry.get('id-nasional');
    expect(extended.lastYear).toBe(2027);
    expect(extended.provisionalYears).toEqual([2028, 2029]);
    expect(extended.holidays.filter((h) => h.date.startsWith('2027-'))).toEqual([
      { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'national', source: 'SKB contoh 2027 (uji)' },
    ]);
    expect(local(extended, addWorkingDays(extended, at(extended, '2026-12-31T09:00'), 1))).toBe('2027-01-04 16:00');
    // Variants that extend the base reach 2027 too, in their own zone.
    const sumbawa = registry.get('sumbawa');
    expect(local(sumbawa, addWorkingDays(sumbawa, at(sumbawa, '2026-12-31T09:00'), 1))).toBe('2027-01-04 16:00');
  });
});

describe('zones with daylight saving time', () => {
  // Indonesian zones have no DST; the engine still handles zones that do.
  const berlin = createWorkingCalendar({
    id: 'berlin',
    name: 'DST check',
    zone: 'Europe/Berlin',
    weekly: { ...perpresWeekly, sunday: [{ start: '01:00', end: '04:00' }] },
    years: [{ year: 2026, source: 'test' }],
  });

  it('counts real elapsed working time across the spring-forward and fall-back nights', () => {
    expect(workingMinutesBetween(berlin, new Date('2026-03-28T22:00:00Z'), new Date('2026-03-29T04:00:00Z'))).toBe(120);
    expect(workingMinutesBetween(berlin, new Date('2026-10-24T22:00:00Z'), new Date('2026-10-25T04:00:00Z'))).toBe(240);
    expect(workingMinutesBetween(berlin, at(berlin, '2026-07-13T00:00'), at(berlin, '2026-07-13T23:00'))).toBe(450);
  });
});
