import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../src/service/demo.js';
import { data, Harness } from './harness.js';

// Each built-in variant driven end to end over HTTP, as its people would: every event by the
// demo user holding the step's role, carrying only what that person has in hand (the letter
// and KAK when filing, an instruction when disposing, a reason when saying no, the step's own
// documents at the step that owes them) and nothing the act itself records.

const h = new Harness('alur-seed-runs-');
const { call, post, setClock } = h;

/** The demo user who acts for a role: every requester role is held by the first OPD's user. */
const userFor = (role: string) => (demoUsers().find((u) => u.roles.includes(role))!.office === 'diskominfo-demo' ? role : 'opd');

interface PublicRequest {
  id: string;
  step: string;
  phase: string;
  version: number;
}
interface Detail extends PublicRequest {
  timeline: { seq: number; event: string; step: string; to?: string; by: string; instruction?: string; reason?: string; documents?: string[] }[];
  documents: { key: string; by: string; step: string; data?: Record<string, unknown> }[];
}

/** A file reference for each key (what a person uploads or links). */
const files = (...keys: string[]) => keys.map((key) => ({ key, ref: `berkas-${key}` }));

/**
 * One act: who (a role), the event body without the actor, the step it is taken at and the
 * step it leads to (`done` at the end). `missing` first tries the act without the listed
 * documents and expects a 422 naming them.
 */
interface Act {
  readonly role: string;
  readonly at: string;
  readonly to: string;
  readonly body: Record<string, unknown>;
  readonly missing?: { readonly keys: readonly string[]; readonly reason: string };
}

const dispose = (role: string, at: string, to: string): Act => ({ role, at, to, body: { type: 'DISPOSE', instruction: `Mohon ditindaklanjuti (${role})` } });
const complete = (role: string, at: string, to: string, ...keys: string[]): Act => ({
  role,
  at,
  to,
  body: { type: 'COMPLETE', ...(keys.length ? { documents: files(...keys) } : {}) },
});

/** A clock that moves five minutes forward per act, from a fixed instant in 2026. */
function clockFrom(start: string): () => Date {
  let t = new Date(start).getTime();
  return () => {
    t += 5 * 60_000;
    return new Date(t);
  };
}

/**
 * Files a request as the OPD with its letter and KAK, then takes every act in turn; checks each
 * answer and where it leads. Returns the finished request.
 */
async function run(
  variant: string,
  title: string,
  start: string,
  acts: readonly Act[],
  options: { data?: Record<string, unknown>; filing?: string[] } = {},
): Promise<Detail> {
  const tick = clockFrom(start);
  await setClock(tick());
  const filing = { variant, title, documents: files('surat-permohonan', 'kak', ...(options.filing ?? [])), ...(options.data ? { data: options.data } : {}) };
  const created = await post('/alur/requests', filing, 'opd');
  expect(created.status, `${variant}: filing ${JSON.stringify(created.body)}`).toBe(201);
  let request = data<PublicRequest>(created);
  for (const act of acts) {
    expect(request.step, `${variant}: ${act.body['type']} by ${act.role}`).toBe(act.at);
    await setClock(tick());
    const as = userFor(act.role);
    if (act.missing) {
      const documents = ((act.body['documents'] ?? []) as { key: string }[]).filter((d) => !act.missing!.keys.includes(d.key));
      const refused = await post(`/alur/requests/${request.id}/events`, { ...act.body, documents, version: request.version }, as);
      expect([refused.status, refused.body.errors?.[0]?.extensions['reason']], `${variant}: ${act.at} without ${act.missing.keys.join(', ')}`).toEqual([
        422,
        act.missing.reason,
      ]);
      for (const key of act.missing.keys) expect(refused.body.errors![0]!.message).toContain(key);
    }
    const res = await post(`/alur/requests/${request.id}/events`, { ...act.body, version: request.version }, as);
    expect(res.status, `${variant}: ${act.body['type']} by ${act.role} at ${act.at}: ${JSON.stringify(res.body)}`).toBe(200);
    request = data<PublicRequest>(res);
    if (act.to !== 'done') expect(request.step, `${variant}: after ${act.at}`).toBe(act.to);
  }
  const detail = data<Detail>(await call(`/alur/requests/${request.id}`, { as: 'admin' }));
  expect(detail.phase, variant).toBe('done');
  // The audit trail: the filing, then every act in order, each where it was taken and where it led.
  const trail = detail.timeline.map((e) => [e.event, e.step, e.to ?? null]);
  const filedAt = trail[1]![1];
  expect(trail).toEqual([
    ['START', filedAt, filedAt],
    ...(trail[1]![0] === 'SUBMIT' ? [['SUBMIT', filedAt, acts[0]!.at]] : []),
    ...acts.map((a, i) => [a.body['type'], a.at, acts[i + 1]?.at ?? '__selesai']),
  ]);
  expect(detail.timeline.map((e) => e.seq)).toEqual(detail.timeline.map((_e, i) => i + 1));
  return detail;
}

/** Each disposition is on record as its step's output: who, to whom, the instruction, when. */
function expectDispositions(detail: Detail, steps: Record<string, { key: string; to: string }>): void {
  for (const [step, { key, to }] of Object.entries(steps)) {
    const entry = detail.timeline.find((e) => e.event === 'DISPOSE' && e.step === step)!;
    expect(entry.documents, `${step} trail`).toContain(key);
    const doc = detail.documents.find((d) => d.key === key && d.step === step);
    expect(doc, `${step} output ${key}`).toMatchObject({ by: entry.by, data: { to, instruction: entry.instruction } });
  }
}

beforeAll(() => h.boot('2026-03-02T07:00:00+07:00'), 240_000);
afterAll(() => h.stop());

describe('every built-in variant runs to the end over HTTP, as real users would take it', () => {
  it('sumbawa: dispositions need no upload, the Kasi owes the analysis report, a wrong role is told whose step it is', async () => {
    const plan = ['jadwal-pengembangan', 'alur-bisnis', 'dokumen-analisis'];
    const hasil = [
      'aplikasi',
      'dokumentasi-hasil-analisis',
      'dokumentasi-pengembangan',
      'dokumentasi-pengujian',
      'petunjuk-instalasi',
      'petunjuk-penggunaan',
      'dokumentasi-api',
    ];
    const analysis = ['dokumentasi-daftar-aplikasi', 'daftar-kebutuhan-aplikasi', 'laporan-ketersediaan', 'laporan-hasil-analisis'];
    const detail = await run('sumbawa', 'Sistem Informasi Kepegawaian (uji varian)', '2026-03-02T08:00:00+08:00', [
      dispose('kadis', 'disposisi-kadis', 'disposisi-kabid'),
      dispose('kabid', 'disposisi-kabid', 'pembentukan-tim'),
      complete('kasi', 'pembentukan-tim', 'analisis-kasi', 'tim-pengembangan-aplikasi'),
      { ...complete('kasi', 'analisis-kasi', 'verifikasi-kabid', ...analysis), missing: { keys: ['laporan-hasil-analisis'], reason: 'MISSING_OUTPUT' } },
      {
        role: 'kabid',
        at: 'verifikasi-kabid',
        to: 'persiapan-proyek',
        body: { type: 'ACCEPT', reason: 'Infrastruktur, SDM dan anggaran tersedia', documents: files('renstra-renja-rka') },
      },
      complete('kasi', 'persiapan-proyek', 'rencana-pengembangan', 'sourcecode-repository'),
      complete('tim-pengembang', 'rencana-pengembangan', 'presentasi-rencana', 'standarisasi-tik', ...plan),
      complete('tim-pengembang', 'presentasi-rencana', 'tanggapan-rencana'),
      { role: 'tim-teknis-opd', at: 'tanggapan-rencana', to: 'rencana-pengembangan', body: { type: 'REJECT', reason: 'Jadwal terlalu panjang' } },
      complete('tim-pengembang', 'rencana-pengembangan', 'presentasi-rencana', 'jadwal-pengembangan'),
      complete('tim-pengembang', 'presentasi-rencana', 'tanggapan-rencana'),
      { role: 'tim-teknis-opd', at: 'tanggapan-rencana', to: 'pengembangan', body: { type: 'ACCEPT' } },
      {
        ...complete('tim-pengembang', 'pengembangan', 'presentasi-hasil', 'aplikasi-project-management', ...hasil),
        missing: { keys: ['dokumentasi-api'], reason: 'MISSING_OUTPUT' },
      },
      complete('tim-pengembang', 'presentasi-hasil', 'tanggapan-hasil', 'laporan-instalasi-testing'),
      { role: 'tim-teknis-opd', at: 'tanggapan-hasil', to: 'laporan-tim', body: { type: 'ACCEPT', reason: 'Sesuai kebutuhan' } },
      complete('tim-pengembang', 'laporan-tim', 'laporan-kabid'),
      complete('kabid', 'laporan-kabid', 'berita-acara-pekerjaan'),
      complete('tim-pengembang', 'berita-acara-pekerjaan', 'done', 'berita-acara-pekerjaan'),
    ]);
    // Both dispositions share the seed's one output, Disposisi Dinas: the Kabid's is the one kept.
    expect(detail.timeline.find((e) => e.step === 'disposisi-kadis')!.documents).toEqual(['disposisi']);
    expectDispositions(detail, { 'disposisi-kabid': { key: 'disposisi', to: 'kasi' } });
    // The OPD team's response is the decision itself, with its reason.
    expect(detail.documents.find((d) => d.key === 'tanggapan-hasil')).toMatchObject({
      step: 'tanggapan-hasil',
      data: { decision: 'ACCEPT', reason: 'Sesuai kebutuhan' },
    });
  });

  it('sumbawa: the Kasi at the Kabid’s decision is told the step is the Kabid’s (403), not which event to send', async () => {
    await setClock(new Date('2026-03-03T08:00:00+08:00'));
    const created = data<PublicRequest>(
      await post('/alur/requests', { variant: 'sumbawa', title: 'Uji peran keputusan', documents: files('surat-permohonan') }, 'opd'),
    );
    let request = created;
    for (const act of [
      dispose('kadis', 'disposisi-kadis', ''),
      dispose('kabid', 'disposisi-kabid', ''),
      complete('kasi', 'pembentukan-tim', '', 'tim-pengembangan-aplikasi'),
      complete('kasi', 'analisis-kasi', '', 'dokumentasi-daftar-aplikasi', 'daftar-kebutuhan-aplikasi', 'laporan-ketersediaan', 'laporan-hasil-analisis'),
    ]) {
      const res = await post(`/alur/requests/${request.id}/events`, act.body, userFor(act.role));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      request = data<PublicRequest>(res);
    }
    expect(request.step).toBe('verifikasi-kabid');
    const wrong = await post(`/alur/requests/${request.id}/events`, { type: 'COMPLETE' }, 'kasi');
    expect([wrong.status, wrong.body.errors?.[0]?.extensions['reason']]).toEqual([403, 'WRONG_ROLE']);
    expect(wrong.body.errors![0]!.message).toMatch(/^Langkah 6 "verifikasi-kabid" dikerjakan oleh Kepala Bidang Teknologi Informasi/);
  });

  // Each follow-up needs the form its catalog asks for (not printed in the SOP table).
  for (const [i, [layanan, branch, form]] of [
    ['rekomendasi', 'pembuatan-rekomendasi', 'formulir-pembangunan-aplikasi'],
    ['hosting-integrasi', 'hosting-integrasi', 'formulir-pembangunan-aplikasi'],
    ['uji-kelaikan', 'uji-kelaikan', 'formulir-uji-kelayakan'],
  ].entries()) {
    it(`babel (${layanan}): the filing needs the letter, each disposition is recorded, the service desk owes its notes and report`, async () => {
      const detail = await run(
        'babel',
        `Layanan ${layanan} (uji varian)`,
        `2026-03-04T${String(8 + 2 * i).padStart(2, '0')}:00:00+07:00`,
        [
          dispose('kadis', 'disposisi-kadis', 'disposisi-kabid'),
          dispose('kabid', 'disposisi-kabid', 'perintah-prakom'),
          dispose('prakom', 'perintah-prakom', 'tindak-lanjut'),
          complete('service-desk', 'tindak-lanjut', branch!),
          { ...complete('service-desk', branch!, 'pembuatan-laporan', 'catatan', form!), missing: { keys: [form!], reason: 'MISSING_KELENGKAPAN' } },
          complete('service-desk', 'pembuatan-laporan', 'pengarsipan-laporan', 'laporan'),
          complete('service-desk', 'pengarsipan-laporan', 'done', 'buku-agenda', 'arsip'),
        ],
        { data: { layanan } },
      );
      expectDispositions(detail, {
        'disposisi-kadis': { key: 'disposisi-kadis', to: 'kabid' },
        'disposisi-kabid': { key: 'disposisi-kabid', to: 'prakom' },
        'perintah-prakom': { key: 'disposisi-prakom', to: 'service-desk' },
      });
    });
  }

  it('babel: a filing without the letter the Kadis needs is refused at the filing, not at the Kadis', async () => {
    await setClock(new Date('2026-03-04T15:00:00+07:00'));
    const refused = await post('/alur/requests', { variant: 'babel', title: 'Tanpa surat', data: { layanan: 'rekomendasi' }, documents: files('kak') }, 'opd');
    expect([refused.status, refused.body.errors?.[0]?.extensions['reason']], JSON.stringify(refused.body)).toEqual([422, 'MISSING_KELENGKAPAN']);
    expect(refused.body.errors![0]!.message).toContain('surat-permohonan');
  });

  it('sumbar-sop: the OPD brings letter and KAK, the Kabid’s assignment letter goes with the disposition, each team hands in its own work', async () => {
    const detail = await run('sumbar-sop', 'Aplikasi Perizinan (uji varian)', '2026-03-05T08:00:00+07:00', [
      complete('tu', 'pencatatan-surat', 'disposisi-kadis'),
      dispose('kadis', 'disposisi-kadis', 'disposisi-kabid'),
      { role: 'kabid', at: 'disposisi-kabid', to: 'penugasan-tim', body: { type: 'DISPOSE', instruction: 'Tugaskan tim', documents: files('surat-tugas') } },
      complete('kasi', 'penugasan-tim', 'rapat-proses-bisnis'),
      // The meeting the Dinas holds with the OPD: its minutes are the Kasi's to hand in.
      {
        ...complete('kasi', 'rapat-proses-bisnis', 'analisis-kebutuhan', 'notulen', 'dokumentasi-rapat', 'hasil-analisa-aplikasi'),
        missing: { keys: ['notulen'], reason: 'MISSING_OUTPUT' },
      },
      complete('it-support', 'analisis-kebutuhan', 'perancangan-rinci', 'skpl'),
      complete('it-support', 'perancangan-rinci', 'desain-database', 'rancangan-rinci'),
      complete('tim-database', 'desain-database', 'penyerahan-desain', 'desain-database'),
      complete('tim-database', 'penyerahan-desain', 'desain-pemrograman', 'desain-front-end'),
      complete('web-programmer', 'desain-pemrograman', 'diskusi-progres'),
      complete('web-programmer', 'diskusi-progres', 'perbaikan-fitur'),
      complete('web-programmer', 'perbaikan-fitur', 'pengujian-sekuriti'),
      complete('aplikasi-sekuriti', 'pengujian-sekuriti', 'nota-dinas-kasi', 'aplikasi'),
      complete('kasi', 'nota-dinas-kasi', 'pemberitahuan-opd', 'nota-dinas'),
      complete('seksi-pengendalian', 'pemberitahuan-opd', 'bimtek', 'surat-pemberitahuan'),
      complete('it-support', 'bimtek', 'done', 'dokumen-uji-coba'),
    ]);
    expectDispositions(detail, { 'disposisi-kabid': { key: 'laporan-permintaan-aplikasi', to: 'kasi' } });
    expect(detail.documents.find((d) => d.key === 'surat-tugas')).toMatchObject({
      step: 'disposisi-kabid',
      by: detail.timeline.find((e) => e.step === 'disposisi-kabid')!.by,
    });
  });

  it('sumbar-asap: the filing carries letter, KAK and devices; the administration hands over its three documents', async () => {
    await run(
      'sumbar-asap',
      'Sistem Gizi (uji varian)',
      '2026-03-06T08:00:00+07:00',
      [
        complete('seksi-pengendalian', 'analisis-awal', 'pembahasan-awal'),
        complete('pic', 'pembahasan-awal', 'pembahasan-teknis'),
        complete('pic', 'pembahasan-teknis', 'pembangunan'),
        complete('programmer', 'pembangunan', 'pengujian-it-support'),
        complete('it-support', 'pengujian-it-support', 'pengujian-keamanan'),
        complete('aplikasi-sekuriti', 'pengujian-keamanan', 'penyerahan-hasil-pengembangan'),
        complete('pic', 'penyerahan-hasil-pengembangan', 'uat-bimtek'),
        { role: 'opd', at: 'uat-bimtek', to: 'transfer-knowledge', body: { type: 'SUBMIT' } },
        complete('programmer', 'transfer-knowledge', 'release-production'),
        complete('network-admin', 'release-production', 'penyelesaian-administrasi'),
        {
          ...complete('seksi-pengendalian', 'penyelesaian-administrasi', 'done', 'dokumentasi-sistem', 'dokumen-pengujian', 'berita-acara-serah-terima'),
          missing: { keys: ['berita-acara-serah-terima'], reason: 'MISSING_OUTPUT' },
        },
      ],
      { filing: ['perangkat-yang-digunakan'] },
    );
  });

  it('kalbar-lpse: staff start from the analysis, the plan carries its schedule, the technical team decides with a reason', async () => {
    const plan = [
      ...files('standar-peraturan', 'mockup', 'alur-bisnis', 'dokumen-analisis'),
      { key: 'jadwal-pengembangan', data: { deadline: '2026-04-30T16:00:00+07:00' } },
    ];
    const hasil = ['aplikasi', 'dokumentasi-hasil-analisis', 'dokumentasi-pengembangan', 'dokumentasi-pengujian', 'petunjuk-instalasi', 'petunjuk-penggunaan'];
    const detail = await run('kalbar-lpse', 'Modul e-Katalog (uji varian)', '2026-03-09T08:00:00+07:00', [
      complete('subbag-pengembangan-sistem', 'penjelasan-hasil-analisis', 'penyediaan-repository', 'laporan-hasil-analisis', 'perencanaan-pengembangan'),
      complete(
        'subbag-pengembangan-sistem',
        'penyediaan-repository',
        'rencana-pengembangan',
        'aplikasi-project-management',
        'sourcecode-repository',
        'tenaga-ahli',
      ),
      { role: 'tim-pengembang', at: 'rencana-pengembangan', to: 'presentasi-rencana', body: { type: 'COMPLETE', documents: plan } },
      complete('tim-pengembang', 'presentasi-rencana', 'tanggapan-rencana'),
      { role: 'tim-teknis-lpse', at: 'tanggapan-rencana', to: 'pengembangan', body: { type: 'ACCEPT', reason: 'Rencana disetujui' } },
      complete('tim-pengembang', 'pengembangan', 'presentasi-hasil', ...hasil),
      complete('tim-pengembang', 'presentasi-hasil', 'instalasi-pengujian'),
      complete('tim-teknis-lpse', 'instalasi-pengujian', 'tanggapan-hasil', 'laporan-instalasi-testing'),
      { role: 'tim-teknis-lpse', at: 'tanggapan-hasil', to: 'pengembangan', body: { type: 'REJECT', reason: 'Modul laporan belum sesuai' } },
      complete('tim-pengembang', 'pengembangan', 'presentasi-hasil'),
      complete('tim-pengembang', 'presentasi-hasil', 'instalasi-pengujian'),
      complete('tim-teknis-lpse', 'instalasi-pengujian', 'tanggapan-hasil'),
      { role: 'tim-teknis-lpse', at: 'tanggapan-hasil', to: 'laporan-akhir', body: { type: 'ACCEPT' } },
      { ...complete('tim-pengembang', 'laporan-akhir', 'done', 'laporan-akhir'), missing: { keys: ['laporan-akhir'], reason: 'MISSING_OUTPUT' } },
    ]);
    expect(detail.documents.find((d) => d.key === 'tanggapan-hasil')).toMatchObject({ step: 'tanggapan-hasil', data: { decision: 'ACCEPT' } });
  });
});
