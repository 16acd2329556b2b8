import { builtinSopDefinitions, getSop, renderCatalog, renderSop } from '@alur/core';
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefact, available, axe, launch } from './browser.js';

// The signed SOP documents (Permen PANRB 35/2012) as chromium lays them out, screen and print:
// sheets that hold their rows, headers repeated, off-page connectors in pairs, and the PDF.

let browser: Browser;
let page: Page;
beforeAll(async () => {
  if (!available) return;
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 60_000);
afterAll(async () => browser?.close());

interface Layout {
  sheets: { top: number; bottom: number; tableBottom: number; headers: number; rows: string[] }[];
  connectors: { sheet: number; row: string; letter: string; top: boolean }[];
}

/** Each procedure sheet's box and table, and every off-page connector with the sheet and row it sits in. */
const layout = (): Promise<Layout> =>
  page.evaluate(() => {
    const sheets = [...document.querySelectorAll<HTMLElement>('section.sheet.procedure')];
    return {
      sheets: sheets.map((sheet) => {
        const box = sheet.getBoundingClientRect();
        const padding = parseFloat(getComputedStyle(sheet).paddingBottom);
        const table = sheet.querySelector('table.procedure')!;
        return {
          top: box.top,
          bottom: box.bottom - padding,
          tableBottom: table.getBoundingClientRect().bottom,
          headers: table.querySelectorAll('thead th').length,
          rows: [...table.querySelectorAll<HTMLElement>('tbody tr')].map((tr) => tr.dataset['row']!),
        };
      }),
      connectors: [...document.querySelectorAll('g.offpage')].map((g) => {
        const svg = g.closest('svg')!;
        const tr = svg.closest('tr') as HTMLElement;
        const path = g.querySelector('path')!.getAttribute('d')!;
        return {
          sheet: sheets.indexOf(svg.closest('section') as HTMLElement),
          row: tr.dataset['row']!,
          letter: g.textContent ?? '',
          top: /^M[^,]+,1 /.test(path),
        };
      }),
    };
  });

describe.runIf(available)('the SOP document in chromium', () => {
  for (const { id } of builtinSopDefinitions) {
    it(`${id}: A4 sheets that hold their rows, with the header on each and off-page connectors in pairs`, async () => {
      const html = renderSop(getSop(id).sop, 'html');
      await page.setContent(html);
      const { sheets, connectors } = await layout();
      expect(sheets.length).toBeGreaterThan(0);
      const headers = sheets[0]!.headers;
      for (const [i, sheet] of sheets.entries()) {
        // No row runs off its sheet, and every sheet repeats the whole header.
        expect(sheet.tableBottom, `${id} sheet ${i + 1}`).toBeLessThanOrEqual(sheet.bottom + 0.5);
        expect(sheet.headers).toBe(headers);
      }
      // Every row printed once, in order, across the sheets.
      const order = sheets.flatMap((s) => s.rows).filter((row, i, all) => all[i - 1] !== row);
      expect(order).toEqual([...new Set(order)].sort((a, b) => Number(a) - Number(b)));
      // A connector at the foot of a sheet's last row, its twin at the head of the next sheet's first.
      const letters = [...new Set(connectors.map((c) => c.letter))];
      expect(connectors.length).toBe(2 * letters.length);
      for (const letter of letters) {
        const [bottom, top] = [connectors.find((c) => c.letter === letter && !c.top)!, connectors.find((c) => c.letter === letter && c.top)!];
        expect(top.sheet, `${id} connector ${letter}`).toBe(bottom.sheet + 1);
        expect(bottom.row).toBe(sheets[bottom.sheet]!.rows.at(-1));
        expect(top.row).toBe(sheets[top.sheet]!.rows[0]);
      }
      if (sheets.length > 1) expect(letters.length).toBeGreaterThan(0);
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: artefact(`sop-${id}.png`), fullPage: true });
      // Print: the same sheets, one per A4 landscape page.
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: artefact(`sop-${id}-print.png`), fullPage: true });
      // The cover (identity and boxes) takes as many pages as its text needs; each procedure sheet exactly one.
      const coverPages = await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.style.height = '210mm';
        document.body.append(probe);
        const a4 = probe.getBoundingClientRect().height;
        probe.remove();
        return Math.ceil(document.querySelector('section.sheet.cover')!.getBoundingClientRect().height / a4);
      });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      writeFileSync(artefact(`sop-${id}.pdf`), pdf);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(pages).toBe(sheets.length + coverPages);
    }, 60_000);
  }

  it('prints the Babel service catalog on A4 portrait pages, with nothing for axe to flag', async () => {
    await page.setContent(renderCatalog(getSop('babel').sop)!);
    expect(await page.locator('table.catalog th[scope="row"]').count()).toBe(16);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: artefact('sop-babel-catalog.png'), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    writeFileSync(artefact('sop-babel-catalog.pdf'), pdf);
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0).toBeGreaterThan(1);
  });

  it('paginates the longest seed (Sumbawa, 17 rows) over several sheets', async () => {
    await page.setContent(renderSop(getSop('sumbawa').sop, 'html'));
    const { sheets, connectors } = await layout();
    expect(sheets.length).toBeGreaterThan(1);
    expect(connectors.length).toBeGreaterThan(0);
  });
});
