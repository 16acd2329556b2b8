import type { SopDefinition, SopItem } from '../sop-definition.js';

const suratPermohonan: SopItem = { key: 'surat-permohonan', label: 'Surat Permohonan Pembuatan Aplikasi' };
const disposisi: SopItem = { key: 'disposisi', label: 'Disposisi Dinas' };
const sourcecodeRepository: SopItem = { key: 'sourcecode-repository', label: 'Sourcecode Repository' };
const rencana: SopItem[] = [
  { key: 'jadwal-pengembangan', label: 'Jadwal Pengembangan Aplikasi', kind: 'data' },
  { key: 'alur-bisnis', label: 'Alur Bisnis' },
  { key: 'dokumen-analisis', label: 'Dokumen analisis' },
];
const hasilPengembangan: SopItem[] = [
  { key: 'aplikasi', label: 'Aplikasi' },
  { key: 'dokumentasi-hasil-analisis', label: 'Dokumentasi dan hasil analisis' },
  { key: 'dokumentasi-pengembangan', label: 'Dokumentasi pengembangan' },
  { key: 'dokumentasi-pengujian', label: 'Dokumentasi Pengujian' },
  { key: 'petunjuk-instalasi', label: 'Petunjuk Instalasi' },
  { key: 'petunjuk-penggunaan', label: 'Petunjuk Penggunaan' },
  { key: 'dokumentasi-api', label: 'Dokumentasi API' },
];
const laporanInstalasi: SopItem = { key: 'laporan-instalasi-testing', label: 'Laporan hasil instalasi dan testing' };

/**
 * DKIST Kabupaten Sumbawa, SOP 555/568/DKIST/2021 "Layanan Permohonan Pembuatan Aplikasi":
 * 17 rows with three decisions (availability of infrastructure, SDM and budget; the OPD
 * technical team's response to the plan and to the result). The "Pelaksanaan 1 2 3 4"
 * columns carry only the flowchart labels (Mulai, ya/tidak, Selesai): actors come from each
 * row's text and the Kualifikasi Pelaksana list.
 */
export const sumbawa: SopDefinition = {
  schemaVersion: 1,
  id: 'sumbawa',
  version: '2021-12-02',
  name: 'Layanan Permohonan Pembuatan Aplikasi',
  office: 'Dinas Komunikasi Informatika Statistik dan Persandian Kabupaten Sumbawa, Bidang Teknologi Informasi',
  number: '555/568/DKIST/2021',
  legalBasis: [
    'Undang-undang Nomor 11 Tahun 2008 tentang Infomasi dan Transaksi Elektronik',
    'Undang-undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
    'PP Nomor 61 Tahun 2010 tentang Pelaksanaan UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
    'PP Nomor 82 Tahun 2012 tentang Penyelenggaraan Sistem dan Transaksi Elektronik',
    'Instruksi Presiden Nomor 6 Tahun 2001 tentang Pengembangan dan Pendencygunaan Telematika di Indonesia',
    'Peraturan Menteri Negara Aparatur Negara Nomor PER/21M.PAN/11/2008 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan',
    'Pemendagri Nomor 35 Tahun 2010 tentang Pedoman Pelaksanaan Pengelolaan Pelayanan Informasi dan Dokumentasi di Lingkungan Pemerintah Pusat dan Pemerintah Daerah',
    'Peraturan Menteri Komunikasi dan Informatika Nomor 10 Tahun 2010 tentang Pedoman Pengelolaan Informasi dan Dokumentasi di Lingkungan Komunikasi dan Informatika',
    'Peraturan Menteri Komunikasi dan Informatika Nomor 23 Tahun 2013 tentang Pengelolaan Nama Domain',
    'Peraturan Menteri Komunikasi dan Informatika Nomor 5 Tahun 2015 tentang Registrasi Nama Domain Instansi Penyelenggara Negara',
    'Peraturan Komisi Informasi Republik Indonesia Nomor 1 Tahun 2010 tentang Standar Layanan Informasi Publik',
    'Peraturan Bupati Nomor 44 Tahun 2019 tentang Sitem Pemerintahan Berbasis Elektronik Dalam Penyelenggaraan Pemerintah Daerah',
    'Peraturan Bupati Nomor 65 Tahun 2020 tentang Kedudukan, Struktur Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Komunikasi Informatika Statistik dan Persandian Kabupaten Sumbawa',
  ],
  dates: { created: '2021-11-30', effective: '2021-12-02' },
  approvedBy: 'Kepala Dinas Komunikasi Informatika Statistik dan Persandian',
  source:
    'SOP Layanan Permohonan Pembuatan Aplikasi, Dinas Komunikasi Informatika Statistik dan Persandian Kabupaten Sumbawa, Nomor SOP 555/568/DKIST/2021, dibuat 30 November 2021, efektif 2 Desember 2021',
  document: {
    heading: ['PEMERINTAH KABUPATEN SUMBAWA', 'DINAS KOMUNIKASI INFORMATIKA STATISTIK DAN PERSANDIAN', 'BIDANG TEKNOLOGI INFORMASI'],
    qualifications: [
      'Kepala Dinas Komunikasi Informatika Statistik dan Persandian',
      'Kepala Bidang Teknologi Informasi',
      'Kepala Seksi Aplikasi dan E-Government',
      'Tim Pengembang Aplikasi Dinas Komunikasi Informatika Statistik dan Persandian: Adalah Tim Pengembang Diskominfo yang terdiri dari ASN dan/atau Pegawai Tidak Tetap dan/atau Tenaga Konsultan dengan latar belakang pendidikan dan keahlian nya sesuai bidang tugas nya (IT Project Manager, Programmer, System Analyst, Multimedia Designer)',
    ],
    related: ['SOP Pengembangan Aplikasi Oleh Diskominfo'],
    // The seed lists these in one run without separators; split where each item begins.
    equipment: [
      'Server',
      'Perangkat Komputer',
      'Jaringan Internet',
      'Perangkat Pencetakan',
      'Fax/Telepon',
      'Formulir',
      'ATK',
      'Aplikasi/Sistem Pengelolaan DNS dan Wiki',
    ],
    warnings: ['Pencatatan dan Pendokumentasian yang tidak lengkap akan mengakibatkan kegagalan dalam pengawasan pengembangan dan integrasi aplikasi'],
    records: ['Pencatatan dan pendataan dilakukan dengan menggunakan aplikasi yang tersedia (wiki, project management, database) dan/atau pencatatan manual'],
  },
  calendar: 'sumbawa',
  roles: [
    { id: 'opd', name: 'OPD', kind: 'requester', description: 'OPD yang akan dibuatkan aplikasi (pihak pemohon).' },
    { id: 'kadis', name: 'Kepala Dinas Komunikasi Informatika Statistik dan Persandian', kind: 'staff' },
    {
      id: 'kabid',
      name: 'Kepala Bidang Teknologi Informasi',
      kind: 'staff',
      description: 'Ditulis "Kepala Bidang", "Kepala Bidang TI" atau "Bidang TI" pada uraian.',
    },
    { id: 'kasi', name: 'Kepala Seksi Aplikasi dan E-Government', kind: 'staff', description: 'Ditulis "Kepala Seksi Aplikasi & E-Government" pada uraian.' },
    {
      id: 'tim-pengembang',
      name: 'Tim Pengembang Aplikasi Dinas Komunikasi Informatika Statistik dan Persandian',
      kind: 'staff',
      description:
        'Tim Pengembang Aplikasi Kominfo: Tim Pengembang Diskominfo yang terdiri dari ASN dan/atau Pegawai Tidak Tetap dan/atau Tenaga Konsultan dengan latar belakang pendidikan dan keahlian nya sesuai bidang tugas nya (IT Project Manager, Programmer, System Analyst, Multimedia Designer).',
    },
    {
      id: 'tim-teknis-opd',
      name: 'Tim Teknis OPD',
      kind: 'requester',
      description: 'Tim Teknis dari OPD terkait yang menanggapi rencana dan hasil pengembangan.',
    },
  ],
  steps: [
    {
      id: 'permohonan',
      no: '1',
      description: 'Surat Permohonan Masuk dari OPD yang akan dibuatkan aplikasi',
      actor: 'opd',
      kelengkapan: [suratPermohonan],
      outputs: [{ key: 'lembar-disposisi', label: 'Disposisi Dinas', by: 'act' }],
      requesterTime: true,
      next: 'disposisi-kadis',
      note: 'Pilihan: Output "Disposisi Dinas" pada langkah OPD dibaca sebagai lembar disposisi yang menyertai surat masuk (kunci lembar-disposisi), dicatat oleh pengajuan itu sendiri (by: act), bukan diunggah OPD; disposisi yang diisi Kepala Dinas dan Kepala Bidang memakai kunci disposisi dan dicatat oleh DISPOSE.',
    },
    {
      id: 'disposisi-kadis',
      no: '2',
      description: 'Kepala Dinas mendisposisikan surat ke Kepala Bidang TI',
      actor: 'kadis',
      kind: 'disposition',
      kelengkapan: [suratPermohonan],
      waktu: '1 Hari Kerja',
      outputs: [disposisi],
      next: 'disposisi-kabid',
    },
    {
      id: 'disposisi-kabid',
      no: '3',
      description: 'Kepala Bidang memverifikasi dan mendisposisikan surat ke Kepala Seksi Aplikasi & E-Government',
      actor: 'kabid',
      kind: 'disposition',
      kelengkapan: [suratPermohonan],
      outputs: [disposisi],
      next: 'pembentukan-tim',
    },
    {
      id: 'pembentukan-tim',
      no: '4',
      description: 'Kepala Seksi menunjuk Staf / Tenaga Ahli Programmer sebagai pengembang aplikasi dan membentuk Tim Pengembangan Aplikasi Kominfo',
      actor: 'kasi',
      kelengkapan: [disposisi],
      outputs: [{ key: 'tim-pengembangan-aplikasi', label: 'Tim Pengembangan Aplikasi Kominfo', kind: 'data' }],
      next: 'analisis-kasi',
    },
    {
      id: 'analisis-kasi',
      no: '5',
      description:
        'Kepala Seksi Aplikasi & E-Government melakukan Analisis terhadap Aplikasi yang akan dibangun: a) kebutuhan, ruang lingkup dan cakupan aplikasi b) ketersediaan aplikasi lain yang sudah ada atau aplikasi lain yang berhubungan dan perlu diintegrasikan c) kebutuhan infrastruktur, SDM dan anggaran',
      actor: 'kasi',
      kelengkapan: [
        { key: 'dokumentasi-daftar-aplikasi', label: 'Dokumentasi daftar aplikasi' },
        { key: 'daftar-kebutuhan-aplikasi', label: 'Daftar Kebutuhan aplikasi' },
        { key: 'laporan-ketersediaan', label: 'Laporan Ketersediaan Infrastruktur, SDM dan anggaran' },
      ],
      waktu: '1 Hari Kerja',
      outputs: [{ key: 'laporan-hasil-analisis', label: 'Laporan Hasil Analisis' }],
      next: 'verifikasi-kabid',
    },
    {
      id: 'verifikasi-kabid',
      no: '6',
      description: 'Kepala Bidang TI memeriksa dan memverifikasi ketersediaan atas kebutuhan: infrastruktur, SDM dan anggaran',
      actor: 'kabid',
      kelengkapan: [
        { key: 'laporan-hasil-analisis', label: 'Laporan Hasil Analisis' },
        { key: 'laporan-ketersediaan', label: 'Laporan Ketersediaan Infrastruktur' },
        { key: 'renstra-renja-rka', label: 'Renstra, Renja, RKA' },
      ],
      outputs: [{ key: 'laporan-ketidaktersediaan', label: 'Laporan ketidakterediaan infrastruktur dan/atau SDM dan/atau anggaran', optional: true }],
      decision: {
        question: 'Apakah infrastruktur, SDM dan anggaran yang dibutuhkan tersedia?',
        yes: 'persiapan-proyek',
        no: 'laporan-ketidaktersediaan',
        yesLabel: 'ya',
        noLabel: 'tidak',
      },
      note: 'Pilihan: label "tidak" pada baris 6 menuju langkah 7 dan "ya" pada baris 7 menuju langkah 8. Output laporan ketidaktersediaan hanya dibuat pada cabang "tidak" (disusun dan dikirim ke OPD pada langkah 7), maka ditandai tidak wajib.',
    },
    {
      id: 'laporan-ketidaktersediaan',
      no: '7',
      description: 'Bidang TI membuat laporan ketidakterediaan infrastruktur dan/atau SDM dan/atau anggaran dan bersurat kepada OPD terkait',
      actor: 'kabid',
      end: true,
      note: 'Pilihan: "Bidang TI" dijalankan oleh Kepala Bidang Teknologi Informasi; OPD terkait adalah penerima surat. Permohonan berakhir di sini (tidak ada panah lanjutan dari langkah 7).',
    },
    {
      id: 'persiapan-proyek',
      no: '8',
      description:
        'Kepala Seksi Aplikasi & E-Government membuat project baru, menyediakan sourcecode repository, dan menugaskan tenaga ahli sebagai Tim Pengembang Aplikasi Kominfo',
      actor: 'kasi',
      kelengkapan: [sourcecodeRepository],
      next: 'rencana-pengembangan',
      note: 'Pilihan: "Sourcecode Repository" tertulis di kolom kelengkapan, walaupun repository itu disediakan pada langkah ini; tetap dicatat sebagai Kelengkapan (diunggah/ditautkan oleh Kepala Seksi).',
    },
    {
      id: 'rencana-pengembangan',
      no: '9',
      description:
        'Tim Pengembang Aplikasi Kominfo menyusun rencana pengembangan aplikasi dengan mengacu pada standarisasi Pembangunan dan Pengembangan TIK Pemerintah Kabupaten Sumbawa',
      actor: 'tim-pengembang',
      kelengkapan: [sourcecodeRepository, { key: 'standarisasi-tik', label: 'Standarisasi Pembangunan dan Pengembangan TIK Pemkab Sumbawa' }],
      waktu: '1 Hari Kerja',
      outputs: rencana,
      next: 'presentasi-rencana',
    },
    {
      id: 'presentasi-rencana',
      no: '10',
      description:
        'Tim Pengembang Aplikasi Kominfo mempresentasikan rencana pengembangan aplikasi kepada Tim Terkait dari OPD terkait berupa perancangan aplikasi, aplikasi sejenis yang pernah dibangun atau aplikasi yang terkait, alur bisnis, dan jadwal pengerjaan',
      actor: 'tim-pengembang',
      participants: ['tim-teknis-opd'],
      kelengkapan: rencana,
      outputs: [{ key: 'tanggapan-rencana', label: 'Tanggapan atas rencana pengembangan aplikasi', by: 'act' }],
      next: 'tanggapan-rencana',
      note: 'Pilihan: "Tim Terkait dari OPD terkait" adalah Tim Teknis OPD, ikut serta dalam presentasi. Output "Tanggapan atas rencana" adalah tanggapan Tim Teknis OPD dalam presentasi ini, bukan berkas Tim Pengembang: dicatat oleh penyelesaian presentasi (by: act); keputusannya diambil pada langkah 11.',
    },
    {
      id: 'tanggapan-rencana',
      no: '11',
      description:
        'Tim Teknis dari OPD terkait memberikan tanggapan terhadap rencana pengembangan aplikasi. Jika menyetujui, Tim Pengembang Aplikasi Kominfo melanjutkan dengan proses pengembangan aplikasi. Jika tidak menyetujui, Tim Pengembang Aplikasi Kominfo menyusun ulang rencana pengembangan aplikasi',
      actor: 'tim-teknis-opd',
      kelengkapan: rencana,
      requesterTime: true,
      decision: {
        question: 'Apakah Tim Teknis OPD menyetujui rencana pengembangan aplikasi?',
        yes: 'pengembangan',
        no: 'rencana-pengembangan',
        yesLabel: 'ya',
        noLabel: 'tidak',
      },
    },
    {
      id: 'pengembangan',
      no: '12',
      description: 'Proses pengembangan aplikasi oleh Tim Pengembang Aplikasi Kominfo',
      actor: 'tim-pengembang',
      kelengkapan: [
        { key: 'aplikasi-project-management', label: 'Aplikasi Project Management' },
        { key: 'sourcecode-repository', label: 'Sourcecode repository' },
      ],
      waktu: 'Maksimal 35 Hari Kerja',
      outputs: hasilPengembangan,
      next: 'presentasi-hasil',
    },
    {
      id: 'presentasi-hasil',
      no: '13',
      description:
        'Tim Pengembangan Aplikasi Kominfo mempresentasikan hasil aplikasi yang sudah dibangun/dikembangkan dengan menyertakan hasil pengujian antara lain berupa: usability testing, petunjuk pengguna, system requirement, petunjuk instalasi',
      actor: 'tim-pengembang',
      participants: ['tim-teknis-opd'],
      kelengkapan: hasilPengembangan,
      waktu: '1 hari',
      outputs: [laporanInstalasi],
      next: 'tanggapan-hasil',
      note: 'Pilihan: uraian tidak menyebut kepada siapa hasil dipresentasikan; Tim Teknis OPD ikut serta karena langkah 14 adalah tanggapannya atas hasil ini.',
    },
    {
      id: 'tanggapan-hasil',
      no: '14',
      description:
        'Tim Teknis OPD terkait memberikan tanggapan terhadap hasil pengembangan aplikasi, apabila Tim Teknis menyetujui maka pengembangan aplikasi telah selesai, jika tidak maka kembali ke tahap pengembangan.',
      actor: 'tim-teknis-opd',
      kelengkapan: [laporanInstalasi],
      waktu: '2 hari Kerja',
      outputs: [{ key: 'tanggapan-hasil', label: 'Tanggapan atas hasil pengembangan aplikasi', by: 'act' }],
      requesterTime: true,
      decision: {
        question: 'Apakah Tim Teknis OPD menyetujui hasil pengembangan aplikasi?',
        yes: 'laporan-tim',
        no: 'pengembangan',
        yesLabel: 'ya',
        noLabel: 'tidak',
      },
      note: 'Pilihan: Waktu "2 hari Kerja" tertulis pada langkah Tim Teknis OPD; dipertahankan sebagai batas waktu tanggapan, dan karena langkah ini milik pemohon, waktunya tidak dihitung terhadap SLA Dinas (requesterTime). Output "Tanggapan" adalah keputusan itu sendiri (ACCEPT/REJECT dengan alasannya), dicatat oleh keputusan (by: act).',
    },
    {
      id: 'laporan-tim',
      no: '15',
      description: 'Tim Pengembang Aplikasi Kominfo memberikan laporan kepada Kepala Seksi Aplikasi & E-Government',
      actor: 'tim-pengembang',
      outputs: [laporanInstalasi],
      next: 'laporan-kabid',
    },
    {
      id: 'laporan-kabid',
      no: '16',
      description: 'Kepala Bidang TI menerima laporan pembuatan aplikasi dari Kepala Seksi Aplikasi & E-Government',
      actor: 'kabid',
      participants: ['kasi'],
      kelengkapan: [laporanInstalasi],
      next: 'berita-acara-pekerjaan',
      note: 'Pilihan: pada sumber "Laporan hasil instalasi dan testing" bergeser satu tab ke kolom Waktu; dibaca sebagai Kelengkapan (laporan yang diterima Kepala Bidang), langkah ini tanpa Waktu. Kepala Seksi ikut serta sebagai penyampai laporan.',
    },
    {
      id: 'berita-acara-pekerjaan',
      no: '17',
      description:
        'Setelah semua proses selesai, Tim Pengembang Aplikasi Kominfo membuat Berita Acara Pekerjaan yang diketahui pihak pemohon (OPD) dan Kepala Dinas Kominfo',
      actor: 'tim-pengembang',
      participants: ['opd', 'kadis'],
      outputs: [{ key: 'berita-acara-pekerjaan', label: 'Berita Acara Pekerjaan' }],
      end: true,
      note: 'Pilihan: OPD dan Kepala Dinas ikut serta sebagai pihak yang mengetahui Berita Acara Pekerjaan.',
    },
  ],
  caps: [
    {
      waktu: 'Maksimal 35 Hari Kerja',
      from: 'pengembangan',
      to: 'pengembangan',
      note: 'Waktu langkah 12 "Maksimal 35 Hari Kerja": batas atas proses pengembangan aplikasi oleh Tim Pengembang Aplikasi Kominfo.',
    },
  ],
};
