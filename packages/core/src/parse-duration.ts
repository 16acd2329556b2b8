import { AlurError } from './alur-error.js';

/**
 * A Waktu (time limit) of an SOP step, as the seeds write it, parsed.
 *
 * - `workingDays`: "1 Hari Kerja", "3-5 hari kerja", "Maksimal 35 Hari Kerja";
 * - `workingMinutes`: "30 menit", "3 jam", "1-2 jam" (hours become minutes);
 * - `scheduled`: "Sesuai Jadwal": the deadline comes from data (the development schedule).
 *
 * `target` is the range's minimum and `limit` its maximum; they are equal for a single value.
 */
export type SopDuration =
  | {
      readonly kind: 'workingDays';
      readonly target: number;
      readonly limit: number;
      /** Written as an upper bound ("Maksimal ..."). */
      readonly upTo: boolean;
      /** Written as plain "hari" without "kerja"; read as working days. */
      readonly plainDays: boolean;
      readonly text: string;
    }
  | {
      readonly kind: 'workingMinutes';
      readonly target: number;
      readonly limit: number;
      readonly upTo: boolean;
      readonly text: string;
    }
  | { readonly kind: 'scheduled'; readonly text: string };

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const RANGE = String.raw`\s*(?:-|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*`;
const UP_TO = String.raw`(?:(maksimal|maksimum|maks\.?|paling\s+lama|selambat-lambatnya)\s+)?`;
const UNIT = String.raw`(hari\s+kerja|hk|hari|jam(?:\s+kerja)?|menit(?:\s+kerja)?)`;
const PATTERN = new RegExp(`^${UP_TO}${NUMBER}(?:${RANGE}${NUMBER})?\\s*${UNIT}$`, 'i');
const SCHEDULED = /^sesuai\s+jadwal$/i;

const EXAMPLES = '"1 hari kerja", "3-5 hari kerja", "maksimal 35 hari kerja", "30 menit", "3 jam", "sesuai jadwal"';

function invalid(text: string, reason: { id: string; en: string }): AlurError {
  return new AlurError(
    'INVALID_DURATION',
    {
      id: `Waktu "${text}" tidak dapat dibaca: ${reason.id}. Contoh yang benar: ${EXAMPLES}.`,
      en: `Cannot read the time limit "${text}": ${reason.en}. Valid examples: ${EXAMPLES}.`,
    },
    { details: { text } },
  );
}

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/**
 * Parses a Waktu text of an SOP table. Case, extra spaces and a final period are ignored;
 * ranges may be written `3-5`, `3 – 5`, `3 s.d. 5`, `3 s/d 5` or `3 sampai 5`.
 *
 * @throws {AlurError} `INVALID_DURATION` naming the text and showing valid examples.
 *
 * @example
 * ```ts
 * import { parseDuration } from '@alur/core';
 * parseDuration('3-5 hari kerja'); // { kind: 'workingDays', target: 3, limit: 5, ... }
 * parseDuration('Maksimal 35 Hari Kerja'); // { kind: 'workingDays', target: 35, limit: 35, upTo: true, ... }
 * parseDuration('3 jam'); // { kind: 'workingMinutes', target: 180, limit: 180, ... }
 * parseDuration('Sesuai Jadwal'); // { kind: 'scheduled', ... }
 * ```
 */
export function parseDuration(text: string): SopDuration {
  if (typeof text !== 'string') {
    throw invalid(String(text), { id: 'bukan teks', en: 'not a text' });
  }
  const normal = text.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  if (normal === '') throw invalid(text, { id: 'kosong', en: 'it is empty' });
  if (SCHEDULED.test(normal)) return { kind: 'scheduled', text };
  const match = PATTERN.exec(normal);
  if (!match) {
    throw invalid(text, {
      id: 'bentuknya tidak dikenal (angka, lalu satuan hari kerja, jam atau menit)',
      en: 'unknown form (a number, then a unit: hari kerja, jam or menit)',
    });
  }
  const [, upToWord, first, second, unitWord] = match;
  const target = toNumber(first!);
  const limit = second === undefined ? target : toNumber(second);
  const unit = unitWord!.toLowerCase().replace(/\s+/g, ' ');
  const upTo = upToWord !== undefined;
  if (!(target > 0)) throw invalid(text, { id: 'lamanya harus lebih dari nol', en: 'the amount must be more than zero' });
  if (limit < target) {
    throw invalid(text, {
      id: `batas bawah ${first} lebih besar dari batas atas ${second}`,
      en: `lower bound ${first} is greater than upper bound ${second}`,
    });
  }
  if (upTo && second !== undefined) {
    throw invalid(text, { id: '"maksimal" tidak bisa dipakai bersama rentang', en: '"maksimal" cannot be combined with a range' });
  }
  if (unit.startsWith('jam') || unit.startsWith('menit')) {
    const factor = unit.startsWith('jam') ? 60 : 1;
    const targetMinutes = target * factor;
    const limitMinutes = limit * factor;
    if (!Number.isInteger(targetMinutes) || !Number.isInteger(limitMinutes)) {
      throw invalid(text, { id: 'lamanya harus bulat dalam menit', en: 'the amount must be a whole number of minutes' });
    }
    return { kind: 'workingMinutes', target: targetMinutes, limit: limitMinutes, upTo, text };
  }
  if (!Number.isInteger(target) || !Number.isInteger(limit)) {
    throw invalid(text, { id: 'jumlah hari kerja harus bilangan bulat', en: 'working days must be a whole number' });
  }
  return { kind: 'workingDays', target, limit, upTo, plainDays: unit === 'hari', text };
}
