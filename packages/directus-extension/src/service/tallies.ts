import { DateTime } from 'luxon';
import { fromDb, instant, toJson, type Db } from './db.js';

/** The collection of SLA tallies the report sums (see `requestTally`). */
export const TALLIES = 'alur_sla_tallies';

/** What one tally line counts. Request counters sit on the line with step `''`, visit counters on the step's lines. */
export const COUNTERS = ['requests', 'judged', 'done', 'unjudged', 'visits', 'completed', 'breached', 'warned', 'minutes'] as const;
export type Counter = (typeof COUNTERS)[number];

/**
 * One line of a request's part in the tallies: its request counters (step `''`, on the local
 * day it started) or its visits of one step that started on one local day.
 */
export interface TallyLine extends Record<Counter, number> {
  readonly step: string;
  /** `YYYY-MM-DD` in the request's calendar zone; `''` when it has no start or zone. */
  readonly day: string;
  readonly no: string;
  readonly actor: string;
}

/** The request columns a tally reads (as `derivedColumns` writes them or a row reads back). */
export type TallyRequest = Readonly<Partial<Record<'phase' | 'started_at' | 'zone' | 'sla_judged', unknown>>>;

/** The visit columns a tally reads (as `visitRows` makes them or a row reads back). */
export type TallyVisit = Readonly<Partial<Record<'step' | 'no' | 'actor' | 'started_at' | 'running' | 'used_minutes' | 'status' | 'requester_time', unknown>>>;

const zero = (): Record<Counter, number> => Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Record<Counter, number>;

/** Tally lines by step and day, each made with zero counters on first use. */
function lineTable() {
  const lines = new Map<string, TallyLine & Record<Counter, number>>();
  return {
    at(step: string, day: string, no: string, actor: string) {
      const key = `${step}|${day}`;
      let found = lines.get(key);
      if (!found) lines.set(key, (found = { step, day, no, actor, ...zero() }));
      return found;
    },
    values: () => [...lines.values()],
  };
}

const truthy = (value: unknown) => value === true || value === 1;

/** The local calendar day of an instant in `zone`, or `''`. */
function localDay(value: unknown, zone: unknown): string {
  const at = instant(value);
  if (!at || typeof zone !== 'string' || zone === '') return '';
  return DateTime.fromJSDate(at, { zone }).toISODate() ?? '';
}

/**
 * A request's part in the SLA report, as tally lines: the request itself (all, judged, done,
 * unjudged) on the day it started, and each visit with a time limit that counts against the
 * office (not requester time) of a judged request, by step and the day the visit started, both
 * in the request's calendar zone — the same rules as `slaReport`. Kept on the request row
 * (`sla_tally`) so that the next write adds only the difference (`addTallyDifferences`).
 */
export function requestTally(request: TallyRequest, visits: readonly TallyVisit[]): TallyLine[] {
  const judged = truthy(request.sla_judged);
  const lines = lineTable();
  const own = lines.at('', localDay(request.started_at, request.zone), '', '');
  own.requests += 1;
  if (judged) {
    own.judged += 1;
    if (request.phase === 'done') own.done += 1;
  } else own.unjudged += 1;
  if (!judged) return lines.values();
  for (const visit of visits) {
    if (visit.status === 'noLimit' || truthy(visit.requester_time)) continue;
    const running = truthy(visit.running);
    const tally = lines.at(String(visit.step), localDay(visit.started_at, request.zone), String(visit.no ?? ''), String(visit.actor ?? ''));
    tally.visits += 1;
    if (!running) {
      tally.completed += 1;
      tally.minutes += Number(visit.used_minutes ?? 0);
    }
    if (visit.status === 'breached') tally.breached += 1;
    if (visit.status === 'warning') tally.warned += 1;
  }
  return lines.values();
}

/** What never changes for a request: the key parts of its tally lines. */
export interface TallyOwner {
  readonly variant: string;
  readonly definition: string;
  readonly office: string;
}

/** The stored tally of a request row (`sla_tally`), or none. */
export function storedTally(value: unknown): TallyLine[] | null {
  return Array.isArray(value) ? (value as TallyLine[]) : null;
}

/**
 * Adds each request's `after − before` to the tallies in the caller's transaction (one upsert
 * per 50 lines): what writes changed of the requests' parts. `before` is the part a row
 * recorded (`sla_tally`; `null` when none), `after` the part to record now.
 */
export async function addTallyDifferences(
  trx: Db,
  parts: readonly { owner: TallyOwner; before: readonly TallyLine[] | null; after: readonly TallyLine[] }[],
): Promise<void> {
  await addRows(
    trx,
    parts.flatMap((part) => tallyRows(part.owner, difference(part.before ?? [], part.after))),
  );
}

/** `after − before`, line by line, dropping lines that did not change. */
function difference(before: readonly TallyLine[], after: readonly TallyLine[]): TallyLine[] {
  const out = lineTable();
  const add = (line: TallyLine, sign: 1 | -1) => {
    const entry = out.at(line.step, line.day, line.no, line.actor);
    if (sign === 1) Object.assign(entry, { no: line.no, actor: line.actor });
    for (const c of COUNTERS) entry[c] += sign * Number(line[c] ?? 0);
  };
  for (const line of before) add(line, -1);
  for (const line of after) add(line, 1);
  return out.values().filter((line) => COUNTERS.some((c) => line[c] !== 0));
}

type TallyRow = TallyOwner & TallyLine & { id: string };

const tallyRows = (owner: TallyOwner, lines: readonly TallyLine[]): TallyRow[] =>
  lines.map((line) => ({ id: `${owner.variant}|${owner.definition}|${owner.office}|${line.day}|${line.step}`, ...owner, ...line }));

/** Adds rows to the tallies: rows of the same id summed first, then one upsert per 50. */
async function addRows(trx: Db, rows: readonly TallyRow[]): Promise<void> {
  const merged = new Map<string, TallyRow & Record<Counter, number>>();
  for (const row of rows) {
    const entry = merged.get(row.id);
    if (!entry) merged.set(row.id, { ...row });
    else for (const c of COUNTERS) entry[c] += row[c];
  }
  const all = [...merged.values()].map(({ id, variant, definition, office, day, step, no, actor, ...counters }) => ({
    id,
    variant,
    definition,
    office,
    day,
    step,
    no,
    actor,
    ...Object.fromEntries(COUNTERS.map((c) => [c, counters[c]])),
  }));
  if (all.length === 0) return;
  const increments = Object.fromEntries(COUNTERS.map((c) => [c, trx.raw('?? + excluded.??', [`${TALLIES}.${c}`, c])]));
  for (let i = 0; i < all.length; i += 50) {
    await trx(TALLIES)
      .insert(all.slice(i, i + 50))
      .onConflict('id')
      .merge({ ...increments, no: trx.raw('excluded.??', ['no']), actor: trx.raw('excluded.??', ['actor']) });
  }
}

/**
 * Adds the part of every request that has none recorded yet (`sla_tally` empty: older data, or
 * rows copied in by SQL) from its stored columns and visit rows, 200 requests per transaction,
 * so an interrupted run resumes where it stopped. Returns how many requests it counted.
 */
export async function fillTallies(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const requests = await db('alur_requests')
      .whereNull('sla_tally')
      .orderBy('id')
      .limit(200)
      .select('id', 'variant', 'definition', 'office', 'phase', 'started_at', 'zone', 'sla_judged');
    if (requests.length === 0) return done;
    const visits = await db('alur_step_visits')
      .whereIn(
        'request',
        requests.map((r: { id: string }) => r.id),
      )
      .select('request', 'step', 'no', 'actor', 'started_at', 'running', 'used_minutes', 'status', 'requester_time');
    const byRequest = new Map<string, TallyVisit[]>();
    for (const visit of visits as (TallyVisit & { request: string })[]) byRequest.set(visit.request, [...(byRequest.get(visit.request) ?? []), visit]);
    const parts = requests.map((raw: Record<string, unknown>) => {
      const row = fromDb<TallyRequest & TallyOwner & { id: string }>('alur_requests', raw);
      return {
        id: row.id,
        owner: { variant: row.variant, definition: String(row.definition ?? ''), office: row.office },
        lines: requestTally(row, byRequest.get(row.id) ?? []),
      };
    });
    await db.transaction(async (trx) => {
      await addRows(
        trx,
        parts.flatMap((p: { owner: TallyOwner; lines: TallyLine[] }) => tallyRows(p.owner, p.lines)),
      );
      for (const part of parts)
        await trx('alur_requests')
          .where({ id: part.id })
          .update({ sla_tally: toJson(part.lines) });
    });
    done += requests.length;
  }
}
