import { randomUUID } from 'node:crypto';
import { toJson, type Db } from './db.js';

/** The revision markers in `alur_meta`: one per cache that every instance keeps. */
export const REVISION_KEYS = ['definitions_rev', 'memberships_rev'] as const;
export type RevisionKey = (typeof REVISION_KEYS)[number];

/** How long a read of the markers stays trusted; a change made through another instance shows within it. */
export const REVISION_MAX_AGE_MS = 1000;

/** Marks what `key` caches as changed, so every instance reloads it; call `Revisions.changed()` after the commit. */
export async function bumpRevision(db: Db, key: RevisionKey): Promise<void> {
  const value = toJson(randomUUID());
  const updated = await db('alur_meta').where({ key }).update({ value });
  if (updated === 0)
    await db('alur_meta')
      .insert({ key, value })
      .catch(() => db('alur_meta').where({ key }).update({ value }));
}

/** The marker of `key` as stored now (`'initial'` before the first change), read past every cache: a write checks it in its transaction. */
export async function readRevision(db: Db, key: RevisionKey): Promise<string> {
  const row = await db('alur_meta').where({ key }).first('value');
  return row ? String(row.value) : 'initial';
}

/**
 * The current revision markers, read in one query and then trusted for `maxAgeMs`, so a busy
 * service does not ask the database on every call whether its caches are stale. A change made
 * through this instance is seen by the next call (`changed()` after its commit); one made
 * through another instance of the same database within `maxAgeMs`.
 */
export class Revisions {
  #values: ReadonlyMap<string, string> | undefined;
  #readAt = Number.NEGATIVE_INFINITY;
  #reading: Promise<ReadonlyMap<string, string>> | undefined;
  #generation = 0;

  /** @param monotonic - milliseconds from a monotonic clock (never the test clock, which may stand still). */
  constructor(
    private readonly maxAgeMs = REVISION_MAX_AGE_MS,
    private readonly monotonic: () => number = () => performance.now(),
  ) {}

  /** The marker of `key` as stored (`'initial'` before the first change). */
  async get(db: Db, key: RevisionKey): Promise<string> {
    const fresh = this.#values !== undefined && this.monotonic() - this.#readAt < this.maxAgeMs;
    const values = fresh ? this.#values! : await (this.#reading ??= this.#read(db));
    return values.get(key) ?? 'initial';
  }

  /** Forgets the last read: the next `get` asks the database (after a change made here). */
  changed(): void {
    this.#generation += 1;
    this.#readAt = Number.NEGATIVE_INFINITY;
    this.#reading = undefined;
  }

  async #read(db: Db): Promise<ReadonlyMap<string, string>> {
    const generation = this.#generation;
    const startedAt = this.monotonic();
    try {
      const rows = await db('alur_meta')
        .whereIn('key', [...REVISION_KEYS])
        .select('key', 'value');
      const values = new Map(rows.map((row: { key: string; value: unknown }) => [row.key, String(row.value)]));
      // A read that began before a local change may predate it: use it for this call, never cache it.
      if (generation === this.#generation) {
        this.#values = values;
        this.#readAt = startedAt;
      }
      return values;
    } finally {
      if (generation === this.#generation) this.#reading = undefined;
    }
  }
}

/**
 * A value built from the database and kept while the revision marker `key` stays the same:
 * rebuilt when another instance bumped it, or at once after `changed()` here.
 */
export class RevisionCache<T extends object> {
  #current: { rev: string; value: T } | undefined;
  /** The marker each value was built at (see {@link RevisionCache.revisionOf}). */
  readonly #built = new WeakMap<T, string>();
  /** The build under way, shared by the calls that arrive meanwhile (one build, not one per call). */
  #building: { rev: string; value: Promise<T> } | undefined;

  constructor(
    private readonly revisions: Revisions,
    private readonly key: RevisionKey,
    private readonly build: (db: Db) => Promise<T>,
  ) {}

  async get(db: Db): Promise<T> {
    const rev = await this.revisions.get(db, this.key);
    if (this.#current?.rev === rev) return this.#current.value;
    if (this.#building?.rev === rev) return this.#building.value;
    const building = { rev, value: this.build(db) };
    this.#building = building;
    try {
      const value = await building.value;
      this.#built.set(value, rev);
      // Only the latest build is kept: a `changed()` meanwhile dropped this one.
      if (this.#building === building) this.#current = { rev, value };
      return value;
    } finally {
      if (this.#building === building) this.#building = undefined;
    }
  }

  /** The marker `value` was built at, so that a write can check in its transaction that it is still the stored one. */
  revisionOf(value: T): string | undefined {
    return this.#built.get(value);
  }

  /** Asks the database for the markers at the next `get` (a write found them changed), rebuilding only if they did. */
  recheck(): void {
    this.revisions.changed();
  }

  /** Call once a change made here is committed (and `bumpRevision` for the other instances): the next `get` rebuilds. */
  changed(): void {
    this.#current = undefined;
    this.#building = undefined;
    this.revisions.changed();
  }
}
