import type { z } from 'zod';
import { applicationName, DEVELOPMENT_TYPES, official, opd } from './internal/blocks.js';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { choice, date, email, group, letterNumber, list, optionalText, phone, t, text } from './internal/fields.js';

function build(ctx: FormContext) {
  return group(
    ctx,
    t('Surat Permohonan Permintaan Pembangunan Aplikasi', 'Request letter for an application build'),
    {
      letterNumber: letterNumber(ctx, t('Nomor surat', 'Letter number')),
      letterDate: date(ctx, t('Tanggal surat', 'Letter date')),
      subject: text(ctx, t('Perihal', 'Subject')),
      addressee: text(ctx, t('Kepada', 'Addressee'), {
        note: t(
          'Misalnya Kepala Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat',
          'E.g. the head of the provincial communications, informatics and statistics office',
        ),
      }),
      opd: opd(ctx),
      applicationName: applicationName(ctx),
      requestType: choice(ctx, t('Jenis permintaan', 'Request type'), DEVELOPMENT_TYPES, {
        radio: true,
        note: t(
          'Pembangunan dari awal, atau pengembangan: penambahan fitur dan perubahan major sistem yang sudah ada',
          'A build from scratch, or an enhancement: new features and major changes to an existing system',
        ),
      }),
      summary: text(ctx, t('Ringkasan permohonan', 'Summary of the request'), { kind: 'paragraph' }),
      contact: group(ctx, t('Narahubung', 'Contact person'), {
        name: text(ctx, t('Nama narahubung', 'Contact name')),
        position: optionalText(ctx, t('Jabatan narahubung', 'Contact position')),
        mobilePhone: phone(ctx, t('Nomor HP narahubung', 'Contact mobile number'), 'mobile'),
        email: email(ctx, t('Email narahubung', 'Contact email')).optional(),
      }),
      signatory: official(ctx, t('Penandatangan', 'Signatory')),
      attachments: list(ctx, t('Lampiran', 'Attachments'), text(ctx, t('Lampiran', 'Attachment')), 1, {
        note: t('Misalnya Kerangka Acuan Kerja (KAK)', 'E.g. the terms of reference (KAK)'),
      }).optional(),
    },
    {
      sources: [
        '000 Sumbar ASAP: Persyaratan a. Surat Permohonan Permintaan Pembangunan Aplikasi',
        '001 Sumbar SOP: Surat Permintaan Aplikasi',
        '002 Sumbawa: Surat Permohonan Pembuatan Aplikasi',
        '003 Babel: Surat Permohonan',
      ],
    },
  );
}

/**
 * Builds the Surat Permohonan schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createRequestLetter } from '@alur/forms';
 * const letter = createRequestLetter({ locale: 'en' });
 * ```
 */
export const createRequestLetter = defineSchema(build);

/**
 * The Surat Permohonan (request letter) an OPD sends to ask for an application: number,
 * date, subject, addressee (the head of the Diskominfo), the requesting OPD, the
 * application and whether it is a new build or an enhancement, the contact person
 * ("narahubung", seed 000), the signing official and attachments (the KAK).
 *
 * @example
 * ```ts
 * import { RequestLetter } from '@alur/forms';
 * RequestLetter.shape.letterNumber.parse(' 000.1/123/Disdik/2024 '); // '000.1/123/Disdik/2024'
 * ```
 */
export const RequestLetter = createRequestLetter();
export type RequestLetter = z.output<typeof RequestLetter>;
