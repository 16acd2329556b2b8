import { INTERNAL_PHONE_PATTERN, LANDLINE_PATTERN, MOBILE_PATTERN } from './internal/patterns.js';

/**
 * Kinds of Indonesian phone numbers a form asks for: `mobile` (HP), `landline` (with area
 * code) and `internal` (an office line: a landline or a 2–6 digit extension).
 *
 * @example
 * ```ts
 * import { normalizePhone, type PhoneKind } from '@alur/forms';
 * const kind: PhoneKind = 'internal';
 * normalizePhone('ext. 214', kind); // { ok: true, value: '214' }
 * ```
 */
export type PhoneKind = 'mobile' | 'landline' | 'internal';

/**
 * The result of {@link normalizePhone}.
 *
 * @example
 * ```ts
 * import { normalizePhone, type PhoneResult } from '@alur/forms';
 * const result: PhoneResult = normalizePhone('+62 821 8064 0997', 'mobile');
 * if (result.ok) console.log(result.value); // '+6282180640997'
 * ```
 */
export type PhoneResult = { readonly ok: true; readonly value: string } | { readonly ok: false };

/**
 * Checks an Indonesian phone number and writes it in one form: `+62` followed by the
 * national number without its trunk `0` (E.164 without spaces), e.g. `0821-8064-0997` →
 * `+6282180640997`, `0717 – 426 2141` → `+627174262141`. Accepted input: a leading `0`,
 * `62` or `+62`, an optional `(` before it, and spaces, dots, hyphens, dashes and
 * parentheses between digits. Mobile numbers start with 8 after the country code and have
 * 9–12 digits there; landlines start with an area code digit 2–7 or 9 and have 7–11 digits.
 * An `internal` extension (`ext. 214`, `214`) is kept as its digits.
 *
 * Normalising is idempotent: a normalised number normalises to itself.
 *
 * @example
 * ```ts
 * import { normalizePhone } from '@alur/forms';
 * normalizePhone('0821-8064-0997', 'mobile'); // { ok: true, value: '+6282180640997' }
 * normalizePhone('0717 – 426 2141', 'landline'); // { ok: true, value: '+627174262141' }
 * normalizePhone('ext. 214', 'internal'); // { ok: true, value: '214' }
 * normalizePhone('12345', 'mobile'); // { ok: false }
 * ```
 */
export function normalizePhone(text: string, kind: PhoneKind): PhoneResult {
  const pattern = kind === 'mobile' ? MOBILE_PATTERN : kind === 'landline' ? LANDLINE_PATTERN : INTERNAL_PHONE_PATTERN;
  if (!pattern.test(text)) return { ok: false };
  const digits = text.replace(/[^0-9]/g, '');
  if (kind === 'internal' && !LANDLINE_PATTERN.test(text)) return { ok: true, value: digits };
  return { ok: true, value: `+62${digits.startsWith('0') ? digits.slice(1) : digits.slice(2)}` };
}
