import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { IncomingLetterRecord } from './incoming-letter-record.js';

const valid = examples['arsip-surat-masuk'];

const bad = {
  'received before the letter date': withValue(valid, 'receivedDate', '2024-03-01'),
  'agendaNumber missing': withValue(valid, 'agendaNumber', REMOVE),
  'letterDate 2024-13-01': withValue(valid, 'letterDate', '2024-13-01'),
  'sender blank': withValue(valid, 'sender', '  '),
};

describe('IncomingLetterRecord', () => {
  it('accepts the record of seed 001; a letter may be received on its own date', () => {
    expect(IncomingLetterRecord.parse(valid).nature).toBe('biasa');
    expect(IncomingLetterRecord.safeParse(withValue(valid, 'receivedDate', '2024-03-04')).success).toBe(true);
  });

  it('reports each bad field by its label, in Bahasa Indonesia and English', () => {
    expect(messages(IncomingLetterRecord, bad)).toMatchInlineSnapshot(`
      {
        "agendaNumber missing": [
          "id agendaNumber: Nomor agenda wajib diisi",
          "en agendaNumber: Agenda number is required",
        ],
        "letterDate 2024-13-01": [
          "id letterDate: Tanggal surat harus tanggal yang ada dengan format YYYY-MM-DD, misalnya 2023-04-10",
          "en letterDate: Letter date must be an existing date in YYYY-MM-DD format, e.g. 2023-04-10",
        ],
        "received before the letter date": [
          "id receivedDate: Tanggal diterima tidak boleh sebelum tanggal surat",
          "en receivedDate: Date received must not be before the letter date",
        ],
        "sender blank": [
          "id sender: Asal surat wajib diisi",
          "en sender: Sender is required",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs, except a date received before the letter date (it cannot compare two values)', () => {
    expect(disagreements(IncomingLetterRecord, { valid, ...bad })).toEqual({ onlyJsonAccepts: ['received before the letter date'], onlyZodAccepts: [] });
  });
});
