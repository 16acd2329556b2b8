import { getCalendar, getSop, provisionalYear, simulateRequest, workingMinutesBetween, type RequestEvent } from '@alur/core';
import { DateTime } from 'luxon';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../src/service/demo.js';
import { data, Harness, message, type Answer, type PublicRequest } from './harness.js';
import { smtpSink } from './support.js';
import { feasibilityTest } from '../../forms/test/fixtures.ts';

const h = new Harness();
const { call, post, setClock } = h;
let mail: Awaited<ReturnType<typeof smtpSink>>;

/** Starts Directus (again) with its test clock reading `clock` from the start (before any sweep), mailing to the sink; sweeps in batches of 2. */
const boot = (clock: string) =>
  h.boot(clock, {
    ALUR_SWEEP_BATCH: '2',
    EMAIL_TRANSPORT: 'smtp',
    EMAIL_SMTP_HOST: '127.0.0.1',
    EMAIL_SMTP_PORT: String(mail.port),
    EMAIL_SMTP_SECURE: 'false',
    EMAIL_SMTP_IGNORE_TLS: 'true',
    EMAIL_FROM: 'alur@example.go.id',
  });

/** The demo user who acts for a role: OPD roles are held by the first OPD's user. */
const userFor = (role: string) => (demoUsers().find((u) => u.roles.includes(role))!.office === 'diskominfo-demo' ? role : 'opd');

/**
 * Drives a simulated run over HTTP: each event at its instant (the service clock set to it)
 * by the demo user holding the role, with the version read last. Returns the request id.
 */
async function drive(variant: string, title: string, replay: { event: RequestEvent; at: Date }[], requestData?: Record<string, unknown>): Promise<string> {
  const [first, ...rest] = replay;
  await setClock(first!.at);
  const submit = first!.event as Extract<RequestEvent, { type: 'SUBMIT' }>;
  const created = await post('/alur/requests', { variant, title, documents: submit.documents, ...(requestData ? { data: requestData } : {}) }, 'opd');
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  let request = data<PublicRequest>(created);
  for (const { event, at } of rest) {
    await setClock(at);
    const { actor, ...body } = event as Exclude<RequestEvent, { type: 'TICK' }>;
    const res = await post(`/alur/requests/${request.id}/events`, { ...body, version: request.version }, userFor(actor.roles[0]!));
    expect(res.status, `${event.type} at ${request.step}: ${JSON.stringify(res.body)}`).toBe(200);
    request = data<PublicRequest>(res);
  }
  return request.id;
}

interface Detail extends PublicRequest {
  timeline: { seq: number; event: string; step: string; to?: string }[];
  sla: { steps: { step: string; limitMinutes?: number; status: string; usedMinutes: number }[] };
}

beforeAll(async () => {
  mail = await smtpSink();
  // A fixed start, so the demo and the first sweeps do not depend on the day the tests run.
  await boot('2026-12-01T09:00:00+07:00');
}, 240_000);

afterAll(async () => {
  await h.stop();
  await mail?.close();
});

describe('Alur on a real Directus 12.4.0 (SQLite, temp folder, random port)', () => {
  it('loads the bundle: /alur/health lists the five variants and the schema version, and warns before holiday data runs out', async () => {
    await setClock('2026-06-01T09:00:00+07:00');
    const variants = ['sumbar-asap', 'sumbar-sop', 'sumbawa', 'babel', 'kalbar-lpse'];
    expect(await call('/alur/health').then(({ status, body }) => ({ status, body }))).toEqual({
      status: 200,
      body: { status: 'ok', schemaVersion: 10, variants, warnings: [] },
    });
    await setClock('2026-11-25T09:00:00+07:00');
    // One warning, on the national calendar every variant's calendar inherits its years from.
    const warnings = (await call('/alur/health')).body['warnings'] as { calendar: string; calendars: string[]; lastYear: number; id: string }[];
    expect(warnings.map((w) => [w.calendar, w.calendars, w.lastYear])).toEqual([['id-nasional', ['id-nasional', ...variants], 2026]]);
    expect(warnings[0]!.id).toMatch(/^Kalender "id-nasional" \(juga dipakai sumbar-asap, .*\) berdata hari libur sampai 2026: tambahkan tahun 2027/);
  });

  it('has provisioned the collections and seeded the built-in calendars, holidays, variants and steps', async () => {
    const count = async (collection: string) =>
      Number(data<{ count: number | string }[]>(await call(`/items/${collection}?aggregate[count]=*`, { as: 'admin' }))[0]!.count);
    expect([await count('alur_calendars'), await count('alur_holidays'), await count('alur_sop_variants'), await count('alur_sop_steps')]).toEqual([
      6, 82, 5, 66,
    ]);
    const sumbawa = await call('/items/alur_sop_variants/sumbawa?fields=calendar,steps.step_id,steps.waktu&deep[steps][_sort]=sort', { as: 'admin' });
    expect(data<{ steps: { step_id: string; waktu: string | null }[] }>(sumbawa).steps.find((s) => s.step_id === 'pengembangan')?.waktu).toBe(
      'Maksimal 35 Hari Kerja',
    );
  });

  it('labels fields in Bahasa Indonesia with English translations', async () => {
    const { body } = await call('/fields/alur_requests/title', { as: 'admin' });
    expect((body.data as { meta: { translations: unknown } }).meta.translations).toEqual([
      { language: 'id-ID', translation: 'Judul' },
      { language: 'en-US', translation: 'Title' },
    ]);
  });

  it('seeds the demo: one request per state, the breached one alerted once, the one waiting on the OPD paused', async () => {
    const all = data<(PublicRequest & { title: string; office: string })[]>(await call('/alur/requests', { as: 'admin' }));
    expect(all).toHaveLength(5);
    const byTitle = (word: string) => all.find((r) => r.title.includes(word))!;
    expect([byTitle('selesai').phase, byTitle('terlambat').slaStatus, byTitle('menunggu').phase, byTitle('menunggu').office]).toEqual([
      'done',
      'breached',
      'waiting',
      'disdik-demo',
    ]);
    const breached = byTitle('terlambat');
    const alerts = data<{ id: string; kind: string }[]>(await call(`/items/alur_sla_alerts?filter[request][_eq]=${breached.id}`, { as: 'admin' }));
    expect(alerts.map((a) => a.kind).sort()).toEqual(['breach']);
    const inbox = data<PublicRequest[]>(await call('/alur/inbox', { as: 'kadis' }));
    expect(inbox.map((r) => r.id)).toContain(breached.id);
    const kadisNotes = data<{ subject: string; item: string }[]>(await call('/alur/notifications', { as: 'kadis' }));
    expect(kadisNotes.filter((n) => n.item === breached.id && n.subject.startsWith('Tenggat terlewati'))).toHaveLength(1);
  });

  it('refuses an SOP edit that the validator rejects, with its messages, and keeps a sound one', async () => {
    const found = await call('/items/alur_sop_steps?filter[variant][_eq]=sumbawa&filter[step_id][_eq]=disposisi-kadis&fields=id', { as: 'admin' });
    const id = data<{ id: number }[]>(found)[0]!.id;
    const bad = await call(`/items/alur_sop_steps/${id}`, { method: 'PATCH', body: JSON.stringify({ actor: 'sekda' }), as: 'admin' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors![0]!.extensions.code).toBe('ALUR_INVALID_SOP');
    expect(bad.body.errors![0]!.message).toContain('pelaksana "sekda" tidak ada di daftar peran');
    expect(data(await call(`/items/alur_sop_steps/${id}?fields=actor,waktu`, { as: 'admin' }))).toEqual({ actor: 'kadis', waktu: '1 Hari Kerja' });
    const good = await call(`/items/alur_sop_steps/${id}`, { method: 'PATCH', body: JSON.stringify({ note: 'Diubah admin lewat Studio' }), as: 'admin' });
    expect(good.status, JSON.stringify(good.body)).toBe(200);
  });

  it('refuses a holiday that does not exist on the calendar, keeps a regional one', async () => {
    const bad = await call('/items/alur_holidays', {
      method: 'POST',
      body: JSON.stringify({ calendar: 'sumbawa', date: '2026-02-30', name: 'X', kind: 'regional', source: 'Perbup' }),
      as: 'admin',
    });
    expect([bad.status, bad.body.errors?.[0]?.extensions.code]).toEqual([400, expect.stringMatching(/^(ALUR_INVALID_CALENDAR|INVALID_PAYLOAD)$/)]);
    const good = await call('/items/alur_holidays', {
      method: 'POST',
      body: JSON.stringify({ calendar: 'sumbawa', date: '2026-09-22', name: 'Hari Jadi Kabupaten', kind: 'regional', source: 'Perbup (contoh)' }),
      as: 'admin',
    });
    expect(good.status, JSON.stringify(good.body)).toBe(200);
  });

  it('keeps requests, the audit trail and SLA alerts out of reach of the generic items API, even for admins', async () => {
    const [request] = data<PublicRequest[]>(await call('/alur/requests', { as: 'admin' }));
    const [event] = data<{ id: number }[]>(await call(`/items/alur_request_events?filter[request][_eq]=${request!.id}&fields=id`, { as: 'admin' }));
    const refused = [
      await call(`/items/alur_requests/${request!.id}`, { method: 'PATCH', body: JSON.stringify({ step: 'selesai', version: 99 }), as: 'admin' }),
      await call('/items/alur_requests', { method: 'POST', body: JSON.stringify({ title: 'x', variant: 'sumbawa', office: 'dinkes-demo' }), as: 'admin' }),
      await call(`/items/alur_requests/${request!.id}`, { method: 'DELETE', as: 'admin' }),
      await call('/items/alur_request_events', {
        method: 'POST',
        body: JSON.stringify({ request: request!.id, seq: 99, at: '2026-01-01T00:00:00Z', event: 'X' }),
        as: 'admin',
      }),
      await call(`/items/alur_request_events/${event!.id}`, { method: 'DELETE', as: 'admin' }),
      await call(`/items/alur_request_events/${event!.id}`, { method: 'PATCH', body: JSON.stringify({ by: 'orang lain' }), as: 'admin' }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect(refused[0]!.body.errors![0]!.message).toContain('hanya diubah lewat /alur');
    expect(data<{ version: number }>(await call(`/alur/requests/${request!.id}`, { as: 'admin' })).version).toBe(request!.version);
    const title = await call(`/items/alur_requests/${request!.id}`, { method: 'PATCH', body: JSON.stringify({ title: 'Judul diperbaiki' }), as: 'admin' });
    expect(title.status).toBe(200);
    const opdItems = await call('/items/alur_requests', { as: 'opd' });
    expect(opdItems.status).toBe(403);
  });

  it('runs a full Sumbawa request from the letter to the Berita Acara through both "tidak" loops, as the demo users', async () => {
    const sop = getSop('sumbawa');
    const { events, steps } = simulateRequest(sop, { start: new Date('2026-03-02T08:00:00+08:00'), opd: 'dinkes-demo' });
    expect(steps.filter((s) => s.event === 'REJECT').map((s) => s.step)).toEqual(['tanggapan-rencana', 'tanggapan-hasil']);
    const id = await drive('sumbawa', 'Sistem Informasi Kepegawaian', events);
    const detail = data<Detail>(await call(`/alur/requests/${id}`, { as: 'opd' }));
    expect([detail.phase, detail.step]).toEqual(['done', 'berita-acara-pekerjaan']);
    expect(detail.timeline.map((e) => e.event)).toEqual(['START', ...events.map((e) => e.event.type)]);
    expect(detail.timeline.map((e) => e.seq)).toEqual(detail.timeline.map((_e, i) => i + 1));
    expect(detail.timeline.filter((e) => e.event === 'REJECT').map((e) => e.to)).toEqual(['rencana-pengembangan', 'pengembangan']);
    expect(detail.sla.steps.filter((s) => s.status === 'breached')).toEqual([]);
    // The OPD was told when the request finished.
    const notes = data<{ subject: string; item: string }[]>(await call('/alur/notifications', { as: 'opd' }));
    expect(notes.filter((n) => n.item === id && n.subject.startsWith('Selesai'))).toHaveLength(1);
  });

  it('runs a Babel service-desk request with its minute-level steps (30 and 15 menit)', async () => {
    const sop = getSop('babel');
    const { events } = simulateRequest(sop, { start: new Date('2026-06-02T09:00:00+07:00'), opd: 'dinkes-demo', data: { layanan: 'rekomendasi' } });
    const id = await drive('babel', 'Rekomendasi aplikasi pelaporan', events, { layanan: 'rekomendasi' });
    const detail = data<Detail>(await call(`/alur/requests/${id}`, { as: 'admin' }));
    expect(detail.phase).toBe('done');
    const limits = detail.sla.steps.map((s) => s.limitMinutes);
    expect(limits).toContain(30);
    expect(limits).toContain(15);
    // Each minute-level step was done within its limit (the simulated actor takes half of it).
    for (const step of detail.sla.steps.filter((s) => (s.limitMinutes ?? 1e9) <= 30)) expect(step.usedMinutes).toBeLessThanOrEqual(step.limitMinutes!);
  });

  it('asks for the forms of the Babel service catalog at the follow-up steps that need them', async () => {
    await setClock('2026-06-03T09:00:00+07:00');
    const file = async (layanan: string) =>
      data<PublicRequest>(
        await post('/alur/requests', { variant: 'babel', title: `Layanan ${layanan}`, data: { layanan }, documents: [{ key: 'surat-permohonan' }] }, 'opd'),
      );
    /** Disposes down to the service desk and takes the route: the request at its follow-up step (5). */
    const toFollowUp = async (request: PublicRequest, layanan: string) => {
      for (const role of ['kadis', 'kabid', 'prakom'])
        request = data<PublicRequest>(
          await post(`/alur/requests/${request.id}/events`, { type: 'DISPOSE', instruction: 'Lanjut', version: request.version }, userFor(role)),
        );
      return data<PublicRequest>(
        await post(`/alur/requests/${request.id}/events`, { type: 'COMPLETE', data: { layanan }, version: request.version }, userFor('service-desk')),
      );
    };
    const complete = (request: PublicRequest, documents: unknown[]) =>
      post(`/alur/requests/${request.id}/events`, { type: 'COMPLETE', documents, version: request.version }, userFor('service-desk'));
    // A feasibility test: the office's request form (Formulir Layanan Uji Kelayakan Aplikasi) before the test is done.
    const test = await toFollowUp(await file('uji-kelaikan'), 'uji-kelaikan');
    expect(test.step).toBe('uji-kelaikan');
    const missing = await complete(test, [{ key: 'catatan' }]);
    expect([missing.status, message(missing)]).toEqual([422, expect.stringContaining('Formulir Layanan Uji Kelayakan Aplikasi')]);
    const invalid = await complete(test, [{ key: 'catatan' }, { key: 'formulir-uji-kelayakan', data: { ...feasibilityTest, applicationName: '' } }]);
    expect(invalid.status).toBe(400);
    const done = await complete(test, [{ key: 'catatan' }, { key: 'formulir-uji-kelayakan', data: feasibilityTest }]);
    expect([done.status, data<PublicRequest>(done).step]).toEqual([200, 'pembuatan-laporan']);
    // A recommendation: the catalog's service form (Formulir Layanan Pembangunan Aplikasi), which the printed table does not list.
    const advice = await toFollowUp(await file('rekomendasi'), 'rekomendasi');
    const withoutForm = await complete(advice, [{ key: 'catatan' }]);
    expect([withoutForm.status, message(withoutForm)]).toEqual([422, expect.stringContaining('Formulir Layanan Pembangunan Aplikasi')]);
    expect((await complete(advice, [{ key: 'catatan' }, { key: 'formulir-pembangunan-aplikasi', ref: 'scan-1' }])).status).toBe(200);
  });

  it('measures the availability the Babel catalog promises (SLA item 1) from the health checks the service answered', async () => {
    // Tuesday 7 July 2026, WIB: answered from 08:00 to 08:09, then nothing until 08:20.
    for (let minute = 0; minute < 10; minute += 1) {
      await setClock(`2026-07-07T08:${String(minute).padStart(2, '0')}:30+07:00`);
      expect((await call('/alur/health')).status).toBe(200);
    }
    await setClock('2026-07-07T08:20:00+07:00');
    const report = data<{ availability: { variant: string; promised: number; workingMinutes: number; answeredMinutes: number; share: number }[] }>(
      await call('/alur/reports/sla?variant=babel&from=2026-07-07&to=2026-07-07', { as: 'admin' }),
    );
    const working = workingMinutesBetween(getCalendar('babel'), new Date('2026-07-07T00:00:00+07:00'), new Date('2026-07-07T08:20:00+07:00'));
    const [line] = report.availability;
    expect(line).toMatchObject({ variant: 'babel', promised: 0.9, workingMinutes: working });
    // The ten minutes of health checks, and at most two more marked by the minute schedule meanwhile.
    expect(line!.answeredMinutes).toBeGreaterThanOrEqual(10);
    expect(line!.answeredMinutes).toBeLessThanOrEqual(12);
    expect(line!.share).toBeCloseTo(line!.answeredMinutes / working, 10);
    // Only variants whose catalog promises availability have a line.
    expect(data<{ availability: unknown[] }>(await call('/alur/reports/sla?variant=sumbawa', { as: 'admin' })).availability).toEqual([]);
  });

  it('answers a wrong role with 403 and a clear message, another office with 404, and changes nothing', async () => {
    await setClock('2026-05-04T09:00:00+08:00');
    const created = data<PublicRequest>(
      await post('/alur/requests', { variant: 'sumbawa', title: 'Uji peran', documents: [{ key: 'surat-permohonan', ref: 'f-1' }] }, 'opd'),
    );
    const wrong = await post(`/alur/requests/${created.id}/events`, { type: 'DISPOSE', instruction: 'Lanjut' }, 'kabid');
    expect(wrong.status).toBe(403);
    expect(wrong.body.errors![0]!.message).toMatch(/^Langkah 2 "disposisi-kadis" dikerjakan oleh .*peran Anda \(kabid\) tidak berwenang/);
    const english = await post(`/alur/requests/${created.id}/events?lang=en`, { type: 'DISPOSE', instruction: 'Lanjut' }, 'kabid');
    expect(english.body.errors![0]!.message).toMatch(/your roles \(kabid\) may not/);
    for (const res of [
      await call(`/alur/requests/${created.id}`, { as: 'opd-disdik' }),
      await post(`/alur/requests/${created.id}/events`, { type: 'UPLOAD', documents: [{ key: 'kak' }] }, 'opd-disdik'),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.errors![0]!.message).toBe(`Permohonan "${created.id}" tidak ditemukan.`);
    }
    expect(data<PublicRequest[]>(await call('/alur/requests', { as: 'opd-disdik' })).map((r) => r.id)).not.toContain(created.id);
    expect(data<PublicRequest>(await call(`/alur/requests/${created.id}`, { as: 'opd' })).version).toBe(created.version);
  });

  it('lets exactly one of 50 concurrent conflicting events through; the rest get 409 and the audit trail stays whole', async () => {
    await setClock('2026-05-05T09:00:00+08:00');
    const created = data<PublicRequest>(
      await post('/alur/requests', { variant: 'sumbawa', title: 'Uji serentak', documents: [{ key: 'surat-permohonan' }] }, 'opd'),
    );
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_v, i) =>
        post(`/alur/requests/${created.id}/events`, { type: 'DISPOSE', instruction: `Disposisi ${i}`, version: created.version }, 'kadis'),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(answers.find((a) => a.status === 409)!.body.errors![0]!.extensions.code).toBe('ALUR_CONFLICT');
    const detail = data<Detail>(await call(`/alur/requests/${created.id}`, { as: 'kadis' }));
    expect([detail.version, detail.step]).toEqual([created.version + 1, 'disposisi-kabid']);
    expect(detail.timeline.map((e) => e.event)).toEqual(['START', 'SUBMIT', 'DISPOSE']);
  });

  it('sweeps SLA clocks with a controllable clock: one breach alert and one notification per breached step, however often it runs', async () => {
    await setClock('2026-07-06T09:00:00+08:00');
    const created = data<PublicRequest>(
      await post('/alur/requests', { variant: 'sumbawa', title: 'Uji SLA', documents: [{ key: 'surat-permohonan' }] }, 'opd'),
    );
    const deadline = new Date(created.deadline!);
    expect(deadline.getTime()).toBeGreaterThan(new Date('2026-07-06T09:00:00+08:00').getTime());
    await setClock(new Date(deadline.getTime() - 20 * 60_000)); // most of the day used: warning
    await post('/alur/sla/sweep', {}, 'admin');
    await setClock(new Date(deadline.getTime() + 2 * 24 * 60 * 60_000)); // two days late: breach
    const sweeps = await Promise.all([post('/alur/sla/sweep', {}, 'admin'), post('/alur/sla/sweep', {}, 'admin'), post('/alur/sla/sweep', {}, 'admin')]);
    expect(sweeps.map((s) => s.status)).toEqual([200, 200, 200]);
    await post('/alur/sla/sweep', {}, 'admin');
    const alerts = data<{ id: string; kind: string }[]>(await call(`/items/alur_sla_alerts?filter[request][_eq]=${created.id}&sort=kind`, { as: 'admin' }));
    expect(alerts.map((a) => a.id)).toEqual([`${created.id}:disposisi-kadis:1:breach`, `${created.id}:disposisi-kadis:1:warning`]);
    const notes = data<{ subject: string; item: string }[]>(await call('/alur/notifications', { as: 'kadis' })).filter((n) => n.item === created.id);
    expect(notes.map((n) => n.subject.split(':')[0]).sort()).toEqual(['Menunggu Anda', 'Peringatan SLA', 'Tenggat terlewati']);
    expect(data<PublicRequest>(await call(`/alur/requests/${created.id}`, { as: 'kadis' })).slaStatus).toBe('breached');
    const report = data<{
      byStep: { variant: string; step: string; breached: number }[];
      byOffice: { office: string; breached: number; onTimePercent: number }[];
    }>(await call('/alur/reports/sla?variant=sumbawa', { as: 'kabid' }));
    expect(report.byStep.find((s) => s.step === 'disposisi-kadis')!.breached).toBeGreaterThanOrEqual(1);
    expect(report.byOffice.map((o) => o.office)).toEqual(['dinkes-demo']);
    // For July alone, the Kadis' dispositions are this request's, breached; for June there are none.
    type Period = { requests: number; byStep: { step: string; visits: number; breached: number }[] };
    const july = data<Period>(await call('/alur/reports/sla?variant=sumbawa&from=2026-07-01&to=2026-07-31', { as: 'kabid' }));
    expect([july.requests, july.byStep.find((s) => s.step === 'disposisi-kadis')]).toEqual([1, expect.objectContaining({ visits: 1, breached: 1 })]);
    expect(data<Period>(await call('/alur/reports/sla?variant=sumbawa&from=2026-06-01&to=2026-06-30', { as: 'kabid' })).requests).toBe(0);
    const bad = [
      await call('/alur/reports/sla?from=kemarin', { as: 'kabid' }),
      await call('/alur/reports/sla?to=2026-02-30', { as: 'kabid' }),
      await call('/alur/reports/sla?from=2026-08-01&to=2026-07-01&lang=en', { as: 'kabid' }),
      await call('/alur/reports/sla?from[]=2026-07-01', { as: 'kabid' }),
    ];
    expect(bad.map((b) => b.status)).toEqual([400, 400, 400, 400]);
    expect(bad[0]!.body.errors![0]!.message).toBe('"from" harus tanggal YYYY-MM-DD.');
    expect(bad[2]!.body.errors![0]!.message).toBe('"from" must not be after "to".');
  });

  it('loses nothing when Directus is killed with SIGKILL mid-run, and the sweep catches up after the restart', async () => {
    await setClock('2026-08-03T09:00:00+08:00');
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1)
      ids.push(
        data<PublicRequest>(await post('/alur/requests', { variant: 'sumbawa', title: `Uji mati ${i}`, documents: [{ key: 'surat-permohonan' }] }, 'opd')).id,
      );
    const inflight = ids.map((id) =>
      post(`/alur/requests/${id}/events`, { type: 'DISPOSE', instruction: 'Lanjut' }, 'kadis').catch(() => ({ status: 0, body: {} }) as Answer),
    );
    await new Promise((resolve) => setTimeout(resolve, 15));
    h.server.kill();
    const answered = await Promise.all(inflight);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Restart on the same test clock: the wall clock (months later) would let the minute's sweep tick these requests first.
    await boot('2026-08-03T09:00:30+08:00');
    // A sweep now finds none of them due: the restarted clock reads August, not the wall clock.
    await post('/alur/sla/sweep', {}, 'admin');
    expect(data<unknown[]>(await call(`/items/alur_sla_alerts?filter[request][_in]=${ids.join(',')}`, { as: 'admin' }))).toEqual([]);
    for (const [i, id] of ids.entries()) {
      const detail = data<Detail>(await call(`/alur/requests/${id}`, { as: 'kadis' }));
      // Each event either committed whole (state, version and trail) or not at all; an answered 200 was committed.
      const disposed = detail.timeline.some((e) => e.event === 'DISPOSE');
      expect([detail.step, detail.version, detail.timeline.length]).toEqual(disposed ? ['disposisi-kabid', 2, 3] : ['disposisi-kadis', 1, 2]);
      if (answered[i]!.status === 200) expect(disposed).toBe(true);
    }
    const waiting = [];
    for (const id of ids) if (data<PublicRequest>(await call(`/alur/requests/${id}`, { as: 'kadis' })).step === 'disposisi-kadis') waiting.push(id);
    await setClock('2026-08-10T09:00:00+08:00');
    // One sweep judges every due request, batch after batch (2 at a time here).
    const swept = data<{ checked: number; batches: number; more: boolean }>(await post('/alur/sla/sweep', {}, 'admin'));
    expect(swept.checked).toBeGreaterThanOrEqual(waiting.length);
    expect([swept.batches > 1 || waiting.length < 2, swept.more]).toEqual([true, false]);
    for (const id of waiting) expect(data<PublicRequest>(await call(`/alur/requests/${id}`, { as: 'kadis' })).slaStatus).toBe('breached');
  }, 240_000);

  it('answers a fuzz of bad payloads on every endpoint with a 4xx and a message, never a 500', async () => {
    await setClock('2026-09-01T09:00:00+07:00');
    const [request] = data<PublicRequest[]>(await call('/alur/requests', { as: 'opd' }));
    const targets: [string, string, string][] = [
      ['POST', '/alur/requests', 'opd'],
      ['POST', `/alur/requests/${request!.id}/events`, 'opd'],
      ['POST', `/alur/requests/${request!.id}/events`, 'kadis'],
      ['POST', '/alur/requests/not-a-uuid/events', 'kadis'],
      ['POST', '/alur/variants/validate', 'kabid'],
      ['PUT', '/alur/test/clock', 'admin'],
      ['PATCH', '/alur/notifications/1', 'kabid'],
    ];
    const fixed: unknown[] = [
      null,
      0,
      'x',
      [],
      {},
      { type: 'NOPE' },
      { type: 'SUBMIT', actor: { id: 'x', roles: ['kadis'] } },
      { type: 'TICK' },
      { type: 'COMPLETE', version: -1 },
      { type: 'COMPLETE', version: 'a' },
      { type: 'UPLOAD', documents: [{ key: 'KAK!' }] },
      { type: 'UPLOAD', documents: [{ key: 'kak', data: { applicationName: 5 } }] },
      { variant: 'sumbawa' },
      { variant: 'tidak-ada', title: 'x' },
      { variant: 'sumbawa', title: 'x', documents: 'x' },
      { variant: 'sumbawa', title: 'x', documents: [{ key: 'kak', data: {} }] },
      { at: 'kemarin' },
      { variant: ['sumbawa'], title: { a: 1 } },
      { variant: 'sumbawa', title: 'x'.repeat(300) },
    ];
    const samples = [...fixed, ...fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 40, seed: 42 })];
    for (const [method, path, as] of targets) {
      for (const body of samples) {
        const res = await call(path, { method, body: JSON.stringify(body), as });
        if (res.status < 400) continue; // a body that happens to be valid (e.g. a clock date)
        expect(res.status, `${method} ${path} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
        expect(res.body.errors?.[0]?.message, `${method} ${path} ${JSON.stringify(body)}`).toMatch(/\S/);
      }
      const broken = await call(path, { method, body: '{"type": "SUBMIT",', as });
      expect([broken.status, typeof broken.body.errors?.[0]?.message]).toEqual([400, 'string']);
    }
    for (const path of [
      '/alur/requests/00000000-0000-4000-8000-000000000000',
      '/alur/variants/tidak-ada/document',
      '/alur/variants/sumbawa/document?format=pdf',
      '/alur/inbox',
      '/alur/reports/sla',
    ]) {
      const anonymous = await call(path);
      expect(anonymous.status).toBe(401);
      const res = await call(path, { as: 'opd' });
      expect(res.status === 200 || (res.status >= 400 && res.status < 500), `${path}: ${res.status}`).toBe(true);
    }
    const invalidForm = await post(
      '/alur/requests',
      { variant: 'sumbawa', title: 'Form salah', documents: [{ key: 'kak', data: { applicationName: '' } }] },
      'opd',
    );
    expect(invalidForm.status).toBe(400);
    expect(invalidForm.body.errors![0]!.message).toMatch(/^Formulir tidak lengkap atau tidak sah: kak: /);
  }, 240_000);

  it('renders a variant as its SOP document and validates a variant sent by an office', async () => {
    const md = await fetch(`${h.server.url}/alur/variants/sumbawa/document?format=md`, { headers: { authorization: `Bearer ${h.tokens.get('opd')}` } });
    expect(md.status).toBe(200);
    expect(await md.text()).toContain('Maksimal 35 Hari Kerja');
    const mermaid = await fetch(`${h.server.url}/alur/variants/babel/document?format=mermaid`, { headers: { authorization: `Bearer ${h.tokens.get('opd')}` } });
    expect(await mermaid.text()).toMatch(/^flowchart TD\n/);
    const document = async (query: string) =>
      (
        await fetch(`${h.server.url}/alur/variants/kalbar-lpse/document?format=html${query}`, { headers: { authorization: `Bearer ${h.tokens.get('opd')}` } })
      ).text();
    expect(await document('')).not.toContain('Catatan analis');
    // Its one script (the pagination into A4 sheets) runs under the page's own policy, by a nonce fresh each time.
    const page = await fetch(`${h.server.url}/alur/variants/kalbar-lpse/document?format=html`, { headers: { authorization: `Bearer ${h.tokens.get('opd')}` } });
    const nonce = /<script nonce="([^"]+)">/.exec(await page.text())?.[1];
    expect(page.headers.get('content-security-policy')).toContain(`script-src 'nonce-${nonce}'`);
    expect(await document('&notes=1')).toContain('Catatan analis');
    const catalog = await fetch(`${h.server.url}/alur/variants/babel/catalog`, { headers: { authorization: `Bearer ${h.tokens.get('opd')}` } });
    expect([catalog.status, await catalog.text()]).toEqual([200, expect.stringContaining('Ketersediaan yang Dijamin')]);
    const none = await call('/alur/variants/sumbawa/catalog', { as: 'opd' });
    expect([none.status, message(none)]).toEqual([404, 'Varian SOP "sumbawa" tidak punya katalog layanan.']);
    const listed = data<{ id: string; catalog: boolean }[]>(await call('/alur/variants', { as: 'opd' }));
    expect(listed.filter((v) => v.catalog).map((v) => v.id)).toEqual(['babel']);
    const derived = {
      schemaVersion: 1,
      id: 'kab-x',
      version: '1',
      name: 'SOP X',
      office: 'Diskominfo X',
      extends: 'sumbawa',
      changes: { remove: ['tidak-ada'] },
    };
    const checked = data<{ ok: boolean; issues: { id: string }[] }>(await post('/alur/variants/validate', derived, 'kabid'));
    expect(checked).toEqual({
      ok: false,
      issues: [
        { path: ['changes', 'remove', 0], id: 'langkah "tidak-ada" tidak ada di SOP dasar "sumbawa"', en: 'step "tidak-ada" is not in base SOP "sumbawa"' },
      ],
    });
  });

  it('offers the Flows operation "Alur: kirim event" in the Studio and runs it as the user who triggers the flow', async () => {
    const app = await fetch(`${h.server.url}/extensions/sources/index.js`, { headers: { authorization: `Bearer ${h.tokens.get('admin')}` } });
    expect(await app.text()).toContain('Alur: kirim event');
    const flow = data<{ id: string }>(
      await post(
        '/flows',
        {
          name: 'Alur: disposisi lewat webhook',
          status: 'active',
          trigger: 'webhook',
          accountability: 'all',
          options: { method: 'POST', async: false, return: '$last' },
        },
        'admin',
      ),
    );
    const operation = data<{ id: string }>(
      await post(
        '/operations',
        {
          flow: flow.id,
          key: 'kirim',
          name: 'Kirim event',
          type: 'alur-send-event',
          position_x: 19,
          position_y: 1,
          options: { request: '{{$trigger.body.request}}', type: '{{$trigger.body.type}}', payload: '{{$trigger.body.payload}}' },
        },
        'admin',
      ),
    );
    expect((await call(`/flows/${flow.id}`, { method: 'PATCH', body: JSON.stringify({ operation: operation.id }), as: 'admin' })).status).toBe(200);
    await setClock('2026-10-05T09:00:00+08:00');
    const created = data<PublicRequest>(
      await post('/alur/requests', { variant: 'sumbawa', title: 'Uji Flows', documents: [{ key: 'surat-permohonan' }] }, 'opd'),
    );
    const trigger = (as: string) => post(`/flows/trigger/${flow.id}`, { request: created.id, type: 'DISPOSE', payload: { instruction: 'Lewat Flow' } }, as);
    await trigger('opd'); // the OPD may not dispose: the operation fails, nothing changes
    expect(data<PublicRequest>(await call(`/alur/requests/${created.id}`, { as: 'kadis' })).step).toBe('disposisi-kadis');
    const ran = await trigger('kadis');
    expect([ran.status, (ran.body as unknown as PublicRequest).step], JSON.stringify(ran.body)).toEqual([200, 'disposisi-kabid']);
    const detail = data<Detail>(await call(`/alur/requests/${created.id}`, { as: 'kadis' }));
    expect(detail.timeline.map((e) => e.event)).toEqual(['START', 'SUBMIT', 'DISPOSE']);
  });

  it('emails a notification to the users who turned email notifications on in Directus, and to nobody else; the recipient archives it', async () => {
    await setClock('2026-10-07T09:00:00+08:00');
    const [kadis] = data<{ id: string }[]>(await call('/users?filter[email][_eq]=kadis.demo@example.go.id&fields=id', { as: 'admin' }));
    expect((await call(`/users/${kadis!.id}`, { method: 'PATCH', body: JSON.stringify({ email_notifications: true }), as: 'admin' })).status).toBe(200);
    const before = mail.mails.length;
    const mailed = async (subject: string) => {
      for (let i = 0; i < 100 && !mail.mails.slice(before).some((m) => m.data.includes(subject)); i += 1)
        await new Promise((resolve) => setTimeout(resolve, 100));
      return mail.mails.slice(before);
    };
    const letter = (title: string) => post('/alur/requests', { variant: 'sumbawa', title, documents: [{ key: 'surat-permohonan' }] }, 'opd');
    const first = data<PublicRequest>(await letter('Uji email satu'));
    const firstMails = (await mailed('Subject: Menunggu Anda: Uji email satu')).filter((m) => m.data.includes('Uji email satu'));
    expect(firstMails.map((m) => m.to)).toEqual([['kadis.demo@example.go.id']]);
    // The email links to the request in the portal (every user has it; few have a Studio seat). Quoted-printable lines unfolded.
    expect(firstMails[0]!.data.replace(/=\r?\n/g, '')).toContain(`${h.server.publicUrl.replace(/\/+$/, '')}/alur/portal/permohonan/${first.id}`);
    // The Kabid is notified in the Studio only (email notifications off), then the Kadis gets the second letter.
    expect((await post(`/alur/requests/${first.id}/events`, { type: 'DISPOSE', instruction: 'Lanjut' }, 'kadis')).status).toBe(200);
    await letter('Uji email dua');
    const sent = await mailed('Subject: Menunggu Anda: Uji email dua');
    // Only the Kadis has email on (the minute's sweep may mail them an SLA alert meanwhile: not counted here).
    expect(sent.filter((m) => m.data.includes('Subject: Menunggu Anda: Uji email')).map((m) => m.to)).toEqual([
      ['kadis.demo@example.go.id'],
      ['kadis.demo@example.go.id'],
    ]);
    expect(sent.filter((m) => m.to.join() !== 'kadis.demo@example.go.id')).toEqual([]);
    const kabidInbox = data<{ id: number; subject: string }[]>(await call('/alur/notifications?status=inbox', { as: 'kabid' }));
    const note = kabidInbox.find((n) => n.subject === 'Menunggu Anda: Uji email satu')!;
    expect(note).toBeDefined();
    // The Kabid archives it; nobody else can touch it, and a wrong status changes nothing.
    const archive = (as: string, body: unknown) => call(`/alur/notifications/${note.id}`, { method: 'PATCH', body: JSON.stringify(body), as });
    expect([(await archive('kadis', { status: 'archived' })).status, (await archive('kabid', { status: 'dibaca' })).status]).toEqual([404, 400]);
    expect((await archive('kabid', { status: 'archived' })).status).toBe(200);
    expect(data<{ id: number }[]>(await call('/alur/notifications?status=inbox', { as: 'kabid' })).some((n) => n.id === note.id)).toBe(false);
    expect(data<{ id: number }[]>(await call('/alur/notifications?status=archived', { as: 'kabid' })).some((n) => n.id === note.id)).toBe(true);
    expect((await call(`/users/${kadis!.id}`, { method: 'PATCH', body: JSON.stringify({ email_notifications: false }), as: 'admin' })).status).toBe(200);
  });

  it('keeps the secrets a form marks (the test account of the feasibility form) out of every response and log', async () => {
    await setClock('2026-10-06T09:00:00+07:00');
    const created = await post(
      '/alur/requests',
      {
        variant: 'babel',
        title: 'Uji kelaikan SIPEBAJA',
        data: { layanan: 'uji-kelaikan' },
        documents: [{ key: 'surat-permohonan' }, { key: 'formulir-uji-kelayakan', data: feasibilityTest }],
      },
      'opd',
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = data<PublicRequest>(created).id;
    const secret = feasibilityTest.applicationAccount.password;
    const answers = [
      created,
      await call(`/alur/requests/${id}`, { as: 'opd' }),
      await call(`/alur/requests/${id}`, { as: 'admin' }),
      await call('/alur/requests', { as: 'admin' }),
      await call(`/items/alur_requests/${id}?fields=*`, { as: 'admin' }),
      await call(`/items/alur_requests/${id}?fields=secrets,form,snapshot`, { as: 'admin' }),
      await call(`/items/alur_request_events?filter[request][_eq]=${id}`, { as: 'admin' }),
      await call('/alur/notifications', { as: 'admin' }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBeLessThan(300);
      expect(JSON.stringify(answer.body)).not.toContain(secret);
    }
    const form = data<Detail & { documents: { key: string; data?: { applicationName?: string; applicationAccount?: unknown } }[] }>(answers[1]!).documents.find(
      (d) => d.key === 'formulir-uji-kelayakan',
    )!;
    expect(form.data).toMatchObject({ applicationName: 'SIPEBAJA', applicationAccount: {} });
    expect(data<Record<string, unknown>>(answers[5]!)).not.toHaveProperty('secrets');
    expect(h.server.logs.join('')).not.toContain(secret);
  });

  it('refuses requests without a token on Alur data (no public access)', async () => {
    expect((await call('/items/alur_requests')).status).toBe(403);
    expect((await call('/alur/requests')).status).toBe(401);
  });

  // Last: it enters 2027 on the shared calendar.
  it('runs a request into 2027 on estimated holidays, flagged, and moves its deadline when the admin imports the 2027 decree', async () => {
    const sop = getSop('sumbawa');
    const { events } = simulateRequest(sop, { start: new Date('2026-12-01T08:00:00+08:00'), opd: 'dinkes-demo' });
    await setClock(events[0]!.at);
    let request = data<PublicRequest & { provisional: boolean }>(
      await post(
        '/alur/requests',
        { variant: 'sumbawa', title: 'Sistem Informasi Gizi 2027', documents: (events[0]!.event as { documents?: unknown }).documents },
        'opd',
      ),
    );
    for (const { event, at } of events.slice(1)) {
      if (request.step === 'pengembangan') break;
      await setClock(at);
      const { actor, ...body } = event as Exclude<RequestEvent, { type: 'TICK' }>;
      const res = await post(`/alur/requests/${request.id}/events`, { ...body, version: request.version }, userFor(actor.roles[0]!));
      expect(res.status, `${event.type} at ${request.step}: ${JSON.stringify(res.body)}`).toBe(200);
      request = data(res);
    }
    // "Maksimal 35 Hari Kerja" from December reaches 2027, which has no decree yet: estimated, and said so.
    expect([request.step, request.deadline!.slice(0, 4), request.provisional]).toEqual(['pengembangan', '2027', true]);
    type Current = { sla: { current?: { deadline: string; provisional?: true } } };
    expect(data<Current>(await call(`/alur/requests/${request.id}`, { as: 'opd' })).sla.current).toMatchObject({
      deadline: request.deadline,
      provisional: true,
    });
    const notes = data<{ message: string; item: string }[]>(await call('/alur/notifications?limit=100', { as: 'tim-pengembang' })).filter(
      (n) => n.item === request.id,
    );
    expect(notes.some((n) => n.message.includes('perkiraan, menunggu SKB 2027') && n.message.includes('WITA'))).toBe(true);

    // The 2027 decree: the estimated national holidays as published, plus a joint-leave day inside the step.
    const estimate = provisionalYear(2027, { zone: 'Asia/Jakarta' }).holidays;
    const taken = new Set(estimate.map((h) => h.date));
    let leave = DateTime.fromISO('2027-01-11', { zone: 'Asia/Makassar' });
    while (leave.weekday > 5 || taken.has(leave.toISODate()!)) leave = leave.plus({ days: 1 });
    expect(leave.toMillis()).toBeLessThan(Date.parse(request.deadline!));
    const csv = [
      'tanggal,nama,jenis',
      ...estimate.map((h) => `${h.date},"${h.name}",libur nasional`),
      `${leave.toISODate()},Cuti bersama (contoh uji),cuti bersama`,
    ].join('\n');
    const body = { content: csv, format: 'csv', source: 'SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027 (contoh uji)' };
    const path = '/alur/calendars/id-nasional/years/2027';
    expect((await post(path, body, 'kabid')).status).toBe(403);
    const wrong = await post(path, { ...body, content: `${csv}\n2028-01-01,Salah tahun,libur nasional` }, 'admin');
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain('2028-01-01');

    // The preview says which running deadlines move and by how much; nothing changes yet.
    type Moved = {
      request: string;
      before: { deadline: string; provisional: boolean };
      after: { deadline: string; provisional: boolean; text: string };
      workingMinutes: number;
    };
    const preview = data<{ applied: boolean; holidays: number; moved: Moved[] }>(await post(path, body, 'admin'));
    expect([preview.applied, preview.holidays]).toEqual([false, estimate.length + 1]);
    const mine = preview.moved.find((m) => m.request === request.id)!;
    expect(mine.before).toEqual({ deadline: request.deadline, provisional: true, text: expect.stringMatching(/ WITA$/) });
    expect(mine.after.provisional).toBe(false);
    // One working day later: the next working date, at its closing time.
    expect(mine.workingMinutes).toBeGreaterThanOrEqual(7 * 60);
    expect(mine.workingMinutes).toBeLessThanOrEqual(8 * 60);
    expect(data<PublicRequest & { provisional: boolean }>(await call(`/alur/requests/${request.id}`, { as: 'opd' })).provisional).toBe(true);

    // Entered: the next sweep judges every open request on the official year.
    expect(data<{ applied: boolean }>(await post(path, { ...body, apply: true }, 'admin')).applied).toBe(true);
    expect((await post(path, { ...body, apply: true }, 'admin')).status).toBe(409);
    await post('/alur/sla/sweep', {}, 'admin');
    const after = data<PublicRequest & { provisional: boolean } & Current>(await call(`/alur/requests/${request.id}`, { as: 'opd' }));
    expect([after.deadline, after.provisional, after.sla.current?.provisional]).toEqual([mine.after.deadline, false, undefined]);
    const holidays = data<{ date: string; kind: string }[]>(
      await call(`/items/alur_holidays?filter[calendar][_eq]=id-nasional&filter[date][_eq]=${leave.toISODate()}`, { as: 'admin' }),
    );
    expect(holidays.map((h) => h.kind)).toEqual(['cutiBersama']);
  });
});
