/**
 * Text of a pasted SOP document (as Word copies it: tab-separated cells, with some HTML or
 * Markdown markup left by the converter), cleaned and split.
 */

/** One line of the pasted text: its 1-based number, the raw text and its tab-separated cells. */
export interface SourceLine {
  readonly n: number;
  readonly text: string;
  readonly cells: readonly string[];
}

/** Splits pasted text into lines and cells (CRLF and CR accepted; a BOM is dropped). */
export function sourceLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ n: i + 1, text: line, cells: line.split('\t') }));
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Markup removed, paragraph and list-item boundaries kept as newlines. */
function unmark(cell: string): string {
  return (
    decodeEntities(
      cell
        // An autolink keeps its address.
        .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
        // The copy leaves a space between a closing inline tag and the punctuation after it.
        .replace(/<\/(i|b|u|em|strong)>\s+([,.;:)])/gi, '$2')
        .replace(/<\/?(li|p|br|div|tr|ol|ul)\b[^>]*>/gi, '\n')
        .replace(/<[^>]*>/g, ' '),
    )
      // Markdown emphasis left by the converter (**bold**, *italic*).
      .replace(/\*\*/g, '')
      .replace(/(^|\s)\*([^*\s][^*]*?)\*(?=\s|$|[,.;:)])/g, '$1$2')
      .replace(/\u00a0/g, ' ')
  );
}

/** A cell's text without markup, entities or doubled spaces, on one line. */
export function clean(cell: string | undefined): string {
  if (!cell) return '';
  return unmark(cell).replace(/\s+/g, ' ').trim();
}

/** A cell's paragraphs and list items (from `<p>`, `<li>` and line breaks), each cleaned. */
export function paragraphs(cell: string | undefined): string[] {
  if (!cell) return [];
  return unmark(cell)
    .split('\n')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
}

/** Whitespace collapsed and lower case: for comparing words. */
export const norm = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A numbered list written on one line ("1) a 2) b", "1. a 2. b"), as its items; `undefined`
 * when the text is not such a list (fewer than two items, or numbers not counting 1, 2, 3 ...).
 */
export function numberedItems(text: string): string[] | undefined {
  for (const marker of [/(?:^|\s)(\d{1,2})\)\s/g, /(?:^|\s)(\d{1,2})\.\s/g, /(?:^|\s)([a-z])\)\s/g, /(?:^|\s)([a-z])\.\s/g]) {
    const found = [...text.matchAll(marker)];
    const counts = found.every((m, i) => (/\d/.test(m[1]!) ? Number(m[1]) === i + 1 : m[1]!.charCodeAt(0) === 97 + i));
    if (found.length >= 2 && counts && found[0]!.index === 0) {
      return found
        .map((m, i) =>
          text
            .slice(m.index + m[0].length, found[i + 1]?.index ?? text.length)
            .trim()
            .replace(/[;,]$/, '')
            .trim(),
        )
        .filter((item) => item !== '');
    }
  }
  return undefined;
}

/** "3 Surat Tugas": a document numbered in a running list (a number, a space, then a capital). */
export function runningNumber(text: string): { number: string; rest: string } | undefined {
  const match = /^(\d{1,2})[.)]?\s+(\p{Lu}.*)$/u.exec(text);
  return match ? { number: match[1]!, rest: match[2]! } : undefined;
}

/**
 * The items of a list cell: `<li>`/paragraph items, a numbered list, or items separated by
 * semicolons; otherwise the text as one item.
 */
export function listItems(cell: string | undefined): string[] {
  const parts = paragraphs(cell);
  if (parts.length === 0) return [];
  const items = parts.flatMap((part) => {
    const numbered = numberedItems(part);
    if (numbered) return numbered;
    const stripped = part.replace(/^(\d{1,2}[.)]|[a-z][.)]|[-•])\s+/, '');
    if (/;\s/.test(stripped)) return stripped.split(/;\s+/).map((item) => item.replace(/;$/, '').trim());
    return [stripped.replace(/;$/, '').trim()];
  });
  return items.filter((item) => item !== '');
}

const SMALL_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'yang', 'untuk', 'atau', 'serta', 'pada', 'dengan', 'oleh', 'dalam', 'tentang', 'bagi', 'atas']);
const ACRONYMS = new Set([
  'SOP',
  'TIK',
  'TI',
  'IT',
  'LPSE',
  'OPD',
  'PD',
  'ASAP',
  'SPBE',
  'API',
  'UAT',
  'DKIST',
  'ASN',
  'SDM',
  'KAK',
  'DNS',
  'SC',
  'PANRB',
  'RI',
  'NIP',
  'ATK',
  'UPT',
  'UPTD',
]);

/** An all-capitals title in title case ("PERMINTAAN APLIKASI DAN WEBSITE" → "Permintaan Aplikasi dan Website"); other text unchanged. */
export function titleCase(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  let first = true;
  return text.replace(/[\p{L}\d][\p{L}\d'-]*/gu, (word) => {
    const isFirst = first;
    first = false;
    if (ACRONYMS.has(word)) return word;
    const lower = word.toLowerCase();
    if (!isFirst && SMALL_WORDS.has(lower)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

/** A slug of a text (lower-case letters, digits and hyphens), at most `max` characters cut at a word. */
export function slugify(text: string, max = 40): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3` ... : the first not in `taken` (which it joins). */
export function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let i = 2; taken.has(id); i += 1) id = `${base}-${i}`;
  taken.add(id);
  return id;
}
