import type { LocalizedText } from '../../alur-error.js';
import { t } from './review.js';
import { clean, numberedItems, paragraphs, runningNumber } from './text.js';

/** Words that begin the name of a document: where "X dan Y" names two documents. */
const DOCUMENT_HEAD =
  /^(arsip|laporan|surat|disposisi|notulen|notula|dokumentasi|dokumen|berita|nota|hasil|daftar|jadwal|rancangan|desain|spesifikasi|formulir|sertifikat|kak|kerangka|rekomendasi|tanggapan|aplikasi|catatan|buku|lembar|bukti|rencana)$/i;

/** The items of a Kelengkapan or Output cell, and how sure the split is. */
export interface CellItems {
  readonly items: string[];
  readonly confidence: number;
  readonly reason?: LocalizedText;
}

/**
 * Splits a Mutu Baku cell into items: a numbered list ("1) a 2) b", "1. a 2. b", list items) is
 * taken as printed; a document numbered in a running list ("3 Surat Tugas") loses the number;
 * "A, B dan C" and "Arsip dan Laporan ..." are split into documents, which is a guess.
 */
export function cellItems(raw: string): CellItems {
  const parts = paragraphs(raw);
  if (parts.length === 0) return { items: [], confidence: 1 };
  if (parts.length > 1) {
    const items = parts.flatMap((part) => numberedItems(part) ?? [part.replace(/^(\d{1,2}[.)]|[-•])\s+/, '')]);
    return { items, confidence: 1 };
  }
  const text = clean(raw);
  const numbered = numberedItems(text);
  if (numbered) return { items: numbered, confidence: 1 };
  const running = runningNumber(text);
  const body = running ? running.rest : text;
  if (body.includes(',')) {
    const pieces = body
      .split(/,\s*/)
      .map((piece) => piece.trim())
      .filter(Boolean);
    const last = pieces.pop()!;
    const tail = last.split(/\s+dan\s+/);
    const items = [...pieces, ...tail].filter(Boolean);
    return {
      items,
      confidence: 0.6,
      reason: t(
        `"${text}" dipisah pada koma dan "dan" menjadi ${items.length} butir; periksa apakah itu satu dokumen`,
        `"${text}" was split at commas and "dan" into ${items.length} items; check whether it is one document`,
      ),
    };
  }
  const halves = body.split(/\s+dan\s+/);
  if (halves.length === 2) {
    const [left, right] = halves as [string, string];
    const head = (part: string) => part.split(/\s+/)[0] ?? '';
    if (DOCUMENT_HEAD.test(head(left)) && DOCUMENT_HEAD.test(head(right))) {
      return {
        items: [left, right],
        confidence: 0.6,
        reason: t(
          `"${text}" dipisah pada "dan" menjadi dua dokumen; periksa apakah itu satu dokumen`,
          `"${text}" was split at "dan" into two documents; check whether it is one document`,
        ),
      };
    }
    return {
      items: [body],
      confidence: 0.6,
      reason: t(`"${text}" dibaca sebagai satu dokumen; mungkin dua`, `"${text}" was read as one document; it may be two`),
    };
  }
  return { items: [body], confidence: 1 };
}
