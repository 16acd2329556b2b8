import { AlurError, type SopDefinition } from '@alur/core';
import { importSop, importSopDocx, type ReviewItem, type SopImport } from '@alur/core/import';
import type { Db } from './db.js';
import type { Definitions } from './definitions.js';
import { httpError, text, type Locale } from './errors.js';
import { LIMITS } from './limits.js';
import { valueAt, type ImportReview } from './import-review.js';
import { saveVariant, type ItemsWriter } from './variant-editor.js';

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

/** A variant id not yet taken: the draft's own, else with `-2`, `-3`… */
function freeId(defs: Definitions, wanted: string): string {
  const base = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(wanted) ? wanted.slice(0, 56).replace(/-+$/, '') : 'sop-impor';
  let id = base;
  for (let n = 2; defs.sops.ids.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * "Impor SOP": reads an office's SOP table (text or .docx) with `importSop` of `@alur/core/import`
 * and saves the draft as a new draft variant through the variant editor's save, keeping the
 * cells to check and the source text with it. A draft that does not validate cannot be stored
 * (variants are saved only when they validate): 422 with the review items.
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
  if (!result.valid)
    throw httpError(
      422,
      text(
        'Draf hasil impor belum lolos validasi sehingga belum bisa disimpan; periksa sel berikut di dokumen lalu impor lagi.',
        'The imported draft does not validate yet, so it cannot be saved; check these cells in the document and import again.',
      ),
      { reason: 'INVALID_SOP', valid: false, review: result.review },
      locale,
    );
  const definition = result.definition;
  const id = freeId(defs, definition.id);
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
