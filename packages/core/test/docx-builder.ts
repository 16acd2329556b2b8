import { strToU8, zipSync } from 'fflate';
import { paragraphs } from '../src/internal/import/text.js';

// A .docx made from pasted SOP text, as Word would save it: each run of tab-separated lines a
// table (a header's merged cells one cell spanning the columns, list cells as list paragraphs),
// other lines paragraphs. Used by the import tests here and by the Studio's upload test.

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

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A .docx with this word/document.xml (deflated; the package parts stored, as Word does for some). */
export const docxOf = (documentXml: string): Uint8Array =>
  zipSync({
    '[Content_Types].xml': [strToU8(CONTENT_TYPES), { level: 0 }],
    _rels: { '.rels': [strToU8(RELS), { level: 0 }] },
    word: { 'document.xml': [strToU8(documentXml), { level: 6 }] },
  });

export const docx = (text: string): Uint8Array => docxOf(documentXml(text));
