import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { messages } from '../test/support.js';
import { builtinFormDefinitions } from './builtin-form-definitions.js';
import { compileForm } from './compile-form.js';
import { describeFields } from './describe-fields.js';
import { documentCatalog, documentKeys } from './document-catalog.js';
import { fieldRegistry } from './field-meta.js';
import type { FormDefinition } from './form-definition.js';
import { FormsError } from './forms-error.js';
import { Kak } from './kak.js';
import { listSecretPaths } from './list-secret-paths.js';
import { parseForm } from './parse-form.js';
import { toFormJsonSchema } from './to-form-json-schema.js';

const t = (id: string, en: string) => ({ id, en });

/** A guest book kept by a service desk: one field of most types, a list of groups, a default and two rules. */
const guestBook = {
  key: 'buku-tamu',
  title: t('Buku Tamu Layanan', 'Service guest book'),
  sources: ['contoh'],
  fields: [
    { name: 'name', type: 'text', label: t('Nama tamu', 'Guest name') },
    { name: 'agency', type: 'text', required: false, label: t('Instansi', 'Agency') },
    { name: 'nip', type: 'nip', required: false, label: t('NIP tamu', 'Guest NIP') },
    { name: 'phone', type: 'phone', kind: 'mobile', label: t('Nomor HP', 'Mobile number') },
    { name: 'visitDate', type: 'date', label: t('Tanggal kunjungan', 'Visit date') },
    { name: 'arrival', type: 'time', label: t('Jam datang', 'Arrival time') },
    { name: 'departure', type: 'time', required: false, label: t('Jam pulang', 'Departure time') },
    {
      name: 'purpose',
      type: 'choice',
      radio: true,
      label: t('Keperluan', 'Purpose'),
      options: [
        { value: 'konsultasi', label: t('Konsultasi', 'Consultation') },
        { value: 'pengaduan', label: t('Pengaduan', 'Complaint') },
      ],
      default: 'konsultasi',
    },
    { name: 'complaint', type: 'text', kind: 'paragraph', required: false, label: t('Isi pengaduan', 'Complaint') },
    {
      name: 'companions',
      type: 'list',
      required: false,
      max: 5,
      label: t('Pendamping', 'Companions'),
      item: { type: 'group', label: t('Pendamping', 'Companion'), fields: [{ name: 'name', type: 'text', label: t('Nama pendamping', 'Companion name') }] },
    },
    { name: 'password', type: 'text', secret: true, required: false, label: t('Kata sandi Wi-Fi', 'Wi-Fi password') },
  ],
  rules: [
    { type: 'after', field: 'departure', other: 'arrival' },
    { type: 'requiredWhen', field: 'complaint', when: { field: 'purpose', is: 'pengaduan' } },
  ],
} as const satisfies FormDefinition;

const visit = { name: ' Lizda ', phone: '0821-8064-0997', visitDate: '2024-03-01', arrival: '09:00' };

describe('compileForm', () => {
  it('builds a definition with the package’s field builders: normalised values, defaults, optional fields', () => {
    const schema = compileForm(guestBook);
    expect(schema.parse(visit)).toEqual({ name: 'Lizda', phone: '+6282180640997', visitDate: '2024-03-01', arrival: '09:00', purpose: 'konsultasi' });
    expect(schema.safeParse({ ...visit, agency: '  ' }).data?.agency).toBe('');
    expect(schema.safeParse({ ...visit, extra: 1 }).success).toBe(false);
  });

  it('reports problems by the field labels in both languages, cross-field rules included', () => {
    expect(
      messages(compileForm(guestBook), {
        empty: {},
        'departure before arrival': { ...visit, departure: '08:00' },
        'complaint without its text': { ...visit, purpose: 'pengaduan' },
        'six companions': { ...visit, companions: Array.from({ length: 6 }, () => ({ name: 'A' })) },
      }),
    ).toMatchInlineSnapshot(`
      {
        "complaint without its text": [
          "id complaint: Isi pengaduan wajib diisi jika Keperluan adalah Pengaduan",
          "en complaint: Complaint is required when the purpose is Complaint",
        ],
        "departure before arrival": [
          "id departure: Jam pulang harus setelah jam datang",
          "en departure: Departure time must be after the arrival time",
        ],
        "empty": [
          "id name: Nama tamu wajib diisi",
          "id phone: Nomor HP wajib diisi",
          "id visitDate: Tanggal kunjungan wajib diisi",
          "id arrival: Jam datang wajib diisi",
          "en name: Guest name is required",
          "en phone: Mobile number is required",
          "en visitDate: Visit date is required",
          "en arrival: Arrival time is required",
        ],
        "six companions": [
          "id companions: Pendamping: Terlalu banyak: diharapkan daftar memiliki maksimal 5 butir, diterima 6 butir",
          "en companions: Companions: Too many: expected list to have at most 5 items, received 6 items",
        ],
      }
    `);
  });

  it('gives the meta every reader of the package uses: labels, secrets, sources, field descriptions, JSON Schema', () => {
    const schema = compileForm(guestBook);
    expect(fieldRegistry.get(schema)).toEqual({ label: guestBook.title, sources: ['contoh'], jsonSchema: expect.any(Object) });
    expect(listSecretPaths(schema)).toEqual(['password']);
    expect(describeFields(schema).map((f) => `${f.field} ${f.type}/${f.interface}${f.required ? ' required' : ''}`)).toMatchInlineSnapshot(`
      [
        "name string/input required",
        "agency string/input",
        "nip string/input",
        "phone string/input required",
        "visit_date date/datetime required",
        "arrival time/datetime required",
        "departure time/datetime",
        "purpose string/select-radio",
        "complaint text/input-multiline",
        "companions json/list",
        "password string/input",
      ]
    `);
    const json = toFormJsonSchema(schema) as { if?: unknown; then?: unknown };
    expect([json.if, json.then]).toEqual([
      { type: 'object', properties: { purpose: { const: 'pengaduan' } }, required: ['purpose'] },
      { type: 'object', properties: { complaint: true }, required: ['complaint'] },
    ]);
  });

  it('memoises per definition object and options, and parseForm switches the language of a compiled schema', () => {
    expect(compileForm(guestBook)).toBe(compileForm(guestBook, { locale: 'id' }));
    expect(compileForm(guestBook, { locale: 'en' })).not.toBe(compileForm(guestBook));
    expect(compileForm(structuredClone(guestBook))).not.toBe(compileForm(guestBook));
    const result = parseForm(compileForm(guestBook), {}, { locale: 'en' });
    expect(result.success ? [] : result.issues[0]).toEqual({ path: ['name'], label: 'Guest name', message: 'Guest name is required' });
  });

  it('is what the exported schemas are: each built-in definition compiles to its catalogue schema', () => {
    expect(compileForm(builtinFormDefinitions.kak)).toBe(Kak);
    for (const key of documentKeys) expect(compileForm(builtinFormDefinitions[key]), key).toBe(documentCatalog[key].schema);
  });

  it('refuses an invalid definition with FormsError INVALID_DEFINITION listing the problems', () => {
    const bad = { ...guestBook, fields: [...guestBook.fields, { name: 'name', type: 'text', label: t('Nama', 'Name') }] } as FormDefinition;
    const error = (() => {
      try {
        compileForm(bad);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(FormsError);
    expect((error as FormsError).code).toBe('INVALID_DEFINITION');
    expect((error as FormsError).message).toBe(
      'Definisi formulir tidak sah: Isian "name" (name) memakai nama "name" yang sudah dipakai isian lain dalam kelompok yang sama',
    );
    expect((error as FormsError).localized('en')).toBe(
      'Invalid form definition: Field "name" (name) uses the name "name", which another field of the same group already has',
    );
  });
});

describe('built-in definitions as JSON', () => {
  it('survive JSON.stringify / JSON.parse and compile to schemas that behave the same on the seed examples', () => {
    for (const key of documentKeys) {
      const original = builtinFormDefinitions[key];
      const copy = JSON.parse(JSON.stringify(original)) as FormDefinition;
      expect(copy, key).toEqual(original);
      const [from, to] = [documentCatalog[key].schema, compileForm(copy)];
      expect(to, key).not.toBe(from);
      expect(to.parse(examples[key]), key).toEqual(from.parse(examples[key]));
      expect(toFormJsonSchema(to), key).toEqual(toFormJsonSchema(from));
      expect(describeFields(to), key).toEqual(describeFields(from));
      expect(messages(to, { empty: {} }), key).toEqual(messages(from, { empty: {} }));
    }
  });

  it('have keys matching the catalogue', () => {
    expect(Object.values(builtinFormDefinitions).map((d) => d.key)).toEqual(documentKeys);
    expect(Object.isFrozen(builtinFormDefinitions.kak.fields[0])).toBe(true);
  });
});
