import type { FormDefinition } from './form-definition.js';
import { definitionMessage } from './internal/definition-messages.js';
import { definitionErrorMap, formDefinitionSchema } from './internal/definition-schema.js';
import type { Locale } from './locale.js';

/**
 * One problem of a form definition: where it is (`['fields', 3, 'label', 'id']`) and a
 * message that names the place by field names and says how to fix it.
 *
 * @example
 * ```ts
 * import type { FormDefinitionProblem } from '@alur/forms';
 * const problem: FormDefinitionProblem = { path: ['fields', 0, 'label', 'id'], message: 'Isian "nama" (label.id) tidak boleh kosong' };
 * ```
 */
export interface FormDefinitionProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * The result of {@link validateFormDefinition}: the definition (a clean copy), or every problem.
 *
 * @example
 * ```ts
 * import { validateFormDefinition, type FormDefinitionResult } from '@alur/forms';
 * const result: FormDefinitionResult = validateFormDefinition({ key: 'x' });
 * ```
 */
export type FormDefinitionResult =
  | { readonly success: true; readonly definition: FormDefinition }
  | { readonly success: false; readonly problems: readonly FormDefinitionProblem[] };

/**
 * Options of {@link validateFormDefinition}.
 *
 * @example
 * ```ts
 * import type { ValidateFormDefinitionOptions } from '@alur/forms';
 * const options: ValidateFormDefinitionOptions = { locale: 'en' };
 * ```
 */
export interface ValidateFormDefinitionOptions {
  /** Language of the messages; default `id` (Bahasa Indonesia). */
  readonly locale?: Locale;
}

/**
 * Checks that outside input (an admin's edit, a row from Directus) is a form definition
 * `compileForm` can build: the format (known field types and settings, labels in both
 * languages, lowerCamelCase names, kebab-case key) and the rules across it (unique names
 * within a group, `min` not above `max`, choices with at least one option and unique
 * values, a default the field itself accepts, rules naming fields of the right type).
 * Returns a value and never throws; every problem is reported at once, in Bahasa
 * Indonesia or, with `locale: 'en'`, in English.
 *
 * @example
 * ```ts
 * import { validateFormDefinition } from '@alur/forms';
 * const result = validateFormDefinition({
 *   key: 'buku-tamu',
 *   title: { id: 'Buku Tamu', en: 'Guest book' },
 *   fields: [{ name: 'Nama Tamu', type: 'text', label: { id: 'Nama', en: 'Name' } }],
 * });
 * if (!result.success) console.log(result.problems[0]?.message);
 * // 'Isian "#1" (name) tidak sah: "Nama Tamu"; nama isian harus lowerCamelCase (...), misalnya nomorTelepon'
 * ```
 */
export function validateFormDefinition(input: unknown, options: ValidateFormDefinitionOptions = {}): FormDefinitionResult {
  const locale = options.locale === 'en' ? 'en' : 'id';
  try {
    const result = formDefinitionSchema.safeParse(input, { error: definitionErrorMap(input, locale) });
    if (result.success) return { success: true, definition: result.data as FormDefinition };
    return {
      success: false,
      problems: result.error.issues.map((issue) => ({
        path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
        message: issue.message,
      })),
    };
  } catch (error) {
    // Only input that is not plain data gets here (a getter that throws, a cycle too deep).
    const reason = error instanceof Error ? error.name : typeof error;
    return {
      success: false,
      problems: [{ path: [], message: definitionMessage(locale, 'unreadable', locale === 'id' ? 'Definisi formulir' : 'The form definition', { reason }) }],
    };
  }
}
