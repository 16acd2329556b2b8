// Issue "Correct and hardened service": memberships and roles per office, system records,
// deletes of rows in use, size and depth limits, Idempotency-Key, secrets at rest.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feasibilityTest } from '../../forms/test/fixtures.ts';
import { data, Harness, message, type PublicRequest } from './harness.js';

const h = new Harness();
const letter = (title: string) => ({ variant: 'sumbawa', title, documents: [{ key: 'surat-permohonan' }] });

beforeAll(() => h.boot('2026-12-01T09:00:00+07:00'), 240_000);
afterAll(() => h.stop());

describe('memberships: roles that exist, of the office kind, never carried to another office', () => {
  it('refuses unknown, duplicated and wrong-kind roles and a second membership in the same office, with a clear message', async () => {
    const kabid = await h.userId('kabid.demo@example.go.id');
    const opd = await h.userId('opd.demo@example.go.id');
    const save = (body: unknown) => h.post('/items/alur_memberships', body, 'admin');
    const refused = [
      await save({ user: kabid, office: 'dinkes-demo', sop_roles: ['sekda'] }),
      await save({ user: kabid, office: 'dinkes-demo', sop_roles: ['opd', 'opd'] }),
      await save({ user: kabid, office: 'dinkes-demo', sop_roles: ['kadis'] }),
      await save({ user: opd, office: 'diskominfo-demo', sop_roles: ['opd'] }),
      await save({ user: opd, office: 'dinkes-demo', sop_roles: ['opd'] }),
    ];
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
    expect(refused.map(message)).toEqual([
      expect.stringContaining('Peran "sekda" tidak ada di varian SOP mana pun'),
      expect.stringContaining('Peran "opd" tercantum dua kali'),
      expect.stringContaining('Peran "kadis" adalah peran staf Diskominfo'),
      expect.stringContaining('Peran "opd" adalah peran pemohon'),
      expect.stringContaining('sudah anggota "dinkes-demo"'),
    ]);
    expect(refused[0]!.body.errors![0]!.extensions['en']).toContain('Role "sekda" is in no SOP variant');
    // The OPD user's own membership cannot be turned into the Kadis' either.
    const [mine] = data<{ id: string }[]>(
      await h.call(`/items/alur_memberships?filter[user][_eq]=${opd}&filter[office][_eq]=dinkes-demo&fields=id`, { as: 'admin' }),
    );
    expect((await h.patch(`/items/alur_memberships/${mine!.id}`, { sop_roles: ['opd', 'kadis'] }, 'admin')).status).toBe(400);
    // An office whose members hold requester roles cannot become the Diskominfo.
    expect((await h.patch('/items/alur_offices/dinkes-demo', { kind: 'diskominfo' }, 'admin')).status).toBe(400);
    const count = data<{ count: string | number }[]>(await h.call(`/items/alur_memberships?aggregate[count]=*&filter[user][_eq]=${kabid}`, { as: 'admin' }));
    expect(Number(count[0]!.count)).toBe(1);
  });

  it('gives a staff user with an OPD membership requester roles for that office only, and never staff roles on a request they filed', async () => {
    await h.setClock('2026-11-23T09:00:00+07:00');
    const kadis = await h.userId('kadis.demo@example.go.id');
    expect((await h.post('/items/alur_memberships', { user: kadis, office: 'dinkes-demo', sop_roles: ['opd'] }, 'admin')).status).toBe(200);
    // The demo request of the other OPD that waits on its requester: the Kadis is no requester there.
    const waiting = data<PublicRequest[]>(await h.call('/alur/requests', { as: 'admin' })).find((r) => r.phase === 'waiting' && r.office === 'disdik-demo')!;
    const upload = await h.post(`/alur/requests/${waiting.id}/events`, { type: 'UPLOAD', documents: [{ key: 'kak' }] }, 'kadis');
    const resubmit = await h.post(`/alur/requests/${waiting.id}/events`, { type: 'RESUBMIT' }, 'kadis');
    expect([upload.status, resubmit.status]).toEqual([403, 403]);
    // Filing for the Dinkes as its member works; disposing their own request as Kadis does not.
    const own = await h.post('/alur/requests', letter('Diajukan Kadis untuk Dinkes'), 'kadis');
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const dispose = await h.post(`/alur/requests/${data<PublicRequest>(own).id}/events`, { type: 'DISPOSE', instruction: 'Lanjut' }, 'kadis');
    expect(dispose.status).toBe(403);
    expect(message(dispose)).toMatch(/peran Anda \(opd\) tidak berwenang/);
    // The inbox does not offer it to them either; someone else's request still is.
    const inbox = data<PublicRequest[]>(await h.call('/alur/inbox', { as: 'kadis' }));
    expect(inbox.some((r) => r.id === data<PublicRequest>(own).id)).toBe(false);
    const other = data<PublicRequest>(await h.post('/alur/requests', letter('Diajukan OPD'), 'opd'));
    expect(data<PublicRequest[]>(await h.call('/alur/inbox', { as: 'kadis' })).some((r) => r.id === other.id)).toBe(true);
    expect((await h.post(`/alur/requests/${other.id}/events`, { type: 'DISPOSE', instruction: 'Lanjut' }, 'kadis')).status).toBe(200);
  });

  it('counts a membership change from the very next call, and a deleted user is never notified (memberships are cached)', async () => {
    const kabid = await h.userId('kabid.demo@example.go.id');
    const [membership] = data<{ id: string; office: string; sop_roles: string[] }[]>(
      await h.call(`/items/alur_memberships?filter[user][_eq]=${kabid}&fields=id,office,sop_roles`, { as: 'admin' }),
    );
    expect((await h.call('/alur/me', { as: 'kabid' })).status).toBe(200);
    expect((await h.call(`/items/alur_memberships/${membership!.id}`, { method: 'DELETE', as: 'admin' })).status).toBe(204);
    expect((await h.call('/alur/me', { as: 'kabid' })).status).toBe(403);
    expect((await h.post('/items/alur_memberships', { user: kabid, office: membership!.office, sop_roles: membership!.sop_roles }, 'admin')).status).toBe(200);
    expect((await h.call('/alur/me', { as: 'kabid' })).status).toBe(200);
    // A second Kabid, notified once, then removed from Directus: the next disposition to the Kabid still goes through.
    const role = data<{ role: string }>(await h.call(`/users/${kabid}?fields=role`, { as: 'admin' })).role;
    const created = await h.post('/users', { email: 'kabid2.uji@example.go.id', password: 'rahasia-uji-123', role, status: 'active' }, 'admin');
    const second = data<{ id: string }>(created).id;
    expect((await h.post('/items/alur_memberships', { user: second, office: membership!.office, sop_roles: ['kabid'] }, 'admin')).status).toBe(200);
    const first = data<PublicRequest>(await h.post('/alur/requests', letter('Kabid kedua diberi tahu'), 'opd'));
    expect((await h.post(`/alur/requests/${first.id}/events`, { type: 'DISPOSE', instruction: 'Lanjut' }, 'kadis')).status).toBe(200);
    expect((await h.call(`/users/${second}`, { method: 'DELETE', as: 'admin' })).status).toBe(204);
    const next = data<PublicRequest>(await h.post('/alur/requests', letter('Kabid kedua sudah dihapus'), 'opd'));
    const dispose = await h.post(`/alur/requests/${next.id}/events`, { type: 'DISPOSE', instruction: 'Lanjut' }, 'kadis');
    expect(dispose.status, JSON.stringify(dispose.body)).toBe(200);
  });
});

describe('system records, deletes of rows in use', () => {
  it('keeps alur_meta (frozen definitions, locks) and idempotency keys out of reach of the items API, even for admins', async () => {
    const [frozen] = data<{ key: string }[]>(await h.call('/items/alur_meta?filter[key][_starts_with]=sop:&fields=key&limit=1', { as: 'admin' }));
    const answers = [
      await h.post('/items/alur_meta', { key: 'lock', value: '{}', until: '2099-01-01T00:00:00Z' }, 'admin'),
      await h.patch(`/items/alur_meta/${frozen!.key}`, { value: '{}' }, 'admin'),
      await h.call(`/items/alur_meta/${frozen!.key}`, { method: 'DELETE', as: 'admin' }),
      await h.post('/items/alur_idempotency', { id: 'x' }, 'admin'),
    ];
    expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403]);
    expect(message(answers[0]!)).toContain('tidak dapat diubah lewat koleksi');
    expect(data<{ value: unknown }>(await h.call(`/items/alur_meta/${frozen!.key}?fields=value`, { as: 'admin' })).value).not.toEqual({});
  });

  it('refuses to delete a variant or an office that requests use, with a message offering archiving, never SQL', async () => {
    const variant = await h.call('/items/alur_sop_variants/sumbawa', { method: 'DELETE', as: 'admin' });
    const office = await h.call('/items/alur_offices/dinkes-demo', { method: 'DELETE', as: 'admin' });
    expect([variant.status, office.status]).toEqual([409, 409]);
    expect(message(variant)).toMatch(/dipakai \d+ permohonan .* arsipkan/);
    expect(variant.body.errors![0]!.extensions['en']).toMatch(/archive it instead/);
    expect(JSON.stringify([variant.body, office.body])).not.toMatch(/SQLITE|constraint|violates/i);
    expect((await h.call('/items/alur_sop_variants/sumbawa?fields=id', { as: 'admin' })).status).toBe(200);
    // Archived: kept, no new requests; active again: open.
    expect((await h.patch('/items/alur_sop_variants/sumbawa', { status: 'archived' }, 'admin')).status).toBe(200);
    const refused = await h.post('/alur/requests', letter('Pada varian diarsipkan'), 'opd');
    expect([refused.status, message(refused)]).toEqual([422, 'Varian SOP "sumbawa" sudah diarsipkan.']);
    expect((await h.patch('/items/alur_sop_variants/sumbawa', { status: 'active' }, 'admin')).status).toBe(200);
  });
});

describe('limits', () => {
  it('refuses deep, long and oversized input with 400/413 and a message, stores nothing, and the admin list still renders', async () => {
    await h.setClock('2026-11-24T09:00:00+07:00');
    // Deeper than Alur's 16 levels, within the 32 every Directus route allows (a deeper body is refused before any route).
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i += 1) deep = { a: deep };
    const before = (data<unknown[]>(await h.call('/alur/requests?limit=100', { as: 'admin' })) ?? []).length;
    const answers = [
      await h.post('/alur/requests', { ...letter('Dalam'), data: { deep } }, 'opd'),
      await h.post('/alur/requests', { ...letter('x'), note: 'x'.repeat(30_000) }, 'opd'),
      await h.post('/alur/requests', { ...letter('Banyak'), documents: Array.from({ length: 60 }, (_v, i) => ({ key: `lampiran-${i}` })) }, 'opd'),
      await h.post(
        '/alur/requests',
        {
          ...letter('Besar'),
          documents: [
            { key: 'surat-permohonan' },
            { key: 'lampiran', data: { a: 'x'.repeat(19_000), b: 'y'.repeat(19_000), c: 'z'.repeat(19_000), d: 'w'.repeat(19_000) } },
          ],
        },
        'opd',
      ),
    ];
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 413]);
    expect(answers.map(message)).toEqual([
      expect.stringContaining('bersarang lebih dari 16 tingkat'),
      expect.stringContaining('lebih dari 20000 karakter'),
      expect.stringContaining('Paling banyak 50 dokumen'),
      expect.stringContaining('lebih dari 64 KB'),
    ]);
    expect(data<unknown[]>(await h.call('/alur/requests?limit=100', { as: 'admin' })).length).toBe(before);
    // The Studio's collections refuse deep JSON too (a step's Kelengkapan here).
    const [step] = data<{ id: number }[]>(await h.call('/items/alur_sop_steps?filter[variant][_eq]=babel&fields=id&limit=1', { as: 'admin' }));
    expect((await h.patch(`/items/alur_sop_steps/${step!.id}`, { kelengkapan: [{ key: 'x', label: 'x', deep }] }, 'admin')).status).toBe(400);
    const list = await h.call('/items/alur_requests?limit=-1', { as: 'admin' });
    expect(list.status).toBe(200);
  });

  it('stops a request growing past 1 MB with 413, keeping what it had', async () => {
    const created = data<PublicRequest>(await h.post('/alur/requests', letter('Tumbuh'), 'opd'));
    const big = { a: 'x'.repeat(19_000), b: 'y'.repeat(19_000), c: 'z'.repeat(19_000) };
    let last = 0;
    let version = created.version;
    for (let i = 0; i < 30 && last !== 413; i += 1) {
      const res = await h.post(`/alur/requests/${created.id}/events`, { type: 'UPLOAD', documents: [{ key: `lampiran-${i}`, data: big }] }, 'kadis');
      last = res.status;
      if (res.status === 200) version = data<PublicRequest>(res).version;
    }
    expect(last).toBe(413);
    const detail = data<PublicRequest>(await h.call(`/alur/requests/${created.id}`, { as: 'kadis' }));
    expect(detail.version).toBe(version);
  });
});

describe('Idempotency-Key', () => {
  it('answers a retried filing with the first answer and files it once, also when the retries race', async () => {
    await h.setClock('2026-11-25T09:00:00+07:00');
    const body = letter('Idempoten satu');
    const first = await h.post('/alur/requests', body, 'opd', { 'idempotency-key': 'berkas-001' });
    const again = await h.post('/alur/requests', body, 'opd', { 'idempotency-key': 'berkas-001' });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body).toEqual(first.body);
    expect([first.headers.get('idempotent-replayed'), again.headers.get('idempotent-replayed')]).toEqual([null, 'true']);
    const racing = await Promise.all(
      Array.from({ length: 6 }, () => h.post('/alur/requests', letter('Idempoten balapan'), 'opd', { 'idempotency-key': 'berkas-002' })),
    );
    expect(racing.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(racing.map((r) => data<PublicRequest>(r).id)).size).toBe(1);
    const titles = data<PublicRequest[]>(await h.call('/alur/requests?limit=100', { as: 'opd' })).map((r) => r.title);
    expect([titles.filter((t) => t === 'Idempoten satu').length, titles.filter((t) => t === 'Idempoten balapan').length]).toEqual([1, 1]);
    // The same key with another body, a bad key: refused, nothing filed.
    const reused = await h.post('/alur/requests', letter('Lain'), 'opd', { 'idempotency-key': 'berkas-001' });
    const bad = await h.post('/alur/requests', letter('Lain'), 'opd', { 'idempotency-key': 'ada spasi' });
    expect([reused.status, bad.status]).toEqual([422, 400]);
    // Another user's key space is their own.
    expect((await h.post('/alur/requests', letter('Idempoten satu'), 'opd-disdik', { 'idempotency-key': 'berkas-001' })).status).toBe(201);
  });

  it('applies a retried event once and answers it like the first time', async () => {
    const created = data<PublicRequest>(await h.post('/alur/requests', letter('Idempoten event'), 'opd'));
    const send = () => h.post(`/alur/requests/${created.id}/events`, { type: 'DISPOSE', instruction: 'Lanjut' }, 'kadis', { 'idempotency-key': 'disposisi-1' });
    const [a, b] = [await send(), await send()];
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body).toEqual(a.body);
    const detail = data<{ timeline: { event: string }[] }>(await h.call(`/alur/requests/${created.id}`, { as: 'kadis' }));
    expect(detail.timeline.map((e) => e.event)).toEqual(['START', 'SUBMIT', 'DISPOSE']);
  });
});

describe('form secrets', () => {
  it('keeps them encrypted at rest and reveals them only to the service desk that runs the test, in the audit trail', async () => {
    await h.setClock('2026-10-06T09:00:00+07:00');
    const created = await h.post(
      '/alur/requests',
      {
        variant: 'babel',
        title: 'Uji kelaikan rahasia',
        data: { layanan: 'uji-kelaikan' },
        documents: [{ key: 'surat-permohonan' }, { key: 'formulir-uji-kelayakan', data: feasibilityTest }],
      },
      'opd',
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = data<PublicRequest>(created).id;
    const password = feasibilityTest.applicationAccount.password;
    if (!process.env['DB_CLIENT']) {
      const files = ['alur.sqlite', 'alur.sqlite-wal'].map((f) => join(h.dataDir, f)).filter((f) => existsSync(f));
      for (const file of files) expect(readFileSync(file).includes(password), file).toBe(false);
    }
    const reveal = (as: string) => h.post(`/alur/requests/${id}/secrets`, { document: 'formulir-uji-kelayakan', reason: 'Pengujian kelaikan' }, as);
    const refused = [await reveal('opd'), await reveal('kadis'), await reveal('admin')];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403]);
    expect(message(refused[1]!)).toContain('Petugas Service Desk');
    const shown = await reveal('service-desk');
    expect(shown.status, JSON.stringify(shown.body)).toBe(200);
    expect(data(shown)).toEqual({
      document: 'formulir-uji-kelayakan',
      fields: { 'applicationAccount.username': feasibilityTest.applicationAccount.username, 'applicationAccount.password': password },
    });
    const timeline = data<{ timeline: { event: string; by: string; document?: string; reason?: string }[] }>(
      await h.call(`/alur/requests/${id}`, { as: 'opd' }),
    ).timeline;
    const serviceDesk = await h.userId('service-desk.demo@example.go.id');
    expect(timeline.filter((e) => e.event === 'REVEAL_SECRET')).toEqual([
      expect.objectContaining({ by: serviceDesk, document: 'formulir-uji-kelayakan', reason: 'Pengujian kelaikan' }),
    ]);
    expect(JSON.stringify(timeline)).not.toContain(password);
    expect((await h.post(`/alur/requests/${id}/secrets`, { document: 'kak' }, 'service-desk')).status).toBe(404);
  });
});
