import Papa from 'papaparse';
import type { CalendarYearData } from './add-calendar-year.js';
import { AlurError, type AlurIssue, type LocalizedText } from './alur-error.js';
import type { Holiday, HolidayKind } from './calendar-definition.js';
import { parseCivilDate } from './internal/civil.js';
import { civilDateText, HOLIDAY_KIND_LABELS, WEEKDAY_NAMES, weekdayOf } from './internal/holiday-words.js';

/** Options of {@link parseHolidayYear}. */
export interface ParseHolidayYearOptions {
  /** The year the list is for: every date must fall in it. */
  readonly year: number;
  /** `csv` or `json`; without it, JSON when the text starts with `{` or `[`, CSV otherwise. */
  readonly format?: 'csv' | 'json';
  /**
   * The year's decree (e.g. the SKB 3 Menteri). Wins over the one in the file (JSON `source`,
   * or the most frequent value of the CSV column `sumber`); needed when the file names none.
   */
  readonly source?: string;
}

type Field = 'date' | 'day' | 'name' | 'kind' | 'source';

/** One entry of the file before it is checked: where it is and its values as text. */
interface RawEntry {
  readonly path: readonly (string | number)[];
  readonly where: LocalizedText;
  readonly values: Partial<Record<Field, string>>;
}

/** Column names and JSON keys, compared after {@link normalize}. */
const FIELD_NAMES: Readonly<Record<string, Field>> = {
  tanggal: 'date',
  tgl: 'date',
  date: 'date',
  hari: 'day',
  day: 'day',
  weekday: 'day',
  nama: 'name',
  name: 'name',
  keterangan: 'name',
  jenis: 'kind',
  kind: 'kind',
  type: 'kind',
  sumber: 'source',
  dasarhukum: 'source',
  source: 'source',
};

const FIELD_LABELS: Readonly<Record<Field, LocalizedText>> = {
  date: { id: 'tanggal', en: 'date' },
  day: { id: 'hari', en: 'day' },
  name: { id: 'nama', en: 'name' },
  kind: { id: 'jenis', en: 'kind' },
  source: { id: 'sumber', en: 'source' },
};

const KINDS: Readonly<Record<string, HolidayKind>> = {
  libur: 'national',
  liburnasional: 'national',
  hariliburnasional: 'national',
  nasional: 'national',
  national: 'national',
  cutibersama: 'cutiBersama',
  jointleave: 'cutiBersama',
  liburdaerah: 'regional',
  daerah: 'regional',
  regional: 'regional',
  lokal: 'local',
  liburlokal: 'local',
  local: 'local',
};

const KIND_CHOICES: LocalizedText = {
  id: 'libur (nasional), cuti bersama, libur daerah atau lokal',
  en: 'libur/national, cuti bersama/cutiBersama, libur daerah/regional or lokal/local',
};

/** Weekday names (Indonesian, English, three-letter short forms) to ISO weekday. */
const WEEKDAYS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(WEEKDAY_NAMES).flatMap(([day, name]) => {
    const names = [name.id, name.en, name.id.slice(0, 3), name.en.slice(0, 3)].map(normalize);
    return [...names, ...(day === '7' ? ['ahad'] : [])].map((text) => [text, Number(day)]);
  }),
);

/** Lower case, without spaces, `_`, `-` or apostrophes: "Cuti Bersama", "cutiBersama" and "Jum'at" compare as written. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-'’ʼ`]+/g, '');
}

/** `YYYY-MM-DD`, `YYYY-M-D` or day first `D/M/YYYY` (also with `-` or `.`) to `YYYY-MM-DD`, if the date exists. */
function readDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : dayFirst ? [dayFirst[3]!, dayFirst[2]!, dayFirst[1]!] : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return parseCivilDate(date) === undefined ? undefined : date;
}

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return (typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value)).trim();
}

const rowWhere = (line: number): LocalizedText => ({ id: `baris ${line}`, en: `row ${line}` });

/** The delimiter used most in the header line, outside quotes: `;` (Indonesian Excel), `,` or tab. */
function detectDelimiter(header: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

function readCsv(input: string, issues: AlurIssue[]): { entries: RawEntry[] } {
  const firstLine = input.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  const parsed = Papa.parse<string[]>(input, { delimiter: detectDelimiter(firstLine), header: false, skipEmptyLines: false });
  // Line of each record in the file (1-based), counting line breaks inside quoted fields.
  const lines: number[] = [];
  let line = 1;
  for (const record of parsed.data) {
    lines.push(line);
    line += 1 + record.reduce((sum, field) => sum + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  for (const error of parsed.errors) {
    if (error.type !== 'Quotes') continue;
    const at = lines[error.row ?? 0] ?? 1;
    issues.push({
      path: [at],
      where: rowWhere(at),
      message: { id: 'tanda kutip (") tidak ditutup', en: 'a quote (") is not closed' },
    });
  }
  const records = parsed.data
    .map((fields, index) => ({ fields: fields.map((field) => field.trim()), line: lines[index]! }))
    .filter((record) => record.fields.some((field) => field !== ''));
  const [header, ...rows] = records;
  if (!header) return { entries: [] };
  const columns = header.fields.map((name) => FIELD_NAMES[normalize(name)]);
  const missing = (['date', 'name', 'kind'] as const).filter((field) => !columns.includes(field));
  for (const field of missing) {
    const names = Object.keys(FIELD_NAMES).filter((name) => FIELD_NAMES[name] === field);
    issues.push({
      path: [header.line],
      where: rowWhere(header.line),
      message: {
        id: `kolom ${FIELD_LABELS[field].id} tidak ada di judul kolom (nama yang dikenal: ${names.join(', ')})`,
        en: `the header has no ${FIELD_LABELS[field].en} column (known names: ${names.join(', ')})`,
      },
    });
  }
  if (missing.length > 0) return { entries: [] };
  const entries = rows.map((row): RawEntry => {
    const values: Partial<Record<Field, string>> = {};
    columns.forEach((field, index) => {
      if (field !== undefined && values[field] === undefined) values[field] = row.fields[index] ?? '';
    });
    return { path: [row.line], where: rowWhere(row.line), values };
  });
  return { entries };
}

function readJson(input: string, year: number, issues: AlurIssue[]): { entries: RawEntry[]; source?: string } {
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    issues.push({ path: [], message: { id: `bukan JSON yang sah (${reason})`, en: `not valid JSON (${reason})` } });
    return { entries: [] };
  }
  let list: unknown = value;
  let prefix: (string | number)[] = [];
  let source: string | undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const fields = new Map(Object.entries(value).map(([key, field]) => [normalize(key), field]));
    list = fields.get('holidays') ?? fields.get('harilibur') ?? fields.get('libur');
    prefix = ['holidays'];
    source = text(fields.get('source') ?? fields.get('sumber') ?? fields.get('dasarhukum')) || undefined;
    const fileYear = fields.get('year') ?? fields.get('tahun');
    if (fileYear !== undefined && Number(fileYear) !== year) {
      issues.push({
        path: ['year'],
        message: { id: `berkas untuk tahun ${text(fileYear)}, bukan ${year}`, en: `the file is for ${text(fileYear)}, not ${year}` },
      });
    }
  }
  if (!Array.isArray(list)) {
    issues.push({
      path: prefix,
      message: {
        id: 'JSON harus berupa daftar hari libur atau { "year", "source", "holidays": [...] }',
        en: 'JSON must be a list of holidays or { "year", "source", "holidays": [...] }',
      },
    });
    return { entries: [] };
  }
  const entries: RawEntry[] = [];
  list.forEach((item: unknown, index) => {
    const where = { id: `hari libur ke-${index + 1}`, en: `holiday ${index + 1}` };
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      issues.push({ path: [...prefix, index], where, message: { id: 'bukan objek hari libur', en: 'not a holiday object' } });
      return;
    }
    const values: Partial<Record<Field, string>> = {};
    for (const [key, field] of Object.entries(item)) {
      const name = FIELD_NAMES[normalize(key)];
      if (name !== undefined && values[name] === undefined) values[name] = text(field) ?? '';
    }
    entries.push({ path: [...prefix, index], where, values });
  });
  return { entries, ...(source ? { source } : {}) };
}

/** The value that occurs most often (the first of equals), or `undefined`. */
function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value;
  return best;
}

/**
 * Reads one year's holiday list, as an admin types it from the decree (the SKB 3 Menteri on
 * national holidays and cuti bersama), into data for {@link addCalendarYear}.
 *
 * CSV: a header row, then one holiday a row; `,`, `;` (Indonesian Excel) or tab separated,
 * quoted fields and a byte-order mark allowed. Columns (case-insensitive, in any order; others
 * are ignored): `tanggal`/`date` (`YYYY-MM-DD` or `DD/MM/YYYY`), `nama`/`name`,
 * `jenis`/`kind` (`libur`, `libur nasional`, `national`; `cuti bersama`, `cutiBersama`,
 * `joint leave`; `libur daerah`, `regional`; `lokal`, `local`), optional `hari`/`day` (weekday
 * name, `Senin`…`Minggu` or `Monday`…`Sunday`, checked against the date) and
 * `sumber`/`dasar hukum`/`source` (the row's decree). JSON: a list of such objects (Indonesian
 * or English keys) or `{ year, source, holidays: [...] }`.
 *
 * A holiday without its own source takes the year's decree: `options.source`, else the file's
 * (JSON `source`, or the CSV `sumber` given most often).
 *
 * @throws {AlurError} `INVALID_ARGUMENT` listing every problem at once, each with its row
 * (`path` `[3, 'date']` and `where` "baris 3" for CSV; `['holidays', 0, 'date']` for JSON):
 * a date that does not exist or is outside `year`, a weekday that does not match its date,
 * the same date twice with the same kind, an unknown kind, a missing name, a missing decree,
 * an empty file.
 *
 * @example
 * ```ts
 * import { addCalendarYear, builtinCalendarDefinitions, parseHolidayYear } from '@alur/core';
 * const csv = [
 *   'tanggal;hari;nama;jenis',
 *   '2027-08-17;Selasa;Hari Proklamasi Kemerdekaan RI;libur',
 *   '2027-12-24;Jumat;"Cuti bersama Kelahiran Yesus Kristus";cuti bersama',
 * ].join('\n');
 * const data = parseHolidayYear(csv, { year: 2027, source: 'SKB 3 Menteri Tahun 2026 (Hari Libur 2027)' });
 * data.holidays[1]; // { date: '2027-12-24', name: 'Cuti bersama …', kind: 'cutiBersama', source: 'SKB 3 Menteri …' }
 * const base = builtinCalendarDefinitions.find((c) => c.id === 'id-nasional')!;
 * const updated = addCalendarYear(base, data); // 2027 is no longer an estimate
 * ```
 */
export function parseHolidayYear(input: string, options: ParseHolidayYearOptions): CalendarYearData {
  const { year } = options;
  if (!Number.isInteger(year) || year < 1970 || year > 9999) {
    throw new AlurError('INVALID_ARGUMENT', {
      id: `tahun ${String(year)} tidak sah: harus bilangan bulat 1970–9999`,
      en: `year ${String(year)} is invalid: must be a whole number 1970–9999`,
    });
  }
  const body = input.replace(/^\uFEFF/, '');
  const format = options.format ?? (/^\s*[[{]/.test(body) ? 'json' : 'csv');
  const issues: AlurIssue[] = [];
  const read = format === 'json' ? readJson(body, year, issues) : { ...readCsv(body, issues), source: undefined };
  const { entries } = read;
  if (entries.length === 0 && issues.length === 0) {
    issues.push({ path: [], message: { id: 'berkas kosong: tidak ada satu pun hari libur', en: 'empty file: no holiday at all' } });
  }
  const given = options.source?.trim();
  const rowSources = entries.map((entry) => entry.values.source ?? '').filter((source) => source !== '');
  const source = (given || undefined) ?? read.source ?? mostFrequent(rowSources);
  if (source === undefined && entries.length > 0) {
    issues.push({
      path: ['source'],
      message: {
        id: `dasar hukum (SKB) tahun ${year} belum disebut: isi kolom sumber (CSV), kunci source (JSON) atau sebutkan saat mengimpor`,
        en: `the decree (SKB) for ${year} is not given: fill the source column (CSV), the source key (JSON) or give it when importing`,
      },
    });
  }
  const holidays: Holiday[] = [];
  const seen = new Map<string, LocalizedText>();
  for (const entry of entries) {
    const problem = (field: Field, message: LocalizedText) => issues.push({ path: [...entry.path, field], where: entry.where, message });
    const { values } = entry;
    const dateText = values.date ?? '';
    const date = readDate(dateText);
    if (dateText === '') problem('date', { id: 'tanggal wajib diisi', en: 'date is required' });
    else if (date === undefined) {
      problem('date', {
        id: `tanggal "${dateText}" tidak sah: tulis YYYY-MM-DD atau DD/MM/YYYY, tanggal yang benar-benar ada`,
        en: `date "${dateText}" is invalid: write YYYY-MM-DD or DD/MM/YYYY, a date that exists`,
      });
    } else if (!date.startsWith(`${year}-`)) {
      problem('date', { id: `tanggal ${date} bukan di tahun ${year}`, en: `date ${date} is not in ${year}` });
    }
    const dayText = values.day ?? '';
    if (dayText !== '') {
      const weekday = WEEKDAYS[normalize(dayText)];
      if (weekday === undefined) {
        problem('day', {
          id: `hari "${dayText}" tidak dikenal (Senin … Minggu atau Monday … Sunday)`,
          en: `day "${dayText}" is not a weekday name (Senin … Minggu or Monday … Sunday)`,
        });
      } else if (date !== undefined && weekdayOf(date) !== weekday) {
        const actual = WEEKDAY_NAMES[weekdayOf(date)]!;
        const written = WEEKDAY_NAMES[weekday]!;
        const when = civilDateText(date);
        problem('day', {
          id: `${when.id} hari ${actual.id}, bukan ${written.id}`,
          en: `${when.en} is a ${actual.en}, not a ${written.en}`,
        });
      }
    }
    const name = values.name ?? '';
    if (name === '') problem('name', { id: 'nama hari libur wajib diisi', en: 'the holiday name is required' });
    const kindText = values.kind ?? '';
    const kind = KINDS[normalize(kindText)];
    if (kindText === '') problem('kind', { id: `jenis wajib diisi: ${KIND_CHOICES.id}`, en: `kind is required: ${KIND_CHOICES.en}` });
    else if (kind === undefined) {
      problem('kind', { id: `jenis "${kindText}" tidak dikenal; pakai ${KIND_CHOICES.id}`, en: `unknown kind "${kindText}"; use ${KIND_CHOICES.en}` });
    }
    if (date !== undefined && kind !== undefined) {
      const key = `${date} ${kind}`;
      const first = seen.get(key);
      if (first) {
        const when = civilDateText(date);
        const label = HOLIDAY_KIND_LABELS[kind];
        problem('date', {
          id: `${when.id} sebagai ${label.id} sudah ada di ${first.id}`,
          en: `${when.en} as a ${label.en} is already on ${first.en}`,
        });
      } else seen.set(key, entry.where);
    }
    const holidaySource = values.source || source;
    if (date !== undefined && name !== '' && kind !== undefined && holidaySource !== undefined) {
      holidays.push({ date, name, kind, source: holidaySource });
    }
  }
  if (issues.length > 0 || source === undefined) {
    const count = issues.length;
    throw new AlurError(
      'INVALID_ARGUMENT',
      { id: `Daftar hari libur ${year} tidak sah (${count} masalah).`, en: `The ${year} holiday list is invalid (${count} problem${count === 1 ? '' : 's'}).` },
      { issues, details: { year } },
    );
  }
  return { year, source, holidays };
}
