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
const withPhone = { ...base, fields: [...base.fields, { name: 'officePhone', type: 'phone', kind: 'landline', label: { id: 'Nomor telepon kantor', en: 'Office phone number' } }] };
const file = (data: Record<string, unknown>) => ({ variant: 'sumbawa', title: 'Uji formulir', documents: [{ key: 'surat-permohonan', ref: 'berkas-surat', data }] });
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
