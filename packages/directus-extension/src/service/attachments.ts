// Which uploads a write attaches to its request (`documents[].ref`), checked and taken in the
// write's own transaction. Apart from files.ts so that requests.ts needs nothing that needs it.
import type { Caller } from './caller.js';
import { UUID, type Db } from './db.js';
import { httpError, text, type Locale } from './errors.js';

/**
 * Checks the uploads a write names (`documents[].ref`) and returns those to attach to request
 * `request`: each must be the caller's own upload not yet attached, or already this request's.
 * Refs that are not Alur uploads (a URL, a number in the archive) are kept as they are.
 */
export async function filesToAttach(db: Db, caller: Caller, request: string | undefined, documents: unknown): Promise<string[]> {
  const refs = (Array.isArray(documents) ? documents : [])
    .flatMap((d) => (d && typeof d === 'object' && typeof (d as { ref?: unknown }).ref === 'string' ? [(d as { ref: string }).ref] : []))
    .filter((ref) => UUID.test(ref));
  if (refs.length === 0) return [];
  const rows = (await db('alur_files').whereIn('id', refs).select('id', 'request', 'uploaded_by')) as {
    id: string;
    request: string | null;
    uploaded_by: string | null;
  }[];
  const attach: string[] = [];
  for (const row of rows) {
    if (request !== undefined && row.request === request) continue;
    if (row.request === null && row.uploaded_by === caller.user) attach.push(row.id);
    else
      throw httpError(
        400,
        text(`Berkas "${row.id}" tidak ditemukan di antara unggahan Anda.`, `File "${row.id}" is not among your uploads.`),
        { reason: 'FILE_REF' },
        caller.locale,
      );
  }
  return attach;
}

/** Attaches the uploads to the request, in the write's transaction; one taken meanwhile by another write fails it (409). */
export async function attachFiles(trx: Db, ids: readonly string[], request: string, locale: Locale): Promise<void> {
  if (ids.length === 0) return;
  const updated = await trx('alur_files').whereIn('id', ids).whereNull('request').update({ request });
  if (updated !== ids.length)
    throw httpError(409, text('Berkas yang sama baru saja dilampirkan ke permohonan lain.', 'The same file was just attached to another request.'), {}, locale);
}
