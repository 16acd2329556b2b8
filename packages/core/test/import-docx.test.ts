import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importSop, importSopDocx, readDocxText, type ReviewItem } from '../src/import-sop.js';
import { paragraphs } from '../src/internal/import/text.js';
import { caught } from './helpers.js';

// A .docx made here from a seed's text (each tab-separated line a table row, a header's merged
// cells as one cell spanning the columns, list cells as list paragraphs) imports to the same
// draft as the text.

const seedsDir = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const haveSeeds = existsSync(seedsDir);
const seedText = (seed: string) => readFileSync(`${seedsDir}/${readdirSync(seedsDir).find((f) => f.startsWith(`${seed}_`))}`, 'utf8');

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string) => `<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
const paragraph = (text: string, list = false) =>
  `<w:p><w:pPr>${list ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ''}<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${text ? run(text) : ''}</w:p>`;

/** A table cell from a pasted cell: its paragraphs, list paragraphs where the cell is a list. */
function cell(raw: string, span: number): string {
  const list = /<(ol|ul|li)\b/i.test(raw);
  // A run of spaces in a pasted cell is where the cell's lines broke (a position, a name, a NIP).
  const parts = paragraphs(raw.replace(/ {2,}/g, '<br>'));
  const body = parts.length === 0 ? '<w:p/>' : parts.map((part) => paragraph(part, list)).join('');
  return `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}<w:vAlign w:val="top"/></w:tcPr>${body}</w:tc>`;
}

/** word/document.xml for a pasted text: runs of tab-separated lines become tables. */
function documentXml(text: string): string {
  const lines = text.split('\n');
  const body: string[] = [];
  let table: string[][] = [];
  const flush = () => {
    if (table.length === 0) return;
    const rows = table.map((cells, r) => {
      const out: string[] = [];
      for (let i = 0; i < cells.length; i += 1) {
        // The header row's merged cells: a heading followed by empty cells spans them.
        let span = 1;
        if (r === 0 && cells[i] !== '') while (i + span < cells.length && cells[i + span] === '') span += 1;
        out.push(cell(cells[i]!, span));
        i += span - 1;
      }
      return `<w:tr>${out.join('')}</w:tr>`;
    });
    body.push(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join('')}</w:tbl>`);
    table = [];
  };
  for (const line of lines) {
    if (line.includes('\t')) table.push(line.split('\t'));
    else {
      flush();
      body.push(line === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${xml(line)}</w:t></w:r></w:p>`);
    }
  }
  flush();
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`;
}

/** A zip archive: `deflate` entries compressed, the others stored. */
function zip(entries: { name: string; data: string; deflate: boolean }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.from(entry.data, 'utf8');
    const data = entry.deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

function docx(text: string): Uint8Array {
  return zip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      deflate: false,
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      deflate: false,
    },
    { name: 'word/document.xml', data: documentXml(text), deflate: true },
  ]);
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

  it('refuses bytes that are not a .docx', async () => {
    await expect(readDocxText(new TextEncoder().encode('bukan zip'))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    const emptyZip = zip([{ name: 'a.txt', data: 'x', deflate: false }]);
    const error = await readDocxText(emptyZip).catch((e: unknown) => e);
    expect(
      caught(() => {
        throw error;
      }).text.id,
    ).toMatch(/word\/document\.xml/);
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
