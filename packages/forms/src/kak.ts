import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';
import { applicationName, equipmentItem, opd, section } from './internal/fragments.js';

/** The KAK as data (see {@link Kak}). */
export const kakDefinition = {
  key: 'kak',
  title: t('Kerangka Acuan Kerja (KAK)', 'Terms of reference (KAK)'),
  sources: ['000 Sumbar ASAP: Persyaratan b. Kerangka Acuan Kerja (KAK)', '001 Sumbar SOP: KAK dan Data'],
  fields: [
    applicationName,
    opd,
    section('background', 'Latar Belakang Pembangunan Aplikasi', 'Background of the application'),
    section('objectives', 'Tujuan Pembangunan Aplikasi', 'Objectives of the application'),
    section('businessProcess', 'Alur sistem/proses bisnis/prosedur yang akan didigitalisasi', 'System flow / business process / procedure to digitise'),
    {
      name: 'features',
      type: 'list',
      label: t('Fitur-fitur yang dibutuhkan', 'Required features'),
      item: { type: 'text', max: 500, label: t('Fitur', 'Feature') },
    },
    section('benefits', 'Manfaat yang diharapkan', 'Expected benefits'),
    {
      name: 'equipment',
      type: 'list',
      required: false,
      label: t('Perangkat yang digunakan', 'Equipment used'),
      item: equipmentItem,
      note: t(
        'Persyaratan c pada pedoman ASAP; boleh juga diserahkan tersendiri sebagai "perangkat-yang-digunakan"',
        'Requirement c of the ASAP guideline; may also be handed in on its own as "perangkat-yang-digunakan"',
      ),
    },
  ],
} as const satisfies FormDefinition;

/**
 * Builds the KAK schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createKak } from '@alur/forms';
 * const kak = createKak({ locale: 'en' });
 * ```
 */
export const createKak = (options?: FormOptions) => compileForm(kakDefinition, options);

/**
 * The Kerangka Acuan Kerja (terms of reference) attached to a request, with the contents
 * seed 000 asks for: latar belakang, tujuan, alur sistem / proses bisnis / prosedur to
 * digitise, the features needed, manfaat and, optionally, the equipment used.
 *
 * @example
 * ```ts
 * import { Kak, parseForm } from '@alur/forms';
 * const result = parseForm(Kak, { features: [] }, { locale: 'en' });
 * ```
 */
export const Kak = createKak();
export type Kak = z.output<typeof Kak>;
