import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';
import { nature } from './internal/fragments.js';

/** The Arsip Surat Masuk as data (see {@link IncomingLetterRecord}). */
export const incomingLetterRecordDefinition = {
  key: 'arsip-surat-masuk',
  title: t('Arsip Surat Masuk', 'Incoming letter record'),
  sources: ['001 Sumbar SOP: langkah 2, Arsip Surat Masuk (TU Kominfo)'],
  fields: [
    { name: 'agendaNumber', type: 'text', max: 50, label: t('Nomor agenda', 'Agenda number') },
    { name: 'receivedDate', type: 'date', label: t('Tanggal diterima', 'Date received') },
    { name: 'letterNumber', type: 'letterNumber', label: t('Nomor surat', 'Letter number') },
    { name: 'letterDate', type: 'date', label: t('Tanggal surat', 'Letter date') },
    { name: 'sender', type: 'text', label: t('Asal surat', 'Sender') },
    { name: 'subject', type: 'text', label: t('Perihal', 'Subject') },
    nature,
    { name: 'note', type: 'text', kind: 'paragraph', required: false, label: t('Keterangan', 'Notes') },
  ],
  // JSON Schema cannot compare two values: this rule has no JSON Schema counterpart.
  rules: [{ type: 'notBefore', field: 'receivedDate', other: 'letterDate' }],
} as const satisfies FormDefinition;

/**
 * Builds the Arsip Surat Masuk schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createIncomingLetterRecord } from '@alur/forms';
 * const record = createIncomingLetterRecord({ locale: 'en' });
 * ```
 */
export const createIncomingLetterRecord = (options?: FormOptions) => compileForm(incomingLetterRecordDefinition, options);

/**
 * Arsip Surat Masuk: how TU records an incoming letter (seed 001, step 2): agenda number,
 * date received (not before the letter's date), the letter's number, date, sender and
 * subject, its nature and a note.
 *
 * @example
 * ```ts
 * import { IncomingLetterRecord, parseForm } from '@alur/forms';
 * parseForm(IncomingLetterRecord, { receivedDate: '2024-01-02', letterDate: '2024-01-05' });
 * ```
 */
export const IncomingLetterRecord = createIncomingLetterRecord();
export type IncomingLetterRecord = z.output<typeof IncomingLetterRecord>;
