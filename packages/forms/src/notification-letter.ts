import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';
import { applicationName, nature, official } from './internal/fragments.js';

/** The Surat Pemberitahuan as data (see {@link NotificationLetter}). */
export const notificationLetterDefinition = {
  key: 'surat-pemberitahuan',
  title: t('Surat Pemberitahuan', 'Notification letter'),
  sources: ['001 Sumbar SOP: langkah 16, Surat Pemberitahuan ke OPD'],
  fields: [
    { name: 'letterNumber', type: 'letterNumber', label: t('Nomor surat', 'Letter number') },
    { name: 'letterDate', type: 'date', label: t('Tanggal surat', 'Letter date') },
    nature,
    { name: 'attachment', type: 'text', required: false, label: t('Lampiran', 'Attachment') },
    { name: 'subject', type: 'text', label: t('Perihal', 'Subject') },
    { name: 'addressee', type: 'text', label: t('Kepada', 'Addressee'), note: t('Perangkat Daerah pemohon', 'The requesting agency (OPD)') },
    applicationName,
    { name: 'body', type: 'text', kind: 'markdown', label: t('Isi surat', 'Letter body') },
    official('signatory', t('Penandatangan', 'Signatory')),
    { name: 'cc', type: 'list', required: false, label: t('Tembusan', 'Copies'), item: { type: 'text', label: t('Tembusan', 'Copy') } },
  ],
} as const satisfies FormDefinition;

/**
 * Builds the Surat Pemberitahuan schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createNotificationLetter } from '@alur/forms';
 * const letter = createNotificationLetter({ locale: 'en' });
 * ```
 */
export const createNotificationLetter = (options?: FormOptions) => compileForm(notificationLetterDefinition, options);

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
