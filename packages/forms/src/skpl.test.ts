import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { describeFields } from './describe-fields.js';
import { Skpl } from './skpl.js';

const valid = examples['skpl'];

const bad = {
  '1.1 missing': withValue(valid, 'introduction.background', REMOVE),
  '2.3 blank': withValue(valid, 'applicationOverview.operatingEnvironment', ''),
  '3.1.4 missing': withValue(valid, 'requirements.externalInterfaces.communicationInterface', REMOVE),
  '3.2 missing': withValue(valid, 'requirements.functional', REMOVE),
  '3.5 missing': withValue(valid, 'requirements.traceability', REMOVE),
  '3.6.2 missing': withValue(valid, 'requirements.summary.nonFunctional', REMOVE),
  '4 missing': withValue(valid, 'closing', REMOVE),
  'a section not in the outline': withValue(valid, 'requirements.risks', 'x'),
};

describe('Skpl', () => {
  it('accepts a specification with every section of the seed 003 outline', () => {
    expect(Skpl.parse(valid)).toEqual(valid);
  });

  it('follows the outline, section numbers in the labels', () => {
    expect(describeFields(Skpl).map((field) => `${field.label.id}${field.type === 'alias' ? ' (group)' : ''}`)).toMatchInlineSnapshot(`
      [
        "Nama Aplikasi",
        "Perangkat Daerah pemohon",
        "1. Pendahuluan (group)",
        "1.1. Latar Belakang",
        "1.2. Maksud dan Tujuan",
        "2. Deskripsi Umum Aplikasi (group)",
        "2.1. Deskripsi",
        "2.2. Fungsi",
        "2.3. Lingkungan Operasi",
        "2.4. Karakteristik Pengguna",
        "3. Deskripsi Umum Kebutuhan (group)",
        "3.1. Kebutuhan Antarmuka Eksternal (group)",
        "3.1.1. Antarmuka Pemakai",
        "3.1.2. Antarmuka Perangkat Keras",
        "3.1.3. Antarmuka Perangkat Lunak",
        "3.1.4. Antarmuka Komunikasi",
        "3.2. Deskripsi Kebutuhan Fungsional (group)",
        "3.2.1. Rancangan Solusi Teknis",
        "3.2.2. Data Requirement",
        "3.3. Deskripsi Kebutuhan Nonfungsional",
        "3.4. Batasan Perancangan",
        "3.5. Kerunutan (Traceability)",
        "3.6. Ringkasan Kebutuhan (group)",
        "3.6.1. Ringkasan Kebutuhan Fungsional",
        "3.6.2. Ringkasan Kebutuhan Nonfungsional",
        "4. Penutup",
      ]
    `);
  });

  it('reports each missing section by its number and title, in Bahasa Indonesia and English', () => {
    expect(messages(Skpl, bad)).toMatchInlineSnapshot(`
      {
        "1.1 missing": [
          "id introduction.background: 1.1. Latar Belakang wajib diisi",
          "en introduction.background: 1.1. Background is required",
        ],
        "2.3 blank": [
          "id applicationOverview.operatingEnvironment: 2.3. Lingkungan Operasi wajib diisi",
          "en applicationOverview.operatingEnvironment: 2.3. Operating environment is required",
        ],
        "3.1.4 missing": [
          "id requirements.externalInterfaces.communicationInterface: 3.1.4. Antarmuka Komunikasi wajib diisi",
          "en requirements.externalInterfaces.communicationInterface: 3.1.4. Communication interface is required",
        ],
        "3.2 missing": [
          "id requirements.functional: 3.2. Deskripsi Kebutuhan Fungsional wajib diisi",
          "en requirements.functional: 3.2. Functional requirements is required",
        ],
        "3.5 missing": [
          "id requirements.traceability: 3.5. Kerunutan (Traceability) wajib diisi",
          "en requirements.traceability: 3.5. Traceability is required",
        ],
        "3.6.2 missing": [
          "id requirements.summary.nonFunctional: 3.6.2. Ringkasan Kebutuhan Nonfungsional wajib diisi",
          "en requirements.summary.nonFunctional: 3.6.2. Non-functional requirements summary is required",
        ],
        "4 missing": [
          "id closing: 4. Penutup wajib diisi",
          "en closing: 4. Closing is required",
        ],
        "a section not in the outline": [
          "id requirements: 3. Deskripsi Umum Kebutuhan: Kunci tidak dikenali: "risks"",
          "en requirements: 3. Requirements overview: Unrecognized key: "risks"",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs', () => {
    expect(disagreements(Skpl, { valid, ...bad })).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
