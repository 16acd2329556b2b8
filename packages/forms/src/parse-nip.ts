import { NIP_LAYOUT } from './internal/patterns.js';

/**
 * The parts of a valid NIP (Nomor Induk Pegawai).
 *
 * @example
 * ```ts
 * import { parseNip, type NipParts } from '@alur/forms';
 * const result = parseNip('19770830 199603 1 001');
 * const parts: NipParts | undefined = result.ok ? result.value : undefined; // sex 'male', tmt '1996-03'
 * ```
 */
export interface NipParts {
  /** The 18 digits without spaces. */
  readonly nip: string;
  /** Date of birth, `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** Year and month of appointment (TMT CPNS), `YYYY-MM`. */
  readonly tmt: string;
  /** Digit 15: `1` male, `2` female. */
  readonly sex: 'male' | 'female';
  /** Digits 16–18, 1–999. */
  readonly sequence: number;
}

/**
 * Why a text is not a NIP, part by part, in the order the parts are checked:
 * `format` (not 18 digits laid out as 8-6-1-3), `birth-date`, `tmt`, `sex`, `sequence`,
 * and `tmt-age` (the appointment falls outside ages 18–59 given the date of birth).
 *
 * @example
 * ```ts
 * import { parseNip, type NipProblem } from '@alur/forms';
 * const result = parseNip('19750121 200212 2 000');
 * const problem: NipProblem | undefined = result.ok ? undefined : result.problem; // 'sequence'
 * ```
 */
export type NipProblem = 'format' | 'birth-date' | 'tmt' | 'sex' | 'sequence' | 'tmt-age';

/**
 * The result of {@link parseNip}: the parts, or the first problem found.
 *
 * @example
 * ```ts
 * import { parseNip, type NipResult } from '@alur/forms';
 * const result: NipResult = parseNip('19750121 199212 2 001');
 * // { ok: false, problem: 'tmt-age', birthDate: '1975-01-21', tmt: '1992-12' }
 * ```
 */
export type NipResult =
  | { readonly ok: true; readonly value: NipParts }
  | { readonly ok: false; readonly problem: NipProblem; readonly birthDate?: string; readonly tmt?: string };

/** Earliest and latest age at appointment, in whole years. */
const MIN_AGE = 18;
const MAX_AGE = 60;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isExistingDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * Reads a NIP as it is printed (`19750121 200212 2 001`: spaces allowed only between the
 * four parts, none inside) and checks each part:
 *
 * 1. digits 1–8: a date of birth that exists, year 1900–2099;
 * 2. digits 9–14: TMT, year 1900–2099 and month 01–12;
 * 3. digit 15: 1 (male) or 2 (female);
 * 4. digits 16–18: sequence 001–999;
 * 5. the TMT month is at least 18 and less than 60 years after the birth month (a civil
 *    servant is appointed between 18 and retirement age; the day of appointment is not in
 *    the NIP, so months are compared).
 *
 * Pure: it never reads the clock, so a NIP with a future birth date or TMT is not refused.
 * Expected failures are values, never exceptions.
 *
 * @example
 * ```ts
 * import { parseNip } from '@alur/forms';
 * parseNip('19750121 200212 2 001');
 * // { ok: true, value: { nip: '197501212002122001', birthDate: '1975-01-21', tmt: '2002-12', sex: 'female', sequence: 1 } }
 * parseNip('19750121 200212 3 001'); // { ok: false, problem: 'sex' }
 * ```
 */
export function parseNip(text: string): NipResult {
  const match = NIP_LAYOUT.exec(text);
  if (!match) return { ok: false, problem: 'format' };
  const [, birth = '', tmtDigits = '', sexDigit = '', sequenceDigits = ''] = match;
  const by = Number(birth.slice(0, 4));
  const bm = Number(birth.slice(4, 6));
  const bd = Number(birth.slice(6, 8));
  if (by < 1900 || by > 2099 || !isExistingDate(by, bm, bd)) return { ok: false, problem: 'birth-date' };
  const ty = Number(tmtDigits.slice(0, 4));
  const tm = Number(tmtDigits.slice(4, 6));
  if (ty < 1900 || ty > 2099 || tm < 1 || tm > 12) return { ok: false, problem: 'tmt' };
  if (sexDigit !== '1' && sexDigit !== '2') return { ok: false, problem: 'sex' };
  const sequence = Number(sequenceDigits);
  if (sequence < 1) return { ok: false, problem: 'sequence' };
  const birthDate = `${by}-${pad(bm)}-${pad(bd)}`;
  const tmt = `${ty}-${pad(tm)}`;
  const ageInMonths = ty * 12 + tm - (by * 12 + bm);
  if (ageInMonths < MIN_AGE * 12 || ageInMonths >= MAX_AGE * 12) return { ok: false, problem: 'tmt-age', birthDate, tmt };
  return {
    ok: true,
    value: { nip: `${birth}${tmtDigits}${sexDigit}${sequenceDigits}`, birthDate, tmt, sex: sexDigit === '1' ? 'male' : 'female', sequence },
  };
}
