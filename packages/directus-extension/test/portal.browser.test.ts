import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { startDirectus } from '../scripts/directus-runtime.mjs';
import { artefact, available, axe, DESKTOP, launch, PHONE, shoot } from './browser.js';
import { freePort, samplePdf, smtpSink } from './support.js';

// The portal as its users see it, in a real browser (Debian's chromium), through the UI only:
// sign-in, the inbox, a request page and its actions, filing, files, filters, notifications, the
// SOPs and a password reset, at desktop and phone width, with axe-core (helpers in browser.ts).

describe.skipIf(!available)('the portal (real Directus, real browser)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'alur-portal-'));
  let server: { url: string; demoPassword: string; stop(): Promise<void> };
  let browser: Browser;
  let filed: string;

  /** Files a Sumbawa request over the API as the demo OPD user (the filing page has a test of its own). */
  async function fileRequest(title: string): Promise<string> {
    const login = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'opd.demo@example.go.id', password: server.demoPassword }),
    });
    const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
    const res = await fetch(`${server.url}/alur/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ variant: 'sumbawa', title, documents: [{ key: 'surat-permohonan', ref: 'surat-posyandu' }] }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return ((await res.json()) as { data: { id: string } }).data.id;
  }

  async function signIn(page: Page, email: string) {
    await page.goto(`${server.url}/alur/portal/masuk`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Kata sandi').fill(server.demoPassword);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kotak masuk' }).waitFor({ timeout: 30_000 });
  }

  let mail: Awaited<ReturnType<typeof smtpSink>>;

  beforeAll(async () => {
    mail = await smtpSink();
    const email = {
      EMAIL_TRANSPORT: 'smtp',
      EMAIL_SMTP_HOST: '127.0.0.1',
      EMAIL_SMTP_PORT: String(mail.port),
      EMAIL_SMTP_SECURE: 'false',
      EMAIL_SMTP_IGNORE_TLS: 'true',
      EMAIL_FROM: 'alur@example.go.id',
    };
    server = await startDirectus({ dataDir, port: await freePort(), demo: true, testClock: '2026-11-30T09:00:00+08:00', env: email });
    browser = await launch();
    filed = await fileRequest('Aplikasi Pendaftaran Posyandu');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mail?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs in with the Directus account, in Bahasa Indonesia, and shows the inbox by deadline with SLA states', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${server.url}/alur/portal/`);
    await page.getByRole('heading', { level: 1, name: 'Masuk' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'masuk');
    // A wrong password: the API's message in place, still on the sign-in page.
    await page.getByLabel('Email').fill('kadis.demo@example.go.id');
    await page.getByLabel('Kata sandi').fill('salah-sekali');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/salah|invalid/i);
    await signIn(page, 'kadis.demo@example.go.id');
    const row = page.getByRole('row', { name: /Aplikasi Pendaftaran Posyandu/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Tepat waktu|Mendekati batas|Terlambat/);
    // The overdue demo request is listed too, marked late.
    expect(await page.getByRole('row', { name: /Aplikasi Antrean Rumah Sakit/ }).textContent()).toContain('Terlambat');
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'kotak-masuk');
    await page.close();
  });

  it('lets the Kadis dispose from the request page; the history shows the instruction and the request moves on', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, 'kadis.demo@example.go.id');
    await page.getByRole('link', { name: 'Aplikasi Pendaftaran Posyandu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aplikasi Pendaftaran Posyandu' }).waitFor();
    // Times in the variant's zone (Sumbawa: WITA), whatever the browser's.
    expect(await page.locator('.facts').textContent()).toContain('WITA');
    // Documents by their names in the SOP; the SOP's steps with this request's place in them.
    expect(await page.locator('.documents').textContent()).toContain('Surat Permohonan Pembuatan Aplikasi');
    const current = page.getByRole('table', { name: 'Langkah SOP' }).locator('tr[aria-current="step"]');
    expect(await current.textContent()).toContain('posisi sekarang');
    expect(await current.textContent()).toContain('Kepala Dinas');
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'permohonan');
    // An empty instruction is refused in place by the API, and nothing changes.
    await page.getByRole('button', { name: 'Disposisikan' }).click();
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/instruksi|instruction/i);
    await page.getByLabel('Instruksi disposisi').fill('Kabid Aptika, mohon ditindaklanjuti.');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    await page.getByText('Kabid Aptika, mohon ditindaklanjuti.').waitFor();
    expect(await page.getByRole('button', { name: 'Disposisikan' }).count()).toBe(0);
    // The lembar disposisi, ready to print: from the Kadis to the Kabid, with the instruction.
    await page.getByRole('link', { name: 'Lembar disposisi' }).click();
    const sheet = page.getByRole('table', { name: 'Disposisi' });
    await sheet.getByText('Kabid Aptika, mohon ditindaklanjuti.').waitFor();
    expect(await sheet.textContent()).toMatch(/Kepala Dinas.*Kepala Bidang/s);
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'lembar-disposisi');
    await page.close();
  });

  it('shows the Kabid the notification of that disposition, opens its request and archives it', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, 'kabid.demo@example.go.id');
    await page.getByRole('link', { name: /^Pemberitahuan/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Pemberitahuan' }).waitFor();
    const item = page.locator('main li').filter({ hasText: 'Aplikasi Pendaftaran Posyandu' }).first();
    await item.waitFor();
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'pemberitahuan');
    const before = await page.locator('main li').count();
    const bell = Number(await page.locator('.bell .count').textContent());
    await item.getByRole('button', { name: 'Arsipkan' }).click();
    await expect.poll(() => page.locator('main li').count()).toBe(before - 1);
    // The bell counts one less at once.
    await expect.poll(async () => Number((await page.locator('.bell .count').textContent()) ?? 0)).toBe(bell - 1);
    await page.close();
  });

  it('filters the requests by service and SLA state', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, 'kadis.demo@example.go.id');
    await page.getByRole('link', { name: 'Permohonan', exact: true }).click();
    await page.getByRole('row', { name: /Aplikasi Pendaftaran Posyandu/ }).waitFor();
    await page.getByLabel('SLA', { exact: true }).selectOption('breached');
    await page.getByRole('row', { name: /Aplikasi Antrean Rumah Sakit/ }).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Aplikasi Pendaftaran Posyandu/ }).count()).toBe(0);
    // Late ones (one of them paused while it waits on its office).
    for (const row of await page.locator('tbody tr').all()) expect(await row.textContent()).toMatch(/Terlambat|Dijeda/);
    await page.getByLabel('SLA', { exact: true }).selectOption('');
    await page.getByLabel('Layanan').selectOption('babel');
    await expect.poll(() => page.getByRole('row', { name: /Aplikasi Pendaftaran Posyandu/ }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'daftar-permohonan');
    await page.close();
  });

  it('keeps another office out: its user sees none of the request, not even by its address', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await signIn(page, 'opd-disdik.demo@example.go.id');
    expect(await page.getByText('Aplikasi Pendaftaran Posyandu').count()).toBe(0);
    await page.goto(`${server.url}/alur/portal/permohonan/${filed}`);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/tidak ditemukan/);
    await page.close();
  });

  it('shows every active SOP variant as its document, to anyone signed in', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, 'opd.demo@example.go.id');
    await page.getByRole('link', { name: 'SOP', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'SOP layanan' }).waitFor();
    await expect.poll(() => page.locator('main li').count()).toBe(5);
    await page.getByRole('link', { name: 'Layanan Permohonan Pembuatan Aplikasi' }).first().click();
    const frame = page.frameLocator('iframe.sop-document');
    await frame.getByText('Kepala Dinas').first().waitFor();
    // The document's script ran under the service's policy: Sumbawa's 17 rows on several A4 sheets, each with its header.
    await expect.poll(() => frame.locator('section.sheet.procedure.paged').count()).toBeGreaterThan(1);
    expect(await frame.locator('section.sheet.procedure thead').count()).toBe(await frame.locator('section.sheet.procedure').count());
    // Its flow diagram, drawn in the page from the service's Mermaid text.
    await page.locator('.sop-diagram svg').first().waitFor();
    expect(await page.locator('.sop-diagram svg').first().textContent()).toContain('Kepala Dinas mendisposisikan surat');
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'sop');
    await page.close();
  });

  it('works by keyboard alone: sign in and open a request without a mouse', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${server.url}/alur/portal/masuk`);
    await page.getByRole('heading', { level: 1, name: 'Masuk' }).waitFor();
    // The skip link comes first, then the language switch, then the form.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () => (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement?.textContent,
      ),
    ).toBe('Lompat ke isi utama');
    await page.getByLabel('Email').focus();
    await page.keyboard.type('kabid.demo@example.go.id');
    await page.keyboard.press('Tab');
    await page.keyboard.type(server.demoPassword);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kotak masuk' }).waitFor({ timeout: 30_000 });
    const link = page.getByRole('link', { name: 'Aplikasi Pendaftaran Posyandu' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Aplikasi Pendaftaran Posyandu' }).waitFor();
    await shoot(page, 'permohonan-kabid');
    // The Kabid's disposition form, opened and typed by keyboard (not sent), at desktop width: docs/panduan/panduan-portal.md's picture.
    await page.getByRole('button', { name: 'Disposisikan' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Instruksi disposisi').focus();
    await page.keyboard.type('Kasi Aplikasi, mohon dianalisis bersama OPD.');
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: artefact('portal-disposisi-desktop.png') });
    await page.close();
  });
  it('lets an OPD user file a Sumbawa request by keyboard alone, with the signed letter (PDF, its form) and the KAK', async () => {
    const letterPdf = join(dataDir, 'Surat Permohonan Dinkes.pdf');
    const kakPdf = join(dataDir, 'KAK Posyandu.pdf');
    writeFileSync(
      letterPdf,
      samplePdf(['DINAS KESEHATAN KABUPATEN SUMBAWA', 'Nomor: 000.1/245/Dinkes/2026', 'Perihal: Permohonan Pembuatan Aplikasi Posyandu']),
    );
    writeFileSync(kakPdf, samplePdf(['KERANGKA ACUAN KERJA', 'Aplikasi Pendataan Posyandu']));
    writeFileSync(join(dataDir, 'program.pdf'), 'MZ\x90\x00 not a pdf');
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, 'opd.demo@example.go.id');
    const focused = () =>
      page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id ?? '');
    /** Types into a field reached by Tab from where the focus is (at most 8 presses). */
    async function tabTo(id: string) {
      for (let i = 0; i < 8 && (await focused()) !== id; i += 1) await page.keyboard.press('Tab');
      expect(await focused()).toBe(id);
    }
    // The system's file dialog is answered here; the page opens it from the keyboard.
    let picked = '';
    page.on('filechooser', (chooser) => void chooser.setFiles(picked));
    /** Chooses a file for a file field by keyboard: Tab to it, Space opens the dialog. */
    async function choose(id: string, path: string) {
      await tabTo(id);
      picked = path;
      await page.keyboard.press('Space');
    }
    await page.getByRole('link', { name: 'Ajukan permohonan' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ajukan permohonan' }).waitFor();
    await tabTo('filing-variant');
    for (let i = 0; i < 8 && (await page.locator('#filing-variant').inputValue()) !== 'sumbawa'; i += 1) await page.keyboard.press('ArrowDown');
    await page.getByLabel('Judul permohonan').waitFor();
    expect(await axe(page)).toEqual([]);
    // Sending at once: every problem listed, each a link to its field; nothing filed.
    await tabTo('filing-title');
    await page.keyboard.type('Aplikasi Pendataan Posyandu Terpadu');
    await page.getByRole('button', { name: 'Ajukan permohonan' }).focus();
    await page.keyboard.press('Enter');
    const problems = page.getByRole('alert').filter({ hasText: 'Periksa lagi' });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Lampirkan berkas Surat Permohonan Pembuatan Aplikasi');
    expect(await problems.textContent()).toContain('Nomor surat wajib diisi');
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'ajukan-periksa');
    // A program renamed to .pdf: the API's refusal in place.
    const letter = page.getByRole('region', { name: /Surat Permohonan Pembuatan Aplikasi/ });
    await page.locator('#filing-variant').focus();
    await choose('file-surat-permohonan', join(dataDir, 'program.pdf'));
    await expect.poll(() => letter.getByRole('alert').textContent()).toMatch(/Jenis berkas "program\.pdf" tidak diterima/);
    await choose('file-surat-permohonan', letterPdf);
    await letter.getByText('Terlampir: Surat Permohonan Dinkes.pdf').waitFor();
    // The letter's form, field after field, by Tab.
    const fill: [string, string][] = [
      ['form-surat-permohonan-letter_number', '000.1/245/Dinkes/2026'],
      ['form-surat-permohonan-letter_date', '11302026'],
      ['form-surat-permohonan-subject', 'Permohonan Pembuatan Aplikasi Posyandu'],
      ['form-surat-permohonan-addressee', 'Kepala DKIST Kabupaten Sumbawa'],
      ['form-surat-permohonan-opd', 'Dinas Kesehatan Kabupaten Sumbawa'],
      ['form-surat-permohonan-application_name', 'Aplikasi Pendataan Posyandu'],
    ];
    for (const [id, value] of fill) {
      await tabTo(id);
      await page.keyboard.type(value);
    }
    expect(await page.locator('#form-surat-permohonan-letter_date').inputValue()).toBe('2026-11-30');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // the first choice: a new build
    const more: [string, string][] = [
      ['form-surat-permohonan-summary', 'Pendataan balita dan ibu hamil di 40 posyandu.'],
      ['form-surat-permohonan-contact_name', 'Siti Aminah'],
      ['form-surat-permohonan-contact_mobile_phone', '0812 3456 7890'],
      ['form-surat-permohonan-signatory_name', 'dr. Rahmat Hidayat'],
      ['form-surat-permohonan-signatory_nip', 'x'],
      ['form-surat-permohonan-signatory_position', 'Kepala Dinas Kesehatan'],
    ];
    for (const [id, value] of more) {
      await tabTo(id);
      await page.keyboard.type(value);
    }
    // Live: a wrong NIP is named under its field as it is typed.
    await expect.poll(() => page.locator('#form-surat-permohonan-signatory_nip-error').textContent()).toMatch(/NIP/);
    await page.locator('#form-surat-permohonan-signatory_nip').fill('');
    await page.locator('#form-surat-permohonan-signatory_nip').focus();
    await page.keyboard.type('197805122005011002');
    await expect.poll(() => page.locator('#form-surat-permohonan-signatory_nip-error').count()).toBe(0);
    await page.locator('#form-surat-permohonan-signatory_position').focus();
    await choose('file-kak', kakPdf);
    await page.getByText('Terlampir: KAK Posyandu.pdf').waitFor();
    await shoot(page, 'ajukan');
    await page.getByRole('button', { name: 'Ajukan permohonan' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Aplikasi Pendataan Posyandu Terpadu' }).waitFor({ timeout: 30_000 });
    await page.getByRole('status').filter({ hasText: 'Permohonan Anda sudah diajukan.' }).waitFor();
    const documents = page.locator('.documents');
    expect(await documents.textContent()).toContain('Surat Permohonan Dinkes.pdf');
    expect(await documents.textContent()).toContain('KAK Posyandu.pdf');
    // The PDF shown in the page, from Alur's file route.
    await documents.getByRole('button', { name: 'Pratinjau' }).first().click();
    const src = await page.locator('iframe.preview').getAttribute('src');
    expect(src).toMatch(/^\/alur\/files\/[0-9a-f-]{36}$/);
    const own = await page.request.get(`${server.url}${src}`);
    expect([own.status(), own.headers()['content-type'], (await own.body()).toString('latin1').startsWith('%PDF-')]).toEqual([200, 'application/pdf', true]);
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'permohonan-diajukan');
    // The letter number from the form is on the request's lists.
    await page.getByRole('link', { name: 'Permohonan', exact: true }).click();
    await page.getByRole('row', { name: /Aplikasi Pendataan Posyandu Terpadu/ }).waitFor();
    // Another office can neither see the request nor download its files.
    const other = await browser.newPage({ viewport: PHONE });
    await signIn(other, 'opd-disdik.demo@example.go.id');
    expect((await other.request.get(`${server.url}${src}`)).status()).toBe(404);
    expect((await other.request.get(`${server.url}${src}?download`)).status()).toBe(404);
    await other.close();
    await page.close();
  });

  it('resets a forgotten password by email, on the portal’s own pages', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${server.url}/alur/portal/masuk`);
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lupa kata sandi' }).waitFor();
    const before = mail.mails.length;
    await page.getByLabel('Email').fill('kasi.demo@example.go.id');
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await page.getByRole('status').filter({ hasText: 'tautan untuk membuat kata sandi baru sudah dikirim' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'lupa-sandi');
    await expect.poll(() => mail.mails.slice(before).filter((m) => m.to.includes('kasi.demo@example.go.id')).length, { timeout: 20_000 }).toBe(1);
    const body = mail.mails
      .slice(before)
      .find((m) => m.to.includes('kasi.demo@example.go.id'))!
      .data.replace(/=\r?\n/g, '')
      .replace(/=3D/g, '=');
    const link = /https?:\/\/[^\s"'<>]+\/alur\/portal\/sandi-baru\?token=[^\s"'<>&]+/.exec(body)?.[0];
    expect(link, body.slice(0, 2000)).toBeDefined();
    await page.goto(link!);
    await page.getByRole('heading', { level: 1, name: 'Kata sandi baru' }).waitFor();
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('Sandi-Baru-2026');
    await page.getByLabel('Ulangi kata sandi baru').fill('Sandi-Lain-2026');
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Kedua kata sandi tidak sama.');
    await page.getByLabel('Ulangi kata sandi baru').fill('Sandi-Baru-2026');
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect
      .poll(() => page.locator('[role="status"], [role="alert"]').first().textContent())
      .toBe('Kata sandi sudah diganti. Silakan masuk dengan kata sandi baru.');
    await page.getByRole('link', { name: 'Kembali ke halaman masuk' }).click();
    await page.getByLabel('Email').fill('kasi.demo@example.go.id');
    await page.getByLabel('Kata sandi').fill('Sandi-Baru-2026');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kotak masuk' }).waitFor({ timeout: 30_000 });
    await page.close();
  });
});
