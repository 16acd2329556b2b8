import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { startDirectus } from '../scripts/directus-runtime.mjs';
import { available, launch } from './browser.js';
import { freePort } from './support.js';

// The Studio as an admin sees it after `npm start`, in a real browser (Debian's chromium; a
// test tool's own browser download is not used). Without chromium the file is skipped, unless
// ALUR_TEST_BROWSER=require (what .ci/run sets through scripts/run).

describe.skipIf(!available)('the Studio after npm start (real Directus, real browser)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'alur-studio-'));
  let server: { url: string; adminEmail: string; adminPassword: string; demoPassword: string; stop(): Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    server = await startDirectus({ dataDir, port: await freePort(), demo: true });
    browser = await launch();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets the admin sign in and shows the five SOP variants and the demo requests', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/admin/login`);
    await page.locator('input[type="email"]').fill(server.adminEmail);
    await page.locator('input[type="password"]').fill(server.adminPassword);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/admin\/(content|users|settings|insights)/, { timeout: 60_000 });
    await page.goto(`${server.url}/admin/content/alur_sop_variants`);
    for (const id of ['sumbar-asap', 'sumbar-sop', 'sumbawa', 'babel', 'kalbar-lpse']) {
      await page.getByText(id, { exact: true }).first().waitFor({ state: 'visible', timeout: 60_000 });
    }
    await page.goto(`${server.url}/admin/content/alur_requests`);
    await page.getByText('SIMPUS — Sistem Informasi Puskesmas (selesai)').first().waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.getByText('SIMPUS — Sistem Informasi Puskesmas (selesai)').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('refuses the Studio to a demo user (API only: no Studio seat), whose API login works', async () => {
    const login = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'kadis.demo@example.go.id', password: server.demoPassword }),
    });
    expect(login.status).toBe(200);
    const page = await browser.newPage();
    await page.goto(`${server.url}/admin/login`);
    await page.locator('input[type="email"]').fill('kadis.demo@example.go.id');
    await page.locator('input[type="password"]').fill(server.demoPassword);
    await page.locator('button[type="submit"]').click();
    // The Studio speaks the project's default language, Bahasa Indonesia (provisioned).
    await page.getByText('Tidak Ada Akses Aplikasi').first().waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.getByText('Pengguna ini tidak diperbolehkan untuk menggunakan aplikasi admin.').count()).toBe(1);
    await page.close();
  });
});
