import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { Bast } from './bast.js';

const valid = examples['berita-acara-serah-terima'];

const bad = {
  'number missing': withValue(valid, 'number', REMOVE),
  'date 31 June': withValue(valid, 'date', '2024-06-31'),
  'firstParty.nip letters': withValue(valid, 'firstParty.nip', 'NIP. 19750121 200212 2 001'),
  'secondParty.agency missing': withValue(valid, 'secondParty.agency', REMOVE),
  'items empty': withValue(valid, 'items', []),
};

describe('Bast', () => {
  it('accepts the handover minutes of seed 000', () => {
    const result = Bast.safeParse(valid);
    expect(result.success && [result.data.firstParty.nip, result.data.secondParty.nip]).toEqual(['197501212002122001', '197708301996031001']);
  });

  it('reports each bad field by its label, in Bahasa Indonesia and English', () => {
    expect(messages(Bast, bad)).toMatchInlineSnapshot(`
      {
        "date 31 June": [
          "id date: Tanggal serah terima harus tanggal yang ada dengan format YYYY-MM-DD, misalnya 2023-04-10",
          "en date: Handover date must be an existing date in YYYY-MM-DD format, e.g. 2023-04-10",
        ],
        "firstParty.nip letters": [
          "id firstParty.nip: NIP Pihak Pertama harus 18 digit angka, boleh dipisah spasi seperti 19750121 200212 2 001",
          "en firstParty.nip: NIP of the first party must be 18 digits, optionally spaced like 19750121 200212 2 001",
        ],
        "items empty": [
          "id items: Yang diserahterimakan: Terlalu sedikit: diharapkan daftar memiliki minimal 1 butir, diterima 0 butir",
          "en items: Items handed over: Too few: expected list to have at least 1 item, received 0 items",
        ],
        "number missing": [
          "id number: Nomor berita acara wajib diisi",
          "en number: Minutes number is required",
        ],
        "secondParty.agency missing": [
          "id secondParty.agency: Instansi Pihak Kedua wajib diisi",
          "en secondParty.agency: Agency of the second party is required",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs', () => {
    expect(disagreements(Bast, { valid, ...bad })).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
