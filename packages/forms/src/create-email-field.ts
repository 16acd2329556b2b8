import type { FormOptions } from './form-options.js';
import { track } from './internal/define-schema.js';
import { email } from './internal/fields.js';
import type { LocalizedText } from './locale.js';

/**
 * A zod schema for an email field labelled `label`; with `official: true` it must be an
 * email kedinasan on `options.officialEmailDomains` (default `go.id`) or a subdomain. The
 * value is trimmed and its domain lower-cased.
 *
 * @example
 * ```ts
 * import { createEmailField } from '@alur/forms';
 * const field = createEmailField({ id: 'Email PIC', en: 'PIC email' }, { official: true });
 * field.parse('Kominfo@BabelProv.go.id'); // 'Kominfo@babelprov.go.id'
 * field.safeParse('pic@gmail.com').success; // false
 * ```
 */
export function createEmailField(label: LocalizedText, options: FormOptions & { readonly official?: boolean } = {}) {
  return track((ctx) => email(ctx, label, options.official ? { official: true } : {}), options);
}
