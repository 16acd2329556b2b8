/**
 * How Alur words zod's built-in issues (a wrong type, a size, a missing value, a choice) in
 * Bahasa Indonesia and English, so that `@alur/core` (SOP and calendar definitions, events) and
 * `@alur/forms` say a problem alike. A workspace package of source only: each of the two bundles
 * it into its own build (it is a devDependency of both, so never installed by their users).
 */
import type { z } from 'zod';
import { en as zodEn, id as zodId } from 'zod/locales';

/** The two languages of Alur's messages. */
export type Locale = 'id' | 'en';

/** An issue as zod hands it to an error map (raw) or reports it (final, with `input` when parsed with `reportInput`). */
export type AnyZodIssue = z.core.$ZodRawIssue | z.core.$ZodIssue;

/** Words for zod's type names: our own where zod's locale leaves them in English (`string`, `number`). */
export type TypeWords = Readonly<Record<string, string>>;

/**
 * The type words of each language. zod's Indonesian locale names types as JavaScript does
 * ("diharapkan string, diterima number"); a civil servant reads "teks" and "angka".
 */
export const TYPE_WORDS: Readonly<Record<Locale, TypeWords>> = {
  id: {
    string: 'teks',
    number: 'angka',
    int: 'bilangan bulat',
    fraction: 'bilangan desimal',
    bigint: 'bilangan bulat',
    boolean: 'true/false',
    object: 'objek',
    array: 'daftar',
    set: 'himpunan',
    map: 'peta',
    date: 'tanggal',
    Date: 'tanggal',
    null: 'null',
    undefined: 'kosong',
    nan: 'bukan angka (NaN)',
    symbol: 'simbol',
    function: 'fungsi',
  },
  en: {
    string: 'text',
    number: 'number',
    int: 'integer',
    fraction: 'decimal number',
    bigint: 'integer',
    boolean: 'true/false',
    object: 'object',
    array: 'list',
    set: 'set',
    map: 'map',
    date: 'date',
    Date: 'date',
    null: 'null',
    undefined: 'nothing',
    nan: 'not a number (NaN)',
    symbol: 'symbol',
    function: 'function',
  },
};

type ErrorFn = (issue: z.core.$ZodRawIssue) => string | undefined;
let zodLocales: Readonly<Record<Locale, ErrorFn>> | undefined;

/** zod's own error map of a language, made on first use (no work and no global config at import). */
function zodLocale(locale: Locale): ErrorFn {
  zodLocales ??= {
    id: plain(zodId().localeError),
    en: plain(zodEn().localeError),
  };
  return zodLocales[locale];
}

function plain(map: z.core.$ZodErrorMap): ErrorFn {
  return (issue) => {
    const result = map(issue as never);
    return typeof result === 'string' ? result : (result?.message ?? undefined);
  };
}

/**
 * The message of one of zod's built-in issues in `locale`: zod's own locale, with our words
 * where zod's read poorly:
 * - a wrong type keeps zod's sentence ("Input tidak valid: diharapkan …, diterima …") with
 *   the types named in the reader's words (`teks`, `angka`, `daftar`);
 * - a missing value says so ("Wajib diisi: diharapkan teks") instead of "diterima undefined";
 * - a size names the bound in words and what was given ("Terlalu pendek: diharapkan teks
 *   memiliki minimal 3 karakter, diterima 1 karakter") instead of "string memiliki >=3 karakter";
 * - zod's Indonesian "Kunci tidak dikenali s:" loses its stray "s";
 * - a union every branch of which refused the type names each expected type.
 *
 * Everything else (a value not among the choices, a format, a discriminator, ...) is zod's
 * locale as it is. The input is never quoted; only its kind and size are named.
 */
export function issueText(issue: AnyZodIssue, locale: Locale, words: TypeWords = TYPE_WORDS[locale]): string {
  const name = (type: string) => words[type] ?? type;
  const raw = issue as z.core.$ZodRawIssue;
  const hasInput = 'input' in issue;
  switch (raw.code) {
    case 'invalid_type': {
      if (/^[A-Z]/.test(raw.expected)) break; // "instanceof X": zod's wording
      if (hasInput && raw.input === undefined) return missing(locale, name(raw.expected));
      if (!hasInput) break;
      // A whole number expected and a fraction given: "diterima angka" would read as no mistake.
      const fraction = raw.expected === 'int' && typeof raw.input === 'number' && Number.isFinite(raw.input) && !Number.isInteger(raw.input);
      return wrongType(locale, name(raw.expected), name(fraction ? 'fraction' : kindOf(raw.input)));
    }
    case 'too_small':
    case 'too_big': {
      const sized = sizeText(raw, locale, name, hasInput);
      if (sized !== undefined) return sized;
      break;
    }
    case 'unrecognized_keys':
      if (locale === 'id') return `Kunci tidak dikenali: ${raw.keys.map((key) => `"${key}"`).join(', ')}`;
      break;
    case 'invalid_union': {
      const options = (raw as { options?: unknown }).options;
      if (Array.isArray(options) && options.length > 0) {
        // A discriminator not among the options reads as a value not among the choices.
        return zodLocale(locale)({ code: 'invalid_value', values: options, input: raw.input, path: raw.path } as z.core.$ZodRawIssue) ?? 'Invalid input';
      }
      const expected = unionTypes(raw.errors);
      if (expected === undefined || !hasInput) break;
      const either = [...new Set(expected.map(name))].join(locale === 'id' ? ' atau ' : ' or ');
      if (raw.input === undefined) return missing(locale, either);
      return wrongType(locale, either, name(kindOf(raw.input)));
    }
    default:
      break;
  }
  return zodLocale(locale)(raw) ?? (locale === 'id' ? 'Input tidak valid' : 'Invalid input');
}

/** zod's sentence for a wrong type, word for word ("Input tidak valid: diharapkan …, diterima …"). */
function wrongType(locale: Locale, expected: string, received: string): string {
  return locale === 'id' ? `Input tidak valid: diharapkan ${expected}, diterima ${received}` : `Invalid input: expected ${expected}, received ${received}`;
}

function missing(locale: Locale, expected: string): string {
  return locale === 'id' ? `Wajib diisi: diharapkan ${expected}` : `Required: expected ${expected}`;
}

/** The types every branch of a union expected, when each branch refused only the type of the value itself. */
function unionTypes(errors: readonly (readonly z.core.$ZodIssue[])[]): string[] | undefined {
  const types: string[] = [];
  for (const branch of errors) {
    const [only, ...more] = branch;
    if (!only || more.length > 0 || only.code !== 'invalid_type' || only.path.length > 0) return undefined;
    types.push(only.expected);
  }
  return types.length > 0 ? types : undefined;
}

/** The kind of a value, named as zod names the expected one. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  if (value instanceof Date) return 'date';
  if (value instanceof Set) return 'set';
  if (value instanceof Map) return 'map';
  return typeof value;
}

/** Units of the sizes zod checks, singular and plural. */
const UNITS: Readonly<Record<Locale, Readonly<Record<string, readonly [string, string]>>>> = {
  id: { string: ['karakter', 'karakter'], array: ['butir', 'butir'], set: ['butir', 'butir'], map: ['entri', 'entri'], file: ['byte', 'byte'] },
  en: { string: ['character', 'characters'], array: ['item', 'items'], set: ['item', 'items'], map: ['entry', 'entries'], file: ['byte', 'bytes'] },
};

const HEADS: Readonly<Record<Locale, Readonly<Record<'length' | 'count' | 'value', readonly [small: string, big: string]>>>> = {
  id: { length: ['Terlalu pendek', 'Terlalu panjang'], count: ['Terlalu sedikit', 'Terlalu banyak'], value: ['Terlalu kecil', 'Terlalu besar'] },
  en: { length: ['Too short', 'Too long'], count: ['Too few', 'Too many'], value: ['Too small', 'Too big'] },
};

const BOUNDS: Readonly<Record<Locale, { readonly exact: string; readonly min: readonly [string, string]; readonly max: readonly [string, string] }>> = {
  id: { exact: 'tepat', min: ['minimal', 'lebih dari'], max: ['maksimal', 'kurang dari'] },
  en: { exact: 'exactly', min: ['at least', 'more than'], max: ['at most', 'less than'] },
};

function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (value instanceof Set || value instanceof Map) return value.size;
  if (typeof value === 'object' && value !== null && typeof (value as { size?: unknown }).size === 'number') return (value as { size: number }).size;
  return undefined;
}

/**
 * "Terlalu pendek: diharapkan teks memiliki minimal 3 karakter, diterima 1 karakter" and the
 * like (zod's sentence, the bound in words, and the size given);
 * a number's bound without the number given (values are never quoted). `undefined` for an
 * origin zod words better itself (a date, a file).
 */
function sizeText(
  issue: z.core.$ZodRawIssue & { code: 'too_small' | 'too_big' },
  locale: Locale,
  name: (type: string) => string,
  hasInput: boolean,
): string | undefined {
  const small = issue.code === 'too_small';
  const bound = small ? issue.minimum : issue.maximum;
  const origin = String(issue.origin);
  const units = UNITS[locale][origin];
  const words = BOUNDS[locale];
  const how = issue.exact ? words.exact : (small ? words.min : words.max)[issue.inclusive === false ? 1 : 0];
  const head = HEADS[locale][units ? (origin === 'string' || origin === 'file' ? 'length' : 'count') : 'value'][small ? 0 : 1];
  if (units) {
    const unit = (n: number | bigint) => units[Number(n) === 1 ? 0 : 1];
    const given = hasInput ? sizeOf(issue.input) : undefined;
    const expected =
      locale === 'id'
        ? `diharapkan ${name(origin)} memiliki ${how} ${bound} ${unit(bound)}`
        : `expected ${name(origin)} to have ${how} ${bound} ${unit(bound)}`;
    if (given === undefined) return `${head}: ${expected}`;
    return `${head}: ${expected}, ${locale === 'id' ? 'diterima' : 'received'} ${given} ${unit(given)}`;
  }
  if (origin === 'number' || origin === 'int' || origin === 'bigint') {
    return locale === 'id' ? `${head}: diharapkan ${name(origin)} ${how} ${bound}` : `${head}: expected ${name(origin)} to be ${how} ${bound}`;
  }
  return undefined;
}
