import type { SopDefinition } from '../src/sop-definition.js';

/** A small SOP exercising every feature: disposition, decision loop, route, schedule, end. */
export const miniSop: SopDefinition = {
  schemaVersion: 1,
  id: 'mini',
  version: '1',
  name: 'SOP Mini',
  office: 'Diskominfo Uji',
  calendar: 'sumbawa',
  roles: [
    { id: 'opd', name: 'OPD', kind: 'requester' },
    { id: 'kadis', name: 'Kepala Dinas', kind: 'staff' },
    { id: 'tim', name: 'Tim Pengembang', kind: 'staff' },
  ],
  steps: [
    {
      id: 'permohonan',
      no: '1',
      description: 'OPD mengirim surat',
      actor: 'opd',
      kelengkapan: [{ key: 'surat-permohonan', label: 'Surat Permohonan' }],
      next: 'disposisi',
    },
    {
      id: 'disposisi',
      no: '2',
      description: 'Kadis mendisposisikan',
      actor: 'kadis',
      kind: 'disposition',
      waktu: '1 Hari Kerja',
      outputs: [{ key: 'disposisi', label: 'Disposisi' }],
      next: 'rencana',
    },
    {
      id: 'rencana',
      no: '3',
      description: 'Tim menyusun jadwal',
      actor: 'tim',
      waktu: '3 jam',
      outputs: [{ key: 'jadwal-pengembangan', label: 'Jadwal' }],
      next: 'tanggapan',
    },
    {
      id: 'tanggapan',
      no: '4',
      description: 'OPD menanggapi',
      actor: 'opd',
      waktu: '30 menit',
      requesterTime: true,
      decision: { question: 'Setuju?', yes: 'pilih', no: 'rencana' },
    },
    {
      id: 'pilih',
      no: '5',
      description: 'Tim memilih layanan',
      actor: 'tim',
      route: {
        field: 'layanan',
        label: 'Layanan',
        cases: [
          { value: 'bangun', label: 'Bangun', next: 'bangun' },
          { value: 'uji', label: 'Uji', next: 'uji' },
        ],
      },
    },
    { id: 'bangun', no: '6', description: 'Pengembangan', actor: 'tim', waktu: 'Sesuai Jadwal', scheduleFrom: 'jadwal-pengembangan', next: 'bast' },
    { id: 'uji', no: '7', description: 'Uji kelaikan', actor: 'tim', waktu: '1-5 hari kerja', next: 'bast' },
    {
      id: 'bast',
      no: '8',
      description: 'Berita acara',
      actor: 'tim',
      kelengkapan: [{ key: 'aplikasi', label: 'Aplikasi', optional: true }],
      outputs: [{ key: 'berita-acara-serah-terima', label: 'BAST' }],
      end: true,
    },
  ],
};
