import { isWorkingTime, workingMinutesBetween, type WorkingCalendar } from '@alur/core';
import { randomUUID } from 'node:crypto';
import { toJson, type Db } from './db.js';

// The minutes in which the service answered, as its own health checks recorded them: a bit per
// minute of each UTC day and instance, in `alur_meta` under `uptime:YYYY-MM-DD:<instance>` (no
// collection of its own).
// Every instance marks the minute when it answers GET /alur/health and once a minute from its
// schedule; the SLA report measures the share of working minutes marked (seed 003's catalog:
// "Waktu operasional pelayanan pada hari kerja dan jam kerja, sekurang-kurangnya bernilai 90%").

const MINUTES_PER_DAY = 1440;
const PREFIX = 'uptime:';
const MINUTE_MS = 60_000;

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const minuteOf = (at: Date) => at.getUTCHours() * 60 + at.getUTCMinutes();

function bitsOf(value: unknown): Uint8Array {
  const parsed = (typeof value === 'string' ? JSON.parse(value) : value) as { m?: string } | null;
  const bytes = new Uint8Array(MINUTES_PER_DAY / 8);
  if (parsed?.m) bytes.set(Buffer.from(parsed.m, 'base64').subarray(0, bytes.length));
  return bytes;
}

const has = (bits: Uint8Array, minute: number) => (bits[minute >> 3]! & (1 << (minute & 7))) !== 0;

/** This process: each instance writes its own row per day, so instances never overwrite each other's minutes. */
const INSTANCE = randomUUID().slice(0, 8);
/** Minutes already marked through each database, so a busy health check writes once a minute, not once a call. */
const markedBy = new WeakMap<Db, Set<string>>();
/** The writes through each database, one after the other (two health checks at once would lose a minute). */
const queues = new WeakMap<Db, Promise<unknown>>();

/**
 * Marks the minute of `at` as answered, in this instance's row of the day
 * (`uptime:YYYY-MM-DD:<instance>`). Writes through one database run one at a time.
 */
export function recordHeartbeat(db: Db, at: Date, instance: string = INSTANCE): Promise<void> {
  const run = (queues.get(db) ?? Promise.resolve()).then(() => mark(db, at, instance));
  queues.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

async function mark(db: Db, at: Date, instance: string): Promise<void> {
  const day = dayOf(at);
  const minute = minuteOf(at);
  const memo = `${day}:${minute}:${instance}`;
  let marked = markedBy.get(db);
  if (!marked) markedBy.set(db, (marked = new Set()));
  if (marked.has(memo)) return;
  const key = `${PREFIX}${day}:${instance}`;
  const row = (await db('alur_meta').where({ key }).first('value')) as { value: unknown } | undefined;
  const bits = bitsOf(row?.value ?? null);
  bits[minute >> 3]! |= 1 << (minute & 7);
  const value = toJson({ m: Buffer.from(bits).toString('base64') });
  if (row) await db('alur_meta').where({ key }).update({ value });
  else await db('alur_meta').insert({ key, value });
  if (marked.size > 10_000) marked.clear();
  marked.add(memo);
}

/** The measured availability over a span: working minutes, those answered, and their share. */
export interface Availability {
  /** Where the measurement starts: the span's start, or the first recorded minute if later. */
  readonly since: string;
  readonly until: string;
  readonly workingMinutes: number;
  readonly answeredMinutes: number;
  /** `answeredMinutes / workingMinutes`, or `null` when the span holds no working minute yet. */
  readonly share: number | null;
}

/**
 * The share of the calendar's working minutes in [`from`, `to`) in which the service answered.
 * Minutes before the first recorded one are not counted (nothing was measuring them); `null`
 * when nothing was ever recorded.
 */
export async function measureAvailability(db: Db, calendar: WorkingCalendar, from: Date, until: Date): Promise<Availability | null> {
  // Whole minutes only: a minute was answered or not (the minute under way is not counted yet).
  const to = new Date(Math.floor(until.getTime() / MINUTE_MS) * MINUTE_MS);
  const earliest = (await db('alur_meta').where('key', 'like', `${PREFIX}%`).min({ key: 'key' }).first()) as { key: string | null } | undefined;
  if (!earliest?.key) return null;
  const firstDay = earliest.key.slice(PREFIX.length, PREFIX.length + 10);
  const rows = (await db('alur_meta')
    // biome-ignore lint/complexity/useMathMinMax: these are ISO dates compared as text
    .where('key', '>=', `${PREFIX}${firstDay > dayOf(from) ? firstDay : dayOf(from)}`)
    .andWhere('key', '<=', `${PREFIX}${dayOf(to)}:~`)
    .orderBy('key')
    .select('key', 'value')) as { key: string; value: unknown }[];
  // The instances' rows of a day, merged: a minute counts when any instance answered in it.
  const byDay = new Map<string, Uint8Array>();
  for (const row of rows) {
    const day = row.key.slice(PREFIX.length, PREFIX.length + 10);
    const bits = bitsOf(row.value);
    const merged = byDay.get(day);
    if (merged) for (let i = 0; i < merged.length; i += 1) merged[i]! |= bits[i]!;
    else byDay.set(day, bits);
  }
  const days = [...byDay].map(([day, bits]) => ({ start: Date.parse(`${day}T00:00:00Z`), bits }));
  // Measured from the span's start, or from the first minute ever recorded if that is later.
  let since = from;
  if (firstDay >= dayOf(from)) {
    const first = days.find((d) => d.bits.some((b) => b !== 0));
    if (!first) return null;
    let minute = 0;
    while (!has(first.bits, minute)) minute += 1;
    since = new Date(Math.max(from.getTime(), first.start + minute * MINUTE_MS));
  }
  if (since >= to) return { since: since.toISOString(), until: to.toISOString(), workingMinutes: 0, answeredMinutes: 0, share: null };
  let answered = 0;
  for (const day of days) {
    if (day.start + MINUTES_PER_DAY * MINUTE_MS <= since.getTime() || day.start >= to.getTime()) continue;
    for (let minute = 0; minute < MINUTES_PER_DAY; minute += 1) {
      if (!has(day.bits, minute)) continue;
      const at = new Date(day.start + minute * MINUTE_MS);
      if (at >= since && at < to && isWorkingTime(calendar, at)) answered += 1;
    }
  }
  const working = workingMinutesBetween(calendar, since, to);
  return {
    since: since.toISOString(),
    until: to.toISOString(),
    workingMinutes: working,
    answeredMinutes: Math.min(answered, working),
    share: working > 0 ? Math.min(answered, working) / working : null,
  };
}
