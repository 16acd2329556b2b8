import { describe, expect, it } from 'vitest';
import { disagreements, messages } from '../test/support.js';
import { createEselonField } from './create-eselon-field.js';
import { parseEselon } from './parse-eselon.js';

const requester = createEselonField({ id: 'Eselon Pemohon', en: 'Eselon of the requester' }, { minimumIII: true });
const anyEselon = createEselonField({ id: 'Eselon', en: 'Eselon' });

describe('parseEselon', () => {
  it('reads the usual writings and gives the level (1 highest)', () => {
    const got = ['III.a', 'III/a', 'iii a', 'IIIb', '3a', 'Eselon II.b', 'eselon iv-b', 'I.a', 'V.a', 'III', 'III.c', 'IV/b golongan'].map((text) => [
      text,
      parseEselon(text),
    ]);
    expect(Object.fromEntries(got)).toEqual({
      'III.a': { ok: true, value: 'III.a', level: 3 },
      'III/a': { ok: true, value: 'III.a', level: 3 },
      'iii a': { ok: true, value: 'III.a', level: 3 },
      IIIb: { ok: true, value: 'III.b', level: 3 },
      '3a': { ok: true, value: 'III.a', level: 3 },
      'Eselon II.b': { ok: true, value: 'II.b', level: 2 },
      'eselon iv-b': { ok: true, value: 'IV.b', level: 4 },
      'I.a': { ok: true, value: 'I.a', level: 1 },
      'V.a': { ok: false },
      III: { ok: false },
      'III.c': { ok: false },
      'IV/b golongan': { ok: false },
    });
  });
});

describe('createEselonField', () => {
  it('writes the eselon as III.a; "minimal eselon III" accepts III and above', () => {
    expect(requester.parse('eselon 3/b')).toBe('III.b');
    expect(requester.parse('II.a')).toBe('II.a');
    expect(anyEselon.parse('IV.a')).toBe('IV.a');
  });

  it('refuses a requester below eselon III, saying which eselon was given', () => {
    expect({
      ...messages(requester, { 'eselon IV.a': 'IV.a', 'eselon 4b': '4b', 'not an eselon': 'Pembina Tingkat I, IV/b', missing: undefined }),
    }).toMatchInlineSnapshot(`
      {
        "eselon 4b": [
          "id: Eselon Pemohon harus minimal eselon III (III.b atau lebih tinggi); eselon IV.b tidak memenuhi",
          "en: Eselon of the requester must be eselon III or higher (III.b or above); eselon IV.b does not qualify",
        ],
        "eselon IV.a": [
          "id: Eselon Pemohon harus minimal eselon III (III.b atau lebih tinggi); eselon IV.a tidak memenuhi",
          "en: Eselon of the requester must be eselon III or higher (III.b or above); eselon IV.a does not qualify",
        ],
        "missing": [
          "id: Eselon Pemohon wajib diisi",
          "en: Eselon of the requester is required",
        ],
        "not an eselon": [
          "id: Eselon Pemohon harus eselon I, II, III atau IV dengan a/b, misalnya III.a",
          "en: Eselon of the requester must be eselon I, II, III or IV with a/b, e.g. III.a",
        ],
      }
    `);
  });

  it('JSON Schema holds both rules as patterns and agrees with zod', () => {
    const inputs = { a: 'III.a', b: 'II.b', c: 'IV.a', d: '4b', e: 'eselon iii/b', f: 'V.a', g: 'Pembina Tingkat I, IV/b', h: '1a' };
    expect(disagreements(requester, inputs)).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
    expect(disagreements(anyEselon, inputs)).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
