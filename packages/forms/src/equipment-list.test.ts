import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages } from '../test/support.js';
import { EquipmentList } from './equipment-list.js';

const valid = examples['perangkat-yang-digunakan'];
const bad = { empty: { items: [] }, 'name missing': { items: [{ kind: 'lainnya' }] }, 'quantity 1.5': { items: [{ kind: 'lainnya', name: 'UPS', quantity: 1.5 }] } };

describe('EquipmentList', () => {
  it('accepts the equipment used (seed 000, Persyaratan c)', () => {
    expect(EquipmentList.parse(valid)).toEqual(valid);
  });

  it('reports each bad field by its label, in Bahasa Indonesia and English', () => {
    expect(messages(EquipmentList, bad)).toMatchInlineSnapshot(`
      {
        "empty": [
          "id items: Daftar perangkat minimal 1 butir",
          "en items: Equipment list must have at least 1 item(s)",
        ],
        "name missing": [
          "id items.0.name: Nama perangkat wajib diisi",
          "en items.0.name: Equipment name is required",
        ],
        "quantity 1.5": [
          "id items.0.quantity: Jumlah perangkat harus bilangan bulat",
          "en items.0.quantity: Quantity must be a whole number",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs', () => {
    expect(disagreements(EquipmentList, { valid, ...bad })).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
