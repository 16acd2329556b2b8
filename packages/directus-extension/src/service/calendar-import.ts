import {
  addCalendarYear,
  AlurError,
  compileSop,
  createCalendarRegistry,
  parseHolidayYear,
  slaCheck,
  workingMinutesBetween,
  type CalendarDefinition,
  type CompiledSop,
} from '@alur/core';
import { calendarsFromRows, type CalendarRow, type HolidayRow } from '../definition-rows.js';
import { dateValue, fromDb, toJson, type Db } from './db.js';
import { bumpDefinitions, type DefinitionStore } from './definitions.js';
import { httpError, issuesOut, text, type Locale } from './errors.js';
import { formatInstant } from './format.js';
import { isObject, type RequestRow } from './requests.js';

/** A running request whose current deadline the import moves, or whose estimate it confirms. */
export interface MovedDeadline {
  readonly request: string;
  readonly title: string;
  readonly office: string;
  readonly step: string | null;
  readonly before: { readonly deadline: string; readonly provisional: boolean; readonly text: string };
  readonly after: { readonly deadline: string; readonly provisional: boolean; readonly text: string };
  /** Working minutes the deadline moves (later is positive), on the calendar with the year entered. */
  readonly workingMinutes: number;
}

/** What importing a year's decree does (or did, with `applied`). */
export interface YearImport {
  readonly calendar: string;
  readonly year: number;
  readonly source: string;
  readonly holidays: number;
  readonly byKind: Readonly<Record<string, number>>;
  readonly moved: readonly MovedDeadline[];
  readonly applied: boolean;
}

/**
 * Reads a year's holiday decree (CSV or JSON text, checked by core's `parseHolidayYear`) for a
 * calendar, works out which running requests' current deadlines move and by how much, and with
 * `apply` writes the year and its holidays in one transaction (definitions reloaded everywhere;
 * every open request re-checked at the next sweep, so estimates become official there).
 */
export async function importYear(
  deps: { db: Db; definitions: DefinitionStore; now: () => Date },
  calendarId: string,
  yearParam: string,
  body: unknown,
  locale: Locale,
): Promise<YearImport> {
  const { db, definitions } = deps;
  const year = Number(yearParam);
  const { content, format, source, apply } = isObject(body) ? body : {};
  if (
    !Number.isInteger(year) ||
    year < 2000 ||
    year > 2100 ||
    typeof content !== 'string' ||
    (format !== undefined && format !== 'csv' && format !== 'json') ||
    (source !== undefined && typeof source !== 'string') ||
    (apply !== undefined && typeof apply !== 'boolean')
  ) {
    throw httpError(
      400,
      text(
        'Kirim {"content": isi berkas CSV atau JSON, "format": "csv" | "json", "source"?: dasar hukum, "apply"?: true untuk menyimpan}; tahun 2000–2100 di alamat.',
        'Send {"content": the CSV or JSON file, "format": "csv" | "json", "source"?: the decree, "apply"?: true to save}; a year 2000–2100 in the path.',
      ),
      {},
      locale,
    );
  }
  const [calendarRows, holidayRows] = await Promise.all([db('alur_calendars').select(), db('alur_holidays').select()]);
  const stored = calendarsFromRows(
    calendarRows.map((r) => fromDb<CalendarRow>('alur_calendars', r)),
    holidayRows.map((r) => fromDb<HolidayRow>('alur_holidays', r)),
  );
  const current = stored.find((c) => c.id === calendarId);
  if (!current) throw httpError(404, text(`Kalender "${calendarId}" tidak ada.`, `Calendar "${calendarId}" does not exist.`), {}, locale);
  if ((current.years ?? []).some((y) => y.year === year)) {
    throw httpError(
      409,
      text(
        `Kalender "${calendarId}" sudah berdata resmi tahun ${year}; ubah hari liburnya di Studio.`,
        `Calendar "${calendarId}" already has official data for ${year}; edit its holidays in the Studio.`,
      ),
      {},
      locale,
    );
  }
  let updated: CalendarDefinition;
  let data: ReturnType<typeof parseHolidayYear>;
  try {
    data = parseHolidayYear(content, {
      year,
      format: format ?? (content.trimStart().startsWith('{') || content.trimStart().startsWith('[') ? 'json' : 'csv'),
      ...(source ? { source } : {}),
    });
    updated = addCalendarYear(current, data);
    createCalendarRegistry(stored.map((c) => (c.id === calendarId ? updated : c))).get(calendarId);
  } catch (error) {
    if (error instanceof AlurError) throw httpError(400, error.text, { reason: error.code, issues: issuesOut(error.issues) }, locale);
    throw error;
  }
  const after = createCalendarRegistry(stored.map((c) => (c.id === calendarId ? updated : c)));
  const defs = await definitions.load(db);
  const now = deps.now();
  const moved: MovedDeadline[] = [];
  const open = (await db('alur_requests').whereNot('phase', 'done').select('id', 'title', 'office', 'step', 'definition', 'snapshot')).map((r) =>
    fromDb<RequestRow>('alur_requests', r),
  );
  const recompiled = new Map<string, CompiledSop>();
  for (const row of open) {
    const sop = await definitions.frozen(db, row.definition, defs);
    if (!sop.calendar.chain.includes(calendarId)) continue;
    let next = recompiled.get(row.definition);
    if (!next) recompiled.set(row.definition, (next = compileSop(await definitions.frozenDefinition(db, row.definition), { calendars: after })));
    const a = safeCurrent(sop, row, now);
    const b = safeCurrent(next, row, now);
    if (!a?.deadline || !b?.deadline || (a.deadline === b.deadline && a.provisional === b.provisional)) continue;
    const [from, to] = [new Date(a.deadline), new Date(b.deadline)];
    const minutes = from <= to ? workingMinutesBetween(next.calendar, from, to) : -workingMinutesBetween(next.calendar, to, from);
    const zone = sop.calendar.zone;
    moved.push({
      request: row.id,
      title: row.title,
      office: row.office,
      step: row.step,
      before: { deadline: a.deadline, provisional: a.provisional === true, text: formatInstant(a.deadline, zone, locale) },
      after: { deadline: b.deadline, provisional: b.provisional === true, text: formatInstant(b.deadline, zone, locale) },
      workingMinutes: minutes,
    });
  }
  const byKind: Record<string, number> = {};
  for (const h of data.holidays) byKind[h.kind] = (byKind[h.kind] ?? 0) + 1;
  if (apply === true) {
    await db.transaction(async (trx) => {
      await trx('alur_calendars')
        .where({ id: calendarId })
        .update({ years: toJson(updated.years ?? []) });
      if (data.holidays.length)
        await trx('alur_holidays').insert(
          data.holidays.map((h) => ({ calendar: calendarId, date: dateValue(trx, h.date), name: h.name, kind: h.kind, source: h.source })),
        );
      // Every open request is judged again at the next sweep, on the official year.
      await trx('alur_requests').whereNot('phase', 'done').update({ sla_next_check: now });
      await bumpDefinitions(trx);
    });
    definitions.changed();
  }
  return { calendar: calendarId, year, source: data.source, holidays: data.holidays.length, byKind, moved, applied: apply === true };
}

function safeCurrent(sop: CompiledSop, row: RequestRow, at: Date) {
  try {
    return slaCheck(sop, row.snapshot, at).current;
  } catch {
    return undefined;
  }
}
