// Comments between the parties of a request (the OPD and Diskominfo staff), kept as Directus'
// own comments on the request item, so admins also read them in the Studio's item sidebar.
import type { CompiledSop } from '@alur/core';
import { randomUUID } from 'node:crypto';
import type { Caller, MembershipDirectory } from './caller.js';
import { instant, type Db } from './db.js';
import type { DefinitionStore } from './definitions.js';
import { httpError, text } from './errors.js';
import { addRoleHolders, saveNotifications, type Mailer, type WrittenNotification } from './notify.js';
import { visibleRow } from './requests.js';

/** Longest comment, in characters. */
export const COMMENT_MAX = 4000;

/** One comment as the API shows it. */
export interface Comment {
  readonly id: string;
  readonly comment: string;
  readonly by: string | null;
  /** The author's name (first and last, else their email), for screens. */
  readonly byName: string;
  readonly at: string | null;
}

const COLLECTION = 'alur_requests';

/** The comments on request `id` (or only comment `only`), oldest first, with their authors' names. */
async function readComments(db: Db, id: string, only?: string): Promise<Comment[]> {
  const query = db('directus_comments as c').leftJoin('directus_users as u', 'u.id', 'c.user_created').where({ 'c.collection': COLLECTION, 'c.item': id });
  if (only) query.andWhere('c.id', only);
  const rows = (await query
    .orderBy([{ column: 'c.date_created' }, { column: 'c.id' }])
    .select('c.id', 'c.comment', 'c.user_created', 'c.date_created', 'u.first_name', 'u.last_name', 'u.email')) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: String(r['id']),
    comment: String(r['comment']),
    by: (r['user_created'] as string | null) ?? null,
    byName: [r['first_name'], r['last_name']].filter(Boolean).join(' ') || String(r['email'] ?? '—'),
    at: instant(r['date_created'])?.toISOString() ?? null,
  }));
}

/** A request's comments, oldest first, to whoever can see the request. */
export async function listComments(db: Db, caller: Caller, id: string): Promise<Comment[]> {
  await visibleRow(db, caller, id, ['id', 'office']);
  return readComments(db, id);
}

/**
 * Adds the caller's comment to a request they can see, and tells the other side: the people
 * the request waits on now and its requester, never the author. Notification and comment are
 * written in one transaction; the emails go after it.
 */
export async function addComment(
  deps: { db: Db; definitions: DefinitionStore; members: MembershipDirectory; now: () => Date; mail?: Mailer | undefined },
  caller: Caller,
  id: string,
  body: unknown,
): Promise<Comment> {
  const { db, definitions, members, now } = deps;
  const raw = (body as { comment?: unknown } | null)?.comment;
  const comment = typeof raw === 'string' ? raw.trim() : '';
  if (!comment || comment.length > COMMENT_MAX) {
    throw httpError(
      400,
      text(`"comment" wajib diisi, paling banyak ${COMMENT_MAX} karakter.`, `"comment" is required, at most ${COMMENT_MAX} characters.`),
      {},
      caller.locale,
    );
  }
  const row = await visibleRow(db, caller, id, ['id', 'title', 'office', 'actor', 'created_by', 'definition']);
  const sop: CompiledSop = await definitions.frozen(db, row.definition);
  const at = now();
  const recipients = new Set<string>();
  if (row.actor) addRoleHolders(recipients, sop, row.actor, row.office, (await members.load(db)).all);
  if (row.created_by) recipients.add(row.created_by);
  recipients.delete(caller.user);
  const excerpt = comment.length > 300 ? `${comment.slice(0, 300)}…` : comment;
  const subject = `Komentar baru: ${row.title}`.slice(0, 255);
  const notified: WrittenNotification[] = [...recipients].map((recipient) => ({
    recipient,
    subject,
    message: `${excerpt}\n\n(New comment on "${row.title}".)`,
    request: id,
  }));
  const commentId = randomUUID();
  await db.transaction(async (trx) => {
    await trx('directus_comments').insert({
      id: commentId,
      collection: COLLECTION,
      item: id,
      comment,
      user_created: caller.user,
      date_created: at,
      date_updated: at,
    });
    await saveNotifications(trx, notified, at);
  });
  deps.mail?.(notified);
  return (await readComments(db, id, commentId))[0]!;
}
