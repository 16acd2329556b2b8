// Definition fragments shared by the built-in forms: plain data, composed by spreading.
import type { LocalizedText } from '../locale.js';
import { t, within } from './fields.js';

/** A choice option `{ value, label }` keeping its value's literal type. */
export const option = <const TValue extends string>(value: TValue, id: string, en: string) => ({ value, label: t(id, en) }) as const;

export const PLATFORMS = [option('windows', 'Windows', 'Windows'), option('linux', 'Linux', 'Linux'), option('unix', 'Unix', 'Unix')] as const;

export const DEVELOPMENT_TYPES = [option('baru', 'Pembangunan (baru)', 'New build'), option('pengembangan', 'Pengembangan', 'Enhancement')] as const;

export const LETTER_NATURES = [
  option('biasa', 'Biasa', 'Ordinary'),
  option('segera', 'Segera', 'Urgent'),
  option('sangat-segera', 'Sangat segera', 'Very urgent'),
  option('rahasia', 'Rahasia', 'Confidential'),
] as const;

const EQUIPMENT_KINDS = [
  option('perangkat-keras', 'Perangkat keras', 'Hardware'),
  option('perangkat-lunak', 'Perangkat lunak', 'Software'),
  option('jaringan', 'Jaringan', 'Network'),
  option('lainnya', 'Lainnya', 'Other'),
] as const;

/** The letter's nature ("Sifat"), `biasa` unless given. */
export const nature = { name: 'nature', type: 'choice', label: t('Sifat', 'Nature'), options: LETTER_NATURES, default: 'biasa' } as const;

const roles = {
  struktural: t('Penanggung Jawab Struktural', 'Structural person in charge'),
  teknis: t('Penanggung Jawab Teknis', 'Technical person in charge'),
} as const;

/** Penanggung Jawab Struktural / Teknis, as the three Babel forms print it (seed 003). */
export function personInCharge<const TName extends string>(name: TName, role: keyof typeof roles) {
  const block = roles[role];
  const f = (id: string, en: string): LocalizedText => within(t(id, en), block);
  return {
    name,
    type: 'group',
    label: block,
    fields: [
      { name: 'name', type: 'text', label: f('Nama', 'Name') },
      { name: 'nip', type: 'nip', label: f('NIP', 'NIP') },
      { name: 'position', type: 'text', label: f('Jabatan', 'Position') },
      { name: 'workUnit', type: 'text', label: f('Unit kerja', 'Work unit') },
      { name: 'officeAddress', type: 'text', kind: 'paragraph', max: 500, label: f('Alamat kantor', 'Office address') },
      { name: 'mobilePhone', type: 'phone', kind: 'mobile', label: f('Nomor HP', 'Mobile number') },
      {
        name: 'internalPhone',
        type: 'phone',
        kind: 'internal',
        required: false,
        label: f('Nomor telepon internal', 'Internal phone number'),
        note: t('Nomor kantor dengan kode area atau nomor extension; boleh dikosongkan', 'Office number with area code, or an extension; optional'),
      },
      {
        name: 'email',
        type: 'email',
        official: true,
        label: f('Alamat surat elektronik', 'Email address'),
        note: t('Email kedinasan', 'Official (government) email'),
      },
    ],
  } as const;
}

const requesterBlock = t('Pemohon', 'Requester');

/** "Pemohon (minimal eselon III)": the official who signs the request. */
export const requester = {
  name: 'requester',
  type: 'group',
  label: requesterBlock,
  note: t('Pemohon minimal pejabat eselon III', 'The requester must be an official of eselon III or higher'),
  fields: [
    { name: 'name', type: 'text', label: within(t('Nama', 'Name'), requesterBlock) },
    { name: 'nip', type: 'nip', label: within(t('NIP', 'NIP'), requesterBlock) },
    { name: 'position', type: 'text', label: within(t('Jabatan', 'Position'), requesterBlock) },
    { name: 'eselon', type: 'eselon', minimumIII: true, label: within(t('Eselon', 'Eselon'), requesterBlock) },
  ],
} as const;

/** "Yang menyerahkan": who hands the form in (name; NIP when the person has one). */
export const submittedBy = {
  name: 'submittedBy',
  type: 'group',
  label: t('Yang menyerahkan', 'Handed in by'),
  fields: [
    { name: 'name', type: 'text', label: t('Nama yang menyerahkan', 'Name of the person handing in the form') },
    { name: 'nip', type: 'nip', required: false, label: t('NIP yang menyerahkan', 'NIP of the person handing in the form') },
  ],
} as const;

/** Place and date above the signatures ("Pangkalpinang, 20...."). */
export const signing = {
  name: 'signing',
  type: 'group',
  label: t('Tempat dan tanggal', 'Place and date'),
  fields: [
    { name: 'place', type: 'text', label: t('Tempat penandatanganan', 'Place of signing') },
    { name: 'date', type: 'date', label: t('Tanggal penandatanganan', 'Date of signing') },
  ],
} as const;

/** "*Diisi oleh petugas": Tiket ID, Tanggal, Petugas (and the officer's NIP under the signature); optional for the requester. */
export const staff = {
  name: 'staff',
  type: 'group',
  required: false,
  filledBy: 'petugas',
  label: t('Diisi oleh petugas', 'Filled in by staff'),
  fields: [
    { name: 'ticketId', type: 'ticketId', label: t('Tiket ID', 'Ticket ID') },
    { name: 'date', type: 'date', label: t('Tanggal tiket', 'Ticket date') },
    { name: 'officerName', type: 'text', label: t('Nama petugas', 'Officer name') },
    { name: 'officerNip', type: 'nip', required: false, label: t('NIP petugas', 'Officer NIP') },
  ],
} as const;

const officialFields = (block: LocalizedText) =>
  [
    { name: 'name', type: 'text', label: within(t('Nama', 'Name'), block) },
    { name: 'nip', type: 'nip', label: within(t('NIP', 'NIP'), block) },
    { name: 'position', type: 'text', label: within(t('Jabatan', 'Position'), block) },
  ] as const;

/** A signing official of a letter or minutes: name, NIP, position. */
export function official<const TName extends string>(name: TName, block: LocalizedText) {
  return { name, type: 'group', label: block, fields: officialFields(block) } as const;
}

/** A party to a handover: name, NIP, position and agency. */
export function party<const TName extends string>(name: TName, block: LocalizedText) {
  return {
    name,
    type: 'group',
    label: block,
    fields: [...officialFields(block), { name: 'agency', type: 'text', label: within(t('Instansi', 'Agency'), block) }],
  } as const;
}

/** One item of "Perangkat yang digunakan" (seed 000, Persyaratan c). */
export const equipmentItem = {
  type: 'group',
  label: t('Perangkat', 'Equipment item'),
  fields: [
    { name: 'kind', type: 'choice', label: t('Jenis perangkat', 'Kind of equipment'), options: EQUIPMENT_KINDS },
    { name: 'name', type: 'text', label: t('Nama perangkat', 'Equipment name') },
    {
      name: 'specification',
      type: 'text',
      kind: 'paragraph',
      max: 2000,
      required: false,
      label: t('Spesifikasi perangkat', 'Equipment specification'),
    },
    { name: 'quantity', type: 'integer', min: 1, max: 100_000, required: false, label: t('Jumlah perangkat', 'Quantity') },
  ],
} as const;

/** The application's name as the forms print it. */
export const applicationName = { name: 'applicationName', type: 'text', label: t('Nama Aplikasi', 'Application name') } as const;

/** The requesting agency (OPD). */
export const opd = { name: 'opd', type: 'text', label: t('Perangkat Daerah pemohon', 'Requesting agency (OPD)') } as const;

/** The application's technology as every Babel form asks for it (seed 003). */
export const technology = [
  { name: 'description', type: 'text', kind: 'paragraph', label: t('Deskripsi', 'Description') },
  { name: 'platform', type: 'choice', radio: true, label: t('Platform', 'Platform'), options: PLATFORMS },
  { name: 'programmingLanguage', type: 'text', label: t('Bahasa Program', 'Programming language') },
  { name: 'dbms', type: 'text', label: t('DBMS', 'DBMS') },
  { name: 'engine', type: 'text', label: t('Engine Aplikasi', 'Application engine') },
] as const;

/** The declaration above the signatures of a Babel form, ticked to accept it. */
export function declaration(wording: string, english: string) {
  return { name: 'declaration', type: 'accept', label: t('Pernyataan pemohon', "Requester's declaration"), note: t(wording, english) } as const;
}

/** The declaration both testing forms of seed 003 print (Uji Kelayakan, Vulnerability Assessment). */
export const testingDeclaration = declaration(
  'Dengan menandatangani formulir ini, Saya menyatakan bahwa pengujian yang dilaksanakan ditujukan untuk kepentingan dinas dan dipergunakan sebagaimana mestinya.',
  'By signing this form I declare that the test serves official purposes and its results will be used as intended.',
);

/** A Markdown section of a document outline (SKPL, Dokumentasi Sistem, letters' bodies). */
export const section = <const TName extends string>(name: TName, id: string, en: string) =>
  ({ name, type: 'text', kind: 'markdown', label: t(id, en) }) as const;

/** The closing block every Babel form prints: declaration, who hands it in, the requester, place and date, the staff's ticket. */
export const signatures = (wording: ReturnType<typeof declaration>) => [wording, submittedBy, requester, signing, staff] as const;
