import type { z } from 'zod';
import { equipmentItem } from './internal/blocks.js';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { group, list, t } from './internal/fields.js';

function build(ctx: FormContext) {
  return group(
    ctx,
    t('Perangkat yang digunakan', 'Equipment used'),
    { items: list(ctx, t('Daftar perangkat', 'Equipment list'), equipmentItem(ctx), 1) },
    { sources: ['000 Sumbar ASAP: Persyaratan c. Perangkat yang digunakan'] },
  );
}

/**
 * Builds the equipment list schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createEquipmentList } from '@alur/forms';
 * const equipment = createEquipmentList({ locale: 'en' });
 * ```
 */
export const createEquipmentList = defineSchema(build);

/**
 * "Perangkat yang digunakan" (seed 000, Persyaratan c): the hardware, software and network
 * the application will use, handed in with the request (`@alur/core`'s Sumbar ASAP SOP asks
 * for it as its own item). The KAK may hold the same list.
 *
 * @example
 * ```ts
 * import { EquipmentList } from '@alur/forms';
 * EquipmentList.parse({ items: [{ kind: 'perangkat-keras', name: 'Server', quantity: 1 }] });
 * ```
 */
export const EquipmentList = createEquipmentList();
export type EquipmentList = z.output<typeof EquipmentList>;
