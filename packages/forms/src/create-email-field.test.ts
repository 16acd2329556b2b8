import { describe, expect, it } from 'vitest';
import { disagreements, messages } from '../test/support.js';
import { createEmailField } from './create-email-field.js';
import { isOfficialEmail } from './is-official-email.js';

const label = { id: 'Alamat surat elektronik Penanggung Jawab Struktural', en: 'Email address of the structural person in charge' };
const official = createEmailField(label, { official: true });
const villages = createEmailField(label, { official: true, officialEmailDomains: ['go.id', 'desa.id'] });
const any = createEmailField({ id: 'Email narahubung', en: 'Contact email' });

describe('isOfficialEmail', () => {
  it('accepts go.id and its subdomains by default, in any case', () => {
    expect(isOfficialEmail('kominfo@babelprov.go.id')).toBe(true);
    expect(isOfficialEmail('diskominfotik@sumbarprov.go.id')).toBe(true);
    expect(isOfficialEmail('admin@go.id')).toBe(true);
    expect(isOfficialEmail(' Kominfo@BABELPROV.GO.ID ')).toBe(true);
    expect(isOfficialEmail('lizda@gmail.com')).toBe(false);
    expect(isOfficialEmail('x@notgo.id')).toBe(false);
    expect(isOfficialEmail('x@go.id.example.com')).toBe(false);
    expect(isOfficialEmail('not an email')).toBe(false);
  });

  it('takes its own list of domains', () => {
    expect(isOfficialEmail('kades@sukamaju.desa.id', ['go.id', 'desa.id'])).toBe(true);
    expect(isOfficialEmail('kades@sukamaju.desa.id')).toBe(false);
    expect(isOfficialEmail('it@kalbarprov.go.id', ['kalbarprov.go.id'])).toBe(true);
    expect(isOfficialEmail('it@babelprov.go.id', ['kalbarprov.go.id'])).toBe(false);
  });
});

describe('createEmailField', () => {
  it('trims and lower-cases the domain, keeping the local part', () => {
    expect(official.parse(' Kominfo@BabelProv.GO.ID ')).toBe('Kominfo@babelprov.go.id');
    expect(villages.parse('kades@sukamaju.desa.id')).toBe('kades@sukamaju.desa.id');
    expect(any.parse('narahubung@gmail.com')).toBe('narahubung@gmail.com');
  });

  it('says a personal email is not an email kedinasan, naming the domains', () => {
    expect({
      ...messages(official, { personal: 'lizda@gmail.com', malformed: 'lizda@', missing: undefined }),
      ...messages(villages, { 'personal, villages allowed': 'kades@yahoo.co.id' }),
    }).toMatchInlineSnapshot(`
      {
        "malformed": [
          "id: Alamat surat elektronik Penanggung Jawab Struktural harus alamat email yang sah, misalnya nama@kominfo.babelprov.go.id",
          "en: Email address of the structural person in charge must be a valid email address, e.g. nama@kominfo.babelprov.go.id",
        ],
        "missing": [
          "id: Alamat surat elektronik Penanggung Jawab Struktural wajib diisi",
          "en: Email address of the structural person in charge is required",
        ],
        "personal": [
          "id: Alamat surat elektronik Penanggung Jawab Struktural harus email kedinasan (domain go.id, termasuk subdomainnya), bukan email pribadi",
          "en: Email address of the structural person in charge must be an official email (on go.id, subdomains included), not a personal email",
        ],
        "personal, villages allowed": [
          "id: Alamat surat elektronik Penanggung Jawab Struktural harus email kedinasan (domain go.id atau desa.id, termasuk subdomainnya), bukan email pribadi",
          "en: Email address of the structural person in charge must be an official email (on go.id or desa.id, subdomains included), not a personal email",
        ],
      }
    `);
  });

  it('JSON Schema accepts and refuses exactly what zod does, official domains included', () => {
    const inputs = {
      seed003: 'kominfo@babelprov.go.id',
      upper: 'Kominfo@BABELPROV.GO.ID',
      padded: ' kominfo@babelprov.go.id ',
      village: 'kades@sukamaju.desa.id',
      personal: 'lizda@gmail.com',
      lookalike: 'x@notgo.id',
      malformed: 'lizda@',
      twoAts: 'a@b@go.id',
    };
    expect(disagreements(official, inputs)).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
    expect(disagreements(villages, inputs)).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
    expect(disagreements(any, inputs)).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
