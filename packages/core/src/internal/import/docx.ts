/**
 * The text of a Word document (.docx) as Word's copy gives it: each table row a line with its
 * cells separated by tabs, other paragraphs a line each. Reads the zip container and
 * `word/document.xml` with web-standard APIs only (`DecompressionStream`, `Blob`, `Response`,
 * `TextDecoder`), so it runs in browsers and in Node alike.
 */
import { AlurError } from '../../alur-error.js';

const notDocx = (why: { id: string; en: string }) =>
  new AlurError('INVALID_ARGUMENT', {
    id: `berkas bukan dokumen Word .docx yang dapat dibaca: ${why.id}`,
    en: `the file is not a readable Word .docx document: ${why.en}`,
  });

/** The bytes of one entry of a zip archive, inflated. */
async function zipEntry(bytes: Uint8Array, name: string): Promise<Uint8Array | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw notDocx({ id: 'bukan arsip zip', en: 'not a zip archive' });
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw notDocx({ id: 'daftar isi zip rusak', en: 'damaged zip directory' });
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const entryName = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    if (view.getUint32(local, true) !== 0x04034b50) throw notDocx({ id: 'entri zip rusak', en: 'damaged zip entry' });
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    if (method === 0) return data;
    if (method !== 8) throw notDocx({ id: `metode kompresi ${method} tidak didukung`, en: `compression method ${method} is not supported` });
    const copy = new Uint8Array(data.length);
    copy.set(data);
    const stream = new Blob([copy]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  return undefined;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : XML_ENTITIES[name.toLowerCase()]!,
  );
/** Cell text is read back as markup by the importer: keep its own angle brackets literal. */
const literal = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Paragraph {
  text: string;
  list: boolean;
}
interface Cell {
  paragraphs: Paragraph[];
  span: number;
  continued: boolean;
}

/** A cell as the importer reads pasted text: one paragraph plain, several as `<p>`, list paragraphs as `<ol><li>`. */
function cellText(cell: Cell): string {
  const paragraphs = cell.paragraphs.filter((p) => p.text.trim() !== '');
  if (cell.continued || paragraphs.length === 0) return '';
  if (paragraphs.some((p) => p.list)) {
    return paragraphs.map((p) => (p.list ? `<ol><li>${literal(p.text.trim())}</li></ol>` : `<p>${literal(p.text.trim())}</p>`)).join('');
  }
  if (paragraphs.length === 1) return literal(paragraphs[0]!.text.trim());
  return paragraphs.map((p) => `<p>${literal(p.text.trim())}</p>`).join('');
}

/** The body of `word/document.xml` as lines of text, table rows as tab-separated cells. */
export function documentXmlText(xml: string): string {
  const lines: string[] = [];
  let tableDepth = 0;
  let row: string[] | undefined;
  let cell: Cell | undefined;
  let paragraph: Paragraph | undefined;
  let inText = false;
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^>]*?)?)(\/?)>|([^<]+)/g;
  for (const match of xml.matchAll(tag)) {
    const [, closing, name, attributes = '', selfClosing, text] = match;
    if (text !== undefined) {
      if (inText && paragraph) paragraph.text += decodeXml(text);
      continue;
    }
    const value = /\bw:val="([^"]*)"/.exec(attributes)?.[1];
    if (!closing) {
      switch (name) {
        case 'w:tbl':
          tableDepth += 1;
          break;
        case 'w:tr':
          if (tableDepth === 1) row = [];
          break;
        case 'w:tc':
          if (tableDepth === 1) cell = { paragraphs: [], span: 1, continued: false };
          break;
        case 'w:gridSpan':
          if (cell && tableDepth === 1 && value) cell.span = Math.max(1, Number(value) || 1);
          break;
        case 'w:vMerge':
          if (cell && tableDepth === 1 && (value === undefined || value === 'continue')) cell.continued = true;
          break;
        case 'w:p':
          paragraph = { text: '', list: false };
          break;
        case 'w:numPr':
          if (paragraph) paragraph.list = true;
          break;
        case 'w:t':
          inText = !selfClosing;
          break;
        case 'w:tab':
          // A tab in a run; <w:tab w:val=... w:pos=...> in <w:tabs> is a tab stop, not text.
          if (paragraph && value === undefined) paragraph.text += cell ? ' ' : '\t';
          break;
        case 'w:br':
        case 'w:cr':
          // A line break in a cell starts a new line of that cell; elsewhere it is a space.
          if (paragraph && cell) {
            cell.paragraphs.push(paragraph);
            paragraph = { text: '', list: paragraph.list };
          } else if (paragraph) paragraph.text += ' ';
          break;
      }
      if (selfClosing && name === 'w:p') {
        if (cell) cell.paragraphs.push({ text: '', list: false });
        else if (tableDepth === 0) lines.push('');
        paragraph = undefined;
      }
      continue;
    }
    switch (name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p':
        if (paragraph) {
          if (cell) cell.paragraphs.push(paragraph);
          else if (tableDepth === 0) lines.push(paragraph.text);
        }
        paragraph = undefined;
        break;
      case 'w:tc':
        if (tableDepth === 1 && cell && row) {
          row.push(cellText(cell));
          for (let i = 1; i < cell.span; i += 1) row.push('');
          cell = undefined;
        }
        break;
      case 'w:tr':
        if (tableDepth === 1 && row) {
          lines.push(row.join('\t'));
          row = undefined;
        }
        break;
      case 'w:tbl':
        tableDepth = Math.max(0, tableDepth - 1);
        if (tableDepth === 0) lines.push('');
        break;
    }
  }
  return lines.join('\n');
}

/** The text of a .docx file's body, table rows as tab-separated lines (as Word copies them). */
export async function docxText(input: Uint8Array | ArrayBuffer): Promise<string> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const xml = await zipEntry(bytes, 'word/document.xml');
  if (!xml) throw notDocx({ id: 'tidak ada word/document.xml', en: 'no word/document.xml' });
  return documentXmlText(new TextDecoder().decode(xml));
}
