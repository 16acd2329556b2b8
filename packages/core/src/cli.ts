import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { addCalendarYear } from './add-calendar-year.js';
import { AlurError, type Locale, type LocalizedText } from './alur-error.js';
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
import { closestVariant, importSop, importSopDocx, type SopImport } from './import-sop.js';
import { validateSop } from './validate-sop.js';
import type { WorkingCalendar } from './working-calendar.js';
import { workingMinutesBetween } from './working-minutes-between.js';

/** Where the CLI writes and reads; injected so that it can run in tests and outside Node. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Reads a text file, for `--calendars`; without it that option is refused. */
  readonly readFile?: (path: string) => string;
  /** Reads a file's bytes, for `sop import` of a .docx; without it a .docx is refused. */
  readonly readBytes?: (path: string) => Uint8Array;
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
  constructor(readonly text: LocalizedText) {
    super(text.id);
  }
}

// ---------------------------------------------------------------------------------------------
// The command table: each command's path, argument, options (for `util.parseArgs`) and help.

/** One option as `util.parseArgs` takes it, with what `--help` says about it. */
interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value's placeholder in usage lines, e.g. `<id>`. */
  readonly value?: string | LocalizedText;
  /** Listed in the usage line without brackets; checked before the command runs. */
  readonly required?: true;
  /** Explained under "Opsi umum" of `alur help` rather than in each usage line. */
  readonly common?: true;
  readonly help: LocalizedText;
}

type Options = Readonly<Record<string, OptionSpec>>;
type Values = Readonly<Record<string, string | boolean | undefined>>;

interface Context {
  readonly io: CliIo;
  readonly locale: Locale;
  readonly values: Values;
  /** The command's one positional argument (`<id>`, `<file.json>`), or '' for a command without. */
  readonly argument: string;
}

interface Command {
  readonly path: readonly string[];
  readonly argument?: { readonly name: string; readonly help: LocalizedText; readonly missing: LocalizedText };
  readonly about: LocalizedText;
  /** A remark after the usage line in `alur help`. */
  readonly note?: LocalizedText;
  readonly options: Options;
  /** Returns the exit code; `undefined` means 0. */
  readonly run: (context: Context) => number | undefined | Promise<number | undefined>;
}

const text = (id: string, en: string): LocalizedText => ({ id, en });
const VARIANTS = builtinCalendarDefinitions.map((calendar) => calendar.id).join(', ');
const SOP_IDS = builtinSopDefinitions.map((sop) => sop.id).join(', ');

const GLOBAL: Options = {
  lang: { type: 'string', value: 'id|en', common: true, help: text('bahasa keluaran dan pesan (bawaan: id)', 'language of output and messages (default: id)') },
  help: { type: 'boolean', short: 'h', common: true, help: text('bantuan ini', 'this help') },
};
const TOP: Options = {
  ...GLOBAL,
  version: { type: 'boolean', short: 'v', help: text('versi paket', 'package version') },
};
const json = (help: LocalizedText): Options => ({ json: { type: 'boolean', help } });
const CALENDARS: Options = {
  calendars: {
    type: 'string',
    value: '<file.json>',
    common: true,
    help: text(
      'kalender sendiri (JSON: satu definisi atau daftar, boleh extends varian bawaan)',
      "the office's own calendars (JSON: one definition or a list, may extend a built-in variant)",
    ),
  },
};
const SOPS: Options = {
  sops: {
    type: 'string',
    value: '<file.json>',
    common: true,
    help: text('SOP sendiri (JSON: satu definisi atau daftar)', "the office's own SOPs (JSON: one definition or a list)"),
  },
};
const VARIANT: Options = {
  variant: { type: 'string', value: '<id>', required: true, help: text(`kalender kerja: ${VARIANTS}`, `working calendar: ${VARIANTS}`) },
};
const instant = (help: LocalizedText, required = true): OptionSpec => ({ type: 'string', value: '<ISO-8601>', ...(required ? { required } : {}), help });
const SOP_ARGUMENT = {
  name: '<id>',
  help: text(`SOP bawaan (${SOP_IDS}) atau dari --sops`, `a built-in SOP (${SOP_IDS}) or one from --sops`),
};
const FORMATS: readonly SopFormat[] = ['md', 'html', 'mermaid'];

const COMMANDS: readonly Command[] = [
  {
    path: ['sla', 'deadline'],
    about: text('Target dan tenggat sebuah waktu layanan yang mulai pada --start.', 'The target and deadline of a service time starting at --start.'),
    options: {
      ...VARIANT,
      start: instant(text('waktu mulai; tanpa offset dibaca di zona waktu varian', "start; without an offset it is read in the variant's zone")),
      duration: {
        type: 'string',
        value: text('"<waktu>"', '"<time>"'),
        required: true,
        help: text(
          'waktu layanan seperti di SOP, mis. "3-5 hari kerja", "30 menit"',
          'the service time as the SOP writes it, e.g. "3-5 hari kerja", "30 menit"',
        ),
      },
      ...json(
        text(
          '{start, target, deadline} sebagai JSON (+ provisional, note bila perkiraan)',
          '{start, target, deadline} as JSON (+ provisional, note when estimated)',
        ),
      ),
      ...CALENDARS,
    },
    run: slaDeadline,
  },
  {
    path: ['sla', 'between'],
    about: text('Menit kerja antara dua waktu.', 'The working minutes between two instants.'),
    options: {
      ...VARIANT,
      from: instant(text('awal; tanpa offset dibaca di zona waktu varian', "the first instant; without an offset it is read in the variant's zone")),
      to: instant(text('akhir; tanpa offset dibaca di zona waktu varian', "the last instant; without an offset it is read in the variant's zone")),
      ...json(text('{workingMinutes} sebagai JSON (+ provisional, note bila perkiraan)', '{workingMinutes} as JSON (+ provisional, note when estimated)')),
      ...CALENDARS,
    },
    run: slaBetween,
  },
  {
    path: ['sla', 'calendars'],
    about: text(
      'Varian kalender bawaan, zona waktunya dan tahun yang punya data hari libur.',
      'The built-in calendar variants, their zones and the years with holiday data.',
    ),
    options: json(
      text(
        'daftar {id, name, zone, firstYear, lastYear, provisionalYears} sebagai JSON',
        'a list of {id, name, zone, firstYear, lastYear, provisionalYears} as JSON',
      ),
    ),
    run: slaCalendars,
  },
  {
    path: ['sop', 'list'],
    about: text('SOP bawaan: id, jumlah langkah, kalender, nama dan kantor.', 'The built-in SOPs: id, number of steps, calendar, name and office.'),
    options: json(text('daftar {id, name, office, calendar, steps} sebagai JSON', 'a list of {id, name, office, calendar, steps} as JSON')),
    run: sopList,
  },
  {
    path: ['sop', 'show'],
    argument: { ...SOP_ARGUMENT, missing: text('sebutkan id SOP: alur sop show <id>', 'name the SOP: alur sop show <id>') },
    about: text('Dokumen SOP (Markdown, HTML) atau diagram Mermaid-nya.', 'The SOP document (Markdown, HTML) or its Mermaid diagram.'),
    options: {
      format: { type: 'string', value: FORMATS.join('|'), help: text('bentuk keluaran (bawaan: md)', 'output form (default: md)') },
      notes: { type: 'boolean', help: text('sertakan catatan analis', "include the analyst's notes") },
      ...CALENDARS,
      ...SOPS,
    },
    run: sopShow,
  },
  {
    path: ['sop', 'validate'],
    argument: {
      name: '<file.json>',
      help: text('definisi SOP (satu atau daftar); extends boleh ke SOP bawaan', 'SOP definitions (one or a list); extends may name a built-in SOP'),
      missing: text('sebutkan berkas: alur sop validate <file.json>', 'name the file: alur sop validate <file.json>'),
    },
    about: text('Memeriksa definisi SOP; kode keluar 1 bila ada yang tidak sah.', 'Checks SOP definitions; exit code 1 when one is invalid.'),
    options: {
      ...json(
        text(
          'daftar {id, ok, steps, calendar} atau {id, ok, issues: [{path, message}]} sebagai JSON',
          'a list of {id, ok, steps, calendar} or {id, ok, issues: [{path, message}]} as JSON',
        ),
      ),
      ...CALENDARS,
    },
    run: sopValidate,
  },
  {
    path: ['sop', 'import'],
    argument: {
      name: '<file.txt|file.docx>',
      help: text(
        'dokumen SOP kantor: tabel prosedur yang disalin dari Word sebagai teks, atau berkas .docx',
        "an office's SOP document: the procedure table copied from Word as text, or a .docx file",
      ),
      missing: text('sebutkan berkas: alur sop import <file.txt|file.docx>', 'name the file: alur sop import <file.txt|file.docx>'),
    },
    about: text(
      'Membuat draf definisi SOP dari dokumen SOP (tabel Permen PANRB 35/2012) dan mendaftar setiap sel yang perlu diperiksa orang.',
      'Makes a draft SOP definition from an SOP document (a Permen PANRB 35/2012 table) and lists every cell a person should check.',
    ),
    options: {
      id: { type: 'string', value: '<id>', help: text('id draf (bawaan: dari nama SOP)', "the draft's id (default: from the SOP's name)") },
      calendar: {
        type: 'string',
        value: '<id>',
        help: text(
          `kalender kerja draf: ${VARIANTS} (bawaan: id-nasional, ditandai untuk diperiksa)`,
          `the draft's working calendar: ${VARIANTS} (default: id-nasional, marked for review)`,
        ),
      },
      out: { type: 'string', value: '<file.json>', help: text('tulis draf definisi ke berkas ini', 'write the draft definition to this file') },
      ...json(text('{definition, review, valid, table} sebagai JSON', '{definition, review, valid, table} as JSON')),
    },
    run: sopImport,
  },
  {
    path: ['run'],
    argument: { ...SOP_ARGUMENT, missing: text('sebutkan id SOP: alur run <id>', 'name the SOP: alur run <id>') },
    about: text(
      'Menjalankan permohonan contoh langkah demi langkah dengan jam simulasi.',
      'Walks a demo request through the SOP, step by step, on a simulated clock.',
    ),
    note: text('(tanpa --start: mulai sekarang / without --start: starting now)', '(without --start: starting now)'),
    options: {
      start: instant(text('waktu mulai; tanpa opsi ini: sekarang', 'start; without this option: now'), false),
      ...json(text('langkah-langkah sebagai JSON', 'the steps as JSON')),
      ...CALENDARS,
      ...SOPS,
    },
    run: runSop,
  },
  {
    path: ['calendar', 'import'],
    argument: {
      name: '<file.csv|file.json>',
      help: text('daftar hari libur setahun (SKB)', "a year's holiday list (the SKB)"),
      missing: text(
        'sebutkan berkas: alur calendar import <file.csv|file.json> --calendar <id> --year <yyyy>',
        'name the file: alur calendar import <file.csv|file.json> --calendar <id> --year <yyyy>',
      ),
    },
    about: text(
      'Menjadikan tahun itu resmi di sebuah kalender dan menunjukkan perubahannya dari perkiraan.',
      'Makes the year official in a calendar and shows what changed against the estimate.',
    ),
    options: {
      calendar: {
        type: 'string',
        value: '<id>',
        required: true,
        help: text(`kalender yang diperbarui: ${VARIANTS} atau dari --calendars`, `the calendar to update: ${VARIANTS} or one from --calendars`),
      },
      year: { type: 'string', value: '<yyyy>', required: true, help: text('tahun daftar itu', "the list's year") },
      source: { type: 'string', value: '"<SKB>"', help: text('dasar hukumnya, mis. nomor SKB', 'its legal basis, e.g. the SKB number') },
      format: { type: 'string', value: 'csv|json', help: text('bentuk berkas (bawaan: dari akhiran nama)', "the file's form (default: from its name)") },
      out: { type: 'string', value: '<file.json>', help: text('tulis definisi kalender baru ke berkas ini', 'write the new calendar definition to this file') },
      ...json(text('definisi baru ke stdout sebagai JSON, ringkasan ke stderr', 'the new definition on stdout as JSON, the summary on stderr')),
      ...CALENDARS,
    },
    run: calendarImport,
  },
  {
    path: ['demo'],
    about: text('Contoh tenggat per varian, lalu pemakaian.', 'Sample deadlines per variant, then the usage.'),
    options: {},
    run: demo,
  },
];

// ---------------------------------------------------------------------------------------------
// Usage and help texts.

const say = (locale: Locale, value: string | LocalizedText): string => (typeof value === 'string' ? value : value[locale]);

/** `--variant <id>`, `-h, --help`. */
function optionName(name: string, spec: OptionSpec, locale: Locale): string {
  return `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${say(locale, spec.value)}` : ''}`;
}

/** `alur sla deadline --variant <id> ... [--json]`: the argument, the required and then the other own options. */
function usageLine(command: Command, locale: Locale): string {
  const own = Object.entries(command.options).filter(([, spec]) => !spec.common);
  return [
    'alur',
    ...command.path,
    ...(command.argument ? [command.argument.name] : []),
    ...own.filter(([, spec]) => spec.required).map(([name, spec]) => optionName(name, spec, locale)),
    ...own.filter(([, spec]) => !spec.required).map(([name, spec]) => `[${optionName(name, spec, locale)}]`),
  ].join(' ');
}

function usage(locale: Locale): string {
  const lines = COMMANDS.map((command) => `  ${usageLine(command, locale)}${command.note ? `   ${command.note[locale]}` : ''}`);
  if (locale === 'en') {
    return `Usage:
${lines.join('\n')}
  alur help [<command>]  or  alur <command> --help;  alur --version
Common options: --lang id|en (message language / bahasa pesan)
                --calendars <file.json> (an office's own calendars: one definition or a list, may extend a built-in variant)
                --sops <file.json> (an office's own SOPs for sop show and run: one definition or a list)
Variants: ${VARIANTS}
An instant without an offset (e.g. 2026-03-18T09:00) is read in the variant's zone.
`;
  }
  return `Pemakaian (usage):
${lines.join('\n')}
  alur help [<perintah>]  atau  alur <perintah> --help;  alur --version
Opsi umum: --lang id|en (bahasa pesan / message language)
           --calendars <file.json> (kalender sendiri: satu definisi atau daftar, boleh extends varian bawaan)
           --sops <file.json> (SOP sendiri untuk sop show dan run: satu definisi atau daftar)
Varian: ${VARIANTS}
Waktu tanpa offset (mis. 2026-03-18T09:00) dibaca di zona waktu varian.
`;
}

/** One command's help: its usage line, what it does, its argument and every option it takes. */
function commandHelp(command: Command, locale: Locale): string {
  const rows: [string, string][] = [
    ...(command.argument ? [[command.argument.name, command.argument.help[locale]] as [string, string]] : []),
    ...Object.entries({ ...command.options, ...GLOBAL }).map(([name, spec]): [string, string] => [optionName(name, spec, locale), spec.help[locale]]),
  ];
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return `${locale === 'id' ? 'Pemakaian' : 'Usage'}: ${usageLine(command, locale)}
${command.about[locale]}

${locale === 'id' ? 'Opsi' : 'Options'}:
${rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n')}
`;
}

/** `alur help sla`: the usage lines of a group's commands. */
function groupHelp(group: string, locale: Locale): string {
  const commands = COMMANDS.filter((command) => command.path[0] === group);
  const example = `alur ${commands[0]!.path.join(' ')} --help`;
  return `${locale === 'id' ? 'Pemakaian' : 'Usage'}:
${commands.map((command) => `  ${usageLine(command, locale)}`).join('\n')}
${locale === 'id' ? `Bantuan per perintah: ${example}` : `Help on each command: ${example}`}
`;
}

// ---------------------------------------------------------------------------------------------
// Reading the command line.

/** `--lang` read ahead of everything else, so that even a bad command line is refused in its language. */
function langOf(argv: readonly string[]): string | undefined {
  let lang: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') lang = argv[i + 1];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  }
  return lang;
}

const nodeOptions = (options: Options) =>
  Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]));

/** Every option of every command: the positionals of a command line, before knowing its command. */
const ALL_OPTIONS: Options = Object.assign({}, TOP, ...COMMANDS.map((command) => command.options));

function wordsOf(argv: readonly string[]): string[] {
  return parseArgs({ args: [...argv], options: nodeOptions(ALL_OPTIONS), strict: false, allowPositionals: true }).positionals;
}

/**
 * Parses a command line against one command's options (`strict`), turning `util.parseArgs`'s
 * errors into one line in either language that names the option.
 */
function parseFor(argv: readonly string[], options: Options, helpCommand: string): { values: Values; positionals: string[] } {
  const config = { args: [...argv], options: nodeOptions(options), allowPositionals: true };
  try {
    const { values, positionals } = parseArgs({ ...config, strict: true });
    return { values: values as Values, positionals };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    // The same line read leniently, token by token, finds the option at fault.
    const see = `\`${helpCommand} --help\``;
    for (const token of parseArgs({ ...config, strict: false, tokens: true }).tokens) {
      if (token.kind !== 'option') continue;
      const spec = options[token.name];
      const name = token.rawName;
      if (!spec) throw new UsageError(text(`opsi ${name} tidak dikenal; lihat ${see}`, `unknown option ${name}; see ${see}`));
      if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
        throw new UsageError(text(`opsi ${name} memerlukan nilai`, `option ${name} needs a value`));
      }
      if (spec.type === 'boolean' && token.value !== undefined) {
        throw new UsageError(text(`opsi ${name} tidak menerima nilai`, `option ${name} takes no value`));
      }
    }
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(text(`baris perintah tidak dapat dibaca (${reason}); lihat ${see}`, `cannot read the command line (${reason}); see ${see}`));
  }
}

/** A string option's value, or nothing. */
const stringOf = (values: Values, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

// ---------------------------------------------------------------------------------------------
// The commands.

/** A JSON file named by an option or argument, as a list of definitions. */
function readDefinitions(io: CliIo, file: string, what: string): unknown[] {
  let value: unknown;
  try {
    if (!io.readFile) throw new Error('no file access');
    value = JSON.parse(io.readFile(file));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(text(`${what} "${file}" tidak dapat dibaca sebagai JSON (${reason})`, `${what} "${file}" cannot be read as JSON (${reason})`));
  }
  return Array.isArray(value) ? value : [value];
}

function calendarsFor({ values, io }: Context) {
  const file = stringOf(values, 'calendars');
  // Each definition is checked when compiled; a broken one gives the validator's issues.
  return file === undefined ? undefined : createCalendarRegistry(readDefinitions(io, file, '--calendars') as CalendarDefinition[]);
}

function calendarOf(context: Context): WorkingCalendar {
  const id = stringOf(context.values, 'variant')!;
  const registry = calendarsFor(context);
  return registry ? registry.get(id) : getCalendar(id);
}

function sopOf(context: Context): CompiledSop {
  const file = stringOf(context.values, 'sops');
  const calendars = calendarsFor(context);
  if (file === undefined && !calendars) return getSop(context.argument);
  const definitions = file === undefined ? [] : (readDefinitions(context.io, file, '--sops') as SopDefinition[]);
  return createSopRegistry(definitions, calendars ? { calendars } : {}).get(context.argument);
}

function parseInstant(calendar: WorkingCalendar, value: string, option: string): Date {
  const parsed = DateTime.fromISO(value, { zone: calendar.zone });
  if (!parsed.isValid) {
    throw new UsageError(
      text(
        `--${option} "${value}" bukan waktu ISO-8601 yang sah (contoh: 2026-03-18T09:00:00+07:00)`,
        `--${option} "${value}" is not a valid ISO-8601 instant (e.g. 2026-03-18T09:00:00+07:00)`,
      ),
    );
  }
  return parsed.toJSDate();
}

function iso(calendar: WorkingCalendar, date: Date): string {
  return DateTime.fromJSDate(date, { zone: calendar.zone }).toISO({ suppressMilliseconds: true })!;
}

function human(calendar: WorkingCalendar, date: Date, locale: Locale): string {
  return DateTime.fromJSDate(date, { zone: calendar.zone }).setLocale(locale).toFormat("cccc, d LLLL yyyy HH:mm 'UTC'ZZ");
}

/** `provisional` and its note ("perkiraan, menunggu SKB 2027") for a result spanning `from`–`to`, or nothing. */
function provisionalOf(calendar: WorkingCalendar, from: Date, to: Date, locale: Locale): { provisional: true; note: string } | undefined {
  const years = provisionalYearsBetween(calendar, from, to);
  if (years.length === 0) return undefined;
  return { provisional: true, note: years.map((year) => provisionalNote(year)[locale]).join('; ') };
}

function slaDeadline(context: Context): undefined {
  const { values, io, locale } = context;
  const calendar = calendarOf(context);
  const start = parseInstant(calendar, stringOf(values, 'start')!, 'start');
  const result = computeDeadline(calendar, start, stringOf(values, 'duration')!);
  const estimate = result.provisional ? provisionalOf(calendar, result.start, result.deadline, locale) : undefined;
  if (values.json) {
    const json = { start: iso(calendar, result.start), target: iso(calendar, result.target), deadline: iso(calendar, result.deadline), ...estimate };
    io.stdout.write(`${JSON.stringify(json)}\n`);
    return;
  }
  const [kalender, mulai, target, tenggat] = locale === 'id' ? ['Kalender', 'Mulai', 'Target', 'Tenggat'] : ['Calendar', 'Start', 'Target', 'Deadline'];
  io.stdout.write(
    `${kalender!.padEnd(9)}: ${calendar.id} (${calendar.zone})\n${mulai!.padEnd(9)}: ${human(calendar, result.start, locale)}\n` +
      `${target!.padEnd(9)}: ${human(calendar, result.target, locale)}\n${tenggat!.padEnd(9)}: ${human(calendar, result.deadline, locale)}${estimate ? ` (${estimate.note})` : ''}\n`,
  );
}

function slaBetween(context: Context): undefined {
  const { values, io, locale } = context;
  const calendar = calendarOf(context);
  const from = parseInstant(calendar, stringOf(values, 'from')!, 'from');
  const to = parseInstant(calendar, stringOf(values, 'to')!, 'to');
  const workingMinutes = workingMinutesBetween(calendar, from, to);
  const estimate = provisionalOf(calendar, from, to, locale);
  io.stdout.write(
    values.json
      ? `${JSON.stringify({ workingMinutes, ...estimate })}\n`
      : `${workingMinutes} ${locale === 'id' ? 'menit kerja' : 'working minutes'} (${calendar.id})${estimate ? ` (${estimate.note})` : ''}\n`,
  );
}

function slaCalendars({ values, io, locale }: Context): undefined {
  const calendars = builtinCalendarDefinitions.map((definition) => getCalendar(definition.id));
  if (values.json) {
    const list = calendars.map(({ id, name, zone, firstYear, lastYear, provisionalYears }) => ({ id, name, zone, firstYear, lastYear, provisionalYears }));
    io.stdout.write(`${JSON.stringify(list)}\n`);
    return;
  }
  for (const calendar of calendars) {
    const estimated = calendar.provisionalYears;
    const years = `${calendar.firstYear}–${calendar.lastYear}${estimated.length > 0 ? ` +${estimated.join(',')} ${locale === 'id' ? 'perkiraan' : 'estimated'}` : ''}`;
    io.stdout.write(`${calendar.id.padEnd(12)} ${calendar.zone.padEnd(15)} ${years}  ${calendar.name}\n`);
  }
}

function sopList({ values, io, locale }: Context): undefined {
  const sops = builtinSopDefinitions.map((definition) => getSop(definition.id).sop);
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify(sops.map((sop) => ({ id: sop.id, name: sop.name, office: sop.office, calendar: sop.calendar, steps: sop.steps.length })))}\n`,
    );
    return;
  }
  for (const sop of sops) {
    io.stdout.write(
      `${sop.id.padEnd(12)} ${String(sop.steps.length).padStart(2)} ${locale === 'id' ? 'langkah' : 'steps  '}  ${sop.calendar.padEnd(12)} ${sop.name} — ${sop.office}\n`,
    );
  }
}

function sopShow(context: Context): undefined {
  const format = (stringOf(context.values, 'format') ?? 'md') as SopFormat;
  if (!FORMATS.includes(format)) {
    throw new UsageError(text(`--format harus salah satu dari: ${FORMATS.join(', ')}`, `--format must be one of: ${FORMATS.join(', ')}`));
  }
  context.io.stdout.write(renderSop(sopOf(context).sop, format, { notes: context.values.notes === true }));
}

/** Validates every definition in a file; the exit code is 1 when one is invalid. */
function sopValidate(context: Context): number {
  const { values, io, locale, argument: file } = context;
  const calendars = calendarsFor(context) ?? createCalendarRegistry([]);
  const definitions = readDefinitions(io, file, locale === 'id' ? 'Berkas' : 'File');
  const byId = new Map<string, SopDefinition>();
  for (const definition of builtinSopDefinitions) byId.set(definition.id, definition);
  for (const definition of definitions) {
    if (typeof definition === 'object' && definition !== null && typeof (definition as { id?: unknown }).id === 'string') {
      byId.set((definition as SopDefinition).id, definition as SopDefinition);
    }
  }
  const results = definitions.map((definition, index) => {
    const id = typeof definition === 'object' && definition !== null && 'id' in definition ? String(definition.id) : `#${index + 1}`;
    const result = validateSop(definition, { lookup: (base) => byId.get(base), calendars });
    return result.ok
      ? { id, ok: true as const, steps: result.sop.steps.length, calendar: result.sop.calendar }
      : {
          id,
          ok: false as const,
          issues: result.issues.map((issue) => ({ path: issue.path, where: issue.where?.[locale] ?? issue.path.join('.'), message: issue.message[locale] })),
        };
  });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(results)}\n`);
  } else {
    for (const result of results) {
      if (result.ok) {
        io.stdout.write(
          locale === 'id'
            ? `SOP "${result.id}" sah: ${result.steps} langkah, kalender ${result.calendar}.\n`
            : `SOP "${result.id}" is valid: ${result.steps} steps, calendar ${result.calendar}.\n`,
        );
        continue;
      }
      const n = result.issues.length;
      io.stdout.write(locale === 'id' ? `SOP "${result.id}" tidak sah (${n} masalah):\n` : `SOP "${result.id}" is invalid (${n} problems):\n`);
      for (const issue of result.issues) io.stdout.write(`- ${issue.where || (locale === 'id' ? '(akar)' : '(root)')}: ${issue.message}\n`);
    }
  }
  return results.every((result) => result.ok) ? 0 : 1;
}

function runSop(context: Context): undefined {
  const { values, io, locale } = context;
  const sop = sopOf(context);
  const startText = stringOf(values, 'start');
  if (startText === undefined && !io.now) throw new UsageError(text('opsi --start wajib diisi', 'option --start is required'));
  // Without --start the run starts now, on the caller's clock.
  const started = startText === undefined ? io.now!() : parseInstant(sop.calendar, startText, 'start');
  const { steps } = simulateRequest(sop, { start: started });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(steps)}\n`);
    return;
  }
  const local = (value: string | undefined) => (value ? iso(sop.calendar, new Date(value)).slice(0, 16).replace('T', ' ') : '—');
  const [calendarWord, no, step, actor, event, entered, deadline, completed] =
    locale === 'id'
      ? ['kalender', 'No', 'Langkah', 'Pelaksana', 'Event', 'Masuk', 'Tenggat', 'Selesai']
      : ['calendar', 'No', 'Step', 'Actor', 'Event', 'Entered', 'Deadline', 'Completed'];
  io.stdout.write(`${sop.sop.name} (${sop.sop.id}, ${calendarWord} ${sop.calendar.id}, ${sop.calendar.zone})\n`);
  io.stdout.write(
    `${no!.padEnd(4)} ${step!.padEnd(28)} ${actor!.padEnd(22)} ${event!.padEnd(9)} ${entered!.padEnd(16)} ${deadline!.padEnd(16)} ${completed}\n`,
  );
  for (const row of steps) {
    const name = sop.roles.get(row.actor)?.name ?? row.actor;
    io.stdout.write(
      `${row.no.padEnd(4)} ${row.step.slice(0, 28).padEnd(28)} ${name.slice(0, 22).padEnd(22)} ${row.event.padEnd(9)} ${local(row.enteredAt).padEnd(16)} ${local(row.deadline).padEnd(16)} ${local(row.completedAt)}${row.provisional ? ' *' : ''}\n`,
    );
  }
  const last = steps.at(-1);
  const estimate =
    last && steps.some((row) => row.provisional) ? provisionalOf(sop.calendar, new Date(steps[0]!.enteredAt), new Date(last.completedAt), locale) : undefined;
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

/** A file's text or bytes, or a usage error naming it. */
function readInput<T>(read: ((path: string) => T) | undefined, file: string): T {
  try {
    if (!read) throw new Error('no file access');
    return read(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(text(`berkas "${file}" tidak dapat dibaca (${reason})`, `cannot read "${file}" (${reason})`));
  }
}

/**
 * `alur sop import`: an office's SOP document (pasted table text or .docx) to a draft
 * definition, with the cells to check; the draft is written with `--out` or printed with
 * `--json`. A draft that does not validate yet is still a draft (exit 0): its problems are
 * among the cells to check.
 */
async function sopImport(context: Context): Promise<number> {
  const { values, io, locale, argument: file } = context;
  const options = {
    source: file,
    ...(typeof values['id'] === 'string' ? { id: values['id'] } : {}),
    ...(typeof values['calendar'] === 'string' ? { calendar: values['calendar'] } : {}),
  };
  const result: SopImport = /\.docx$/i.test(file)
    ? await importSopDocx(readInput(io.readBytes, file), options)
    : importSop(readInput(io.readFile, file), options);
  const out = values['out'];
  if (typeof out === 'string') {
    if (!io.writeFile) throw new UsageError(text('--out tidak tersedia di sini', '--out is not available here'));
    try {
      io.writeFile(out, `${JSON.stringify(result.definition, null, 2)}\n`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(text(`berkas "${out}" tidak dapat ditulis (${reason})`, `cannot write "${out}" (${reason})`));
    }
  }
  // The built-in variant the draft reads like, if any: the Studio offers to derive the draft from it.
  const builtins = builtinSopDefinitions.map((d) => getSop(d.id).sop);
  const match = closestVariant(result.definition, builtins);
  const closest = match && {
    base: match.base,
    score: match.score,
    paired: Object.keys(match.steps).length,
    total: Math.max(result.definition.steps?.length ?? 0, builtins.find((b) => b.id === match.base)!.steps.length),
  };
  if (values['json']) {
    io.stdout.write(
      `${JSON.stringify({ definition: result.definition, review: result.review, valid: result.valid, table: result.table, closest: closest ?? null })}\n`,
    );
    return 0;
  }
  const en = locale === 'en';
  const { table, definition, review } = result;
  const found =
    table.found === 'panrb'
      ? en
        ? `Permen PANRB table found at line ${table.line}: ${table.rows} rows.`
        : `Tabel Permen PANRB ditemukan di baris ${table.line}: ${table.rows} baris.`
      : table.found === 'simple'
        ? en
          ? `Not a Permen PANRB table: a list of stages at line ${table.line} (${table.rows} rows), no actor columns or Mutu Baku.`
          : `Bukan tabel Permen PANRB: daftar tahapan di baris ${table.line} (${table.rows} baris), tanpa kolom pelaksana atau Mutu Baku.`
        : en
          ? 'No procedure table found (a header row opening with "No" and an Uraian column).'
          : 'Tidak ditemukan tabel prosedur (baris judul yang diawali "No" dan kolom Uraian).';
  const steps = definition.steps?.length ?? 0;
  const roles = definition.roles?.length ?? 0;
  const validity = result.valid ? (en ? 'valid' : 'sah') : en ? 'not valid yet' : 'belum sah';
  io.stdout.write(`${found}\n`);
  io.stdout.write(
    en
      ? `Draft "${definition.id}": ${steps} steps, ${roles} roles, calendar ${definition.calendar}; ${validity}.\n`
      : `Draf "${definition.id}": ${steps} langkah, ${roles} peran, kalender ${definition.calendar}; ${validity}.\n`,
  );
  if (closest)
    io.stdout.write(
      en
        ? `Reads like the built-in variant "${closest.base}": ${closest.paired} of ${closest.total} steps the same (the Studio offers to derive the draft from it).\n`
        : `Mirip varian bawaan "${closest.base}": ${closest.paired} dari ${closest.total} langkah sama (Studio menawarkan menurunkan draf darinya).\n`,
    );
  io.stdout.write(en ? `To check (${review.length}):\n` : `Perlu diperiksa (${review.length}):\n`);
  for (const item of review) {
    const where = item.where?.[locale] ?? item.path.join('.');
    const source = item.source.length > 80 ? `${item.source.slice(0, 79)}…` : item.source;
    io.stdout.write(`- ${where} (${en ? 'confidence' : 'keyakinan'} ${item.confidence}): ${item.reason[locale]}${source ? ` — "${source}"` : ''}\n`);
  }
  io.stdout.write(
    typeof out === 'string'
      ? en
        ? `Draft written to ${out}\n`
        : `Draf ditulis ke ${out}\n`
      : en
        ? 'Nothing saved: add --out <file.json> or --json.\n'
        : 'Belum disimpan: tambahkan --out <file.json> atau --json.\n',
  );
  return 0;
}

/**
 * `alur calendar import`: reads a year's holiday list (the SKB), makes that year official in a
 * calendar, checks that the result compiles, prints what changed against the calendar as it
 * was (the estimate, for a provisional year) and writes the new definition.
 */
function calendarImport({ values, io, locale, argument: file }: Context): undefined {
  const id = stringOf(values, 'calendar')!;
  const yearText = stringOf(values, 'year')!;
  if (!/^\d{4}$/.test(yearText)) throw new UsageError(text(`--year "${yearText}" harus tahun empat angka`, `--year "${yearText}" must be a four-digit year`));
  const year = Number(yearText);
  const format = stringOf(values, 'format') ?? /\.(csv|json)$/i.exec(file)?.[1]?.toLowerCase();
  if (format !== 'csv' && format !== 'json') {
    throw new UsageError(
      text(
        `format berkas "${file}" tidak diketahui: pakai akhiran .csv/.json atau --format csv|json`,
        `unknown format of "${file}": use a .csv/.json name or --format csv|json`,
      ),
    );
  }
  const out = stringOf(values, 'out');
  if (out !== undefined && !io.writeFile) throw new UsageError(text('--out tidak tersedia di sini', '--out is not available here'));
  let input: string;
  try {
    if (!io.readFile) throw new Error('no file access');
    input = io.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(text(`berkas "${file}" tidak dapat dibaca (${reason})`, `cannot read "${file}" (${reason})`));
  }
  const source = stringOf(values, 'source');
  let data: ReturnType<typeof parseHolidayYear>;
  try {
    data = parseHolidayYear(input, { year, format, ...(source === undefined ? {} : { source }) });
  } catch (error) {
    throw error instanceof AlurError ? new FileProblems(error) : error;
  }

  const calendarsFile = stringOf(values, 'calendars');
  const office = calendarsFile === undefined ? [] : (readDefinitions(io, calendarsFile, '--calendars') as CalendarDefinition[]);
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
    en ? `Calendar ${after.id}: ${year} is now official (${data.source})\n` : `Kalender ${after.id}: tahun ${year} kini resmi (${data.source})\n`,
    `${en ? 'Holidays' : 'Hari libur'} ${year}: ${data.holidays.length} (${counts.map(([kind, n]) => `${n} ${HOLIDAY_KIND_LABELS[kind][locale]}`).join(', ')})\n`,
  );
  if (estimated || official) {
    const against = estimated ? (en ? 'the estimate' : 'perkiraan') : en ? 'the previous official data' : 'data resmi sebelumnya';
    lines.push(
      removed.length + added.length === 0
        ? en
          ? `Days off in ${year} unchanged from ${against}.\n`
          : `Hari libur ${year} sama dengan ${against}.\n`
        : en
          ? `Days off in ${year} against ${against}: ${added.length} added (+), ${removed.length} no longer off (-)\n`
          : `Hari libur ${year} dibanding ${against}: ${added.length} bertambah (+), ${removed.length} tidak lagi libur (-)\n`,
    );
    const changes = [...added.map((holiday) => ['+', holiday] as const), ...removed.map((holiday) => ['-', holiday] as const)];
    changes.sort((a, b) => a[1].date.localeCompare(b[1].date));
    for (const [sign, holiday] of changes) lines.push(holidayLine(sign, holiday, locale));
  } else {
    lines.push(
      en ? `${year} had no estimate in this calendar to compare with.\n` : `Tahun ${year} belum punya perkiraan di kalender ini untuk dibandingkan.\n`,
    );
  }
  if (ramadanDropped && !after.specialPeriods.some((period) => period.from.startsWith(`${year}-`))) {
    lines.push(
      en
        ? `Note: the estimated Ramadan hours of ${year} were dropped; add the official period as specialPeriods.\n`
        : `Catatan: jam kerja Ramadan perkiraan ${year} dihapus; tambahkan periode resminya sebagai specialPeriods.\n`,
    );
  }
  const json = `${JSON.stringify(calendarsFile === undefined ? updated : definitions, null, 2)}\n`;
  if (out !== undefined) {
    try {
      io.writeFile!(out, json);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(text(`berkas "${out}" tidak dapat ditulis (${reason})`, `cannot write "${out}" (${reason})`));
    }
    lines.push(en ? `Definition written to ${out}\n` : `Definisi kalender ditulis ke ${out}\n`);
  } else if (!values.json) {
    lines.push(en ? 'Nothing saved: add --out <file.json> or --json.\n' : 'Belum disimpan: tambahkan --out <file.json> atau --json.\n');
  }
  // With --json, stdout holds the definition alone; the summary goes to stderr.
  const summary = values.json ? io.stderr : io.stdout;
  for (const line of lines) summary.write(line);
  if (values.json) io.stdout.write(json);
}

/** A showcase for people: no `--json` (refused as an unknown option); `sla deadline --json` gives the figures. */
function demo({ io, locale }: Context): undefined {
  const en = locale === 'en';
  io.stdout.write(
    en
      ? 'Alur — working time and SLA engine. Examples per variant (starting Tuesday 17 March 2026 09:00 local time):\n\n'
      : 'Alur — mesin waktu kerja dan SLA. Contoh per varian (mulai Selasa 17 Maret 2026 09:00 waktu setempat):\n\n',
  );
  for (const id of ['sumbar-asap', 'sumbar-sop', 'sumbawa', 'babel', 'kalbar-lpse']) {
    const calendar = getCalendar(id);
    const start = DateTime.fromISO('2026-03-17T09:00', { zone: calendar.zone }).toJSDate();
    const waktu = id === 'babel' ? '3-5 hari kerja' : id === 'sumbawa' ? 'Maksimal 35 Hari Kerja' : '1 Hari Kerja';
    const result = computeDeadline(calendar, start, waktu);
    io.stdout.write(`${id.padEnd(12)} "${waktu}" → target ${iso(calendar, result.target)}, ${en ? 'deadline' : 'tenggat'} ${iso(calendar, result.deadline)}\n`);
  }
  io.stdout.write(`\n${usage(locale)}`);
}

// ---------------------------------------------------------------------------------------------

/**
 * Runs the `alur` command line and returns its exit code: 0 on success, 2 for bad arguments
 * (one line in Bahasa Indonesia, or English with `--lang en`), 1 for an unexpected failure.
 * Every command takes `--help`; `alur help <command>` says the same.
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
  const lang = langOf(argv);
  const locale: Locale = lang === 'en' ? 'en' : 'id';
  try {
    if (lang !== undefined && lang !== 'id' && lang !== 'en') throw new UsageError(text('--lang harus id atau en', '--lang must be id or en'));
    const words = wordsOf(argv);
    const asksHelp = words[0] === 'help';
    const path = asksHelp ? words.slice(1) : words;
    const command = COMMANDS.find((candidate) => candidate.path.every((word, i) => path[i] === word));

    if (!command) {
      const group = COMMANDS.filter((candidate) => candidate.path.length > 1 && candidate.path[0] === path[0]).map((candidate) => candidate.path[1]!);
      if (path.length > 1 || (path.length === 1 && group.length === 0)) {
        const given = path.join(' ');
        throw new UsageError(text(`perintah "${given}" tidak dikenal; lihat \`alur help\``, `unknown command "${given}"; see \`alur help\``));
      }
      const { values } = parseFor(argv, path.length === 0 && !asksHelp ? TOP : GLOBAL, ['alur', ...path].join(' '));
      if (values.version) {
        io.stdout.write(`${io.version ?? 'unknown'}\n`);
        return 0;
      }
      if (path.length === 0) {
        io.stdout.write(usage(locale));
        return 0;
      }
      if (asksHelp || values.help) {
        io.stdout.write(groupHelp(path[0]!, locale));
        return 0;
      }
      const choices = group.join(', ');
      throw new UsageError(
        text(
          `perintah "${path[0]}" perlu salah satu dari: ${choices}; lihat \`alur help ${path[0]}\``,
          `command "${path[0]}" needs one of: ${choices}; see \`alur help ${path[0]}\``,
        ),
      );
    }

    const name = `alur ${command.path.join(' ')}`;
    const { values, positionals } = parseFor(argv, { ...command.options, ...GLOBAL }, name);
    if (asksHelp || values.help) {
      io.stdout.write(commandHelp(command, locale));
      return 0;
    }
    const rest = positionals.slice(command.path.length);
    const argument = command.argument ? rest.shift() : undefined;
    if (rest.length > 0) throw new UsageError(text(`argumen tidak dikenal: ${rest.join(' ')}`, `unknown arguments: ${rest.join(' ')}`));
    if (command.argument && argument === undefined) throw new UsageError(command.argument.missing);
    for (const [option, spec] of Object.entries(command.options)) {
      const value = values[option];
      if (spec.required && (typeof value !== 'string' || value.trim() === '')) {
        throw new UsageError(text(`opsi --${option} wajib diisi`, `option --${option} is required`));
      }
    }
    return (await command.run({ io, locale, values, argument: argument ?? '' })) ?? 0;
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
