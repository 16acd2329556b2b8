import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { available, axe, DESKTOP, PHONE, putOffStudioPrompts, shoot, studioSession } from './browser.js';
import type { Server } from './harness.js';

// "Impor SOP" in the Studio module, in a real browser: an admin pastes an office's SOP table
// (Permen PANRB 35/2012, tab-separated as copied from Word), gets a draft variant with the
// guessed cells highlighted beside the source text, fixes one, publishes, and an OPD files on it.

/** A small office SOP as Word copies its table: identity block, the two header rows, four steps. */
const SOP_TEXT = [
  'PEMERINTAH KABUPATEN CONTOH',
  'DINAS KOMUNIKASI DAN INFORMATIKA',
  'Nomor SOP\t000.1/07/DISKOMINFO/2026',
  'Tanggal Pembuatan\t2 November 2026',
  'Tanggal Efektif\t1 Desember 2026',
  'Disahkan oleh\tKepala Dinas Komunikasi dan Informatika',
  'Nama SOP\tLayanan Konsultasi Aplikasi',
  '',
  'No\tUraian Kegiatan\tPelaksana\t\t\tMutu Baku\t\t\tKeterangan',
  '\t\tOPD\tKepala Dinas\tKepala Seksi\tKelengkapan\tWaktu\tOutput\t',
  '1\tOPD menyampaikan surat permohonan konsultasi aplikasi\tMulai\t\t\tSurat Permohonan\t30 menit\tSurat Permohonan\t',
  '2\tKepala Dinas mendisposisikan surat ke Kepala Seksi\t\t\t\tSurat Permohonan\t1 Hari Kerja\tDisposisi\t',
  '3\tKepala Seksi menganalisis kebutuhan aplikasi bersama OPD\t\t\t\tDisposisi\t3-5 Hari Kerja\tLaporan Hasil Analisis\t',
  '4\tKepala Seksi menyampaikan hasil analisis kepada OPD\t\t\tSelesai\tLaporan Hasil Analisis\t1 Hari Kerja\tNota Dinas\t',
].join('\n');

describe.skipIf(!available)('"Impor SOP" in the Studio module (real Directus, real browser)', { timeout: 240_000 }, () => {
  const studio = studioSession('alur-import-', { viewport: DESKTOP });
  let server: Server;
  let browser: Browser;
  let page: Page;
  beforeAll(() => ({ server, browser, page } = studio));

  const api = async (path: string, token: string, init: { method?: string; body?: unknown } = {}) => {
    const res = await fetch(`${server.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as { data: Record<string, unknown>; errors?: { message: string }[] } };
  };
  const token = async (email: string, password: string) => {
    const res = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    return ((await res.json()) as { data: { access_token: string } }).data.access_token;
  };

  it('refuses what is not an SOP table with a 400 in Bahasa Indonesia, and anyone but an admin with a 403', async () => {
    const admin = await token(server.adminEmail, server.adminPassword);
    const opd = await token('opd.demo@example.go.id', server.demoPassword);
    const cases: [unknown, RegExp][] = [
      [{}, /Kirim "text"/],
      [{ text: 'Surat biasa tanpa tabel' }, /Tabel prosedur tidak ditemukan/],
      [{ docx: 'bukan base64!' }, /bukan base64/],
      [{ docx: 'UEsDBAo=' }, /./],
      [{ docx: [1, 2] }, /Kirim "text"/],
    ];
    for (const [body, message] of cases) {
      const res = await api('/alur/variants/import', admin, { method: 'POST', body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors?.[0]?.message).toMatch(message);
    }
    expect((await api('/alur/variants/import?lang=en', admin, { method: 'POST', body: {} })).body.errors?.[0]?.message).toMatch(/Send "text"/);
    expect((await api('/alur/variants/import', opd, { method: 'POST', body: { text: SOP_TEXT } })).status).toBe(403);
  });

  it('imports a pasted table into a draft, shows the guessed cells with their reasons beside the source, and after a fix it is published and filed on', async () => {
    await page.goto(`${server.url}/admin/alur`);
    await page.getByRole('heading', { name: 'Impor SOP' }).waitFor({ timeout: 60_000 });
    await putOffStudioPrompts(page);
    await page.getByLabel('Teks tabel SOP').fill(SOP_TEXT);
    expect(await axe(page, '.alur-page')).toEqual([]);
    await shoot(page, 'studio-impor');
    await page.getByRole('button', { name: 'Impor', exact: true }).click();

    // The new draft opens in the table editor.
    await page.waitForURL(/\/admin\/alur\/varian\/layanan-konsultasi-aplikasi$/, { timeout: 30_000 });
    const review = page.getByRole('heading', { name: '6 sel hasil impor perlu diperiksa' });
    await review.waitFor({ timeout: 30_000 });
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 15_000 });
    expect(await page.locator('.alur-meta').first().innerText()).toContain('Draf');
    // The calendar and the office (identity) and the actor cells of steps 2–4 are highlighted, each with its reason and confidence.
    expect(await page.locator('label.alur-doubt').count()).toBe(2);
    await page.getByText('dokumen SOP tidak menyebut kalender kerja').waitFor();
    const step2 = page.locator('tr[data-doubts="langkah-2"]');
    expect(await step2.innerText()).toContain('Langkah No 2 · Jenis: uraian menyebut disposisi; langkah dibaca sebagai disposisi (keyakinan 70%)');
    expect(await page.locator('tr[data-step="langkah-2"] td.alur-doubt.alur-actor').count()).toBe(3);
    expect(await page.locator('tr[data-step="langkah-1"] td.alur-doubt').count()).toBe(0);
    // Its source line, in the source text beside the table.
    await step2.getByRole('button', { name: 'Lihat baris 12 di teks sumber' }).first().click();
    const line = page.locator('#alur-source-12');
    expect(await line.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await line.innerText()).toContain('Kepala Dinas mendisposisikan surat ke Kepala Seksi');
    expect(await line.getAttribute('class')).toContain('alur-source-current');
    expect(await axe(page, '.alur-page')).toEqual([]);
    await shoot(page, 'studio-impor-periksa');
    await page.locator('#alur-2-no').scrollIntoViewIfNeeded();
    await shoot(page, 'studio-impor-tabel');
    await page.setViewportSize(PHONE);
    expect(await axe(page, '.alur-page')).toEqual([]);
    await page.setViewportSize(DESKTOP);

    // The admin picks the office's calendar: saved, that cell leaves the list; the untouched ones stay.
    await page.locator('#alur-variant-calendar').selectOption('sumbawa');
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.getByText('Tersimpan sebagai draf.').waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { name: '5 sel hasil impor perlu diperiksa' }).waitFor({ timeout: 15_000 });
    expect(await page.getByText('dokumen SOP tidak menyebut kalender kerja').count()).toBe(0);
    expect(await page.locator('label.alur-doubt').count()).toBe(1);

    const opd = await token('opd.demo@example.go.id', server.demoPassword);
    const filing = {
      variant: 'layanan-konsultasi-aplikasi',
      title: 'Konsultasi aplikasi perizinan',
      documents: [{ key: 'surat-permohonan', ref: 'berkas-surat' }],
    };
    expect((await api('/alur/requests', opd, { method: 'POST', body: filing })).status).toBeGreaterThanOrEqual(400);

    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('Diterbitkan sebagai versi 2026-12-01.').waitFor({ timeout: 15_000 });
    await shoot(page, 'studio-impor-terbit');

    const admin = await token(server.adminEmail, server.adminPassword);
    const row = (await api('/items/alur_sop_variants/layanan-konsultasi-aplikasi?fields=status,calendar,number,import_review', admin)).body.data as {
      status: string;
      calendar: string;
      number: string;
      import_review: { items: { path: (string | number)[] }[]; lines: string[] };
    };
    expect(row).toMatchObject({ status: 'active', calendar: 'sumbawa', number: '000.1/07/DISKOMINFO/2026' });
    expect(row.import_review.items.map((item) => item.path.join('.'))).not.toContain('calendar');
    expect(row.import_review.lines.join('\n')).toBe(SOP_TEXT);

    const filed = await api('/alur/requests', opd, { method: 'POST', body: filing });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body.data).toMatchObject({ variant: 'layanan-konsultasi-aplikasi', variantVersion: '2026-12-01' });
  });

  it('imports the same table again under a new code, with its review items in the answer', async () => {
    const admin = await token(server.adminEmail, server.adminPassword);
    const again = await api('/alur/variants/import?lang=en', admin, { method: 'POST', body: { text: SOP_TEXT } });
    expect(again.status).toBe(201);
    expect(again.body.data).toMatchObject({ id: 'layanan-konsultasi-aplikasi-2', valid: true });
    expect((again.body.data['review'] as unknown[]).length).toBe(6);
    expect(browser.isConnected()).toBe(true);
  });
});
