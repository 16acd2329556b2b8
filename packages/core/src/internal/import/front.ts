import type { SopDefinition, SopDocument } from '../../sop-definition.js';
import { parseCivilDate } from './dates.js';
import { type Review, t } from './review.js';
import { clean, listItems, paragraphs, type SourceLine, titleCase } from './text.js';

/** What stands around the procedure table: the kop, the identity block, Dasar Hukum and the boxes, the signature. */
export interface FrontMatter {
  name?: string;
  office?: string;
  number?: string;
  dates: NonNullable<SopDefinition['dates']>;
  approvedBy?: string;
  legalBasis?: string[];
  document: SopDocument;
  /** Kualifikasi Pelaksana as items, for actor columns headed only by numbers. */
  qualifications: { name: string; description?: string }[];
}

type Identity = 'number' | 'created' | 'revised' | 'effective' | 'approvedBy' | 'name';

const IDENTITY: [RegExp, Identity][] = [
  [/^(nomor|no\.?)\s*sop$/, 'number'],
  [/^tanggal\s+pembuatan$/, 'created'],
  [/^tanggal\s+revisi$/, 'revised'],
  [/^tanggal\s+(efektif|berlaku)$/, 'effective'],
  [/^di\s*sahkan\s+oleh$/, 'approvedBy'],
  [/^nama\s+sop$/, 'name'],
];

type Box = 'legalBasis' | 'qualifications' | 'related' | 'equipment' | 'warnings' | 'records';

const BOXES: [RegExp, Box][] = [
  [/^dasar\s+hukum$/, 'legalBasis'],
  [/^kualifikasi\s+pelaksana$/, 'qualifications'],
  [/^keterkaitan$/, 'related'],
  [/^peralatan\s*(\/|dan)\s*perlengkapan$/, 'equipment'],
  [/^peringatan$/, 'warnings'],
  [/^pencatatan\s+dan\s+pendataan$/, 'records'],
];

const label = (cell: string | undefined) =>
  clean(cell)
    .toLowerCase()
    .replace(/[:.]+$/, '')
    .trim();
const identityOf = (cell: string | undefined) => IDENTITY.find(([re]) => re.test(label(cell)))?.[1];
const boxOf = (cell: string | undefined) => BOXES.find(([re]) => re.test(label(cell)))?.[1];

const TITLE = /^(standar\s+operasional\s+prosedur|s\.?o\.?p\.?\b|pedoman\b|katalog\b|prosedur\b)/i;
const KOP =
  /^(pemerintah|dinas|badan|biro|sekretariat|kantor|inspektorat|satuan|bagian|bidang|seksi|sub\s?bagian|upt|rumah\s+sakit|kecamatan|kelurahan|provinsi|kabupaten|kota|jalan|jl\b|website|telp|telepon|email|e-mail|laman)/i;
const OFFICE = /^(dinas|badan|biro|sekretariat|kantor|inspektorat|satuan|rumah\s+sakit|kecamatan|kelurahan)\b/i;
const REGION = /^pemerintah\s+((provinsi|kabupaten|kota)\s+.+)$/i;
const UNIT = /^(bidang|seksi|sub\s?bagian|bagian|upt)\b/i;

/** Words that open a person's or a unit's name in a run-together Kualifikasi Pelaksana list. */
const ROLE_START =
  /^(Kepala|Kabid|Kasi|Kadis|Kasubag|Kasubbag|Kabag|Sekretaris|Tim|Staf|Staff|Petugas|Pejabat|Pranata|Operator|Administrator|Analis|Programmer|Koordinator|Subbag|Seksi|Bidang|Bagian)$/;
const ROLE_WORD = /^(Kepala|Kabid|Kasi|Kadis|Kasubag|Kasubbag|Kabag|Sekretaris|Tim|Staf|Staff|Petugas|Pejabat|Pranata|Subbag|Seksi|Bidang|Bagian|Sub)$/;
const CONNECTOR = /^(dan|atau|dan\/atau|adalah|dari|oleh|yang|serta|para|sebagai|untuk|ke|di)$/i;

/**
 * A list printed as one run of words (the copy drops the line breaks of a `<ol>`): split where a
 * new role begins ("... Persandian Kepala Bidang ..."), up to the first colon (a description).
 */
export function splitRunTogetherRoles(text: string): string[] | undefined {
  const words = text.split(' ');
  const items: string[][] = [[]];
  let described = false;
  words.forEach((word, i) => {
    const previous = words[i - 1];
    const bare = word.replace(/[^\p{L}]/gu, '');
    if (
      i > 0 &&
      !described &&
      ROLE_START.test(bare) &&
      previous !== undefined &&
      !CONNECTOR.test(previous) &&
      !ROLE_WORD.test(previous.replace(/[^\p{L}]/gu, '')) &&
      !previous.endsWith(':')
    ) {
      items.push([]);
    }
    items[items.length - 1]!.push(word);
    if (word.includes(':')) described = true;
  });
  if (items.length < 2) return undefined;
  return items.map((item) => item.join(' ').trim());
}

/** Joins kop lines that the layout broke after a conjunction ("DINAS ... STATISTIK DAN" / "PERSANDIAN"). */
function joinBroken(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && /(\b(dan|dan\/atau|serta|&)|,)$/i.test(last)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

/** The one text of a line whose other cells are empty; `undefined` for a row of several cells. */
function single(line: SourceLine): string | undefined {
  const filled = line.cells.map(clean).filter((cell) => cell !== '');
  return filled.length === 1 ? filled[0] : filled.length === 0 ? '' : undefined;
}

/**
 * Reads the front matter from the lines before the table (`tableAt`, or every line when there is
 * no table) and the signature after it (`tableEnd`).
 */
export function readFront(lines: readonly SourceLine[], tableAt: number, tableEnd: number, review: Review): FrontMatter {
  const front: FrontMatter = { dates: {}, document: {}, qualifications: [] };
  const before = lines.slice(0, tableAt);

  // Kop and title: the lines before the first row of cells.
  const kop: string[] = [];
  const title: string[] = [];
  let inTitle = false;
  let titleDone = false;
  let lastKop = -2;
  before.forEach((line, i) => {
    if (lastKop === -3) return;
    const text = single(line);
    if (text === undefined || identityOf(line.cells[0]) || boxOf(line.cells[0])) {
      lastKop = -3;
      return;
    }
    if (text === '') {
      if (inTitle && title.length > 0) {
        inTitle = false;
        titleDone = true;
      }
      return;
    }
    if (!titleDone && (TITLE.test(text) || inTitle) && !(KOP.test(text) && !inTitle)) {
      inTitle = true;
      title.push(text);
    } else if (KOP.test(text) || (lastKop >= i - 2 && /\p{Lu}/u.test(text) && !/\p{Ll}{4}/u.test(text))) {
      kop.push(text);
      lastKop = i;
    }
  });
  const heading = joinBroken(kop);
  if (heading.length > 0) front.document.heading = heading;

  // Identity block (Permen PANRB 35/2012): label and value side by side.
  const source: Partial<Record<Identity, SourceLine>> = {};
  for (const line of before) {
    const key = identityOf(line.cells[0]);
    if (!key || source[key]) continue;
    source[key] = line;
    const value = line.cells.slice(1).map(clean).filter(Boolean).join(' ');
    if (value === '') continue;
    if (key === 'number') front.number = value;
    else if (key === 'approvedBy') {
      // Lines of the cell (a position, a name, a NIP) come through as runs of spaces.
      const parts = line.cells
        .slice(1)
        .flatMap((cell) => cell.split(/ {2,}/).flatMap((piece) => paragraphs(piece)))
        .flatMap((part) => part.split(/\s+(?=NIP\b)/))
        .map((part) => part.replace(/,$/, '').trim())
        .filter(Boolean);
      front.approvedBy = parts.join(', ');
      if (parts.length > 1) {
        review.add(
          ['approvedBy'],
          0.8,
          t(
            'baris-baris sel "Disahkan oleh" (jabatan, nama, NIP) dipisah dengan koma',
            'the lines of the "Disahkan oleh" cell (position, name, NIP) are separated by commas',
          ),
          value,
          line.n,
        );
      }
    } else if (key === 'name') front.name = value;
    else {
      const date = parseCivilDate(value);
      if (date) front.dates[key] = date;
      else
        review.add(
          ['dates', key],
          0,
          t(`tanggal "${value}" tidak terbaca; tulis sebagai YYYY-MM-DD`, `cannot read the date "${value}"; write it as YYYY-MM-DD`),
          line.text,
          line.n,
          'missing',
        );
    }
  }

  // A catalog or letter prints "Nomor : ..." and "Ditetapkan Tanggal : ..." instead.
  if (front.number === undefined || front.dates.effective === undefined) {
    for (const line of before) {
      for (const part of line.cells.flatMap(paragraphs)) {
        const number = /^nomor\s*:\s*(.+)$/i.exec(part);
        if (number && front.number === undefined) {
          front.number = number[1]!.trim();
          review.add(
            ['number'],
            0.7,
            t('nomor diambil dari baris "Nomor :" di luar blok identitas SOP', 'number taken from a "Nomor :" line outside the SOP identity block'),
            part,
            line.n,
          );
        }
        const date = /^(ditetapkan|disahkan|berlaku)\s+(tanggal|tgl\.?|mulai)?\s*:?\s*(.+)$/i.exec(part);
        const civil = date && parseCivilDate(date[3]!);
        if (civil && front.dates.effective === undefined) {
          front.dates.effective = civil;
          review.add(
            ['dates', 'effective'],
            0.7,
            t(
              'tanggal efektif diambil dari "Ditetapkan Tanggal" di luar blok identitas SOP',
              'effective date taken from "Ditetapkan Tanggal" outside the SOP identity block',
            ),
            part,
            line.n,
          );
        }
      }
    }
  }

  // The name: Nama SOP, else the title.
  if (front.name === undefined) {
    const joined = title.join(' ');
    const afterSop = /^standar\s+operasional\s+prosedur\s*(\(sop\))?\s*(.*)$/i.exec(joined);
    let name = afterSop ? afterSop[2]!.trim() : '';
    if (name === '') {
      // "Standar Operasional Prosedur (SOP) X" printed elsewhere, e.g. above a catalog's table.
      for (const line of lines.slice(0, tableAt)) {
        const inline = /^standar\s+operasional\s+prosedur\s*(\(sop\))?\s+(.+)$/i.exec(clean(line.text));
        if (inline) {
          name = inline[2]!;
          break;
        }
      }
    }
    if (name === '') name = joined;
    name = titleCase(name.replace(/\s+/g, ' ').trim());
    if (name !== '') {
      front.name = name;
      review.add(
        ['name'],
        0.7,
        t('tidak ada baris "Nama SOP"; nama diambil dari judul dokumen', 'no "Nama SOP" row; the name is taken from the title'),
        joined || name,
      );
    }
  }

  // The office, from the kop.
  const office = heading.find((line) => OFFICE.test(line));
  if (office) {
    const region = heading.map((line) => REGION.exec(line)?.[1] ?? /^((provinsi|kabupaten|kota)\s+.+)$/i.exec(line)?.[1]).find(Boolean);
    const unit = heading.find((line) => UNIT.test(line) && line !== office);
    let name = titleCase(office);
    if (region && !name.toLowerCase().includes(region.toLowerCase())) name = `${name} ${titleCase(region)}`;
    if (unit) name = `${name}, ${titleCase(unit)}`;
    front.office = name;
    review.add(['office'], 0.7, t('nama kantor disusun dari kop dokumen', 'office name put together from the letterhead'), heading.join(' / '));
  }

  // Dasar Hukum and the boxes: a row of box names, then a row of their contents.
  before.forEach((line, i) => {
    const boxes = line.cells.map(boxOf);
    const named = line.cells.map(clean).filter(Boolean);
    if (named.length === 0 || boxes.filter(Boolean).length !== named.length) return;
    const contents = before.slice(i + 1).find((next) => next.text.trim() !== '');
    if (!contents || contents.cells.some((cell) => boxOf(cell))) return;
    boxes.forEach((box, column) => {
      if (!box) return;
      const raw = contents.cells[column];
      let items = listItems(raw);
      if (items.length === 0) return;
      const runTogether = items.length === 1 && /<(ol|ul)\b/i.test(raw ?? '');
      if (box === 'qualifications' && runTogether) {
        const split = splitRunTogetherRoles(items[0]!);
        if (split) {
          items = split;
          review.add(
            ['document', 'qualifications'],
            0.6,
            t('daftar tercetak tanpa pemisah; dipisah di awal setiap jabatan', 'the list was printed without separators; split where each position begins'),
            clean(raw),
            contents.n,
          );
        }
      } else if (runTogether) {
        review.add(
          box === 'legalBasis' ? ['legalBasis'] : ['document', box],
          0.4,
          t('daftar tercetak tanpa pemisah antarbutir; pisahkan butirnya', 'the list was printed without separators between items; split them'),
          clean(raw),
          contents.n,
        );
      }
      if (box === 'legalBasis') front.legalBasis = items;
      else front.document[box] = items;
      if (box === 'qualifications') {
        front.qualifications = items.map((item) => {
          const colon = item.indexOf(':');
          return colon > 0 ? { name: item.slice(0, colon).trim(), description: item.slice(colon + 1).trim() } : { name: item };
        });
      }
    });
  });

  // The signature after the table (seed 001 has no "Disahkan oleh" row but signs below).
  if (front.approvedBy === undefined) {
    const after = lines.slice(tableEnd);
    const nip = after.findIndex((line) => /^NIP\.?\s*\d/i.test(clean(line.text)));
    if (nip >= 0) {
      const block: string[] = [];
      for (let i = nip; i >= 0; i -= 1) {
        const text = clean(after[i]!.text);
        if (text === '') continue;
        if (i < nip && !/\p{Ll}/u.test(text)) break;
        block.unshift(text);
        if (block.length >= 5) break;
      }
      const electronic = after.some((line) => /ditandatangani\s+secara\s+elektronik/i.test(line.text));
      front.approvedBy = `${block.join(', ')}${electronic ? ' (ditandatangani secara elektronik)' : ''}`;
      review.add(
        ['approvedBy'],
        0.6,
        t('tidak ada baris "Disahkan oleh"; diambil dari tanda tangan di bawah tabel', 'no "Disahkan oleh" row; taken from the signature below the table'),
        block.join(' / '),
        after[nip]!.n,
      );
    }
  }
  return front;
}
