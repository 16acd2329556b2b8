// Working-time benchmark: our engine side by side with peer libraries, in one process.
//
//   pnpm run bench                  full run (100k instants, ~2 minutes)
//   pnpm run bench -- --quick       smoke run (10k instants, 200 agreement queries, short rounds)
//   pnpm run bench -- --agreement-only   only the agreement check (e.g. to compare process TZs)
//
// 1. Agreement: every peer is asked the same queries as our engine, on the "peer-expressible"
//    calendar (Perpres hours, same holidays, no Ramadan) and, for information, against our
//    results on the real calendar (Ramadan hours). Disagreements are printed with an example.
// 2. Speed: ops/s of each engine on the peer-expressible calendar, Date in and Date out.
// 3. Targets: MET / NOT MET, printed only (nothing asserts).
//
// Results do not depend on the process TZ (run with TZ=UTC and TZ=America/New_York: the
// agreement fingerprint printed at the end must be the same).

import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import {
  addWorkingDays,
  addWorkingMinutes,
  addWorkingTime,
  createWorkingCalendar,
  workingMinutesBetween,
  type CalendarDefinition,
  type WorkingCalendar,
} from '@alur/core';
import { holidayDates, peerDefinition, PROVISIONAL_SOURCE, PROVISIONAL_YEARS, realDefinition, ZONE } from './bench-calendars.js';
import { naiveAddWorkingDays, naiveAddWorkingMinutes, naiveCalendar, naiveWorkingMinutesBetween, type NaiveCalendar } from './naive-luxon.js';
import { dayjsBusinessTimePeer, luxonBusinessDaysPeer, momentBusinessDaysPeer, momentBusinessTimePeer, type OpFn, type OpId, type Peer } from './peers.js';

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

const argv = new Set(process.argv.slice(2));
const QUICK = argv.has('--quick');
const AGREEMENT_ONLY = argv.has('--agreement-only');

const SEED = 0x5eed_2025;
const INPUTS = QUICK ? 10_000 : 100_000;
const QUERIES = QUICK ? 200 : 1_000;
/** Our engine: warm-up rounds, timed rounds, minimum length of one round. */
const OURS_WARMUP = 3;
const OURS_ROUNDS = QUICK ? 3 : 7;
const OURS_ROUND_S = QUICK ? 0.05 : 0.2;
/** Peers: one calibration pass (also the warm-up), then timed rounds over a subset. */
const PEER_CALIBRATE_S = QUICK ? 0.05 : 0.3;
const PEER_ROUNDS = QUICK ? 2 : 5;
const PEER_ROUND_S = QUICK ? 0.1 : 0.5;
const PEER_MIN_SUBSET = QUICK ? 32 : 256;
const BUILD_WARMUP = 5;
const BUILD_RUNS = QUICK ? 7 : 21;

/** Random instants: uniform over 2025-01-01 00:00 to 2028-01-01 00:00 WIB, whole minutes. */
const RANGE_FROM = Date.parse('2025-01-01T00:00:00+07:00');
const RANGE_TO = Date.parse('2028-01-01T00:00:00+07:00');
/** The `to` of "between": 55 to 65 days (whole minutes) after the start. */
const BETWEEN_MIN_DAYS = 55;
const BETWEEN_MAX_DAYS = 65;

interface Operation {
  readonly id: OpId;
  readonly name: string;
  /** The name with the input span. */
  readonly label: string;
  /** Target ratio ours ÷ best correct peer. */
  readonly ratioTarget: number;
}

const OPERATIONS: readonly Operation[] = [
  { id: 'days3', name: 'add 3 working days', label: 'add 3 working days', ratioTarget: 10 },
  { id: 'days35', name: 'add 35 working days', label: 'add 35 working days', ratioTarget: 10 },
  { id: 'min30', name: 'add 30 working minutes', label: 'add 30 working minutes', ratioTarget: 300 },
  { id: 'hours3', name: 'add 3 working hours', label: 'add 3 working hours', ratioTarget: 300 },
  {
    id: 'between',
    name: 'working minutes between',
    label: `working minutes between (${BETWEEN_MIN_DAYS}–${BETWEEN_MAX_DAYS} days apart)`,
    ratioTarget: 300,
  },
];
const THROUGHPUT_TARGET = 1_000_000;
const BUILD_TARGET_MS = 50;

// ---------------------------------------------------------------------------------------------
// Inputs (created before any timing)
// ---------------------------------------------------------------------------------------------

/** mulberry32: small, fast, reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = prng(SEED);
const MINUTE = 60_000;
const starts: Date[] = [];
const ends: Date[] = [];
for (let i = 0; i < INPUTS; i++) {
  const start = RANGE_FROM + Math.floor(random() * ((RANGE_TO - RANGE_FROM) / MINUTE)) * MINUTE;
  const span = BETWEEN_MIN_DAYS * 1440 + Math.floor(random() * ((BETWEEN_MAX_DAYS - BETWEEN_MIN_DAYS) * 1440 + 1));
  starts.push(new Date(start));
  ends.push(new Date(start + span * MINUTE));
}

// ---------------------------------------------------------------------------------------------
// Engines
// ---------------------------------------------------------------------------------------------

const peerCalendar = createWorkingCalendar(peerDefinition);
const realCalendar = createWorkingCalendar(realDefinition);

function oursOps(calendar: WorkingCalendar): Record<OpId, OpFn> {
  return {
    days3: (start) => addWorkingDays(calendar, start, 3),
    days35: (start) => addWorkingDays(calendar, start, 35),
    min30: (start) => addWorkingMinutes(calendar, start, 30),
    hours3: (start) => addWorkingTime(calendar, start, { hours: 3 }),
    between: (from, to) => workingMinutesBetween(calendar, from, to),
  };
}

/**
 * Timing loops of our engine: one function per operation so that each call site sees one
 * callee. The sum of the results goes to the sink.
 */
function oursLoops(calendar: WorkingCalendar): Record<OpId, (n: number) => number> {
  return {
    days3: (n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += addWorkingDays(calendar, starts[i]!, 3).getTime();
      return sum;
    },
    days35: (n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += addWorkingDays(calendar, starts[i]!, 35).getTime();
      return sum;
    },
    min30: (n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += addWorkingMinutes(calendar, starts[i]!, 30).getTime();
      return sum;
    },
    hours3: (n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += addWorkingTime(calendar, starts[i]!, { hours: 3 }).getTime();
      return sum;
    },
    between: (n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += workingMinutesBetween(calendar, starts[i]!, ends[i]!);
      return sum;
    },
  };
}

function naiveOps(calendar: NaiveCalendar): Record<OpId, OpFn> {
  return {
    days3: (start) => naiveAddWorkingDays(calendar, start, 3),
    days35: (start) => naiveAddWorkingDays(calendar, start, 35),
    min30: (start) => naiveAddWorkingMinutes(calendar, start, 30),
    hours3: (start) => naiveAddWorkingMinutes(calendar, start, 180),
    between: (from, to) => naiveWorkingMinutesBetween(calendar, from, to),
  };
}

/** A peer; its `ops` run on the peer-expressible calendar: checked against us there, and timed. */
interface Contender extends Peer {
  /**
   * On the real calendar, when the contender can express it (only the naive loop, which reads
   * the same definition). Peers cannot: their same results are compared with ours on the real
   * calendar.
   */
  readonly realOps?: Partial<Record<OpId, OpFn>>;
}

const naivePeer: Contender = {
  name: 'naive luxon loop',
  setup: [
    'our own reference (bench/naive-luxon.ts): luxon DateTime in Asia/Jakarta, day by day, interval by interval',
    'reads the same definitions as our engine, so it also runs the real calendar (Ramadan hours)',
  ],
  ops: naiveOps(naiveCalendar(peerDefinition)),
  realOps: naiveOps(naiveCalendar(realDefinition)),
};

const contenders: readonly Contender[] = [momentBusinessDaysPeer, momentBusinessTimePeer, dayjsBusinessTimePeer, luxonBusinessDaysPeer, naivePeer];

// ---------------------------------------------------------------------------------------------
// Output helpers
// ---------------------------------------------------------------------------------------------

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** Prints `text` word-wrapped at 110 columns, every line indented. */
function wrap(text: string, indent: string): void {
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > 110) {
      out(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out(indent + line);
}

function local(date: Date): string {
  return DateTime.fromJSDate(date, { zone: ZONE }).toFormat('yyyy-MM-dd ccc HH:mm');
}

function show(value: Date | number | Error): string {
  if (value instanceof Error) return `threw ${value.message.split('\n')[0]}`;
  if (typeof value === 'number') return `${Number.isInteger(value) ? value : value.toFixed(3)} min`;
  return Number.isNaN(value.getTime()) ? 'Invalid Date' : local(value);
}

function difference(ours: Date | number, theirs: Date | number | Error): string {
  if (theirs instanceof Error) return '';
  const delta = typeof ours === 'number' ? (theirs as number) - ours : ((theirs as Date).getTime() - ours.getTime()) / MINUTE;
  const days = Math.abs(delta) >= 1440 ? ` (${(delta / 1440).toFixed(2)} days)` : '';
  return ` [theirs − ours = ${delta > 0 ? '+' : ''}${Number.isInteger(delta) ? delta : delta.toFixed(3)} min${days}]`;
}

function formatRate(opsPerSecond: number): string {
  if (opsPerSecond >= 1e6) return `${(opsPerSecond / 1e6).toFixed(2)} M`;
  if (opsPerSecond >= 1e3) return `${(opsPerSecond / 1e3).toFixed(1)} k`;
  return opsPerSecond.toFixed(0);
}

function formatRatio(ratio: number): string {
  return ratio >= 100 ? `${Math.round(ratio).toLocaleString('en-US')}×` : `${ratio.toFixed(1)}×`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function table(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  rows.forEach((row, index) => {
    out(`  ${row.map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ')}`.trimEnd());
    if (index === 0) out(`  ${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  });
}

/** FNV-1a of the agreement results, to compare runs under different process TZs. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------------------------
// 1. Agreement
// ---------------------------------------------------------------------------------------------

interface Query {
  readonly start: Date;
  readonly end: Date;
}

interface Disagreement {
  readonly query: Query;
  readonly ours: Date | number;
  readonly theirs: Date | number | Error;
}

interface Agreement {
  agree: number;
  total: number;
  readonly differing: Disagreement[];
}

type CalendarKind = 'peer' | 'real';

function same(ours: Date | number, theirs: Date | number | Error): boolean {
  if (theirs instanceof Error) return false;
  if (typeof ours === 'number') return typeof theirs === 'number' && Math.abs(theirs - ours) < 1e-9;
  return theirs instanceof Date && theirs.getTime() === ours.getTime();
}

function attempt(fn: OpFn, start: Date, end: Date): Date | number | Error {
  try {
    return fn(start, end);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

const agreementKey = (set: string, name: string, op: OpId, calendar: CalendarKind): string => `${set}|${name}|${op}|${calendar}`;
const agreements = new Map<string, Agreement>();

/** Runs every contender on the queries of each operation, on the peer cal and (when `withReal`) against the real cal. */
function checkAgreement(set: string, queriesOf: (op: OpId) => readonly Query[], withReal: boolean): void {
  const oursPeer = oursOps(peerCalendar);
  const oursReal = oursOps(realCalendar);
  for (const contender of contenders) {
    const started = performance.now();
    for (const { id } of OPERATIONS) {
      const fn = contender.ops[id];
      if (fn === undefined) continue;
      const realFn = contender.realOps?.[id];
      const tallies: [CalendarKind, Agreement][] = [['peer', { agree: 0, total: 0, differing: [] }]];
      if (withReal) tallies.push(['real', { agree: 0, total: 0, differing: [] }]);
      for (const query of queriesOf(id)) {
        const theirs = attempt(fn, query.start, query.end);
        for (const [calendar, tally] of tallies) {
          const ours = (calendar === 'peer' ? oursPeer : oursReal)[id](query.start, query.end);
          const result = calendar === 'real' && realFn ? attempt(realFn, query.start, query.end) : theirs;
          tally.total++;
          if (same(ours, result)) tally.agree++;
          else tally.differing.push({ query, ours, theirs: result });
        }
      }
      for (const [calendar, tally] of tallies) agreements.set(agreementKey(set, contender.name, id, calendar), tally);
    }
    process.stderr.write(`  (${set} agreement, ${contender.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
}

/** Local date `YYYY-MM-DD` in Asia/Jakarta. */
const localDate = (date: Date): string => DateTime.fromJSDate(date, { zone: ZONE }).toISODate()!;

/** Whether the local days from the query's start to its end (between) or latest result (add) touch Ramadan. */
function touchesRamadan(op: OpId, { query, ours, theirs }: Disagreement): boolean {
  const results = [ours, theirs].filter((value): value is Date => value instanceof Date).map((value) => value.getTime());
  const first = localDate(query.start);
  const last = localDate(new Date(op === 'between' ? query.end.getTime() : Math.max(query.start.getTime(), ...results)));
  return (realDefinition.specialPeriods ?? []).some((period) => first <= period.to && last >= period.from);
}

function describeInput(op: OpId, query: Query): string {
  return op === 'between' ? `${local(query.start)} → ${local(query.end)}` : local(query.start);
}

function printDisagreements(set: string, calendars: readonly CalendarKind[]): boolean {
  let any = false;
  for (const contender of contenders) {
    for (const calendar of calendars) {
      for (const { id, name, label } of OPERATIONS) {
        const tally = agreements.get(agreementKey(set, contender.name, id, calendar));
        const first = tally?.differing[0];
        if (tally === undefined || first === undefined) continue;
        any = true;
        out(`   - ${contender.name}, ${set === 'random' ? label : name}, ${calendar} cal: ${tally.differing.length}/${tally.total} differ`);
        out(`       e.g. ${describeInput(id, first.query)}: ours ${show(first.ours)}, theirs ${show(first.theirs)}${difference(first.ours, first.theirs)}`);
        const known = contender.known?.[id];
        const unexplained = known
          ? tally.differing.filter((d) => d.theirs instanceof Error || !known.matches(d.query.start, d.query.end, d.ours, d.theirs))
          : tally.differing;
        if (known) {
          wrap(`known cause, matches ${tally.differing.length - unexplained.length}/${tally.differing.length}: ${known.cause}`, '       ');
        }
        if (calendar === 'real' && unexplained.length > 0) {
          const ramadan = unexplained.filter((d) => touchesRamadan(id, d)).length;
          out(
            `       ${ramadan}/${unexplained.length}${known ? ' of the others' : ''} involve Ramadan days ` +
              '(Ramadan hours on the real cal; the peer has Perpres hours only)',
          );
        }
      }
    }
  }
  return any;
}

function agreementTable(set: string, calendars: readonly CalendarKind[]): string {
  let record = '';
  const rows: string[][] = [['engine', ...OPERATIONS.map((op) => op.id)]];
  for (const calendar of calendars) {
    for (const contender of contenders) {
      rows.push([
        `${contender.name} (${calendar} cal)`,
        ...OPERATIONS.map(({ id }) => {
          const tally = agreements.get(agreementKey(set, contender.name, id, calendar));
          if (tally === undefined) return '—';
          const first = tally.differing[0];
          record += `${set}|${contender.name}|${id}|${calendar}|${tally.agree}/${tally.total}|${first ? `${first.query.start.getTime()}:${show(first.theirs)}` : '-'};`;
          return `${tally.agree}/${tally.total}`;
        }),
      ]);
    }
  }
  table(rows, new Set(OPERATIONS.map((_, index) => index + 1)));
  return record;
}

/**
 * Hand-picked instants on the rule edges, all in official-data weeks without Ramadan: opening,
 * closing, break start/end, inside the break, Friday's longer break and later close, night,
 * weekend, cuti bersama (24 Dec 2026) and a holiday (25 Dec 2026). "between" takes every
 * ordered pair.
 */
const EDGE_INSTANTS: readonly Date[] = [
  '2026-11-23T00:00',
  '2026-11-23T07:30',
  '2026-11-23T11:45',
  '2026-11-23T12:00',
  '2026-11-23T12:30',
  '2026-11-23T13:00',
  '2026-11-23T15:45',
  '2026-11-23T16:00',
  '2026-11-23T23:59',
  '2026-11-27T11:30',
  '2026-11-27T12:45',
  '2026-11-27T16:15',
  '2026-11-27T16:30',
  '2026-11-28T10:00',
  '2026-12-24T10:00',
  '2026-12-25T16:00',
].map((text) => new Date(`${text}:00+07:00`));

const edgeQueries: readonly Query[] = EDGE_INSTANTS.flatMap((start) => EDGE_INSTANTS.filter((end) => end > start).map((end) => ({ start, end })));
/** One query per start instant for the "add" operations (their `end` is ignored). */
const edgeStartQueries: readonly Query[] = EDGE_INSTANTS.map((start) => ({ start, end: start }));

function printAgreement(): string {
  out(`1. AGREEMENT on the first ${QUERIES} inputs (same queries to every engine)`);
  out(`   peer cal = peer-expressible calendar (no Ramadan), the one every peer can represent: decides "correct".`);
  out(`   real cal = real calendar (Ramadan hours 2024–2026); the peers keep their Perpres-hours setup,`);
  out(`              only the naive loop can read the Ramadan periods.`);
  out();
  let record = agreementTable('random', ['peer', 'real']);
  out();
  out('   Disagreements, one example each (local times Asia/Jakarta):');
  if (!printDisagreements('random', ['peer', 'real'])) out('   (none)');
  out();
  out(`   Edge probes (peer cal): ${EDGE_INSTANTS.length} instants on openings, closings, breaks, weekend and holidays`);
  out(`   (add: each instant as start; between: all ${edgeQueries.length} ordered pairs). Not used to decide "correct".`);
  out();
  record += agreementTable('edges', ['peer']);
  out();
  if (!printDisagreements('edges', ['peer'])) out('   (no disagreements)');
  out();
  return fingerprint(record);
}

// ---------------------------------------------------------------------------------------------
// 2. Speed
// ---------------------------------------------------------------------------------------------

let sink = 0;

interface Speed {
  readonly opsPerSecond: number;
  /** Inputs per round. */
  readonly inputs: number;
  readonly note: string;
}

function timeOurs(loop: (n: number) => number): Speed {
  for (let w = 0; w < OURS_WARMUP; w++) sink += loop(INPUTS);
  const probe = performance.now();
  sink += loop(INPUTS);
  const once = (performance.now() - probe) / 1000;
  const repeats = Math.max(1, Math.ceil(OURS_ROUND_S / Math.max(once, 1e-6)));
  const rounds: number[] = [];
  for (let r = 0; r < OURS_ROUNDS; r++) {
    const t0 = performance.now();
    for (let k = 0; k < repeats; k++) sink += loop(INPUTS);
    rounds.push((performance.now() - t0) / 1000);
  }
  return {
    opsPerSecond: (INPUTS * repeats) / median(rounds),
    inputs: INPUTS,
    note: `all ${INPUTS / 1000}k × ${repeats}/round, median of ${OURS_ROUNDS}`,
  };
}

function runPeer(fn: OpFn, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const result = fn(starts[i]!, ends[i]!);
    sum += typeof result === 'number' ? result : result.getTime();
  }
  return sum;
}

function timePeer(fn: OpFn): Speed {
  // Calibration (doubles as warm-up): as many inputs as fit in PEER_CALIBRATE_S.
  let done = 0;
  const t0 = performance.now();
  while (done < INPUTS && performance.now() - t0 < PEER_CALIBRATE_S * 1000) {
    const batch = Math.min(INPUTS - done, Math.max(1, done));
    for (let i = done; i < done + batch; i++) {
      const result = fn(starts[i]!, ends[i]!);
      sink += typeof result === 'number' ? result : result.getTime();
    }
    done += batch;
  }
  const perOp = (performance.now() - t0) / 1000 / done;
  const subset = Math.min(INPUTS, Math.max(PEER_MIN_SUBSET, Math.round(PEER_ROUND_S / perOp)));
  const rounds: number[] = [];
  for (let r = 0; r < PEER_ROUNDS; r++) {
    const t1 = performance.now();
    sink += runPeer(fn, subset);
    rounds.push((performance.now() - t1) / 1000);
  }
  return {
    opsPerSecond: subset / median(rounds),
    inputs: subset,
    note:
      subset < INPUTS
        ? `first ${subset.toLocaleString('en-US')} inputs, median of ${PEER_ROUNDS}, extrapolated`
        : `all ${INPUTS / 1000}k, median of ${PEER_ROUNDS}`,
  };
}

const speeds = new Map<string, Speed>();
const OURS = 'Alur (@alur/core)';
const OURS_REAL = 'Alur, real calendar';

function measureSpeed(): void {
  const loopsPeer = oursLoops(peerCalendar);
  const loopsReal = oursLoops(realCalendar);
  for (const { id } of OPERATIONS) {
    speeds.set(`${OURS}|${id}`, timeOurs(loopsPeer[id]));
    speeds.set(`${OURS_REAL}|${id}`, timeOurs(loopsReal[id]));
    for (const contender of contenders) {
      const fn = contender.ops[id];
      if (fn === undefined) continue;
      speeds.set(`${contender.name}|${id}`, timePeer(fn));
    }
    process.stderr.write(`  (timed ${id})\n`);
  }
}

function measureBuild(definition: CalendarDefinition): number {
  for (let w = 0; w < BUILD_WARMUP; w++) sink += createWorkingCalendar(definition).index.ivStart.length;
  const runs: number[] = [];
  for (let r = 0; r < BUILD_RUNS; r++) {
    const t0 = performance.now();
    sink += createWorkingCalendar(definition).index.ivStart.length;
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

const years = (definition: CalendarDefinition): string =>
  (definition.years ?? []).map((year) => (PROVISIONAL_YEARS.some((p) => p === year.year) ? `${year.year}*` : String(year.year))).join(', ');

out(`Alur working-time benchmark${QUICK ? ' (--quick)' : ''}${AGREEMENT_ONLY ? ' (--agreement-only)' : ''}`);
out(
  `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? '?'}), process TZ=${process.env.TZ ?? '(unset)'} (${Intl.DateTimeFormat().resolvedOptions().timeZone})`,
);
out(`inputs: ${INPUTS.toLocaleString('en-US')} random instants (mulberry32 seed 0x${SEED.toString(16)}), uniform over 2025-01-01 – 2027-12-31 WIB,`);
out(`        whole minutes; "between" ends ${BETWEEN_MIN_DAYS}–${BETWEEN_MAX_DAYS} days later. Date objects built before timing.`);
out(`calendars (zone ${ZONE}, Perpres 21/2023 hours, ${holidayDates.length} holiday dates incl. cuti bersama):`);
out(`  real cal: ${realDefinition.id} = id-nasional + Ramadan hours 2024–2026; years ${years(realDefinition)}`);
out(`  peer cal: ${peerDefinition.id} = same zone, hours and holidays, no special periods (standalone, no extends)`);
out(`  * ${PROVISIONAL_YEARS.join(' and ')}: ${PROVISIONAL_SOURCE}:`);
out(`    1 Jan, 1 May, 1 Jun, 17 Aug, 25 Dec. No Ramadan hours in those years. Peers get exactly the same dates.`);
out();
out('Engines:');
for (const contender of contenders) {
  out(`  ${contender.name}`);
  for (const line of contender.setup) out(`    - ${line}`);
}
out();

const randomQueries: readonly Query[] = starts.slice(0, QUERIES).map((start, i) => ({ start, end: ends[i]! }));
checkAgreement('random', () => randomQueries, true);
checkAgreement('edges', (op) => (op === 'between' ? edgeQueries : edgeStartQueries), false);
const agreementPrint = printAgreement();

/** "Correct" = agrees on every random query of the peer-expressible calendar. */
const correct = (name: string, op: OpId): boolean => {
  const tally = agreements.get(agreementKey('random', name, op, 'peer'));
  return tally !== undefined && tally.agree === tally.total;
};

if (!AGREEMENT_ONLY) {
  measureSpeed();
  const buildReal = measureBuild(realDefinition);
  const buildPeer = measureBuild(peerDefinition);

  out(`2. SPEED (ops/s, Date in → Date out, on the peer cal unless noted; ratio = ours ÷ theirs)`);
  out(`   Alur: all inputs, ${OURS_WARMUP} warm-up passes, median of ${OURS_ROUNDS} rounds. Peers: a calibration pass (warm-up),`);
  out(`   then the median of ${PEER_ROUNDS} rounds over the first n inputs (n sized to ~${PEER_ROUND_S} s a round, at least ${PEER_MIN_SUBSET});`);
  out('   when n < all inputs, ops/s is extrapolated from that subset. Peer times include Date ↔ library conversions.');
  out();
  const targets: string[] = [];
  for (const { id, label, ratioTarget } of OPERATIONS) {
    const ours = speeds.get(`${OURS}|${id}`)!;
    out(`   ${label}`);
    const rows: string[][] = [['engine', 'ops/s', 'ours ÷ theirs', 'agree peer cal', 'agree real cal', 'timed on']];
    rows.push([OURS, formatRate(ours.opsPerSecond), '', '(reference)', '(reference)', ours.note]);
    const oursReal = speeds.get(`${OURS_REAL}|${id}`)!;
    rows.push([`${OURS_REAL}`, formatRate(oursReal.opsPerSecond), '', '', '', oursReal.note]);
    let best: { name: string; opsPerSecond: number } | undefined;
    for (const contender of contenders) {
      const speed = speeds.get(`${contender.name}|${id}`);
      if (speed === undefined) continue;
      const peerTally = agreements.get(agreementKey('random', contender.name, id, 'peer'))!;
      const realTally = agreements.get(agreementKey('random', contender.name, id, 'real'))!;
      const isCorrect = correct(contender.name, id);
      if (isCorrect && (best === undefined || speed.opsPerSecond > best.opsPerSecond)) {
        best = { name: contender.name, opsPerSecond: speed.opsPerSecond };
      }
      rows.push([
        contender.name,
        formatRate(speed.opsPerSecond),
        formatRatio(ours.opsPerSecond / speed.opsPerSecond),
        `${peerTally.agree}/${peerTally.total}${isCorrect ? '' : ' ✗'}`,
        `${realTally.agree}/${realTally.total}`,
        speed.note,
      ]);
    }
    table(rows, new Set([1, 2, 3, 4]));
    out();
    const throughputMet = ours.opsPerSecond >= THROUGHPUT_TARGET;
    targets.push(`${throughputMet ? 'MET    ' : 'NOT MET'}  ${label}: ${formatRate(ours.opsPerSecond)} ops/s ≥ 1 M ops/s`);
    if (best === undefined) {
      targets.push(`n/a      ${label}: no peer agrees on all ${QUERIES} queries, so no "best correct peer" (≥ ${ratioTarget}× not assessable)`);
    } else {
      const ratio = ours.opsPerSecond / best.opsPerSecond;
      targets.push(
        `${ratio >= ratioTarget ? 'MET    ' : 'NOT MET'}  ${label}: ${formatRatio(ratio)} the best correct peer (${best.name}, ${formatRate(best.opsPerSecond)} ops/s) ≥ ${ratioTarget}×`,
      );
    }
  }
  out(`   Building the calendar index (createWorkingCalendar, 5 years 2024–2028, median of ${BUILD_RUNS} after ${BUILD_WARMUP} warm-up):`);
  out(`     real cal (with Ramadan periods): ${buildReal.toFixed(2)} ms; peer cal: ${buildPeer.toFixed(2)} ms`);
  targets.push(`${buildReal <= BUILD_TARGET_MS ? 'MET    ' : 'NOT MET'}  index build, 5 years (real cal): ${buildReal.toFixed(2)} ms ≤ ${BUILD_TARGET_MS} ms`);
  out();
  out('3. TARGETS (correct peer = agrees on all peer-cal queries; targets measured on the peer cal)');
  for (const line of targets) out(`   ${line}`);
  out();
}

out(`agreement fingerprint: ${agreementPrint} (must be identical under any process TZ)`);
out(`sink: ${sink === 0 ? 0 : 'non-zero'}`);
