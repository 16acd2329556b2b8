import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disagreements, messages } from '../test/support.js';
import { createPhoneField } from './create-phone-field.js';
import { normalizePhone } from './normalize-phone.js';

const mobile = createPhoneField({ id: 'Nomor HP Penanggung Jawab Teknis', en: 'Mobile number of the technical person in charge' }, 'mobile');
const landline = createPhoneField({ id: 'Telepon kantor', en: 'Office telephone' }, 'landline');
const internal = createPhoneField({ id: 'Nomor telepon internal', en: 'Internal phone number' }, 'internal');

describe('createPhoneField', () => {
  it('normalises the numbers of seed 003', () => {
    expect(mobile.parse('0821-8064-0997')).toBe('+6282180640997');
    expect(landline.parse('0717 – 426 2141')).toBe('+627174262141');
    expect(internal.parse('0717 – 426 2143')).toBe('+627174262143');
    expect(internal.parse('ext. 214')).toBe('214');
  });

  it('names the field, in Bahasa Indonesia and English', () => {
    expect({
      ...messages(mobile, { 'mobile: missing': undefined, 'mobile: landline given': '0717 – 426 2141', 'mobile: too short': '0812 345' }),
      ...messages(landline, { 'landline: without area code': '426 2141', 'landline: mobile given': '0821-8064-0997' }),
      ...messages(internal, { 'internal: letters': 'kantor' }),
    }).toMatchInlineSnapshot(`
      {
        "internal: letters": [
          "id: Nomor telepon internal harus nomor telepon dengan kode area, misalnya (0717) 426 2141, atau nomor extension 2–6 digit",
          "en: Internal phone number must be a phone number with its area code, e.g. (0717) 426 2141, or a 2–6 digit extension",
        ],
        "landline: mobile given": [
          "id: Telepon kantor harus nomor telepon lengkap dengan kode area, misalnya (0717) 426 2141",
          "en: Office telephone must be a phone number with its area code, e.g. (0717) 426 2141",
        ],
        "landline: without area code": [
          "id: Telepon kantor harus nomor telepon lengkap dengan kode area, misalnya (0717) 426 2141",
          "en: Office telephone must be a phone number with its area code, e.g. (0717) 426 2141",
        ],
        "mobile: landline given": [
          "id: Nomor HP Penanggung Jawab Teknis harus nomor HP Indonesia (diawali 08, 628 atau +628), misalnya 0821-8064-0997",
          "en: Mobile number of the technical person in charge must be an Indonesian mobile number (starting 08, 628 or +628), e.g. 0821-8064-0997",
        ],
        "mobile: missing": [
          "id: Nomor HP Penanggung Jawab Teknis wajib diisi",
          "en: Mobile number of the technical person in charge is required",
        ],
        "mobile: too short": [
          "id: Nomor HP Penanggung Jawab Teknis harus nomor HP Indonesia (diawali 08, 628 atau +628), misalnya 0821-8064-0997",
          "en: Mobile number of the technical person in charge must be an Indonesian mobile number (starting 08, 628 or +628), e.g. 0821-8064-0997",
        ],
      }
    `);
  });

  it('JSON Schema accepts and refuses exactly what zod does (it validates; zod also normalises)', () => {
    const inputs = {
      a: '0821-8064-0997',
      b: '+62 821 8064 0997',
      c: '0717 – 426 2141',
      d: '426 2141',
      e: '0812 345',
      f: 'ext. 214',
      g: '(0717) 4262141',
      h: '',
    };
    expect(disagreements(mobile, inputs)).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
    expect(disagreements(landline, inputs)).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
    expect(disagreements(internal, inputs)).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });

  it('parsing is idempotent and agrees with normalizePhone, for any phone-like text', () => {
    const phoneLike = fc.stringMatching(/^\(?(\+62|62|0)?[ ().-]?[0-9]{1,4}([ ().\-–]{0,2}[0-9]{1,4}){0,4}$/);
    fc.assert(
      fc.property(
        phoneLike,
        fc.constantFrom(['mobile', mobile] as const, ['landline', landline] as const, ['internal', internal] as const),
        (text, [kind, schema]) => {
          const first = schema.safeParse(text);
          const normalized = normalizePhone(text, kind);
          expect(first.success).toBe(normalized.ok);
          if (first.success && normalized.ok) {
            expect(first.data).toBe(normalized.value);
            expect(schema.parse(first.data)).toBe(first.data);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
