import { z } from 'zod';
import { LETTER_NATURES } from './internal/blocks.js';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { choice, date, group, letterNumber, optionalText, t, text } from './internal/fields.js';
import { message } from './internal/messages.js';

const isoDate = z.iso.date();
const isDate = (value: unknown): value is string => isoDate.safeParse(value).success;

function build(ctx: FormContext) {
  const received = t('Tanggal diterima', 'Date received');
  const letterDate = t('Tanggal surat', 'Letter date');
  return group(
    ctx,
    t('Arsip Surat Masuk', 'Incoming letter record'),
    {
      agendaNumber: text(ctx, t('Nomor agenda', 'Agenda number'), { max: 50 }),
      receivedDate: date(ctx, received),
      letterNumber: letterNumber(ctx, t('Nomor surat', 'Letter number')),
      letterDate: date(ctx, letterDate),
      sender: text(ctx, t('Asal surat', 'Sender')),
      subject: text(ctx, t('Perihal', 'Subject')),
      nature: choice(ctx, t('Sifat', 'Nature'), LETTER_NATURES).default('biasa'),
      note: optionalText(ctx, t('Keterangan', 'Notes'), { kind: 'paragraph' }),
    },
    {
      sources: ['001 Sumbar SOP: langkah 2, Arsip Surat Masuk (TU Kominfo)'],
      // JSON Schema cannot compare two values: this rule has no JSON Schema counterpart.
      rule: (value, report) => {
        const from = value.letterDate;
        const to = value.receivedDate;
        if (isDate(from) && isDate(to) && to < from) {
          report(['receivedDate'], message(ctx.locale, 'notBefore', received, { other: letterDate[ctx.locale].toLowerCase() }));
        }
      },
    },
  );
}

/**
 * Builds the Arsip Surat Masuk schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createIncomingLetterRecord } from '@alur/forms';
 * const record = createIncomingLetterRecord({ locale: 'en' });
 * ```
 */
export const createIncomingLetterRecord = defineSchema(build);

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
