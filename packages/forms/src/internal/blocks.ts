import type { LocalizedText } from '../locale.js';
import type { FormContext } from './define-schema.js';
import { accept, choice, date, email, eselon, group, integer, nip, optionalText, phone, t, text, ticketId, within } from './fields.js';

export const PLATFORMS = [
  ['windows', 'Windows', 'Windows'],
  ['linux', 'Linux', 'Linux'],
  ['unix', 'Unix', 'Unix'],
] as const;

const roles = {
  struktural: t('Penanggung Jawab Struktural', 'Structural person in charge'),
  teknis: t('Penanggung Jawab Teknis', 'Technical person in charge'),
} as const;

/** Penanggung Jawab Struktural / Teknis, as the three Babel forms print it (seed 003). */
export function personInCharge(ctx: FormContext, role: keyof typeof roles) {
  const block = roles[role];
  const f = (id: string, en: string): LocalizedText => within(t(id, en), block);
  return group(ctx, block, {
    name: text(ctx, f('Nama', 'Name')),
    nip: nip(ctx, f('NIP', 'NIP')),
    position: text(ctx, f('Jabatan', 'Position')),
    workUnit: text(ctx, f('Unit kerja', 'Work unit')),
    officeAddress: text(ctx, f('Alamat kantor', 'Office address'), { kind: 'paragraph', max: 500 }),
    mobilePhone: phone(ctx, f('Nomor HP', 'Mobile number'), 'mobile'),
    internalPhone: phone(ctx, f('Nomor telepon internal', 'Internal phone number'), 'internal', {
      note: t('Nomor kantor dengan kode area atau nomor extension; boleh dikosongkan', 'Office number with area code, or an extension; optional'),
    }).optional(),
    email: email(ctx, f('Alamat surat elektronik', 'Email address'), {
      official: true,
      note: t('Email kedinasan', 'Official (government) email'),
    }),
  });
}

/** "Pemohon (minimal eselon III)": the official who signs the request. */
export function requester(ctx: FormContext) {
  const block = t('Pemohon', 'Requester');
  const f = (id: string, en: string): LocalizedText => within(t(id, en), block);
  return group(
    ctx,
    block,
    {
      name: text(ctx, f('Nama', 'Name')),
      nip: nip(ctx, f('NIP', 'NIP')),
      position: text(ctx, f('Jabatan', 'Position')),
      eselon: eselon(ctx, f('Eselon', 'Eselon'), { minimumIII: true }),
    },
    { note: t('Pemohon minimal pejabat eselon III', 'The requester must be an official of eselon III or higher') },
  );
}

/** "Yang menyerahkan": who hands the form in (name; NIP when the person has one). */
export function submittedBy(ctx: FormContext) {
  return group(ctx, t('Yang menyerahkan', 'Handed in by'), {
    name: text(ctx, t('Nama yang menyerahkan', 'Name of the person handing in the form')),
    nip: nip(ctx, t('NIP yang menyerahkan', 'NIP of the person handing in the form')).optional(),
  });
}

/** Place and date above the signatures ("Pangkalpinang, 20...."). */
export function signing(ctx: FormContext) {
  return group(ctx, t('Tempat dan tanggal', 'Place and date'), {
    place: text(ctx, t('Tempat penandatanganan', 'Place of signing')),
    date: date(ctx, t('Tanggal penandatanganan', 'Date of signing')),
  });
}

/** "*Diisi oleh petugas": Tiket ID, Tanggal, Petugas (and the officer's NIP under the signature). */
export function staffRecord(ctx: FormContext) {
  return group(
    ctx,
    t('Diisi oleh petugas', 'Filled in by staff'),
    {
      ticketId: ticketId(ctx, t('Tiket ID', 'Ticket ID')),
      date: date(ctx, t('Tanggal tiket', 'Ticket date')),
      officerName: text(ctx, t('Nama petugas', 'Officer name')),
      officerNip: nip(ctx, t('NIP petugas', 'Officer NIP')).optional(),
    },
    { filledBy: 'petugas' },
  );
}

/** A signing official of a letter or minutes: name, NIP, position. */
export function official(ctx: FormContext, block: LocalizedText) {
  return group(ctx, block, officialShape(ctx, block));
}

/** A party to a handover: name, NIP, position and agency. */
export function party(ctx: FormContext, block: LocalizedText) {
  return group(ctx, block, { ...officialShape(ctx, block), agency: text(ctx, within(t('Instansi', 'Agency'), block)) });
}

function officialShape(ctx: FormContext, block: LocalizedText) {
  const f = (id: string, en: string): LocalizedText => within(t(id, en), block);
  return {
    name: text(ctx, f('Nama', 'Name')),
    nip: nip(ctx, f('NIP', 'NIP')),
    position: text(ctx, f('Jabatan', 'Position')),
  };
}

export const DEVELOPMENT_TYPES = [
  ['baru', 'Pembangunan (baru)', 'New build'],
  ['pengembangan', 'Pengembangan', 'Enhancement'],
] as const;

export const LETTER_NATURES = [
  ['biasa', 'Biasa', 'Ordinary'],
  ['segera', 'Segera', 'Urgent'],
  ['sangat-segera', 'Sangat segera', 'Very urgent'],
  ['rahasia', 'Rahasia', 'Confidential'],
] as const;

const EQUIPMENT_KINDS = [
  ['perangkat-keras', 'Perangkat keras', 'Hardware'],
  ['perangkat-lunak', 'Perangkat lunak', 'Software'],
  ['jaringan', 'Jaringan', 'Network'],
  ['lainnya', 'Lainnya', 'Other'],
] as const;

/** One item of "Perangkat yang digunakan" (seed 000, Persyaratan c). */
export function equipmentItem(ctx: FormContext) {
  return group(ctx, t('Perangkat', 'Equipment item'), {
    kind: choice(ctx, t('Jenis perangkat', 'Kind of equipment'), EQUIPMENT_KINDS),
    name: text(ctx, t('Nama perangkat', 'Equipment name')),
    specification: optionalText(ctx, t('Spesifikasi perangkat', 'Equipment specification'), { kind: 'paragraph', max: 2000 }),
    quantity: integer(ctx, t('Jumlah perangkat', 'Quantity'), 1, 100_000).optional(),
  });
}

/** The application's name as the forms print it. */
export function applicationName(ctx: FormContext, o: { readonly note?: LocalizedText } = {}) {
  return text(ctx, t('Nama Aplikasi', 'Application name'), o.note ? { note: o.note } : {});
}

/** The requesting agency (OPD). */
export function opd(ctx: FormContext) {
  return text(ctx, t('Perangkat Daerah pemohon', 'Requesting agency (OPD)'));
}

/** The application's technology as every Babel form asks for it (seed 003). */
export function technology(ctx: FormContext) {
  return {
    description: text(ctx, t('Deskripsi', 'Description'), { kind: 'paragraph' }),
    platform: choice(ctx, t('Platform', 'Platform'), PLATFORMS, { radio: true }),
    programmingLanguage: text(ctx, t('Bahasa Program', 'Programming language')),
    dbms: text(ctx, t('DBMS', 'DBMS')),
    engine: text(ctx, t('Engine Aplikasi', 'Application engine')),
  };
}

/** The declaration above the signatures of a Babel form, ticked to accept it. */
export function declaration(ctx: FormContext, wording: string, english: string) {
  return accept(ctx, t('Pernyataan pemohon', "Requester's declaration"), { note: t(wording, english) });
}

/** The declaration both testing forms of seed 003 print (Uji Kelayakan, Vulnerability Assessment). */
export function testingDeclaration(ctx: FormContext) {
  return declaration(
    ctx,
    'Dengan menandatangani formulir ini, Saya menyatakan bahwa pengujian yang dilaksanakan ditujukan untuk kepentingan dinas dan dipergunakan sebagaimana mestinya.',
    'By signing this form I declare that the test serves official purposes and its results will be used as intended.',
  );
}
