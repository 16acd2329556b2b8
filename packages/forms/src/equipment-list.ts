import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';
import { equipmentItem } from './internal/fragments.js';

/** The equipment list as data (see {@link EquipmentList}). */
export const equipmentListDefinition = {
  key: 'perangkat-yang-digunakan',
  title: t('Perangkat yang digunakan', 'Equipment used'),
  sources: ['000 Sumbar ASAP: Persyaratan c. Perangkat yang digunakan'],
  fields: [{ name: 'items', type: 'list', label: t('Daftar perangkat', 'Equipment list'), item: equipmentItem }],
} as const satisfies FormDefinition;

/**
 * Builds the equipment list schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createEquipmentList } from '@alur/forms';
 * const equipment = createEquipmentList({ locale: 'en' });
 * ```
 */
export const createEquipmentList = (options?: FormOptions) => compileForm(equipmentListDefinition, options);

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
