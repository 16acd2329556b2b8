import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disagreements, messages } from '../test/support.js';
import { createNipField } from './create-nip-field.js';
import { parseNip } from './parse-nip.js';

const field = createNipField({ id: 'NIP Penanggung Jawab Struktural', en: 'NIP of the structural person in charge' });

describe('createNipField', () => {
  it('normalises the printed NIP of seed 001 to its 18 digits', () => {
    expect(field.parse('19750121 200212 2 001')).toBe('197501212002122001');
    expect(field.parse(' 197708301996031001 ')).toBe('197708301996031001');
  });

  it('names the field and the broken part, in Bahasa Indonesia and English', () => {
    expect(
      messages(field, {
        missing: undefined,
        // biome-ignore lint/correctness/noPrecisionLoss: a NIP typed as a number loses its last digits; the field must refuse it
        number: 197501212002122001,
        short: '19750121 200212 2 00',
        letters: '19750121 2002l2 2 001',
        'birth date 31 February': '19750231 200212 2 001',
        'TMT month 13': '19750121 200213 2 001',
        'sex digit 3': '19750121 200212 3 001',
        'sequence 000': '19750121 200212 2 000',
        'appointed at 17': '19750121 199212 2 001',
      }),
    ).toMatchInlineSnapshot(`
      {
        "TMT month 13": [
          "id: NIP Penanggung Jawab Struktural tidak sah: digit ke-9 sampai ke-14 harus tahun dan bulan TMT pengangkatan (YYYYMM, bulan 01–12)",
          "en: NIP of the structural person in charge is invalid: digits 9 to 14 must be the year and month of appointment (TMT, YYYYMM, month 01–12)",
        ],
        "appointed at 17": [
          "id: NIP Penanggung Jawab Struktural tidak sah: TMT 1992-12 harus pada usia 18 sampai 59 tahun menurut tanggal lahir 1975-01-21",
          "en: NIP of the structural person in charge is invalid: the appointment (TMT) 1992-12 must fall at age 18 to 59 given the date of birth 1975-01-21",
        ],
        "birth date 31 February": [
          "id: NIP Penanggung Jawab Struktural tidak sah: 8 digit pertama harus tanggal lahir yang ada (YYYYMMDD, tahun 1900–2099)",
          "en: NIP of the structural person in charge is invalid: the first 8 digits must be an existing date of birth (YYYYMMDD, years 1900–2099)",
        ],
        "letters": [
          "id: NIP Penanggung Jawab Struktural harus 18 digit angka, boleh dipisah spasi seperti 19750121 200212 2 001",
          "en: NIP of the structural person in charge must be 18 digits, optionally spaced like 19750121 200212 2 001",
        ],
        "missing": [
          "id: NIP Penanggung Jawab Struktural wajib diisi",
          "en: NIP of the structural person in charge is required",
        ],
        "number": [
          "id: NIP Penanggung Jawab Struktural: Input tidak valid: diharapkan teks, diterima angka",
          "en: NIP of the structural person in charge: Invalid input: expected text, received number",
        ],
        "sequence 000": [
          "id: NIP Penanggung Jawab Struktural tidak sah: 3 digit terakhir (nomor urut) harus 001 sampai 999",
          "en: NIP of the structural person in charge is invalid: the last 3 digits (sequence number) must be 001 to 999",
        ],
        "sex digit 3": [
          "id: NIP Penanggung Jawab Struktural tidak sah: digit ke-15 (jenis kelamin) harus 1 (pria) atau 2 (wanita)",
          "en: NIP of the structural person in charge is invalid: digit 15 (sex) must be 1 (male) or 2 (female)",
        ],
        "short": [
          "id: NIP Penanggung Jawab Struktural harus 18 digit angka, boleh dipisah spasi seperti 19750121 200212 2 001",
          "en: NIP of the structural person in charge must be 18 digits, optionally spaced like 19750121 200212 2 001",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs, except the TMT-against-birth-date rule it cannot express', () => {
    expect(
      disagreements(field, {
        seed001: '19750121 200212 2 001',
        seed004: '19770830 199603 1 001',
        digitsOnly: '197501212002122001',
        short: '19750121 200212 2 00',
        'birth date 31 February': '19750231 200212 2 001',
        'birth date 29 February 2000': '20000229 201803 2 001',
        'birth date 29 February 1900': '19000229 192001 2 001',
        'TMT month 13': '19750121 200213 2 001',
        'sex digit 3': '19750121 200212 3 001',
        'sequence 000': '19750121 200212 2 000',
        'appointed at 17': '19750121 199212 2 001',
        'appointed at 60': '19750121 203501 2 001',
      }),
    ).toEqual({ onlyJsonAccepts: ['appointed at 17', 'appointed at 60'], onlyZodAccepts: [] });
  });

  it('parsing is idempotent and agrees with parseNip, for any digits-and-spaces text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.stringMatching(/^(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|1[0-9]|2[0-8]) ?(19|20)[0-9]{4} ?[0-9] ?[0-9]{3}$/),
          fc.stringMatching(/^[0-9 ]{16,21}$/),
        ),
        (text) => {
          const first = field.safeParse(text);
          const parsed = parseNip(text);
          expect(first.success).toBe(parsed.ok);
          if (first.success && parsed.ok) {
            expect(first.data).toBe(parsed.value.nip);
            expect(field.parse(first.data)).toBe(first.data);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
