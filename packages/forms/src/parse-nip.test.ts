import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NIP_PATTERN } from './internal/patterns.js';
import { parseNip, type NipProblem } from './parse-nip.js';

const daysIn = (year: number, month: number): number =>
  [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A valid NIP's parts: an existing birth date, a TMT at age 18–59, sex 1/2, sequence 1–999. */
const nipParts = fc
  .record({
    year: fc.integer({ min: 1900, max: 2080 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayIndex: fc.nat(),
    age: fc.integer({ min: 18 * 12, max: 60 * 12 - 1 }),
  })
  .map(({ year, month, dayIndex, age }) => {
    const day = (dayIndex % daysIn(year, month)) + 1;
    const tmtMonths = year * 12 + (month - 1) + age;
    return { birth: `${year}${pad(month)}${pad(day)}`, tmt: `${Math.floor(tmtMonths / 12)}${pad((tmtMonths % 12) + 1)}`, year, month, day };
  })
  .filter(({ tmt }) => Number(tmt.slice(0, 4)) <= 2099);

const validNip = fc.record({
  parts: nipParts,
  sex: fc.constantFrom('1', '2'),
  sequence: fc.integer({ min: 1, max: 999 }),
  gaps: fc.tuple(fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' '), fc.constantFrom('', ' ')),
  outer: fc.constantFrom('', ' ', '\t'),
});

interface Written {
  readonly parts: { readonly birth: string; readonly tmt: string };
  readonly sex: string;
  readonly sequence: number;
  readonly gaps: readonly [string, string, string];
  readonly outer: string;
}

const write = (v: Written): string => `${v.outer}${v.parts.birth}${v.gaps[0]}${v.parts.tmt}${v.gaps[1]}${v.sex}${v.gaps[2]}${pad(v.sequence, 3)}${v.outer}`;

describe('parseNip', () => {
  it('reads the NIPs printed in seeds 001 and 004', () => {
    expect(parseNip('19750121 200212 2 001')).toEqual({
      ok: true,
      value: { nip: '197501212002122001', birthDate: '1975-01-21', tmt: '2002-12', sex: 'female', sequence: 1 },
    });
    expect(parseNip('19770830 199603 1 001')).toEqual({
      ok: true,
      value: { nip: '197708301996031001', birthDate: '1977-08-30', tmt: '1996-03', sex: 'male', sequence: 1 },
    });
  });

  it('names the first broken part', () => {
    const cases: Record<string, NipProblem | 'ok'> = {
      '197501212002122001': 'ok',
      ' 19750121 200212 2 001 ': 'ok',
      '19750121200212 2001': 'ok',
      '20000229 201803 1 999': 'ok',
      '19750121 200212 2 00': 'format',
      '1975 0121 200212 2 001': 'format',
      '19750121-200212-2-001': 'format',
      '19750121 200212 2 001 5': 'format',
      'NIP. 19750121 200212 2 001': 'format',
      '19750132 200212 2 001': 'birth-date',
      '19750229 200212 2 001': 'birth-date',
      '19000229 192001 1 001': 'birth-date',
      '18991231 192001 1 001': 'birth-date',
      '19751321 200212 2 001': 'birth-date',
      '19750121 200213 2 001': 'tmt',
      '19750121 200200 2 001': 'tmt',
      '19750121 200212 3 001': 'sex',
      '19750121 200212 0 001': 'sex',
      '19750121 200212 2 000': 'sequence',
      '19750121 199212 2 001': 'tmt-age',
      '19750121 203501 2 001': 'tmt-age',
      '19750821 199307 2 001': 'tmt-age',
    };
    const got = Object.fromEntries(
      Object.keys(cases).map((text) => {
        const result = parseNip(text);
        return [text, result.ok ? 'ok' : result.problem];
      }),
    );
    expect(got).toEqual(cases);
  });

  it('appointment at exactly 18 years (by month) is allowed, one month earlier is not', () => {
    expect(parseNip('19770830 199508 1 001').ok).toBe(true);
    expect(parseNip('19770830 199507 1 001')).toEqual({ ok: false, problem: 'tmt-age', birthDate: '1977-08-30', tmt: '1995-07' });
    expect(parseNip('19770830 203707 1 001').ok).toBe(true);
    expect(parseNip('19770830 203708 1 001')).toMatchObject({ ok: false, problem: 'tmt-age' });
  });
});

describe('parseNip properties', () => {
  it('accepts every valid NIP, as typed with spaces, and normalises it to its 18 digits idempotently', () => {
    fc.assert(
      fc.property(validNip, (v) => {
        const text = write(v);
        const result = parseNip(text);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.nip).toBe(text.replace(/\s/g, ''));
        expect(result.value.birthDate).toBe(`${v.parts.year}-${pad(v.parts.month)}-${pad(v.parts.day)}`);
        expect(result.value.sex).toBe(v.sex === '1' ? 'male' : 'female');
        expect(parseNip(result.value.nip)).toEqual(result);
      }),
    );
  });

  it('refuses a valid NIP with one part broken, naming that part', () => {
    const breaks: readonly (readonly [NipProblem, (nip: string) => string])[] = [
      ['birth-date', (n) => `${n.slice(0, 4)}13${n.slice(6)}`],
      ['birth-date', (n) => `${n.slice(0, 6)}32${n.slice(8)}`],
      ['birth-date', (n) => `${n.slice(0, 4)}0230${n.slice(8)}`],
      ['tmt', (n) => `${n.slice(0, 12)}00${n.slice(14)}`],
      ['tmt', (n) => `${n.slice(0, 12)}13${n.slice(14)}`],
      ['sex', (n) => `${n.slice(0, 14)}3${n.slice(15)}`],
      ['sequence', (n) => `${n.slice(0, 15)}000`],
      ['format', (n) => n.slice(1)],
      ['format', (n) => `${n}0`],
      ['format', (n) => `${n.slice(0, 9)}x${n.slice(10)}`],
    ];
    fc.assert(
      fc.property(validNip, fc.constantFrom(...breaks), (v, [problem, breakIt]) => {
        const nip = write({ ...v, gaps: ['', '', ''], outer: '' });
        expect(parseNip(breakIt(nip))).toMatchObject({ ok: false, problem });
      }),
    );
  });

  it("JSON Schema's pattern accepts exactly what parseNip accepts, except the TMT-against-birth-date rule", () => {
    const nearlyNips = fc.oneof(
      validNip.map(write),
      validNip.chain((v) =>
        fc.nat({ max: 17 }).chain((i) =>
          fc.integer({ min: 0, max: 9 }).map((d) => {
            const nip = write({ ...v, gaps: ['', '', ''], outer: '' });
            return `${nip.slice(0, i)}${d}${nip.slice(i + 1)}`;
          }),
        ),
      ),
      fc.stringMatching(/^[0-9 ]{15,22}$/),
    );
    fc.assert(
      fc.property(nearlyNips, (text) => {
        const result = parseNip(text);
        expect(NIP_PATTERN.test(text)).toBe(result.ok || result.problem === 'tmt-age');
      }),
      { numRuns: 2000 },
    );
  });
});
