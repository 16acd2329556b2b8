import { RequestDocument, SopItem } from '@alur/core';
import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { builtinFormDefinitions } from './builtin-form-definitions.js';
import { createDocumentCatalog, documentCatalog, documentKeys } from './document-catalog.js';
import { fieldRegistry } from './field-meta.js';
import type { FormDefinition } from './form-definition.js';
import { FormsError } from './forms-error.js';
import { isDocumentKey } from './is-document-key.js';
import { parseForm } from './parse-form.js';
import { validateFormDefinition } from './validate-form-definition.js';

describe('documentCatalog', () => {
  it('names every document kind by a stable key, with its label and where the seeds name it', () => {
    expect(documentKeys.map((key) => `${key}: ${documentCatalog[key].label.id} (${documentCatalog[key].category})`)).toMatchInlineSnapshot(`
      [
        "surat-permohonan: Surat Permohonan Permintaan Pembangunan Aplikasi (document)",
        "kak: Kerangka Acuan Kerja (KAK) (document)",
        "perangkat-yang-digunakan: Perangkat yang digunakan (document)",
        "formulir-pembangunan-aplikasi: Formulir Layanan Pembangunan Aplikasi (form)",
        "formulir-uji-kelayakan: Formulir Layanan Uji Kelayakan Aplikasi (form)",
        "formulir-vulnerability-assessment: Formulir Layanan Vulnerability Assessment pada Uji Kelayakan Aplikasi (form)",
        "skpl: Spesifikasi Kebutuhan Aplikasi (SKPL) (document)",
        "dokumentasi-sistem: Dokumentasi Sistem (document)",
        "berita-acara-serah-terima: Berita Acara Serah Terima Aplikasi (document)",
        "berita-acara-pekerjaan: Berita Acara Pekerjaan (document)",
        "nota-dinas: Nota Dinas (document)",
        "surat-pemberitahuan: Surat Pemberitahuan (document)",
        "notulen: Notulen Rapat (document)",
        "arsip-surat-masuk: Arsip Surat Masuk (document)",
        "laporan: Laporan (document)",
      ]
    `);
    for (const key of documentKeys) {
      expect(documentCatalog[key].key).toBe(key);
      expect(documentCatalog[key].sources.length, key).toBeGreaterThan(0);
      expect(fieldRegistry.get(documentCatalog[key].schema)?.label).toEqual(documentCatalog[key].label);
    }
  });

  it('uses keys @alur/core accepts for Kelengkapan and outputs, and parsed data core stores as a document', () => {
    for (const key of documentKeys) {
      expect(SopItem.safeParse({ key, label: documentCatalog[key].label.id }).success, key).toBe(true);
      const data = documentCatalog[key].schema.parse(examples[key]) as Record<string, unknown>;
      expect(RequestDocument.safeParse({ key, data }).success, key).toBe(true);
      expect(JSON.parse(JSON.stringify(data)), key).toEqual(data);
    }
  });

  it('builds the same kinds with other options', () => {
    const english = createDocumentCatalog({ locale: 'en' });
    expect(Object.keys(english)).toEqual(documentKeys);
    expect(english.kak.schema.safeParse({}).error?.issues[0]?.message).toBe('Application name is required');
  });

  it('tells document keys from other item keys', () => {
    expect(isDocumentKey('kak')).toBe(true);
    expect(isDocumentKey('formulir-uji-kelayakan')).toBe(true);
    expect(isDocumentKey('surat-tugas')).toBe(false);
  });
});

describe('createDocumentCatalog with definitions', () => {
  // What an admin does in the Studio: a copy of the Surat Permohonan with one required field more, stored as JSON.
  const stored = JSON.stringify({
    ...builtinFormDefinitions['surat-permohonan'],
    fields: [
      ...builtinFormDefinitions['surat-permohonan'].fields,
      { name: 'nomorTelepon', type: 'phone', kind: 'landline', label: { id: 'Nomor telepon kantor', en: 'Office phone number' } },
    ],
  });

  it('uses an admin-edited Surat Permohonan: data without the added required field is refused, naming it', () => {
    const checked = validateFormDefinition(JSON.parse(stored));
    if (!checked.success) throw new Error(checked.problems.map((p) => p.message).join('; '));
    const catalog = createDocumentCatalog({ definitions: { 'surat-permohonan': checked.definition } });
    const schema = catalog['surat-permohonan'].schema;

    expect(parseForm(schema, examples['surat-permohonan'])).toEqual({
      success: false,
      issues: [{ path: ['nomorTelepon'], label: 'Nomor telepon kantor', message: 'Nomor telepon kantor wajib diisi' }],
    });
    const result = parseForm(schema, { ...examples['surat-permohonan'], nomorTelepon: '0717 – 426 2141' });
    expect(result.success && result.data).toMatchObject({ nomorTelepon: '+627174262141', applicationName: expect.any(String) });
    expect(catalog['surat-permohonan'].label).toEqual(documentCatalog['surat-permohonan'].label);
    expect(catalog.kak.schema).toBe(documentCatalog.kak.schema);
    expect(documentCatalog['surat-permohonan'].schema.safeParse(examples['surat-permohonan']).success).toBe(true);
  });

  it('refuses a definition given under another key, and an invalid one', () => {
    const kak: FormDefinition = builtinFormDefinitions.kak;
    expect(() => createDocumentCatalog({ definitions: { 'surat-permohonan': kak } })).toThrowError(
      'definitions["surat-permohonan"] harus definisi dengan key "surat-permohonan", bukan "kak"',
    );
    const invalid = { ...kak, fields: [] } as FormDefinition;
    expect(() => createDocumentCatalog({ definitions: { kak: invalid } })).toThrowError(FormsError);
  });
});
