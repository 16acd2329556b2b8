// Valid inputs built from the seeds (/work/shared/seeds): the two officials named there with
// their printed NIPs, the Babel service desk's address, phones and email (seed 003), the
// Sumbar office's address and email (seed 001), letter numbers as the seeds write them.

/** Seed 001: Kepala Bidang Aplikasi dan Informatika, Diskominfotik Sumatera Barat. */
export const lizda = {
  name: 'Lizda Handayani, M.Kom.',
  nip: '19750121 200212 2 001',
  position: 'Kepala Bidang Aplikasi dan Informatika',
};

/** Seed 004: Kepala Biro Pengadaan Barang dan Jasa, Setda Kalimantan Barat. */
export const ramminudin = {
  name: 'Drs. RAMMINUDIN, M.Si',
  nip: '19770830 199603 1 001',
  position: 'Kepala Biro Pengadaan Barang Dan Jasa',
};

/** Seed 003: the Babel Diskominfo's service desk. */
export const babel = {
  workUnit: 'Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung',
  officeAddress: 'Jalan Pulau Lepar Komplek Perkantoran dan Pemukiman Terpadu Pemerintah Provinsi Kepulauan Bangka Belitung, Air Itam, Pangkalpinang 33149',
  telephone: '0717 – 426 2141',
  fax: '0717 – 426 2143',
  mobile: '0821-8064-0997',
  email: 'kominfo@babelprov.go.id',
};

export const structuralPic = {
  name: ramminudin.name,
  nip: ramminudin.nip,
  position: ramminudin.position,
  workUnit: 'Biro Pengadaan Barang dan Jasa Setda Provinsi Kalimantan Barat',
  officeAddress: 'Jalan Ahmad Yani, Pontianak',
  mobilePhone: babel.mobile,
  internalPhone: babel.telephone,
  email: 'biropbj@kalbarprov.go.id',
};

export const technicalPic = {
  name: lizda.name,
  nip: lizda.nip,
  position: lizda.position,
  workUnit: 'Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat',
  officeAddress: 'Jalan. Pramuka No. 11 A Belanti, Padang',
  mobilePhone: '+62 812 6655 4433',
  email: 'diskominfotik@sumbarprov.go.id',
};

const technology = {
  description: 'Aplikasi layanan pengadaan barang dan jasa secara elektronik.',
  platform: 'linux',
  programmingLanguage: 'PHP 8.2',
  dbms: 'PostgreSQL 16',
  engine: 'Laravel 11',
};

const signature = {
  declaration: true,
  submittedBy: { name: 'Staf Biro Pengadaan Barang dan Jasa' },
  requester: { ...ramminudin, eselon: 'II.a' },
  signing: { place: 'Pangkalpinang', date: '2023-04-10' },
};

/** Formulir Layanan Pembangunan Aplikasi, as a requester hands it in. */
export const applicationDevelopment = {
  applicationName: 'SIPEBAJA',
  developmentType: 'baru',
  ...technology,
  estimatedDuration: '30-40 Hari Kerja',
  structuralPic,
  technicalPic,
  ...signature,
};

/** Formulir Layanan Uji Kelayakan Aplikasi, with both tests asked for. */
export const feasibilityTest = {
  applicationName: 'SIPEBAJA',
  testTypes: ['uji-kerentanan', 'stress-test'],
  ...technology,
  applicationAccount: { username: 'penguji', password: 'R4hasia!Uji' },
  structuralPic,
  technicalPic,
  loadTest: { maxUsersPerDay: 1500, effectiveHoursPerDay: 8, transactionMinutes: 5 },
  ...signature,
};

/** Formulir Layanan Vulnerability Assessment. */
export const vulnerabilityAssessment = {
  applicationName: 'SIPEBAJA',
  applicationIp: '103.10.20.30',
  databaseIp: '10.10.1.5',
  networkIp: '10.10.1.0/24',
  ...technology,
  structuralPic,
  technicalPic,
  ...signature,
};

/** The ticket block filled by the service desk. */
export const staff = { ticketId: 'SC-04/2023/0012', date: '2023-04-11', officerName: 'Petugas Service Desk', officerNip: lizda.nip };

const section = (name: string) => `Isi bagian ${name}.`;

/** One valid example per document kind that is not a Babel form, built from the seeds. */
export const documents = {
  // Seed 000: addressed to the head of the Sumbar Diskominfotik, naming a contact person, with the KAK.
  'surat-permohonan': {
    letterNumber: '000.1/123/Disdik/2024',
    letterDate: '2024-03-04',
    subject: 'Permohonan Pembangunan Aplikasi',
    addressee: 'Kepala Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat',
    opd: 'Dinas Pendidikan Provinsi Sumatera Barat',
    applicationName: 'Sistem Informasi Beasiswa',
    requestType: 'baru',
    summary: 'Kami mengajukan pembangunan aplikasi untuk pengelolaan beasiswa daerah.',
    contact: { name: 'Rina', position: 'Pranata Komputer', mobilePhone: '0812 6655 4433', email: 'rina@gmail.com' },
    signatory: { ...lizda, position: 'Kepala Dinas Pendidikan' },
    attachments: ['Kerangka Acuan Kerja (KAK)'],
  },
  // Seed 000, Persyaratan b: latar belakang, tujuan, alur/proses bisnis, fitur, manfaat; c: perangkat.
  kak: {
    applicationName: 'Sistem Informasi Beasiswa',
    opd: 'Dinas Pendidikan Provinsi Sumatera Barat',
    background: 'Pengajuan beasiswa masih dilakukan dengan berkas kertas.',
    objectives: 'Mempercepat proses seleksi beasiswa.',
    businessProcess: '1. Siswa mendaftar\n2. Sekolah memverifikasi\n3. Dinas menetapkan penerima',
    features: ['Pendaftaran daring', 'Verifikasi sekolah', 'Pengumuman penerima'],
    benefits: 'Seleksi lebih cepat dan transparan.',
    equipment: [
      { kind: 'perangkat-keras', name: 'Server aplikasi', specification: '8 vCPU, 16 GB RAM', quantity: 1 },
      { kind: 'perangkat-lunak', name: 'PostgreSQL 16' },
    ],
  },
  // Seed 000, Persyaratan c.
  'perangkat-yang-digunakan': {
    items: [
      { kind: 'perangkat-keras', name: 'Server', quantity: 2 },
      { kind: 'jaringan', name: 'Akses internet 100 Mbps' },
    ],
  },
  // Seed 003, II. Sistematika of the SKPL outline.
  skpl: {
    applicationName: 'SIPEBAJA',
    opd: 'Biro Pengadaan Barang dan Jasa',
    introduction: { background: section('1.1'), purpose: section('1.2') },
    applicationOverview: { description: section('2.1'), functions: section('2.2'), operatingEnvironment: section('2.3'), userCharacteristics: section('2.4') },
    requirements: {
      externalInterfaces: {
        userInterface: section('3.1.1'),
        hardwareInterface: section('3.1.2'),
        softwareInterface: section('3.1.3'),
        communicationInterface: section('3.1.4'),
      },
      functional: { technicalSolutionDesign: section('3.2.1'), dataRequirement: section('3.2.2') },
      nonFunctional: section('3.3'),
      designConstraints: section('3.4'),
      traceability: section('3.5'),
      summary: { functional: section('3.6.1'), nonFunctional: section('3.6.2') },
    },
    closing: section('4'),
  },
  // Seed 003, DOKUMENTASI SISTEM, II. Sistematika.
  'dokumentasi-sistem': {
    applicationName: 'SIPEBAJA',
    diagrams: 'Diagram use case dan diagram kelas.',
    functionsAndModules: 'Modul pendaftaran, verifikasi, laporan.',
    databaseStructure: 'Tabel pengguna, permohonan, dokumen.',
    dataFlowDiagram: 'DFD level 0 dan 1.',
    userInterface: 'Halaman masuk, dasbor, formulir.',
    technicalSpecification: 'PHP 8.2, Laravel 11, PostgreSQL 16.',
    manuals: {
      installationAndConfiguration: 'composer install; php artisan migrate',
      backupAndRestore: 'pg_dump harian; pg_restore.',
      adminUsage: 'Admin mengelola pengguna.',
      userUsage: 'Pengguna mengisi formulir.',
    },
    securityImplementation: 'HTTPS, hash kata sandi, pembatasan akses per peran.',
  },
  // Seed 000, stage 12: the application handed over with its documentation and test documents.
  'berita-acara-serah-terima': {
    number: '027/45/Diskominfotik/2024',
    date: '2024-06-28',
    place: 'Padang',
    applicationName: 'Sistem Informasi Beasiswa',
    firstParty: { ...lizda, agency: 'Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat' },
    secondParty: { ...ramminudin, agency: 'Dinas Pendidikan Provinsi Sumatera Barat' },
    items: ['Aplikasi', 'Dokumentasi Aplikasi', 'Dokumen Pengujian'],
  },
  // Seed 002, steps 12 and 17: the deliverables, acknowledged by the OPD and the Kadis.
  'berita-acara-pekerjaan': {
    number: '555/601/DKIST/2024',
    date: '2024-07-15',
    applicationName: 'Aplikasi Layanan Perizinan',
    workDescription: 'Pembangunan aplikasi layanan perizinan sesuai rencana pengembangan.',
    deliverables: ['aplikasi', 'dokumentasi-pengujian', 'petunjuk-instalasi', 'petunjuk-penggunaan', 'dokumentasi-api'],
    developers: [
      { name: 'Andi', role: 'Programmer' },
      { name: 'Budi', role: 'System Analyst' },
    ],
    requesterOfficial: ramminudin,
    headOfOffice: { ...lizda, position: 'Kepala Dinas Komunikasi Informatika Statistik dan Persandian' },
  },
  // Seed 001, step 15: the Kasi tells the Seksi Pengendalian Informatika the application is ready.
  'nota-dinas': {
    number: '800/12/ND-APTIKA/2024',
    date: '2024-06-20',
    to: 'Kepala Seksi Pengendalian Informatika',
    from: 'Kepala Seksi Pengembangan Aplikasi',
    subject: 'Aplikasi siap diimplementasikan',
    applicationName: 'Sistem Informasi Beasiswa',
    body: 'Dengan hormat, aplikasi Sistem Informasi Beasiswa telah selesai diuji dan siap untuk diimplementasikan.',
    signatory: { ...lizda, position: 'Kepala Seksi Pengembangan Aplikasi' },
  },
  // Seed 001, step 16: the application is finished and ready to be implemented and tested.
  'surat-pemberitahuan': {
    letterNumber: '555/210/Diskominfotik/2024',
    letterDate: '2024-06-21',
    subject: 'Pemberitahuan aplikasi siap diimplementasikan',
    addressee: 'Kepala Dinas Pendidikan Provinsi Sumatera Barat',
    applicationName: 'Sistem Informasi Beasiswa',
    body: 'Aplikasi telah selesai dikerjakan dan siap untuk diimplementasikan dan dilakukan testing.',
    signatory: lizda,
  },
  // Seed 001, step 6: the meeting on the application's flow and business process.
  notulen: {
    agenda: 'Pembahasan alur dan proses bisnis aplikasi',
    date: '2024-04-02',
    startTime: '09:00',
    endTime: '11:30',
    place: 'Ruang rapat Diskominfotik, Jalan Pramuka No. 11 A Belanti, Padang',
    chair: 'Kepala Seksi Pengembangan Aplikasi',
    minuteTaker: 'Staf Seksi Pengembangan Aplikasi',
    participants: [{ name: 'Tim Database' }, { name: 'Rina', position: 'Dinas Pendidikan' }],
    discussion: 'OPD memaparkan KAK; tim membahas alur pendaftaran.',
    decisions: ['Alur pendaftaran disetujui', 'OPD menyerahkan data sekolah'],
  },
  // Seed 001, step 2: TU records the OPD's letter before passing it to the Kadis.
  'arsip-surat-masuk': {
    agendaNumber: '0412',
    receivedDate: '2024-03-05',
    letterNumber: '000.1/123/Disdik/2024',
    letterDate: '2024-03-04',
    sender: 'Dinas Pendidikan Provinsi Sumatera Barat',
    subject: 'Permohonan Pembangunan Aplikasi',
  },
  // Seed 004, step 8: Laporan Hasil Instalasi dan Testing.
  laporan: {
    kind: 'hasil-instalasi-dan-testing',
    title: 'Laporan Hasil Instalasi dan Testing Aplikasi e-Katalog',
    date: '2021-05-20',
    applicationName: 'e-Katalog',
    author: 'Tim Teknis Bidang Pengelolaan LPSE',
    content: 'Instalasi berhasil; 42 skenario diuji, 41 lulus.',
  },
};

/** A valid example of every document kind, by its key. */
export const examples = {
  ...documents,
  'formulir-pembangunan-aplikasi': applicationDevelopment,
  'formulir-uji-kelayakan': feasibilityTest,
  'formulir-vulnerability-assessment': vulnerabilityAssessment,
};
