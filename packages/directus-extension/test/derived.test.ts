import { getSop, simulateRequest, type CompiledSop } from '@alur/core';
import knex, { type Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushDerived } from '../src/service/derived.js';
import { sweepDue, type SweepDeps } from '../src/service/sweep.js';
import type { DefinitionStore } from '../src/service/definitions.js';
import { listingColumns } from '../src/service/visits.js';

const sumbawa = getSop('sumbawa');
const at = new Date('2026-04-06T09:00:00+08:00');
let db: Knex;

beforeEach(async () => {
  db = knex({ client: 'sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
  await db.schema.createTable('alur_requests', (t) => {
    t.string('id').primary();
    t.integer('version');
    t.bigInteger('derived_at').nullable();
    for (const c of ['definition', 'variant', 'office', 'phase', 'zone']) t.string(c);
    t.text('snapshot');
    t.bigInteger('started_at');
    t.boolean('sla_judged');
    t.text('sla_tally');
    // What the SLA sweep reads and writes besides.
    for (const c of ['title', 'step', 'actor', 'actor_kind', 'sla_status', 'letter_number']) t.string(c);
    for (const c of ['deadline', 'sla_next_check', 'sla_claim_until']) t.bigInteger(c).nullable();
    t.boolean('sla_provisional');
  });
  await db.schema.createTable('alur_sla_alerts', (t) => {
    for (const c of ['id', 'request', 'step', 'kind']) t.string(c);
    for (const c of ['deadline', 'date_created']) t.bigInteger(c);
  });
  await db.schema.createTable('alur_step_visits', (t) => {
    t.string('id').primary();
    for (const c of ['request', 'variant', 'office', 'step', 'no', 'actor', 'status']) t.string(c);
    for (const c of ['visit', 'limit_minutes', 'used_minutes']) t.integer(c);
    for (const c of ['started_at', 'completed_at', 'deadline']) t.bigInteger(c);
    t.boolean('running');
    t.boolean('requester_time');
  });
  await db.schema.createTable('alur_sla_tallies', (t) => {
    t.string('id').primary();
    for (const c of ['variant', 'definition', 'office', 'day', 'step', 'no', 'actor']) t.string(c);
    for (const c of ['requests', 'judged', 'done', 'unjudged', 'visits', 'completed', 'breached', 'warned', 'minutes']) t.integer(c).defaultTo(0);
  });
});
afterEach(() => db.destroy());

/** A definition store holding the one frozen SOP; `meanwhile` runs once, between the flush's read and its claim. */
function store(meanwhile?: () => Promise<void>): DefinitionStore {
  let pending = meanwhile;
  return {
    // One set of definitions that never changes (see stale-definitions.test.ts for a calendar saved meanwhile).
    load: async () => ({}),
    checkCurrent: async () => undefined,
    recheck: () => undefined,
    async frozen(): Promise<CompiledSop> {
      const run = pending;
      pending = undefined;
      await run?.();
      return sumbawa;
    },
  } as unknown as DefinitionStore;
}

/** Stores a request as the service writes it: its derived columns, `derived_at` set, nothing counted yet. */
async function write(id: string, office: string, steps: number, version = 1) {
  const { snapshot } = simulateRequest(sumbawa, { start: new Date('2026-03-02T08:00:00+08:00'), opd: office, steps });
  const columns = listingColumns(sumbawa, snapshot, at);
  const row = {
    version,
    derived_at: at.getTime(),
    definition: 'sop:test',
    variant: 'sumbawa',
    office,
    phase: snapshot.context.phase,
    zone: columns['zone'],
    started_at: (columns['started_at'] as Date).getTime(),
    sla_judged: columns['sla_judged'],
    snapshot: JSON.stringify(snapshot),
  };
  await db('alur_requests')
    .insert({ id, ...row })
    .onConflict('id')
    .merge();
}

const sum = async (column: string, where: Record<string, unknown> = {}) =>
  Number((await db('alur_sla_tallies').where(where).sum({ n: column }).first())?.n ?? 0);

describe('flushDerived: visit rows and tallies written behind the writes', () => {
  it('writes the pending requests once, clears their mark, and counts a later write as its difference only', async () => {
    await write('a', 'dinkes', 1);
    await write('b', 'disdik', 8);
    expect(await flushDerived(db, store())).toBe(2);
    expect(await db('alur_requests').whereNotNull('derived_at').count({ n: '*' }).first()).toEqual({ n: 0 });
    const visits = await db('alur_step_visits').count({ n: '*' }).first();
    expect(Number(visits?.n)).toBeGreaterThan(2);
    expect(await sum('requests')).toBe(2);
    // Nothing pending: nothing written again.
    expect(await flushDerived(db, store())).toBe(0);
    expect(await sum('requests')).toBe(2);
    // Request a moves on: its part is replaced, not added.
    const before = await sum('visits', { office: 'dinkes' });
    await write('a', 'dinkes', 8, 2);
    expect(await flushDerived(db, store())).toBe(1);
    expect(await sum('requests')).toBe(2);
    expect(await sum('visits', { office: 'dinkes' })).toBeGreaterThan(before);
    expect(await sum('visits', { office: 'dinkes' })).toBe(await sum('visits', { office: 'disdik' }));
  });

  it('leaves a request written between its read and its claim for the next flush, and never counts it twice', async () => {
    await write('a', 'dinkes', 1);
    await write('b', 'disdik', 2);
    // A person's write lands on a after the flush read it: a new version and a new mark.
    expect(
      await flushDerived(
        db,
        store(() => write('a', 'dinkes', 2, 2)),
      ),
    ).toBe(1);
    expect([await sum('requests', { office: 'dinkes' }), await sum('requests', { office: 'disdik' })]).toEqual([0, 1]);
    expect(await db('alur_requests').where({ id: 'a' }).first('version', 'derived_at')).toEqual({ version: 2, derived_at: at.getTime() });
    expect(await flushDerived(db, store())).toBe(1);
    // a now counts once, as its second write left it: the same as b, which took the same steps.
    expect([await sum('requests', { office: 'dinkes' }), await sum('requests', { office: 'disdik' })]).toEqual([1, 1]);
    expect(await sum('visits', { office: 'dinkes' })).toBe(await sum('visits', { office: 'disdik' }));
    expect(await sum('visits', { office: 'dinkes' })).toBeGreaterThan(0);
  });
});

describe('the SLA sweep writes what it judged, and only over what it read', () => {
  const deps = (definitions: DefinitionStore): SweepDeps => ({
    db: db as never,
    definitions,
    members: { load: async () => ({ all: [], mailed: new Set<string>() }) } as never,
    now: () => at,
    logger: { warn: () => undefined },
  });

  it('writes the visit rows and tallies of its batch itself, once, and clears the mark', async () => {
    await write('a', 'dinkes', 1);
    await write('b', 'disdik', 8);
    await db('alur_requests').update({ sla_next_check: at.getTime() - 60_000 });
    const result = await sweepDue(deps(store()));
    expect([result.checked, result.more]).toEqual([2, false]);
    expect(await sum('requests')).toBe(2);
    expect(await db('alur_requests').whereNotNull('derived_at').orWhereNotNull('sla_claim_until').count({ n: '*' }).first()).toEqual({ n: 0 });
    expect(Number((await db('alur_step_visits').where({ request: 'b' }).count({ n: '*' }).first())?.n)).toBeGreaterThan(2);
    // The breach was due: recorded once, and the next check moved on (none after a breach).
    expect(Number((await db('alur_sla_alerts').count({ n: '*' }).first())?.n)).toBeGreaterThan(0);
    expect(await sweepDue(deps(store()))).toMatchObject({ checked: 0, more: false });
    expect(await sum('requests')).toBe(2);
  });

  it('leaves a request whose tallies were flushed after its claim to the next batch, and counts it once', async () => {
    await write('a', 'dinkes', 1);
    await db('alur_requests').update({ sla_next_check: at.getTime() - 60_000 });
    // The flush writes a's part while the sweep judges it: the sweep's "before" is stale now.
    const result = await sweepDue(deps(store(async () => void (await flushDerived(db, store())))));
    // Its first write was refused (the mark changed); the run took a again and wrote it then.
    expect(result.batches).toBeGreaterThanOrEqual(2);
    expect(await sum('requests')).toBe(1);
    expect(await db('alur_requests').where({ id: 'a' }).first('derived_at', 'sla_claim_until')).toEqual({ derived_at: null, sla_claim_until: null });
  });

  it('judges a request again when a calendar save marks it due between the claim and the write', async () => {
    await write('a', 'dinkes', 1);
    // Nothing pending for the flush, which would judge it too.
    await db('alur_requests').update({ sla_next_check: at.getTime() - 60_000, derived_at: null });
    let judged = 0;
    const saved = store(async () => {
      // The save's action: every open request due now.
      await db('alur_requests').whereNot('phase', 'done').update({ sla_next_check: at.getTime() });
    });
    const counting = {
      ...saved,
      frozen: async () => {
        judged += 1;
        return saved.frozen(db as never, 'sop:test');
      },
    } as unknown as DefinitionStore;
    await sweepDue(deps(counting));
    // The first judgement predates the save: refused, and a judged again after it.
    expect(judged).toBe(2);
    const row = await db('alur_requests').where({ id: 'a' }).first('sla_next_check', 'sla_claim_until', 'derived_at');
    expect([row.sla_claim_until, row.derived_at]).toEqual([null, null]);
    expect(row.sla_next_check === null || row.sla_next_check > at.getTime()).toBe(true);
    expect(await sum('requests')).toBe(1);
  });
});
