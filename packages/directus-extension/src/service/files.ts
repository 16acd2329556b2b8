// The files of requests (the signed letter, the KAK, a test report): stored as Directus files,
// read and written only through Alur, under the request's own rules. Nobody gets a Directus
// permission on directus_files: the free tier cannot filter rows by office, so Alur decides.
import Busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { Caller } from './caller.js';
import { UUID, type Db } from './db.js';
import { httpError, text, type Locale } from './errors.js';
import { visibleRow } from './requests.js';

/** One kind of file a request may carry: its media type, the names it goes by and how its bytes begin. */
interface FileKind {
  readonly type: string;
  readonly extensions: readonly string[];
  readonly magic: (head: Buffer) => boolean;
}

const starts = (bytes: number[]) => (head: Buffer) => bytes.every((b, i) => head[i] === b);
const zip = starts([0x50, 0x4b, 0x03, 0x04]);
const ole = starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * What a request may carry: letters and forms (PDF, office documents), scans and photos. The
 * name's extension picks the kind and the first bytes must agree, so a renamed program is
 * refused whatever the browser claims.
 */
export const FILE_KINDS: readonly FileKind[] = [
  { type: 'application/pdf', extensions: ['pdf'], magic: starts([0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { type: 'image/png', extensions: ['png'], magic: starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: starts([0xff, 0xd8, 0xff]) },
  { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], magic: zip },
  { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], magic: zip },
  { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'], magic: zip },
  { type: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], magic: zip },
  { type: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'], magic: zip },
  { type: 'application/msword', extensions: ['doc'], magic: ole },
  { type: 'application/vnd.ms-excel', extensions: ['xls'], magic: ole },
];
const ACCEPTED = FILE_KINDS.flatMap((k) => k.extensions)
  .map((e) => e.toUpperCase())
  .join(', ');

/** Types a browser may show inline; anything else is always downloaded. */
const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/** Largest file accepted, in bytes: `ALUR_FILE_MAX_MB` (20 by default). */
export function maxFileBytes(env: Record<string, unknown>): number {
  const mb = Number(env['ALUR_FILE_MAX_MB'] ?? 20);
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : 20) * 1024 * 1024);
}

/** Unattached uploads one user may keep waiting (a filing in progress needs a handful). */
const PENDING_PER_USER = 30;
/** How long an upload no request took stays stored. */
export const PENDING_HOURS = 24;

/** The kind of a file from its name and first bytes, or `undefined` when it is not accepted. */
export function kindOf(name: string, head: Buffer): FileKind | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  const kind = FILE_KINDS.find((k) => extension !== undefined && k.extensions.includes(extension));
  return kind?.magic(head) ? kind : undefined;
}

/** A file name fit to keep and to send back: no folders, no control characters, at most 200 characters. */
export function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips from a file name
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (clean.length <= 200) return clean;
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(clean)?.[0] ?? '';
  return clean.slice(0, 200 - extension.length) + extension;
}

/** The one file of a multipart body, whole in memory (it is at most `maxBytes`): its cleaned name and its bytes. */
function readUpload(req: IncomingMessage, maxBytes: number, locale: Locale): Promise<{ name: string; bytes: Buffer }> {
  const sizeText = maxBytes >= 1024 * 1024 ? `${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(maxBytes / 1024)} KB`;
  const tooLarge = () =>
    httpError(
      413,
      text(`Berkas lebih dari ${sizeText}, batasnya.`, `The file is over ${sizeText}, the limit.`),
      { reason: 'FILE_TOO_LARGE', maxBytes },
      locale,
    );
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + 64 * 1024) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    let parser: Busboy.Busboy;
    try {
      parser = Busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 11 } });
    } catch {
      reject(
        httpError(
          400,
          text('Kirim berkas sebagai multipart/form-data dengan bagian "file".', 'Send the file as multipart/form-data with a "file" part.'),
          {},
          locale,
        ),
      );
      return;
    }
    let file: { name: string; bytes: Buffer } | undefined;
    let problem: Error | undefined;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || file) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => (problem = tooLarge()));
      stream.on('end', () => (file = { name: cleanName(info.filename ?? ''), bytes: Buffer.concat(chunks) }));
    });
    parser.on('filesLimit', () => (problem ??= httpError(400, text('Kirim satu berkas saja sekali unggah.', 'Send one file per upload.'), {}, locale)));
    parser.on('error', () => reject(httpError(400, text('Isi multipart tidak dapat dibaca.', 'The multipart body cannot be read.'), {}, locale)));
    parser.on('close', () => {
      if (problem) reject(problem);
      else if (!file) reject(httpError(400, text('Tidak ada berkas: kirim bagian "file".', 'No file: send a "file" part.'), {}, locale));
      else resolve(file);
    });
    req.pipe(parser);
  });
}

/** What Alur uses of Directus to keep and read files. */
export interface FileStore {
  /** Stores the bytes as a Directus file; returns its id. */
  save(bytes: Buffer, meta: { name: string; type: string; uploadedBy: string }): Promise<string>;
  /** The file's bytes as a stream, with its stored name, type and size. */
  open(id: string): Promise<{ stream: Readable; name: string; type: string; size: number }>;
  /** Deletes the files and what is stored of them. */
  remove(ids: readonly string[]): Promise<void>;
}

/** The Directus file store, through its own services with full rights (Alur has checked the caller). */
export function directusFiles(context: { services: Record<string, unknown>; getSchema: () => Promise<unknown>; database: unknown }): FileStore {
  type Service = {
    uploadOne(stream: Readable, data: Record<string, unknown>): Promise<string>;
    deleteMany(ids: readonly string[]): Promise<unknown>;
    getAsset(id: string): Promise<{ stream: Readable; file: { filename_download: string; type: string | null; filesize: number | string } }>;
  };
  const service = async (name: string) => {
    const Service = context.services[name] as new (options: { schema: unknown; knex: unknown; accountability: null }) => Service;
    return new Service({ schema: await context.getSchema(), knex: context.database, accountability: null });
  };
  return {
    async save(bytes, meta) {
      const files = await service('FilesService');
      return files.uploadOne(Readable.from([bytes]), { filename_download: meta.name, title: meta.name, type: meta.type, uploaded_by: meta.uploadedBy });
    },
    async open(id) {
      const { stream, file } = await (await service('AssetsService')).getAsset(id);
      return { stream, name: file.filename_download, type: file.type ?? 'application/octet-stream', size: Number(file.filesize) };
    },
    async remove(ids) {
      if (ids.length) await (await service('FilesService')).deleteMany(ids);
    },
  };
}

/** One stored file as the API shows it. */
export interface FileInfo {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

const notFound = (id: string, locale: Locale) => httpError(404, text(`Berkas "${id}" tidak ditemukan.`, `File "${id}" not found.`), {}, locale);

/**
 * Stores the file of a multipart upload for the caller. With `request` (one the caller can
 * see) it belongs to that request at once (a staff report, the OPD's answer); without, it waits
 * for the caller's own filing or event that names it in `documents[].ref` (see `attachFiles`).
 */
export async function uploadFile(
  deps: { db: Db; store: FileStore; env: Record<string, unknown>; now: () => Date },
  caller: Caller,
  req: IncomingMessage,
  request?: string,
): Promise<FileInfo> {
  const { db, store, env, now } = deps;
  const locale = caller.locale;
  if (request !== undefined) await visibleRow(db, caller, request, ['id', 'office']);
  else {
    const pending = await db('alur_files').where({ uploaded_by: caller.user }).whereNull('request').count({ n: '*' }).first();
    if (Number(pending?.['n'] ?? 0) >= PENDING_PER_USER) {
      throw httpError(
        413,
        text(
          `Sudah ada ${PENDING_PER_USER} berkas yang belum dilampirkan ke permohonan; ajukan dulu atau tunggu ${PENDING_HOURS} jam.`,
          `${PENDING_PER_USER} uploads are not attached to a request yet; file them first or wait ${PENDING_HOURS} hours.`,
        ),
        { reason: 'LIMIT' },
        locale,
      );
    }
  }
  const { name, bytes } = await readUpload(req, maxFileBytes(env), locale);
  if (!name) throw httpError(400, text('Berkas harus bernama (misalnya surat.pdf).', 'The file must have a name (e.g. letter.pdf).'), {}, locale);
  if (bytes.length === 0) throw httpError(400, text(`Berkas "${name}" kosong.`, `File "${name}" is empty.`), {}, locale);
  const kind = kindOf(name, bytes.subarray(0, 16));
  if (!kind) {
    throw httpError(
      415,
      text(
        `Jenis berkas "${name}" tidak diterima; yang diterima: ${ACCEPTED} (isi berkas harus sesuai namanya).`,
        `File type of "${name}" is not accepted; accepted: ${ACCEPTED} (the content must match the name).`,
      ),
      { reason: 'FILE_TYPE' },
      locale,
    );
  }
  const id = await store.save(bytes, { name, type: kind.type, uploadedBy: caller.user });
  try {
    await db('alur_files').insert({ id, request: request ?? null, uploaded_by: caller.user, date_created: now() });
  } catch (error) {
    await store.remove([id]);
    throw error;
  }
  return { id, name, type: kind.type, size: bytes.length };
}

/** A file the caller may read: one of a request they can see, or their own upload not attached yet. */
export async function readableFile(db: Db, caller: Caller, id: string): Promise<void> {
  const row = UUID.test(id)
    ? ((await db('alur_files').where({ id }).first('request', 'uploaded_by')) as { request: string | null; uploaded_by: string | null } | undefined)
    : undefined;
  if (!row) throw notFound(id, caller.locale);
  if (row.request === null) {
    if (row.uploaded_by !== caller.user && !caller.admin) throw notFound(id, caller.locale);
    return;
  }
  try {
    await visibleRow(db, caller, row.request, ['id', 'office']);
  } catch {
    throw notFound(id, caller.locale);
  }
}

/** `Content-Disposition` for a stored name: inline for what a browser shows safely, else attachment. */
export function disposition(name: string, type: string, download: boolean): string {
  const how = download || !INLINE.has(type) ? 'attachment' : 'inline';
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${how}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Removes uploads no request took within {@link PENDING_HOURS}; returns how many. */
export async function dropPendingFiles(db: Db, store: FileStore, now: Date): Promise<number> {
  const before = new Date(now.getTime() - PENDING_HOURS * 3_600_000);
  const candidates = (await db('alur_files').whereNull('request').where('date_created', '<', before).limit(500).pluck('id')) as string[];
  if (candidates.length === 0) return 0;
  // Only those still unattached as they are deleted: a filing may take one meanwhile.
  const answer = (await db.raw(`delete from alur_files where request is null and id in (${candidates.map(() => '?').join(', ')}) returning id`, candidates)) as
    | { id: string }[]
    | { rows: { id: string }[] };
  const gone = (Array.isArray(answer) ? answer : answer.rows).map((r) => String(r.id));
  await store.remove(gone);
  return gone.length;
}
