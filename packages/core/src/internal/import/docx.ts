/**
 * The text of a Word document (.docx) as Word's copy gives it: each table row a line with its
 * cells separated by tabs, other paragraphs a line each. The zip container is read with `fflate`
 * and `word/document.xml` with `fast-xml-parser`; both run in browsers and in Node alike.
 */
import { type EntityDecoderOptions, type X2jOptions, XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { AlurError } from '../../alur-error.js';

const notDocx = (why: { id: string; en: string }) =>
  new AlurError('INVALID_ARGUMENT', {
    id: `berkas bukan dokumen Word .docx yang dapat dibaca: ${why.id}`,
    en: `the file is not a readable Word .docx document: ${why.en}`,
  });

const DOCUMENT = 'word/document.xml';

/** Starts of the files people pick instead of a .docx, and what to do with them. */
const OTHER_FORMATS: readonly { magic: readonly number[]; id: string; en: string }[] = [
  {
    magic: [0x25, 0x50, 0x44, 0x46], // %PDF
    id: 'ini berkas PDF; buka di Microsoft Word lalu simpan sebagai .docx',
    en: 'this is a PDF; open it in Microsoft Word and save it as .docx',
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0], // OLE compound file: Word 97–2003 .doc
    id: 'ini dokumen Word lama (.doc); simpan sebagai .docx',
    en: 'this is an older Word document (.doc); save it as .docx',
  },
];

/** `word/document.xml` of a .docx, inflated; the other entries are not. */
function documentEntry(bytes: Uint8Array): Uint8Array | undefined {
  const other = OTHER_FORMATS.find(({ magic }) => magic.every((byte, i) => bytes[i] === byte));
  if (other) throw notDocx(other);
  try {
    return unzipSync(bytes, { filter: (file) => file.name === DOCUMENT })[DOCUMENT];
  } catch (error) {
    // fflate's error codes: 13 no zip directory, 14 a compression method it cannot read.
    const code = (error as { code?: number }).code;
    if (code === 13) throw notDocx({ id: 'bukan arsip zip', en: 'not a zip archive' });
    const why = error instanceof Error ? error.message : String(error);
    if (code === 14) throw notDocx({ id: `metode kompresi tidak didukung (${why})`, en: `compression method not supported (${why})` });
    throw notDocx({ id: `arsip zip rusak (${why})`, en: `damaged zip archive (${why})` });
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/**
 * XML's own entities and character references. fast-xml-parser reads `&#...;` only together with
 * its HTML entity names (the deprecated `htmlEntities`); a decoder for XML alone is this.
 */
const xmlEntities: EntityDecoderOptions = {
  decode: (text) =>
    text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) =>
      name.startsWith('#x') || name.startsWith('#X')
        ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : XML_ENTITIES[name.toLowerCase()]!,
    ),
  // Entities a DOCTYPE declares are left as they are (Word writes none).
  addInputEntities: () => {},
  setExternalEntities: () => {},
  reset: () => {},
  setXmlVersion: () => {},
};

/** Elements in document order (`preserveOrder`): `{ [name]: children, ':@': attributes }` or `{ '#text': text }`. */
type XmlNode = Record<string, unknown>;
const ATTRIBUTES = ':@';
const TEXT = '#text';

const xmlOptions: X2jOptions = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  // Spaces in <w:t> are text (a run's leading or trailing space, with or without xml:space).
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  entityDecoder: xmlEntities,
};

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

/**
 * The body of `word/document.xml` as lines of text, table rows as tab-separated cells. A table
 * inside a cell gives its paragraphs to that cell.
 */
export function documentXmlText(xml: string): string {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw notDocx({ id: `${DOCUMENT} bukan XML yang utuh (baris ${line}: ${msg})`, en: `${DOCUMENT} is not well-formed XML (line ${line}: ${msg})` });
  }
  const lines: string[] = [];
  let tableDepth = 0;
  let row: string[] | undefined;
  let cell: Cell | undefined;
  let paragraph: Paragraph | undefined;
  let inText = false;

  const open = (name: string, value: string | undefined) => {
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
        inText = true;
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
  };

  const close = (name: string) => {
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
  };

  const walk = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((key) => key !== ATTRIBUTES)!;
      if (name === TEXT) {
        if (inText && paragraph) paragraph.text += String(node[TEXT]);
        continue;
      }
      open(name, (node[ATTRIBUTES] as Record<string, string> | undefined)?.['w:val']);
      walk(node[name] as XmlNode[]);
      close(name);
    }
  };

  let document: XmlNode[];
  try {
    document = new XMLParser(xmlOptions).parse(xml) as XmlNode[];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw notDocx({ id: `${DOCUMENT} tidak dapat dibaca (${why})`, en: `${DOCUMENT} cannot be read (${why})` });
  }
  walk(document);
  return lines.join('\n');
}

/** The text of a .docx file's body, table rows as tab-separated lines (as Word copies them). */
export async function docxText(input: Uint8Array | ArrayBuffer): Promise<string> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const xml = documentEntry(bytes);
  if (!xml) throw notDocx({ id: `tidak ada ${DOCUMENT}`, en: `no ${DOCUMENT}` });
  return documentXmlText(new TextDecoder().decode(xml));
}
