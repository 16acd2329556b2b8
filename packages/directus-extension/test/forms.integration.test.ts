import { builtinFormDefinitions } from '@alur/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, Harness, message, type PublicRequest } from './harness.js';

// Forms as data on a real Directus: an admin's definition of a built-in form replaces it for the
// API's checks (and the portal, which draws from GET /alur/forms/:key); a bad definition is
// refused with its problems and changes nothing; null gives the built-in form back.

const h = new Harness('alur-forms-');
const { call, post, boot } = h;

/** A Surat Permohonan as seed 000 shows it. */
const letter = {
  letterNumber: '000.1/123/Disdik/2024',
  letterDate: '2024-03-04',
  subject: 'Permohonan Pembangunan Aplikasi',
  addressee: 'Kepala Dinas Komunikasi Informatika Statistik dan Persandian',
  opd: 'Dinas Pendidikan',
  applicationName: 'Sistem Informasi Beasiswa',
  requestType: 'baru',
  summary: 'Kami mengajukan pembangunan aplikasi untuk pengelolaan beasiswa daerah.',
  contact: { name: 'Rina', mobilePhone: '0812 6655 4433' },
  signatory: { name: 'Lizda Handayani, M.Kom.', nip: '19750121 200212 2 001', position: 'Kepala Dinas Pendidikan' },
};
const base = builtinFormDefinitions['surat-permohonan'];
/** The Surat Permohonan with one more required field, as an admin adds it. */
const withPhone = {
  ...base,
  fields: [...base.fields, { name: 'officePhone', type: 'phone', kind: 'landline', label: { id: 'Nomor telepon kantor', en: 'Office phone number' } }],
};
const file = (data: Record<string, unknown>) => ({
  variant: 'sumbawa',
  title: 'Uji formulir',
  documents: [{ key: 'surat-permohonan', ref: 'berkas-surat', data }],
});
const put = (definition: unknown, who = 'admin') => call('/alur/forms/surat-permohonan', { method: 'PUT', body: JSON.stringify({ definition }), as: who });

beforeAll(() => boot('2026-12-01T09:00:00+07:00'), 240_000);
afterAll(() => h.stop());

describe('forms as data: an admin changes the Surat Permohonan, the API checks filings with it', () => {
  it('lists the 15 forms, none changed, and gives anyone signed in the definition to draw', async () => {
    const list = data<{ key: string; changed: boolean }[]>(await call('/alur/forms', { as: 'opd' }));
    expect(list).toHaveLength(15);
    expect(list.every((f) => !f.changed)).toBe(true);
    const got = data<{ definition: { key: string }; changed: boolean }>(await call('/alur/forms/surat-permohonan', { as: 'opd' }));
    expect(got).toEqual({ definition: base, changed: false });
    expect((await call('/alur/forms/tidak-ada', { as: 'opd' })).status).toBe(404);
  });

  it('refuses a definition that is not one, with its problems in Bahasa Indonesia, and a non-admin; nothing changes', async () => {
    const broken = { ...base, fields: [...base.fields, { name: 'officePhone', type: 'telepon', label: { id: '', en: 'x' } }] };
    const refused = await put(broken);
    expect(refused.status).toBe(422);
    const problems = (refused.body.errors?.[0]?.extensions['problems'] ?? []) as { path: unknown[]; message: string }[];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/officePhone/);
    expect((await put(withPhone, 'opd')).status).toBe(403);
    expect(data<{ changed: boolean }>(await call('/alur/forms/surat-permohonan', { as: 'opd' })).changed).toBe(false);
    expect((await post('/alur/requests', file(letter), 'opd')).status).toBe(201);
  });

  it('with a required field added, refuses a filing without it (naming it) and takes one with it; null restores the built-in form', async () => {
    const saved = await put(withPhone);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(data<{ changed: boolean }>(saved).changed).toBe(true);
    expect(data<{ key: string; changed: boolean }[]>(await call('/alur/forms', { as: 'admin' })).find((f) => f.key === 'surat-permohonan')?.changed).toBe(true);

    const without = await post('/alur/requests', file(letter), 'opd');
    expect(without.status).toBe(400);
    expect(message(without)).toContain('Nomor telepon kantor wajib diisi');

    const withIt = await post('/alur/requests', file({ ...letter, officePhone: '(0371) 21234' }), 'opd');
    expect(withIt.status, JSON.stringify(withIt.body)).toBe(201);
    expect(data<PublicRequest>(withIt).id).toEqual(expect.any(String));

    expect((await put(null)).status).toBe(200);
    expect((await post('/alur/requests', file(letter), 'opd')).status).toBe(201);
  });

  it('checks an admin edit of the row in the Studio the same way', async () => {
    const bad = await call('/items/alur_forms', { method: 'POST', body: JSON.stringify({ id: 'kak', title: 'KAK', definition: { ...base } }), as: 'admin' });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    expect(message(bad)).toMatch(/Kunci harus tetap "kak"/);
  });
});

describe('forms as data: an admin creates a form and binds it to a step', () => {
  /** A form of this office's own: a subdomain request, with one required field of the catalog's IP type. */
  const subdomain = {
    key: 'permintaan-subdomain',
    title: { id: 'Formulir Permintaan Subdomain', en: 'Subdomain request form' },
    category: 'form',
    fields: [
      { name: 'subdomain', type: 'text', label: { id: 'Subdomain', en: 'Subdomain' } },
      { name: 'serverIp', type: 'ipAddress', label: { id: 'Alamat IP server', en: 'Server IP address' } },
    ],
  };
  const putForm = (key: string, definition: unknown) => call(`/alur/forms/${key}`, { method: 'PUT', body: JSON.stringify({ definition }), as: 'admin' });
  const withSubdomain = (data: Record<string, unknown> | undefined) => ({
    ...file(letter),
    documents: [
      { key: 'surat-permohonan', ref: 'berkas-surat', data: letter },
      { key: 'permintaan-subdomain', ref: 'berkas-subdomain', ...(data ? { data } : {}) },
    ],
  });
  type Editor = {
    variant: { name: string; office: string; number: string | null; calendar: string | null };
    roles: unknown;
    steps: { no: string; kelengkapan?: { key: string; label: string }[] }[];
    documents: { key: string }[];
  };
  const editor = async () => data<Editor>(await call('/alur/variants/sumbawa/editor', { as: 'admin' }));
  const saveSteps = async (view: Editor) =>
    call('/alur/variants/sumbawa', {
      method: 'PUT',
      body: JSON.stringify({
        name: view.variant.name,
        office: view.variant.office,
        number: view.variant.number,
        calendar: view.variant.calendar,
        roles: view.roles,
        steps: view.steps,
      }),
      as: 'admin',
    });

  it('creates a new form under a new code (201), refuses a code that is no kebab-case and one whose definition names another key', async () => {
    expect((await putForm('Permintaan Subdomain', { ...subdomain, key: 'Permintaan Subdomain' })).status).toBe(422);
    const other = await putForm('permintaan-subdomain', { ...subdomain, key: 'lain' });
    expect([other.status, message(other)]).toEqual([422, 'Definisi formulir belum benar.']);
    expect((await call('/alur/forms/permintaan-subdomain', { as: 'admin' })).status).toBe(404);

    const created = await putForm('permintaan-subdomain', subdomain);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(data<{ builtin: unknown; changed: boolean }>(created)).toMatchObject({ builtin: null, changed: true });
    expect((await putForm('permintaan-subdomain', subdomain)).status).toBe(200);

    const list = data<{ key: string; builtin: boolean; usedBy: unknown[] }[]>(await call('/alur/forms', { as: 'admin' }));
    expect(list).toHaveLength(16);
    expect(list.at(-1)).toMatchObject({ key: 'permintaan-subdomain', builtin: false, usedBy: [] });
    // The variant editor offers it in the Kelengkapan picker.
    expect((await editor()).documents.map((d) => d.key)).toContain('permintaan-subdomain');
  });

  it('bound to step No 1 of Sumbawa, the API checks filings with it; the portal is told there is a form for it', async () => {
    const view = await editor();
    view.steps[0]!.kelengkapan = [...(view.steps[0]!.kelengkapan ?? []), { key: 'permintaan-subdomain', label: 'Formulir Permintaan Subdomain' }];
    const saved = await saveSteps(view);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    const filing = data<{ step: { kelengkapan: { key: string; form?: true }[] } }>(await call('/alur/variants/sumbawa/filing', { as: 'opd' }));
    expect(filing.step.kelengkapan.find((k) => k.key === 'permintaan-subdomain')).toMatchObject({ form: true });

    const bad = await post('/alur/requests', withSubdomain({ subdomain: 'beasiswa', serverIp: '999.1.1.1' }), 'opd');
    expect(bad.status).toBe(400);
    expect(message(bad)).toMatch(/^Formulir tidak lengkap atau tidak sah: permintaan-subdomain: /);
    const missing = await post('/alur/requests', withSubdomain({ subdomain: 'beasiswa' }), 'opd');
    expect(message(missing)).toContain('Alamat IP server wajib diisi');

    const good = await post('/alur/requests', withSubdomain({ subdomain: 'beasiswa', serverIp: '10.20.30.40' }), 'opd');
    expect(good.status, JSON.stringify(good.body)).toBe(201);
    const page = data<{ documents: { key: string; data?: Record<string, unknown> }[]; documentLabels: Record<string, string> }>(
      await call(`/alur/requests/${data<PublicRequest>(good).id}`, { as: 'opd' }),
    );
    expect(page.documents.find((d) => d.key === 'permintaan-subdomain')?.data).toEqual({ subdomain: 'beasiswa', serverIp: '10.20.30.40' });
    expect(page.documentLabels['permintaan-subdomain']).toBe('Formulir Permintaan Subdomain');
  });

  it('is not deleted while a step names it (409 naming the variant and step), nor through the collection; once unbound it is', async () => {
    const used = data<{ key: string; usedBy: { variant: string; steps: string[] }[] }[]>(await call('/alur/forms', { as: 'admin' })).find(
      (f) => f.key === 'permintaan-subdomain',
    );
    expect(used?.usedBy).toEqual([{ variant: 'sumbawa', name: expect.any(String), steps: ['1'] }]);
    const refused = await call('/alur/forms/permintaan-subdomain', { method: 'DELETE', as: 'admin' });
    expect(refused.status).toBe(409);
    expect(message(refused)).toMatch(/^Formulir "Formulir Permintaan Subdomain" masih dipakai langkah: .+ \(No 1\)/);
    expect((await call('/items/alur_forms/permintaan-subdomain', { method: 'DELETE', as: 'admin' })).status).toBe(409);
    // A built-in form is restored, never deleted; a created one has no built-in shape to restore.
    expect((await call('/alur/forms/kak', { method: 'DELETE', as: 'admin' })).status).toBe(400);
    expect((await putForm('permintaan-subdomain', null)).status).toBe(400);
    expect((await call('/alur/forms/permintaan-subdomain', { method: 'DELETE', as: 'opd' })).status).toBe(403);

    const view = await editor();
    view.steps[0]!.kelengkapan = view.steps[0]!.kelengkapan!.filter((k) => k.key !== 'permintaan-subdomain');
    expect((await saveSteps(view)).status).toBe(200);
    expect((await call('/alur/forms/permintaan-subdomain', { method: 'DELETE', as: 'admin' })).status).toBe(204);
    expect((await call('/alur/forms/permintaan-subdomain', { as: 'admin' })).status).toBe(404);
    expect(data<unknown[]>(await call('/alur/forms', { as: 'admin' }))).toHaveLength(15);
  });
});
