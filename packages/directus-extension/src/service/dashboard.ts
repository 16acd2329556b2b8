// The dashboard's flow figures: throughput (requests filed and finished per day or week of a
// period, in one office time zone) and the backlog now (open requests per step, and how many of
// them are warning or breached). Each figure comes with the list query that finds the requests
// behind it (`GET /alur/requests?…`), so every number on a chart can open them.
import { DateTime } from 'luxon';
import type { Caller } from './caller.js';
import { instant, type Db } from './db.js';
import type { DefinitionStore } from './definitions.js';
import { httpError, text, type Locale } from './errors.js';
import { isReportDate } from './report.js';
import { visibleRequests } from './requests.js';

export type Bucket = 'day' | 'week';

/** The checked query of `GET /alur/reports/flow`. */
export interface FlowQuery {
  readonly variant?: string;
  /** The period's first and last days (inclusive), in `zone`. */
  readonly from: string;
  readonly to: string;
  readonly bucket: Bucket;
  readonly zone: string;
  /** Today in `zone` by the service's clock (panels count their preset periods from it, not from the browser's clock). */
  readonly today: string;
}

/** One day or week of the period: its bounds as instants in the zone and its counts. */
export interface FlowBucket {
  readonly start: string;
  readonly end: string;
  /** `[from, to)` as ISO instants with the zone's offset (for `created_from`/`finished_from`…). */
  readonly from: string;
  readonly to: string;
  readonly filed: number;
  readonly finished: number;
}

/** The open requests at one step of one variant now. */
export interface BacklogLine {
  readonly variant: string;
  readonly step: string;
  readonly no: string;
  readonly description: string;
  readonly active: number;
  readonly waiting: number;
  readonly warning: number;
  readonly breached: number;
}

const VARIANT = /^[A-Za-z0-9_.-]{1,64}$/;
/** The most days a daily chart shows; longer periods are counted per week. */
const MAX_DAYS = 92;
/** The longest period (about two years), so a typo cannot ask for a thousand years of buckets. */
const MAX_PERIOD_DAYS = 732;

const bad = (locale: Locale, id: string, en: string): Error => httpError(400, text(id, en), {}, locale);

/** The time zone most variants' calendars use (Asia/Jakarta without any). */
function commonZone(zones: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const z of zones) counts.set(z, (counts.get(z) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'Asia/Jakarta';
}

/**
 * Reads `variant` (one id, else all), `from`/`to` (`YYYY-MM-DD`, inclusive; default this month
 * in the zone) and `bucket` (`day` or `week`; default `day` up to 92 days, else `week`). The zone
 * is the variant's calendar zone (all variants: the zone most of them use). 400 on a bad value,
 * 404 on an unknown variant.
 */
export async function parseFlowQuery(db: Db, definitions: DefinitionStore, query: Record<string, unknown>, locale: Locale, now: Date): Promise<FlowQuery> {
  const one = (key: string): string | undefined => {
    const value = query[key];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string')
      throw bad(locale, `Parameter "${key}" harus diberikan satu kali sebagai teks.`, `Parameter "${key}" must be given once, as text.`);
    return value;
  };
  const variant = one('variant');
  if (variant !== undefined && !VARIANT.test(variant)) throw bad(locale, '"variant" harus satu ID varian SOP.', '"variant" must be one SOP variant id.');
  const defs = await definitions.load(db);
  if (variant !== undefined && !defs.sops.ids.includes(variant)) {
    throw httpError(404, text(`Varian SOP "${variant}" tidak ada.`, `SOP variant "${variant}" does not exist.`), {}, locale);
  }
  const zoneOf = (id: string): string | undefined => {
    try {
      return defs.sops.get(id).calendar.zone;
    } catch {
      return undefined; // a variant that cannot be compiled has no zone to offer
    }
  };
  const zone = (variant !== undefined ? zoneOf(variant) : undefined) ?? commonZone(defs.sops.ids.flatMap((id) => zoneOf(id) ?? []));
  const today = DateTime.fromJSDate(now, { zone });
  const dates: Record<'from' | 'to', string> = { from: today.startOf('month').toISODate()!, to: today.endOf('month').toISODate()! };
  for (const key of ['from', 'to'] as const) {
    const value = one(key);
    if (value === undefined) continue;
    if (!isReportDate(value)) throw bad(locale, `"${key}" harus tanggal YYYY-MM-DD.`, `"${key}" must be a date, YYYY-MM-DD.`);
    dates[key] = value;
  }
  if (dates.from > dates.to) throw bad(locale, '"from" harus sebelum atau sama dengan "to".', '"from" must not be after "to".');
  const days = DateTime.fromISO(dates.to).diff(DateTime.fromISO(dates.from), 'days').days + 1;
  if (days > MAX_PERIOD_DAYS) throw bad(locale, `Periode paling panjang ${MAX_PERIOD_DAYS} hari.`, `The period is at most ${MAX_PERIOD_DAYS} days long.`);
  const bucketRaw = one('bucket');
  if (bucketRaw !== undefined && bucketRaw !== 'day' && bucketRaw !== 'week')
    throw bad(locale, '"bucket" harus "day" atau "week".', '"bucket" must be "day" or "week".');
  if (bucketRaw === 'day' && days > MAX_DAYS)
    throw bad(locale, `Per hari paling banyak ${MAX_DAYS} hari; pilih "week".`, `Per day covers at most ${MAX_DAYS} days; use "week".`);
  const bucket: Bucket = bucketRaw ?? (days > MAX_DAYS ? 'week' : 'day');
  return { ...(variant !== undefined ? { variant } : {}), from: dates.from, to: dates.to, bucket, zone, today: today.toISODate()! };
}

/** The days or weeks (Monday first, cut to the period) of the period, as instants in its zone. */
export function bucketsOf(query: Pick<FlowQuery, 'from' | 'to' | 'bucket' | 'zone'>): { start: string; end: string; from: DateTime; to: DateTime }[] {
  const out = [];
  const last = DateTime.fromISO(query.to, { zone: query.zone });
  let start = DateTime.fromISO(query.from, { zone: query.zone });
  while (start <= last) {
    const endDay = query.bucket === 'day' ? start : DateTime.min(start.plus({ days: 7 - start.weekday }), last);
    out.push({ start: start.toISODate()!, end: endDay.toISODate()!, from: start, to: endDay.plus({ days: 1 }).startOf('day') });
    start = endDay.plus({ days: 1 }).startOf('day');
  }
  return out;
}

/**
 * The flow figures of `query` over the requests the caller may see: per bucket the requests
 * filed (created) and finished (their last step completed) in it, and the backlog now, per step
 * of each variant, ordered by variant and the step's place in its SOP.
 */
export async function flowReport(db: Db, caller: Caller, definitions: DefinitionStore, query: FlowQuery) {
  const buckets = bucketsOf(query);
  const periodFrom = buckets[0]!.from.toJSDate();
  const periodTo = buckets[buckets.length - 1]!.to.toJSDate();
  const scoped = () => {
    const q = visibleRequests(db, caller).clearSelect();
    return query.variant ? q.where('variant', query.variant) : q;
  };
  const finishedAt = db('alur_step_visits').select('request').max({ at: 'completed_at' }).groupBy('request').as('f');
  const [filedRows, finishedRows, openRows] = await Promise.all([
    scoped().where('date_created', '>=', periodFrom).where('date_created', '<', periodTo).select('date_created as at'),
    scoped()
      .where('phase', 'done')
      .join(finishedAt, 'f.request', 'alur_requests.id')
      .where('f.at', '>=', periodFrom)
      .where('f.at', '<', periodTo)
      .select('f.at as at'),
    scoped()
      .whereIn('phase', ['active', 'waiting'])
      .groupBy('variant', 'step', 'phase', 'sla_status')
      .select('variant', 'step', 'phase', 'sla_status', db.raw('min(definition) as definition'))
      .count({ n: '*' }),
  ]);
  const counts = (rows: { at: unknown }[]) => {
    const tally = new Array<number>(buckets.length).fill(0);
    for (const row of rows) {
      const ms = instant(row.at)?.getTime();
      if (ms === undefined) continue;
      const i = buckets.findIndex((b) => ms >= b.from.toMillis() && ms < b.to.toMillis());
      if (i >= 0) tally[i]! += 1;
    }
    return tally;
  };
  const filed = counts(filedRows as { at: unknown }[]);
  const finished = counts(finishedRows as { at: unknown }[]);

  const loaded = await definitions.load(db);
  const lines = new Map<string, BacklogLine & { order: number; definition: string }>();
  for (const row of openRows as Record<string, unknown>[]) {
    const variant = String(row['variant']);
    const step = String(row['step'] ?? '');
    const key = `${variant}\n${step}`;
    let line = lines.get(key);
    if (!line) {
      let no = '';
      let description = '';
      let order = Number.MAX_SAFE_INTEGER;
      try {
        const sop = await definitions.frozen(db, String(row['definition']), loaded);
        const s = sop.steps.get(step);
        no = s ? String(s.no) : '';
        description = s?.description ?? '';
        order = [...sop.steps.keys()].indexOf(step);
      } catch {
        // A frozen definition gone missing: the line stays, without its number and description.
      }
      line = { variant, step, no, description, active: 0, waiting: 0, warning: 0, breached: 0, order, definition: String(row['definition']) };
      lines.set(key, line);
    }
    const n = Number(row['n'] ?? 0);
    const mutable = line as { -readonly [K in keyof BacklogLine]: BacklogLine[K] };
    if (row['phase'] === 'waiting') mutable.waiting += n;
    else mutable.active += n;
    if (row['sla_status'] === 'warning') mutable.warning += n;
    if (row['sla_status'] === 'breached') mutable.breached += n;
  }
  const byStep = [...lines.values()]
    .sort((a, b) => a.variant.localeCompare(b.variant) || a.order - b.order || a.step.localeCompare(b.step))
    .map(({ order: _order, definition: _definition, ...line }): BacklogLine => line);
  const sum = (key: 'active' | 'waiting' | 'warning' | 'breached') => byStep.reduce((total, line) => total + line[key], 0);
  return {
    zone: query.zone,
    today: query.today,
    bucket: query.bucket,
    period: { from: query.from, to: query.to },
    ...(query.variant ? { variant: query.variant } : {}),
    throughput: buckets.map(
      (b, i): FlowBucket => ({
        start: b.start,
        end: b.end,
        from: b.from.toISO({ suppressMilliseconds: true })!,
        to: b.to.toISO({ suppressMilliseconds: true })!,
        filed: filed[i]!,
        finished: finished[i]!,
      }),
    ),
    backlog: { active: sum('active'), waiting: sum('waiting'), warning: sum('warning'), breached: sum('breached'), byStep },
  };
}
