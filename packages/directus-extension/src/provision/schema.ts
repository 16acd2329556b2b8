// The Alur schema in Directus, as data. Provisioning creates what is missing and never drops
// anything. Keep it small: the free tier allows 25 user collections (junctions included).

/** Bump when the schema below changes; provisioning stamps it in `alur_meta` (v8: the Postgres inbox index of `ensureIndexes`). */
export const SCHEMA_VERSION = 10;

type Text = { id: string; en: string };

export interface FieldSpec {
  readonly field: string;
  readonly type: 'string' | 'text' | 'integer' | 'boolean' | 'json' | 'timestamp' | 'date' | 'uuid' | 'alias';
  readonly label: Text;
  readonly note?: Text;
  readonly required?: boolean;
  readonly primary?: boolean;
  readonly unique?: boolean;
  readonly length?: number;
  readonly interface?: string;
  readonly options?: Record<string, unknown>;
  readonly special?: readonly string[];
  readonly readonly?: boolean;
  readonly hidden?: boolean;
  readonly default?: unknown;
  readonly width?: 'half' | 'full';
  /** The Studio display (v7: Alur's own for SLA, phase, users and instants) and its options. */
  readonly display?: string;
  readonly displayOptions?: Record<string, unknown>;
  /** Interfaces earlier versions set on this field: provisioning replaces them, never an admin's own choice. */
  readonly formerInterfaces?: readonly string[];
}

export interface CollectionSpec {
  readonly collection: string;
  readonly label: Text & { singular: Text; plural: Text };
  readonly note: Text;
  readonly icon: string;
  readonly display?: string;
  readonly sort?: string;
  readonly hidden?: boolean;
  readonly fields: readonly FieldSpec[];
}

export interface RelationSpec {
  readonly collection: string;
  readonly field: string;
  readonly related: string;
  /** The alias field on the related collection listing the many side. */
  readonly oneField?: string;
  readonly sortField?: string;
  readonly onDelete: 'CASCADE' | 'SET NULL' | 'NO ACTION';
}

const t = (id: string, en: string): Text => ({ id, en });

const idField = (length = 64): FieldSpec => ({
  field: 'id',
  type: 'string',
  primary: true,
  length,
  label: t('ID', 'ID'),
  note: t('huruf kecil, angka dan tanda hubung', 'lower-case letters, digits and hyphens'),
  interface: 'input',
  options: { slug: true, trim: true },
});
const uuidId: FieldSpec = { field: 'id', type: 'uuid', primary: true, special: ['uuid'], label: t('ID', 'ID'), readonly: true, hidden: true };
const json = (field: string, label: Text, note?: Text, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  field,
  type: 'json',
  special: ['cast-json'],
  interface: 'input-code',
  options: { language: 'json' },
  label,
  ...(note ? { note } : {}),
  ...extra,
});
const created: FieldSpec = {
  field: 'date_created',
  type: 'timestamp',
  special: ['date-created'],
  label: t('Dibuat', 'Created'),
  readonly: true,
  width: 'half',
};
const updated: FieldSpec = {
  field: 'date_updated',
  type: 'timestamp',
  special: ['date-updated'],
  label: t('Diubah', 'Updated'),
  readonly: true,
  width: 'half',
};

// v7: Alur's displays (see src/displays) wherever the Studio shows Alur data.
/** An instant shown in the office's zone with its name (WIB/WITA/WIT). */
const inZone = { display: 'alur-instant', displayOptions: { zone: 'auto' } } as const;
/** A user id shown as the user's name. */
const userName = { display: 'alur-user' } as const;

export const collections: readonly CollectionSpec[] = [
  {
    collection: 'alur_meta',
    label: { ...t('Meta Alur', 'Alur meta'), singular: t('Meta', 'Meta'), plural: t('Meta', 'Meta') },
    note: t('Versi skema dan kunci provisioning; diisi oleh sistem.', 'Schema version and provisioning lock; written by the system.'),
    icon: 'settings',
    hidden: true,
    fields: [
      { field: 'key', type: 'string', primary: true, length: 64, label: t('Kunci', 'Key') },
      json('value', t('Nilai', 'Value')),
      {
        field: 'until',
        type: 'string',
        length: 32,
        label: t('Berlaku sampai', 'Valid until'),
        note: t('Untuk kunci provisioning (ISO-8601)', 'For the provisioning lock (ISO-8601)'),
      },
      updated,
    ],
  },
  {
    collection: 'alur_calendars',
    label: { ...t('Kalender Kerja', 'Working calendars'), singular: t('Kalender kerja', 'Working calendar'), plural: t('Kalender kerja', 'Working calendars') },
    note: t(
      'Jam kerja, periode khusus (Ramadan) dan tahun berdata libur per kalender.',
      'Working hours, special periods (Ramadan) and years with holiday data per calendar.',
    ),
    icon: 'calendar_month',
    display: '{{name}}',
    fields: [
      idField(),
      { field: 'name', type: 'string', required: true, label: t('Nama', 'Name'), interface: 'input' },
      { field: 'description', type: 'text', label: t('Keterangan', 'Description'), interface: 'input-multiline' },
      {
        field: 'extends',
        type: 'string',
        length: 64,
        label: t('Turunan dari', 'Extends'),
        note: t('ID kalender dasar, mis. id-nasional', 'Base calendar id, e.g. id-nasional'),
        interface: 'input',
      },
      {
        field: 'zone',
        type: 'string',
        length: 64,
        label: t('Zona waktu', 'Time zone'),
        note: t(
          'Nama IANA: Asia/Jakarta, Asia/Pontianak, Asia/Makassar, Asia/Jayapura',
          'IANA name: Asia/Jakarta, Asia/Pontianak, Asia/Makassar, Asia/Jayapura',
        ),
        interface: 'input',
      },
      json(
        'weekly',
        t('Jam kerja mingguan', 'Weekly working hours'),
        t(
          '{"monday":[{"start":"07:30","end":"12:00"},...],...}; kosong = ikut kalender dasar',
          '{"monday":[{"start":"07:30","end":"12:00"},...],...}; empty = as the base calendar',
        ),
      ),
      { field: 'weekly_source', type: 'text', label: t('Dasar jam kerja', 'Legal basis of the hours'), interface: 'input-multiline' },
      json(
        'special_periods',
        t('Periode khusus', 'Special periods'),
        t('Mis. Ramadan: [{"name","from","to","weekly","source"}]', 'E.g. Ramadan: [{"name","from","to","weekly","source"}]'),
      ),
      json(
        'years',
        t('Tahun berdata libur', 'Years with holiday data'),
        t('[{"year":2026,"source":"SKB ..."}]; tahun di luar daftar ditolak', '[{"year":2026,"source":"SKB ..."}]; other years are refused'),
      ),
      json('remove_holidays', t('Libur dasar yang tidak berlaku', 'Base holidays that do not apply')),
      json('date_overrides', t('Jam khusus per tanggal', 'Hours for single dates')),
      {
        field: 'missing_years',
        type: 'string',
        length: 16,
        label: t('Tahun tanpa SKB', 'Years without a decree'),
        note: t(
          'Perkiraan: tahun setelah data resmi dihitung dari aturan (tanpa cuti bersama) dan ditandai perkiraan; Tolak: tenggat di tahun itu ditolak. Kosong = ikut kalender dasar (bawaan: perkiraan)',
          'Estimate: years after the official data are computed from rules (no joint leave) and flagged; Refuse: deadlines in such years are refused. Empty = as the base calendar (default: estimate)',
        ),
        interface: 'select-dropdown',
        options: {
          choices: [
            { value: 'provisional', text: 'Perkiraan / Estimate' },
            { value: 'refuse', text: 'Tolak / Refuse' },
          ],
        },
        width: 'half',
      },
      {
        field: 'provisional_horizon',
        type: 'integer',
        label: t('Tahun perkiraan', 'Estimated years'),
        note: t(
          'Berapa tahun setelah tahun ber-SKB terakhir diperkirakan (0–10, bawaan 2)',
          'How many years after the last year with a decree are estimated (0–10, default 2)',
        ),
        width: 'half',
      },
      { field: 'holidays', type: 'alias', special: ['o2m'], interface: 'list-o2m', label: t('Hari libur', 'Holidays') },
      { field: 'builtin', type: 'boolean', default: false, label: t('Bawaan', 'Built in'), readonly: true, width: 'half' },
      updated,
    ],
  },
  {
    collection: 'alur_holidays',
    label: { ...t('Hari Libur', 'Holidays'), singular: t('Hari libur', 'Holiday'), plural: t('Hari libur', 'Holidays') },
    note: t(
      'Hari libur nasional, cuti bersama dan libur daerah, dengan dasar hukumnya.',
      'National holidays, joint leave and regional holidays, with their legal basis.',
    ),
    icon: 'event_busy',
    display: '{{date}} {{name}}',
    sort: 'date',
    fields: [
      { field: 'id', type: 'integer', primary: true, label: t('ID', 'ID'), hidden: true, readonly: true },
      { field: 'calendar', type: 'string', length: 64, required: true, label: t('Kalender', 'Calendar'), interface: 'select-dropdown-m2o' },
      { field: 'date', type: 'date', required: true, label: t('Tanggal', 'Date'), width: 'half' },
      {
        field: 'kind',
        type: 'string',
        length: 16,
        required: true,
        label: t('Jenis', 'Kind'),
        interface: 'select-dropdown',
        options: {
          choices: [
            { value: 'national', text: 'Libur nasional / National holiday' },
            { value: 'cutiBersama', text: 'Cuti bersama / Joint leave' },
            { value: 'regional', text: 'Libur daerah / Regional holiday' },
            { value: 'local', text: 'Libur lokal / Local' },
          ],
        },
        width: 'half',
      },
      { field: 'name', type: 'string', required: true, label: t('Nama', 'Name') },
      { field: 'source', type: 'text', required: true, label: t('Dasar hukum', 'Legal basis'), interface: 'input-multiline' },
    ],
  },
  {
    collection: 'alur_sop_variants',
    label: { ...t('Varian SOP', 'SOP variants'), singular: t('Varian SOP', 'SOP variant'), plural: t('Varian SOP', 'SOP variants') },
    note: t('SOP permintaan pembangunan aplikasi; disimpan hanya jika lolos validasi.', 'Application-build request SOPs; saved only when they validate.'),
    icon: 'account_tree',
    display: '{{name}}',
    fields: [
      idField(),
      { field: 'name', type: 'string', required: true, label: t('Nama SOP', 'SOP name') },
      { field: 'office', type: 'string', required: true, label: t('Unit penerbit', 'Issuing office') },
      { field: 'number', type: 'string', label: t('Nomor SOP', 'SOP number'), width: 'half' },
      { field: 'version', type: 'string', length: 64, required: true, label: t('Versi', 'Version'), width: 'half' },
      {
        field: 'status',
        type: 'string',
        length: 16,
        default: 'active',
        label: t('Status', 'Status'),
        interface: 'select-dropdown',
        options: {
          choices: [
            { value: 'active', text: 'Berlaku / Active' },
            { value: 'draft', text: 'Draf / Draft' },
            { value: 'archived', text: 'Diarsipkan / Archived' },
          ],
        },
        width: 'half',
      },
      { field: 'calendar', type: 'string', length: 64, label: t('Kalender kerja', 'Working calendar'), interface: 'select-dropdown-m2o', width: 'half' },
      {
        field: 'extends',
        type: 'string',
        length: 64,
        label: t('Turunan dari', 'Extends'),
        note: t('ID SOP dasar; perubahan ditulis di "changes"', 'Base SOP id; changes go in "changes"'),
        width: 'half',
      },
      { field: 'start', type: 'string', length: 64, label: t('Langkah awal', 'Start step'), width: 'half' },
      json(
        'roles',
        t('Peran (pelaksana)', 'Roles (actors)'),
        t('[{"id":"kadis","name":"Kepala Dinas","kind":"staff"}]', '[{"id":"kadis","name":"Head of office","kind":"staff"}]'),
      ),
      json('legal_basis', t('Dasar hukum', 'Legal basis')),
      json('dates', t('Tanggal (dibuat, revisi, efektif)', 'Dates (created, revised, effective)')),
      { field: 'approved_by', type: 'string', label: t('Disahkan oleh', 'Approved by') },
      { field: 'source', type: 'text', label: t('Sumber dokumen', 'Source document'), interface: 'input-multiline' },
      json('caps', t('Batas waktu keseluruhan', 'Overall caps')),
      json('changes', t('Perubahan terhadap SOP dasar', 'Changes to the base SOP')),
      // v9: the printed document's parts (kop, the five boxes, printed columns, Pendahuluan, service catalog).
      json(
        'document',
        t('Dokumen cetak (kop, kotak, kolom, katalog)', 'Printed document (heading, boxes, columns, catalog)'),
        t(
          '{"heading":["PEMERINTAH ..."],"qualifications":["..."],"columns":["opd","kadis"]}',
          '{"heading":["GOVERNMENT ..."],"qualifications":["..."],"columns":["opd","kadis"]}',
        ),
      ),
      // v10: an imported draft's cells to check and the document text it was read from ("Impor SOP").
      json(
        'import_review',
        t('Hasil impor: sel yang perlu diperiksa', 'Import: cells to check'),
        t(
          'Diisi oleh "Impor SOP"; tiap sel hilang dari daftar saat nilainya diubah',
          'Filled by "Import SOP"; a cell leaves the list once its value is changed',
        ),
        { readonly: true },
      ),
      { field: 'steps', type: 'alias', special: ['o2m'], interface: 'list-o2m', label: t('Langkah', 'Steps') },
      { field: 'builtin', type: 'boolean', default: false, label: t('Bawaan', 'Built in'), readonly: true, width: 'half' },
      updated,
    ],
  },
  {
    collection: 'alur_sop_steps',
    label: { ...t('Langkah SOP', 'SOP steps'), singular: t('Langkah', 'Step'), plural: t('Langkah', 'Steps') },
    note: t('Satu baris tabel SOP: pelaksana, kelengkapan, waktu, output, keputusan.', 'One row of the SOP table: actor, inputs, time, output, decision.'),
    icon: 'format_list_numbered',
    display: '{{no}}. {{description}}',
    sort: 'sort',
    fields: [
      { field: 'id', type: 'integer', primary: true, label: t('ID', 'ID'), hidden: true, readonly: true },
      { field: 'variant', type: 'string', length: 64, required: true, label: t('Varian SOP', 'SOP variant'), interface: 'select-dropdown-m2o' },
      { field: 'sort', type: 'integer', label: t('Urutan', 'Order'), hidden: true },
      { field: 'step_id', type: 'string', length: 64, required: true, label: t('ID langkah', 'Step id'), width: 'half', options: { slug: true } },
      { field: 'no', type: 'string', length: 16, required: true, label: t('No', 'No'), width: 'half' },
      { field: 'description', type: 'text', required: true, label: t('Uraian kegiatan', 'Activity'), interface: 'input-multiline' },
      {
        field: 'actor',
        type: 'string',
        length: 64,
        required: true,
        label: t('Pelaksana', 'Actor'),
        note: t('ID peran dari varian', 'Role id of the variant'),
        width: 'half',
      },
      {
        field: 'kind',
        type: 'string',
        length: 16,
        default: 'task',
        label: t('Jenis', 'Kind'),
        interface: 'select-dropdown',
        options: {
          choices: [
            { value: 'task', text: 'Kegiatan / Task' },
            { value: 'disposition', text: 'Disposisi / Disposition' },
          ],
        },
        width: 'half',
      },
      json('participants', t('Ikut serta', 'Participants'), undefined, { interface: 'tags' }),
      json(
        'kelengkapan',
        t('Kelengkapan', 'Required inputs'),
        t('[{"key":"surat-permohonan","label":"Surat Permohonan"}]', '[{"key":"surat-permohonan","label":"Request letter"}]'),
      ),
      {
        field: 'waktu',
        type: 'string',
        label: t('Waktu', 'Time limit'),
        note: t('Mis. "1 Hari Kerja", "3-5 hari kerja", "30 menit", "Sesuai Jadwal"', 'E.g. "1 Hari Kerja", "3-5 hari kerja", "30 menit", "Sesuai Jadwal"'),
        width: 'half',
      },
      {
        field: 'schedule_from',
        type: 'string',
        length: 64,
        label: t('Jadwal dari', 'Schedule from'),
        note: t('Untuk "Sesuai Jadwal": kunci output berisi jadwal', 'For "Sesuai Jadwal": the output key holding the schedule'),
        width: 'half',
      },
      json('outputs', t('Output', 'Outputs')),
      json(
        'uses',
        t('Dokumen yang dipakai', 'Documents used'),
        t(
          'Kunci dokumen yang dipakai langkah ini di luar Kelengkapan (tidak dicetak); pelaksananya boleh membuka rahasia formulirnya',
          'Document keys this step uses beyond its Kelengkapan (not printed); its actors may reveal their form secrets',
        ),
        { interface: 'tags' },
      ),
      { field: 'next', type: 'string', length: 64, label: t('Lanjut ke', 'Next step'), width: 'half' },
      { field: 'is_end', type: 'boolean', default: false, label: t('Langkah akhir', 'Last step'), width: 'half' },
      { field: 'decision_question', type: 'string', label: t('Keputusan', 'Decision') },
      { field: 'decision_yes', type: 'string', length: 64, label: t('Jika ya', 'If yes'), width: 'half' },
      { field: 'decision_no', type: 'string', length: 64, label: t('Jika tidak', 'If no'), width: 'half' },
      { field: 'decision_yes_label', type: 'string', length: 64, label: t('Label "ya"', '"Yes" label'), width: 'half' },
      { field: 'decision_no_label', type: 'string', length: 64, label: t('Label "tidak"', '"No" label'), width: 'half' },
      json('route', t('Cabang menurut data', 'Branch on request data')),
      {
        field: 'requester_time',
        type: 'boolean',
        default: false,
        label: t('Waktu pemohon', 'Requester time'),
        note: t('Langkah milik OPD: tidak dihitung ke SLA Diskominfo', 'The OPD’s own step: not counted against the office'),
        width: 'half',
      },
      {
        field: 'note',
        type: 'text',
        label: t('Catatan analis', 'Analyst note'),
        note: t('Tidak tercetak; pilihan atas bagian SOP yang ambigu', 'Not printed; the choice made where the SOP is ambiguous'),
        interface: 'input-multiline',
      },
      // v9: text printed in actors' columns, a Waktu the SLA counts apart from the printed one, and the printed Keterangan.
      json(
        'cells',
        t('Isi kolom pelaksana (tercetak)', "Text in actors' columns (printed)"),
        t('{"opd":"Surat Permintaan Aplikasi"}', '{"opd":"Request letter"}'),
      ),
      json(
        'sla',
        t('Waktu SLA bila berbeda dari yang tercetak', 'SLA time limit when it differs from the printed one'),
        t('{"waktu":"1-3 hari kerja","source":"Katalog Layanan"}', '{"waktu":"1-3 hari kerja","source":"Service catalog"}'),
      ),
      { field: 'keterangan', type: 'text', label: t('Keterangan (tercetak)', 'Remarks (printed)'), interface: 'input-multiline' },
    ],
  },
  {
    collection: 'alur_offices',
    label: { ...t('Perangkat Daerah', 'Offices'), singular: t('Perangkat daerah', 'Office'), plural: t('Perangkat daerah', 'Offices') },
    note: t('OPD pemohon dan Diskominfo pelaksana.', 'Requesting agencies and the Diskominfo that serves them.'),
    icon: 'apartment',
    display: '{{name}}',
    fields: [
      idField(),
      { field: 'name', type: 'string', required: true, label: t('Nama', 'Name') },
      {
        field: 'kind',
        type: 'string',
        length: 16,
        default: 'opd',
        label: t('Jenis', 'Kind'),
        interface: 'select-dropdown',
        options: {
          choices: [
            { value: 'opd', text: 'OPD pemohon / Requesting agency' },
            { value: 'diskominfo', text: 'Diskominfo pelaksana / Service office' },
          ],
        },
      },
    ],
  },
  {
    collection: 'alur_forms',
    label: { ...t('Formulir', 'Forms'), singular: t('Formulir', 'Form'), plural: t('Formulir', 'Forms') },
    note: t(
      'Formulir yang diubah admin (definisi @alur/forms); yang tidak ada di sini memakai bentuk bawaannya. Ubah lewat modul Alur.',
      'Forms an admin changed (@alur/forms definitions); any form not here uses its built-in shape. Edit them in the Alur module.',
    ),
    icon: 'dynamic_form',
    display: '{{title}}',
    fields: [
      idField(),
      { field: 'title', type: 'string', required: true, label: t('Judul', 'Title') },
      json('definition', t('Definisi', 'Definition'), t('Bagian, isian dan aturannya', 'Its sections, fields and rules')),
    ],
  },
  {
    collection: 'alur_memberships',
    label: { ...t('Keanggotaan', 'Memberships'), singular: t('Keanggotaan', 'Membership'), plural: t('Keanggotaan', 'Memberships') },
    note: t('Pengguna, perangkat daerahnya dan peran SOP-nya (kadis, kabid, opd, ...).', 'A user, their office and their SOP roles (kadis, kabid, opd, ...).'),
    icon: 'badge',
    fields: [
      uuidId,
      {
        field: 'user',
        type: 'uuid',
        required: true,
        label: t('Pengguna', 'User'),
        interface: 'select-dropdown-m2o',
        options: { template: '{{first_name}} {{last_name}} ({{email}})' },
        display: 'related-values',
        displayOptions: { template: '{{first_name}} {{last_name}} ({{email}})' },
      },
      { field: 'office', type: 'string', length: 64, required: true, label: t('Perangkat daerah', 'Office'), interface: 'select-dropdown-m2o' },
      json(
        'sop_roles',
        t('Peran SOP', 'SOP roles'),
        t(
          'Peran pada varian SOP; peran pemohon untuk OPD, peran staf untuk Diskominfo',
          'Roles of the SOP variants; requester roles for an OPD, staff roles for the Diskominfo',
        ),
        {
          interface: 'alur-sop-roles',
          formerInterfaces: ['tags'],
          display: 'alur-roles',
        },
      ),
    ],
  },
  {
    collection: 'alur_requests',
    label: { ...t('Permohonan', 'Requests'), singular: t('Permohonan', 'Request'), plural: t('Permohonan', 'Requests') },
    note: t(
      'Permohonan pembangunan aplikasi dan keadaannya; diubah hanya lewat /alur.',
      'Application-build requests and their state; changed only through /alur.',
    ),
    icon: 'assignment',
    display: '{{title}}',
    fields: [
      uuidId,
      { field: 'title', type: 'string', required: true, label: t('Judul', 'Title') },
      { field: 'variant', type: 'string', length: 64, required: true, label: t('Varian SOP', 'SOP variant'), interface: 'select-dropdown-m2o', readonly: true },
      { field: 'variant_version', type: 'string', length: 64, label: t('Versi SOP', 'SOP version'), readonly: true, width: 'half' },
      {
        field: 'office',
        type: 'string',
        length: 64,
        required: true,
        label: t('OPD pemohon', 'Requesting office'),
        interface: 'select-dropdown-m2o',
        readonly: true,
      },
      { field: 'step', type: 'string', length: 64, label: t('Langkah', 'Step'), readonly: true, width: 'half' },
      { field: 'phase', type: 'string', length: 16, label: t('Fase', 'Phase'), readonly: true, width: 'half', display: 'alur-phase' },
      { field: 'actor', type: 'string', length: 64, label: t('Menunggu peran', 'Waiting on role'), readonly: true, width: 'half' },
      { field: 'deadline', type: 'timestamp', label: t('Tenggat langkah', 'Step deadline'), readonly: true, width: 'half', ...inZone },
      { field: 'sla_status', type: 'string', length: 16, label: t('Status SLA', 'SLA status'), readonly: true, width: 'half', display: 'alur-sla' },
      {
        field: 'sla_provisional',
        type: 'boolean',
        default: false,
        label: t('Tenggat perkiraan', 'Estimated deadline'),
        note: t('Tenggat bergantung pada hari libur perkiraan (menunggu SKB)', 'The deadline depends on estimated holidays (awaiting the decree)'),
        readonly: true,
        width: 'half',
      },
      { field: 'sla_next_check', type: 'timestamp', label: t('Cek SLA berikutnya', 'Next SLA check'), readonly: true, hidden: true },
      { field: 'sla_claim_until', type: 'timestamp', label: t('Klaim sweep sampai', 'Sweep claim until'), readonly: true, hidden: true },
      { field: 'version', type: 'integer', default: 0, label: t('Versi data', 'Row version'), readonly: true, width: 'half' },
      json('form', t('Formulir', 'Form'), undefined, { readonly: true }),
      json('snapshot', t('Keadaan (snapshot)', 'State (snapshot)'), undefined, { readonly: true, hidden: true }),
      {
        field: 'definition',
        type: 'string',
        length: 64,
        label: t('Definisi SOP yang dipakai', 'SOP definition in use'),
        note: t('Salinan beku saat permohonan dibuat', 'Frozen copy taken when the request started'),
        readonly: true,
        hidden: true,
      },
      json('secrets', t('Rahasia formulir', 'Form secrets'), t('Tidak pernah ditampilkan', 'Never shown'), { readonly: true, hidden: true }),
      { field: 'events', type: 'alias', special: ['o2m'], interface: 'list-o2m', label: t('Jejak audit', 'Audit trail'), readonly: true },
      // v6
      { field: 'files', type: 'alias', special: ['o2m'], interface: 'list-o2m', label: t('Berkas', 'Files'), readonly: true },
      { field: 'created_by', type: 'uuid', special: ['user-created'], label: t('Dibuat oleh', 'Created by'), readonly: true, width: 'half', ...userName },
      { ...created, ...inZone },
      { ...updated, ...inZone },
      // v3: kept in step with the snapshot by every write (listingColumns), for paging, filters, search and the report.
      { field: 'letter_number', type: 'string', length: 255, label: t('Nomor surat permohonan', 'Request letter number'), readonly: true, width: 'half' },
      {
        field: 'actor_kind',
        type: 'string',
        length: 16,
        label: t('Menunggu pihak', 'Waiting on'),
        note: t('requester = OPD pemohon, staff = Diskominfo', 'requester = the OPD, staff = Diskominfo'),
        readonly: true,
        hidden: true,
      },
      { field: 'started_at', type: 'timestamp', label: t('Mulai', 'Started'), readonly: true, hidden: true },
      { field: 'zone', type: 'string', length: 64, label: t('Zona waktu kalender', 'Calendar time zone'), readonly: true, hidden: true },
      { field: 'sla_judged', type: 'boolean', default: true, label: t('SLA dapat dinilai', 'SLA can be judged'), readonly: true, hidden: true },
      // v4: this request's part in alur_sla_tallies as last written, so the next write adds only the difference.
      json('sla_tally', t('Bagian di rekap SLA', 'Share of the SLA tallies'), undefined, { readonly: true, hidden: true }),
      // v5: set by every write; its visit rows and tallies are written behind it (`flushDerived`), then it is cleared.
      { field: 'derived_at', type: 'timestamp', label: t('Rekap menunggu ditulis sejak', 'Tallies pending since'), readonly: true, hidden: true },
    ],
  },
  {
    collection: 'alur_request_events',
    label: { ...t('Jejak Audit', 'Audit trail'), singular: t('Kejadian', 'Event'), plural: t('Kejadian', 'Events') },
    note: t('Siapa melakukan apa, kapan; tidak dapat diubah.', 'Who did what, when; cannot be changed.'),
    icon: 'history',
    display: '{{seq}} {{event}} {{step}}',
    sort: 'seq',
    fields: [
      { field: 'id', type: 'integer', primary: true, label: t('ID', 'ID'), hidden: true, readonly: true },
      { field: 'request', type: 'uuid', required: true, label: t('Permohonan', 'Request'), interface: 'select-dropdown-m2o', readonly: true },
      { field: 'seq', type: 'integer', required: true, label: t('Urutan', 'Sequence'), readonly: true, width: 'half' },
      { field: 'at', type: 'timestamp', required: true, label: t('Waktu', 'Time'), readonly: true, width: 'half', ...inZone },
      { field: 'by', type: 'string', length: 64, label: t('Oleh', 'By'), readonly: true, width: 'half', ...userName },
      { field: 'event', type: 'string', length: 32, required: true, label: t('Kejadian', 'Event'), readonly: true, width: 'half' },
      { field: 'step', type: 'string', length: 64, label: t('Langkah', 'Step'), readonly: true, width: 'half' },
      { field: 'to', type: 'string', length: 64, label: t('Ke langkah', 'To step'), readonly: true, width: 'half' },
      json('detail', t('Rincian', 'Detail'), undefined, { readonly: true }),
    ],
  },
  {
    // v6: the files of requests, stored as Directus files and served only through Alur (GET /alur/files/:id).
    collection: 'alur_files',
    label: { ...t('Berkas Permohonan', 'Request files'), singular: t('Berkas', 'File'), plural: t('Berkas', 'Files') },
    note: t(
      'Berkas yang diunggah lewat Alur (surat, KAK, laporan) dan permohonan pemiliknya; hanya OPD pemohon dan staf Diskominfo yang dapat mengunduhnya, lewat Alur. Diisi oleh sistem.',
      'Files uploaded through Alur (letters, KAK, reports) and the request they belong to; only the requesting office and Diskominfo staff can download them, through Alur. Written by the system.',
    ),
    icon: 'attach_file',
    hidden: true,
    fields: [
      { field: 'id', type: 'uuid', primary: true, label: t('Berkas', 'File'), note: t('ID berkas Directus', 'The Directus file id'), readonly: true },
      {
        field: 'request',
        type: 'uuid',
        label: t('Permohonan', 'Request'),
        note: t('Kosong sampai pengunggah melampirkannya', 'Empty until the uploader attaches it'),
        interface: 'select-dropdown-m2o',
        readonly: true,
      },
      { field: 'uploaded_by', type: 'uuid', label: t('Diunggah oleh', 'Uploaded by'), readonly: true, width: 'half', ...userName },
      created,
    ],
  },
  {
    collection: 'alur_sla_alerts',
    label: { ...t('Peringatan SLA', 'SLA alerts'), singular: t('Peringatan SLA', 'SLA alert'), plural: t('Peringatan SLA', 'SLA alerts') },
    note: t('Peringatan (75%) dan pelanggaran tenggat, satu per langkah.', 'Warnings (75%) and breaches, one per step visit.'),
    icon: 'alarm',
    fields: [
      {
        field: 'id',
        type: 'string',
        primary: true,
        length: 200,
        label: t('ID', 'ID'),
        note: t('permohonan:langkah:kunjungan:jenis', 'request:step:visit:kind'),
        readonly: true,
      },
      { field: 'request', type: 'uuid', required: true, label: t('Permohonan', 'Request'), interface: 'select-dropdown-m2o', readonly: true },
      { field: 'step', type: 'string', length: 64, label: t('Langkah', 'Step'), readonly: true, width: 'half' },
      { field: 'kind', type: 'string', length: 16, label: t('Jenis', 'Kind'), readonly: true, width: 'half' },
      { field: 'deadline', type: 'timestamp', label: t('Tenggat', 'Deadline'), readonly: true, width: 'half', ...inZone },
      { ...created, ...inZone },
    ],
  },
  {
    collection: 'alur_idempotency',
    label: {
      ...t('Kunci Idempotensi', 'Idempotency keys'),
      singular: t('Kunci idempotensi', 'Idempotency key'),
      plural: t('Kunci idempotensi', 'Idempotency keys'),
    },
    note: t(
      'Jawaban pertama atas penulisan dengan Idempotency-Key, untuk diulang saat klien mencoba lagi (24 jam); diisi oleh sistem.',
      'The first answer to a write sent with an Idempotency-Key, replayed when the client retries (24 h); written by the system.',
    ),
    icon: 'replay',
    hidden: true,
    fields: [
      { field: 'id', type: 'string', primary: true, length: 64, label: t('Kunci', 'Key'), readonly: true },
      { field: 'user', type: 'uuid', label: t('Pengguna', 'User'), readonly: true },
      { field: 'fingerprint', type: 'string', length: 64, label: t('Sidik isi', 'Body fingerprint'), readonly: true },
      { field: 'status', type: 'integer', label: t('Status HTTP', 'HTTP status'), readonly: true },
      json('response', t('Jawaban', 'Answer'), undefined, { readonly: true }),
      created,
    ],
  },
  {
    collection: 'alur_step_visits',
    label: { ...t('Kunjungan Langkah', 'Step visits'), singular: t('Kunjungan langkah', 'Step visit'), plural: t('Kunjungan langkah', 'Step visits') },
    note: t(
      'Satu baris per kunjungan langkah tiap permohonan, untuk laporan SLA; ditulis oleh sistem.',
      'One row per step visit of every request, for the SLA report; written by the system.',
    ),
    icon: 'timer',
    hidden: true,
    fields: [
      {
        field: 'id',
        type: 'string',
        primary: true,
        length: 200,
        label: t('ID', 'ID'),
        note: t('permohonan:langkah:kunjungan', 'request:step:visit'),
        readonly: true,
      },
      { field: 'request', type: 'uuid', required: true, label: t('Permohonan', 'Request'), interface: 'select-dropdown-m2o', readonly: true },
      { field: 'variant', type: 'string', length: 64, label: t('Varian SOP', 'SOP variant'), readonly: true, width: 'half' },
      { field: 'office', type: 'string', length: 64, label: t('OPD pemohon', 'Requesting office'), readonly: true, width: 'half' },
      { field: 'step', type: 'string', length: 64, label: t('Langkah', 'Step'), readonly: true, width: 'half' },
      { field: 'no', type: 'string', length: 16, label: t('No', 'No'), readonly: true, width: 'half' },
      { field: 'actor', type: 'string', length: 64, label: t('Pelaksana', 'Actor'), readonly: true, width: 'half' },
      { field: 'visit', type: 'integer', label: t('Kunjungan ke', 'Visit'), readonly: true, width: 'half' },
      { field: 'started_at', type: 'timestamp', label: t('Mulai', 'Started'), readonly: true, width: 'half', ...inZone },
      { field: 'completed_at', type: 'timestamp', label: t('Selesai', 'Completed'), readonly: true, width: 'half', ...inZone },
      { field: 'running', type: 'boolean', default: false, label: t('Berjalan', 'Running'), readonly: true, width: 'half' },
      { field: 'deadline', type: 'timestamp', label: t('Tenggat', 'Deadline'), readonly: true, width: 'half', ...inZone },
      { field: 'limit_minutes', type: 'integer', label: t('Batas (menit kerja)', 'Limit (working minutes)'), readonly: true, width: 'half' },
      {
        field: 'used_minutes',
        type: 'integer',
        label: t('Terpakai (menit kerja)', 'Used (working minutes)'),
        note: t('Hanya kunjungan selesai', 'Completed visits only'),
        readonly: true,
        width: 'half',
      },
      {
        field: 'status',
        type: 'string',
        length: 16,
        label: t('Status SLA', 'SLA status'),
        note: t('onTime, warning, breached, noLimit', 'onTime, warning, breached, noLimit'),
        readonly: true,
        width: 'half',
      },
      { field: 'requester_time', type: 'boolean', default: false, label: t('Waktu pemohon', 'Requester time'), readonly: true, width: 'half' },
    ],
  },
  {
    collection: 'alur_sla_tallies',
    label: { ...t('Rekap SLA Harian', 'Daily SLA tallies'), singular: t('Rekap SLA', 'SLA tally'), plural: t('Rekap SLA', 'SLA tallies') },
    note: t(
      'Jumlah permohonan dan kunjungan langkah per varian, OPD, langkah dan hari mulai (zona kalender), untuk laporan SLA; ditulis oleh sistem.',
      'Counts of requests and step visits per variant, office, step and start day (calendar zone), for the SLA report; written by the system.',
    ),
    icon: 'functions',
    hidden: true,
    fields: [
      {
        field: 'id',
        type: 'string',
        primary: true,
        length: 255,
        label: t('ID', 'ID'),
        note: t('varian|definisi|OPD|hari|langkah', 'variant|definition|office|day|step'),
        readonly: true,
      },
      { field: 'variant', type: 'string', length: 64, label: t('Varian SOP', 'SOP variant'), readonly: true, width: 'half' },
      { field: 'definition', type: 'string', length: 64, label: t('Definisi SOP', 'SOP definition'), readonly: true, hidden: true },
      { field: 'office', type: 'string', length: 64, label: t('OPD pemohon', 'Requesting office'), readonly: true, width: 'half' },
      {
        field: 'day',
        type: 'string',
        length: 10,
        label: t('Hari mulai', 'Start day'),
        note: t('YYYY-MM-DD di zona kalender permohonan', 'YYYY-MM-DD in the request calendar zone'),
        readonly: true,
        width: 'half',
      },
      {
        field: 'step',
        type: 'string',
        length: 64,
        label: t('Langkah', 'Step'),
        note: t('Kosong: baris permohonan', 'Empty: the requests line'),
        readonly: true,
        width: 'half',
      },
      { field: 'no', type: 'string', length: 16, label: t('No', 'No'), readonly: true, width: 'half' },
      { field: 'actor', type: 'string', length: 64, label: t('Pelaksana', 'Actor'), readonly: true, width: 'half' },
      { field: 'requests', type: 'integer', default: 0, label: t('Permohonan', 'Requests'), readonly: true, width: 'half' },
      { field: 'judged', type: 'integer', default: 0, label: t('Permohonan dinilai', 'Judged requests'), readonly: true, width: 'half' },
      { field: 'done', type: 'integer', default: 0, label: t('Selesai', 'Done'), readonly: true, width: 'half' },
      { field: 'unjudged', type: 'integer', default: 0, label: t('Belum dapat dinilai', 'Not judged yet'), readonly: true, width: 'half' },
      { field: 'visits', type: 'integer', default: 0, label: t('Kunjungan', 'Visits'), readonly: true, width: 'half' },
      { field: 'completed', type: 'integer', default: 0, label: t('Kunjungan selesai', 'Completed visits'), readonly: true, width: 'half' },
      { field: 'breached', type: 'integer', default: 0, label: t('Terlambat', 'Breached'), readonly: true, width: 'half' },
      { field: 'warned', type: 'integer', default: 0, label: t('Peringatan', 'Warned'), readonly: true, width: 'half' },
      { field: 'minutes', type: 'integer', default: 0, label: t('Menit kerja terpakai', 'Working minutes used'), readonly: true, width: 'half' },
    ],
  },
];

export const relations: readonly RelationSpec[] = [
  { collection: 'alur_holidays', field: 'calendar', related: 'alur_calendars', oneField: 'holidays', sortField: 'date', onDelete: 'CASCADE' },
  { collection: 'alur_sop_steps', field: 'variant', related: 'alur_sop_variants', oneField: 'steps', sortField: 'sort', onDelete: 'CASCADE' },
  { collection: 'alur_sop_variants', field: 'calendar', related: 'alur_calendars', onDelete: 'NO ACTION' },
  { collection: 'alur_memberships', field: 'user', related: 'directus_users', onDelete: 'CASCADE' },
  { collection: 'alur_memberships', field: 'office', related: 'alur_offices', onDelete: 'CASCADE' },
  { collection: 'alur_requests', field: 'variant', related: 'alur_sop_variants', onDelete: 'NO ACTION' },
  { collection: 'alur_requests', field: 'office', related: 'alur_offices', onDelete: 'NO ACTION' },
  { collection: 'alur_request_events', field: 'request', related: 'alur_requests', oneField: 'events', sortField: 'seq', onDelete: 'CASCADE' },
  { collection: 'alur_sla_alerts', field: 'request', related: 'alur_requests', onDelete: 'CASCADE' },
  { collection: 'alur_files', field: 'request', related: 'alur_requests', oneField: 'files', onDelete: 'CASCADE' },
  { collection: 'alur_step_visits', field: 'request', related: 'alur_requests', onDelete: 'CASCADE' },
];
