import { describe, expect, it } from 'vitest';
import { applicationDevelopment as valid, staff } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { ApplicationDevelopmentForm } from './application-development-form.js';
import { parseForm } from './parse-form.js';

const withStaff = { ...valid, developmentType: 'pengembangan', kelengkapan: { requestLetter: true, userRequirement: false }, staff };

const bad = {
  'applicationName blank': withValue(valid, 'applicationName', '   '),
  'developmentType "lama"': withValue(valid, 'developmentType', 'lama'),
  'description missing': withValue(valid, 'description', REMOVE),
  'platform macOS': withValue(valid, 'platform', 'macos'),
  'programmingLanguage a number': withValue(valid, 'programmingLanguage', 8),
  'dbms too long': withValue(valid, 'dbms', 'x'.repeat(201)),
  'engine missing': withValue(valid, 'engine', REMOVE),
  'estimatedDuration in weeks': withValue(valid, 'estimatedDuration', '6 minggu'),
  'estimatedDuration 40-30': withValue(valid, 'estimatedDuration', '40-30 Hari Kerja'),
  'structuralPic.nip sex digit 3': withValue(valid, 'structuralPic.nip', '19770830 199603 3 001'),
  'structuralPic.nip appointed at 17': withValue(valid, 'structuralPic.nip', '19770830 199406 1 001'),
  'structuralPic.mobilePhone a landline': withValue(valid, 'structuralPic.mobilePhone', '0717 – 426 2141'),
  'structuralPic.internalPhone letters': withValue(valid, 'structuralPic.internalPhone', 'ruang server'),
  'structuralPic.email personal': withValue(valid, 'structuralPic.email', 'ramminudin@gmail.com'),
  'technicalPic.name missing': withValue(valid, 'technicalPic.name', REMOVE),
  'technicalPic.position blank': withValue(valid, 'technicalPic.position', ''),
  'technicalPic.workUnit missing': withValue(valid, 'technicalPic.workUnit', REMOVE),
  'technicalPic.officeAddress too long': withValue(valid, 'technicalPic.officeAddress', 'J'.repeat(501)),
  'technicalPic unknown field': withValue(valid, 'technicalPic.whatsapp', '0812'),
  'kelengkapan "ada" as text': withValue(withStaff, 'kelengkapan.requestLetter', 'ada'),
  'declaration not ticked': withValue(valid, 'declaration', false),
  'submittedBy.nip malformed': withValue(valid, 'submittedBy.nip', '123'),
  'requester eselon IV.a': withValue(valid, 'requester.eselon', 'IV.a'),
  'requester not an eselon': withValue(valid, 'requester.eselon', 'Pembina Tingkat I, IV/b'),
  'signing.date 29 February 2023': withValue(valid, 'signing.date', '2023-02-29'),
  'staff.ticketId with spaces': withValue(withStaff, 'staff.ticketId', 'SC 04'),
  'staff.officerName missing': withValue(withStaff, 'staff.officerName', REMOVE),
  'unknown field': withValue(valid, 'catatan', 'x'),
  'not an object': 'SIPEBAJA',
};

describe('ApplicationDevelopmentForm', () => {
  it('accepts the form as the requester hands it in, normalising NIPs, phones, emails and eselon', () => {
    const result = parseForm(ApplicationDevelopmentForm, valid);
    expect(result.success && result.data).toMatchInlineSnapshot(`
      {
        "applicationName": "SIPEBAJA",
        "dbms": "PostgreSQL 16",
        "declaration": true,
        "description": "Aplikasi layanan pengadaan barang dan jasa secara elektronik.",
        "developmentType": "baru",
        "engine": "Laravel 11",
        "estimatedDuration": "30-40 Hari Kerja",
        "platform": "linux",
        "programmingLanguage": "PHP 8.2",
        "requester": {
          "eselon": "II.a",
          "name": "Drs. RAMMINUDIN, M.Si",
          "nip": "197708301996031001",
          "position": "Kepala Biro Pengadaan Barang Dan Jasa",
        },
        "signing": {
          "date": "2023-04-10",
          "place": "Pangkalpinang",
        },
        "structuralPic": {
          "email": "biropbj@kalbarprov.go.id",
          "internalPhone": "+627174262141",
          "mobilePhone": "+6282180640997",
          "name": "Drs. RAMMINUDIN, M.Si",
          "nip": "197708301996031001",
          "officeAddress": "Jalan Ahmad Yani, Pontianak",
          "position": "Kepala Biro Pengadaan Barang Dan Jasa",
          "workUnit": "Biro Pengadaan Barang dan Jasa Setda Provinsi Kalimantan Barat",
        },
        "submittedBy": {
          "name": "Staf Biro Pengadaan Barang dan Jasa",
        },
        "technicalPic": {
          "email": "diskominfotik@sumbarprov.go.id",
          "mobilePhone": "+6281266554433",
          "name": "Lizda Handayani, M.Kom.",
          "nip": "197501212002122001",
          "officeAddress": "Jalan. Pramuka No. 11 A Belanti, Padang",
          "position": "Kepala Bidang Aplikasi dan Informatika",
          "workUnit": "Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat",
        },
      }
    `);
  });

  it('accepts the parts filled by staff, and defaults the estimate to the printed 30-40 Hari Kerja', () => {
    const result = ApplicationDevelopmentForm.safeParse(withValue(withStaff, 'estimatedDuration', REMOVE));
    expect(result.success && [result.data.estimatedDuration, result.data.kelengkapan, result.data.staff]).toEqual([
      '30-40 Hari Kerja',
      { requestLetter: true, userRequirement: false },
      { ticketId: 'SC-04/2023/0012', date: '2023-04-11', officerName: 'Petugas Service Desk', officerNip: '197501212002122001' },
    ]);
  });

  it('reports each bad field by its label on the form, in Bahasa Indonesia and English', () => {
    expect(messages(ApplicationDevelopmentForm, bad)).toMatchInlineSnapshot(`
      {
        "applicationName blank": [
          "id applicationName: Nama Aplikasi wajib diisi",
          "en applicationName: Application name is required",
        ],
        "dbms too long": [
          "id dbms: DBMS: Terlalu panjang: diharapkan teks memiliki maksimal 200 karakter, diterima 201 karakter",
          "en dbms: DBMS: Too long: expected text to have at most 200 characters, received 201 characters",
        ],
        "declaration not ticked": [
          "id declaration: Pernyataan pemohon harus disetujui",
          "en declaration: Requester's declaration must be accepted",
        ],
        "description missing": [
          "id description: Deskripsi wajib diisi",
          "en description: Description is required",
        ],
        "developmentType "lama"": [
          "id developmentType: Jenis Pembangunan: Pilihan tidak valid: diharapkan salah satu dari "Pembangunan (baru)"|"Pengembangan"",
          "en developmentType: Development type: Invalid option: expected one of "New build"|"Enhancement"",
        ],
        "engine missing": [
          "id engine: Engine Aplikasi wajib diisi",
          "en engine: Application engine is required",
        ],
        "estimatedDuration 40-30": [
          "id estimatedDuration: Estimasi Pengerjaan tidak sah: batas bawah 40 lebih besar dari batas atas 30",
          "en estimatedDuration: Estimated duration is invalid: the lower bound 40 is greater than the upper bound 30",
        ],
        "estimatedDuration in weeks": [
          "id estimatedDuration: Estimasi Pengerjaan harus jumlah hari kerja, misalnya 30-40 Hari Kerja atau 35 Hari Kerja",
          "en estimatedDuration: Estimated duration must be a number of working days, e.g. 30-40 Hari Kerja or 35 Hari Kerja",
        ],
        "kelengkapan "ada" as text": [
          "id kelengkapan.requestLetter: Surat Permintaan: Input tidak valid: diharapkan true/false, diterima teks",
          "en kelengkapan.requestLetter: Request letter: Invalid input: expected true/false, received text",
        ],
        "not an object": [
          "id: Formulir Layanan Pembangunan Aplikasi: Input tidak valid: diharapkan objek, diterima teks",
          "en: Application development service form: Invalid input: expected object, received text",
        ],
        "platform macOS": [
          "id platform: Platform: Pilihan tidak valid: diharapkan salah satu dari "Windows"|"Linux"|"Unix"",
          "en platform: Platform: Invalid option: expected one of "Windows"|"Linux"|"Unix"",
        ],
        "programmingLanguage a number": [
          "id programmingLanguage: Bahasa Program: Input tidak valid: diharapkan teks, diterima angka",
          "en programmingLanguage: Programming language: Invalid input: expected text, received number",
        ],
        "requester eselon IV.a": [
          "id requester.eselon: Eselon Pemohon harus minimal eselon III (III.b atau lebih tinggi); eselon IV.a tidak memenuhi",
          "en requester.eselon: Eselon of the requester must be eselon III or higher (III.b or above); eselon IV.a does not qualify",
        ],
        "requester not an eselon": [
          "id requester.eselon: Eselon Pemohon harus eselon I, II, III atau IV dengan a/b, misalnya III.a",
          "en requester.eselon: Eselon of the requester must be eselon I, II, III or IV with a/b, e.g. III.a",
        ],
        "signing.date 29 February 2023": [
          "id signing.date: Tanggal penandatanganan harus tanggal yang ada dengan format YYYY-MM-DD, misalnya 2023-04-10",
          "en signing.date: Date of signing must be an existing date in YYYY-MM-DD format, e.g. 2023-04-10",
        ],
        "staff.officerName missing": [
          "id staff.officerName: Nama petugas wajib diisi",
          "en staff.officerName: Officer name is required",
        ],
        "staff.ticketId with spaces": [
          "id staff.ticketId: Tiket ID hanya boleh huruf, angka dan tanda . / _ -, paling banyak 50 karakter",
          "en staff.ticketId: Ticket ID may only hold letters, digits and . / _ -, at most 50 characters",
        ],
        "structuralPic.email personal": [
          "id structuralPic.email: Alamat surat elektronik Penanggung Jawab Struktural harus email kedinasan (domain go.id, termasuk subdomainnya), bukan email pribadi",
          "en structuralPic.email: Email address of the structural person in charge must be an official email (on go.id, subdomains included), not a personal email",
        ],
        "structuralPic.internalPhone letters": [
          "id structuralPic.internalPhone: Nomor telepon internal Penanggung Jawab Struktural harus nomor telepon dengan kode area, misalnya (0717) 426 2141, atau nomor extension 2–6 digit",
          "en structuralPic.internalPhone: Internal phone number of the structural person in charge must be a phone number with its area code, e.g. (0717) 426 2141, or a 2–6 digit extension",
        ],
        "structuralPic.mobilePhone a landline": [
          "id structuralPic.mobilePhone: Nomor HP Penanggung Jawab Struktural harus nomor HP Indonesia (diawali 08, 628 atau +628), misalnya 0821-8064-0997",
          "en structuralPic.mobilePhone: Mobile number of the structural person in charge must be an Indonesian mobile number (starting 08, 628 or +628), e.g. 0821-8064-0997",
        ],
        "structuralPic.nip appointed at 17": [
          "id structuralPic.nip: NIP Penanggung Jawab Struktural tidak sah: TMT 1994-06 harus pada usia 18 sampai 59 tahun menurut tanggal lahir 1977-08-30",
          "en structuralPic.nip: NIP of the structural person in charge is invalid: the appointment (TMT) 1994-06 must fall at age 18 to 59 given the date of birth 1977-08-30",
        ],
        "structuralPic.nip sex digit 3": [
          "id structuralPic.nip: NIP Penanggung Jawab Struktural tidak sah: digit ke-15 (jenis kelamin) harus 1 (pria) atau 2 (wanita)",
          "en structuralPic.nip: NIP of the structural person in charge is invalid: digit 15 (sex) must be 1 (male) or 2 (female)",
        ],
        "submittedBy.nip malformed": [
          "id submittedBy.nip: NIP yang menyerahkan harus 18 digit angka, boleh dipisah spasi seperti 19750121 200212 2 001",
          "en submittedBy.nip: NIP of the person handing in the form must be 18 digits, optionally spaced like 19750121 200212 2 001",
        ],
        "technicalPic unknown field": [
          "id technicalPic: Penanggung Jawab Teknis: Kunci tidak dikenali: "whatsapp"",
          "en technicalPic: Technical person in charge: Unrecognized key: "whatsapp"",
        ],
        "technicalPic.name missing": [
          "id technicalPic.name: Nama Penanggung Jawab Teknis wajib diisi",
          "en technicalPic.name: Name of the technical person in charge is required",
        ],
        "technicalPic.officeAddress too long": [
          "id technicalPic.officeAddress: Alamat kantor Penanggung Jawab Teknis: Terlalu panjang: diharapkan teks memiliki maksimal 500 karakter, diterima 501 karakter",
          "en technicalPic.officeAddress: Office address of the technical person in charge: Too long: expected text to have at most 500 characters, received 501 characters",
        ],
        "technicalPic.position blank": [
          "id technicalPic.position: Jabatan Penanggung Jawab Teknis wajib diisi",
          "en technicalPic.position: Position of the technical person in charge is required",
        ],
        "technicalPic.workUnit missing": [
          "id technicalPic.workUnit: Unit kerja Penanggung Jawab Teknis wajib diisi",
          "en technicalPic.workUnit: Work unit of the technical person in charge is required",
        ],
        "unknown field": [
          "id: Formulir Layanan Pembangunan Aplikasi: Kunci tidak dikenali: "catatan"",
          "en: Application development service form: Unrecognized key: "catatan"",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs, except the two rules that compare values', () => {
    expect(disagreements(ApplicationDevelopmentForm, { valid, withStaff, ...bad })).toEqual({
      onlyJsonAccepts: ['estimatedDuration 40-30', 'structuralPic.nip appointed at 17'],
      onlyZodAccepts: [],
    });
  });
});
