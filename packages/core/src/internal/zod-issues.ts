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
    case 'invalid_type':
      return issue.input === undefined
        ? { id: 'wajib diisi', en: 'is required' }
        : { id: `jenis nilai salah, seharusnya ${issue.expected}`, en: `wrong type, expected ${issue.expected}` };
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
