import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { InternalMemo } from './internal-memo.js';

const valid = examples['nota-dinas'];

const bad = {
  'to missing': withValue(valid, 'to', REMOVE),
  'nature "kilat"': withValue(valid, 'nature', 'kilat'),
  'cc empty list': withValue(valid, 'cc', []),
  'body blank': withValue(valid, 'body', ''),
  'signatory missing': withValue(valid, 'signatory', REMOVE),
};

describe('InternalMemo', () => {
  it('accepts the memo of seed 001 and defaults its nature to biasa', () => {
    expect(InternalMemo.parse(valid).nature).toBe('biasa');
    expect(InternalMemo.parse({ ...valid, nature: 'segera', cc: ['Kepala Bidang Aplikasi Informatika'] }).nature).toBe('segera');
  });

  it('reports each bad field by its label, in Bahasa Indonesia and English', () => {
    expect(messages(InternalMemo, bad)).toMatchInlineSnapshot(`
      {
        "body blank": [
          "id body: Isi nota dinas wajib diisi",
          "en body: Memo body is required",
        ],
        "cc empty list": [
          "id cc: Tembusan: Terlalu sedikit: diharapkan daftar memiliki minimal 1 butir, diterima 0 butir",
          "en cc: Copies: Too few: expected list to have at least 1 item, received 0 items",
        ],
        "nature "kilat"": [
          "id nature: Sifat: Pilihan tidak valid: diharapkan salah satu dari "Biasa"|"Segera"|"Sangat segera"|"Rahasia"",
          "en nature: Nature: Invalid option: expected one of "Ordinary"|"Urgent"|"Very urgent"|"Confidential"",
        ],
        "signatory missing": [
          "id signatory: Penandatangan wajib diisi",
          "en signatory: Signatory is required",
        ],
        "to missing": [
          "id to: Kepada wajib diisi",
          "en to: Recipient is required",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs', () => {
    expect(disagreements(InternalMemo, { valid, ...bad })).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
