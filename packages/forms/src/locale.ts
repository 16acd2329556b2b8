/**
 * Languages for user-facing messages: Bahasa Indonesia (`id`, the default) and English (`en`).
 * The same union as `Locale` in `@alur/core`.
 *
 * @example
 * ```ts
 * import { parseForm, Kak, type Locale } from '@alur/forms';
 * const locale: Locale = 'en';
 * parseForm(Kak, {}, { locale });
 * ```
 */
export type Locale = 'id' | 'en';

/**
 * A text in both languages, e.g. a field label as the form prints it and its English
 * translation. Structurally the same as `LocalizedText` in `@alur/core`.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from '@alur/forms';
 * const label: LocalizedText = { id: 'NIP Penanggung Jawab Struktural', en: 'NIP of the structural person in charge' };
 * ```
 */
export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}
