import type { z } from 'zod';
import { applicationName, equipmentItem, opd } from './internal/blocks.js';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { group, list, t, text } from './internal/fields.js';

function build(ctx: FormContext) {
  const section = (id: string, en: string) => text(ctx, t(id, en), { kind: 'markdown' });
  return group(
    ctx,
    t('Kerangka Acuan Kerja (KAK)', 'Terms of reference (KAK)'),
    {
      applicationName: applicationName(ctx),
      opd: opd(ctx),
      background: section('Latar Belakang Pembangunan Aplikasi', 'Background of the application'),
      objectives: section('Tujuan Pembangunan Aplikasi', 'Objectives of the application'),
      businessProcess: section(
        'Alur sistem/proses bisnis/prosedur yang akan didigitalisasi',
        'System flow / business process / procedure to digitise',
      ),
      features: list(ctx, t('Fitur-fitur yang dibutuhkan', 'Required features'), text(ctx, t('Fitur', 'Feature'), { max: 500 }), 1),
      benefits: section('Manfaat yang diharapkan', 'Expected benefits'),
      equipment: list(ctx, t('Perangkat yang digunakan', 'Equipment used'), equipmentItem(ctx), 1, {
        note: t(
          'Persyaratan c pada pedoman ASAP; boleh juga diserahkan tersendiri sebagai "perangkat-yang-digunakan"',
          'Requirement c of the ASAP guideline; may also be handed in on its own as "perangkat-yang-digunakan"',
        ),
      }).optional(),
    },
    { sources: ['000 Sumbar ASAP: Persyaratan b. Kerangka Acuan Kerja (KAK)', '001 Sumbar SOP: KAK dan Data'] },
  );
}

/**
 * Builds the KAK schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createKak } from '@alur/forms';
 * const kak = createKak({ locale: 'en' });
 * ```
 */
export const createKak = defineSchema(build);

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
