import type { FormOptions } from './form-options.js';
import { track } from './internal/define-schema.js';
import { nip } from './internal/fields.js';
import type { LocalizedText } from './locale.js';

/**
 * A zod schema for a NIP field labelled `label`: the rules of {@link parseNip}, messages that
 * name the field (in `options.locale`), the value normalised to 18 digits. Its JSON Schema
 * pattern checks every part on its own; only the TMT-against-birth-date rule is zod's alone.
 *
 * @example
 * ```ts
 * import { createNipField } from '@alur/forms';
 * const field = createNipField({ id: 'NIP Kepala Bidang', en: 'NIP of the head of division' });
 * field.parse('19750121 200212 2 001'); // '197501212002122001'
 * field.safeParse('19750121 200212 3 001').error?.issues[0]?.message;
 * // 'NIP Kepala Bidang tidak sah: digit ke-15 (jenis kelamin) harus 1 (pria) atau 2 (wanita)'
 * ```
 */
export function createNipField(label: LocalizedText, options?: FormOptions) {
  return track((ctx) => nip(ctx, label), options);
}
