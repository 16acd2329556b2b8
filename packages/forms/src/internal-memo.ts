import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';
import { nature, official } from './internal/fragments.js';

/** The Nota Dinas as data (see {@link InternalMemo}). */
export const internalMemoDefinition = {
  key: 'nota-dinas',
  title: t('Nota Dinas', 'Internal memo (nota dinas)'),
  sources: ['001 Sumbar SOP: langkah 15, Nota Dinas ke Seksi Pengendalian Informatika'],
  fields: [
    { name: 'number', type: 'letterNumber', label: t('Nomor nota dinas', 'Memo number') },
    { name: 'date', type: 'date', label: t('Tanggal nota dinas', 'Memo date') },
    { name: 'to', type: 'text', label: t('Kepada', 'Recipient') },
    { name: 'from', type: 'text', label: t('Dari', 'Sender') },
    { name: 'cc', type: 'list', required: false, label: t('Tembusan', 'Copies'), item: { type: 'text', label: t('Tembusan', 'Copy') } },
    nature,
    { name: 'attachment', type: 'text', required: false, label: t('Lampiran', 'Attachment') },
    { name: 'subject', type: 'text', label: t('Hal', 'Subject') },
    { name: 'applicationName', type: 'text', required: false, label: t('Nama aplikasi', 'Application name') },
    { name: 'body', type: 'text', kind: 'markdown', label: t('Isi nota dinas', 'Memo body') },
    official('signatory', t('Penandatangan', 'Signatory')),
  ],
} as const satisfies FormDefinition;

/**
 * Builds the Nota Dinas schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createInternalMemo } from '@alur/forms';
 * const memo = createInternalMemo({ locale: 'en' });
 * ```
 */
export const createInternalMemo = (options?: FormOptions) => compileForm(internalMemoDefinition, options);

/**
 * A Nota Dinas (internal memo), e.g. the Kasi's memo that an application is ready to be
 * implemented (seed 001, step 15): number, date, to, from, copies, nature (default
 * `biasa`), attachment, subject, body and the signing official.
 *
 * @example
 * ```ts
 * import { InternalMemo } from '@alur/forms';
 * InternalMemo.shape.nature.parse(undefined); // 'biasa'
 * ```
 */
export const InternalMemo = createInternalMemo();
export type InternalMemo = z.output<typeof InternalMemo>;
