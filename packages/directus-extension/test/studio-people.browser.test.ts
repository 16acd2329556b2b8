import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { available, axe, putOffStudioPrompts, shoot, studioSession } from './browser.js';
import type { Server } from './harness.js';

// Issue 12 in a real browser: the admin reads Alur's rows in the Studio's Content module as
// people do (SLA words, phase words, user names, times in WIB/WITA, never UUIDs or UTC), and
// adds a person for an SOP role with the module's wizard, who then signs in to the portal.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe.skipIf(!available)('the Studio shows Alur data as people read it, and adds people (real Directus, real browser)', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let admin: string;

  const api = async (path: string, init: { method?: string; body?: unknown; token?: string } = {}) => {
    const res = await fetch(`${server.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${init.token ?? admin}`, 'content-type': 'application/json' },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as { data: Record<string, unknown> } };
  };

  const studio = studioSession('alur-people-', {
    viewport: { width: 1440, height: 900 },
    setup: async (started) => {
      server = started;
      const login = await fetch(`${server.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: server.adminEmail, password: server.adminPassword }),
      });
      admin = ((await login.json()) as { data: { access_token: string } }).data.access_token;
      // The columns the admin picked for the two lists (a bookmark-less layout preset of their own).
      const me = (await api('/users/me?fields=id')).body.data['id'];
      const columns = { alur_requests: ['title', 'phase', 'sla_status', 'deadline', 'created_by'], alur_request_events: ['seq', 'event', 'at', 'by'] };
      for (const [collection, fields] of Object.entries(columns)) {
        const preset = await api('/presets', {
          method: 'POST',
          body: {
            user: me,
            collection,
            layout: 'tabular',
            layout_query: { tabular: { fields, page: 1 } },
            layout_options: { tabular: { widths: { title: 260, deadline: 200, at: 200, by: 320, created_by: 320 } } },
          },
        });
        expect(preset.status, JSON.stringify(preset.body)).toBe(200);
      }
    },
  });
  beforeAll(() => ({ browser, page } = studio)); // after the session's own beforeAll

  /** Opens a Studio page with Directus 12's own prompts put off. */
  async function open(path: string): Promise<void> {
    await page.goto(`${server.url}/admin${path}`);
    await putOffStudioPrompts(page);
  }

  /** Directus 12's prompts may come a moment after the page: put them off again before a screenshot. */

  it('lists requests in Content with SLA badges, phase words, user names and WITA/WIB times instead of codes, UUIDs and UTC', async () => {
    await open('/content/alur_requests');
    const table = page.locator('table').first();
    await table.getByText('Terlambat').first().waitFor({ timeout: 60_000 });
    await table.getByText('Dikembalikan ke OPD').first().waitFor();
    await table.getByText('OPD Dinas Kesehatan Kabupaten Contoh (demo)').first().waitFor({ timeout: 15_000 });
    // Each request's times in its own calendar's zone: Sumbawa's in WITA, Babel's in WIB.
    await table.getByText('3 Nov 2026 16.00 WITA').waitFor({ timeout: 15_000 });
    await table
      .getByText(/\d{2}\.\d{2} WIB$/)
      .first()
      .waitFor({ timeout: 15_000 });
    const shown = await table.innerText();
    expect(shown).toContain('Selesai');
    expect(shown).not.toMatch(UUID);
    expect(shown).not.toMatch(/\bbreached\b|\bonTime\b|\bwaiting\b|Z\b|T\d{2}:\d{2}/);
    // The badge says it in words, with the colour beside it.
    expect(await table.locator('.sla.sla-breached').first().innerText()).toBe('Terlambat');
    expect(await table.locator('.sla.sla-done').first().innerText()).toBe('Selesai');
    await putOffStudioPrompts(page);
    await shoot(page, 'studio-content-permohonan');

    await open('/content/alur_request_events');
    const events = page.locator('table').first();
    // The SIMPUS request on Sumbawa's calendar starts the trail: 2 Feb 2026 09.00 WITA (01.00 UTC).
    await events.getByText('2 Feb 2026 09.00 WITA').first().waitFor({ timeout: 60_000 });
    await events.getByText('OPD Dinas Kesehatan Kabupaten Contoh (demo)').first().waitFor({ timeout: 15_000 });
    expect(await events.innerText()).not.toMatch(UUID);
    await putOffStudioPrompts(page);
    await shoot(page, 'studio-content-jejak');
  });

  it("edits a membership's SOP roles in Content as named checkboxes, only those its office may hold", async () => {
    const opd = (await api('/users?filter[email][_eq]=opd.demo@example.go.id&fields=id')).body.data as unknown as { id: string }[];
    const rows = (await api(`/items/alur_memberships?filter[user][_eq]=${opd[0]!.id}&fields=id`)).body.data as unknown as { id: string }[];
    await open(`/content/alur_memberships/${rows[0]!.id}`);
    const picker = page.locator('.alur-roles');
    await picker.getByText('OPD pemohon: hanya peran pemohon.').waitFor({ timeout: 60_000 });
    expect(await page.locator('#alur-sop_roles-opd').isChecked()).toBe(true);
    expect(await page.locator('#alur-sop_roles-kadis').count()).toBe(0);
    // The user is shown by name, not by id.
    expect(await page.locator('main, .v-form, body').first().innerText()).toContain('OPD Dinas Kesehatan Kabupaten Contoh (demo)');
    expect(await axe(page, '.alur-roles')).toEqual([]);
    await putOffStudioPrompts(page);
    await shoot(page, 'studio-content-keanggotaan');
  });

  it('adds a Kabid with the wizard (office, then the roles it may hold); they sign in to the portal and see their inbox', async () => {
    await open('/alur/orang');
    await page.getByRole('heading', { name: 'Tambah pengguna' }).waitFor({ timeout: 60_000 });
    // The demo's people are listed with their offices and roles by name.
    await page
      .getByRole('rowheader', { name: /OPD Dinas Kesehatan/ })
      .first()
      .waitFor();
    await page.getByLabel('Nama depan').fill('Wayan');
    await page.getByLabel('Nama belakang').fill('Sudarma');
    await page.getByLabel('Email').fill('wayan.sudarma@example.go.id');
    await page.getByText('Pilih perangkat daerah dulu').waitFor();
    await page.getByLabel('Perangkat daerah').selectOption('diskominfo-demo');
    // Diskominfo: staff roles only; no requester role is offered.
    await page.getByText('Diskominfo: hanya peran staf.').waitFor();
    expect(await page.locator('#alur-person-role-opd').count()).toBe(0);
    await page.locator('#alur-person-role-kabid').check();
    expect(await axe(page, '.alur-page')).toEqual([]);
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    await page.getByText('Pengguna wayan.sudarma@example.go.id dibuat.').waitFor({ timeout: 15_000 });
    const password = await page.locator('.alur-password').innerText();
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    await page.getByRole('rowheader', { name: 'Wayan Sudarma' }).waitFor();
    expect(await axe(page, '.alur-page')).toEqual([]);
    await putOffStudioPrompts(page);
    await shoot(page, 'studio-pengguna');

    // A second time with the same email is refused, in words, and creates nothing.
    await page.getByLabel('Nama depan').fill('Wayan');
    await page.getByLabel('Email').fill('wayan.sudarma@example.go.id');
    await page.getByLabel('Perangkat daerah').selectOption('diskominfo-demo');
    await page.locator('#alur-person-role-kabid').check();
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    await page
      .getByRole('alert')
      .getByText(/sudah dipakai/)
      .waitFor({ timeout: 15_000 });

    const portal = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await portal.goto(`${server.url}/alur/portal/masuk`);
    await portal.getByLabel('Email').fill('wayan.sudarma@example.go.id');
    await portal.getByLabel('Kata sandi').fill(password);
    await portal.getByRole('button', { name: 'Masuk' }).click();
    await portal.getByRole('heading', { level: 1, name: 'Kotak masuk' }).waitFor({ timeout: 30_000 });
    await portal.close();
    // Their Directus role is the Kabid's, which has no Studio access.
    const user = (await api('/users?filter[email][_eq]=wayan.sudarma@example.go.id&fields=role.name,role.policies.policy.app_access')).body.data as unknown as {
      role: { name: string };
    }[];
    expect(user[0]!.role.name).toMatch(/\(kabid\)$/);
  });
});
