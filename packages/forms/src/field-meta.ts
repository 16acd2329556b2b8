import { z } from 'zod';
import type { LocalizedText } from './locale.js';

/**
 * Storage types a field description can name (Directus field types, without importing Directus).
 *
 * @example
 * ```ts
 * import { describeFields, Kak, type FieldType } from '@alur/forms';
 * const types: FieldType[] = describeFields(Kak).map((f) => f.type); // ['string', 'string', 'text', ...]
 * ```
 */
export type FieldType = 'string' | 'text' | 'integer' | 'float' | 'boolean' | 'date' | 'time' | 'json' | 'alias';

/**
 * Input controls a field description can name (Directus interface ids).
 *
 * @example
 * ```ts
 * import { describeFields, Kak, type FieldInterface } from '@alur/forms';
 * const controls: FieldInterface[] = describeFields(Kak).map((f) => f.interface);
 * ```
 */
export type FieldInterface =
  | 'input'
  | 'input-multiline'
  | 'input-rich-text-md'
  | 'select-dropdown'
  | 'select-radio'
  | 'select-multiple-checkbox'
  | 'boolean'
  | 'datetime'
  | 'tags'
  | 'list'
  | 'group-detail';

/**
 * One choice of a select field: the stored value and its label in both languages.
 *
 * @example
 * ```ts
 * import { describeFields, FeasibilityTestForm, type FieldChoice } from '@alur/forms';
 * const choices: readonly FieldChoice[] = describeFields(FeasibilityTestForm).find((f) => f.field === 'platform')?.choices ?? [];
 * // [{ value: 'windows', label: { id: 'Windows', en: 'Windows' } }, ...]
 * ```
 */
export interface FieldChoice {
  readonly value: string;
  readonly label: LocalizedText;
}

/**
 * What `@alur/forms` knows about a field or a block beyond its zod type: its label as the
 * form prints it (and in English), a note, whether it is secret or filled by staff, and
 * hints for the Directus layer. Kept in {@link fieldRegistry}, not in zod's global registry,
 * so nothing outside this package is augmented or mutated.
 *
 * @example
 * ```ts
 * import { fieldRegistry, FeasibilityTestForm } from '@alur/forms';
 * fieldRegistry.get(FeasibilityTestForm)?.label.id; // 'Formulir Layanan Uji Kelayakan Aplikasi'
 * ```
 */
export interface FieldMeta {
  /** The field's label as the form prints it (`id`) and in English (`en`); messages name the field by it. */
  readonly label: LocalizedText;
  /** Help text shown under the field, e.g. the form's own footnote. */
  readonly note?: LocalizedText;
  /** A credential or other value that must stay out of responses, exports and logs. */
  readonly secret?: true;
  /** Filled by the office's staff ("diisi oleh petugas"), not by the requester. */
  readonly filledBy?: 'petugas';
  /** Storage type for a leaf field; blocks and lists get theirs from their shape. */
  readonly type?: FieldType;
  /** Input control for a leaf field. */
  readonly interface?: FieldInterface;
  /** Choices of a select field, in order. */
  readonly choices?: readonly FieldChoice[];
  /** Where the seeds define this form or document (`003 Babel`, ...). */
  readonly sources?: readonly string[];
  /**
   * JSON Schema keywords for a rule that zod enforces with a check JSON Schema export does
   * not see (e.g. `uniqueItems`, a conditional `required`). Merged into the exported node.
   */
  readonly jsonSchema?: Readonly<Record<string, unknown>>;
}

/**
 * The registry holding {@link FieldMeta} for every field, block, form and document schema of
 * this package. Read it with `fieldRegistry.get(schema)`.
 *
 * @example
 * ```ts
 * import { fieldRegistry, ApplicationDevelopmentForm } from '@alur/forms';
 * const nip = ApplicationDevelopmentForm.shape.structuralPic.shape.nip;
 * fieldRegistry.get(nip)?.label.en; // 'NIP of the structural person in charge'
 * ```
 */
export const fieldRegistry = z.registry<FieldMeta>();
