import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';
import { applicationName, party } from './internal/fragments.js';

/** The BAST as data (see {@link Bast}). */
export const bastDefinition = {
  key: 'berita-acara-serah-terima',
  title: t('Berita Acara Serah Terima Aplikasi', 'Application handover minutes (BAST)'),
  sources: ['000 Sumbar ASAP: tahap 12, Berita Acara Serah Terima Aplikasi'],
  fields: [
    { name: 'number', type: 'letterNumber', label: t('Nomor berita acara', 'Minutes number') },
    { name: 'date', type: 'date', label: t('Tanggal serah terima', 'Handover date') },
    { name: 'place', type: 'text', label: t('Tempat serah terima', 'Place of handover') },
    applicationName,
    party('firstParty', t('Pihak Pertama', 'First party')),
    party('secondParty', t('Pihak Kedua', 'Second party')),
    {
      name: 'items',
      type: 'list',
      label: t('Yang diserahterimakan', 'Items handed over'),
      item: { type: 'text', max: 500, label: t('Butir serah terima', 'Item handed over') },
      note: t('Misalnya aplikasi, dokumentasi aplikasi dan dokumen pengujian', 'E.g. the application, its documentation and the test documents'),
    },
    { name: 'notes', type: 'text', kind: 'paragraph', required: false, label: t('Keterangan', 'Notes') },
  ],
} as const satisfies FormDefinition;

/**
 * Builds the BAST schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createBast } from '@alur/forms';
 * const bast = createBast({ locale: 'en' });
 * ```
 */
export const createBast = (options?: FormOptions) => compileForm(bastDefinition, options);

/**
 * Berita Acara Serah Terima (BAST) Aplikasi, the signed handover that closes a request
 * (seed 000, stage 12): number, date and place, the application, the first party (who
 * hands over, from the Diskominfo) and the second party (who receives, from the OPD), and
 * what is handed over.
 *
 * @example
 * ```ts
 * import { Bast } from '@alur/forms';
 * Bast.shape.firstParty.shape.nip.parse('19750121 200212 2 001'); // '197501212002122001'
 * ```
 */
export const Bast = createBast();
export type Bast = z.output<typeof Bast>;
