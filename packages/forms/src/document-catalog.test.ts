import { RequestDocument, SopItem } from '@alur/core';
import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { createDocumentCatalog, documentCatalog, documentKeys } from './document-catalog.js';
import { fieldRegistry } from './field-meta.js';
import { isDocumentKey } from './is-document-key.js';

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
