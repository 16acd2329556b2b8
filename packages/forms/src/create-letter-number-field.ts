import type { FormOptions } from './form-options.js';
import { track } from './internal/define-schema.js';
import { letterNumber } from './internal/fields.js';
import type { LocalizedText } from './locale.js';

/**
 * A zod schema for an Indonesian letter number ("nomor surat") labelled `label`, kept as
 * text: at most 100 characters, starting with a letter or digit, holding at least one
 * digit, and only letters, digits, spaces and `/ . - – ( ) , : & _`. Only trimmed.
 *
 * @example
 * ```ts
 * import { createLetterNumberField } from '@alur/forms';
 * const field = createLetterNumberField({ id: 'Nomor SOP', en: 'SOP number' });
 * field.parse('555/568/DKIST/2021'); // '555/568/DKIST/2021'
 * field.parse('SC - 04/EGOTIK/2023'); // 'SC - 04/EGOTIK/2023'
 * ```
 */
export function createLetterNumberField(label: LocalizedText, options?: FormOptions) {
  return track((ctx) => letterNumber(ctx, label), options);
}
