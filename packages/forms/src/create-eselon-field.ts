import type { FormOptions } from './form-options.js';
import { track } from './internal/define-schema.js';
import { eselon } from './internal/fields.js';
import type { LocalizedText } from './locale.js';

/**
 * A zod schema for an eselon field labelled `label`, read as {@link parseEselon} reads it and
 * written `III.a`; with `minimumIII: true` eselon IV is refused ("minimal eselon III").
 * Both rules are patterns, so JSON Schema checks them too.
 *
 * @example
 * ```ts
 * import { createEselonField } from '@alur/forms';
 * const field = createEselonField({ id: 'Eselon Pemohon', en: 'Eselon of the requester' }, { minimumIII: true });
 * field.parse('3b'); // 'III.b'
 * field.safeParse('IV.a').error?.issues[0]?.message;
 * // 'Eselon Pemohon harus minimal eselon III (III.b atau lebih tinggi); eselon IV.a tidak memenuhi'
 * ```
 */
export function createEselonField(label: LocalizedText, options: FormOptions & { readonly minimumIII?: boolean } = {}) {
  return track((ctx) => eselon(ctx, label, options.minimumIII ? { minimumIII: true } : {}), options);
}
