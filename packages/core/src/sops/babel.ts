import type { SopDefinition, SopItem } from '../sop-definition.js';

const suratPermohonan: SopItem = { key: 'surat-permohonan', label: 'Surat Permohonan' };
const catatan: SopItem = { key: 'catatan', label: 'Catatan' };
/** The catalog's Persyaratan Layanan ("Mengisi formulir layanan yang diajukan melalui portal service desk"): not a cell of the SOP table. */
const formulirLayanan: SopItem = { key: 'formulir-pembangunan-aplikasi', label: 'Formulir Layanan Pembangunan Aplikasi', printed: false };

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
    // The service catalog the SOP belongs to, row by row as printed (seed 003).
    catalog: {
      title: 'Katalog Layanan (Service Catalog) Layanan Pembangunan Aplikasi',
      number: 'SC - 04/EGOTIK/2023',
      date: '2023-04-10',
      availability: 0.9,
      entries: [
        { label: 'Nama Layanan', text: ['Layanan Pembangunan Aplikasi'] },
        {
          label: 'Deskripsi Layanan',
          text: [
            'Layanan ini adalah layanan yang berfungsi untuk membantu Perangkat Daerah dalam pembangunan aplikasi dalam mendukung pelaksanaan kegiatan operasional maupun pengambilan keputusan.',
          ],
        },
        {
          label: 'Spesifikasi Layanan',
          text: [
            'Layanan pembangunan aplikasi di Pemerintahan Provinsi Kepulauan Bangka Belitung dikoordinasikan kepada Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung dengan ketentuan :',
            '1. Kajian kebutuhan dan Perencanaan dibuat oleh Perangkat Daerah dengan melakukan identifikasi dan pemilihan aplikasi yang mempertimbangkan capaian program, kebutuhan program, keluaran program dan kerangka acuan kerja yang dituangkan dalam dokumen analisis kebutuhan serta analisis manfaat dari aplikasi yang direncanakan dan disampaikan kepada Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung ;',
            '2. Rancang bangun aplikasi dibuat oleh Perangkat Daerah secara internal atau bekerjasama dengan pihak ketiga yang meliputi spesifikasi kebutuhan aplikasi, termasuk spesifikasi fungsional dan spesifikasi teknis yang dilengkapi dengan proses bisnis dan standar operasional prosedur sesuai dengan kebutuhan. Hasil rancang bangun aplikasi disampaikan kepada Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung untuk selanjutnya mendapatkan rekomendasi pembangunan aplikasi;',
            '3. Implementasi aplikasi dapat dilaksanakan setelah mendapatkan rekomendasi dari Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung yang sesuai dengan proses bisnis dan standar operasional prosedur dengan memperhatikan metodologi SDLC dan membuat dokumentasi aplikasi serta harus dapat diintegrasikan melalui sistem penghubung layanan pemerintah melalui Application Programming Interface (API) serta mekanisme integrasi lainnya;',
            '4. Pengujian kelayakan dilakukan oleh Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung pada aplikasi berbasis website untuk mengetahui tingkat kerentanan dan ketahanan suatu aplikasi. Aplikasi dinyatakan layak jika lulus dalam : Pengujian kelayakan struktur folder atau file website, Pengujian validasi data, Pengujian otentikasi dan manajemen session, Pengujian input dan error message, Pengujian database management system, Pengujian lain-lain (penggunaan framework aplikasi dan penggunaan email kedinasan) dan uji beban (Stress Test) yang meliputi pengujian jumlah concurrent user dan pengujian response time;',
            '5. Pemeliharaan dilakukan oleh pengelola aplikasi dari masing-masing Perangkat Daerah baik dilakukan secara internal dan atau bekerjasama dengan pihak ketiga dan harus dilakukan dokumentasi secara elektronik;',
            '6. Evaluasi dilakukan oleh masing-masing Perangkat Daerah secara berkala meliputi evaluasi terhadap aspek teknis pengembangan aplikasi, evaluasi terhadap aspek prosedur administrasi pengembangan aplikasi dan evaluasi implementasi aplikasi dan didokumentasikan secara elektronik.',
          ],
        },
        { label: 'Persyaratan Layanan', text: ['Mengisi formulir layanan yang diajukan melalui portal service desk'] },
        { label: 'Cakupan Pengguna Layanan', text: ['Perangkat Daerah di lingkup Pemerintah Provinsi Kepulauan Bangka Belitung'] },
        {
          label: 'Pengelola Layanan',
          text: [
            'Service Desk :',
            'Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung Jalan Pulau Lepar Komplek Perkantoran dan Pemukiman Terpadu Pemerintah Provinsi Kepulauan Bangka Belitung, Air Itam, Pangkalpinang 33149 Telepon : 0717 – 426 2141 Telepon/Faksimile : 0717 – 426 2143 Web : http://kominfo.babelprov.go.id Email : kominfo@babelprov.go.id Mobile dan Chat : 0821-8064-0997/ chatbot https://layanan.babelprov.go.id/ Portal Service Desk : https://spbe.babelprov.go.id/layanantik',
            '1st Level Support :',
            '1. Kepala Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung',
            '2. Kepala Bidang e-Government dan Statistik',
            '2nd Level Support :',
            'Pranata Komputer Fungsi Aplikasi dan Pemberdayaan TIK',
          ],
        },
        {
          label: 'Keterkaitan Layanan',
          text: [
            '1. Layanan Penunjang : Tidak ada',
            '2. Layanan yang didukung :',
            'a. Layanan Pusat Data',
            'b. Layanan Penggunaan Sistem Penghubung Layanan Pemerintah Daerah',
          ],
        },
        {
          label: 'Komponen Layanan',
          text: [
            '1. Kajian kebutuhan dan Perencanaan;',
            '2. Rancang bangun aplikasi;',
            '3. Implementasi aplikasi;',
            '4. Pengujian kelaikan;',
            '5. Pemeliharaan;',
            '6. Evaluasi.',
          ],
        },
        {
          label: 'Waktu Berjalannya Layanan',
          text: [
            'Waktu Mekanisme Permintaan :',
            'Via portal service desk, e-mail, mobile dan chat, surat atau datang langsung : setiap hari kerja pukul 08.00 wib s.d 16.00 wib',
            'Waktu tanggap :',
            'Layanan teknis diberikan setiap hari kerja, jika permintaan layanan pada hari yang sama sudah overload maka akan dilakukan dihari kerja berikutnya.',
            'Perioritas :',
            'Perioritas penanganan gangguan berdasarkan dampak dan kepentingan.',
          ],
        },
        {
          label: 'Service Level Agreement (SLA)',
          text: [
            'Service Level Agreement (SLA) Pembangunan Aplikasi :',
            '1. Waktu operasional pelayanan pada hari kerja dan jam kerja, sekurang-kurangnya bernilai 90% (Sembilan puluh persen).',
            '2. Estimasi penanganan yang meliputi :',
            'a. Pembuatan Rekomendasi dari kajian kebutuhan dan perencanaan serta rancang bangun aplikasi selama 3 s.d. 5 hari kerja berdasarkan tingkat kesulitan dari kebutuhannya, pemberian saran dan rekomendasi bisa dilakukan agar tidak terjadi kesalahan dikemudian hari;',
            'b. Pemberian hosting domain dan pengintegrasian pada implementasi aplikasi selama 1-3 hari kerja berdasarkan tingkat kesulitan dari kebutuhannya, pemberian saran dan rekomendasi bisa dilakukan agar tidak terjadi kesalahan dikemudian hari;',
            'c. Pengujian kelaikan pada aplikasi berbasis website sesuai prosedur pengujian selama 1-5 hari kerja berdasarkan tingkat kesulitan dari kebutuhannya, pemberian saran dan rekomendasi bisa dilakukan agar tidak terjadi kesalahan dikemudian hari;',
            'd. Untuk keamanan data hanya akan diberikan kepada penanggung jawab struktural pada Perangkat Daerah.',
            'e. Dalam hal ini Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung tidak dapat memenuhi SLA maka Perangkat Daerah berhak mendapat kepastian dari penyelesaian penanganan sesuai berita acara Layanan Pembangunan Aplikasi sampai masalah dapat diselesaikan dengan cara kesepakatan para pihak.',
          ],
        },
        {
          label: 'National Charging / Komponen Biaya Layanan',
          text: ['Bebas biaya dikarenakan dibebankan kepada anggaran belanja pada Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung.'],
        },
        {
          label: 'Proses Permintaan Layanan',
          text: ['Melalui service desk dengan mengisi formulir layanan yang diajukan melalui portal, e-mail, mobile, chat.'],
        },
        {
          label: 'Dampak Operasional',
          text: ['Layanan belum bisa diberikan jika ada kendala pada server baik karena human error maupun faktor alam seperti terkena petir dan lain-lain'],
        },
        { label: 'Daftar Layanan Pendukung', text: ['1. Layanan Pusat Data;', '2. Layanan Penggunaan Sistem Penghubung Layanan Pemerintah Daerah.'] },
        { label: 'Ketersediaan yang Dijamin', text: ['90 %'] },
        {
          label: 'Outcome',
          text: [
            'Perangkat Daerah di lingkup Pemerintah Provinsi Kepulauan Bangka Belitung dapat membangun aplikasi dalam mendukung pelaksanaan kegiatan operasional maupun pengambilan keputusan.',
          ],
        },
      ],
    },
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
      note: 'Pilihan: Waktu "3 jam" tertulis pada langkah User OPD; dipertahankan, dan karena langkah ini milik pemohon, waktunya tidak dihitung terhadap SLA Diskominfo (requesterTime). Output "Email, Surat, Telepon, Chat, Portal" adalah saluran pengajuan (salah satu), dicatat sebagai satu butir data oleh pengajuan itu sendiri (by: act). Kolom Kelengkapan baris 1 kosong, tetapi Surat Permohonan yang diminta langkah disposisi sesudahnya (yang hanya meneruskan) wajib dibawa saat pengajuan.',
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
      kelengkapan: [suratPermohonan, { key: 'disposisi-kadis', label: 'disposisi kadis' }, { key: 'disposisi-kabid', label: 'disposisi kabid eGotik' }],
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
      note: 'Pilihan: baris 5 memuat tiga tindak lanjut dengan Kelengkapan, Waktu dan Output masing-masing; dipecah menjadi langkah pemilih layanan ini (tanpa Waktu) dan tiga langkah bernomor 5 sesuai data permohonan "layanan".',
    },
    {
      id: 'pembuatan-rekomendasi',
      no: '5',
      description: 'Petugas service desk melakukan tindak lanjut: pembuatan rekomendasi',
      actor: 'service-desk',
      kelengkapan: [{ key: 'layanan-rekomendasi', label: 'Pembuatan rekomendasi', kind: 'data', optional: true }, formulirLayanan],
      waktu: '3-5 hari kerja',
      outputs: [catatan],
      next: 'pembuatan-laporan',
      note: 'Pembuatan rekomendasi dari kajian kebutuhan dan perencanaan serta rancang bangun aplikasi (SLA butir 2.a: 3 s.d. 5 hari kerja). Pilihan: isi kolom Kelengkapan menyebut layanan yang diminta; dicatat sebagai data yang tidak menghalangi penyelesaian langkah. Formulir Layanan Pembangunan Aplikasi wajib ada sebelum tindak lanjut ini selesai, karena Persyaratan Layanan pada Katalog Layanan meminta formulir layanan diisi; tabel SOP tidak mencetaknya.',
    },
    {
      id: 'hosting-integrasi',
      no: '5',
      description: 'Petugas service desk melakukan tindak lanjut: pemberian hosting domain dan pengintegrasian',
      actor: 'service-desk',
      kelengkapan: [{ key: 'layanan-hosting-integrasi', label: 'Pemberian hosting domain dan pengintegrasian', kind: 'data', optional: true }, formulirLayanan],
      waktu: '1-5 hari kerja',
      sla: { waktu: '1-3 hari kerja', source: 'Katalog Layanan SC - 04/EGOTIK/2023, SLA butir 2.b' },
      outputs: [catatan],
      next: 'pembuatan-laporan',
      note: 'Pilihan: tabel SOP menulis 1-5 hari kerja untuk baris ini dan dicetak demikian; SLA dihitung 1-3 hari kerja menurut Katalog Layanan (butir 2.b "Pemberian hosting domain dan pengintegrasian pada implementasi aplikasi selama 1-3 hari kerja"), janji layanan yang lebih ketat dari kedua dokumen, dan dokumen mencetak catatan kaki tentang selisih itu. Isi kolom Kelengkapan menyebut layanan yang diminta; dicatat sebagai data yang tidak menghalangi penyelesaian langkah. Formulir Layanan Pembangunan Aplikasi wajib ada sebelum tindak lanjut ini selesai, karena Persyaratan Layanan pada Katalog Layanan meminta formulir layanan diisi; tabel SOP tidak mencetaknya.',
    },
    {
      id: 'uji-kelaikan',
      no: '5',
      description: 'Petugas service desk melakukan tindak lanjut: pengujian kelaikan',
      actor: 'service-desk',
      kelengkapan: [
        { key: 'layanan-uji-kelaikan', label: 'Pengujian kelaikan', kind: 'data', optional: true },
        { key: 'formulir-uji-kelayakan', label: 'Formulir Layanan Uji Kelayakan Aplikasi', printed: false },
      ],
      waktu: '1-5 hari kerja',
      outputs: [
        catatan,
        { key: 'formulir-vulnerability-assessment', label: 'Hasil Uji Kerentanan (Vulnerability Assessment) dan Uji Beban', optional: true, printed: false },
      ],
      next: 'pembuatan-laporan',
      note: 'Pengujian kelaikan pada aplikasi berbasis website sesuai prosedur pengujian (SLA butir 2.c: 1-5 hari kerja; Formulir Layanan Uji Kelayakan Aplikasi dan Formulir Vulnerability Assesment). Pilihan: isi kolom Kelengkapan menyebut layanan yang diminta; dicatat sebagai data yang tidak menghalangi penyelesaian langkah. Formulir Layanan Uji Kelayakan Aplikasi (permintaan pengujian dari OPD) wajib ada sebelum pengujian selesai; hasil uji kerentanan dan uji beban diisi petugas pada formulir vulnerability assessment bersama Catatan, tidak wajib. Keduanya dari Katalog Layanan dan tidak dicetak pada tabel SOP.',
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
