import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages } from '../test/support.js';
import { EquipmentList } from './equipment-list.js';

const valid = examples['perangkat-yang-digunakan'];
const bad = {
  empty: { items: [] },
  'name missing': { items: [{ kind: 'lainnya' }] },
  'quantity 1.5': { items: [{ kind: 'lainnya', name: 'UPS', quantity: 1.5 }] },
};

describe('EquipmentList', () => {
  it('accepts the equipment used (seed 000, Persyaratan c)', () => {
    expect(EquipmentList.parse(valid)).toEqual(valid);
  });

  it('reports each bad field by its label, in Bahasa Indonesia and English', () => {
    expect(messages(EquipmentList, bad)).toMatchInlineSnapshot(`
      {
        "empty": [
          "id items: Daftar perangkat: Terlalu sedikit: diharapkan daftar memiliki minimal 1 butir, diterima 0 butir",
          "en items: Equipment list: Too few: expected list to have at least 1 item, received 0 items",
        ],
        "name missing": [
          "id items.0.name: Nama perangkat wajib diisi",
          "en items.0.name: Equipment name is required",
        ],
        "quantity 1.5": [
          "id items.0.quantity: Jumlah perangkat: Input tidak valid: diharapkan bilangan bulat, diterima bilangan desimal",
          "en items.0.quantity: Quantity: Invalid input: expected integer, received decimal number",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs', () => {
    expect(disagreements(EquipmentList, { valid, ...bad })).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
