import type { z } from 'zod';
import { applicationName, party } from './internal/blocks.js';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { date, group, letterNumber, list, optionalText, t, text } from './internal/fields.js';

function build(ctx: FormContext) {
  return group(
    ctx,
    t('Berita Acara Serah Terima Aplikasi', 'Application handover minutes (BAST)'),
    {
      number: letterNumber(ctx, t('Nomor berita acara', 'Minutes number')),
      date: date(ctx, t('Tanggal serah terima', 'Handover date')),
      place: text(ctx, t('Tempat serah terima', 'Place of handover')),
      applicationName: applicationName(ctx),
      firstParty: party(ctx, t('Pihak Pertama', 'First party')),
      secondParty: party(ctx, t('Pihak Kedua', 'Second party')),
      items: list(ctx, t('Yang diserahterimakan', 'Items handed over'), text(ctx, t('Butir serah terima', 'Item handed over'), { max: 500 }), 1, {
        note: t('Misalnya aplikasi, dokumentasi aplikasi dan dokumen pengujian', 'E.g. the application, its documentation and the test documents'),
      }),
      notes: optionalText(ctx, t('Keterangan', 'Notes'), { kind: 'paragraph' }),
    },
    { sources: ['000 Sumbar ASAP: tahap 12, Berita Acara Serah Terima Aplikasi'] },
  );
}

/**
 * Builds the BAST schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createBast } from '@alur/forms';
 * const bast = createBast({ locale: 'en' });
 * ```
 */
export const createBast = defineSchema(build);

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
