import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinFormDefinitions } from './builtin-form-definitions.js';
import { compileForm } from './compile-form.js';
import { documentKeys } from './document-catalog.js';
import type { FormDefinition } from './form-definition.js';
import { toFormDefinitionJsonSchema } from './to-form-definition-json-schema.js';
import { validateFormDefinition } from './validate-form-definition.js';

const label = { id: 'Nama', en: 'Name' };
const form = (fields: unknown[], rest: Record<string, unknown> = {}) => ({ key: 'buku-tamu', title: { id: 'Buku Tamu', en: 'Guest book' }, fields, ...rest });

/** Each bad definition's problems in both languages, `path: message`, Bahasa Indonesia first. */
function problems(cases: Readonly<Record<string, unknown>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, input] of Object.entries(cases)) {
    out[name] = (['id', 'en'] as const).flatMap((locale) => {
      const result = validateFormDefinition(input, { locale });
      return result.success ? [`${locale}: (valid)`] : result.problems.map((p) => `${locale} ${p.path.join('.')}: ${p.message}`);
    });
  }
  return out;
}

describe('validateFormDefinition', () => {
  it('accepts every built-in definition and gives back an equal copy', () => {
    for (const key of documentKeys) {
      const result = validateFormDefinition(builtinFormDefinitions[key]);
      expect(result.success, key).toBe(true);
      expect(result.success && result.definition, key).toEqual(builtinFormDefinitions[key]);
      expect(result.success && result.definition, key).not.toBe(builtinFormDefinitions[key]);
    }
  });

  it('names each problem by the field’s name and says how to fix it, in Bahasa Indonesia and English', () => {
    expect(
      problems({
        'not an object': 'surat',
        'nothing in it': {},
        'key with spaces, blank title, no fields': { key: 'Surat Permohonan', title: { id: ' ', en: 'Request' }, fields: [] },
        'unknown type': form([{ name: 'alamat', type: 'textarea', label }]),
        'no type': form([{ name: 'alamat', label }]),
        'bad name': form([{ name: 'Nomor Telepon', type: 'phone', kind: 'mobile', label }]),
        'duplicate names': form([
          { name: 'nama', type: 'text', label },
          { name: 'nama', type: 'text', label },
        ]),
        'empty label in a group in a list': form([
          { name: 'peserta', type: 'list', label, item: { type: 'group', label, fields: [{ name: 'nama', type: 'text', label: { id: '', en: 'Name' } }] } },
        ]),
        'min above max': form([
          { name: 'jumlah', type: 'integer', min: 10, max: 1, label },
          { name: 'daftar', type: 'list', min: 300, label, item: { type: 'text', label } },
        ]),
        'choice without options': form([{ name: 'sifat', type: 'choice', options: [], label }]),
        'duplicate option values': form([
          {
            name: 'sifat',
            type: 'choice',
            label,
            options: [
              { value: 'biasa', label },
              { value: 'biasa', label },
            ],
          },
        ]),
        'a default the field refuses': form([
          {
            name: 'sifat',
            type: 'choice',
            label: { id: 'Sifat', en: 'Nature' },
            options: [
              { value: 'biasa', label: { id: 'Biasa', en: 'Ordinary' } },
              { value: 'rahasia', label: { id: 'Rahasia', en: 'Confidential' } },
            ],
            default: 'segera',
          },
          { name: 'estimasi', type: 'workingDays', label: { id: 'Estimasi', en: 'Estimate' }, default: '40-30 Hari Kerja' },
        ]),
        'settings of another type, a typo': form([{ name: 'nama', type: 'text', options: [], requried: false, label }]),
        'wrong setting types': form([{ name: 'hp', type: 'phone', kind: 'fax', required: 'ya', label, filledBy: 'staf', max: 5 }]),
        'rules naming the wrong fields': form(
          [
            { name: 'mulai', type: 'date', label },
            { name: 'selesai', type: 'time', label },
            { name: 'jenis', type: 'text', label },
          ],
          {
            rules: [
              { type: 'after', field: 'selesai', other: 'mulai' },
              { type: 'notBefore', field: 'akhir', other: 'mulai' },
              { type: 'requiredWhen', field: 'selesai', when: { field: 'jenis', is: 'rapat' } },
              { type: 'sameAs', field: 'mulai' },
            ],
          },
        ),
      }),
    ).toMatchInlineSnapshot(`
      {
        "a default the field refuses": [
          "id fields.0.default: Isian "sifat" (default) tidak sah: Sifat: Pilihan tidak valid: diharapkan salah satu dari "Biasa"|"Rahasia"",
          "id fields.1.default: Isian "estimasi" (default) tidak sah: Estimasi tidak sah: batas bawah 40 lebih besar dari batas atas 30",
          "en fields.0.default: Field "sifat" (default) is invalid: Nature: Invalid option: expected one of "Ordinary"|"Confidential"",
          "en fields.1.default: Field "estimasi" (default) is invalid: Estimate is invalid: the lower bound 40 is greater than the upper bound 30",
        ],
        "bad name": [
          "id fields.0.name: Isian "#1" (name) tidak sah: "Nomor Telepon"; nama isian harus lowerCamelCase (huruf dan angka, diawali huruf kecil, paling banyak 64 karakter), misalnya nomorTelepon",
          "en fields.0.name: Field "#1" (name) is invalid: "Nomor Telepon"; a field name must be lowerCamelCase (letters and digits, starting with a lower-case letter, at most 64 characters), e.g. nomorTelepon",
        ],
        "choice without options": [
          "id fields.0.options: Isian "sifat" (options) harus memiliki minimal satu pilihan (options)",
          "en fields.0.options: Field "sifat" (options) must have at least one choice (options)",
        ],
        "duplicate names": [
          "id fields.1.name: Isian "nama" (name) memakai nama "nama" yang sudah dipakai isian lain dalam kelompok yang sama",
          "en fields.1.name: Field "nama" (name) uses the name "nama", which another field of the same group already has",
        ],
        "duplicate option values": [
          "id fields.0.options.1.value: Isian "sifat" (options[1].value) memakai nilai "biasa" yang sudah dipakai pilihan lain",
          "en fields.0.options.1.value: Field "sifat" (options[1].value) uses the value "biasa", which another choice already has",
        ],
        "empty label in a group in a list": [
          "id fields.0.item.fields.0.label.id: Isian "peserta[].nama" (label.id) tidak boleh kosong",
          "en fields.0.item.fields.0.label.id: Field "peserta[].nama" (label.id) must not be empty",
        ],
        "key with spaces, blank title, no fields": [
          "id key: Formulir (key) tidak sah: "Surat Permohonan"; key harus huruf kecil dan angka dipisah tanda -, misalnya surat-permohonan",
          "id title.id: Formulir (title.id) tidak boleh kosong",
          "id fields: Formulir (fields) harus memiliki minimal satu isian (fields)",
          "en key: The form (key) is invalid: "Surat Permohonan"; a key must be lower-case letters and digits separated by -, e.g. surat-permohonan",
          "en title.id: The form (title.id) must not be empty",
          "en fields: The form (fields) must have at least one field (fields)",
        ],
        "min above max": [
          "id fields.0: Isian "jumlah": min (10) lebih besar dari max (1)",
          "id fields.1: Isian "daftar": min (300) lebih besar dari max (200)",
          "en fields.0: Field "jumlah": min (10) is greater than max (1)",
          "en fields.1: Field "daftar": min (300) is greater than max (200)",
        ],
        "no type": [
          "id fields.0.type: Isian "alamat" (type) wajib diisi; pilih jenis isian salah satu dari: text, date, time, yesNo, accept, integer, positive, choice, choices, list, group, nip, phone, email, ipAddress, eselon, letterNumber, ticketId, workingDays",
          "en fields.0.type: Field "alamat" (type) is required; choose a field type among: text, date, time, yesNo, accept, integer, positive, choice, choices, list, group, nip, phone, email, ipAddress, eselon, letterNumber, ticketId, workingDays",
        ],
        "not an object": [
          "id : Formulir: Input tidak valid: diharapkan objek, diterima teks",
          "en : The form: Invalid input: expected object, received text",
        ],
        "nothing in it": [
          "id key: Formulir (key) wajib diisi",
          "id title: Formulir (title) wajib diisi",
          "id fields: Formulir (fields) wajib diisi",
          "en key: The form (key) is required",
          "en title: The form (title) is required",
          "en fields: The form (fields) is required",
        ],
        "rules naming the wrong fields": [
          "id rules.3.type: Aturan ke-4 formulir (type) memakai aturan "sameAs" yang tidak dikenal; pilih salah satu dari: after, notBefore, requiredWhen",
          "id rules.0: Aturan ke-1 formulir hanya dapat membandingkan dua isian date atau dua isian time; "selesai" berjenis time dan "mulai" berjenis date",
          "id rules.1.field: Aturan ke-2 formulir (field) merujuk isian "akhir" yang tidak ada dalam kelompok ini",
          "id rules.2.field: Aturan ke-3 formulir (field) hanya berlaku untuk isian yang tidak wajib (required: false); "selesai" sudah wajib diisi",
          "id rules.2.when.field: Aturan ke-3 formulir (when.field) harus merujuk isian choice atau choices; "jenis" berjenis text",
          "en rules.3.type: Rule 4 of the form (type) has an unknown rule "sameAs"; use one of: after, notBefore, requiredWhen",
          "en rules.0: Rule 1 of the form can only compare two date fields or two time fields; "selesai" is of type time and "mulai" of type date",
          "en rules.1.field: Rule 2 of the form (field) refers to a field "akhir" that this group does not have",
          "en rules.2.field: Rule 3 of the form (field) only applies to a field that is not required (required: false); "selesai" is already required",
          "en rules.2.when.field: Rule 3 of the form (when.field) must refer to a choice or choices field; "jenis" is of type text",
        ],
        "settings of another type, a typo": [
          "id fields.0: Isian "nama" memuat pengaturan yang tidak dikenal untuk jenis text: options, requried",
          "en fields.0: Field "nama" has settings unknown to type text: options, requried",
        ],
        "unknown type": [
          "id fields.0.type: Isian "alamat" (type) memakai jenis isian "textarea" yang tidak dikenal; pilih salah satu dari: text, date, time, yesNo, accept, integer, positive, choice, choices, list, group, nip, phone, email, ipAddress, eselon, letterNumber, ticketId, workingDays",
          "en fields.0.type: Field "alamat" (type) has an unknown field type "textarea"; use one of: text, date, time, yesNo, accept, integer, positive, choice, choices, list, group, nip, phone, email, ipAddress, eselon, letterNumber, ticketId, workingDays",
        ],
        "wrong setting types": [
          "id fields.0.required: Isian "hp" (required): Input tidak valid: diharapkan true/false, diterima teks",
          "id fields.0.filledBy: Isian "hp" (filledBy): Input tidak valid: diharapkan "petugas"",
          "id fields.0.kind: Isian "hp" (kind): Pilihan tidak valid: diharapkan salah satu dari "mobile"|"landline"|"internal"",
          "id fields.0: Isian "hp" memuat pengaturan yang tidak dikenal untuk jenis phone: max",
          "en fields.0.required: Field "hp" (required): Invalid input: expected true/false, received text",
          "en fields.0.filledBy: Field "hp" (filledBy): Invalid input: expected "petugas"",
          "en fields.0.kind: Field "hp" (kind): Invalid option: expected one of "mobile"|"landline"|"internal"",
          "en fields.0: Field "hp" has settings unknown to type phone: max",
        ],
      }
    `);
  });

  it('never throws: any JSON value gives a definition or problems with messages', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateFormDefinition(input);
        if (!result.success) expect(result.problems.length > 0 && result.problems.every((p) => p.message.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a built-in definition with one value replaced, and what it accepts compiles', () => {
    const keys = fc.constantFrom(...documentKeys);
    fc.assert(
      fc.property(keys, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), (key, steps, value) => {
        const copy = structuredClone(builtinFormDefinitions[key]) as unknown as Record<string, unknown>;
        let node: Record<string, unknown> | unknown[] = copy;
        for (const [i, step] of steps.entries()) {
          const entries = Object.keys(node);
          if (entries.length === 0) break;
          const name = entries[step % entries.length] as string;
          const next = (node as Record<string, unknown>)[name];
          if (i === steps.length - 1 || typeof next !== 'object' || next === null) {
            (node as Record<string, unknown>)[name] = value;
            break;
          }
          node = next as Record<string, unknown>;
        }
        for (const locale of ['id', 'en'] as const) {
          const result = validateFormDefinition(copy, { locale });
          if (result.success) expect(() => compileForm(result.definition)).not.toThrow();
          else expect(result.problems.every((p) => p.message.length > 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports input it cannot read instead of throwing', () => {
    const hostile = form([]);
    Object.defineProperty(hostile, 'fields', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const result = validateFormDefinition(hostile);
    expect(result.success ? [] : result.problems.map((p) => p.message)).toEqual(['Definisi formulir tidak dapat dibaca (Error); kirim data JSON biasa']);
  });
});

describe('toFormDefinitionJsonSchema', () => {
  it('is a JSON Schema a strict ajv compiles, accepting every built-in definition and refusing an unknown field type', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(toFormDefinitionJsonSchema());
    for (const key of documentKeys) expect(validate(structuredClone(builtinFormDefinitions[key])), key).toBe(true);
    expect(validate(form([{ name: 'alamat', type: 'textarea', label }]))).toBe(false);
    expect(validate(form([{ name: 'Alamat', type: 'text', label }]))).toBe(false);
    const definition: FormDefinition = form([{ name: 'alamat', type: 'text', kind: 'paragraph', label }]) as FormDefinition;
    expect(validate(definition)).toBe(true);
  });
});
