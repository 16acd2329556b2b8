import type { SopDefinition } from '../sop-definition.js';

/**
 * Diskominfotik Sumatera Barat, Pedoman Teknis Layanan Aplikasi Satu Pintu (ASAP): the
 * 12 Tahapan of a request to build an application. The seed has only No, Tahapan and
 * Keterangan: each stage's actor is read from its text (noted per step), and there is no
 * Waktu, so no step has a time limit.
 */
export const sumbarAsap: SopDefinition = {
  schemaVersion: 1,
  id: 'sumbar-asap',
  version: '1',
  name: 'Layanan Aplikasi Satu Pintu (ASAP): Permintaan Pembangunan Aplikasi',
  office: 'Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat',
  source:
    'Pedoman Teknis Layanan Aplikasi Satu Pintu (ASAP), Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat, bagian 2. Tahapan dan 3. Persyaratan Permintaan Pembangunan Aplikasi (tanpa nomor dan tanggal)',
  document: {
    heading: ['PEDOMAN TEKNIS', 'LAYANAN APLIKASI SATU PINTU (ASAP)'],
    introduction: {
      description: [
        'a. Prosedur permintaan pembangunan aplikasi merupakan panduan yang digunakan sebagai acuan bagi pemohon/OPD lingkup Pemerintah Provinsi Sumatera Barat dalam melakukan aktifitas permintaan terkait pembangunan aplikasi.',
        'b. Permintaan pembangunan aplikasi adalah aktifitas yang dilakukan OPD yang akan menggunakan aplikasi untuk memberikan pengajuan kepada Dinas Komunikasi, Informatika dan Statistik.',
        'c. Aktifitas pembangunan yang dilakukan adalah pembangunan dari awal, pengembangan dalam bentuk penambahan fitur serta perubahan yang bersifat major dari sistem yang sudah ada.',
      ],
      purpose: [
        'Memberikan kejelasan baik untuk OPD maupun Dinas Komunikasi, Informatika dan Statistik sebagai pelaksana terkait alur proses permintaan pembangunan aplikasi, sehingga OPD dan pelaksana dapat melakukan aktifitas permintaan pembangunan dengan lebih teratur, efektif dan efisien.',
      ],
      benefits: [
        '1. Meningkatkan efisiensi dalam pembangunan aplikasi',
        '2. Mempercepat proses penyelesaian aplikasi, serta kejelasan dalam tugas dan fungsi masing pemohon/OPD maupun pelaksana.',
      ],
    },
  },
  calendar: 'sumbar-asap',
  roles: [
    {
      id: 'opd',
      name: 'Pemohon/OPD',
      kind: 'requester',
      description: 'OPD lingkup Pemerintah Provinsi Sumatera Barat yang akan menggunakan aplikasi dan mengajukan permintaan pembangunan aplikasi.',
    },
    {
      id: 'seksi-pengendalian',
      name: 'Bagian Pengendalian dan Pemberdayaan Informatika',
      kind: 'staff',
      description:
        'Melakukan analisa awal permohonan (tahap 2) dan penyelesaian administrasi (tahap 12; di sana ditulis "bagian Pengendalian Pemberdayaan Informatika").',
    },
    {
      id: 'pic',
      name: 'PIC / Koordinator Pelaksana',
      kind: 'staff',
      description:
        'PIC / Koordinator tim Dinas (pelaksana, menurut Tujuan pedoman) yang terlibat dalam pembahasan awal dan pembahasan teknis; berbeda dengan PIC yang ditunjuk oleh OPD pada tahap 9.',
    },
    { id: 'system-analyst', name: 'System Analyst', kind: 'staff' },
    { id: 'it-support', name: 'Tim IT Support', kind: 'staff', description: 'Ditulis "IT Support" pada tahap 3 dan 4.' },
    { id: 'programmer', name: 'Programmer', kind: 'staff' },
    { id: 'network-admin', name: 'Network Administrator', kind: 'staff' },
    { id: 'aplikasi-sekuriti', name: 'Application Security', kind: 'staff' },
  ],
  steps: [
    {
      id: 'permohonan',
      no: '1',
      description: 'Surat Permohonan Permintaan Pembangunan Aplikasi',
      actor: 'opd',
      kelengkapan: [
        { key: 'surat-permohonan', label: 'Surat Permohonan Permintaan Pembangunan Aplikasi' },
        { key: 'kak', label: 'Kerangka Acuan Kerja (KAK)' },
        { key: 'perangkat-yang-digunakan', label: 'Perangkat yang digunakan', kind: 'data' },
      ],
      requesterTime: true,
      next: 'analisis-awal',
      keterangan:
        'Surat resmi permohonan permintaan pembangunan aplikasi ke Dinas Komunikasi, Informatika dan Statistik dilengkapi dengan KAK yang berisi gambaran aplikasi yang dibutuhkan.',
      note: 'Pilihan: pelaksana adalah Pemohon/OPD (Pendahuluan b: permintaan adalah aktifitas yang dilakukan OPD); Kelengkapan diambil dari bagian 3. Persyaratan Permintaan Pembangunan Aplikasi (a. surat permohonan kepada Kepala Dinas dengan narahubung, b. KAK, c. perangkat yang digunakan; butir c terpotong pada sumber dan dicatat sebagai data).',
    },
    {
      id: 'analisis-awal',
      no: '2',
      description: 'Melakukan Analisa Awal Permohonan Permintaan Pembangunan Aplikasi',
      actor: 'seksi-pengendalian',
      next: 'pembahasan-awal',
      keterangan:
        'Analisa awal yang dilakukan oleh bagian Pengendalian dan Pemberdayaan Informatika yang akan disesuaikan dengan Arsitektur dan Peta Rencana SPBE Provinsi Sumatera Barat.',
      note: 'Pilihan: pelaksana diambil dari Keterangan (bagian Pengendalian dan Pemberdayaan Informatika).',
    },
    {
      id: 'pembahasan-awal',
      no: '3',
      description: 'Melakukan Pembahasan Awal Permintaan Aplikasi',
      actor: 'pic',
      participants: ['system-analyst', 'it-support', 'opd'],
      next: 'pembahasan-teknis',
      keterangan:
        'Dinas Komunikasi, Informatika dan Statistik akan mengundang Pemohon/OPD untuk melakukan pembahasan awal tentang aplikasi yang dibutuhkan. Berikut tim yang terlibat dalam pembahasan : 1. PIC / Koordinator 2. System Analyst 3. IT Support',
      note: 'Pilihan: PIC / Koordinator memimpin pembahasan; System Analyst, IT Support dan Pemohon/OPD ikut serta.',
    },
    {
      id: 'pembahasan-teknis',
      no: '4',
      description: 'Melakukan Pembahasan Teknis terkait teknologi dan infrastruktur yang digunakan.',
      actor: 'pic',
      participants: ['system-analyst', 'it-support', 'programmer', 'network-admin'],
      next: 'pembangunan',
      keterangan:
        'Hasil dari pembahasan bersama pemohon/OPD akan di bahas dalam tim teknis yang telah ditugaskan, diantaranya : 1. PIC / Koordinator 2. System Analyst 3. IT Support 4. Programmer 5. Network Administrator',
      note: 'Pilihan: PIC / Koordinator memimpin tim teknis; anggota lain ikut serta.',
    },
    {
      id: 'pembangunan',
      no: '5',
      description: 'Melakukan proses pembangunan aplikasi',
      actor: 'programmer',
      next: 'pengujian-it-support',
      keterangan:
        'Dilakukan pembangunan aplikasi dalam jangka waktu sesuai dengan tingkat kekompleksan aplikasi. Tertuang dalam SOP khusus pembangunan aplikasi.',
      note: 'Pilihan: pelaksana adalah Programmer (anggota tim teknis tahap 4 yang membangun aplikasi); tanpa Waktu karena jangka waktunya diatur SOP khusus pembangunan aplikasi.',
    },
    {
      id: 'pengujian-it-support',
      no: '6',
      description: 'Melakukan proses pengujian IT Support',
      actor: 'it-support',
      next: 'pengujian-keamanan',
      keterangan: 'Aplikasi yang telah selesai akan dilakukan pengujian oleh tim IT Support sesuai dengan prosedur kebutuhan aplikasi.',
      note: 'Pilihan: pelaksana diambil dari Keterangan (tim IT Support).',
    },
    {
      id: 'pengujian-keamanan',
      no: '7',
      description: 'Melakukan proses pengujian Application Security',
      actor: 'aplikasi-sekuriti',
      next: 'penyerahan-hasil-pengembangan',
      keterangan:
        'Aplikasi yang selanjutnya akan diuji oleh Application Security tentang kerentanan aplikasi, baik itu dari segi source code maupun faktor eksternal lainnya.',
      note: 'Pilihan: pelaksana diambil dari Keterangan (Application Security).',
    },
    {
      id: 'penyerahan-hasil-pengembangan',
      no: '8',
      description: 'Memberikan hasil pengembangan aplikasi ke OPD',
      actor: 'pic',
      participants: ['opd'],
      next: 'uat-bimtek',
      keterangan: 'Penyelesaian aplikasi selanjutnya akan diinformasikan ke pemohon/OPD masih dalam versi development.',
      note: 'Pilihan: sumber tidak menyebut siapa yang menginformasikan; dipilih PIC / Koordinator tim, dengan Pemohon/OPD sebagai penerima.',
    },
    {
      id: 'uat-bimtek',
      no: '9',
      description: 'Melakukan User Acceptance Testing (UAT) beserta Bimbingan Teknis Penggunaan Aplikasi',
      actor: 'opd',
      participants: ['pic'],
      requesterTime: true,
      next: 'transfer-knowledge',
      keterangan: 'Pemohon/OPD dan Pelaksana akan melakukan pengujian dengan pengguna disertai dengan bimbingan teknis dengan PIC yang ditunjuk oleh OPD.',
      note: 'Pilihan: pelaksana adalah Pemohon/OPD (pengujian penerimaan oleh pengguna, dengan PIC yang ditunjuk OPD); "Pelaksana" (Dinas) diwakili PIC / Koordinator Pelaksana sebagai peserta yang memberi bimbingan teknis.',
    },
    {
      id: 'transfer-knowledge',
      no: '10',
      description: 'Transfer knowledge dari Programmer ke Network Administrator',
      actor: 'programmer',
      participants: ['network-admin'],
      next: 'release-production',
      keterangan: 'Programmer dan Network Administrator akan melakukan diskusi untuk Transfer Knowledge dan mengupload ke server production.',
      note: 'Pilihan: Programmer sebagai pelaksana (pemberi pengetahuan), Network Administrator ikut serta.',
    },
    {
      id: 'release-production',
      no: '11',
      description: 'Release aplikasi ke production',
      actor: 'network-admin',
      next: 'penyelesaian-administrasi',
      keterangan: 'Aplikasi sudah bisa digunakan.',
      note: 'Pilihan: sumber tidak menyebut pelaksana; dipilih Network Administrator, yang menurut tahap 10 mengupload aplikasi ke server production.',
    },
    {
      id: 'penyelesaian-administrasi',
      no: '12',
      description: 'Penyelesaian Adminstrasi Permintaan Pembangunan Aplikasi',
      actor: 'seksi-pengendalian',
      participants: ['opd'],
      outputs: [
        { key: 'dokumentasi-sistem', label: 'Dokumentasi Aplikasi' },
        { key: 'dokumen-pengujian', label: 'Dokumen Pengujian' },
        { key: 'berita-acara-serah-terima', label: 'Berita Acara Serah Terima Aplikasi' },
      ],
      end: true,
      keterangan:
        'Pemohon/OPD akan diinformasikan terkait aplikasi yang telah selesai melalui bagian Pengendalian Pemberdayaan Informatika, disertai dengan : 1. Dokumentasi Aplikasi 2. Dokumen Pengujian 3. Berita Acara Serah Terima Aplikasi',
      note: 'Pilihan: pelaksana adalah bagian Pengendalian dan Pemberdayaan Informatika (sama dengan tahap 2), Pemohon/OPD sebagai penerima; ketiga dokumen yang menyertai pemberitahuan dicatat sebagai Output.',
    },
  ],
};
