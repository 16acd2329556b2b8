import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { WorkCompletionMinutes } from './work-completion-minutes.js';

const valid = examples['berita-acara-pekerjaan'];

const bad = {
  'deliverables empty': withValue(valid, 'deliverables', []),
  'deliverables repeated': withValue(valid, 'deliverables', ['aplikasi', 'aplikasi']),
  'deliverable unknown': withValue(valid, 'deliverables', ['kode sumber']),
  'developer without role': withValue(valid, 'developers', [{ name: 'Andi' }]),
  'headOfOffice missing': withValue(valid, 'headOfOffice', REMOVE),
};

describe('WorkCompletionMinutes', () => {
  it('accepts the minutes of seed 002', () => {
    expect(WorkCompletionMinutes.safeParse(valid).success).toBe(true);
  });

  it('reports each bad field by its label, in Bahasa Indonesia and English', () => {
    expect(messages(WorkCompletionMinutes, bad)).toMatchInlineSnapshot(`
      {
        "deliverable unknown": [
          "id deliverables.0: Hasil pekerjaan: Pilihan tidak valid: diharapkan salah satu dari "Aplikasi"|"Dokumentasi dan hasil analisis"|"Dokumentasi pengembangan"|"Dokumentasi pengujian"|"Petunjuk instalasi"|"Petunjuk penggunaan"|"Dokumentasi API"",
          "en deliverables.0: Deliverables: Invalid option: expected one of "Application"|"Analysis documentation and results"|"Development documentation"|"Test documentation"|"Installation guide"|"User guide"|"API documentation"",
        ],
        "deliverables empty": [
          "id deliverables: Hasil pekerjaan harus dipilih minimal 1",
          "en deliverables: Deliverables: choose at least 1",
        ],
        "deliverables repeated": [
          "id deliverables: Hasil pekerjaan tidak boleh memuat pilihan yang sama lebih dari sekali",
          "en deliverables: Deliverables must not list the same choice twice",
        ],
        "developer without role": [
          "id developers.0.role: Peran anggota tim wajib diisi",
          "en developers.0.role: Team member role is required",
        ],
        "headOfOffice missing": [
          "id headOfOffice: Kepala Dinas Kominfo wajib diisi",
          "en headOfOffice: Head of the Diskominfo is required",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs, repeated deliverables included (uniqueItems)', () => {
    expect(disagreements(WorkCompletionMinutes, { valid, ...bad })).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
