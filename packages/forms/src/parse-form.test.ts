import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applicationDevelopment, feasibilityTest, structuralPic } from '../test/fixtures.js';
import { withValue } from '../test/support.js';
import { createApplicationDevelopmentForm, ApplicationDevelopmentForm } from './application-development-form.js';
import { createNipField } from './create-nip-field.js';
import { createDocumentCatalog } from './document-catalog.js';
import { FeasibilityTestForm } from './feasibility-test-form.js';
import { FormsError } from './forms-error.js';
import { parseForm } from './parse-form.js';

describe('parseForm', () => {
  it('returns the parsed value, normalised', () => {
    const result = parseForm(ApplicationDevelopmentForm, applicationDevelopment);
    expect(result.success && result.data.structuralPic.nip).toBe('197708301996031001');
  });

  it('gives path, label and message in Bahasa Indonesia by default and in English on request', () => {
    const input = withValue(applicationDevelopment, 'structuralPic.nip', '19770830 199603 3 001');
    expect([parseForm(ApplicationDevelopmentForm, input), parseForm(ApplicationDevelopmentForm, input, { locale: 'en' })]).toMatchInlineSnapshot(`
      [
        {
          "issues": [
            {
              "label": "NIP Penanggung Jawab Struktural",
              "message": "NIP Penanggung Jawab Struktural tidak sah: digit ke-15 (jenis kelamin) harus 1 (pria) atau 2 (wanita)",
              "path": [
                "structuralPic",
                "nip",
              ],
            },
          ],
          "success": false,
        },
        {
          "issues": [
            {
              "label": "NIP of the structural person in charge",
              "message": "NIP of the structural person in charge is invalid: digit 15 (sex) must be 1 (male) or 2 (female)",
              "path": [
                "structuralPic",
                "nip",
              ],
            },
          ],
          "success": false,
        },
      ]
    `);
  });

  it('gives the same messages as the schema’s own safeParse', () => {
    const input = { ...applicationDevelopment, structuralPic: { ...structuralPic, nip: '1977', email: 'a@gmail.com' }, platform: 'mac' };
    const own = ApplicationDevelopmentForm.safeParse(input).error?.issues.map((issue) => issue.message);
    const viaParseForm = parseForm(ApplicationDevelopmentForm, input);
    expect(viaParseForm.success ? [] : viaParseForm.issues.map((issue) => issue.message)).toEqual(own);
    const english = createApplicationDevelopmentForm({ locale: 'en' })
      .safeParse(input)
      .error?.issues.map((issue) => issue.message);
    const viaParseFormEn = parseForm(ApplicationDevelopmentForm, input, { locale: 'en' });
    expect(viaParseFormEn.success ? [] : viaParseFormEn.issues.map((issue) => issue.message)).toEqual(english);
  });

  it('switches the language of a block or field taken out of a form, and of a field made with a create*Field factory', () => {
    const block = parseForm(FeasibilityTestForm.shape.structuralPic, { ...structuralPic, email: 'x@gmail.com' }, { locale: 'en' });
    expect(block.success ? [] : block.issues).toEqual([
      {
        path: ['email'],
        label: 'Email address of the structural person in charge',
        message: 'Email address of the structural person in charge must be an official email (on go.id, subdomains included), not a personal email',
      },
    ]);
    const nip = parseForm(createNipField({ id: 'NIP Kepala Seksi', en: 'NIP of the head of section' }), '123', { locale: 'en' });
    expect(nip.success ? [] : nip.issues.map((issue) => issue.message)).toEqual([
      'NIP of the head of section must be 18 digits, optionally spaced like 19750121 200212 2 001',
    ]);
  });

  it('keeps the official email domains of the schema when switching language', () => {
    const catalog = createDocumentCatalog({ officialEmailDomains: ['go.id', 'desa.id'] });
    const village = withValue(feasibilityTest, 'technicalPic.email', 'operator@sukamaju.desa.id');
    expect(parseForm(catalog['formulir-uji-kelayakan'].schema, village, { locale: 'en' }).success).toBe(true);
    const personal = parseForm(catalog['formulir-uji-kelayakan'].schema, withValue(village, 'technicalPic.email', 'x@gmail.com'), { locale: 'en' });
    expect(personal.success ? [] : personal.issues.map((issue) => issue.message)).toEqual([
      'Email address of the technical person in charge must be an official email (on go.id or desa.id, subdomains included), not a personal email',
    ]);
    expect(parseForm(FeasibilityTestForm, village).success).toBe(false);
  });

  it('treats blank texts and nulls as left out with emptyAsMissing (an empty optional field is fine, a required one is reported)', () => {
    const input = { ...applicationDevelopment, structuralPic: { ...structuralPic, internalPhone: '', email: null }, staff: null };
    const lenient = parseForm(ApplicationDevelopmentForm, input, { emptyAsMissing: true });
    expect(lenient.success ? [] : lenient.issues.map((issue) => issue.message)).toEqual(['Alamat surat elektronik Penanggung Jawab Struktural wajib diisi']);
    const strict = parseForm(ApplicationDevelopmentForm, input);
    expect(strict.success ? [] : strict.issues.map((issue) => issue.path.join('.'))).toEqual(['structuralPic.internalPhone', 'structuralPic.email', 'staff']);
  });

  it('never quotes the input, so a secret cannot leak through a message', () => {
    const password = `${'rahasia'.repeat(40)}!`;
    const result = parseForm(FeasibilityTestForm, withValue(feasibilityTest, 'applicationAccount.password', password), { locale: 'en' });
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: ['applicationAccount', 'password'],
        label: 'Application password',
        message: 'Application password: Too long: expected text to have at most 200 characters',
      },
    ]);
    expect(JSON.stringify(result)).not.toContain('rahasia');
    // Not even its length: a field that is not secret says how long the value was.
    expect(JSON.stringify(result)).not.toContain(String(password.length));
    const name = parseForm(FeasibilityTestForm, withValue(feasibilityTest, 'dbms', password), { locale: 'en' });
    expect(name.success ? [] : name.issues.map((issue) => issue.message)).toEqual([
      `DBMS: Too long: expected text to have at most 200 characters, received ${password.length} characters`,
    ]);
  });

  it('works with any zod schema, without labels', () => {
    const result = parseForm(z.object({ n: z.number() }), { n: 'x' });
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.label])).toEqual([[['n'], '']]);
  });
});

describe('schema factories', () => {
  it('give the same schema for the same options, and check them', () => {
    expect(createApplicationDevelopmentForm()).toBe(ApplicationDevelopmentForm);
    expect(createApplicationDevelopmentForm({ locale: 'en' })).toBe(createApplicationDevelopmentForm({ locale: 'en', officialEmailDomains: ['GO.ID'] }));
    expect(createApplicationDevelopmentForm({ locale: 'en' })).not.toBe(ApplicationDevelopmentForm);
    const error = (() => {
      try {
        createApplicationDevelopmentForm({ officialEmailDomains: ['go.id', 'gmail com'] });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(FormsError);
    expect(error instanceof FormsError && [error.code, error.message, error.localized('en')]).toMatchInlineSnapshot(`
      [
        "INVALID_OPTIONS",
        "officialEmailDomains harus berisi minimal satu nama domain yang sah (misalnya go.id); tidak sah: gmail com",
        "officialEmailDomains must hold at least one valid domain name (e.g. go.id); invalid: gmail com",
      ]
    `);
    expect(() => createDocumentCatalog({ officialEmailDomains: [] })).toThrow(FormsError);
  });
});
