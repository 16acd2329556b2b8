import type { SopDefinition, SopItem } from '../sop-definition.js';

const aplikasiProjectManagement: SopItem = { key: 'aplikasi-project-management', label: 'Aplikasi Project Managemen' };
const rencana: SopItem[] = [
  { key: 'jadwal-pengembangan', label: 'Jadwal Pengembangan Aplikasi', kind: 'data' },
  { key: 'mockup', label: 'Mockup' },
  { key: 'alur-bisnis', label: 'Alur Bisnis' },
  { key: 'dokumen-analisis', label: 'Dokumen Analisis' },
];
const hasilPengembangan: SopItem[] = [
  { key: 'aplikasi', label: 'Aplikasi' },
  { key: 'dokumentasi-hasil-analisis', label: 'Dokumentasi dan Hasil Analisis' },
  { key: 'dokumentasi-pengembangan', label: 'Dokumentasi Pengembangan' },
  { key: 'dokumentasi-pengujian', label: 'Dokumentasi Pengujian' },
  { key: 'petunjuk-instalasi', label: 'Petunjuk Instalasi' },
  { key: 'petunjuk-penggunaan', label: 'Petunjuk penggunaan' },
];

/**
 * Biro Pengadaan Barang dan Jasa (LPSE) Provinsi Kalimantan Barat, SOP "Pengembangan
 * Aplikasi": 10 rows with two decisions (the technical team's response to the plan and to
 * the result). The actor cells are almost empty in the seed (only "Mulai" on row 1 and the
 * branch label "Tidak" on row 9): actors come from the text and from what each row needs,
 * noted per step. Development runs "Sesuai Jadwal", on the schedule made in row 3.
 */
export const kalbarLpse: SopDefinition = {
  schemaVersion: 1,
  id: 'kalbar-lpse',
  version: '2021-05-12',
  name: 'Pengembangan Aplikasi',
  office: 'Biro Pengadaan Barang dan Jasa Sekretariat Daerah Provinsi Kalimantan Barat, Bidang Pengelolaan LPSE',
  legalBasis: [
    'Peraturan terkait bidang IT.',
    'Undang-Undang Republik Indonesia Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan',
    'Peraturan Pemerintah Republik Indonesia Nomor 82 Tahun 2012 tentang Penyelenggaraan Sistem dan Transaksi Elektronik',
    'Permen PANRB Nomor 35 Tentang Pedoman Penyusunan Standar Operasional Prosedur Adrninistrasi Pemerintah',
  ],
  dates: { created: '2021-04-12', effective: '2021-05-12' },
  approvedBy: 'Kepala Biro Pengadaan Barang Dan Jasa, Drs. RAMMINUDIN, M.Si, NIP. 19770830 199603 1 001',
  source:
    'SOP Pengembangan Aplikasi, Sekretariat Daerah Provinsi Kalimantan Barat, Biro Pengadaan Barang dan Jasa (LPSE), dibuat 12 April 2021, efektif 12 Mei 2021 (tanpa nomor SOP)',
  document: {
    heading: ['PEMERINTAH PROVINSI KALIMANTAN BARAT', 'SEKRETARIAT DAERAH'],
    qualifications: ['ASN dengan kemampuan penguasaan Komputer'],
    equipment: ['Device / Hardware jaringan', 'Komputer', 'Software Requirement system Document', 'Sistem Informasi Managemen'],
    // Keterkaitan, Peringatan and Pencatatan dan Pendataan are empty in the seed.
    columns: ['pengguna', 'tim-teknis-lpse', 'subbag-pengembangan-sistem', 'tim-pengembang', 'kabid', 'kepala-biro'],
  },
  calendar: 'kalbar-lpse',
  roles: [
    {
      id: 'pengguna',
      name: 'Pengguna',
      kind: 'requester',
      description: 'Pengguna sistem yang akan dikembangkan (kualifikasi pelaksana: ASN dengan kemampuan penguasaan Komputer).',
    },
    {
      id: 'tim-teknis-lpse',
      name: 'Tim Teknis Bidang Pengelolaan LPSE',
      kind: 'staff',
      description: 'Ditulis "Tim Teknis Bidang Pengelola LPSE" pada langkah 9.',
    },
    { id: 'subbag-pengembangan-sistem', name: 'Subbag Pengembangan Sistem', kind: 'staff' },
    { id: 'tim-pengembang', name: 'Tim Pengembangan Sistem Informasi', kind: 'staff', description: 'Tim pengembang aplikasi ("Tim Pengembang" pada uraian).' },
    { id: 'kabid', name: 'Kepala Bidang Pengelolaan LPSE', kind: 'staff' },
    { id: 'kepala-biro', name: 'Kepala Biro', kind: 'staff', description: 'Kepala Biro Pengadaan Barang dan Jasa.' },
  ],
  steps: [
    {
      id: 'penjelasan-hasil-analisis',
      no: '1',
      description: 'Menjelaskan hasil analisis dan daftar Sistem yang akan dikembangkan, serta menyetujui untuk mengembangkan aplikasi',
      actor: 'subbag-pengembangan-sistem',
      kelengkapan: [{ key: 'laporan-hasil-analisis', label: 'Laporan Hasil analisis' }],
      waktu: '3 Hari',
      outputs: [{ key: 'perencanaan-pengembangan', label: 'Perencanaan Pengembangan Aplikasi' }],
      next: 'penyediaan-repository',
      note: 'Pilihan: "Mulai" ada di kolom Subbag Pengembangan Sistem, maka Subbag pelaksana yang menjelaskan hasil analisis dan menyetujui pengembangan. Sumber tidak menandai kolom lain pada baris ini, maka tidak ada yang ditambahkan sebagai ikut serta.',
    },
    {
      id: 'penyediaan-repository',
      no: '2',
      description: 'Menyediakan source code repository, dan menugaskan tenaga ahli sebagai tim pengembang',
      actor: 'subbag-pengembangan-sistem',
      kelengkapan: [
        aplikasiProjectManagement,
        { key: 'sourcecode-repository', label: 'Source code' },
        { key: 'tenaga-ahli', label: 'Tenaga ahli tersedia', kind: 'data' },
      ],
      waktu: '1 Hari',
      next: 'rencana-pengembangan',
      note: 'Pilihan: kolom pelaksana kosong; dipilih Subbag Pengembangan Sistem, unit yang menyediakan repository dan menugaskan tenaga ahli sebagai tim pengembang.',
    },
    {
      id: 'rencana-pengembangan',
      no: '3',
      description: 'Tim Pengembang menyusun rencana pengembangan aplikasi sesuai dengan hasil analisis',
      actor: 'tim-pengembang',
      kelengkapan: [aplikasiProjectManagement, { key: 'standar-peraturan', label: 'Standar Peraturan yang terkait' }],
      waktu: '5 Hari',
      outputs: rencana,
      next: 'presentasi-rencana',
      note: 'Pilihan: pelaksana dari uraian (Tim Pengembang = Tim Pengembangan Sistem Informasi).',
    },
    {
      id: 'presentasi-rencana',
      no: '4',
      description:
        'Tim pengembang mempresentasikan rencana pengembangan aplikasi kepada tim teknis Pengembangan Sistem berupa mock up, aplikasi sejenis yang pernah dibangun, alur bisnis dan jadwal pengerjaan',
      actor: 'tim-pengembang',
      participants: ['tim-teknis-lpse'],
      kelengkapan: rencana,
      waktu: '1 Hari',
      next: 'tanggapan-rencana',
      note: 'Pilihan: penerima presentasi ikut serta. Dua bacaan "tim teknis Pengembangan Sistem": (a) Subbag Pengembangan Sistem, unit yang bernama Pengembangan Sistem dan memegang "Mulai" di baris 1; (b) Tim Teknis Bidang Pengelolaan LPSE, satu-satunya kolom bernama tim teknis. Dipilih (b): baris 5 ("Memberikan tanggapan terhadap rencana pengembangan aplikasi") sejajar kata demi kata dengan baris 9 ("Tim Teknis Bidang Pengelola LPSE memberikan tanggapan terhadap hasil pengembangan aplikasi"), sehingga penanggap rencana dan penanggap hasil adalah tim yang sama; Subbag adalah unit struktural, bukan tim teknis, dan sudah menyetujui pengembangan di baris 1, sehingga menanggapi rencana lagi tidak menambah pemeriksaan.',
    },
    {
      id: 'tanggapan-rencana',
      no: '5',
      description:
        'Memberikan tanggapan terhadap rencana pengembangan aplikasi. Jika menyetujui, tim pengembang melanjutkan dengan proses pengembangan aplikasi, Jika tidak menyetujui, tim pengembang menyusun ulang rencana pengembangan aplikasi',
      actor: 'tim-teknis-lpse',
      kelengkapan: rencana,
      waktu: '1 Hari',
      outputs: [{ key: 'tanggapan-rencana', label: 'Tanggapan atas rencana pengembangan Aplikasi', by: 'act' }],
      decision: {
        question: 'Apakah Tim Teknis menyetujui rencana pengembangan aplikasi?',
        yes: 'pengembangan',
        no: 'rencana-pengembangan',
        yesLabel: 'Ya',
        noLabel: 'Tidak',
      },
      note: 'Pilihan: kolom pelaksana kosong; yang menanggapi adalah penerima presentasi langkah 4. Dua bacaan "tim teknis Pengembangan Sistem": (a) Subbag Pengembangan Sistem, unit yang bernama Pengembangan Sistem dan memegang "Mulai" di baris 1; (b) Tim Teknis Bidang Pengelolaan LPSE, satu-satunya kolom bernama tim teknis. Dipilih (b): baris 5 ("Memberikan tanggapan terhadap rencana pengembangan aplikasi") sejajar kata demi kata dengan baris 9 ("Tim Teknis Bidang Pengelola LPSE memberikan tanggapan terhadap hasil pengembangan aplikasi"), sehingga penanggap rencana dan penanggap hasil adalah tim yang sama; Subbag adalah unit struktural, bukan tim teknis, dan sudah menyetujui pengembangan di baris 1, sehingga menanggapi rencana lagi tidak menambah pemeriksaan. Tim teknis ini bagian dari Biro, bukan pemohon, sehingga waktunya dihitung.',
    },
    {
      id: 'pengembangan',
      no: '6',
      description: 'Proses Pengembangan aplikasi oleh Tim Pengembang',
      actor: 'tim-pengembang',
      kelengkapan: [aplikasiProjectManagement, { key: 'sourcecode-repository', label: 'Sourcecode Repository' }],
      waktu: 'Sesuai Jadwal',
      scheduleFrom: 'jadwal-pengembangan',
      outputs: hasilPengembangan,
      next: 'presentasi-hasil',
      note: 'Pilihan: "Sesuai Jadwal" berarti batas waktu diambil dari Jadwal Pengembangan Aplikasi, keluaran langkah 3.',
    },
    {
      id: 'presentasi-hasil',
      no: '7',
      description:
        'Mempresentasikan hasil aplikasi yang sudah dibangun/dikembangkan dengan menyertakan hasil pengujian antara lain berupa : UAT, penetration testing, Usability testing, Petunjuk pengguna, system requirement, petunjuk instalasi.',
      actor: 'tim-pengembang',
      participants: ['tim-teknis-lpse'],
      kelengkapan: hasilPengembangan,
      waktu: '1 Hari',
      next: 'instalasi-pengujian',
      note: 'Pilihan: kolom pelaksana kosong; Tim Pengembangan Sistem Informasi mempresentasikan hasilnya, Tim Teknis Bidang Pengelolaan LPSE ikut serta (seperti langkah 4).',
    },
    {
      id: 'instalasi-pengujian',
      no: '8',
      description: 'Mejakukan instalasi dan testing aplikasi dan membandingkan dengan hasil presentasi sebelumnya',
      actor: 'tim-teknis-lpse',
      kelengkapan: hasilPengembangan,
      waktu: '3 Hari',
      outputs: [{ key: 'laporan-instalasi-testing', label: 'Laporan Hasil Instalasi dan Testing' }],
      next: 'tanggapan-hasil',
      note: 'Pilihan: kolom pelaksana kosong; dipilih Tim Teknis Bidang Pengelolaan LPSE, yang membandingkan hasil instalasi dengan presentasi sebelumnya lalu menanggapinya pada langkah 9.',
    },
    {
      id: 'tanggapan-hasil',
      no: '9',
      description: 'Tim Teknis Bidang Pengelola LPSE memberikan tanggapan terhadap hasil pengembangan aplikasi',
      actor: 'tim-teknis-lpse',
      kelengkapan: [{ key: 'laporan-instalasi-testing', label: 'Laporan hasil instalasi dan testing' }],
      waktu: '1 Hari',
      outputs: [{ key: 'tanggapan-hasil', label: 'Tanggapan atas hasil pengembangan aplikasi', by: 'act' }],
      decision: {
        question: 'Apakah Tim Teknis menyetujui hasil pengembangan aplikasi?',
        yes: 'laporan-akhir',
        no: 'pengembangan',
        yesLabel: 'Ya',
        noLabel: 'Tidak',
      },
      note: 'Pilihan: label "Tidak" (tertulis di kolom Pengguna) adalah cabang keputusan kembali ke proses pengembangan (langkah 6); jika disetujui lanjut ke langkah 10.',
    },
    {
      id: 'laporan-akhir',
      no: '10',
      description: 'Membuat laporan hasil pekerjaan',
      actor: 'tim-pengembang',
      waktu: '2 Hari',
      outputs: [{ key: 'laporan-akhir', label: 'Laporan Akhir' }],
      end: true,
      note: 'Pilihan: kolom pelaksana kosong; Tim Pengembangan Sistem Informasi membuat laporan hasil pekerjaannya. Penerima Laporan Akhir tidak disebut dan kolomnya tidak ditandai, maka tidak ada yang ditambahkan sebagai ikut serta.',
    },
  ],
};
