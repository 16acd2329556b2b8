import type { Locale, LocalizedText } from './locale.js';

/**
 * The closed set of failure codes thrown by `@alur/forms`. Invalid form input is never
 * thrown: `parseForm` and `safeParse` return it as a value.
 *
 * - `INVALID_OPTIONS`: an option passed to a factory breaks a rule (e.g. an empty or
 *   malformed list of official email domains).
 * - `INVALID_DEFINITION`: a form definition given to `compileForm` or `createDocumentCatalog`
 *   is not valid; `details.problems` lists what `validateFormDefinition` reports.
 *
 * @example
 * ```ts
 * import { FormsError, type FormsErrorCode } from '@alur/forms';
 * const isOptionsError = (error: unknown): boolean => error instanceof FormsError && error.code === ('INVALID_OPTIONS' satisfies FormsErrorCode);
 * ```
 */
export type FormsErrorCode = 'INVALID_OPTIONS' | 'INVALID_DEFINITION';

/**
 * The one error class of `@alur/forms`. `message` is in Bahasa Indonesia; `localized('en')`
 * gives English.
 *
 * @example
 * ```ts
 * import { createDocumentCatalog, FormsError } from '@alur/forms';
 * try {
 *   createDocumentCatalog({ officialEmailDomains: [] });
 * } catch (error) {
 *   if (error instanceof FormsError && error.code === 'INVALID_OPTIONS') console.log(error.localized('en'));
 * }
 * ```
 */
export class FormsError extends Error {
  override readonly name = 'FormsError';
  readonly code: FormsErrorCode;
  readonly text: LocalizedText;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: FormsErrorCode, text: LocalizedText, options: { details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(text.id, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.text = text;
    this.details = options.details ?? {};
  }

  /** The message in the given language. */
  localized(locale: Locale = 'id'): string {
    return this.text[locale];
  }
}
