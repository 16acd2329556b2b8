import { builtinCalendarDefinitions, getSop, simulateRequest } from '@alur/core';
import knex, { type Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarToRows } from '../src/definition-rows.js';
import { collections } from '../src/provision/schema.js';
import { makeCaller, type MembershipDirectory } from '../src/service/caller.js';
import { instant } from '../src/service/db.js';
import { bumpDefinitions, DefinitionStore } from '../src/service/definitions.js';
import { derivedColumns, RequestService } from '../src/service/requests.js';
import { Revisions } from '../src/service/revisions.js';
import { sweepDue } from '../src/service/sweep.js';
import { listingColumns } from '../src/service/visits.js';

/**
 * A calendar saved through another instance while this one still trusts its cached definitions
 * (`Revisions` reads the markers at most once a second): every write must end up judged on the
 * calendar as stored, never on the one cached before the save.
 */
const sumbawa = getSop('sumbawa');
/** Monday 6 April 2026, 09:00 WITA; the holiday saved is Tuesday the 7th. */
const now = new Date('2026-04-06T09:00:00+08:00');
const HOLIDAY = { calendar: 'sumbawa', date: '2026-04-07', name: 'Hari libur daerah (uji)', kind: 'regional', source: 'uji' };
/** "1 Hari Kerja" from Monday 09:00: Tuesday 16:00 WITA, Wednesday 16:00 once Tuesday is a holiday. */
const OLD_DEADLINE = '2026-04-07T08:00:00.000Z';
const NEW_DEADLINE = '2026-04-08T08:00:00.000Z';

let db: Knex;
let store: DefinitionStore;

/** The tables as provisioning makes them (SQLite types), from the schema spec itself. */
async function createTables(names: readonly string[]) {
  for (const name of names) {
    const spec = collections.find((c) => c.collection === name)!;
    await db.schema.createTable(name, (t) => {
      for (const f of spec.fields) {
        if (f.type === 'alias') continue;
        if (f.field === 'id' && f.type === 'integer') t.increments('id');
        else if (f.type === 'integer') t.integer(f.field);
        else if (f.type === 'boolean') t.boolean(f.field);
        else if (f.type === 'timestamp') t.bigInteger(f.field);
        else if (f.field === 'id') t.text('id').primary();
        else t.text(f.field);
      }
    });
  }
}

beforeEach(async () => {
  db = knex({ client: 'sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
  await createTables([
    'alur_requests',
    'alur_request_events',
    'alur_sop_variants',
    'alur_sop_steps',
    'alur_calendars',
    'alur_holidays',
    'alur_forms',
    'alur_sla_alerts',
    'alur_step_visits',
    'alur_sla_tallies',
  ]);
  await db.schema.createTable('alur_meta', (t) => {
    t.string('key').primary();
    t.text('value');
  });
  await db.schema.createTable('directus_notifications', (t) => {
    t.increments('id');
    for (const c of ['recipient', 'subject', 'message', 'status', 'sender', 'collection', 'item']) t.text(c);
    t.bigInteger('timestamp');
  });
  const { calendar, holidays } = calendarToRows(builtinCalendarDefinitions.find((c) => c.id === 'sumbawa')!);
  await db('alur_calendars').insert(calendar);
  for (let i = 0; i < holidays.length; i += 50) await db('alur_holidays').insert(holidays.slice(i, i + 50));
  // Another instance's view: the markers read once, then trusted (a clock that stands still).
  store = new DefinitionStore(new Revisions(1000, () => 0));
});
afterEach(() => db.destroy());

/** The save as another instance commits it: the holiday, the marker, and every open request due. */
async function saveHoliday() {
  await db('alur_holidays').insert(HOLIDAY);
  await bumpDefinitions(db);
  await db('alur_requests').whereNot('phase', 'done').update({ sla_next_check: now.getTime() });
}

/** The service, with `meanwhile` run once between its read of the request and its write. */
function service(meanwhile?: () => Promise<void>) {
  let pending = meanwhile;
  const members = {
    async load() {
      const run = pending;
      pending = undefined;
      await run?.();
      return { all: [] };
    },
  } as unknown as MembershipDirectory;
  const secrets = { seal: () => 'sealed', open: () => null, source: 'SECRET' as const };
  return new RequestService({ db, definitions: store, members, now: () => now, secrets });
}

const opd = makeCaller('00000000-0000-4000-8000-00000000000a', false, [{ office: 'dinkes', kind: 'opd', roles: ['opd'] }], 'id');
const kasi = makeCaller('00000000-0000-4000-8000-00000000000b', false, [{ office: 'diskominfo', kind: 'diskominfo', roles: ['kasi'] }], 'id');

/** A request at Sumbawa's step 4 (Kasi forms the team), stored as the service stores it. */
async function requestAtTeamStep(): Promise<string> {
  const { snapshot } = simulateRequest(sumbawa, { start: new Date('2026-04-01T08:00:00+08:00'), opd: 'dinkes', steps: 3 });
  const definition = await store.freeze(db, sumbawa);
  const id = '00000000-0000-4000-8000-000000000001';
  const columns = { ...derivedColumns(sumbawa, snapshot, now), ...listingColumns(sumbawa, snapshot, now) };
  const stored = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, v instanceof Date ? v.getTime() : v]));
  await db('alur_requests').insert({
    id,
    title: 'Uji',
    variant: 'sumbawa',
    definition,
    office: 'dinkes',
    ...stored,
    version: 1,
    created_by: opd.user,
    snapshot: JSON.stringify(snapshot),
  });
  return id;
}

const completeTeam = { type: 'COMPLETE', documents: [{ key: 'tim-pengembangan-aplikasi', name: 'sk-tim.pdf' }] };
const stored = async (id: string) => {
  const row = await db('alur_requests').where({ id }).first('step', 'deadline', 'sla_next_check', 'version');
  return { step: row.step, deadline: instant(row.deadline)?.toISOString(), next: row.sla_next_check as number | null, version: row.version };
};

describe('a calendar saved while a write is under way', () => {
  it('files a new request on the saved calendar when the save lands between its read and its write', async () => {
    const { row } = await service(saveHoliday).create(opd, {
      variant: 'sumbawa',
      title: 'Aplikasi uji',
      documents: [{ key: 'surat-permohonan', name: 'surat.pdf' }],
    });
    expect(row.step).toBe('disposisi-kadis');
    // Computed first on the cached calendar, refused in its transaction, computed again on the saved one.
    expect((await stored(row.id)).deadline).toBe(NEW_DEADLINE);
    expect(instant(row.deadline)?.toISOString()).toBe(NEW_DEADLINE);
  });

  it('applies an event on the saved calendar when the instance still trusts its cache from before the save', async () => {
    const id = await requestAtTeamStep();
    await store.load(db);
    await saveHoliday();
    await service().send(kasi, id, completeTeam);
    expect(await stored(id)).toMatchObject({ step: 'analisis-kasi', deadline: NEW_DEADLINE, version: 2 });
  });

  it('applies an event on the saved calendar when the save lands between its read and its write', async () => {
    const id = await requestAtTeamStep();
    await service(saveHoliday).send(kasi, id, completeTeam);
    const after = await stored(id);
    expect(after).toMatchObject({ step: 'analisis-kasi', deadline: NEW_DEADLINE, version: 2 });
    // Its next check is the new calendar's 75% mark, not "due now" left over nor the old calendar's.
    expect(after.next).toBeGreaterThan(now.getTime());
  });

  it('sweeps a request due after the save on the saved calendar, not on the cached one', async () => {
    const id = await requestAtTeamStep();
    await service().send(kasi, id, completeTeam);
    expect((await stored(id)).deadline).toBe(OLD_DEADLINE);
    await saveHoliday();
    const deps = {
      db,
      definitions: store,
      members: { load: async () => ({ all: [] }) } as unknown as MembershipDirectory,
      now: () => now,
      logger: { warn() {} },
    };
    await sweepDue(deps);
    expect(await stored(id)).toMatchObject({ deadline: NEW_DEADLINE });
    expect(await db('alur_requests').where({ id }).first('sla_claim_until')).toEqual({ sla_claim_until: null });
  });
});
