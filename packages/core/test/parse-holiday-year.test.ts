import { describe, expect, it } from 'vitest';
import { addCalendarYear, builtinCalendarDefinitions, createCalendarRegistry, parseHolidayYear } from '../src/index.js';
import { caught } from './helpers.js';

// Real fixed-date holidays of 2027 (1 Jan, 1 May, 1 Jun, 17 Aug, 25 Dec); 16 Aug 2027 as
// cuti bersama is an invented test example, not from any SKB.
const SKB = 'SKB uji 2027 (contoh untuk pengujian)';

describe('parseHolidayYear: CSV', () => {
  it('reads a semicolon export with Indonesian headers, a BOM, a "No" column and CRLF', () => {
    const csv = [
      '\uFEFFNo;Tanggal;Hari;Nama;Jenis;Sumber',
      `1;2027-01-01;Jumat;Tahun Baru 2027 Masehi;Libur Nasional;${SKB}`,
      `2;17/08/2027;Selasa;"Proklamasi Kemerdekaan; HUT RI";libur;${SKB}`,
      `3;16-08-2027;Senin;Cuti bersama (contoh uji);Cuti Bersama;${SKB}`,
      '',
    ].join('\r\n');
    expect(parseHolidayYear(csv, { year: 2027 })).toEqual({
      year: 2027,
      source: SKB,
      holidays: [
        { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'national', source: SKB },
        { date: '2027-08-17', name: 'Proklamasi Kemerdekaan; HUT RI', kind: 'national', source: SKB },
        { date: '2027-08-16', name: 'Cuti bersama (contoh uji)', kind: 'cutiBersama', source: SKB },
      ],
    });
  });

  it('reads a comma file with English headers in another order, quoted names with commas, and options.source', () => {
    const csv =
      'Kind,Date,Name,Day\nnational,2027-05-01,"Labour Day, International",Saturday\njoint leave,2027-12-24,"Joint leave, Christmas (test example)",fri\nregional,2027-06-01,Pancasila,\n';
    const data = parseHolidayYear(csv, { year: 2027, source: SKB, format: 'csv' });
    expect(data.holidays).toEqual([
      { date: '2027-05-01', name: 'Labour Day, International', kind: 'national', source: SKB },
      { date: '2027-12-24', name: 'Joint leave, Christmas (test example)', kind: 'cutiBersama', source: SKB },
      { date: '2027-06-01', name: 'Pancasila', kind: 'regional', source: SKB },
    ]);
  });

  it('takes the year decree from options.source over the file, and keeps a row’s own source', () => {
    const csv = 'tanggal,nama,jenis,dasar hukum\n2027-08-17,Proklamasi,libur,SKB A\n2027-12-25,Natal,libur,SKB A\n2027-06-01,Pancasila,lokal,Perbup B\n';
    expect(parseHolidayYear(csv, { year: 2027 }).source).toBe('SKB A');
    const given = parseHolidayYear(csv, { year: 2027, source: 'SKB C' });
    expect(given.source).toBe('SKB C');
    expect(given.holidays.map((h) => `${h.kind}:${h.source}`)).toEqual(['national:SKB A', 'national:SKB A', 'local:Perbup B']);
  });

  it('counts rows as the file does, with line breaks inside quotes', () => {
    const csv = 'tanggal,nama,jenis\n2027-01-01,"Tahun Baru\n2027",libur\n2027-02-30,X,libur\n';
    expect(caught(() => parseHolidayYear(csv, { year: 2027, source: SKB })).issues.map((i) => i.path)).toEqual([[4, 'date']]);
  });

  it('gives a result that addCalendarYear turns into an official year that compiles', () => {
    const data = parseHolidayYear('tanggal;nama;jenis\n2027-08-16;Cuti bersama (contoh uji);cuti bersama\n', { year: 2027, source: SKB });
    const base = builtinCalendarDefinitions.find((c) => c.id === 'id-nasional')!;
    const calendar = createCalendarRegistry([addCalendarYear(base, data)]).get('id-nasional');
    expect(calendar.provisionalYears).not.toContain(2027);
    expect(calendar.holidays.filter((h) => h.date.startsWith('2027-'))).toEqual([
      { date: '2027-08-16', name: 'Cuti bersama (contoh uji)', kind: 'cutiBersama', source: SKB },
    ]);
  });
});

describe('parseHolidayYear: JSON', () => {
  it('reads { year, source, holidays } with English keys', () => {
    const json = JSON.stringify({ year: 2027, source: SKB, holidays: [{ date: '2027-12-25', name: 'Kelahiran Yesus Kristus', kind: 'national' }] });
    expect(parseHolidayYear(json, { year: 2027 })).toEqual({
      year: 2027,
      source: SKB,
      holidays: [{ date: '2027-12-25', name: 'Kelahiran Yesus Kristus', kind: 'national', source: SKB }],
    });
  });

  it('reads a plain list with Indonesian keys', () => {
    const json = `\uFEFF${JSON.stringify([{ tanggal: '2027-06-01', hari: 'Selasa', nama: 'Hari Lahir Pancasila', jenis: 'libur', sumber: 'Keppres X' }])}`;
    expect(parseHolidayYear(json, { year: 2027 })).toEqual({
      year: 2027,
      source: 'Keppres X',
      holidays: [{ date: '2027-06-01', name: 'Hari Lahir Pancasila', kind: 'national', source: 'Keppres X' }],
    });
  });

  it('refuses another year, a bad entry and invalid JSON', () => {
    const other = caught(() =>
      parseHolidayYear(JSON.stringify({ year: 2026, source: SKB, holidays: [{ date: '2027-01-01', name: 'X', kind: 'libur' }, 'x'] }), { year: 2027 }),
    );
    expect(other.localized('en')).toMatchInlineSnapshot(`
      "The 2027 holiday list is invalid (2 problems).
      - year: the file is for 2026, not 2027
      - holiday 2: not a holiday object"
    `);
    expect(other.issues.map((issue) => issue.path)).toEqual([['year'], ['holidays', 1]]);
    expect(caught(() => parseHolidayYear('{ "year": ', { year: 2027, format: 'json' })).issues[0]?.message.id).toMatch(/^bukan JSON yang sah/);
  });
});

describe('parseHolidayYear: problems, all at once, in both languages', () => {
  const bad = [
    'tanggal;hari;nama;jenis',
    '2027-01-01;Jumat;Tahun Baru 2027 Masehi;libur',
    '2027-08-17;Senin;Proklamasi Kemerdekaan;libur',
    '2027-02-30;;Tanggal yang tidak ada;libur',
    '2028-01-01;;Tahun Baru 2028;libur',
    '2027-01-01;Friday;Tahun Baru lagi;national',
    '2027-05-01;Sabtu;Hari Buruh;libur kantor',
    '2027-06-01;Senen;;libur',
  ].join('\n');

  it('lists every problem with its row', () => {
    const error = caught(() => parseHolidayYear(bad, { year: 2027, source: SKB }));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      [3, 'day'],
      [4, 'date'],
      [5, 'date'],
      [6, 'date'],
      [7, 'kind'],
      [8, 'day'],
      [8, 'name'],
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "Daftar hari libur 2027 tidak sah (7 masalah).
      - baris 3: 17 Agustus 2027 hari Selasa, bukan Senin
      - baris 4: tanggal "2027-02-30" tidak sah: tulis YYYY-MM-DD atau DD/MM/YYYY, tanggal yang benar-benar ada
      - baris 5: tanggal 2028-01-01 bukan di tahun 2027
      - baris 6: 1 Januari 2027 sebagai libur nasional sudah ada di baris 2
      - baris 7: jenis "libur kantor" tidak dikenal; pakai libur (nasional), cuti bersama, libur daerah atau lokal
      - baris 8: hari "Senen" tidak dikenal (Senin … Minggu atau Monday … Sunday)
      - baris 8: nama hari libur wajib diisi"
    `);
    expect(error.localized('en')).toMatchInlineSnapshot(`
      "The 2027 holiday list is invalid (7 problems).
      - row 3: 17 August 2027 is a Tuesday, not a Monday
      - row 4: date "2027-02-30" is invalid: write YYYY-MM-DD or DD/MM/YYYY, a date that exists
      - row 5: date 2028-01-01 is not in 2027
      - row 6: 1 January 2027 as a national holiday is already on row 2
      - row 7: unknown kind "libur kantor"; use libur/national, cuti bersama/cutiBersama, libur daerah/regional or lokal/local
      - row 8: day "Senen" is not a weekday name (Senin … Minggu or Monday … Sunday)
      - row 8: the holiday name is required"
    `);
  });

  it('allows the same date with another kind', () => {
    const csv = 'tanggal,nama,jenis\n2027-08-17,Proklamasi,libur\n2027-08-17,Hari jadi (contoh uji),libur daerah\n';
    expect(parseHolidayYear(csv, { year: 2027, source: SKB }).holidays).toHaveLength(2);
  });

  it.each([
    ['an empty file', '', 'berkas kosong: tidak ada satu pun hari libur', 'empty file: no holiday at all'],
    ['a header only', 'tanggal;nama;jenis\n', 'berkas kosong: tidak ada satu pun hari libur', 'empty file: no holiday at all'],
    ['an empty JSON list', '[]', 'berkas kosong: tidak ada satu pun hari libur', 'empty file: no holiday at all'],
  ])('refuses %s', (_, input, id, en) => {
    expect(caught(() => parseHolidayYear(input, { year: 2027, source: SKB })).issues.map((issue) => issue.message)).toEqual([{ id, en }]);
  });

  it('refuses a missing column, a missing kind and a missing decree', () => {
    expect(caught(() => parseHolidayYear('tanggal;keterangan\n2027-01-01;Tahun Baru\n', { year: 2027, source: SKB })).localized('id')).toMatchInlineSnapshot(`
      "Daftar hari libur 2027 tidak sah (1 masalah).
      - baris 1: kolom jenis tidak ada di judul kolom (nama yang dikenal: jenis, kind, type)"
    `);
    expect(caught(() => parseHolidayYear('date,name,kind\n2027-01-01,New Year,\n', { year: 2027 })).localized('en')).toMatchInlineSnapshot(`
      "The 2027 holiday list is invalid (2 problems).
      - source: the decree (SKB) for 2027 is not given: fill the source column (CSV), the source key (JSON) or give it when importing
      - row 2: kind is required: libur/national, cuti bersama/cutiBersama, libur daerah/regional or lokal/local"
    `);
  });

  it('refuses a year that is not a whole number in range', () => {
    expect(caught(() => parseHolidayYear('[]', { year: 27 })).message).toBe('tahun 27 tidak sah: harus bilangan bulat 1970–9999');
  });
});
