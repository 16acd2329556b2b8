import type { z } from 'zod';
import { contextOf, inLocale } from './internal/define-schema.js';
import { labelAt } from './internal/walk.js';
import type { Locale } from './locale.js';

/**
 * One problem in a form: where it is, the field's label and the message, in the asked language.
 *
 * @example
 * ```ts
 * import { Kak, parseForm, type FormIssue } from '@alur/forms';
 * const result = parseForm(Kak, {});
 * const issues: readonly FormIssue[] = result.success ? [] : result.issues;
 * // [{ path: ['applicationName'], label: 'Nama Aplikasi', message: 'Nama Aplikasi wajib diisi' }, ...]
 * ```
 */
export interface FormIssue {
  /** Path inside the input, e.g. `['structuralPic', 'nip']`. */
  readonly path: readonly (string | number)[];
  /** The field's label as the form prints it (or in English); the form's name for the whole input. */
  readonly label: string;
  readonly message: string;
}

/**
 * The result of {@link parseForm}: the parsed (normalised) value, or every problem.
 *
 * @example
 * ```ts
 * import { Kak, parseForm, type FormResult } from '@alur/forms';
 * const result: FormResult<Kak> = parseForm(Kak, {}, { locale: 'en' });
 * ```
 */
export type FormResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly FormIssue[] };

/**
 * Options of {@link parseForm}.
 *
 * @example
 * ```ts
 * import { ApplicationDevelopmentForm, parseForm, type ParseFormOptions } from '@alur/forms';
 * const options: ParseFormOptions = { locale: 'en', emptyAsMissing: true };
 * parseForm(ApplicationDevelopmentForm, { applicationName: 'SIMPEG', staff: null }, options);
 * ```
 */
export interface ParseFormOptions {
  /** Language of labels and messages; default the schema's own (`id` for the default schemas). */
  readonly locale?: Locale;
  /**
   * Treat blank texts (`""`, only spaces) and `null` in objects as fields left out, as HTML
   * forms and Directus send them, so an empty optional field is not an error (a required
   * one is reported as "wajib diisi"). Default `false`: the input is parsed as it is.
   */
  readonly emptyAsMissing?: boolean;
}

function dropEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null || (typeof item === 'string' && item.trim() === '')) continue;
    out[key] = dropEmpty(item);
  }
  return out;
}

/**
 * Parses outside input with a form or document schema and returns a value: the parsed data
 * (NIPs as 18 digits, phones as `+62…`, eselon as `III.a`, trimmed texts), or the list of
 * issues, each with its path, the field's label and a message naming that field, in
 * Bahasa Indonesia or, with `locale: 'en'`, in English. The schema's other options (such as
 * the official email domains) are kept when the language changes. Never throws for bad
 * input and changes no global zod configuration; the issues never quote the input, so
 * secret fields cannot leak through them.
 *
 * @example
 * ```ts
 * import { ApplicationDevelopmentForm, parseForm } from '@alur/forms';
 * const result = parseForm(ApplicationDevelopmentForm.shape.structuralPic, { nip: '1975' }, { locale: 'en' });
 * if (!result.success) console.log(result.issues[1]);
 * // { path: ['nip'], label: 'NIP of the structural person in charge',
 * //   message: 'NIP of the structural person in charge must be 18 digits, optionally spaced like 19750121 200212 2 001' }
 * ```
 */
export function parseForm<TSchema extends z.ZodType>(schema: TSchema, input: unknown, options: ParseFormOptions = {}): FormResult<z.output<TSchema>> {
  const locale = options.locale ?? contextOf(schema)?.locale ?? 'id';
  const target = inLocale(schema, locale);
  const result = target.safeParse(options.emptyAsMissing ? dropEmpty(input) : input);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
      label: labelAt(target, issue.path)?.[locale] ?? '',
      message: issue.message,
    })),
  };
}
