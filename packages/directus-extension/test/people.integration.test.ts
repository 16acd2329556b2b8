// Issue 12: one place decides a user's SOP roles, the membership; the Directus role follows it.
// The wizard's endpoint creates a user and their membership in one step; the Studio's fields get
// Alur's displays and interfaces.
import { join } from 'node:path';
import knex from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '../src/provision/index.js';
import { data, Harness, message } from './harness.js';
import { smtpSink } from './support.js';

const h = new Harness('alur-people-');

beforeAll(() => h.boot('2026-12-01T09:00:00+07:00'), 240_000);
let mail: Awaited<ReturnType<typeof smtpSink>> | undefined;
afterAll(async () => {
  await h.stop();
  await mail?.close();
});

const roleOf = async (user: string) => data<{ role: string | null }>(await h.call(`/users/${user}?fields=role`, { as: 'admin' })).role;

describe('people: the membership decides, the Directus role follows', () => {
  it('lists the roles of the variants with names and kinds, and the office zone', async () => {
    const roles = await h.get<{ id: string; name: string; kinds: string[] }[]>('/alur/roles', 'opd');
    expect(roles.find((r) => r.id === 'kadis')).toMatchObject({ kinds: ['staff'] });
    expect(roles.find((r) => r.id === 'opd')).toMatchObject({ kinds: ['requester'] });
    expect(roles.find((r) => r.id === 'kadis')!.name).toMatch(/Kadis|Kepala Dinas/);
    // Three of the four demo variants run on WIB calendars (Babel, Sumbar, Kalbar), Sumbawa on WITA.
    expect(await h.get<{ zone: string }>('/alur/zone', 'admin')).toEqual({ zone: 'Asia/Jakarta' });
  });

  it('gives a user the role of their membership when it is saved, changes it with the roles, and takes it away when it is deleted', async () => {
    const created = await h.post('/users', { email: 'sinkron.uji@example.go.id', password: 'rahasia-uji-123', status: 'active' }, 'admin');
    const user = data<{ id: string }>(created).id;
    expect(await roleOf(user)).toBeNull();
    const saved = await h.post('/items/alur_memberships', { user, office: 'diskominfo-demo', sop_roles: ['kabid'] }, 'admin');
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const membership = data<{ id: string }>(saved).id;
    await expect.poll(() => roleOf(user)).toBe(stableId('role:kabid'));
    expect((await h.patch(`/items/alur_memberships/${membership}`, { sop_roles: ['kasi'] }, 'admin')).status).toBe(200);
    await expect.poll(() => roleOf(user)).toBe(stableId('role:kasi'));
    // A role set by hand that disagrees with the membership is put back.
    expect((await h.patch(`/users/${user}`, { role: stableId('role:opd') }, 'admin')).status).toBe(200);
    await expect.poll(() => roleOf(user)).toBe(stableId('role:kasi'));
    expect((await h.call(`/items/alur_memberships/${membership}`, { method: 'DELETE', as: 'admin' })).status).toBe(204);
    await expect.poll(() => roleOf(user)).toBeNull();
    // An admin's own role (here Alur Admin) is theirs: memberships do not touch it.
    expect((await h.patch(`/users/${user}`, { role: stableId('role:admin') }, 'admin')).status).toBe(200);
    expect((await h.post('/items/alur_memberships', { user, office: 'dinkes-demo', sop_roles: ['opd'] }, 'admin')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await roleOf(user)).toBe(stableId('role:admin'));
  });

  it('creates a person with their membership in one step; they sign in, are no Studio user, and see their inbox', async () => {
    const answer = await h.post(
      '/alur/people',
      { first_name: 'Rina', last_name: 'Kabid', email: 'Rina.Kabid@example.go.id', office: 'diskominfo-demo', sop_roles: ['kabid'] },
      'admin',
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const made = data<{ user: string; email: string; mailed: boolean; password: string }>(answer);
    expect(made).toMatchObject({ email: 'rina.kabid@example.go.id', mailed: false });
    expect(made.password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(await roleOf(made.user)).toBe(stableId('role:kabid'));
    await h.login('rina', made.email, made.password);
    expect(await h.get<{ roles: string[]; office: string }>('/alur/me', 'rina')).toMatchObject({ roles: ['kabid'], office: 'diskominfo-demo' });
    expect((await h.call('/alur/inbox', { as: 'rina' })).status).toBe(200);
    // No Studio seat: the role's policy has no app access.
    const policies = data<{ app_access: boolean; admin_access: boolean }[]>(
      await h.call(`/policies?filter[roles][role][_eq]=${stableId('role:kabid')}&fields=app_access,admin_access`, { as: 'admin' }),
    );
    expect(policies.length).toBeGreaterThan(0);
    expect(policies.every((p) => !p.app_access && !p.admin_access)).toBe(true);
    const listed = await h.get<{ email: string; name: string; memberships: { office: string; roles: string[] }[] }[]>('/alur/people', 'admin');
    expect(listed.find((p) => p.email === made.email)).toMatchObject({ name: 'Rina Kabid', memberships: [{ office: 'diskominfo-demo', roles: ['kabid'] }] });
  });

  it('refuses bad input, duplicates and non-admins with bilingual 4xx, and leaves nothing behind', async () => {
    const post = (body: unknown, as = 'admin', lang = '') => h.post(`/alur/people${lang}`, body, as);
    const before = data<unknown[]>(await h.call('/users?fields=id&limit=-1', { as: 'admin' })).length;
    const cases = [
      await post({ first_name: '', email: 'bukan-email', office: 'dinkes-demo', sop_roles: ['opd'] }),
      await post({ first_name: 'Ani', email: 'ani@example.go.id', office: 'dinkes-demo', sop_roles: ['kadis'] }),
      await post({ first_name: 'Ani', email: 'ani@example.go.id', office: 'tidak-ada', sop_roles: ['opd'] }),
      await post({ first_name: 'Ani', email: 'ani@example.go.id', office: 'dinkes-demo', sop_roles: [] }),
      await post({ first_name: 'Ani', email: 'OPD.demo@example.go.id', office: 'dinkes-demo', sop_roles: ['opd'] }),
      await post('teks', 'admin'),
      await post({ first_name: 'Ani', email: 'ani@example.go.id', office: 'dinkes-demo', sop_roles: ['opd'] }, 'opd'),
    ];
    expect(cases.map((c) => c.status)).toEqual([400, 400, 400, 400, 409, 400, 403]);
    expect(message(cases[0]!)).toMatch(/Nama depan wajib diisi.*Email tidak sah/);
    expect(message(cases[1]!)).toContain('Peran "kadis" adalah peran staf Diskominfo');
    expect(message(cases[2]!)).toContain('Perangkat daerah "tidak-ada" tidak ada');
    expect(message(cases[4]!)).toContain('sudah dipakai');
    expect(cases[1]!.body.errors![0]!.extensions['en']).toContain('Role "kadis" is a Diskominfo staff role');
    const english = await post({ first_name: 'Ani', email: 'x', office: 'dinkes-demo', sop_roles: ['opd'] }, 'admin', '?lang=en');
    expect(message(english)).toContain('The email address is not valid');
    expect(data<unknown[]>(await h.call('/users?fields=id&limit=-1', { as: 'admin' })).length).toBe(before);
    expect((await h.call('/alur/people', { as: 'opd' })).status).toBe(403);
  });

  it('sets the displays and the role picker on the fields', async () => {
    const field = async (collection: string, name: string) =>
      data<{ meta: { display: string | null; interface: string | null } }>(await h.call(`/fields/${collection}/${name}`, { as: 'admin' })).meta;
    expect(await field('alur_requests', 'sla_status')).toMatchObject({ display: 'alur-sla' });
    expect(await field('alur_requests', 'phase')).toMatchObject({ display: 'alur-phase' });
    expect(await field('alur_requests', 'created_by')).toMatchObject({ display: 'alur-user' });
    expect(await field('alur_requests', 'deadline')).toMatchObject({ display: 'alur-instant' });
    expect(await field('alur_request_events', 'by')).toMatchObject({ display: 'alur-user' });
    expect(await field('alur_request_events', 'at')).toMatchObject({ display: 'alur-instant' });
    expect(await field('alur_sla_alerts', 'deadline')).toMatchObject({ display: 'alur-instant' });
    expect(await field('alur_memberships', 'sop_roles')).toMatchObject({ interface: 'alur-sop-roles', display: 'alur-roles' });
  });

  it("on an existing install sets the displays where none was chosen, keeps an admin's own, and mails a new person a password link when email is set up", async () => {
    await h.server.stop();
    const pg = process.env['DB_CLIENT'] === 'pg';
    const db = knex(
      pg
        ? {
            client: 'pg',
            connection: {
              host: process.env['DB_HOST'] ?? '127.0.0.1',
              port: Number(process.env['DB_PORT'] ?? 5432),
              user: process.env['DB_USER'] ?? '',
              password: process.env['DB_PASSWORD'] ?? '',
              database: process.env['DB_DATABASE'] ?? '',
            },
          }
        : { client: 'sqlite3', connection: { filename: join(h.dataDir, 'alur.sqlite') }, useNullAsDefault: true },
    );
    try {
      // As a v6 install left them: no displays, the old tags interface; and one display an admin picked since.
      await db('directus_fields').whereIn('collection', ['alur_requests', 'alur_request_events']).update({ display: null, display_options: null });
      await db('directus_fields').where({ collection: 'alur_memberships', field: 'sop_roles' }).update({ interface: 'tags', display: null });
      await db('directus_fields').where({ collection: 'alur_requests', field: 'phase' }).update({ display: 'formatted-value' });
      await db('alur_meta').where({ key: 'schema_version' }).update({ value: '6' });
    } finally {
      await db.destroy();
    }
    mail = await smtpSink();
    await h.boot('2026-12-01T09:00:00+07:00', {
      EMAIL_TRANSPORT: 'smtp',
      EMAIL_SMTP_HOST: '127.0.0.1',
      EMAIL_SMTP_PORT: String(mail.port),
      EMAIL_SMTP_SECURE: 'false',
      EMAIL_SMTP_IGNORE_TLS: 'true',
      EMAIL_FROM: 'alur@example.go.id',
    });
    const field = async (collection: string, name: string) =>
      data<{ meta: { display: string | null; interface: string | null } }>(await h.call(`/fields/${collection}/${name}`, { as: 'admin' })).meta;
    expect(await field('alur_requests', 'sla_status')).toMatchObject({ display: 'alur-sla' });
    expect(await field('alur_request_events', 'at')).toMatchObject({ display: 'alur-instant' });
    expect(await field('alur_memberships', 'sop_roles')).toMatchObject({ interface: 'alur-sop-roles', display: 'alur-roles' });
    expect(await field('alur_requests', 'phase')).toMatchObject({ display: 'formatted-value' });

    const answer = await h.post('/alur/people', { first_name: 'Dewi', email: 'dewi.tu@example.go.id', office: 'diskominfo-demo', sop_roles: ['tu'] }, 'admin');
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(data<Record<string, unknown>>(answer)).toMatchObject({ mailed: true });
    expect(data<Record<string, unknown>>(answer)['password']).toBeUndefined();
    await expect.poll(() => mail!.mails.filter((m) => m.to.includes('dewi.tu@example.go.id')).length, { timeout: 15_000 }).toBe(1);
  }, 300_000);
});
