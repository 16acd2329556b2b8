import type { SopDefinition } from '../sop-definition.js';

/**
 * Rows 11–13: the three cells under the TIM IT columns are the team's work products, not actor
 * marks and not Kelengkapan.
 */
const WORK_PRODUCTS =
  'Pilihan: sel baris 11–13 dibaca satu kolom ke kiri dari hitungan tab. Judul TIM IT membawahi tiga kolom dan Persyaratan mulai sesudahnya; pada baris ini kolom IT Support Management selalu kosong sedangkan sel ketiga jatuh di Persyaratan, yang di seluruh tabel hanya memuat dokumen bernomor urut ("1 Surat Permintaan Aplikasi", "3 Surat Tugas"). Dibaca bergeser, ketiga sel tepat berada di bawah tiga kolom TIM IT, dan isinya hasil kerja tim (desain database dan alur, desain tampilan, pemrograman atau logika aplikasi) yang disebut uraian baris 11. Hasil kerja itu dicetak di kolomnya seperti pada sumber, tanpa menjadikan Aplikasi Sekuriti pelaksana (tim sekuriti baru bertindak di baris 14) dan tanpa menjadikannya Kelengkapan. Pelaksana Web Programmer (web desain dan programmer menurut uraian).';

/**
 * Diskominfotik Sumatera Barat, SOP Permintaan Pembangunan/Pengembangan Aplikasi dan
 * Website: 17 rows. Actor columns: OPD | TU Kominfo | Kadis Kominfo | Bidang Aplikasi
 * Informatika (Kabid, Kasi Pengembangan Aplikasi) | Tim IT (IT Support Management, Web
 * Programmer, Aplikasi Sekuriti). The seed has no Waktu, so no step has a time limit.
 */
export const sumbarSop: SopDefinition = {
  schemaVersion: 1,
  id: 'sumbar-sop',
  version: '1',
  name: 'Permintaan Pembangunan/Pengembangan Aplikasi dan Website',
  office: 'Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat',
  approvedBy:
    'Kepala Bidang Aplikasi dan Informatika, Lizda Handayani, M.Kom., Pembina Tingkat I, IV/b, NIP. 19750121 200212 2 001 (ditandatangani secara elektronik)',
  source:
    'Standar Operasional Prosedur (SOP) Permintaan Pembangunan/Pengembangan Aplikasi dan Website, Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat (tanpa nomor dan tanggal)',
  document: {
    heading: [
      'PEMERINTAH PROVINSI SUMATERA BARAT',
      'DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK',
      'Jalan. Pramuka No. 11 A Belanti, Padang',
      'Website: https://www.diskominfotik.sumbarprov.go.id email : diskominfotik@sumbarprov.go.id',
    ],
    // Tim Database and Seksi Pengendalian Informatika act in the text (rows 5, 9, 10, 15, 16) but have no column.
    columns: [
      'opd',
      'tu',
      'kadis',
      { group: 'Bidang Aplikasi Informatika', roles: ['kabid', 'kasi'] },
      { group: 'TIM IT', roles: ['it-support', 'web-programmer', 'aplikasi-sekuriti'] },
    ],
  },
  calendar: 'sumbar-sop',
  roles: [
    { id: 'opd', name: 'OPD', kind: 'requester', description: 'Perangkat daerah yang meminta aplikasi.' },
    { id: 'tu', name: 'TU Kominfo', kind: 'staff', description: 'Tata Usaha Dinas Komunikasi, Informatika dan Statistik.' },
    { id: 'kadis', name: 'Kadis Kominfo', kind: 'staff', description: 'Kepala Dinas Komunikasi, Informatika dan Statistik.' },
    { id: 'kabid', name: 'Kabid Bidang Aplikasi Informatika', kind: 'staff', description: 'Kolom "Kabid" di bawah Bidang Aplikasi Informatika.' },
    {
      id: 'kasi',
      name: 'Kasi Pengembangan Aplikasi',
      kind: 'staff',
      description: 'Kepala Seksi Pengembangan Aplikasi, Bidang Aplikasi Informatika ("Kasi Aplikasi" pada langkah 15).',
    },
    { id: 'it-support', name: 'IT Support Management', kind: 'staff', description: 'Tim IT: Tim IT Support Management.' },
    {
      id: 'web-programmer',
      name: 'Web Programmer',
      kind: 'staff',
      description: 'Tim IT: Web Programmer; meliputi "Tim Web Desain dan Programmer" pada uraian langkah 10 dan 11.',
    },
    { id: 'aplikasi-sekuriti', name: 'Aplikasi Sekuriti', kind: 'staff', description: 'Tim IT: Aplikasi Sekuriti ("tim sekuriti" pada langkah 14).' },
    { id: 'tim-database', name: 'Tim Database', kind: 'staff', description: 'Disebut pada uraian langkah 5, 9 dan 10; tidak punya kolom di tabel.' },
    {
      id: 'seksi-pengendalian',
      name: 'Seksi Pengendalian Informatika',
      kind: 'staff',
      description: 'Disebut pada uraian langkah 15 dan 16; tidak punya kolom di tabel.',
    },
  ],
  steps: [
    {
      id: 'permohonan',
      no: '1',
      description: 'Permintaan Aplikasi dari OPD',
      actor: 'opd',
      cells: { opd: 'Surat Permintaan Aplikasi' },
      kelengkapan: [{ key: 'surat-permohonan', label: 'Surat Permintaan Aplikasi' }],
      requesterTime: true,
      next: 'pencatatan-surat',
    },
    {
      id: 'pencatatan-surat',
      no: '2',
      description: 'Surat dari OPD di catat TU Kominfo dan Diteruskan ke Kepala Dinas,',
      actor: 'tu',
      cells: { tu: 'Surat Permintaan Aplikasi' },
      kelengkapan: [{ key: 'kak', label: 'KAK dan Data' }],
      outputs: [{ key: 'arsip-surat-masuk', label: 'Arsip Surat Masuk', by: 'act' }],
      next: 'disposisi-kadis',
      note: 'Pilihan: "2 KAK dan Data" pada kolom Persyaratan adalah satu butir Kelengkapan (kunci kak) yang menyertai surat OPD saat dicatat TU, maka dibawa OPD saat pengajuan. Arsip Surat Masuk adalah pencatatan itu sendiri (by: act).',
    },
    {
      id: 'disposisi-kadis',
      no: '3',
      description: 'Kadis Kominfo Mendisposisikan Surat Ke Bidang Aplikasi Informatika',
      actor: 'kadis',
      kind: 'disposition',
      cells: { kadis: 'Surat Permintaan Aplikasi' },
      outputs: [
        { key: 'arsip', label: 'Arsip' },
        { key: 'laporan-permintaan-aplikasi', label: 'Laporan permintaan aplikasi' },
      ],
      next: 'disposisi-kabid',
      note: 'Pilihan: uraiannya "Mendisposisikan", maka langkah ini disposisi (DISPOSE dengan instruksi) walaupun kolom Output tidak memuat "Disposisi"; isian "Surat Permintaan Aplikasi" di kolom Kadis Kominfo adalah dokumen yang ditangani (dicetak di kolomnya), bukan Kelengkapan tambahan.',
    },
    {
      id: 'disposisi-kabid',
      no: '4',
      description: 'Kabid. Bidang Aplikasi Informatika Mendisposisikan Surat Ke Seksi Pengembangan Aplikasi',
      actor: 'kabid',
      kind: 'disposition',
      participants: ['kasi'],
      cells: { kabid: 'Disposisi', kasi: 'Disposisi' },
      outputs: [
        { key: 'arsip', label: 'Arsip' },
        { key: 'laporan-permintaan-aplikasi', label: 'Laporan permintaan aplikasi' },
        { key: 'surat-tugas', label: 'surat tugas', by: 'actor' },
      ],
      next: 'penugasan-tim',
      note: 'Pilihan: sel "Disposisi" ada di kolom Kabid dan Kasi Pengembangan Aplikasi; Kabid pelaksana, Kasi ikut serta sebagai penerima disposisi. Langkah ini disposisi (DISPOSE dengan instruksi): Arsip dan Laporan permintaan aplikasi dicatat oleh disposisi itu, sedangkan surat tugas adalah surat tersendiri yang dilampirkan Kabid bersama DISPOSE (by: actor).',
    },
    {
      id: 'penugasan-tim',
      no: '5',
      description:
        'Kasi Pengembangan Aplikasi Meneruskan Surat Kepada Tim Yang ditugaskan mengerjakan Aplikasi dan mengaskan Tim database untuk analisa awal alur dan proses bisnis aplikasi',
      actor: 'kasi',
      kelengkapan: [{ key: 'surat-tugas', label: 'Surat Tugas' }],
      next: 'rapat-proses-bisnis',
      note: 'Pilihan: tidak ada kolom pelaksana yang terisi; pelaksana Kasi Pengembangan Aplikasi sesuai uraian. "3 Surat Tugas" adalah Kelengkapan dan sama dengan surat tugas keluaran langkah 4.',
    },
    {
      id: 'rapat-proses-bisnis',
      no: '6',
      description:
        'OPD di undang untuk rapat membahas alur dan proses bisnis aplikasi dengan Membawa Kerangka Acuan Kerja (KAK) dan data-data yang dibutuhkan untuk membangun aplikasi, serta membuat surat pernyataan penggunaan aplikasi',
      actor: 'kasi',
      participants: ['opd', 'tim-database'],
      cells: { opd: 'KAK, Data dan Surat Pernyataan' },
      outputs: [
        { key: 'notulen', label: 'Notulen' },
        { key: 'dokumentasi-rapat', label: 'Dokumentasi Rapat' },
        { key: 'hasil-analisa-aplikasi', label: 'Hasil Analisa Aplikasi' },
      ],
      next: 'analisis-kebutuhan',
      note: 'Pilihan: rapat ini diadakan Dinas ("OPD di undang"): Kasi Pengembangan Aplikasi, yang pada langkah 5 menugaskan Tim Database menganalisa alur dan proses bisnis, pelaksana; OPD dan Tim Database ikut serta. Isian kolom OPD, "KAK, Data dan Surat Pernyataan", adalah yang dibawa OPD ke rapat dan dicetak di kolom OPD seperti pada sumber; kolom Persyaratan kosong, sehingga tidak dijadikan Kelengkapan yang mengunci langkah. Waktu rapat dihitung untuk Dinas.',
    },
    {
      id: 'analisis-kebutuhan',
      no: '7',
      description: 'Tim IT Support Management melakukan Analisis Kebutuhan',
      actor: 'it-support',
      outputs: [{ key: 'skpl', label: 'Spesifikasi Kebutuhan Sistem Informasi' }],
      next: 'perancangan-rinci',
      note: 'Pilihan: pelaksana dari uraian (kolom kosong). Spesifikasi Kebutuhan Sistem Informasi memakai kunci skpl.',
    },
    {
      id: 'perancangan-rinci',
      no: '8',
      description: 'Tim IT Support Management melakukan Perancangan Rinci Sistem Informasi',
      actor: 'it-support',
      outputs: [{ key: 'rancangan-rinci', label: 'Rancangan Rinci Sistem Informasi' }],
      next: 'desain-database',
      note: 'Pilihan: pelaksana dari uraian (kolom kosong).',
    },
    {
      id: 'desain-database',
      no: '9',
      description: 'Tim Database melakukan analisa aplikasi dan membuat desain database serta laporan analisa alur aplikasi (UML)',
      actor: 'tim-database',
      outputs: [{ key: 'desain-database', label: 'Desain database' }],
      next: 'penyerahan-desain',
      note: 'Pilihan: Tim Database tidak punya kolom pada tabel; ditambahkan sebagai pelaksana sesuai uraian.',
    },
    {
      id: 'penyerahan-desain',
      no: '10',
      description: 'Tim database menyerahkan desain database dan alur aplikasi ke Tim Web Desain dan Programmer',
      actor: 'tim-database',
      outputs: [{ key: 'desain-front-end', label: 'Disain Front End Sistem Informasi' }],
      next: 'desain-pemrograman',
      note: 'Pilihan: pelaksana Tim Database (yang menyerahkan); Tim Web Desain dan Programmer adalah penerima. Output ditulis sebagaimana pada sumber.',
    },
    {
      id: 'desain-pemrograman',
      no: '11',
      description:
        'Web desain melakukan desain Tampilan, Desain Input dan Desain Laporan Sesuai dengan desain database dan alur aplikasi, Programmer melakukan pembuatan program',
      actor: 'web-programmer',
      cells: { 'it-support': 'Desain Database dan Alur Aplikasi', 'web-programmer': 'Design Web', 'aplikasi-sekuriti': 'Pemrograman' },
      next: 'diskusi-progres',
      note: WORK_PRODUCTS,
    },
    {
      id: 'diskusi-progres',
      no: '12',
      description: 'Setelah aplikasi dibangun pada tahap penyelesaian 70 % OPD diundang untuk diskusi mengenai hasil analisa, desain dan Logika aplikasi',
      actor: 'web-programmer',
      participants: ['opd'],
      cells: {
        'it-support': 'Desain Database dan Alur Aplikasi',
        'web-programmer': 'Desain Tampilan Aplikasi',
        'aplikasi-sekuriti': 'Logika dan Alur aplikasi',
      },
      next: 'perbaikan-fitur',
      note: `${WORK_PRODUCTS} OPD ikut serta karena diundang berdiskusi menurut uraian.`,
    },
    {
      id: 'perbaikan-fitur',
      no: '13',
      description: 'Tim melanjutkan pembangunan aplikasi dengan melakukan perbaikan dan penambahan fitur yang dibahas pada saat rapat',
      actor: 'web-programmer',
      cells: {
        'it-support': 'Desain Database dan Alur Aplikasi',
        'web-programmer': 'Desain Tampilan Aplikasi',
        'aplikasi-sekuriti': 'Logika dan Alur aplikasi',
      },
      next: 'pengujian-sekuriti',
      note: WORK_PRODUCTS,
    },
    {
      id: 'pengujian-sekuriti',
      no: '14',
      description: 'Hasil Akhir aplikasi kemudian diserahkan kepada tim sekuriti untuk di cek dan di testing ulang sebelum di upload ke server',
      actor: 'aplikasi-sekuriti',
      outputs: [{ key: 'aplikasi', label: 'Aplikasi' }],
      next: 'nota-dinas-kasi',
      note: 'Pilihan: kolom kosong; pelaksana tim sekuriti (Aplikasi Sekuriti) yang mengecek dan menguji ulang aplikasi.',
    },
    {
      id: 'nota-dinas-kasi',
      no: '15',
      description: 'Kasi Aplikasi membuat nota dinas ke Seksi Pengendalian Informatika bahwa Aplikasi siap untuk diimplementasikan',
      actor: 'kasi',
      outputs: [{ key: 'nota-dinas', label: 'Nota Dinas' }],
      next: 'pemberitahuan-opd',
      note: 'Pilihan: "4 Nota Dinas" ada di kolom Output (bukan Persyaratan), maka dicatat sebagai Output langkah ini; "Kasi Aplikasi" = Kasi Pengembangan Aplikasi.',
    },
    {
      id: 'pemberitahuan-opd',
      no: '16',
      description:
        'Seksi Pengendalian Informatika Membuat Surat pemberitahuan Ke OPD bahwa aplikasi telah selesai dikerjakan dan siap untuk di implemetasikan dan dilakukan testing',
      actor: 'seksi-pengendalian',
      participants: ['opd'],
      cells: { opd: 'Surat Pemberitahuan' },
      outputs: [{ key: 'surat-pemberitahuan', label: 'Surat Pemberitahuan ke OPD' }],
      next: 'bimtek',
      note: 'Pilihan: Seksi Pengendalian Informatika tidak punya kolom; ditambahkan sebagai pelaksana sesuai uraian. Sel "Surat Pemberitahuan" di kolom OPD menandai OPD sebagai penerima yang ikut serta.',
    },
    {
      id: 'bimtek',
      no: '17',
      description: 'Kemudian Tim IT Support Management dan Kasi Pengembangan aplikasi diskusi dengan OPD dan Bimtek penggunaan aplikasi',
      actor: 'it-support',
      participants: ['kasi', 'opd'],
      outputs: [{ key: 'dokumen-uji-coba', label: 'Dokumen Uji Coba Program Sistem Informasi' }],
      end: true,
      note: 'Pilihan: kolom kosong; Tim IT Support Management pelaksana (disebut pertama), Kasi Pengembangan Aplikasi dan OPD ikut serta. Langkah terakhir SOP.',
    },
  ],
};
