import { DateTime } from 'luxon';
import { addCalendarYear } from './add-calendar-year.js';
import { AlurError, type Locale } from './alur-error.js';
import { builtinCalendarDefinitions } from './builtin-calendars.js';
import { createCalendarRegistry, getCalendar } from './calendar-registry.js';
import type { CalendarDefinition, Holiday, HolidayKind } from './calendar-definition.js';
import type { CompiledSop } from './compile-sop.js';
import { computeDeadline } from './compute-deadline.js';
import { provisionalYearsBetween } from './depends-on-provisional.js';
import { HOLIDAY_KIND_LABELS, WEEKDAY_NAMES, weekdayOf } from './internal/holiday-words.js';
import { parseHolidayYear } from './parse-holiday-year.js';
import { provisionalNote } from './provisional-year.js';
import { renderSop, type SopFormat } from './render-sop.js';
import { simulateRequest } from './simulate-request.js';
import type { SopDefinition } from './sop-definition.js';
import { builtinSopDefinitions, createSopRegistry, getSop } from './sop-registry.js';
import { validateSop } from './validate-sop.js';
import type { WorkingCalendar } from './working-calendar.js';
import { workingMinutesBetween } from './working-minutes-between.js';

/** Where the CLI writes and reads; injected so that it can run in tests and outside Node. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Reads a text file, for `--calendars`; without it that option is refused. */
  readonly readFile?: (path: string) => string;
  /** Writes a text file, for `calendar import --out`; without it that option is refused. */
  readonly writeFile?: (path: string, text: string) => void;
  /** The wall clock, for `alur run` without `--start` (the library itself never reads one). */
  readonly now?: () => Date;
  /** The package version, for `--version`. */
  readonly version?: string;
}

/** An input file with several problems: exit code 2, the head line, then one line per problem. */
class FileProblems extends Error {
  constructor(readonly error: AlurError) {
    super(error.message);
  }
}

/** A bad command line: exit code 2 and one line. */
class UsageError extends Error {
  constructor(readonly text: { id: string; en: string }) {
    super(text.id);
  }
}

const USAGE = `Pemakaian (usage):
  alur sla deadline --variant <id> --start <ISO-8601> --duration "<waktu>" [--json]
  alur sla between --variant <id> --from <ISO-8601> --to <ISO-8601> [--json]
  alur sla calendars
  alur sop list
  alur sop show <id> [--format md|html|mermaid] [--notes]
  alur sop validate <file.json>
  alur run <id> [--start <ISO-8601>] [--json]   (tanpa --start: mulai sekarang / without --start: starting now)
  alur --version
  alur calendar import <file.csv|file.json> --calendar <id> --year <yyyy> [--source "<SKB>"] [--format csv|json] [--out <file.json>] [--json]
  alur demo
Opsi umum: --lang id|en (bahasa pesan / message language)
           --calendars <file.json> (kalender sendiri: satu definisi atau daftar, boleh extends varian bawaan)
           --sops <file.json> (SOP sendiri untuk sop show dan run: satu definisi atau daftar)
Varian: ${builtinCalendarDefinitions.map((c) => c.id).join(', ')}
Waktu tanpa offset (mis. 2026-03-18T09:00) dibaca di zona waktu varian.
`;

interface Parsed {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

const FLAGS = new Set(['json', 'help', 'notes', 'version']);

function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (FLAGS.has(name)) {
      options.set(name, true);
    } else if (eq !== -1) {
      options.set(name, arg.slice(eq + 1));
    } else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new UsageError({ id: `opsi --${name} memerlukan nilai`, en: `option --${name} needs a value` });
      }
      options.set(name, value);
      i++;
    }
  }
  return { positional, options };
}

/** Refuses options the command does not take. */
function checkOptions(parsed: Parsed, allowed: readonly string[]): void {
  for (const key of parsed.options.keys()) {
    if (!allowed.includes(key) && !['json', 'help', 'lang', 'calendars', 'sops'].includes(key)) {
      throw new UsageError({ id: `opsi --${key} tidak dikenal`, en: `unknown option --${key}` });
    }
  }
}

/** A required option's value. */
function take(parsed: Parsed, name: string, allowed: readonly string[]): string {
  checkOptions(parsed, allowed);
  const value = parsed.options.get(name);
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError({ id: `opsi --${name} wajib diisi`, en: `option --${name} is required` });
  }
  return value;
}

/** A JSON file named by an option or argument, as a list of definitions. */
function readDefinitions(io: CliIo, file: string, what: string): unknown[] {
  let value: unknown;
  try {
    if (!io.readFile) throw new Error('no file access');
    value = JSON.parse(io.readFile(file));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError({
      id: `${what} "${file}" tidak dapat dibaca sebagai JSON (${reason})`,
      en: `${what} "${file}" cannot be read as JSON (${reason})`,
    });
  }
  return Array.isArray(value) ? value : [value];
}

function calendarOf(parsed: Parsed, allowed: readonly string[], io: CliIo): WorkingCalendar {
  const id = take(parsed, 'variant', allowed);
  const file = parsed.options.get('calendars');
  if (typeof file !== 'string') return getCalendar(id);
  // Each definition is checked when compiled; a broken one gives the validator's issues.
  return createCalendarRegistry(readDefinitions(io, file, '--calendars') as CalendarDefinition[]).get(id);
}

function calendarsFor(parsed: Parsed, io: CliIo) {
  const file = parsed.options.get('calendars');
  return typeof file === 'string' ? createCalendarRegistry(readDefinitions(io, file, '--calendars') as CalendarDefinition[]) : undefined;
}

function sopOf(parsed: Parsed, id: string, io: CliIo): CompiledSop {
  const file = parsed.options.get('sops');
  const calendars = calendarsFor(parsed, io);
  if (typeof file !== 'string' && !calendars) return getSop(id);
  const definitions = typeof file === 'string' ? (readDefinitions(io, file, '--sops') as SopDefinition[]) : [];
  return createSopRegistry(definitions, calendars ? { calendars } : {}).get(id);
}

function parseInstant(calendar: WorkingCalendar, text: string, option: string): Date {
  const parsed = DateTime.fromISO(text, { zone: calendar.zone });
  if (!parsed.isValid) {
    throw new UsageError({
      id: `--${option} "${text}" bukan waktu ISO-8601 yang sah (contoh: 2026-03-18T09:00:00+07:00)`,
      en: `--${option} "${text}" is not a valid ISO-8601 instant (e.g. 2026-03-18T09:00:00+07:00)`,
    });
  }
  return parsed.toJSDate();
}

function iso(calendar: WorkingCalendar, date: Date): string {
  return DateTime.fromJSDate(date, { zone: calendar.zone }).toISO({ suppressMilliseconds: true })!;
}

function human(calendar: WorkingCalendar, date: Date): string {
  return DateTime.fromJSDate(date, { zone: calendar.zone }).setLocale('id').toFormat("cccc, d LLLL yyyy HH:mm 'UTC'ZZ");
}

/** `provisional` and its note ("perkiraan, menunggu SKB 2027") for a result spanning `from`–`to`, or nothing. */
function provisionalOf(calendar: WorkingCalendar, from: Date, to: Date, locale: Locale): { provisional: true; note: string } | undefined {
  const years = provisionalYearsBetween(calendar, from, to);
  if (years.length === 0) return undefined;
  return { provisional: true, note: years.map((year) => provisionalNote(year)[locale]).join('; ') };
}

function slaDeadline(parsed: Parsed, io: CliIo, locale: Locale): void {
  const allowed = ['variant', 'start', 'duration'];
  const calendar = calendarOf(parsed, allowed, io);
  const start = parseInstant(calendar, take(parsed, 'start', allowed), 'start');
  const result = computeDeadline(calendar, start, take(parsed, 'duration', allowed));
  const estimate = result.provisional ? provisionalOf(calendar, result.start, result.deadline, locale) : undefined;
  if (parsed.options.has('json')) {
    const json = { start: iso(calendar, result.start), target: iso(calendar, result.target), deadline: iso(calendar, result.deadline), ...estimate };
    io.stdout.write(`${JSON.stringify(json)}\n`);
    return;
  }
  io.stdout.write(
    `Kalender : ${calendar.id} (${calendar.zone})\nMulai    : ${human(calendar, result.start)}\nTarget   : ${human(calendar, result.target)}\nTenggat  : ${human(calendar, result.deadline)}${estimate ? ` (${estimate.note})` : ''}\n`,
  );
}

function slaBetween(parsed: Parsed, io: CliIo, locale: Locale): void {
  const allowed = ['variant', 'from', 'to'];
  const calendar = calendarOf(parsed, allowed, io);
  const from = parseInstant(calendar, take(parsed, 'from', allowed), 'from');
  const to = parseInstant(calendar, take(parsed, 'to', allowed), 'to');
  const workingMinutes = workingMinutesBetween(calendar, from, to);
  const estimate = provisionalOf(calendar, from, to, locale);
  io.stdout.write(
    parsed.options.has('json')
      ? `${JSON.stringify({ workingMinutes, ...estimate })}\n`
      : `${workingMinutes} menit kerja (${calendar.id})${estimate ? ` (${estimate.note})` : ''}\n`,
  );
}

function calendars(io: CliIo): void {
  for (const definition of builtinCalendarDefinitions) {
    const calendar = getCalendar(definition.id);
    const estimated = calendar.provisionalYears;
    const years = `${calendar.firstYear}–${calendar.lastYear}${estimated.length > 0 ? ` +${estimated.join(',')} perkiraan` : ''}`;
    io.stdout.write(`${calendar.id.padEnd(12)} ${calendar.zone.padEnd(15)} ${years}  ${calendar.name}\n`);
  }
}

function sopList(io: CliIo): void {
  for (const definition of builtinSopDefinitions) {
    const sop = getSop(definition.id).sop;
    io.stdout.write(`${sop.id.padEnd(12)} ${String(sop.steps.length).padStart(2)} langkah  ${sop.calendar.padEnd(12)} ${sop.name} — ${sop.office}\n`);
  }
}

const FORMATS: readonly SopFormat[] = ['md', 'html', 'mermaid'];

function sopShow(parsed: Parsed, id: string | undefined, io: CliIo): void {
  if (id === undefined) throw new UsageError({ id: 'sebutkan id SOP: alur sop show <id>', en: 'name the SOP: alur sop show <id>' });
  checkOptions(parsed, ['format', 'notes']);
  const format = (parsed.options.get('format') ?? 'md') as SopFormat;
  if (!FORMATS.includes(format)) {
    throw new UsageError({ id: `--format harus salah satu dari: ${FORMATS.join(', ')}`, en: `--format must be one of: ${FORMATS.join(', ')}` });
  }
  io.stdout.write(renderSop(sopOf(parsed, id, io).sop, format, { notes: parsed.options.get('notes') === true }));
}

/** Validates every definition in a file; the exit code is 1 when one is invalid. */
function sopValidate(parsed: Parsed, file: string | undefined, io: CliIo, locale: Locale): number {
  checkOptions(parsed, []);
  const calendars = calendarsFor(parsed, io);
  if (file === undefined) throw new UsageError({ id: 'sebutkan berkas: alur sop validate <file.json>', en: 'name the file: alur sop validate <file.json>' });
  const definitions = readDefinitions(io, file, 'Berkas');
  const byId = new Map<string, SopDefinition>();
  for (const definition of builtinSopDefinitions) byId.set(definition.id, definition);
  for (const definition of definitions) {
    if (typeof definition === 'object' && definition !== null && typeof (definition as { id?: unknown }).id === 'string') {
      byId.set((definition as SopDefinition).id, definition as SopDefinition);
    }
  }
  let failed = 0;
  definitions.forEach((definition, index) => {
    const id = typeof definition === 'object' && definition !== null && 'id' in definition ? String(definition.id) : `#${index + 1}`;
    const result = validateSop(definition, { lookup: (base) => byId.get(base), calendars: calendars ?? createCalendarRegistry([]) });
    if (result.ok) {
      io.stdout.write(
        locale === 'id'
          ? `SOP "${id}" sah: ${result.sop.steps.length} langkah, kalender ${result.sop.calendar}.\n`
          : `SOP "${id}" is valid: ${result.sop.steps.length} steps, calendar ${result.sop.calendar}.\n`,
      );
      return;
    }
    failed++;
    io.stdout.write(locale === 'id' ? `SOP "${id}" tidak sah (${result.issues.length} masalah):\n` : `SOP "${id}" is invalid (${result.issues.length} problems):\n`);
    for (const issue of result.issues) io.stdout.write(`- ${issue.path.join('.') || '(akar)'}: ${issue.message[locale]}\n`);
  });
  return failed > 0 ? 1 : 0;
}

function run(parsed: Parsed, id: string, io: CliIo, locale: Locale): void {
  checkOptions(parsed, ['start']);
  const sop = sopOf(parsed, id, io);
  const startText = parsed.options.get('start');
  if (typeof startText !== 'string' && !io.now) throw new UsageError({ id: 'opsi --start wajib diisi', en: 'option --start is required' });
  // Without --start the run starts now, on the caller's clock.
  const started = typeof startText === 'string' ? parseInstant(sop.calendar, startText, 'start') : io.now!();
  const { steps } = simulateRequest(sop, { start: started });
  if (parsed.options.has('json')) {
    io.stdout.write(`${JSON.stringify(steps)}\n`);
    return;
  }
  const local = (value: string | undefined) => (value ? iso(sop.calendar, new Date(value)).slice(0, 16).replace('T', ' ') : '—');
  io.stdout.write(`${sop.sop.name} (${sop.sop.id}, kalender ${sop.calendar.id}, ${sop.calendar.zone})\n`);
  io.stdout.write(`${'No'.padEnd(4)} ${'Langkah'.padEnd(28)} ${'Pelaksana'.padEnd(22)} ${'Event'.padEnd(9)} ${'Masuk'.padEnd(16)} ${'Tenggat'.padEnd(16)} Selesai\n`);
  for (const step of steps) {
    const actor = sop.roles.get(step.actor)?.name ?? step.actor;
    io.stdout.write(
      `${step.no.padEnd(4)} ${step.step.slice(0, 28).padEnd(28)} ${actor.slice(0, 22).padEnd(22)} ${step.event.padEnd(9)} ${local(step.enteredAt).padEnd(16)} ${local(step.deadline).padEnd(16)} ${local(step.completedAt)}${step.provisional ? ' *' : ''}\n`,
    );
  }
  const last = steps.at(-1);
  const estimate = last && steps.some((step) => step.provisional) ? provisionalOf(sop.calendar, new Date(steps[0]!.enteredAt), new Date(last.completedAt), locale) : undefined;
  if (estimate) io.stdout.write(`* ${estimate.note}\n`);
}

const KIND_ORDER: readonly HolidayKind[] = ['national', 'cutiBersama', 'regional', 'local'];

/** The days off of `year` in a compiled calendar, by date. */
function daysOffIn(calendar: WorkingCalendar, year: number): Map<string, Holiday> {
  const days = new Map<string, Holiday>();
  for (const holiday of calendar.holidays) if (holiday.date.startsWith(`${year}-`) && !days.has(holiday.date)) days.set(holiday.date, holiday);
  return days;
}

function holidayLine(sign: string, holiday: Holiday, locale: Locale): string {
  const estimate = holiday.provisional ? (locale === 'id' ? ', perkiraan' : ', estimate') : '';
  return `  ${sign} ${holiday.date} ${WEEKDAY_NAMES[weekdayOf(holiday.date)]![locale].padEnd(9)} ${holiday.name} (${HOLIDAY_KIND_LABELS[holiday.kind][locale]}${estimate})\n`;
}

/**
 * `alur calendar import`: reads a year's holiday list (the SKB), makes that year official in a
 * calendar, checks that the result compiles, prints what changed against the calendar as it
 * was (the estimate, for a provisional year) and writes the new definition.
 */
function calendarImport(parsed: Parsed, file: string | undefined, io: CliIo, locale: Locale): void {
  const allowed = ['calendar', 'year', 'source', 'format', 'out'];
  if (file === undefined) {
    throw new UsageError({
      id: 'sebutkan berkas: alur calendar import <file.csv|file.json> --calendar <id> --year <yyyy>',
      en: 'name the file: alur calendar import <file.csv|file.json> --calendar <id> --year <yyyy>',
    });
  }
  const id = take(parsed, 'calendar', allowed);
  const yearText = take(parsed, 'year', allowed);
  if (!/^\d{4}$/.test(yearText)) throw new UsageError({ id: `--year "${yearText}" harus tahun empat angka`, en: `--year "${yearText}" must be a four-digit year` });
  const year = Number(yearText);
  const formatOption = parsed.options.get('format');
  const format = typeof formatOption === 'string' ? formatOption : /\.(csv|json)$/i.exec(file)?.[1]?.toLowerCase();
  if (format !== 'csv' && format !== 'json') {
    throw new UsageError({
      id: `format berkas "${file}" tidak diketahui: pakai akhiran .csv/.json atau --format csv|json`,
      en: `unknown format of "${file}": use a .csv/.json name or --format csv|json`,
    });
  }
  const out = parsed.options.get('out');
  if (typeof out === 'string' && !io.writeFile) throw new UsageError({ id: '--out tidak tersedia di sini', en: '--out is not available here' });
  let input: string;
  try {
    if (!io.readFile) throw new Error('no file access');
    input = io.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError({ id: `berkas "${file}" tidak dapat dibaca (${reason})`, en: `cannot read "${file}" (${reason})` });
  }
  const source = parsed.options.get('source');
  let data;
  try {
    data = parseHolidayYear(input, { year, format, ...(typeof source === 'string' ? { source } : {}) });
  } catch (error) {
    throw error instanceof AlurError ? new FileProblems(error) : error;
  }

  const calendarsFile = parsed.options.get('calendars');
  const office = typeof calendarsFile === 'string' ? (readDefinitions(io, calendarsFile, '--calendars') as CalendarDefinition[]) : [];
  const before = createCalendarRegistry(office).get(id); // UNKNOWN_CALENDAR lists the choices
  const target = office.find((definition) => definition.id === id) ?? builtinCalendarDefinitions.find((definition) => definition.id === id)!;
  const updated = addCalendarYear(target, data);
  const definitions = [...office.filter((definition) => definition.id !== id), updated];
  const after = createCalendarRegistry(definitions).get(id); // INVALID_CALENDAR if the result breaks a rule

  const oldDays = daysOffIn(before, year);
  const newDays = daysOffIn(after, year);
  const removed = [...oldDays.values()].filter((holiday) => !newDays.has(holiday.date));
  const added = [...newDays.values()].filter((holiday) => !oldDays.has(holiday.date));
  const counts = KIND_ORDER.map((kind) => [kind, data.holidays.filter((holiday) => holiday.kind === kind).length] as const).filter(([, n]) => n > 0);
  const estimated = before.provisionalYears.includes(year);
  const official = before.years.some((entry) => entry.year === year);
  const ramadanDropped = before.specialPeriods.some((period) => period.provisional === true && period.from.startsWith(`${year}-`));
  const en = locale === 'en';
  const lines: string[] = [];
  lines.push(
    en
      ? `Calendar ${after.id}: ${year} is now official (${data.source})\n`
      : `Kalender ${after.id}: tahun ${year} kini resmi (${data.source})\n`,
    `${en ? 'Holidays' : 'Hari libur'} ${year}: ${data.holidays.length} (${counts.map(([kind, n]) => `${n} ${HOLIDAY_KIND_LABELS[kind][locale]}`).join(', ')})\n`,
  );
  if (estimated || official) {
    const against = estimated ? (en ? 'the estimate' : 'perkiraan') : en ? 'the previous official data' : 'data resmi sebelumnya';
    lines.push(
      removed.length + added.length === 0
        ? en ? `Days off in ${year} unchanged from ${against}.\n` : `Hari libur ${year} sama dengan ${against}.\n`
        : en
          ? `Days off in ${year} against ${against}: ${added.length} added (+), ${removed.length} no longer off (-)\n`
          : `Hari libur ${year} dibanding ${against}: ${added.length} bertambah (+), ${removed.length} tidak lagi libur (-)\n`,
    );
    const changes = [...added.map((holiday) => ['+', holiday] as const), ...removed.map((holiday) => ['-', holiday] as const)];
    changes.sort((a, b) => a[1].date.localeCompare(b[1].date));
    for (const [sign, holiday] of changes) lines.push(holidayLine(sign, holiday, locale));
  } else {
    lines.push(en ? `${year} had no estimate in this calendar to compare with.\n` : `Tahun ${year} belum punya perkiraan di kalender ini untuk dibandingkan.\n`);
  }
  if (ramadanDropped && !after.specialPeriods.some((period) => period.from.startsWith(`${year}-`))) {
    lines.push(
      en
        ? `Note: the estimated Ramadan hours of ${year} were dropped; add the official period as specialPeriods.\n`
        : `Catatan: jam kerja Ramadan perkiraan ${year} dihapus; tambahkan periode resminya sebagai specialPeriods.\n`,
    );
  }
  const json = `${JSON.stringify(typeof calendarsFile === 'string' ? definitions : updated, null, 2)}\n`;
  if (typeof out === 'string') {
    try {
      io.writeFile!(out, json);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError({ id: `berkas "${out}" tidak dapat ditulis (${reason})`, en: `cannot write "${out}" (${reason})` });
    }
    lines.push(en ? `Definition written to ${out}\n` : `Definisi kalender ditulis ke ${out}\n`);
  } else if (!parsed.options.has('json')) {
    lines.push(en ? 'Nothing saved: add --out <file.json> or --json.\n' : 'Belum disimpan: tambahkan --out <file.json> atau --json.\n');
  }
  // With --json, stdout holds the definition alone; the summary goes to stderr.
  const summary = parsed.options.has('json') ? io.stderr : io.stdout;
  for (const line of lines) summary.write(line);
  if (parsed.options.has('json')) io.stdout.write(json);
}

function demo(io: CliIo): void {
  io.stdout.write('Alur — mesin waktu kerja dan SLA. Contoh per varian (mulai Selasa 17 Maret 2026 09:00 waktu setempat):\n\n');
  for (const id of ['sumbar-asap', 'sumbar-sop', 'sumbawa', 'babel', 'kalbar-lpse']) {
    const calendar = getCalendar(id);
    const start = DateTime.fromISO('2026-03-17T09:00', { zone: calendar.zone }).toJSDate();
    const waktu = id === 'babel' ? '3-5 hari kerja' : id === 'sumbawa' ? 'Maksimal 35 Hari Kerja' : '1 Hari Kerja';
    const result = computeDeadline(calendar, start, waktu);
    io.stdout.write(`${id.padEnd(12)} "${waktu}" → target ${iso(calendar, result.target)}, tenggat ${iso(calendar, result.deadline)}\n`);
  }
  io.stdout.write(`\n${USAGE}`);
}

/**
 * Runs the `alur` command line and returns its exit code: 0 on success, 2 for bad arguments
 * (one line in Bahasa Indonesia, or English with `--lang en`), 1 for an unexpected failure.
 *
 * @example
 * ```ts
 * import { main } from '@alur/core/cli';
 * const code = await main(
 *   ['sla', 'deadline', '--variant', 'sumbawa', '--start', '2026-03-17T09:00+08:00', '--duration', '1 Hari Kerja', '--json'],
 *   { stdout: process.stdout, stderr: process.stderr },
 * );
 * // prints {"start":"2026-03-17T09:00:00+08:00","target":"2026-03-25T16:00:00+08:00","deadline":"2026-03-25T16:00:00+08:00"}
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let locale: Locale = 'id';
  try {
    const parsed = parseArgs(argv);
    const lang = parsed.options.get('lang');
    if (lang !== undefined) {
      if (lang !== 'id' && lang !== 'en') throw new UsageError({ id: '--lang harus id atau en', en: '--lang must be id or en' });
      locale = lang;
    }
    const [group, command, ...rest] = parsed.positional;
    if (parsed.options.has('version')) {
      io.stdout.write(`${io.version ?? 'unknown'}\n`);
      return 0;
    }
    if (parsed.options.has('help') || group === undefined || group === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    const [argument, ...extra] = rest;
    const takesArgument = (group === 'sop' && (command === 'show' || command === 'validate')) || (group === 'calendar' && command === 'import');
    if (extra.length > 0 || (argument !== undefined && !takesArgument)) {
      const unknown = takesArgument ? extra : rest;
      throw new UsageError({ id: `argumen tidak dikenal: ${unknown.join(' ')}`, en: `unknown arguments: ${unknown.join(' ')}` });
    }
    if (group === 'sop' && command === 'validate') return sopValidate(parsed, argument, io, locale);
    if (group === 'demo' && command === undefined) demo(io);
    else if (group === 'sop' && command === 'list') sopList(io);
    else if (group === 'sop' && command === 'show') sopShow(parsed, argument, io);
    else if (group === 'run' && command !== undefined) run(parsed, command, io, locale);
    else if (group === 'sla' && command === 'deadline') slaDeadline(parsed, io, locale);
    else if (group === 'sla' && command === 'between') slaBetween(parsed, io, locale);
    else if (group === 'sla' && command === 'calendars') calendars(io);
    else if (group === 'calendar' && command === 'import') calendarImport(parsed, argument, io, locale);
    else {
      const given = [group, command].filter(Boolean).join(' ');
      throw new UsageError({
        id: `perintah "${given}" tidak dikenal; lihat \`alur help\``,
        en: `unknown command "${given}"; see \`alur help\``,
      });
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`alur: ${error.text[locale]}\n`);
      return 2;
    }
    if (error instanceof FileProblems) {
      // A file's problems, one a line, so that each can be found and fixed.
      io.stderr.write(`alur: ${error.error.localized(locale)}\n`);
      return 2;
    }
    if (error instanceof AlurError) {
      // One line: the issues of a multi-problem error are joined.
      io.stderr.write(`alur: ${error.localized(locale).replace(/\n/g, ' ')}\n`);
      return 2;
    }
    io.stderr.write(`alur: kesalahan tak terduga (unexpected error): ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
