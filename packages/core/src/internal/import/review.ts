import type { LocalizedText } from '../../alur-error.js';

/** A place in the draft definition, as validateSop names them: `['steps', 3, 'waktu']`. */
export type DraftPath = readonly (string | number)[];

/**
 * One cell of the draft that a person should confirm: where it is in the draft, how sure the
 * importer is (0 = a placeholder or an invalid value, 1 = read as printed), why, and the text
 * it was read from.
 */
export interface ReviewItem {
  readonly path: DraftPath;
  /** 0..1: how likely the draft's value is what the document means. */
  readonly confidence: number;
  /** Why the cell is doubtful, Bahasa Indonesia first. */
  readonly reason: LocalizedText;
  /** The source text the value was read from (a cell, a row or a line), as printed. */
  readonly source: string;
  /** 1-based line of the pasted text the value comes from, where there is one. */
  readonly line?: number;
  /** `guess`: the importer chose among readings; `invalid`: validateSop refused the draft here; `missing`: the document does not say, or says it in a form that cannot be read (the cell is left empty). */
  readonly kind: 'guess' | 'invalid' | 'missing';
  /** The place named for a person, as validateSop names it ("Langkah No 4 · Waktu" / "Step No 4 · Waktu"). */
  readonly where?: LocalizedText;
}

/** Review items below this confidence are reported; readings at or above it are taken as printed. */
export const CONFIDENT = 0.9;

/** Collects review items while the draft is built. */
export class Review {
  readonly items: ReviewItem[] = [];

  /** Records a doubtful cell (nothing when `confidence` is at least {@link CONFIDENT}). */
  add(path: DraftPath, confidence: number, reason: LocalizedText, source: string, line?: number, kind: ReviewItem['kind'] = 'guess'): void {
    if (confidence >= CONFIDENT) return;
    const rounded = Math.max(0, Math.min(1, Math.round(confidence * 100) / 100));
    this.items.push({ path: [...path], confidence: rounded, reason, source, ...(line === undefined ? {} : { line }), kind });
  }
}

/** A bilingual text. */
export const t = (id: string, en: string): LocalizedText => ({ id, en });
