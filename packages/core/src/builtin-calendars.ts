import type { CalendarDefinition, Holiday, SpecialPeriod, WeeklySchedule } from './calendar-definition.js';
import holidayData from './data/id-holidays.json' with { type: 'json' };

type YearSource = {
  decree: string | null;
  revisions?: string[];
  additional_national_holidays?: string[];
  asn_cuti_bersama_keppres?: string;
  ramadan?: { start: string; end: string; basis: string };
};

const sources = holidayData.source as Record<string, YearSource>;

const interval = (start: string, end: string) => ({ start, end });

/**
 * ASN hours of Perpres 21/2023: Mon–Thu 07:30–16:00 with a break 12:00–13:00,
 * Fri 07:30–16:30 with a break 11:30–13:00.
 */
export const perpresWeekly: WeeklySchedule = {
  monday: [interval('07:30', '12:00'), interval('13:00', '16:00')],
  tuesday: [interval('07:30', '12:00'), interval('13:00', '16:00')],
  wednesday: [interval('07:30', '12:00'), interval('13:00', '16:00')],
  thursday: [interval('07:30', '12:00'), interval('13:00', '16:00')],
  friday: [interval('07:30', '11:30'), interval('13:00', '16:30')],
  saturday: [],
  sunday: [],
};

/**
 * ASN hours in Ramadan: Mon–Thu 08:00–15:00 with a break 12:00–12:30,
 * Fri 08:00–15:30 with a break 11:30–12:30.
 */
export const perpresRamadanWeekly: WeeklySchedule = {
  monday: [interval('08:00', '12:00'), interval('12:30', '15:00')],
  tuesday: [interval('08:00', '12:00'), interval('12:30', '15:00')],
  wednesday: [interval('08:00', '12:00'), interval('12:30', '15:00')],
  thursday: [interval('08:00', '12:00'), interval('12:30', '15:00')],
  friday: [interval('08:00', '11:30'), interval('12:30', '15:30')],
  saturday: [],
  sunday: [],
};

const PERPRES = 'Peraturan Presiden Nomor 21 Tahun 2023 tentang Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai Aparatur Sipil Negara';

function holidaySource(date: string, kind: string, name: string): string {
  const year = sources[date.slice(0, 4)]!;
  const keppres = /Keppres (\d+)\/(\d{4})/.exec(name);
  if (keppres) {
    const decree = year.additional_national_holidays?.find((text) => text.startsWith(`Keppres ${keppres[1]} Tahun ${keppres[2]}`));
    if (decree) return decree;
  }
  if (name.includes('SKB perubahan')) return year.revisions?.[0] ?? year.decree!;
  if (kind === 'cuti_bersama' && year.asn_cuti_bersama_keppres) {
    return `${year.decree!}; untuk ASN: ${year.asn_cuti_bersama_keppres}`;
  }
  return year.decree!;
}

const nationalHolidays: Holiday[] = holidayData.holidays.map((holiday) => ({
  date: holiday.date,
  name: holiday.name,
  kind: holiday.kind === 'cuti_bersama' ? 'cutiBersama' : 'national',
  source: holidaySource(holiday.date, holiday.kind, holiday.name),
}));

const coveredYears = Object.entries(sources)
  .filter(([, year]) => year.decree !== null)
  .map(([year, data]) => ({ year: Number(year), source: data.decree! }));

const ramadanPeriods: SpecialPeriod[] = Object.entries(sources).flatMap(([year, data]) =>
  data.ramadan
    ? [
        {
          name: `Ramadan ${year}`,
          from: data.ramadan.start,
          to: data.ramadan.end,
          weekly: perpresRamadanWeekly,
          source: `Jam kerja ASN bulan Ramadan (${PERPRES}); tanggal: ${data.ramadan.basis}`,
        },
      ]
    : [],
);

/** The national base: Asia/Jakarta, Perpres 21/2023 hours, Ramadan hours, holidays 2024–2026. */
const nasional: CalendarDefinition = {
  id: 'id-nasional',
  name: 'Kalender kerja ASN nasional',
  description: 'Hari libur nasional dan cuti bersama (SKB 3 Menteri), jam kerja ASN Perpres 21/2023 dan Ramadan.',
  zone: 'Asia/Jakarta',
  weekly: perpresWeekly,
  weeklySource: PERPRES,
  specialPeriods: ramadanPeriods,
  holidays: nationalHolidays,
  years: coveredYears,
};

/**
 * Built-in calendars: the national base and one per seed SOP variant.
 *
 * | id | office | zone | hours |
 * |---|---|---|---|
 * | `id-nasional` | national base | Asia/Jakarta | Perpres 21/2023 |
 * | `sumbar-asap` | Diskominfotik Sumatera Barat, Layanan Aplikasi Satu Pintu | Asia/Jakarta | Perpres |
 * | `sumbar-sop` | Diskominfotik Sumatera Barat, SOP permintaan aplikasi | Asia/Jakarta | Perpres |
 * | `sumbawa` | DKIST Kabupaten Sumbawa | Asia/Makassar (WITA) | Perpres |
 * | `babel` | Diskominfo Kepulauan Bangka Belitung | Asia/Jakarta | Mon–Fri 08:00–16:00; Perpres in Ramadan |
 * | `kalbar-lpse` | Biro PBJ (LPSE) Kalimantan Barat | Asia/Pontianak | Perpres |
 *
 * @example
 * ```ts
 * import { builtinCalendarDefinitions } from '@alur/core';
 * builtinCalendarDefinitions.map((c) => c.id);
 * // ['id-nasional', 'sumbar-asap', 'sumbar-sop', 'sumbawa', 'babel', 'kalbar-lpse']
 * ```
 */
export const builtinCalendarDefinitions: readonly CalendarDefinition[] = [
  nasional,
  {
    id: 'sumbar-asap',
    name: 'Diskominfotik Provinsi Sumatera Barat — Layanan Aplikasi Satu Pintu (ASAP)',
    extends: 'id-nasional',
    zone: 'Asia/Jakarta',
  },
  {
    id: 'sumbar-sop',
    name: 'Diskominfotik Provinsi Sumatera Barat — SOP Permintaan Pembangunan/Pengembangan Aplikasi',
    extends: 'id-nasional',
    zone: 'Asia/Jakarta',
  },
  {
    id: 'sumbawa',
    name: 'DKIST Kabupaten Sumbawa — Layanan Permohonan Pembuatan Aplikasi',
    extends: 'id-nasional',
    zone: 'Asia/Makassar',
  },
  {
    id: 'babel',
    name: 'Diskominfo Provinsi Kepulauan Bangka Belitung — Layanan Pembangunan Aplikasi',
    extends: 'id-nasional',
    zone: 'Asia/Jakarta',
    weekly: {
      monday: [interval('08:00', '16:00')],
      tuesday: [interval('08:00', '16:00')],
      wednesday: [interval('08:00', '16:00')],
      thursday: [interval('08:00', '16:00')],
      friday: [interval('08:00', '16:00')],
      saturday: [],
      sunday: [],
    },
    weeklySource: 'Katalog layanan Diskominfo Babel, "Waktu Berjalannya Layanan": setiap hari kerja pukul 08.00 s.d. 16.00 WIB',
  },
  {
    id: 'kalbar-lpse',
    name: 'Biro Pengadaan Barang dan Jasa Provinsi Kalimantan Barat — Pengembangan Aplikasi (LPSE)',
    extends: 'id-nasional',
    zone: 'Asia/Pontianak',
  },
];
