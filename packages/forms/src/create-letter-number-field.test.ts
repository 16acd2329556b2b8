import { describe, expect, it } from 'vitest';
import { disagreements, messages } from '../test/support.js';
import { createLetterNumberField } from './create-letter-number-field.js';

const field = createLetterNumberField({ id: 'Nomor surat', en: 'Letter number' });

describe('createLetterNumberField', () => {
  it('keeps the letter numbers of the seeds as text, only trimmed', () => {
    expect(field.parse('555/568/DKIST/2021')).toBe('555/568/DKIST/2021');
    expect(field.parse(' SC - 04/EGOTIK/2023 ')).toBe('SC - 04/EGOTIK/2023');
    expect(field.parse('PER/21M.PAN/11/2008')).toBe('PER/21M.PAN/11/2008');
  });

  it('names the field, in Bahasa Indonesia and English', () => {
    expect(messages(field, { 'no digit': 'DKIST/EGOTIK', symbols: '555/568#DKIST', blank: '  ', 'too long': `${'1/'.repeat(60)}1` })).toMatchInlineSnapshot(`
      {
        "blank": [
          "id: Nomor surat tidak sah: tulis nomor surat seperti 555/568/DKIST/2021 (memuat angka; huruf, angka, spasi dan tanda / . - ( ) , : & _)",
          "en: Letter number is invalid: write a letter number like 555/568/DKIST/2021 (with a digit; letters, digits, spaces and / . - ( ) , : & _)",
        ],
        "no digit": [
          "id: Nomor surat tidak sah: tulis nomor surat seperti 555/568/DKIST/2021 (memuat angka; huruf, angka, spasi dan tanda / . - ( ) , : & _)",
          "en: Letter number is invalid: write a letter number like 555/568/DKIST/2021 (with a digit; letters, digits, spaces and / . - ( ) , : & _)",
        ],
        "symbols": [
          "id: Nomor surat tidak sah: tulis nomor surat seperti 555/568/DKIST/2021 (memuat angka; huruf, angka, spasi dan tanda / . - ( ) , : & _)",
          "en: Letter number is invalid: write a letter number like 555/568/DKIST/2021 (with a digit; letters, digits, spaces and / . - ( ) , : & _)",
        ],
        "too long": [
          "id: Nomor surat: Terlalu panjang: diharapkan teks memiliki maksimal 100 karakter, diterima 121 karakter",
          "en: Letter number: Too long: expected text to have at most 100 characters, received 121 characters",
        ],
      }
    `);
  });

  it('JSON Schema accepts and refuses exactly what zod does', () => {
    expect(
      disagreements(field, {
        a: '555/568/DKIST/2021',
        b: 'SC - 04/EGOTIK/2023',
        c: 'DKIST/EGOTIK',
        d: '555/568#DKIST',
        e: '  ',
        f: `${'1/'.repeat(60)}1`,
        g: '/123',
      }),
    ).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
