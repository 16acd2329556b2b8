import { createI18n } from 'vue-i18n';

/** The portal's texts: Bahasa Indonesia first, English on the switch (kept in `localStorage`). */
const id = {
  app: { name: 'Alur', tagline: 'Portal permohonan pembangunan aplikasi', skip: 'Lompat ke isi utama', language: 'English', languageLabel: 'Ganti bahasa ke English' },
  nav: { inbox: 'Kotak masuk', requests: 'Permohonan', sop: 'SOP', notifications: 'Pemberitahuan', signOut: 'Keluar', menu: 'Menu utama' },
  login: { title: 'Masuk', email: 'Email', password: 'Kata sandi', submit: 'Masuk', busy: 'Memeriksa…', hint: 'Gunakan akun Directus yang diberikan Diskominfo Anda.' },
  inbox: { title: 'Kotak masuk', empty: 'Tidak ada permohonan yang menunggu Anda.', counts: 'Menunggu Anda: {n}', byStatus: 'Menurut status SLA' },
  requests: { title: 'Permohonan', search: 'Cari judul, OPD atau nomor surat', searchButton: 'Cari', empty: 'Tidak ada permohonan.', phase: 'Tahap', allPhases: 'Semua tahap' },
  table: { title: 'Judul', office: 'OPD', step: 'Langkah', waitingOn: 'Menunggu', deadline: 'Batas waktu', sla: 'SLA', page: 'Halaman {page} dari {pages}', previous: 'Sebelumnya', next: 'Berikutnya', total: '{n} permohonan' },
  phase: { active: 'Berjalan', waiting: 'Dikembalikan ke OPD', done: 'Selesai' },
  sla: { onTime: 'Tepat waktu', warning: 'Mendekati batas', breached: 'Terlambat', paused: 'Dijeda', noLimit: 'Tanpa batas', done: 'Selesai', unknown: '—', provisional: 'perkiraan' },
  request: {
    back: 'Kembali',
    variant: 'Layanan',
    office: 'OPD pemohon',
    step: 'Langkah sekarang',
    holder: 'Dipegang oleh',
    deadline: 'Batas waktu langkah',
    waktu: 'Waktu menurut SOP',
    forecast: 'Perkiraan selesai',
    kelengkapan: 'Kelengkapan',
    outputs: 'Keluaran',
    timeline: 'Riwayat',
    documents: 'Dokumen',
    noDocuments: 'Belum ada dokumen.',
    actions: 'Tindakan Anda',
    noActions: 'Tidak ada tindakan untuk Anda pada langkah ini.',
    returned: 'Dikembalikan ke OPD',
    steps: 'Langkah SOP',
  },
  action: {
    DISPOSE: 'Disposisikan',
    COMPLETE: 'Selesaikan langkah',
    ACCEPT: 'Setujui',
    REJECT: 'Tolak',
    RETURN_TO_OPD: 'Kembalikan ke OPD',
    RESUBMIT: 'Kirim ulang',
    SUBMIT: 'Ajukan',
    UPLOAD: 'Unggah dokumen',
    instruction: 'Instruksi disposisi',
    reason: 'Alasan',
    note: 'Catatan (opsional)',
    route: 'Pilih layanan lanjutan',
    send: 'Kirim',
    done: 'Tersimpan.',
    cancel: 'Batal',
  },
  event: { START: 'Dimulai', SUBMIT: 'Diajukan', DISPOSE: 'Didisposisikan', COMPLETE: 'Diselesaikan', ACCEPT: 'Disetujui', REJECT: 'Ditolak', RETURN_TO_OPD: 'Dikembalikan ke OPD', RESUBMIT: 'Dikirim ulang', UPLOAD: 'Dokumen diunggah', TICK: 'Pemeriksaan SLA', REVEAL_SECRET: 'Rahasia formulir dibuka' },
  notifications: { title: 'Pemberitahuan', empty: 'Tidak ada pemberitahuan.', unread: '{n} belum dibaca', archive: 'Arsipkan', open: 'Buka permohonan' },
  error: { generic: 'Terjadi kesalahan. Coba lagi.', offline: 'Server tidak dapat dihubungi.', notFound: 'Halaman tidak ditemukan.', session: 'Sesi Anda berakhir; silakan masuk lagi.' },
  field: { instruction: 'Instruksi disposisi', reason: 'Alasan', note: 'Catatan', documents: 'Dokumen', data: 'Data', title: 'Judul', variant: 'Layanan' },
  sop: { title: 'SOP layanan', all: 'Semua SOP', version: 'Versi {version}' },
  loading: 'Memuat…',
};

const en: typeof id = {
  app: { name: 'Alur', tagline: 'Application build request portal', skip: 'Skip to main content', language: 'Bahasa Indonesia', languageLabel: 'Switch language to Bahasa Indonesia' },
  nav: { inbox: 'Inbox', requests: 'Requests', sop: 'SOPs', notifications: 'Notifications', signOut: 'Sign out', menu: 'Main menu' },
  login: { title: 'Sign in', email: 'Email', password: 'Password', submit: 'Sign in', busy: 'Checking…', hint: 'Use the Directus account your Diskominfo gave you.' },
  inbox: { title: 'Inbox', empty: 'Nothing is waiting on you.', counts: 'Waiting on you: {n}', byStatus: 'By SLA status' },
  requests: { title: 'Requests', search: 'Search title, office or letter number', searchButton: 'Search', empty: 'No requests.', phase: 'Phase', allPhases: 'All phases' },
  table: { title: 'Title', office: 'Office', step: 'Step', waitingOn: 'Waiting on', deadline: 'Deadline', sla: 'SLA', page: 'Page {page} of {pages}', previous: 'Previous', next: 'Next', total: '{n} requests' },
  phase: { active: 'In progress', waiting: 'Returned to the office', done: 'Done' },
  sla: { onTime: 'On time', warning: 'Near the limit', breached: 'Late', paused: 'Paused', noLimit: 'No limit', done: 'Done', unknown: '—', provisional: 'estimate' },
  request: {
    back: 'Back',
    variant: 'Service',
    office: 'Requesting office',
    step: 'Current step',
    holder: 'Held by',
    deadline: 'Step deadline',
    waktu: 'Time in the SOP',
    forecast: 'Expected completion',
    kelengkapan: 'Required inputs',
    outputs: 'Outputs',
    timeline: 'History',
    documents: 'Documents',
    noDocuments: 'No documents yet.',
    actions: 'Your actions',
    noActions: 'Nothing for you to do at this step.',
    returned: 'Returned to the office',
    steps: 'SOP steps',
  },
  action: {
    DISPOSE: 'Dispose',
    COMPLETE: 'Complete the step',
    ACCEPT: 'Approve',
    REJECT: 'Reject',
    RETURN_TO_OPD: 'Return to the office',
    RESUBMIT: 'Resubmit',
    SUBMIT: 'Submit',
    UPLOAD: 'Upload documents',
    instruction: 'Disposition instruction',
    reason: 'Reason',
    note: 'Note (optional)',
    route: 'Choose the follow-up service',
    send: 'Send',
    done: 'Saved.',
    cancel: 'Cancel',
  },
  event: { START: 'Started', SUBMIT: 'Submitted', DISPOSE: 'Disposed', COMPLETE: 'Completed', ACCEPT: 'Approved', REJECT: 'Rejected', RETURN_TO_OPD: 'Returned to the office', RESUBMIT: 'Resubmitted', UPLOAD: 'Documents uploaded', TICK: 'SLA check', REVEAL_SECRET: 'Form secrets revealed' },
  notifications: { title: 'Notifications', empty: 'No notifications.', unread: '{n} unread', archive: 'Archive', open: 'Open the request' },
  error: { generic: 'Something went wrong. Try again.', offline: 'The server cannot be reached.', notFound: 'Page not found.', session: 'Your session ended; please sign in again.' },
  field: { instruction: 'Disposition instruction', reason: 'Reason', note: 'Note', documents: 'Documents', data: 'Data', title: 'Title', variant: 'Service' },
  sop: { title: 'Service SOPs', all: 'All SOPs', version: 'Version {version}' },
  loading: 'Loading…',
};

export type Lang = 'id' | 'en';

export const i18n = createI18n({
  legacy: false,
  locale: (localStorage.getItem('alur.lang') as Lang | null) ?? 'id',
  fallbackLocale: 'id',
  messages: { id, en },
});

/** Switches the language and remembers it; the page's `lang` follows. */
export function setLanguage(lang: Lang): void {
  i18n.global.locale.value = lang;
  localStorage.setItem('alur.lang', lang);
  document.documentElement.lang = lang;
}
