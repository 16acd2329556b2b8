import type { SopDefinition } from '@alur/core';

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

/** The items still to check once `definition` is saved: those whose cell keeps its imported value. */
export function remainingReview(review: ImportReview, definition: SopDefinition): ImportReview {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return { ...review, items: review.items.filter((item) => same(valueAt(definition, item.path), item.value)) };
}
