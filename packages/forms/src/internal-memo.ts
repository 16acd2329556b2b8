import type { z } from 'zod';
import { LETTER_NATURES, official } from './internal/blocks.js';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { choice, date, group, letterNumber, list, optionalText, t, text } from './internal/fields.js';

function build(ctx: FormContext) {
  return group(
    ctx,
    t('Nota Dinas', 'Internal memo (nota dinas)'),
    {
      number: letterNumber(ctx, t('Nomor nota dinas', 'Memo number')),
      date: date(ctx, t('Tanggal nota dinas', 'Memo date')),
      to: text(ctx, t('Kepada', 'Recipient')),
      from: text(ctx, t('Dari', 'Sender')),
      cc: list(ctx, t('Tembusan', 'Copies'), text(ctx, t('Tembusan', 'Copy')), 1).optional(),
      nature: choice(ctx, t('Sifat', 'Nature'), LETTER_NATURES).default('biasa'),
      attachment: optionalText(ctx, t('Lampiran', 'Attachment')),
      subject: text(ctx, t('Hal', 'Subject')),
      applicationName: optionalText(ctx, t('Nama aplikasi', 'Application name')),
      body: text(ctx, t('Isi nota dinas', 'Memo body'), { kind: 'markdown' }),
      signatory: official(ctx, t('Penandatangan', 'Signatory')),
    },
    { sources: ['001 Sumbar SOP: langkah 15, Nota Dinas ke Seksi Pengendalian Informatika'] },
  );
}

/**
 * Builds the Nota Dinas schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createInternalMemo } from '@alur/forms';
 * const memo = createInternalMemo({ locale: 'en' });
 * ```
 */
export const createInternalMemo = defineSchema(build);

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
