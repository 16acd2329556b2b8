import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { startDirectus } from '../scripts/directus-runtime.mjs';
import { artefact, available, axe, DESKTOP, launch, shoot } from './browser.js';
import { freePort, samplePdf } from './support.js';

// Whole procedures through the portal only, each person from their own inbox: Sumbawa from the
// OPD's filing to the Berita Acara, with a return to the OPD and the OPD's "tidak" loop; Babel's
// service desk through its minute-level steps and its route.

describe.skipIf(!available)('whole procedures in the portal (real Directus, real browser)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'alur-flows-'));
  let server: { url: string; demoPassword: string; stop(): Promise<void> };
  let browser: Browser;
  const pages = new Map<string, Page>();
  let pdf: string;

  beforeAll(async () => {
    server = await startDirectus({ dataDir, port: await freePort(), demo: true, testClock: '2026-11-30T09:00:00+08:00' });
    browser = await launch();
    pdf = join(dataDir, 'dokumen.pdf');
    writeFileSync(pdf, samplePdf(['DOKUMEN', 'Lampiran permohonan']));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The signed-in page of one demo user (`kadis`, `opd`, …), kept for the whole procedure. */
  async function as(who: string, viewport = DESKTOP): Promise<Page> {
    const open = pages.get(who);
    if (open) return open;
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}/alur/portal/masuk`);
    await page.getByLabel('Email').fill(`${who}.demo@example.go.id`);
    await page.getByLabel('Kata sandi').fill(server.demoPassword);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kotak masuk' }).waitFor({ timeout: 30_000 });
    pages.set(who, page);
    return page;
  }

  /** Opens the request from the person's inbox (it must be there) and returns what the step says. */
  async function fromInbox(who: string, title: string): Promise<Page> {
    const page = await as(who);
    await page.getByRole('link', { name: 'Kotak masuk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kotak masuk' }).waitFor();
    await page.getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    return page;
  }

  /**
   * Does one action on the open request page: opens its form, attaches a file to every file
   * field it shows, fills the text, picks the route or the kind of document, sends, and waits
   * for "Tersimpan".
   */
  async function act(page: Page, button: string | RegExp, options: { text?: string; route?: string; kind?: string } = {}) {
    const version = await page.locator('article.request').getAttribute('data-version');
    await page.getByRole('button', { name: button }).click();
    const form = page.locator('form.action-form');
    await form.waitFor();
    if (options.kind) await form.getByLabel('Jenis dokumen').selectOption(options.kind);
    const inputs = form.locator('input[type="file"]');
    const count = await inputs.count();
    for (let i = 0; i < count; i += 1) {
      await inputs.nth(i).setInputFiles(pdf);
      await expect.poll(() => form.getByText(/^\s*Terlampir:/).count()).toBe(i + 1);
    }
    if (options.text) await form.locator('textarea').first().fill(options.text);
    if (options.route) await form.locator('select').last().selectOption(options.route);
    await form.getByRole('button', { name: 'Kirim' }).click();
    await page.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    // The page reads the request again: wait for its new version.
    await expect.poll(() => page.locator('article.request').getAttribute('data-version')).not.toBe(version);
  }

  /** Files a request through "Ajukan permohonan": the service, the title, the letter (file and form). */
  async function file(variant: string, title: string) {
    const page = await as('opd');
    await page.getByRole('link', { name: 'Ajukan permohonan' }).click();
    await page.getByLabel('Layanan').selectOption(variant);
    await page.getByLabel('Judul permohonan').fill(title);
    await page.locator('#file-surat-permohonan').setInputFiles(pdf);
    await page
      .getByText(/^\s*Terlampir:/)
      .first()
      .waitFor();
    const letter: Record<string, string> = {
      letter_number: `000.1/${variant.length}77/Dinkes/2026`,
      letter_date: '2026-11-30',
      subject: 'Permohonan Pembuatan Aplikasi',
      addressee: 'Kepala Dinas Kominfo',
      opd: 'Dinas Kesehatan',
      application_name: title,
      summary: 'Aplikasi untuk layanan kesehatan.',
      contact_name: 'Siti Aminah',
      contact_mobile_phone: '081234567890',
      signatory_name: 'dr. Rahmat Hidayat',
      signatory_nip: '197805122005011002',
      signatory_position: 'Kepala Dinas Kesehatan',
    };
    for (const [field, value] of Object.entries(letter)) await page.locator(`#form-surat-permohonan-${field}`).fill(value);
    await page.getByLabel('Pembangunan (baru)').check();
    await page.getByRole('button', { name: 'Ajukan permohonan' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });
    return page;
  }

  const stepText = (page: Page) => page.locator('#where-title + p.lead, #where-title ~ p.lead').first().textContent();

  it('carries a Sumbawa request from the OPD’s filing to the Berita Acara, each person from their inbox, with a return to the OPD and its "tidak" loop', async () => {
    const title = 'Aplikasi Sistem Rujukan Puskesmas';
    await file('sumbawa', title);

    // The Kadis sends it back: the KAK is missing. The OPD sees why, and answers with it.
    let page = await fromInbox('kadis', title);
    await act(page, 'Kembalikan ke OPD', { text: 'Mohon lampirkan KAK.' });
    page = await fromInbox('opd', title);
    expect(await page.getByRole('note').textContent()).toContain('Mohon lampirkan KAK.');
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'dikembalikan');
    // The first screen only (docs/panduan/panduan-portal.md): the step, the reason and the OPD's actions.
    await page.screenshot({ path: artefact('portal-dikembalikan-opd-desktop.png') });
    // A word to the Kadis in the comments, beside the answer.
    await page.getByLabel('Tulis komentar').fill('KAK kami lampirkan; mohon arahan bila ada yang kurang.');
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await page.getByRole('status').filter({ hasText: 'Komentar terkirim.' }).waitFor();
    await act(page, 'Kirim ulang', { kind: 'kak' });
    expect(await page.locator('.documents').textContent()).toContain('Kerangka Acuan Kerja (KAK)');

    // The dispositions, down to the Kasi; the Kadis reads the OPD's comment first.
    page = await fromInbox('kadis', title);
    await page.locator('.comments').getByText('KAK kami lampirkan; mohon arahan bila ada yang kurang.').waitFor();
    expect(await page.locator('.comments').textContent()).toContain('WITA');
    await act(page, 'Disposisikan', { text: 'Kabid TI, mohon ditindaklanjuti.' });
    await act(await fromInbox('kabid', title), 'Disposisikan', { text: 'Kasi Aplikasi, bentuk tim.' });
    page = await fromInbox('kasi', title);
    expect(await stepText(page)).toMatch(/^4\./);
    await act(page, 'Selesaikan langkah'); // 4: the team
    await act(page, 'Selesaikan langkah'); // 5: the analysis and its report
    // 6: the Kabid's decision, under the SOP's branch labels.
    page = await fromInbox('kabid', title);
    await act(page, /^Setujui — ya/);
    await act(await fromInbox('kasi', title), 'Selesaikan langkah'); // 8: the project and its repository
    page = await fromInbox('tim-pengembang', title);
    await act(page, 'Selesaikan langkah'); // 9: the plan
    await act(page, 'Selesaikan langkah'); // 10: presented to the OPD
    // 11: the OPD's technical team says "tidak": the plan goes back to the team.
    page = await fromInbox('opd', title);
    expect(await stepText(page)).toMatch(/^11\./);
    await act(page, /^Tolak — tidak/, { text: 'Alur pendaftaran rujukan belum sesuai.' });
    page = await fromInbox('tim-pengembang', title);
    expect(await stepText(page)).toMatch(/^9\./);
    expect(await page.locator('.timeline').textContent()).toContain('Alur pendaftaran rujukan belum sesuai.');
    await act(page, 'Selesaikan langkah'); // 9 again: the revised plan
    await act(page, 'Selesaikan langkah'); // 10 again
    await act(await fromInbox('opd', title), /^Setujui — ya/); // 11: agreed
    page = await fromInbox('tim-pengembang', title);
    await act(page, 'Selesaikan langkah'); // 12: the build
    await act(page, 'Selesaikan langkah'); // 13: presented, installed and tested
    await act(await fromInbox('opd', title), /^Setujui — ya/); // 14: the result is accepted
    await act(await fromInbox('tim-pengembang', title), 'Selesaikan langkah'); // 15: the team's report
    await act(await fromInbox('kabid', title), 'Selesaikan langkah'); // 16: the Kabid receives it
    page = await fromInbox('tim-pengembang', title);
    expect(await stepText(page)).toMatch(/^17\./);
    // The closing Berita Acara as a draft from the request's data, before its step is done.
    await page.getByRole('link', { name: 'Berita acara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Berita Acara Serah Terima Aplikasi' }).waitFor();
    const draft = (await page.locator('article.minutes').textContent()) ?? '';
    expect(draft).toContain('Konsep');
    expect(draft).toContain('dr. Rahmat Hidayat');
    expect(draft).toContain('Surat Permohonan Nomor 000.1/777/Dinkes/2026 tanggal 30 November 2026');
    expect(draft).toContain('Petunjuk Penggunaan');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // 17: the Berita Acara Pekerjaan, its form filled in the step's action.
    const version = await page.locator('article.request').getAttribute('data-version');
    await page.getByRole('button', { name: 'Selesaikan langkah' }).click();
    const form = page.locator('form.action-form');
    await form.locator('summary').click();
    const field = (name: string) => form.locator(`#doc-COMPLETE-berita-acara-pekerjaan-${name}`);
    await field('number').fill('027/112/DKIST/2026');
    await field('date').fill('2026-12-01');
    await field('application_name').fill('Sistem Rujukan Puskesmas');
    await field('work_description').fill('Pembangunan aplikasi rujukan antar puskesmas dan RSUD.');
    await form.getByLabel('Aplikasi', { exact: true }).check();
    await form.getByLabel('Petunjuk penggunaan').check();
    await form.getByRole('button', { name: 'Tambah baris' }).click();
    await field('developers-0-name').fill('Andi Pratama');
    await field('developers-0-role').fill('Programmer');
    for (const [name, value] of [
      ['requester_official_name', 'dr. Rahmat Hidayat'],
      ['requester_official_nip', '197805122005011002'],
      ['requester_official_position', 'Kepala Dinas Kesehatan'],
      ['head_of_office_name', 'Ir. Budi Santoso'],
      ['head_of_office_nip', '197001011995031001'],
      ['head_of_office_position', 'Kepala DKIST'],
    ] as const) {
      await field(name).fill(value);
    }
    await form.getByRole('button', { name: 'Kirim' }).click();
    await expect.poll(() => page.locator('article.request').getAttribute('data-version')).not.toBe(version);
    await page.getByText('Selesai', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: 'Berita acara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Berita Acara Pekerjaan' }).waitFor();
    const minutes = (await page.locator('article.minutes').textContent()) ?? '';
    expect(minutes).not.toContain('Konsep');
    for (const part of ['027/112/DKIST/2026', 'Selasa, 1 Desember 2026', 'Ir. Budi Santoso', 'Andi Pratama — Programmer', 'Sistem Rujukan Puskesmas'])
      expect(minutes).toContain(part);
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'berita-acara');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByText('Tidak ada tindakan untuk Anda pada langkah ini.').count()).toBe(1);
    // Every visit in the history: the loop shows step 9 twice.
    const history = (await page.locator('.timeline').textContent()) ?? '';
    expect(history.match(/9\. Tim Pengembang Aplikasi Kominfo menyusun rencana/g)?.length).toBeGreaterThanOrEqual(2);
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'selesai');
  });

  it('takes a Babel service-desk request through its minute-level dispositions and its route', async () => {
    const title = 'Uji Kelaikan SIPEBAJA';
    await file('babel', title);
    let page = await fromInbox('kadis', title);
    // Minutes, not days: the Kadis has 30 minutes, in WIB.
    expect(await page.locator('.facts').textContent()).toContain('30 menit');
    expect(await page.locator('.facts').textContent()).toContain('WIB');
    await act(page, 'Disposisikan', { text: 'Kabid eGotik, segera.' });
    await act(await fromInbox('kabid', title), 'Disposisikan', { text: 'Prakom, teruskan ke service desk.' });
    await act(await fromInbox('prakom', title), 'Disposisikan', { text: 'Service desk, uji kelaikan.' });
    page = await fromInbox('service-desk', title);
    // The route: the service desk picks the follow-up service by the SOP's own names.
    await act(page, 'Selesaikan langkah', { route: 'uji-kelaikan' });
    expect(await stepText(page)).toBe('5. Petugas service desk melakukan tindak lanjut: pengujian kelaikan');
    expect(await page.locator('.facts').textContent()).toContain('1-5 hari kerja');
    await act(page, 'Selesaikan langkah'); // the test, its notes
    await act(page, 'Selesaikan langkah'); // the report
    await act(page, 'Selesaikan langkah'); // archived
    await page.getByText('Tidak ada tindakan untuk Anda pada langkah ini.').waitFor();
    expect(await page.locator('.facts, .lead').first().textContent()).toMatch(/Selesai/);
  });
});
