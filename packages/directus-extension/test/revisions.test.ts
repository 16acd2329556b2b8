import knex, { type Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bumpRevision, readRevision, RevisionCache, Revisions } from '../src/service/revisions.js';

let db: Knex;
let reads = 0;
let clock = 0;

beforeEach(async () => {
  db = knex({ client: 'sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
  await db.schema.createTable('alur_meta', (t) => {
    t.string('key').primary();
    t.text('value');
  });
  reads = 0;
  db.on('query', (q: { sql: string }) => {
    if (/select .* from `alur_meta`/.test(q.sql)) reads += 1;
  });
  clock = 0;
});
afterEach(() => db.destroy());

describe('Revisions: the cache markers of alur_meta', () => {
  it('reads both markers in one query and trusts them for maxAgeMs', async () => {
    const revisions = new Revisions(1000, () => clock);
    expect(await revisions.get(db, 'definitions_rev')).toBe('initial');
    expect(await revisions.get(db, 'memberships_rev')).toBe('initial');
    expect(reads).toBe(1);
    // Another instance changes the definitions: seen once the last read is older than maxAgeMs.
    await bumpRevision(db, 'definitions_rev');
    clock = 999;
    expect(await revisions.get(db, 'definitions_rev')).toBe('initial');
    clock = 1000;
    const changed = await revisions.get(db, 'definitions_rev');
    expect(changed).not.toBe('initial');
    expect(reads).toBe(2);
  });

  it('sees a change made here at once after changed(), even within maxAgeMs', async () => {
    const revisions = new Revisions(60_000, () => clock);
    const first = await revisions.get(db, 'memberships_rev');
    await bumpRevision(db, 'memberships_rev');
    expect(await revisions.get(db, 'memberships_rev')).toBe(first);
    revisions.changed();
    const second = await revisions.get(db, 'memberships_rev');
    expect(second).not.toBe(first);
    await bumpRevision(db, 'memberships_rev');
    revisions.changed();
    expect(await revisions.get(db, 'memberships_rev')).not.toBe(second);
  });

  it('does not keep a read that began before a local change', async () => {
    const revisions = new Revisions(60_000, () => clock);
    const stale = revisions.get(db, 'definitions_rev'); // in flight
    revisions.changed();
    await bumpRevision(db, 'definitions_rev');
    await stale;
    const before = reads;
    await revisions.get(db, 'definitions_rev');
    expect(reads).toBe(before + 1);
  });
});

describe('RevisionCache: a value rebuilt when its marker changes', () => {
  it('builds once for the calls that arrive while a build is under way, and again after a change', async () => {
    let builds = 0;
    const cache = new RevisionCache(new Revisions(60_000, () => clock), 'definitions_rev', async () => {
      builds += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { build: builds };
    });
    expect(await Promise.all(Array.from({ length: 20 }, () => cache.get(db)))).toEqual(Array(20).fill({ build: 1 }));
    expect(builds).toBe(1);
    const first = await cache.get(db);
    expect(cache.revisionOf(first)).toBe('initial');
    cache.changed();
    expect(await Promise.all([cache.get(db), cache.get(db)])).toEqual([{ build: 2 }, { build: 2 }]);
    expect(builds).toBe(2);
  });

  it('knows the marker each value was built at, and after recheck() rebuilds only if the marker moved', async () => {
    let builds = 0;
    const cache = new RevisionCache(new Revisions(60_000, () => clock), 'definitions_rev', async () => ({ build: (builds += 1) }));
    const first = await cache.get(db);
    await bumpRevision(db, 'definitions_rev');
    // Trusted for a minute: still the first build, whose marker is no longer the stored one.
    expect(await cache.get(db)).toBe(first);
    const stored = await readRevision(db, 'definitions_rev');
    expect(cache.revisionOf(first)).not.toBe(stored);
    cache.recheck();
    const second = await cache.get(db);
    expect([second.build, cache.revisionOf(second)]).toEqual([2, stored]);
    cache.recheck();
    expect(await cache.get(db)).toBe(second);
  });
});
