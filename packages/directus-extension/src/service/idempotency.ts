import { createHash } from 'node:crypto';
import { fromDb, toJson, type Db } from './db.js';
import { httpError, text, type Locale } from './errors.js';

/** A client's `Idempotency-Key` for one write, scoped to the user and the route. */
export interface IdempotencyKey {
  /** Stored key: a hash of user, route and the client's key. */
  readonly id: string;
  /** A hash of the body: the same key with another body is refused. */
  readonly fingerprint: string;
}

/** A stored first answer, replayed for a retry. */
export interface Replay {
  readonly status: number;
  readonly body: unknown;
}

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;

const sha = (value: string) => createHash('sha256').update(value).digest('hex');
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The key of a write from its `Idempotency-Key` header, or `undefined` without one; a
 * malformed key is a 400.
 */
export function idempotencyKey(header: unknown, user: string, route: string, body: unknown, locale: Locale): IdempotencyKey | undefined {
  if (header === undefined || header === '') return undefined;
  if (typeof header !== 'string' || !KEY.test(header)) {
    throw httpError(
      400,
      text('Header Idempotency-Key harus 1–255 karakter ASCII tanpa spasi.', 'The Idempotency-Key header must be 1–255 ASCII characters without spaces.'),
      {},
      locale,
    );
  }
  return { id: sha(`${user}\n${route}\n${header}`), fingerprint: sha(JSON.stringify(body ?? null)) };
}

/** The first answer given for this key, if the write it made committed; 422 when the key came with another body. */
export async function replayOf(db: Db, key: IdempotencyKey, locale: Locale): Promise<Replay | undefined> {
  const row = await db('alur_idempotency').where({ id: key.id }).first();
  if (!row) return undefined;
  const stored = fromDb<{ fingerprint: string; status: number; response: unknown }>('alur_idempotency', row);
  if (stored.fingerprint !== key.fingerprint) {
    throw httpError(
      422,
      text('Idempotency-Key ini sudah dipakai untuk permintaan dengan isi lain.', 'This Idempotency-Key was already used for a request with another body.'),
      { reason: 'IDEMPOTENCY_KEY_REUSED' },
      locale,
    );
  }
  return { status: Number(stored.status), body: stored.response };
}

/** Records the answer of a write in the write's own transaction: it exists exactly when the write does. */
export async function remember(trx: Db, key: IdempotencyKey, user: string, answer: Replay, at: Date): Promise<void> {
  await trx('alur_idempotency').insert({
    id: key.id,
    user,
    fingerprint: key.fingerprint,
    status: answer.status,
    response: toJson(answer.body),
    date_created: at,
  });
}

/** Forgets keys older than {@link IDEMPOTENCY_TTL_MS}. */
export async function forgetOldKeys(db: Db, now: Date): Promise<number> {
  return db('alur_idempotency')
    .where('date_created', '<', new Date(now.getTime() - IDEMPOTENCY_TTL_MS))
    .delete();
}
