import { AlurError, type SopDefinition } from '@alur/core';
import { closestVariant, importSop, importSopDocx, renameForVariant, type ReviewItem, type SopImport } from '@alur/core/import';
import { fromDb, type Db } from './db.js';
import type { Definitions } from './definitions.js';
import { httpError, text, type Locale } from './errors.js';
import { LIMITS } from './limits.js';
import { dropPendingImport, keepPendingImport, pendingImport, pendingImports, valueAt, withoutItem, type ImportReview } from './import-review.js';
import { checkVariantEdit, derivableBases, saveVariant, type ItemsWriter } from './variant-editor.js';

const bad = (id: string, en: string, locale: Locale) => httpError(400, text(id, en), { reason: 'INVALID_IMPORT' }, locale);

/** The document the body sends: pasted table text, or a .docx in base64 (one string, or a list of pieces each within the string limit). */
async function readImport(body: unknown, lookup: (id: string) => SopDefinition | undefined, locale: Locale): Promise<{ text: string; result: SopImport }> {
  const { text: pasted, docx } = (body ?? {}) as { text?: unknown; docx?: unknown };
  if (typeof pasted === 'string' && pasted.trim() !== '') return { text: pasted, result: importSop(pasted, { lookup }) };
  const pieces = typeof docx === 'string' ? [docx] : Array.isArray(docx) && docx.every((p) => typeof p === 'string') ? (docx as string[]) : null;
  const joined = pieces?.join('').replace(/\s+/g, '') ?? '';
  if (!pieces || joined === '')
    throw bad(
      'Kirim "text" (teks tabel SOP yang disalin dari Word) atau "docx" (berkas .docx dalam base64).',
      'Send "text" (the SOP table text copied from Word) or "docx" (a .docx file in base64).',
      locale,
    );
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(joined)) throw bad('"docx" bukan base64.', '"docx" is not base64.', locale);
  try {
    const result = await importSopDocx(Buffer.from(joined, 'base64'), { lookup });
    return { text: result.text, result };
  } catch (error) {
    if (error instanceof AlurError) throw httpError(400, error.text, { reason: 'INVALID_IMPORT' }, locale);
    throw bad('Berkas bukan dokumen .docx yang bisa dibaca.', 'The file is not a readable .docx document.', locale);
  }
}

/** A variant id not taken by a variant or a waiting draft: the draft's own, else with `-2`, `-3`… */
function freeId(taken: ReadonlySet<string>, wanted: string): string {
  const base = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(wanted) ? wanted.slice(0, 50).replace(/-+$/, '') : 'sop-impor';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * "Impor SOP": reads an office's SOP table (text or .docx) with `importSop` of `@alur/core/import`
 * and saves the draft as a new draft variant through the variant editor's save, keeping the
 * cells to check and the source text with it. A draft that does not validate cannot be a variant
 * yet (variants are saved only when they validate): it waits with its review (`pendingImport`),
 * the editor opens it with its problems, and its first save creates the variant.
 */
export async function importVariant(
  db: Db,
  defs: Definitions,
  writer: ItemsWriter,
  body: unknown,
  now: Date,
  locale: Locale,
): Promise<{ id: string; review: readonly ReviewItem[]; valid: boolean }> {
  const { text: source, result } = await readImport(body, (other) => defs.sops.definition(other), locale);
  if (result.table.found === 'none')
    throw bad(
      'Tabel prosedur tidak ditemukan: perlu baris judul yang diawali "No" dan kolom "Uraian Kegiatan".',
      'No procedure table found: a header row starting with "No" and an "Uraian Kegiatan" column is needed.',
      locale,
    );
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > LIMITS.values / 2 || lines.some((line) => line.length > LIMITS.stringLength))
    throw bad('Dokumen terlalu panjang untuk diimpor.', 'The document is too long to import.', locale);
  const definition = result.definition;
  const id = freeId(new Set([...defs.sops.ids, ...(await pendingImports(db)).map((p) => p.id)]), definition.id);
  const review: ImportReview = {
    lines,
    importedAt: now.toISOString(),
    items: result.review.map((item) => ({
      path: [...item.path],
      confidence: item.confidence,
      reason: item.reason,
      kind: item.kind,
      ...(item.line !== undefined ? { line: item.line } : {}),
      ...(item.where ? { where: item.where } : {}),
      value: valueAt(definition, item.path) ?? null,
    })),
  };
  if (!result.valid) {
    // Not a variant yet: it waits, with its problems among the review items, until it is fixed in the editor and saved.
    await keepPendingImport(db, id, { definition: { ...definition, id }, review });
    return { id, review: result.review, valid: false };
  }
  await saveVariant(
    db,
    defs,
    writer,
    id,
    {
      name: definition.name,
      office: definition.office,
      number: definition.number,
      calendar: definition.calendar,
      roles: definition.roles,
      steps: definition.steps,
      legalBasis: definition.legalBasis ?? [],
      dates: definition.dates,
      approvedBy: definition.approvedBy,
      caps: definition.caps,
      publish: false,
    },
    now,
    locale,
    { import_review: review, ...(definition.document ? { document: definition.document } : {}) },
  );
  return { id, review: result.review, valid: result.valid };
}

/**
 * "Tandai sudah diperiksa": the admin confirms the cell at `path` as imported; the item leaves the
 * review of the variant (or of the draft waiting to validate). Returns the items still to check.
 */
export async function markReviewed(db: Db, defs: Definitions, writer: ItemsWriter, id: string, path: unknown, locale: Locale): Promise<ImportReview> {
  if (!Array.isArray(path) || path.length === 0 || !path.every((part) => typeof part === 'string' || (typeof part === 'number' && Number.isInteger(part))))
    throw bad('"path" harus daftar kunci sel, mis. ["steps", 2, "actor"].', '"path" must be a list of cell keys, e.g. ["steps", 2, "actor"].', locale);
  const notFound = () =>
    httpError(
      404,
      text(`Sel "${path.join('.')}" tidak ada di daftar periksa "${id}".`, `Cell "${path.join('.')}" is not on the check list of "${id}".`),
      {},
      locale,
    );
  if (defs.sops.ids.includes(id)) {
    const row = await db('alur_sop_variants').where({ id }).first('import_review');
    const value = row ? fromDb<{ import_review: unknown }>('alur_sop_variants', row).import_review : null;
    const review = value && typeof value === 'object' ? withoutItem(value as ImportReview, path) : null;
    if (!review) throw notFound();
    await writer.updateOne(id, { import_review: review });
    return review;
  }
  const pending = /^[a-z0-9-]+$/.test(id) ? await pendingImport(db, id) : null;
  const review = pending ? withoutItem(pending.review, path) : null;
  if (!pending || !review) throw notFound();
  await keepPendingImport(db, id, { definition: pending.definition, review });
  return review;
}

/** Drops an imported draft waiting to validate ("Buang"). */
export async function discardPending(db: Db, id: string, locale: Locale): Promise<void> {
  if (!/^[a-z0-9-]+$/.test(id) || !(await dropPendingImport(db, id)))
    throw httpError(404, text(`Draf impor "${id}" tidak ada.`, `Imported draft "${id}" does not exist.`), {}, locale);
}

/**
 * Derives an imported draft from the active variant it reads most like (`closestVariant`): its
 * steps and roles take that variant's ids, and the draft is saved as `extends` + the changes. The
 * cells to check follow their steps (a derived table may order them differently) and keep their
 * values as imported, renamed.
 */
export async function deriveImported(db: Db, defs: Definitions, writer: ItemsWriter, id: string, baseId: unknown, now: Date, locale: Locale): Promise<void> {
  const stored = defs.sops.definition(id);
  const row = stored ? await db('alur_sop_variants').where({ id }).first('import_review', 'status') : undefined;
  const fields = row ? fromDb<{ import_review: unknown; status: unknown }>('alur_sop_variants', row) : undefined;
  const review = fields?.import_review as ImportReview | null | undefined;
  if (!stored || !review?.items || stored.extends || fields?.status !== 'draft')
    throw httpError(
      409,
      text(
        `"${id}" bukan draf hasil impor yang berdiri sendiri; hanya draf itu yang bisa diturunkan dari varian lain.`,
        `"${id}" is not a standalone imported draft; only such a draft can be derived from another variant.`,
      ),
      {},
      locale,
    );
  if (typeof baseId !== 'string' || !derivableBases(defs, id).includes(baseId))
    throw bad(`"base" harus kode varian aktif lain.`, `"base" must be the id of another active variant.`, locale);
  const base = defs.sops.get(baseId).sop;
  const match = closestVariant(stored, [base], 0)!;
  const renamed = renameForVariant(stored, match, base);
  const edit = {
    name: stored.name,
    office: stored.office,
    number: stored.number,
    calendar: stored.calendar,
    roles: renamed.roles,
    steps: renamed.steps,
    extends: baseId,
    legalBasis: stored.legalBasis ?? [],
    dates: stored.dates,
    approvedBy: stored.approvedBy,
    caps: renamed.caps,
    document: renamed.document,
    publish: false,
  };
  const checked = checkVariantEdit(defs, id, edit, { version: stored.version, stored }, locale);
  if (!checked.sop)
    throw httpError(
      422,
      text(`Draf belum bisa diturunkan dari "${baseId}".`, `The draft cannot be derived from "${baseId}" yet.`),
      { reason: 'INVALID_SOP', issues: checked.issues },
      locale,
    );
  const sop = checked.sop;
  const indexOf = new Map(sop.steps.map((step, i) => [step.id, i]));
  const items = review.items.map((item) => {
    if (item.path[0] !== 'steps' || typeof item.path[1] !== 'number') return { ...item, value: valueAt(sop, item.path) ?? null };
    const moved = indexOf.get(renamed.steps[item.path[1]]?.id ?? '');
    const path = moved === undefined ? item.path : ['steps', moved, ...item.path.slice(2)];
    return { ...item, path, value: valueAt(sop, path) ?? null };
  });
  await saveVariant(db, defs, writer, id, edit, now, locale, { import_review: { ...review, items } });
}
