import type { CompiledSop, RequestSnapshot } from '@alur/core';
import { fromDb, instant, isPostgres, toJson, type Db } from './db.js';
import type { DefinitionStore } from './definitions.js';
import { addTallyDifferences, requestTally, storedTally, type TallyLine, type TallyOwner, type TallyRequest } from './tallies.js';
import { visitRows, writeVisits } from './visits.js';

/**
 * The column that marks a request whose derived rows are not written yet: the instant they
 * are to be judged at (the write's), or `null` once written.
 *
 * A request's step-visit rows (`alur_step_visits`) and its part in the SLA tallies
 * (`alur_sla_tallies`) follow from its snapshot alone. A write therefore only sets this column
 * in the statement that saves the row, and `flushDerived` writes those rows behind it, in
 * batches: every few seconds, at the end of each SLA sweep, and before every SLA report — so
 * the report always counts every committed write, and a write holds the database for its own
 * row, audit trail and notifications only.
 */
export const DERIVED_AT = 'derived_at';

/** What `flushDerived` reads of a request row. */
const COLUMNS = ['id', 'version', DERIVED_AT, 'definition', 'variant', 'office', 'snapshot', 'phase', 'started_at', 'zone', 'sla_judged', 'sla_tally'] as const;

type Due = TallyRequest & TallyOwner & { id: string; version: number; snapshot: RequestSnapshot; sla_tally: unknown; [DERIVED_AT]: unknown };

/** The Postgres advisory lock key that serialises tally writes over instances ("alur" in ASCII). */
const FLUSH_LOCK = 0x616c7572;

/**
 * On Postgres, waits until no other transaction writes tallies, for the rest of this one: two
 * writing the same tally lines in different orders would deadlock. Nothing on SQLite, which has
 * one writer.
 */
export async function lockTallies(trx: Db): Promise<void> {
  if (isPostgres(trx)) await trx.raw('select pg_advisory_xact_lock(?)', [FLUSH_LOCK]);
}

/** A request's derived rows, as {@link writeDerived} writes them. */
export interface DerivedPart {
  readonly id: string;
  readonly owner: TallyOwner;
  /** The share of the tallies the row recorded last (`sla_tally`), `null` when none. */
  readonly before: readonly TallyLine[] | null;
  readonly after: readonly TallyLine[];
  readonly visits: readonly Record<string, unknown>[];
}

/**
 * Writes requests' visit rows and their tally differences, in the caller's transaction (which
 * holds {@link lockTallies} and has already stored each `after` as its row's `sla_tally`).
 */
export async function writeDerived(trx: Db, parts: readonly DerivedPart[]): Promise<void> {
  await addTallyDifferences(trx, parts);
  await writeVisits(
    trx,
    parts.map((part) => ({ id: part.id, rows: part.visits })),
  );
}

/** The derived rows of a request judged at `at`. */
export function derivedPart(
  row: TallyRequest & TallyOwner & { id: string; sla_tally?: unknown },
  sop: CompiledSop,
  snapshot: RequestSnapshot,
  at: Date,
): DerivedPart {
  const visits = visitRows(row.id, sop, snapshot, at);
  return {
    id: row.id,
    owner: { variant: row.variant, definition: String(row.definition ?? ''), office: row.office },
    before: storedTally(row.sla_tally),
    after: requestTally(row, visits),
    visits,
  };
}

/**
 * Writes the visit rows and tallies of up to `batch` requests marked by `DERIVED_AT` per
 * transaction, until none is left; returns how many it wrote.
 *
 * Each request is claimed by an UPDATE that only matches while its version and mark are the
 * ones read, so a write that lands meanwhile leaves it marked for the next round, and several
 * instances may flush at once without counting anything twice.
 *
 * @example
 * ```ts
 * await flushDerived(db, definitions); // then the tallies hold every committed write
 * ```
 */
export async function flushDerived(db: Db, definitions: DefinitionStore, batch = 200): Promise<number> {
  let written = 0;
  for (let round = 0; round < 1000; round += 1) {
    const raws = (await db('alur_requests')
      .whereNotNull(DERIVED_AT)
      .orderBy('id')
      .limit(batch)
      .select(...COLUMNS)) as Record<string, unknown>[];
    if (raws.length === 0) break;
    const parts: { raw: Record<string, unknown>; row: Due; part: DerivedPart }[] = [];
    for (const raw of raws) {
      const row = fromDb<Due>('alur_requests', raw);
      const at = instant(row[DERIVED_AT]) ?? new Date(0);
      const sop = await definitions.frozen(db, String(row.definition));
      parts.push({ raw, row, part: derivedPart(row, sop, row.snapshot, at) });
    }
    // Postgres types a CASE of parameters as text; the column is json.
    const json = isPostgres(db) ? '?::json' : '?';
    await db.transaction(async (trx) => {
      // Rows another instance wrote while this one waited for the lock are skipped below (their mark is gone).
      await lockTallies(trx);
      // One UPDATE claims the batch: each row only while its version and mark are those read.
      const won = new Set<string>();
      for (let i = 0; i < parts.length; i += 100) {
        const chunk = parts.slice(i, i + 100);
        const rows = (await trx('alur_requests')
          .where((q) => {
            for (const part of chunk) q.orWhere({ id: part.row.id, version: part.row.version, [DERIVED_AT]: part.raw[DERIVED_AT] });
          })
          .update(
            {
              [DERIVED_AT]: null,
              sla_tally: trx.raw(
                `case id ${chunk.map(() => `when ? then ${json}`).join(' ')} end`,
                chunk.flatMap(({ row, part }) => [row.id, toJson(part.after)]),
              ),
            },
            ['id'],
          )) as { id: string }[];
        for (const row of rows) won.add(row.id);
      }
      const claimed = parts.filter(({ row }) => won.has(row.id)).map(({ part }) => part);
      await writeDerived(trx, claimed);
      written += claimed.length;
    });
    if (raws.length < batch) break;
  }
  return written;
}
