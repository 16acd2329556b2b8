import type { SopDefinition } from '@alur/core';
import type { Db } from './db.js';

// What an imported draft keeps with its variant ("Impor SOP", see import-variant.ts), read by the editor's view and save.

/** A review item as kept with an imported draft: the importer's item and the value the cell had when imported. */
export interface StoredReviewItem {
  readonly path: readonly (string | number)[];
  readonly confidence: number;
  readonly reason: { readonly id: string; readonly en: string };
  readonly kind: string;
  readonly line?: number;
  readonly where?: { readonly id: string; readonly en: string };
  /** The cell's value in the imported draft (JSON); the item goes once the saved value differs. */
  readonly value?: unknown;
}

/** What an imported draft keeps (`alur_sop_variants.import_review`): the source text line by line and the cells to check. */
export interface ImportReview {
  readonly lines: readonly string[];
  readonly items: readonly StoredReviewItem[];
  readonly importedAt: string;
}

/** The value at `path` in a definition (`steps.3.decision.no`), or `undefined`. */
export function valueAt(definition: unknown, path: readonly (string | number)[]): unknown {
  let value: unknown = definition;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * The items still to check once `definition` (a resolved SOP, or a definition with its steps) is
 * saved: those whose cell keeps its imported value. The validator's problems (`invalid`) all go: a
 * saved definition validates.
 */
export function remainingReview(review: ImportReview, definition: object): ImportReview {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return { ...review, items: review.items.filter((item) => item.kind !== 'invalid' && same(valueAt(definition, item.path), item.value)) };
}

// An imported draft that does not validate cannot be a variant yet (variants are stored only when
// they validate): it waits in `alur_meta` under `import:<id>` until the admin fixes it in the
// editor and saves, which creates the variant and drops the waiting draft.

const PENDING = 'import:';

/** An imported draft waiting to validate: the definition as imported and its review. */
export interface PendingImport {
  readonly definition: SopDefinition;
  readonly review: ImportReview;
}

const parsed = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** The imported draft waiting under `id`, or null. */
export async function pendingImport(db: Db, id: string): Promise<PendingImport | null> {
  const row = (await db('alur_meta')
    .where({ key: `${PENDING}${id}` })
    .first('value')) as { value: unknown } | undefined;
  return row ? (parsed(row.value) as PendingImport) : null;
}

/** The imported drafts waiting to validate, oldest first: what the variants page lists. */
export async function pendingImports(db: Db): Promise<{ id: string; name: string; importedAt: string; items: number }[]> {
  const rows = (await db('alur_meta').where('key', 'like', `${PENDING}%`).select('key', 'value')) as { key: string; value: unknown }[];
  return rows
    .map((row) => {
      const pending = parsed(row.value) as PendingImport;
      return { id: row.key.slice(PENDING.length), name: pending.definition.name, importedAt: pending.review.importedAt, items: pending.review.items.length };
    })
    .sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
}

/** Keeps (or replaces) the imported draft waiting under `id`. */
export async function keepPendingImport(db: Db, id: string, pending: PendingImport): Promise<void> {
  const key = `${PENDING}${id}`;
  const value = JSON.stringify(pending);
  if (await db('alur_meta').where({ key }).first('key')) await db('alur_meta').where({ key }).update({ value });
  else await db('alur_meta').insert({ key, value });
}

/** Drops the imported draft waiting under `id`; whether there was one. */
export async function dropPendingImport(db: Db, id: string): Promise<boolean> {
  return (
    (await db('alur_meta')
      .where({ key: `${PENDING}${id}` })
      .delete()) > 0
  );
}

/** The review without the item at `path` ("Tandai sudah diperiksa"), or null when no item is there. */
export function withoutItem(review: ImportReview, path: readonly (string | number)[]): ImportReview | null {
  const key = JSON.stringify(path);
  const items = review.items.filter((item) => JSON.stringify(item.path) !== key);
  return items.length === review.items.length ? null : { ...review, items };
}
