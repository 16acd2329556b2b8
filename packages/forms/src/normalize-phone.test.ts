import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhone } from './normalize-phone.js';

describe('normalizePhone', () => {
  it('normalises the numbers printed in seed 003 to +62', () => {
    expect(normalizePhone('0821-8064-0997', 'mobile')).toEqual({ ok: true, value: '+6282180640997' });
    expect(normalizePhone('0717 – 426 2141', 'landline')).toEqual({ ok: true, value: '+627174262141' });
    expect(normalizePhone('0717 – 426 2143', 'internal')).toEqual({ ok: true, value: '+627174262143' });
  });

  it('reads the usual ways of writing a number', () => {
    const cases: readonly (readonly [string, Parameters<typeof normalizePhone>[1], string | false])[] = [
      ['081234567890', 'mobile', '+6281234567890'],
      ['6281234567890', 'mobile', '+6281234567890'],
      ['+62 812-3456-7890', 'mobile', '+6281234567890'],
      ['+62 (812) 3456 7890', 'mobile', '+6281234567890'],
      ['0812.3456.789', 'mobile', '+628123456789'],
      [' 0812 3456 7890 ', 'mobile', '+6281234567890'],
      ['(021) 3456 7890', 'landline', '+622134567890'],
      ['+62 21 3456 7890', 'landline', '+622134567890'],
      ['0751-123456', 'landline', '+62751123456'],
      ['061 4512345', 'landline', '+62614512345'],
      ['ext. 214', 'internal', '214'],
      ['Psw 21', 'internal', '21'],
      ['4215', 'internal', '4215'],
      ['(0717) 4262141', 'internal', '+627174262141'],
      ['0812345', 'mobile', false],
      ['08123456789012', 'mobile', false],
      ['0712345678', 'mobile', false],
      ['812345678', 'mobile', false],
      ['+1 202 555 0100', 'mobile', false],
      ['0812-3456-789a', 'mobile', false],
      ['081234567890', 'landline', false],
      ['4262141', 'landline', false],
      ['021 123', 'landline', false],
      ['1', 'internal', false],
      ['1234567', 'internal', false],
      ['ext 12a', 'internal', false],
    ];
    for (const [text, kind, expected] of cases) {
      expect([text, kind, normalizePhone(text, kind)]).toEqual([text, kind, expected === false ? { ok: false } : { ok: true, value: expected }]);
    }
  });
});

const separator = fc.constantFrom('', '', ' ', '-', '.', ' – ');
const prefix = fc.constantFrom('0', '62', '+62', '+62 ');

/** A national significant number and the same number written with a prefix and separators. */
function written(nsn: fc.Arbitrary<string>) {
  return fc.record({ nsn, prefix, seps: fc.array(separator, { minLength: 14, maxLength: 14 }) }).map(({ nsn: digits, prefix: p, seps }) => ({
    nsn: digits,
    text: `${p}${[...digits].map((d, i) => `${i > 0 && i % 3 === 0 ? seps[i] : ''}${d}`).join('')}`,
  }));
}

const mobileNsn = fc.stringMatching(/^8[0-9]{8,11}$/);
const landlineNsn = fc.stringMatching(/^[2-79][0-9]{6,10}$/);

describe('normalizePhone properties', () => {
  it('a mobile number in any accepted writing normalises to +62 and its national number, idempotently', () => {
    fc.assert(
      fc.property(written(mobileNsn), ({ nsn, text }) => {
        const result = normalizePhone(text, 'mobile');
        expect(result).toEqual({ ok: true, value: `+62${nsn}` });
        if (result.ok) expect(normalizePhone(result.value, 'mobile')).toEqual(result);
      }),
    );
  });

  it('a landline in any accepted writing normalises to +62 and its national number, idempotently, as landline and as internal', () => {
    fc.assert(
      fc.property(written(landlineNsn), ({ nsn, text }) => {
        const result = normalizePhone(text, 'landline');
        expect(result).toEqual({ ok: true, value: `+62${nsn}` });
        expect(normalizePhone(text, 'internal')).toEqual(result);
        if (result.ok) expect(normalizePhone(result.value, 'landline')).toEqual(result);
      }),
    );
  });

  it('mobile and landline numbers never pass for each other', () => {
    fc.assert(
      fc.property(written(mobileNsn), written(landlineNsn), (mobile, landline) => {
        expect(normalizePhone(mobile.text, 'landline')).toEqual({ ok: false });
        expect(normalizePhone(landline.text, 'mobile')).toEqual({ ok: false });
      }),
    );
  });

  it('too short or too long national numbers are refused', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^8[0-9]{0,7}$/), fc.stringMatching(/^8[0-9]{12,14}$/)), prefix, (nsn, p) => {
        expect(normalizePhone(`${p}${nsn}`, 'mobile')).toEqual({ ok: false });
      }),
    );
  });

  it('an extension keeps its digits, idempotently', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{2,6}$/), fc.constantFrom('', 'ext. ', 'ext', 'Psw '), (digits, p) => {
        const result = normalizePhone(`${p}${digits}`, 'internal');
        expect(result).toEqual({ ok: true, value: digits });
        expect(normalizePhone(digits, 'internal')).toEqual(result);
      }),
    );
  });
});
