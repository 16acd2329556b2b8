import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { parseForm } from './parse-form.js';
import { RequestLetter } from './request-letter.js';

const valid = examples['surat-permohonan'];

const bad = {
  'letterNumber without a digit': withValue(valid, 'letterNumber', 'DISDIK/SUMBAR'),
  'letterDate written out': withValue(valid, 'letterDate', '4 Maret 2024'),
  'subject missing': withValue(valid, 'subject', REMOVE),
  'addressee blank': withValue(valid, 'addressee', ' '),
  'opd missing': withValue(valid, 'opd', REMOVE),
  'requestType "baru sekali"': withValue(valid, 'requestType', 'baru sekali'),
  'contact.mobilePhone a landline': withValue(valid, 'contact.mobilePhone', '(0751) 123456'),
  'contact.email malformed': withValue(valid, 'contact.email', 'rina@'),
  'signatory.nip sequence 000': withValue(valid, 'signatory.nip', '19750121 200212 2 000'),
  'attachments empty': withValue(valid, 'attachments', []),
};

describe('RequestLetter', () => {
  it('accepts a letter as seed 000 asks for it; the contact may use a personal email', () => {
    const result = parseForm(RequestLetter, valid);
    expect(result.success && [result.data.contact, result.data.signatory.nip]).toEqual([
      { name: 'Rina', position: 'Pranata Komputer', mobilePhone: '+6281266554433', email: 'rina@gmail.com' },
      '197501212002122001',
    ]);
  });

  it('reports each bad field by its label, in Bahasa Indonesia and English', () => {
    expect(messages(RequestLetter, bad)).toMatchInlineSnapshot(`
      {
        "addressee blank": [
          "id addressee: Kepada wajib diisi",
          "en addressee: Addressee is required",
        ],
        "attachments empty": [
          "id attachments: Lampiran: Terlalu sedikit: diharapkan daftar memiliki minimal 1 butir, diterima 0 butir",
          "en attachments: Attachments: Too few: expected list to have at least 1 item, received 0 items",
        ],
        "contact.email malformed": [
          "id contact.email: Email narahubung harus alamat email yang sah, misalnya nama@kominfo.babelprov.go.id",
          "en contact.email: Contact email must be a valid email address, e.g. nama@kominfo.babelprov.go.id",
        ],
        "contact.mobilePhone a landline": [
          "id contact.mobilePhone: Nomor HP narahubung harus nomor HP Indonesia (diawali 08, 628 atau +628), misalnya 0821-8064-0997",
          "en contact.mobilePhone: Contact mobile number must be an Indonesian mobile number (starting 08, 628 or +628), e.g. 0821-8064-0997",
        ],
        "letterDate written out": [
          "id letterDate: Tanggal surat harus tanggal yang ada dengan format YYYY-MM-DD, misalnya 2023-04-10",
          "en letterDate: Letter date must be an existing date in YYYY-MM-DD format, e.g. 2023-04-10",
        ],
        "letterNumber without a digit": [
          "id letterNumber: Nomor surat tidak sah: tulis nomor surat seperti 555/568/DKIST/2021 (memuat angka; huruf, angka, spasi dan tanda / . - ( ) , : & _)",
          "en letterNumber: Letter number is invalid: write a letter number like 555/568/DKIST/2021 (with a digit; letters, digits, spaces and / . - ( ) , : & _)",
        ],
        "opd missing": [
          "id opd: Perangkat Daerah pemohon wajib diisi",
          "en opd: Requesting agency (OPD) is required",
        ],
        "requestType "baru sekali"": [
          "id requestType: Jenis permintaan: Pilihan tidak valid: diharapkan salah satu dari "Pembangunan (baru)"|"Pengembangan"",
          "en requestType: Request type: Invalid option: expected one of "New build"|"Enhancement"",
        ],
        "signatory.nip sequence 000": [
          "id signatory.nip: NIP Penandatangan tidak sah: 3 digit terakhir (nomor urut) harus 001 sampai 999",
          "en signatory.nip: NIP of the signatory is invalid: the last 3 digits (sequence number) must be 001 to 999",
        ],
        "subject missing": [
          "id subject: Perihal wajib diisi",
          "en subject: Subject is required",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs', () => {
    expect(disagreements(RequestLetter, { valid, ...bad })).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
