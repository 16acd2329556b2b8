import type { Locale } from './locale.js';

/**
 * The default list of official email domains: `go.id` and, through it, every subdomain.
 *
 * @example
 * ```ts
 * import { createDocumentCatalog, DEFAULT_OFFICIAL_EMAIL_DOMAINS } from '@alur/forms';
 * const catalog = createDocumentCatalog({ officialEmailDomains: [...DEFAULT_OFFICIAL_EMAIL_DOMAINS, 'desa.id'] });
 * ```
 */
export const DEFAULT_OFFICIAL_EMAIL_DOMAINS: readonly string[] = ['go.id'];

/**
 * Options of every schema factory. Schemas built with the same options are the same
 * objects (factories memoise), so building them per request is cheap.
 *
 * @example
 * ```ts
 * import { createDocumentCatalog, type FormOptions } from '@alur/forms';
 * const options: FormOptions = { locale: 'en', officialEmailDomains: ['go.id', 'desa.id'] };
 * const catalog = createDocumentCatalog(options);
 * ```
 */
export interface FormOptions {
  /** Language of the messages the schema's own `safeParse` gives; default `id`. */
  readonly locale?: Locale;
  /**
   * Domains that count as "email kedinasan": an address on one of them or on a subdomain
   * of one is accepted. Default {@link DEFAULT_OFFICIAL_EMAIL_DOMAINS} (`go.id`).
   */
  readonly officialEmailDomains?: readonly string[];
}
