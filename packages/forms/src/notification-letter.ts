import type { z } from 'zod';
import { applicationName, LETTER_NATURES, official } from './internal/blocks.js';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { choice, date, group, letterNumber, list, optionalText, t, text } from './internal/fields.js';

function build(ctx: FormContext) {
  return group(
    ctx,
    t('Surat Pemberitahuan', 'Notification letter'),
    {
      letterNumber: letterNumber(ctx, t('Nomor surat', 'Letter number')),
      letterDate: date(ctx, t('Tanggal surat', 'Letter date')),
      nature: choice(ctx, t('Sifat', 'Nature'), LETTER_NATURES).default('biasa'),
      attachment: optionalText(ctx, t('Lampiran', 'Attachment')),
      subject: text(ctx, t('Perihal', 'Subject')),
      addressee: text(ctx, t('Kepada', 'Addressee'), { note: t('Perangkat Daerah pemohon', 'The requesting agency (OPD)') }),
      applicationName: applicationName(ctx),
      body: text(ctx, t('Isi surat', 'Letter body'), { kind: 'markdown' }),
      signatory: official(ctx, t('Penandatangan', 'Signatory')),
      cc: list(ctx, t('Tembusan', 'Copies'), text(ctx, t('Tembusan', 'Copy')), 1).optional(),
    },
    { sources: ['001 Sumbar SOP: langkah 16, Surat Pemberitahuan ke OPD'] },
  );
}

/**
 * Builds the Surat Pemberitahuan schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createNotificationLetter } from '@alur/forms';
 * const letter = createNotificationLetter({ locale: 'en' });
 * ```
 */
export const createNotificationLetter = defineSchema(build);

/**
 * The Surat Pemberitahuan (notification letter) telling the OPD that its application is
 * finished and ready to be implemented and tested (seed 001, step 16).
 *
 * @example
 * ```ts
 * import { NotificationLetter, parseForm } from '@alur/forms';
 * parseForm(NotificationLetter, {}, { locale: 'en' });
 * ```
 */
export const NotificationLetter = createNotificationLetter();
export type NotificationLetter = z.output<typeof NotificationLetter>;
