import { DateTime } from 'luxon';
import { AlurError, type Locale } from './alur-error.js';
import { builtinCalendarDefinitions } from './builtin-calendars.js';
import { createCalendarRegistry, getCalendar } from './calendar-registry.js';
import type { CalendarDefinition } from './calendar-definition.js';
import { computeDeadline } from './compute-deadline.js';
import type { WorkingCalendar } from './working-calendar.js';
import { workingMinutesBetween } from './working-minutes-between.js';

/** Where the CLI writes and reads; injected so that it can run in tests and outside Node. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Reads a text file, for `--calendars`; without it that option is refused. */
  readonly readFile?: (path: string) => string;
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
  alur demo
Opsi umum: --lang id|en (bahasa pesan / message language)
           --calendars <file.json> (kalender sendiri: satu definisi atau daftar, boleh extends varian bawaan)
Varian: ${builtinCalendarDefinitions.map((c) => c.id).join(', ')}
Waktu tanpa offset (mis. 2026-03-18T09:00) dibaca di zona waktu varian.
`;

interface Parsed {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

const FLAGS = new Set(['json', 'help']);

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

function take(parsed: Parsed, name: string, allowed: readonly string[]): string {
  for (const key of parsed.options.keys()) {
    if (!allowed.includes(key) && !['json', 'help', 'lang', 'calendars'].includes(key)) {
      throw new UsageError({ id: `opsi --${key} tidak dikenal`, en: `unknown option --${key}` });
    }
  }
  const value = parsed.options.get(name);
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError({ id: `opsi --${name} wajib diisi`, en: `option --${name} is required` });
  }
  return value;
}

function calendarOf(parsed: Parsed, allowed: readonly string[], io: CliIo): WorkingCalendar {
  const id = take(parsed, 'variant', allowed);
  const file = parsed.options.get('calendars');
  if (typeof file !== 'string') return getCalendar(id);
  let definitions: unknown;
  try {
    if (!io.readFile) throw new Error('no file access');
    definitions = JSON.parse(io.readFile(file));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError({
      id: `--calendars "${file}" tidak dapat dibaca sebagai JSON (${reason})`,
      en: `--calendars "${file}" cannot be read as JSON (${reason})`,
    });
  }
  // Each definition is checked when compiled; a broken one gives the validator's issues.
  const list = (Array.isArray(definitions) ? definitions : [definitions]) as CalendarDefinition[];
  return createCalendarRegistry(list).get(id);
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

function slaDeadline(parsed: Parsed, io: CliIo): void {
  const allowed = ['variant', 'start', 'duration'];
  const calendar = calendarOf(parsed, allowed, io);
  const start = parseInstant(calendar, take(parsed, 'start', allowed), 'start');
  const result = computeDeadline(calendar, start, take(parsed, 'duration', allowed));
  if (parsed.options.has('json')) {
    const json = { start: iso(calendar, result.start), target: iso(calendar, result.target), deadline: iso(calendar, result.deadline) };
    io.stdout.write(`${JSON.stringify(json)}\n`);
    return;
  }
  io.stdout.write(
    `Kalender : ${calendar.id} (${calendar.zone})\nMulai    : ${human(calendar, result.start)}\nTarget   : ${human(calendar, result.target)}\nTenggat  : ${human(calendar, result.deadline)}\n`,
  );
}

function slaBetween(parsed: Parsed, io: CliIo): void {
  const allowed = ['variant', 'from', 'to'];
  const calendar = calendarOf(parsed, allowed, io);
  const from = parseInstant(calendar, take(parsed, 'from', allowed), 'from');
  const to = parseInstant(calendar, take(parsed, 'to', allowed), 'to');
  const workingMinutes = workingMinutesBetween(calendar, from, to);
  io.stdout.write(
    parsed.options.has('json') ? `${JSON.stringify({ workingMinutes })}\n` : `${workingMinutes} menit kerja (${calendar.id})\n`,
  );
}

function calendars(io: CliIo): void {
  for (const definition of builtinCalendarDefinitions) {
    const calendar = getCalendar(definition.id);
    io.stdout.write(`${calendar.id.padEnd(12)} ${calendar.zone.padEnd(15)} ${calendar.firstYear}–${calendar.lastYear}  ${calendar.name}\n`);
  }
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
    if (parsed.options.has('help') || group === undefined || group === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (rest.length > 0) {
      throw new UsageError({ id: `argumen tidak dikenal: ${rest.join(' ')}`, en: `unknown arguments: ${rest.join(' ')}` });
    }
    if (group === 'demo' && command === undefined) demo(io);
    else if (group === 'sla' && command === 'deadline') slaDeadline(parsed, io);
    else if (group === 'sla' && command === 'between') slaBetween(parsed, io);
    else if (group === 'sla' && command === 'calendars') calendars(io);
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
    if (error instanceof AlurError) {
      // One line: the issues of a multi-problem error are joined.
      io.stderr.write(`alur: ${error.localized(locale).replace(/\n/g, ' ')}\n`);
      return 2;
    }
    io.stderr.write(`alur: kesalahan tak terduga (unexpected error): ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
