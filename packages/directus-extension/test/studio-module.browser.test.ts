import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { available, axe, putOffStudioPrompts, shoot, studioSession } from './browser.js';
import type { Server } from './harness.js';

// The Studio module "Alur" as an admin uses it, in a real browser: SOP variants edited as their
// printed table (no JSON anywhere), problems on their row numbered as the SOP numbers its
// steps, a derived variant built from Sumbawa's table, published, and filed on by an OPD.

// Each test walks several Studio pages, each checked by the service: a slow shared machine gets time, never a threshold.
describe.skipIf(!available)('the Studio module "Alur": variants without JSON (real Directus, real browser)', { timeout: 240_000 }, () => {
  const studio = studioSession('alur-module-', { viewport: { width: 1440, height: 900 } });
  let server: Server;
  let browser: Browser;
  let page: Page;
  beforeAll(() => ({ server, browser, page } = studio)); // after the session's own beforeAll

  const api = async (path: string, token: string, init: { method?: string; body?: unknown } = {}) => {
    const res = await fetch(`${server.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as { data: Record<string, unknown> & { steps?: { id: string; actor: string; waktu?: string }[] } } };
  };
  const token = async (email: string, password: string) => {
    const res = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    return ((await res.json()) as { data: { access_token: string } }).data.access_token;
  };

  /** Opens a page of the module, once drawn, with Directus' own prompts put off. */
  async function open(path: string): Promise<void> {
    await page.goto(`${server.url}/admin/alur${path}`);
    await page.locator('.alur-page').first().waitFor({ timeout: 60_000 });
    await putOffStudioPrompts(page);
  }

  it('shows Bahasa Indonesia by default and lists the variants in the module bar', async () => {
    await open('');
    await page.getByRole('heading', { name: 'Turunkan varian' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.module-bar a[href$="/admin/alur"], a[href="/admin/alur"]').count()).toBeGreaterThan(0);
    for (const id of ['sumbawa', 'babel', 'kalbar-lpse']) expect(await page.getByRole('cell', { name: id, exact: true }).count()).toBe(1);
    expect(await axe(page, '.alur-page')).toEqual([]);
    await shoot(page, 'studio-varian');
  });

  it('edits a step of Sumbawa in its table: Waktu "abc" is refused on "Langkah No 2", then a new Waktu and actor are published with a new version', async () => {
    await open('/varian/sumbawa');
    const waktu = page.locator('#alur-1-waktu');
    await waktu.waitFor({ timeout: 60_000 });
    await page.getByText('Tidak ada masalah.').waitFor();
    // Who else takes part is marked in their column and named under the Uraian (step 10: the OPD's technical team).
    const presentation = page.locator('tr[data-step="presentasi-rencana"]');
    expect(await presentation.locator('td.alur-actor .alur-symbol-participant').count()).toBe(1);
    expect((await presentation.locator('summary').textContent())?.replace(/\s+/g, ' ').trim()).toBe('Pelaksana lain langkah 10: Tim Teknis OPD');

    await waktu.fill('abc');
    const problems = page.locator('.alur-row-problems');
    await problems.getByText('Langkah No 2 · Waktu:').waitFor({ timeout: 15_000 });
    expect(await waktu.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Terbitkan perubahan' }).isDisabled()).toBe(true);
    expect(await problems.innerText()).not.toMatch(/steps\.1|errors\.|ALUR_/);
    expect(await axe(page, '.alur-page')).toEqual([]);
    await shoot(page, 'studio-editor-masalah');

    await waktu.fill('2 hari kerja');
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 15_000 });
    await page.locator('#alur-1-waktu-preview', { hasText: '2 hari kerja → batas' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#alur-1-waktu-preview').innerText()).toMatch(/WITA$/);

    const kabid = page.getByRole('button', { name: 'Kepala Bidang Teknologi Informasi sebagai pelaksana langkah 2' });
    await kabid.focus();
    await page.keyboard.press('Enter');
    expect(await kabid.getAttribute('aria-pressed')).toBe('true');
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 15_000 });
    // The SOP document beside the table follows the unsaved edit.
    await page.frameLocator('.alur-document iframe').getByText('2 hari kerja').first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Terbitkan perubahan' }).click();
    await page.getByText('Diterbitkan sebagai versi 2026-12-01.').waitFor({ timeout: 15_000 });

    const admin = await token(server.adminEmail, server.adminPassword);
    const saved = (await api('/alur/variants/sumbawa/editor', admin)).body.data;
    expect((saved['variant'] as { version: string }).version).toBe('2026-12-01');
    expect(saved.steps?.[1]).toMatchObject({ id: 'disposisi-kadis', actor: 'kabid', waktu: '2 hari kerja' });
    // The demo's requests keep the version they were filed on.
    const opd = await token('opd.demo@example.go.id', server.demoPassword);
    const listed = (await api('/alur/requests?variant=sumbawa', opd)).body.data as unknown as { variantVersion: string }[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((r) => r.variantVersion !== '2026-12-01')).toBe(true);
  });

  it('derives a variant from Sumbawa with one step changed and one added, publishes it, and an OPD files on it', async () => {
    await open('');
    await page.getByLabel('SOP dasar').selectOption('sumbawa');
    await page.getByLabel('Kode varian baru').fill('kab-contoh');
    await page.getByLabel('Nama varian').fill('Layanan Pembuatan Aplikasi Kabupaten Contoh');
    await page.getByLabel('Instansi').fill('Diskominfo Kabupaten Contoh');
    await page.getByRole('button', { name: 'Mulai menyusun' }).click();
    await page.getByText('Turunan dari sumbawa').waitFor({ timeout: 30_000 });
    await page.getByText('Belum ada perubahan dari SOP dasar.').waitFor();

    // Step No 13 (presentasi-hasil) reworded; a security test inserted after step 12.
    const presentasi = page.locator('tr[data-step="presentasi-hasil"] textarea').first();
    await presentasi.fill('Tim Pengembang mempresentasikan hasil pengembangan dan hasil uji keamanan');
    await page.getByRole('button', { name: 'Sisipkan langkah setelah langkah 12' }).click();
    const added = page.locator('#alur-12-description');
    expect(await added.evaluate((el) => el === document.activeElement)).toBe(true);
    await added.fill('Tim Persandian melakukan uji keamanan aplikasi');
    await page.locator('#alur-12-waktu').fill('3 hari kerja');
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 15_000 });
    const changes = page.getByRole('region', { name: 'Perubahan dari SOP dasar' });
    await changes.getByText('13. Tim Persandian melakukan uji keamanan aplikasi').waitFor();
    expect(await changes.innerText()).toContain('14. Tim Pengembang mempresentasikan hasil pengembangan dan hasil uji keamanan');
    expect(await axe(page, '.alur-page')).toEqual([]);
    await shoot(page, 'studio-turunan');

    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.getByText('Tersimpan sebagai draf.').waitFor({ timeout: 15_000 });
    await page.waitForURL(/\/admin\/alur\/varian\/kab-contoh$/);
    const opd = await token('opd.demo@example.go.id', server.demoPassword);
    const early = await api('/alur/requests', opd, {
      method: 'POST',
      body: { variant: 'kab-contoh', title: 'Terlalu awal', documents: [{ key: 'surat-permohonan', ref: 'berkas' }] },
    });
    expect(early.status).toBeGreaterThanOrEqual(400);

    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('Diterbitkan sebagai versi 2026-12-01.').waitFor({ timeout: 15_000 });

    const admin = await token(server.adminEmail, server.adminPassword);
    const row = (await api('/items/alur_sop_variants/kab-contoh?fields=extends,changes,status,version', admin)).body.data as {
      extends: string;
      changes: { add?: unknown[]; replace?: { id: string }[] };
      status: string;
    };
    expect(row).toMatchObject({ extends: 'sumbawa', status: 'active' });
    expect(row.changes.add).toHaveLength(1);
    expect(row.changes.replace?.map((s) => s.id)).toContain('presentasi-hasil');

    const filed = await api('/alur/requests', opd, {
      method: 'POST',
      body: { variant: 'kab-contoh', title: 'Aplikasi Perizinan Kabupaten Contoh', documents: [{ key: 'surat-permohonan', ref: 'berkas-surat' }] },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body.data).toMatchObject({ variant: 'kab-contoh', variantVersion: '2026-12-01' });
    const detail = (await api(`/alur/requests/${String(filed.body.data['id'])}`, opd)).body.data as unknown as { steps: { id: string; no: string }[] };
    expect(detail.steps.find((s) => s.id.startsWith('langkah-'))?.no).toBe('13');
  });

  it('adds a required field to the Surat Permohonan without JSON; the API then refuses a filing without it', async () => {
    await open('/formulir');
    await page.getByRole('link', { name: 'Ubah Surat Permohonan Permintaan Pembangunan Aplikasi' }).click();
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Tambah isian', exact: true }).click();
    // The new row is the twelfth (after the letter's eleven fields); its name input keeps its id while the name changes.
    expect(await page.locator('tr[data-field="isianBaru1"]').count()).toBe(1);
    const name = page.locator('#alur-f-11-name');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await name.fill('nomor telepon');
    const problems = page.locator('.alur-row-problems');
    await problems
      .getByText(/nomor telepon/)
      .first()
      .waitFor({ timeout: 15_000 });
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Simpan formulir' }).isDisabled()).toBe(true);
    await name.fill('officePhone');
    await page.getByLabel('Label officePhone').fill('Nomor telepon kantor');
    await page.getByLabel('Label (English) officePhone').fill('Office phone number');
    await page.getByLabel('Jenis officePhone').selectOption('phone');
    await page.locator('tr[data-field="officePhone"] .alur-settings select').selectOption('landline');
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 15_000 });
    expect(await axe(page, '.alur-page')).toEqual([]);
    await shoot(page, 'studio-formulir');
    await page.getByRole('button', { name: 'Simpan formulir' }).click();
    await page.getByText('Formulir disimpan; API dan portal memakainya sekarang.').waitFor({ timeout: 15_000 });

    const opd = await token('opd.demo@example.go.id', server.demoPassword);
    const letter = {
      letterNumber: '000.1/123/Disdik/2024',
      letterDate: '2024-03-04',
      subject: 'Permohonan Pembangunan Aplikasi',
      addressee: 'Kepala Dinas',
      opd: 'Dinas Pendidikan',
      applicationName: 'Sistem Informasi Beasiswa',
      requestType: 'baru',
      summary: 'Pengelolaan beasiswa daerah.',
      contact: { name: 'Rina', mobilePhone: '0812 6655 4433' },
      signatory: { name: 'Lizda Handayani, M.Kom.', nip: '19750121 200212 2 001', position: 'Kepala Dinas Pendidikan' },
    };
    const filing = (data: Record<string, unknown>) => ({
      variant: 'sumbawa',
      title: 'Uji formulir',
      documents: [{ key: 'surat-permohonan', ref: 'berkas-surat', data }],
    });
    const refused = await api('/alur/requests', opd, { method: 'POST', body: filing(letter) });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('Nomor telepon kantor wajib diisi');
    expect((await api('/alur/requests', opd, { method: 'POST', body: filing({ ...letter, officePhone: '(0371) 21234' }) })).status).toBe(201);
  });
  it('creates a new form without JSON, binds it to step No 1 of the derived variant in its Kelengkapan, and the portal and the API use it', async () => {
    await open('/formulir');
    await page.getByLabel('Judul', { exact: true }).fill('Formulir Permintaan Subdomain');
    expect(await page.getByLabel('Kode formulir').inputValue()).toBe('formulir-permintaan-subdomain');
    await page.getByLabel('Kode formulir').fill('permintaan subdomain');
    await page.getByRole('button', { name: 'Mulai menyusun' }).click();
    await page.getByRole('alert').getByText('Kode formulir hanya boleh huruf kecil, angka dan tanda hubung.').waitFor();
    await page.getByLabel('Kode formulir').fill('permintaan-subdomain');
    await page.getByRole('button', { name: 'Mulai menyusun' }).click();
    await page.getByText('Baru, belum disimpan').waitFor({ timeout: 30_000 });
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 15_000 });

    // The first field renamed; a second, required, of the catalog's IP address type.
    await page.locator('#alur-f-0-name').fill('subdomain');
    await page.getByLabel('Label subdomain', { exact: true }).fill('Subdomain yang diminta');
    await page.getByRole('button', { name: 'Tambah isian', exact: true }).click();
    await page.locator('#alur-f-1-name').fill('serverIp');
    await page.getByLabel('Label serverIp', { exact: true }).fill('Alamat IP server');
    await page.getByLabel('Label (English) serverIp').fill('Server IP address');
    await page.getByLabel('Jenis serverIp').selectOption('ipAddress');
    // A group of fields, edited in place below its row: the person in charge, by NIP.
    await page.getByRole('button', { name: 'Tambah isian', exact: true }).click();
    await page.locator('#alur-f-2-name').fill('pic');
    await page.getByLabel('Label pic', { exact: true }).fill('Penanggung jawab');
    await page.getByLabel('Jenis pic').selectOption('group');
    await page.getByText('Isian di dalam pic').waitFor();
    await page.locator('#alur-f-2-f-0-name').fill('nip');
    await page.getByLabel('Label nip', { exact: true }).fill('NIP penanggung jawab');
    await page.getByLabel('Jenis nip').selectOption('nip');
    await page.getByRole('button', { name: 'Tambah isian ke pic' }).click();
    const inner = page.locator('#alur-f-2-f-1-name');
    expect(await inner.evaluate((el) => el === document.activeElement)).toBe(true);
    await inner.fill('nama lengkap');
    await page
      .locator('.alur-nested .alur-row-problems')
      .getByText(/nama lengkap/)
      .first()
      .waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Hapus isian nama lengkap' }).click();
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 15_000 });
    expect(await axe(page, '.alur-page')).toEqual([]);
    await shoot(page, 'studio-formulir-baru');
    await page.getByRole('button', { name: 'Simpan formulir' }).click();
    await page.getByText('Formulir disimpan; API dan portal memakainya sekarang.').waitFor({ timeout: 15_000 });
    await page.getByText('Dibuat admin').waitFor();

    // Bound to step No 1 of Kabupaten Contoh: picked by its name in the Kelengkapan list.
    await open('/varian/kab-contoh');
    const kelengkapan = page.locator('#alur-0-kelengkapan');
    await kelengkapan.waitFor({ timeout: 60_000 });
    await kelengkapan.fill('Formulir Permintaan Subdomain');
    await kelengkapan.press('Enter');
    await page.locator('tr[data-step]').first().getByText('Formulir Permintaan Subdomain').waitFor();
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Terbitkan perubahan' }).click();
    await page.getByText(/Diterbitkan sebagai versi 2026-12-01\.2\./).waitFor({ timeout: 15_000 });

    await open('/formulir');
    const row = page.locator('tr[data-form="permintaan-subdomain"]');
    await row.getByText('Langkah No 1').waitFor({ timeout: 15_000 });
    expect(await row.innerText()).toContain('Layanan Pembuatan Aplikasi Kabupaten Contoh');
    expect(await axe(page, '.alur-page')).toEqual([]);
    await shoot(page, 'studio-formulir-daftar');

    // The OPD's filing page in the portal draws the new form beside its file.
    const portal = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await portal.goto(`${server.url}/alur/portal/masuk`);
    await portal.getByLabel('Email').fill('opd.demo@example.go.id');
    await portal.getByLabel('Kata sandi').fill(server.demoPassword);
    await portal.getByRole('button', { name: 'Masuk' }).click();
    await portal.getByRole('heading', { level: 1, name: 'Kotak masuk' }).waitFor({ timeout: 30_000 });
    await portal.goto(`${server.url}/alur/portal/ajukan?layanan=kab-contoh`);
    await portal.getByLabel(/^Alamat IP server/).waitFor({ timeout: 30_000 });
    await portal.getByLabel(/^Alamat IP server/).scrollIntoViewIfNeeded();
    await shoot(portal, 'ajukan-formulir-baru');
    await portal.close();

    const opd = await token('opd.demo@example.go.id', server.demoPassword);
    const filing = (data: Record<string, unknown>) => ({
      variant: 'kab-contoh',
      title: 'Subdomain beasiswa',
      documents: [
        { key: 'surat-permohonan', ref: 'berkas-surat' },
        { key: 'permintaan-subdomain', ref: 'berkas-subdomain', data },
      ],
    });
    const refused = await api('/alur/requests', opd, { method: 'POST', body: filing({ subdomain: 'beasiswa', pic: { nip: '123' } }) });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('Alamat IP server wajib diisi');
    expect(JSON.stringify(refused.body)).toContain('NIP penanggung jawab');
    const pic = { nip: '19750121 200212 2 001' };
    expect((await api('/alur/requests', opd, { method: 'POST', body: filing({ subdomain: 'beasiswa', serverIp: '10.20.30.40', pic }) })).status).toBe(201);
  });
  it('edits the printed identity, an overall cap and a choice of paths of the derived variant, each problem on its place', async () => {
    await open('/varian/kab-contoh');
    await page.getByLabel('Dasar hukum (satu per baris)').waitFor({ timeout: 60_000 });
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 15_000 });
    const basis = page.getByLabel('Dasar hukum (satu per baris)');
    await basis.fill(`${await basis.inputValue()}\nPeraturan Bupati Contoh Nomor 12 Tahun 2026`);
    await page.getByLabel('Tanggal efektif').fill('2026-12-01');
    await page.getByLabel('Disahkan oleh').fill('Kepala Diskominfo Kabupaten Contoh');

    // The base's cap of step 12, tightened: "abc" is refused on the cap's own row.
    const cap = page.locator('#alur-cap-0-waktu');
    await cap.fill('abc');
    await page.locator('.alur-caps .alur-row-problems').getByText('Batas waktu keseluruhan 1:').waitFor({ timeout: 15_000 });
    expect(await cap.getAttribute('aria-invalid')).toBe('true');
    await cap.fill('Maksimal 40 hari kerja');
    await page.locator('#alur-cap-0-preview', { hasText: 'Maksimal 40 hari kerja → batas' }).waitFor({ timeout: 15_000 });

    // A role of its own, as a new actor column: the security team acts in the added step No 13.
    await page.getByRole('button', { name: 'Tambah peran' }).click();
    const roleName = page.locator('#alur-role-' + String((await page.locator('tr[data-role]').count()) - 1) + '-name');
    expect(await roleName.evaluate((el) => el === document.activeElement)).toBe(true);
    await roleName.fill('Tim Persandian');
    await page.locator('tr[data-role="tim-persandian"]').waitFor();
    await page.getByRole('button', { name: 'Tim Persandian sebagai pelaksana langkah 13' }).click();
    expect(await page.getByRole('button', { name: 'Hapus peran Tim Persandian' }).isDisabled()).toBe(true);

    // Step No 2 goes on by a choice of paths: back to step 1, or on to step 3.
    await page.getByLabel('Jenis alur langkah 2').selectOption('route');
    await page.locator('#alur-1-next').fill('Perlu kajian teknis?');
    const row = page.locator('tr[data-step="disposisi-kadis"]');
    await row.getByLabel('Pilihan', { exact: true }).first().fill('Langsung ke Kabid');
    await row.getByRole('button', { name: 'Tambah pilihan' }).click();
    expect(await page.locator('#alur-1-case-1').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.locator('#alur-1-case-1').fill('Kembali ke OPD');
    await row.locator('fieldset.alur-case').nth(1).getByLabel('Ke langkah').selectOption({ index: 0 });
    await page.getByText('Tidak ada masalah.').waitFor({ timeout: 15_000 });
    expect(await axe(page, '.alur-page')).toEqual([]);
    await page.locator('.alur-caps').scrollIntoViewIfNeeded();
    await shoot(page, 'studio-batas-waktu');
    await page.frameLocator('.alur-document iframe').getByText('Peraturan Bupati Contoh Nomor 12 Tahun 2026').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Terbitkan perubahan' }).click();
    await page.getByText(/Diterbitkan sebagai versi 2026-12-01\.3\./).waitFor({ timeout: 15_000 });

    const admin = await token(server.adminEmail, server.adminPassword);
    const saved = (await api('/alur/variants/kab-contoh/editor', admin)).body.data as unknown as {
      variant: { legalBasis: string[]; dates: { effective?: string }; approvedBy: string };
      caps: { waktu: string }[];
      roles: { id: string; name: string; kind: string }[];
      steps: { id: string; no: string; actor: string; route?: { label: string; cases: { label: string; next: string }[] } }[];
    };
    expect(saved.roles).toContainEqual({ id: 'tim-persandian', name: 'Tim Persandian', kind: 'staff' });
    expect(saved.steps.find((step) => step.no === '13')?.actor).toBe('tim-persandian');
    expect(saved.variant.legalBasis.at(-1)).toBe('Peraturan Bupati Contoh Nomor 12 Tahun 2026');
    expect(saved.variant).toMatchObject({ dates: { effective: '2026-12-01' }, approvedBy: 'Kepala Diskominfo Kabupaten Contoh' });
    expect(saved.caps.map((c) => c.waktu)).toEqual(['Maksimal 40 hari kerja']);
    const route = saved.steps.find((s) => s.id === 'disposisi-kadis')?.route;
    expect(route?.label).toBe('Perlu kajian teknis?');
    expect(route?.cases.map((c) => [c.label, c.next])).toEqual([
      ['Langsung ke Kabid', saved.steps[2]!.id],
      ['Kembali ke OPD', saved.steps[0]!.id],
    ]);
  });
});
