import type { z } from 'zod';
import type { AlurIssue, LocalizedText } from '../alur-error.js';

/**
 * Schemas in this package name their own checks with a key of `texts`; zod's built-in
 * checks (wrong type, missing key, ...) get a generic bilingual text.
 */
export function toAlurIssues(
  error: z.core.$ZodError,
  texts: Readonly<Record<string, LocalizedText>>,
): AlurIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
    message: texts[issue.message] ?? genericText(issue),
  }));
}

function genericText(issue: z.core.$ZodIssue): LocalizedText {
  switch (issue.code) {
    case 'invalid_type': {
      // Needs the input on the issue: parse with `{ reportInput: true }` (the value itself is never quoted).
      if (issue.input === undefined) return { id: 'wajib diisi', en: 'is required' };
      const given = kindOf(issue.input);
      return {
        id: `jenis nilai salah: seharusnya ${TYPE_NAMES[issue.expected]?.id ?? issue.expected}, diterima ${TYPE_NAMES[given]?.id ?? given}`,
        en: `wrong type: expected ${TYPE_NAMES[issue.expected]?.en ?? issue.expected}, got ${TYPE_NAMES[given]?.en ?? given}`,
      };
    }
    case 'unrecognized_keys':
      return {
        id: `kunci tidak dikenal: ${issue.keys.join(', ')}`,
        en: `unknown keys: ${issue.keys.join(', ')}`,
      };
    case 'invalid_value':
      return {
        id: `nilai harus salah satu dari: ${issue.values.map(String).join(', ')}`,
        en: `value must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'too_small':
      return { id: `terlalu kecil/pendek (minimal ${String(issue.minimum)})`, en: `too small/short (minimum ${String(issue.minimum)})` };
    case 'too_big':
      return { id: `terlalu besar/panjang (maksimal ${String(issue.maximum)})`, en: `too big/long (maximum ${String(issue.maximum)})` };
    default:
      return { id: `nilai tidak sah (${issue.message})`, en: `invalid value (${issue.message})` };
  }
}

/** The kind of a value as zod names the expected one. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return typeof value;
}

const TYPE_NAMES: Readonly<Record<string, LocalizedText>> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  boolean: { id: 'true/false', en: 'true/false' },
  object: { id: 'objek', en: 'an object' },
  array: { id: 'daftar', en: 'a list' },
  null: { id: 'null', en: 'null' },
  date: { id: 'tanggal', en: 'a date' },
  bigint: { id: 'bilangan bulat besar', en: 'a big integer' },
};
