import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { Kak } from './kak.js';
import { parseForm } from './parse-form.js';

const kak = examples['kak'];

const bad = {
  'background missing': withValue(kak, 'background', REMOVE),
  'objectives blank': withValue(kak, 'objectives', '\n'),
  'businessProcess missing': withValue(kak, 'businessProcess', REMOVE),
  'features empty': withValue(kak, 'features', []),
  'a feature blank': withValue(kak, 'features', ['Pendaftaran daring', '']),
  'benefits a list': withValue(kak, 'benefits', ['cepat']),
  'equipment kind unknown': withValue(kak, 'equipment', [{ kind: 'kendaraan', name: 'Mobil' }]),
  'equipment quantity 0': withValue(kak, 'equipment', [{ kind: 'jaringan', name: 'Switch', quantity: 0 }]),
};

describe('Kak', () => {
  it('accepts the KAK contents of seed 000, with or without the equipment list', () => {
    expect(parseForm(Kak, kak).success).toBe(true);
    expect(parseForm(Kak, withValue(kak, 'equipment', REMOVE)).success).toBe(true);
  });

  it('reports each bad field by its label, in Bahasa Indonesia and English', () => {
    expect(messages(Kak, bad)).toMatchInlineSnapshot(`
      {
        "a feature blank": [
          "id features.1: Fitur wajib diisi",
          "en features.1: Feature is required",
        ],
        "background missing": [
          "id background: Latar Belakang Pembangunan Aplikasi wajib diisi",
          "en background: Background of the application is required",
        ],
        "benefits a list": [
          "id benefits: Manfaat yang diharapkan: Input tidak valid: diharapkan teks, diterima daftar",
          "en benefits: Expected benefits: Invalid input: expected text, received list",
        ],
        "businessProcess missing": [
          "id businessProcess: Alur sistem/proses bisnis/prosedur yang akan didigitalisasi wajib diisi",
          "en businessProcess: System flow / business process / procedure to digitise is required",
        ],
        "equipment kind unknown": [
          "id equipment.0.kind: Jenis perangkat: Pilihan tidak valid: diharapkan salah satu dari "Perangkat keras"|"Perangkat lunak"|"Jaringan"|"Lainnya"",
          "en equipment.0.kind: Kind of equipment: Invalid option: expected one of "Hardware"|"Software"|"Network"|"Other"",
        ],
        "equipment quantity 0": [
          "id equipment.0.quantity: Jumlah perangkat: Terlalu kecil: diharapkan angka minimal 1",
          "en equipment.0.quantity: Quantity: Too small: expected number to be at least 1",
        ],
        "features empty": [
          "id features: Fitur-fitur yang dibutuhkan: Terlalu sedikit: diharapkan daftar memiliki minimal 1 butir, diterima 0 butir",
          "en features: Required features: Too few: expected list to have at least 1 item, received 0 items",
        ],
        "objectives blank": [
          "id objectives: Tujuan Pembangunan Aplikasi wajib diisi",
          "en objectives: Objectives of the application is required",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs', () => {
    expect(disagreements(Kak, { kak, ...bad })).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
