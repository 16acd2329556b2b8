import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';
import { applicationName, DEVELOPMENT_TYPES, official, opd } from './internal/fragments.js';

/** The Surat Permohonan as data (see {@link RequestLetter}). */
export const requestLetterDefinition = {
  key: 'surat-permohonan',
  title: t('Surat Permohonan Permintaan Pembangunan Aplikasi', 'Request letter for an application build'),
  sources: [
    '000 Sumbar ASAP: Persyaratan a. Surat Permohonan Permintaan Pembangunan Aplikasi',
    '001 Sumbar SOP: Surat Permintaan Aplikasi',
    '002 Sumbawa: Surat Permohonan Pembuatan Aplikasi',
    '003 Babel: Surat Permohonan',
  ],
  fields: [
    { name: 'letterNumber', type: 'letterNumber', label: t('Nomor surat', 'Letter number') },
    { name: 'letterDate', type: 'date', label: t('Tanggal surat', 'Letter date') },
    { name: 'subject', type: 'text', label: t('Perihal', 'Subject') },
    {
      name: 'addressee',
      type: 'text',
      label: t('Kepada', 'Addressee'),
      note: t(
        'Misalnya Kepala Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat',
        'E.g. the head of the provincial communications, informatics and statistics office',
      ),
    },
    opd,
    applicationName,
    {
      name: 'requestType',
      type: 'choice',
      radio: true,
      label: t('Jenis permintaan', 'Request type'),
      options: DEVELOPMENT_TYPES,
      note: t(
        'Pembangunan dari awal, atau pengembangan: penambahan fitur dan perubahan major sistem yang sudah ada',
        'A build from scratch, or an enhancement: new features and major changes to an existing system',
      ),
    },
    { name: 'summary', type: 'text', kind: 'paragraph', label: t('Ringkasan permohonan', 'Summary of the request') },
    {
      name: 'contact',
      type: 'group',
      label: t('Narahubung', 'Contact person'),
      fields: [
        { name: 'name', type: 'text', label: t('Nama narahubung', 'Contact name') },
        { name: 'position', type: 'text', required: false, label: t('Jabatan narahubung', 'Contact position') },
        { name: 'mobilePhone', type: 'phone', kind: 'mobile', label: t('Nomor HP narahubung', 'Contact mobile number') },
        { name: 'email', type: 'email', required: false, label: t('Email narahubung', 'Contact email') },
      ],
    },
    official('signatory', t('Penandatangan', 'Signatory')),
    {
      name: 'attachments',
      type: 'list',
      required: false,
      label: t('Lampiran', 'Attachments'),
      item: { type: 'text', label: t('Lampiran', 'Attachment') },
      note: t('Misalnya Kerangka Acuan Kerja (KAK)', 'E.g. the terms of reference (KAK)'),
    },
  ],
} as const satisfies FormDefinition;

/**
 * Builds the Surat Permohonan schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createRequestLetter } from '@alur/forms';
 * const letter = createRequestLetter({ locale: 'en' });
 * ```
 */
export const createRequestLetter = (options?: FormOptions) => compileForm(requestLetterDefinition, options);

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
