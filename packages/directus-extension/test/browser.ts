import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
// @ts-expect-error plain ESM script without types
import { startDirectus } from '../scripts/directus-runtime.mjs';
import type { Server } from './harness.js';
import { freePort } from './support.js';

// What the browser tests share: Debian's chromium, the two screen sizes, axe-core and screenshots
// in $ALUR_TEST_REPORT_DIR/screenshots (or a temp folder) for people to look at.

export const executablePath = process.env['ALUR_CHROMIUM'] ?? '/usr/bin/chromium';
/** Whether chromium is there; with ALUR_TEST_BROWSER=require its absence fails the run. */
export const available = existsSync(executablePath);
if (!available && process.env['ALUR_TEST_BROWSER'] === 'require') throw new Error(`chromium not found at ${executablePath}`);

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

const shots = join(process.env['ALUR_TEST_REPORT_DIR'] ?? mkdtempSync(join(tmpdir(), 'alur-shots-')), 'screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const launch = (): Promise<Browser> => chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });

/** axe-core on the page as it stands (or on the part `include` selects): the serious and critical violations, by rule id and the first places they are at. */
export async function axe(page: Page, include?: string): Promise<string[]> {
  // Through the devtools protocol: the portal's CSP (no inline scripts) stays on.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(
    (context) => (globalThis as unknown as { axe: { run(context?: unknown): Promise<unknown> } }).axe.run(context ? { include: [context] } : undefined),
    include ?? null,
  )) as { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} @ ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/** Where a test artefact named `file` is saved (the screenshots folder, made when missing). */
export function artefact(file: string): string {
  mkdirSync(shots, { recursive: true });
  return join(shots, file);
}

/** Full-page screenshots at desktop and phone width, `portal-<name>-desktop.png` and `-phone.png`; the page is left at desktop width. */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  for (const [label, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(shots, `portal-${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

/** Signs the admin in to the Studio of `url` (the page lands on whatever the Studio opens first). */
export async function studioSignIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/admin/login`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin\/(?!login)/, { timeout: 60_000 });
}

/**
 * Puts off Directus 12's prompts to a new project's admin — a license key, a project owner (a
 * legal acceptance that is the admin's to give, so provisioning leaves it) — as they come, each
 * a few seconds after a page loads; returns once none has shown for two seconds.
 */
export async function putOffStudioPrompts(page: Page): Promise<void> {
  const prompt = page.getByRole('button', { name: /^(Skip|Lewati|Remind Later|Ingatkan Nanti|Ingatkan Lagi Nanti)$/ });
  for (let quiet = 0, i = 0; quiet < 4 && i < 30; i += 1) {
    if (await prompt.first().isVisible()) {
      await prompt.first().click();
      quiet = 0;
    } else quiet += 1;
    await page.waitForTimeout(500);
  }
}

/** What {@link studioSession} holds once its `beforeAll` has run. */
export interface StudioSession {
  readonly server: Server;
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * For the Studio browser tests of one file (call it inside their `describe`): a demo Directus
 * on a fresh folder at the Studio tests' clock, chromium, and a page with the admin signed in to
 * the Studio; all stopped and removed after the file. `setup` runs once Directus is up, before
 * the browser opens (e.g. to store the admin's presets).
 */
export function studioSession(
  prefix: string,
  options: { viewport?: { width: number; height: number }; setup?: (server: Server) => Promise<void> } = {},
): StudioSession {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const session = {} as { server: Server; browser: Browser; page: Page };
  beforeAll(async () => {
    session.server = (await startDirectus({ dataDir, port: await freePort(), demo: true, testClock: '2026-12-01T09:00:00+07:00' })) as Server;
    await options.setup?.(session.server);
    session.browser = await launch();
    session.page = await session.browser.newPage({ viewport: options.viewport ?? DESKTOP });
    await studioSignIn(session.page, session.server.url, session.server.adminEmail, session.server.adminPassword);
  }, 240_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return session;
}
