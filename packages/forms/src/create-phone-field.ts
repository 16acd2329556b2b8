import type { FormOptions } from './form-options.js';
import { track } from './internal/define-schema.js';
import { phone } from './internal/fields.js';
import type { LocalizedText } from './locale.js';
import type { PhoneKind } from './normalize-phone.js';

/**
 * A zod schema for an Indonesian phone field of `kind` labelled `label`, normalised as
 * {@link normalizePhone} does (`+62…`).
 *
 * @example
 * ```ts
 * import { createPhoneField } from '@alur/forms';
 * const hp = createPhoneField({ id: 'Nomor HP', en: 'Mobile number' }, 'mobile');
 * hp.parse('+62 821-8064-0997'); // '+6282180640997'
 * ```
 */
export function createPhoneField(label: LocalizedText, kind: PhoneKind, options?: FormOptions) {
  return track((ctx) => phone(ctx, label, kind), options);
}
