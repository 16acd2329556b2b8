import type { SopDefinition, SopItem } from '../sop-definition.js';

const suratPermohonan: SopItem = { key: 'surat-permohonan', label: 'Surat Permohonan' };
const catatan: SopItem = { key: 'catatan', label: 'Catatan' };

/**
 * Diskominfo Kepulauan Bangka Belitung, Katalog Layanan SC-04/EGOTIK/2023 "Layanan
 * Pembangunan Aplikasi" and its SOP "Pengajuan Layanan Pembangunan Aplikasi": 7 rows with
 * minute-level Waktu. Row 5 (the service desk's follow-up) branches on the requested
 * service (`layanan`): a recommendation, hosting/domain and integration, or a feasibility
 * test, each with its own Kelengkapan, Waktu and Output.
 */
export const babel: SopDefinition = {
  schemaVersion: 1,
  id: 'babel',
  version: '2023-04-10',
  name: 'Pengajuan Layanan Pembangunan Aplikasi',
  office: 'Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung',
  number: 'SC - 04/EGOTIK/2023',
  dates: { effective: '2023-04-10' },
  source:
    'Katalog Layanan (Service Catalog) Layanan Pembangunan Aplikasi, Nomor SC - 04/EGOTIK/2023, ditetapkan 10 April 2023, Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung; Standar Operasional Prosedur (SOP) Pengajuan Layanan Pembangunan Aplikasi',
  document: {
    heading: ['DINAS KOMUNIKASI DAN INFORMATIKA', 'PROVINSI KEPULAUAN BANGKA BELITUNG'],
    columns: ['opd', 'kadis', 'kabid', 'prakom', 'service-desk'],
  },
  calendar: 'babel',
  roles: [
    {
      id: 'opd',
      name: 'User PD/Entitas Lainnya',
      kind: 'requester',
      description: 'Perangkat Daerah di lingkup Pemerintah Provinsi Kepulauan Bangka Belitung ("User OPD"); pemohon minimal eselon III.',
    },
    {
      id: 'kadis',
      name: 'Kadis Kominfo',
      kind: 'staff',
      description: 'Kepala Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung (1st Level Support).',
    },
    {
      id: 'kabid',
      name: 'Kabid eGov',
      kind: 'staff',
      description: 'Kepala Bidang e-Government dan Statistik ("Kabid eGotik"; 1st Level Support).',
    },
    {
      id: 'prakom',
      name: 'Prakom Fungsi Aplikasi dan Pemberdayaan TIK',
      kind: 'staff',
      description: 'Pranata Komputer Fungsi Aplikasi dan Pemberdayaan TIK (2nd Level Support).',
    },
    {
      id: 'service-desk',
      name: 'Petugas Service Desk',
      kind: 'staff',
      description: 'Petugas service desk Diskominfo; portal https://spbe.babelprov.go.id/layanantik.',
    },
  ],
  steps: [
    {
      id: 'pengajuan-layanan',
      no: '1',
      description: 'User OPD melakukan pengajuan layanan',
      actor: 'opd',
      waktu: '3 jam',
      outputs: [{ key: 'pengajuan-layanan', label: 'Email, Surat, Telepon, Chat, Portal', kind: 'data', by: 'act' }],
      requesterTime: true,
      next: 'disposisi-kadis',
      note:
        'Pilihan: Waktu "3 jam" tertulis pada langkah User OPD; dipertahankan, dan karena langkah ini milik pemohon, waktunya tidak dihitung terhadap SLA Diskominfo (requesterTime). Output "Email, Surat, Telepon, Chat, Portal" adalah saluran pengajuan (salah satu), dicatat sebagai satu butir data oleh pengajuan itu sendiri (by: act). Kolom Kelengkapan baris 1 kosong, tetapi Surat Permohonan yang diminta langkah disposisi sesudahnya (yang hanya meneruskan) wajib dibawa saat pengajuan.',
    },
    {
      id: 'disposisi-kadis',
      no: '2',
      description: 'Kadis Kominfo melakukan disposisi kepada Kabid eGotik',
      actor: 'kadis',
      kind: 'disposition',
      kelengkapan: [suratPermohonan],
      waktu: '30 menit',
      outputs: [{ key: 'disposisi-kadis', label: 'Disposisi' }],
      next: 'disposisi-kabid',
    },
    {
      id: 'disposisi-kabid',
      no: '3',
      description: 'Kabid eGotik melakukan disposisi kepada Pranata Komputer Fungsi Aplikasi dan Pemberdayaan TIK',
      actor: 'kabid',
      kind: 'disposition',
      kelengkapan: [suratPermohonan, { key: 'disposisi-kadis', label: 'disposisi kadis' }],
      waktu: '15 menit',
      outputs: [{ key: 'disposisi-kabid', label: 'Disposisi' }],
      next: 'perintah-prakom',
    },
    {
      id: 'perintah-prakom',
      no: '4',
      description: 'Pranata Komputer Fungsi Aplikasi dan Pemberdayaan TIK melakukan perintah kepada petugas service desk',
      actor: 'prakom',
      kind: 'disposition',
      kelengkapan: [
        suratPermohonan,
        { key: 'disposisi-kadis', label: 'disposisi kadis' },
        { key: 'disposisi-kabid', label: 'disposisi kabid eGotik' },
      ],
      waktu: '15 menit',
      outputs: [{ key: 'disposisi-prakom', label: 'Disposisi' }],
      next: 'tindak-lanjut',
      note: 'Pilihan: perintah kepada petugas service desk dicatat sebagai disposisi (DISPOSE dengan instruksi), sesuai Output "Disposisi".',
    },
    {
      id: 'tindak-lanjut',
      no: '5',
      description: 'Petugas service desk melakukan tindak lanjut',
      actor: 'service-desk',
      route: {
        field: 'layanan',
        label: 'Layanan yang ditindaklanjuti',
        cases: [
          { value: 'rekomendasi', label: 'Pembuatan rekomendasi', next: 'pembuatan-rekomendasi' },
          { value: 'hosting-integrasi', label: 'Pemberian hosting domain dan pengintegrasian', next: 'hosting-integrasi' },
          { value: 'uji-kelaikan', label: 'Pengujian kelaikan', next: 'uji-kelaikan' },
        ],
      },
      note:
        'Pilihan: baris 5 memuat tiga tindak lanjut dengan Kelengkapan, Waktu dan Output masing-masing; dipecah menjadi langkah pemilih layanan ini (tanpa Waktu) dan tiga langkah bernomor 5 sesuai data permohonan "layanan".',
    },
    {
      id: 'pembuatan-rekomendasi',
      no: '5',
      description: 'Petugas service desk melakukan tindak lanjut: pembuatan rekomendasi',
      actor: 'service-desk',
      kelengkapan: [{ key: 'layanan-rekomendasi', label: 'Pembuatan rekomendasi', kind: 'data', optional: true }],
      waktu: '3-5 hari kerja',
      outputs: [catatan],
      next: 'pembuatan-laporan',
      note:
        'Pembuatan rekomendasi dari kajian kebutuhan dan perencanaan serta rancang bangun aplikasi (SLA butir 2.a: 3 s.d. 5 hari kerja). Pilihan: isi kolom Kelengkapan menyebut layanan yang diminta; dicatat sebagai data yang tidak menghalangi penyelesaian langkah.',
    },
    {
      id: 'hosting-integrasi',
      no: '5',
      description: 'Petugas service desk melakukan tindak lanjut: pemberian hosting domain dan pengintegrasian',
      actor: 'service-desk',
      kelengkapan: [{ key: 'layanan-hosting-integrasi', label: 'Pemberian hosting domain dan pengintegrasian', kind: 'data', optional: true }],
      waktu: '1-5 hari kerja',
      sla: { waktu: '1-3 hari kerja', source: 'Katalog Layanan SC - 04/EGOTIK/2023, SLA butir 2.b' },
      outputs: [catatan],
      next: 'pembuatan-laporan',
      note:
        'Pilihan: tabel SOP menulis 1-5 hari kerja untuk baris ini dan dicetak demikian; SLA dihitung 1-3 hari kerja menurut Katalog Layanan (butir 2.b "Pemberian hosting domain dan pengintegrasian pada implementasi aplikasi selama 1-3 hari kerja"), janji layanan yang lebih ketat dari kedua dokumen, dan dokumen mencetak catatan kaki tentang selisih itu. Isi kolom Kelengkapan menyebut layanan yang diminta; dicatat sebagai data yang tidak menghalangi penyelesaian langkah.',
    },
    {
      id: 'uji-kelaikan',
      no: '5',
      description: 'Petugas service desk melakukan tindak lanjut: pengujian kelaikan',
      actor: 'service-desk',
      kelengkapan: [{ key: 'layanan-uji-kelaikan', label: 'Pengujian kelaikan', kind: 'data', optional: true }],
      uses: ['formulir-uji-kelayakan', 'formulir-vulnerability-assessment'],
      waktu: '1-5 hari kerja',
      outputs: [catatan],
      next: 'pembuatan-laporan',
      note:
        'Pengujian kelaikan pada aplikasi berbasis website sesuai prosedur pengujian (SLA butir 2.c: 1-5 hari kerja; Formulir Layanan Uji Kelayakan Aplikasi dan Formulir Vulnerability Assesment). Pilihan: isi kolom Kelengkapan menyebut layanan yang diminta; dicatat sebagai data yang tidak menghalangi penyelesaian langkah.',
    },
    {
      id: 'pembuatan-laporan',
      no: '6',
      description: 'Membuat laporan',
      actor: 'service-desk',
      kelengkapan: [catatan],
      waktu: '1 jam',
      outputs: [{ key: 'laporan', label: 'Laporan' }],
      next: 'pengarsipan-laporan',
      note: 'Pilihan: uraian tidak menyebut pelaksana; dipilih Petugas Service Desk, yang membuat Catatan tindak lanjut pada langkah 5.',
    },
    {
      id: 'pengarsipan-laporan',
      no: '7',
      description: 'Menyimpan laporan sebagai bukti',
      actor: 'service-desk',
      kelengkapan: [{ key: 'buku-agenda', label: 'Buku agenda' }],
      waktu: '15 menit',
      outputs: [{ key: 'arsip', label: 'Arsip' }],
      end: true,
      note: 'Pilihan: uraian tidak menyebut pelaksana; dipilih Petugas Service Desk, yang membuat laporan pada langkah 6.',
    },
  ],
};
