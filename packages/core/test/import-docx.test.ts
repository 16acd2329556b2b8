import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importSop, importSopDocx, readDocxText, type ReviewItem } from '../src/import-sop.js';
import { docx, docxOf } from './docx-builder.js';
import { caught } from './helpers.js';
import { seedsDir as findSeeds } from './seeds-dir.js';

// A .docx made here from a seed's text (each tab-separated line a table row, a header's merged
// cells as one cell spanning the columns, list cells as list paragraphs) imports to the same
// draft as the text.

const seedsDir = findSeeds() ?? '../shared/seeds';
const haveSeeds = existsSync(seedsDir);
const seedText = (seed: string) => readFileSync(`${seedsDir}/${readdirSync(seedsDir).find((f) => f.startsWith(`${seed}_`))}`, 'utf8');

/** word/document.xml around a body written by hand. */
const wordXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;

/** The refusal's wording in both languages. */
async function refusal(bytes: Uint8Array): Promise<{ id: string; en: string }> {
  const error = await readDocxText(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  const { code, text } = caught(() => {
    throw error;
  });
  expect(code).toBe('INVALID_ARGUMENT');
  return text;
}

/** Review items without where they point in the source (its lines differ between the two texts). */
const placeless = (review: readonly ReviewItem[]) => review.map(({ path, confidence, reason, kind }) => ({ path, confidence, reason, kind }));

describe('importSopDocx', () => {
  it('reads table rows as tab-separated lines, merged header cells as empty cells, list cells as list items', async () => {
    const text = await readDocxText(
      docx(
        ['Judul', 'No\tUraian Kegiatan\tPelaksana\t\tMutu Baku', '1\tMenyusun &lt;rencana&gt;\tMulai\t\t<ol><li>1. A</li><li>2. B</li></ol>', 'Penutup'].join(
          '\n',
        ),
      ),
    );
    expect(text.split('\n')).toEqual([
      'Judul',
      'No\tUraian Kegiatan\tPelaksana\t\tMutu Baku',
      '1\tMenyusun &lt;rencana&gt;\tMulai\t\t<ol><li>1. A</li></ol><ol><li>2. B</li></ol>',
      '',
      'Penutup',
    ]);
  });

  it('keeps the reading of merged, nested and broken-up cells, tabs, breaks and character references', async () => {
    const p = (text: string, props = '') => `<w:p>${props}<w:r><w:t>${text}</w:t></w:r></w:p>`;
    const tc = (body: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${body}</w:tc>`;
    const body = [
      p('Judul &amp;lt;x&gt; &#x41;&#66; &quot;q&quot;', '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'),
      '<w:p><w:r><w:t xml:space="preserve">a </w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>',
      '<w:tbl>',
      `<w:tr>${tc(p('H'), '<w:gridSpan w:val="3"/>')}${tc(p('V'), '<w:vMerge w:val="restart"/>')}</w:tr>`,
      `<w:tr>${tc(p('a'), '<w:gridSpan w:val="0"/>')}${tc('<w:p><w:r><w:t>x</w:t><w:tab/><w:t>y</w:t><w:br/><w:t>z</w:t></w:r></w:p>')}${tc('<w:p/>')}${tc(p('hidden'), '<w:vMerge/>')}</w:tr>`,
      `<w:tr>${tc(p('c'), '<w:gridSpan w:val="2"/><w:vMerge w:val="continue"/>')}${tc(p('d &amp; &lt;e&gt;') + p('f'))}${tc(p('l1', '<w:pPr><w:numPr/></w:pPr>') + p('plain'))}</w:tr>`,
      // A table inside a cell gives its paragraphs to the cell; its merges are not the outer table's.
      `<w:tr>${tc(`${p('outer')}<w:tbl><w:tr>${tc(p('in1'), '<w:gridSpan w:val="4"/><w:vMerge/>')}${tc(p('in2'))}</w:tr></w:tbl>${p('outer2')}`)}${tc(p('last'))}</w:tr>`,
      '</w:tbl>',
      p('Penutup'),
    ].join('');
    expect((await readDocxText(docxOf(wordXml(body)))).split('\n')).toEqual([
      'Judul &lt;x> AB "q"',
      'a \tb c',
      'H\t\t\tV',
      'a\t<p>x y</p><p>z</p>\t\t',
      '\t\t<p>d &amp; &lt;e&gt;</p><p>f</p>\t<ol><li>l1</li></ol><p>plain</p>',
      '<p>outer</p><p>in1</p><p>in2</p><p>outer2</p>\tlast',
      '',
      'Penutup',
    ]);
    // The bytes may come as an ArrayBuffer too.
    expect(await readDocxText(docxOf(wordXml(p('x'))).slice().buffer)).toBe('x');
  });

  it('refuses bytes that are not a readable .docx, saying why in both languages', async () => {
    const notZip = await refusal(new TextEncoder().encode('bukan zip'));
    expect(notZip.id).toMatch(/bukan dokumen Word \.docx.*bukan arsip zip/);
    expect(notZip.en).toMatch(/not a readable Word \.docx.*not a zip archive/);

    // What people pick instead: a PDF, and a Word 97–2003 .doc (an OLE compound file).
    const pdf = await refusal(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(pdf.id).toMatch(/bukan dokumen Word \.docx.*berkas PDF; buka di Microsoft Word lalu simpan sebagai \.docx/);
    expect(pdf.en).toMatch(/this is a PDF; open it in Microsoft Word and save it as \.docx/);
    const doc = await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(doc.id).toMatch(/dokumen Word lama \(\.doc\); simpan sebagai \.docx/);
    expect(doc.en).toMatch(/older Word document \(\.doc\); save it as \.docx/);

    const noDocument = await refusal(zipSync({ 'a.txt': strToU8('x') }));
    expect(noDocument.id).toMatch(/tidak ada word\/document\.xml/);
    expect(noDocument.en).toMatch(/no word\/document\.xml/);

    const broken = await refusal(docxOf(wordXml('<w:p><w:r><w:t>tidak ditutup</w:r></w:p>')));
    expect(broken.id).toMatch(/word\/document\.xml bukan XML yang utuh \(baris 2/);
    expect(broken.en).toMatch(/word\/document\.xml is not well-formed XML \(line 2/);

    // The deflated document.xml damaged: its first byte says a block type DEFLATE does not have.
    const damaged = docxOf(wordXml(''));
    const local = damaged.findIndex(
      (_, i) => damaged[i] === 0x50 && damaged[i + 1] === 0x4b && new TextDecoder().decode(damaged.subarray(i + 30, i + 47)) === 'word/document.xml',
    );
    damaged[local + 30 + 17] = 0xff;
    const inflate = await refusal(damaged);
    expect(inflate.id).toMatch(/arsip zip rusak/);
    expect(inflate.en).toMatch(/damaged zip archive/);
  });

  for (const seed of ['001', '002', '003', '004']) {
    it.skipIf(!haveSeeds)(`a .docx made from seed ${seed} imports to the same draft as its text`, async () => {
      const text = seedText(seed);
      const fromText = importSop(text);
      const fromDocx = await importSopDocx(docx(text));
      expect(fromDocx.definition).toEqual(fromText.definition);
      expect(fromDocx.table).toMatchObject({ found: fromText.table.found, rows: fromText.table.rows });
      expect(placeless(fromDocx.review)).toEqual(placeless(fromText.review));
      expect(fromDocx.definition.steps?.length).toBeGreaterThan(5);
    });
  }
});
