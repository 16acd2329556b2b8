import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
// The .docx builder and the seeds' folder of core's import tests (a .docx is made the same way there).
import { docx } from '../../core/test/docx-builder.js';
import { seedsDir } from '../../core/test/seeds-dir.js';
import { available, axe, DESKTOP, PHONE, putOffStudioPrompts, shoot, studioSession } from './browser.js';
import type { Server } from './harness.js';

// "Impor SOP" in the Studio module, in a real browser: an admin pastes an office's SOP table
// (Permen PANRB 35/2012, tab-separated as copied from Word) or uploads it as .docx, gets a draft
// variant with the guessed cells highlighted beside the source text, fixes or confirms each,
// publishes, and an OPD files on it. A draft that does not validate waits until it is fixed; a
// seed's draft is derived from the built-in variant it reads like.

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
      [{ docx: Buffer.from('%PDF-1.7\n1 0 obj').toString('base64') }, /ini berkas PDF; buka di Microsoft Word lalu simpan sebagai \.docx/],
    ];
    for (const [body, message] of cases) {
      const res = await api('/alur/variants/import', admin, { method: 'POST', body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors?.[0]?.message).toMatch(message);
    }
    expect((await api('/alur/variants/import?lang=en', admin, { method: 'POST', body: {} })).body.errors?.[0]?.message).toMatch(/Send "text"/);
    expect((await api('/alur/variants/import', opd, { method: 'POST', body: { text: SOP_TEXT } })).status).toBe(403);
    // The review and the waiting drafts: bad paths 400, unknown cells and drafts 404, a variant not imported cannot be derived (409).
    expect((await api('/alur/variants/sumbawa/review', admin, { method: 'POST', body: { path: 'steps' } })).status).toBe(400);
    expect((await api('/alur/variants/sumbawa/review', admin, { method: 'POST', body: { path: ['calendar'] } })).status).toBe(404);
    expect((await api('/alur/variants/imports/tidak-ada', admin, { method: 'DELETE' })).status).toBe(404);
    const derive = await api('/alur/variants/sumbawa/derive', admin, { method: 'POST', body: { base: 'babel' } });
    expect(derive.status).toBe(409);
    expect(derive.body.errors?.[0]?.message).toMatch(/bukan draf hasil impor/);
    expect((await api('/alur/variants/imports', opd)).status).toBe(403);
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
    // The other guesses are right as imported: each is marked as checked, from the keyboard, and leaves the list at once.
    for (let left = 5; left > 0; left -= 1) {
      const mark = page.getByRole('button', { name: /^Tandai sudah diperiksa: / }).first();
      await mark.focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { name: left > 1 ? `${left - 1} sel hasil impor perlu diperiksa` : 'Semua sel hasil impor sudah diperiksa.' })
        .waitFor({ timeout: 15_000 });
    }
    expect(await page.locator('.alur-doubt').count()).toBe(0);
    expect(await page.locator('#alur-import-review-title').evaluate((el) => el === document.activeElement)).toBe(true);

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
    expect(row.import_review.items).toEqual([]);
    expect(row.import_review.lines.join('\n')).toBe(SOP_TEXT);

    const filed = await api('/alur/requests', opd, { method: 'POST', body: filing });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body.data).toMatchObject({ variant: 'layanan-konsultasi-aplikasi', variantVersion: '2026-12-01' });
  });

  it('uploads the same table as a Word file (.docx): a draft under a new code, with the same cells to check, derived from the variant its first import became', async () => {
    await page.goto(`${server.url}/admin/alur`);
    await page.getByRole('heading', { name: 'Impor SOP' }).waitFor({ timeout: 60_000 });
    await putOffStudioPrompts(page);
    // A PDF picked by mistake: the form says what to do with it, and nothing is imported.
    expect(await page.locator('#alur-import-file-hint').innerText()).toContain('simpan sebagai .docx');
    await page.locator('#alur-import-file').setInputFiles({ name: 'sop.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj') });
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.locator('.alur-import [role="alert"]', { hasText: 'ini berkas PDF' }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/admin/alur');
    await page.locator('.alur-import').scrollIntoViewIfNeeded();
    await shoot(page, 'studio-impor-pdf');
    await page.locator('#alur-import-file').setInputFiles({
      name: 'sop-konsultasi.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docx(SOP_TEXT)),
    });
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.waitForURL(/\/admin\/alur\/varian\/layanan-konsultasi-aplikasi-2$/, { timeout: 30_000 });
    await page.getByRole('heading', { name: '6 sel hasil impor perlu diperiksa' }).waitFor({ timeout: 30_000 });
    // The source beside the table is the text read from the file: its table rows, cells split by tabs.
    expect(await page.locator('.alur-source-lines li', { hasText: 'Kepala Dinas mendisposisikan surat ke Kepala Seksi' }).count()).toBe(1);
    const admin = await token(server.adminEmail, server.adminPassword);
    const pasted = await api('/alur/variants/import?lang=en', admin, { method: 'POST', body: { text: SOP_TEXT } });
    expect(pasted.status).toBe(201);
    expect(pasted.body.data).toMatchObject({ id: 'layanan-konsultasi-aplikasi-3', valid: true });
    const fromFile = (await api('/alur/variants/layanan-konsultasi-aplikasi-2/editor', admin)).body.data as { steps: unknown[] };
    const fromText = (await api('/alur/variants/layanan-konsultasi-aplikasi-3/editor', admin)).body.data as { steps: unknown[] };
    expect(fromFile.steps).toEqual(fromText.steps);
    expect((pasted.body.data['review'] as unknown[]).length).toBe(6);

    // The same SOP again reads like the variant its first import became (published above, the office's own):
    // the editor offers to derive from it, and the derived draft changes no step of it.
    const suggestion = page.locator('.alur-closest');
    await suggestion.getByRole('heading', { name: 'Mirip varian Layanan Konsultasi Aplikasi' }).waitFor({ timeout: 15_000 });
    expect(await suggestion.innerText()).toContain('4 dari 4 langkah sama dengan varian "layanan-konsultasi-aplikasi"');
    await suggestion.getByRole('button', { name: 'Turunkan dari Layanan Konsultasi Aplikasi' }).click();
    await page.getByText(/^Draf diturunkan dari /).waitFor({ timeout: 30_000 });
    await page.getByText('Belum ada perubahan dari SOP dasar.').waitFor({ timeout: 15_000 });
    const derived = (await api('/items/alur_sop_variants/layanan-konsultasi-aplikasi-2?fields=status,extends', admin)).body.data;
    expect(derived).toEqual({ status: 'draft', extends: 'layanan-konsultasi-aplikasi' });
    // Only an active variant other than the draft itself can be its base.
    for (const base of ['layanan-konsultasi-aplikasi-3', 'layanan-konsultasi-aplikasi-2', 'tidak-ada']) {
      const refused = await api('/alur/variants/layanan-konsultasi-aplikasi-3/derive', admin, { method: 'POST', body: { base } });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain('harus kode varian aktif lain');
    }
  });

  it('keeps a draft that does not validate waiting, with its problems in the editor, until it is fixed and saved; a waiting draft can be discarded', async () => {
    // "Selesai" marked on row 2 of 4 (a slip in the document): rows 3 and 4 cannot be reached.
    const broken = SOP_TEXT.replace(
      '2\tKepala Dinas mendisposisikan surat ke Kepala Seksi\t\t\t',
      '2\tKepala Dinas mendisposisikan surat ke Kepala Seksi\t\tSelesai\t',
    ).replace('Layanan Konsultasi Aplikasi', 'Layanan Konsultasi Data');
    await page.goto(`${server.url}/admin/alur`);
    await page.getByRole('heading', { name: 'Impor SOP' }).waitFor({ timeout: 60_000 });
    await putOffStudioPrompts(page);
    await page.getByLabel('Teks tabel SOP').fill(broken);
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.waitForURL(/\/admin\/alur\/varian\/layanan-konsultasi-data$/, { timeout: 30_000 });
    await page.getByRole('heading', { name: 'Draf impor belum tersimpan sebagai varian' }).waitFor({ timeout: 30_000 });
    const problems = page.locator('.alur-problems');
    await problems.getByText('tidak dapat dicapai dari langkah awal').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('tr.alur-row-invalid').count()).toBe(2);
    expect(await axe(page, '.alur-page')).toEqual([]);
    await shoot(page, 'studio-impor-menunggu');

    // It is listed on the variants page as waiting, not among the variants.
    const admin = await token(server.adminEmail, server.adminPassword);
    const waiting = (await api('/alur/variants/imports', admin)).body.data as unknown as { id: string; items: number }[];
    expect(waiting.map((w) => w.id)).toEqual(['layanan-konsultasi-data']);
    expect(((await api('/alur/variants', admin)).body.data as unknown as { id: string }[]).map((v) => v.id)).not.toContain('layanan-konsultasi-data');

    // Row 2 goes on to row 3: valid, saved, and now a draft variant.
    await page.locator('#alur-1-next').selectOption('langkah-3');
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.getByText('Tersimpan sebagai draf.').waitFor({ timeout: 15_000 });
    expect(await page.getByRole('heading', { name: 'Draf impor belum tersimpan sebagai varian' }).count()).toBe(0);
    expect((await api('/alur/variants/imports', admin)).body.data).toEqual([]);
    const saved = (await api('/items/alur_sop_variants/layanan-konsultasi-data?fields=status,import_review', admin)).body.data as {
      status: string;
      import_review: { items: { path: (string | number)[]; kind: string }[] };
    };
    expect(saved.status).toBe('draft');
    // The unreachable rows' problems went with the fix; the importer's guesses stay to check.
    expect(waiting[0]!.items).toBeGreaterThan(saved.import_review.items.length);
    expect(saved.import_review.items.length).toBeGreaterThan(0);
    expect(saved.import_review.items.filter((item) => item.kind === 'invalid')).toEqual([]);

    // The same slip imported again waits under a new code, and is discarded from the list.
    const again = await api('/alur/variants/import', admin, { method: 'POST', body: { text: broken } });
    expect(again.body.data).toMatchObject({ id: 'layanan-konsultasi-data-2', valid: false });
    await page.goto(`${server.url}/admin/alur`);
    await page.getByRole('heading', { name: 'Draf impor yang belum lolos validasi' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Buang draf impor Layanan Konsultasi Data' }).click();
    await page.getByText('Draf impor Layanan Konsultasi Data dibuang.').waitFor({ timeout: 15_000 });
    expect((await api('/alur/variants/imports', admin)).body.data).toEqual([]);
    expect(browser.isConnected()).toBe(true);
  });

  const seeds = seedsDir();
  it.skipIf(!seeds)(
    'imports seed 002 (Sumbawa), derives it from the built-in variant it reads like, fixes or confirms every flagged cell, publishes, and an OPD files on it',
    async () => {
      const seed = readFileSync(`${seeds}/${readdirSync(seeds!).find((f) => f.startsWith('002_'))}`, 'utf8');
      await page.goto(`${server.url}/admin/alur`);
      await page.getByRole('heading', { name: 'Impor SOP' }).waitFor({ timeout: 60_000 });
      await putOffStudioPrompts(page);
      await page.getByLabel('Teks tabel SOP').fill(seed);
      await page.getByRole('button', { name: 'Impor', exact: true }).click();
      await page.waitForURL(/\/admin\/alur\/varian\/[a-z0-9-]+$/, { timeout: 30_000 });
      const id = new URL(page.url()).pathname.split('/').at(-1)!;
      await page.getByRole('heading', { name: /sel hasil impor perlu diperiksa$/ }).waitFor({ timeout: 30_000 });

      // The suggestion names the built-in variant and what differs in steps; deriving keeps the table and lists the changes.
      const suggestion = page.locator('.alur-closest');
      await suggestion.getByRole('heading', { name: /^Mirip varian bawaan / }).waitFor({ timeout: 15_000 });
      expect(await suggestion.innerText()).toContain('17 dari 17 langkah sama dengan varian bawaan "sumbawa"');
      await shoot(page, 'studio-impor-mirip');
      await suggestion.getByRole('button', { name: /^Turunkan dari / }).click();
      await page.getByText(/^Draf diturunkan dari /).waitFor({ timeout: 30_000 });
      expect(await page.locator('.alur-meta').first().innerText()).toContain('sumbawa');
      expect(await page.locator('#alur-changes-title').evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.locator('.alur-closest').count()).toBe(0);
      // Only the rows that print something else than the built-in are changed (the document keys and what no table prints are the built-in's).
      const changed = await page.locator('.alur-changes dd').allInnerTexts();
      expect(changed.map((line) => line.split('.')[0])).toEqual(['1', '6', '10', '11', '13', '14', '16']);
      await shoot(page, 'studio-impor-turunan');
      expect(await axe(page, '.alur-page')).toEqual([]);

      // The calendar is the office's; the flagged "Pelaksana lain" of steps 10, 13 and 16 are fixed from the keyboard
      // as the office's SOP means them; every other flagged cell is confirmed as imported.
      const heading = page.locator('#alur-import-review-title');
      const flagged = async () => Number((await heading.innerText()).match(/^(\d+) sel/)?.[1]);
      const before = await flagged();
      await page.locator('#alur-variant-calendar').selectOption('sumbawa');
      const fixes: [number, string][] = [
        [9, 'tim-teknis-opd'],
        [12, 'tim-teknis-opd'],
        [15, 'kasi'],
      ];
      for (const [row, role] of fixes) {
        const others = page.locator(`tr[data-step] details.alur-participants:has(#alur-${row}-participants)`);
        expect(await others.getAttribute('class')).toContain('alur-doubt');
        await page.locator(`#alur-${row}-participants`).focus();
        await page.keyboard.press('Enter');
        await others.locator(`input[value="${role}"]`).focus();
        await page.keyboard.press('Space');
        expect(await others.locator(`input[value="${role}"]`).isChecked()).toBe(true);
        await page.waitForFunction((n) => !document.getElementById(`alur-${n}-participants`)?.textContent?.trim().endsWith('–'), row);
      }
      await page.locator('tr[data-step] td.alur-actor .alur-symbol-participant').first().waitFor();
      await shoot(page, 'studio-impor-ikut-serta');
      expect(await axe(page, '.alur-page')).toEqual([]);
      await page.getByText('Tidak ada masalah.').waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Simpan draf' }).click();
      await page.getByText('Tersimpan sebagai draf.').waitFor({ timeout: 15_000 });
      await page.getByRole('heading', { name: `${before - 4} sel hasil impor perlu diperiksa` }).waitFor({ timeout: 15_000 });
      expect(await page.locator('details.alur-participants.alur-doubt').count()).toBe(await page.getByText(/· Pelaksana lain:/).count());
      for (let guard = 0; guard < 200 && (await page.getByRole('button', { name: /^Tandai sudah diperiksa: / }).count()) > 0; guard += 1) {
        const before = await heading.innerText();
        await page
          .getByRole('button', { name: /^Tandai sudah diperiksa: / })
          .first()
          .click();
        await page.waitForFunction((was) => document.getElementById('alur-import-review-title')?.textContent?.trim() !== was, before, { timeout: 15_000 });
      }
      await page.getByRole('heading', { name: 'Semua sel hasil impor sudah diperiksa.' }).waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
      await page.getByText(/^Diterbitkan sebagai versi /).waitFor({ timeout: 15_000 });

      const admin = await token(server.adminEmail, server.adminPassword);
      const row = (await api(`/items/alur_sop_variants/${id}?fields=status,extends,calendar,import_review`, admin)).body.data as {
        status: string;
        extends: string;
        calendar: string;
        import_review: { items: unknown[] };
      };
      expect(row).toMatchObject({ status: 'active', extends: 'sumbawa', calendar: 'sumbawa' });
      expect(row.import_review.items).toEqual([]);
      // The fixed rows take part as in the curated variant.
      const stepsOf = async (variant: string) =>
        ((await api(`/alur/variants/${variant}/editor`, admin)).body.data as { steps: { id: string; participants?: string[] }[] }).steps;
      const [mine, curated] = [await stepsOf(id), await stepsOf('sumbawa')];
      for (const [row, role] of fixes) {
        expect(mine[row]!.participants).toEqual([role]);
        expect(curated[row]!.participants).toEqual([role]);
      }
      const opd = await token('opd.demo@example.go.id', server.demoPassword);
      // What the first step needs from the OPD: its Kelengkapan, what later steps take from the filing, and the outputs the OPD attaches.
      const filing = (await api(`/alur/variants/${id}/filing`, opd)).body.data as {
        step: { kelengkapan: { key: string; optional: boolean }[]; forLater: { key: string; optional: boolean }[]; outputs: { key: string; by: string }[] };
      };
      const needed = [...filing.step.kelengkapan, ...filing.step.forLater].filter((k) => !k.optional).map((k) => k.key);
      // Derived, the printed "Surat Permohonan Pembuatan Aplikasi" keeps the built-in's key, so its form still applies.
      expect(needed).toContain('surat-permohonan');
      const attached = filing.step.outputs.filter((o) => o.by === 'actor').map((o) => o.key);
      const documents = [...new Set([...needed, ...attached])].map((key) => ({ key, ref: `berkas-${key}` }));
      const filed = await api('/alur/requests', opd, { method: 'POST', body: { variant: id, title: 'Aplikasi layanan posyandu', documents } });
      expect(filed.status, JSON.stringify(filed.body)).toBe(201);
      expect(filed.body.data).toMatchObject({ variant: id });
    },
  );
});
