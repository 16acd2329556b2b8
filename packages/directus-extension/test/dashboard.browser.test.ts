import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { available, axe, putOffStudioPrompts, shoot, studioSession } from './browser.js';
import type { Server } from './harness.js';

// The dashboard as an admin uses it, in a real browser on the demo: the breached request is
// counted under "now", its number opens the list of it, the list opens it in the portal; the
// SLA compliance table's numbers open the requests behind them; the provisioned Insights
// dashboard "Alur — SLA" shows Alur's panels.

const BREACHED = 'Aplikasi Antrean Rumah Sakit (terlambat di disposisi Kadis)';

describe.skipIf(!available)('the Alur dashboard: numbers that open their requests (real Directus, real browser)', () => {
  const studio = studioSession('alur-dash-');
  let server: Server;
  let page: Page;
  beforeAll(() => ({ server, page } = studio)); // after the session's own beforeAll

  /** Opens a Studio path, waits for `ready`, then puts off Directus 12's own prompts. */
  async function open(path: string, ready: (page: Page) => Promise<void>): Promise<void> {
    await page.goto(`${server.url}/admin${path}`);
    await ready(page);
    await putOffStudioPrompts(page);
  }

  /** Waits until Directus' toast about the put-off prompt has gone (it lies over the page and axe would judge its colours). */
  const settle = () =>
    page
      .getByText(/We.ll remind you again|Kami akan mengingatkan/)
      .waitFor({ state: 'hidden', timeout: 30_000 })
      .catch(() => undefined);

  /** axe on the module's page: no serious or critical violation (with where they are, when there are). */
  async function accessible(): Promise<void> {
    await settle();
    const found = await axe(page, '.alur-page');
    const where = found.length
      ? await page.evaluate(async () => {
          const engine = (
            globalThis as unknown as {
              axe: { run(c: unknown): Promise<{ violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[] }> };
            }
          ).axe;
          const result = await engine.run({ include: [['.alur-page']] });
          return JSON.stringify(result.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => [n.target, n.failureSummary]) })));
        })
      : '';
    expect(found, where).toEqual([]);
  }

  it('counts the breached request under "now"; its number lists it and the list opens it in the portal', async () => {
    await open('/alur/dasbor', (p) => p.getByRole('heading', { name: 'Peringatan dan pelanggaran sekarang' }).waitFor({ timeout: 60_000 }));
    const figure = page.locator('.alur-figure-breached a');
    await figure.waitFor();
    const late = Number(await figure.locator('.alur-figure-n').textContent());
    expect(late).toBeGreaterThanOrEqual(1);
    // The most urgent requests are listed under the figures, with their SLA badge.
    const row = page.locator('.alur-alerts tr', { hasText: BREACHED });
    await row.waitFor();
    expect(await row.locator('.sla-breached').textContent()).toContain('Terlambat');
    // The period defaults to this month in the office's zone, and the charts are drawn with their tables.
    expect(await page.locator('input[name="from"]').inputValue()).toBe('2026-12-01');
    expect(await page.locator('input[name="to"]').inputValue()).toBe('2026-12-31');
    await page.getByRole('heading', { name: 'Permohonan terbuka per langkah' }).waitFor();
    expect(await page.locator('canvas[role="img"]').count()).toBeGreaterThan(0);
    await accessible();
    await shoot(page, 'studio-dasbor');

    await figure.click();
    await page.waitForURL(/\/admin\/alur\/permohonan\?.*sla_status=breached/);
    const title = page.getByRole('link', { name: BREACHED });
    await title.waitFor({ timeout: 30_000 });
    expect(await page.locator('table.requests tbody tr').count()).toBe(late);
    expect(await page.locator('table.requests tbody .sla-breached').count()).toBe(late);
    expect(await page.locator('.alur-filters').textContent()).toContain('Terlambat');
    await accessible();
    await shoot(page, 'studio-permohonan');

    const [portal] = await Promise.all([page.context().waitForEvent('page'), title.click()]);
    await portal.waitForLoadState();
    expect(portal.url()).toMatch(/\/alur\/portal\/permohonan\/[0-9a-f-]{36}$/);
    await portal.getByRole('heading', { name: BREACHED }).waitFor({ timeout: 30_000 });
    await portal.close();
  }, 180_000);

  it('over November, the SLA compliance table counts the late visit at its step and its number lists the request', async () => {
    await open('/alur/dasbor?variant=sumbawa&from=2026-11-01&to=2026-11-30', (p) =>
      p.getByRole('heading', { name: 'Kepatuhan SLA per langkah' }).waitFor({ timeout: 60_000 }),
    );
    expect(await page.locator('input[name="from"]').inputValue()).toBe('2026-11-01');
    const late = page.getByRole('link', { name: /^1 \(Terlambat, .*\): buka permohonannya$/ }).first();
    await late.waitFor({ timeout: 30_000 });
    await accessible();
    await page.getByRole('heading', { name: 'Kepatuhan SLA per langkah' }).scrollIntoViewIfNeeded();
    await shoot(page, 'studio-dasbor-november');
    await page.getByRole('heading', { name: 'Permohonan masuk dan selesai' }).scrollIntoViewIfNeeded();
    await shoot(page, 'studio-dasbor-november-arus');
    await late.click();
    await page.waitForURL(/visit_status=breached/);
    await page.getByRole('link', { name: BREACHED }).waitFor({ timeout: 30_000 });
    expect(await page.locator('table.requests tbody tr').count()).toBe(1);
  }, 120_000);

  it('shows the availability Babel’s catalog promises against the one measured, in words as well as colour', async () => {
    await open('/alur/dasbor?variant=babel', (p) => p.getByRole('heading', { name: 'Ketersediaan layanan' }).waitFor({ timeout: 60_000 }));
    const line = page.locator('tr[data-variant="babel"]');
    expect(await line.locator('td').first().textContent()).toBe('90%');
    // Measured since the first health check the service recorded, or not yet if no working minute has passed.
    expect(await line.locator('td').nth(1).textContent()).toMatch(/memenuhi janji|di bawah janji|belum ada menit kerja yang diukur/);
    await accessible();
    await page.getByRole('heading', { name: 'Ketersediaan layanan' }).scrollIntoViewIfNeeded();
    await shoot(page, 'studio-dasbor-ketersediaan');
  }, 120_000);

  it('shows the provisioned Insights dashboard "Alur — SLA" with Alur’s panels', async () => {
    await open('/insights', (p) => p.getByText('Alur — SLA').first().waitFor({ timeout: 60_000 }));
    await page.getByText('Alur — SLA').first().click();
    await page.waitForURL(/\/admin\/insights\/[0-9a-f-]{36}/);
    const panelFigure = page.locator('.alur-panel .alur-figure-breached .alur-figure-n');
    await panelFigure.waitFor({ timeout: 60_000 });
    expect(Number(await panelFigure.textContent())).toBe(1);
    expect(await page.locator('.alur-panel').count()).toBe(3);
    await page.getByText('Kepatuhan SLA per langkah — bulan ini').first().waitFor();
    await shoot(page, 'studio-insights-alur-sla');
  }, 180_000);
});
