import { ESELON_LAYOUT } from './internal/patterns.js';

/**
 * Eselon ranks, highest first.
 *
 * @example
 * ```ts
 * import { parseEselon, type Eselon } from '@alur/forms';
 * const result = parseEselon('III/b');
 * const eselon: Eselon | undefined = result.ok ? result.value : undefined; // 'III.b'
 * ```
 */
export type Eselon = 'I.a' | 'I.b' | 'II.a' | 'II.b' | 'III.a' | 'III.b' | 'IV.a' | 'IV.b';

/**
 * The result of {@link parseEselon}: the eselon in its usual writing and its level (1 highest … 4).
 *
 * @example
 * ```ts
 * import { parseEselon, type EselonResult } from '@alur/forms';
 * const result: EselonResult = parseEselon('IV.a');
 * const meetsMinimumIII = result.ok && result.level <= 3; // false
 * ```
 */
export type EselonResult = { readonly ok: true; readonly value: Eselon; readonly level: 1 | 2 | 3 | 4 } | { readonly ok: false };

const levels = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 } as const;
const roman = ['I', 'II', 'III', 'IV'] as const;

/**
 * Reads an eselon (structural rank) written `III.a`, `III/a`, `III a`, `IIIa`, `3a` or
 * `Eselon III.a`, any case, and writes it as `III.a`. Eselon I is the highest; "minimal
 * eselon III" means a level of 3 or less (III.b, III.a, II.b, II.a, I.b, I.a).
 *
 * @example
 * ```ts
 * import { parseEselon } from '@alur/forms';
 * parseEselon('eselon iii/b'); // { ok: true, value: 'III.b', level: 3 }
 * parseEselon('IV.a'); // { ok: true, value: 'IV.a', level: 4 }
 * parseEselon('V.a'); // { ok: false }
 * ```
 */
export function parseEselon(text: string): EselonResult {
  const match = ESELON_LAYOUT.exec(text);
  if (!match) return { ok: false };
  const level = levels[(match[1] ?? '').toLowerCase() as keyof typeof levels];
  const letter = (match[2] ?? '').toLowerCase() as 'a' | 'b';
  return { ok: true, value: `${roman[level - 1] ?? 'I'}.${letter}` as Eselon, level };
}
