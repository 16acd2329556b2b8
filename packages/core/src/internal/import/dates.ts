/** Civil dates as Indonesian documents print them, to `YYYY-MM-DD`, without clocks or time zones. */

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  agus: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
};

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

function civil(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1900 && year <= 2200) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= daysIn(year, month))) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date in a text ("30 November 2021", "2 Des 2021", "02/12/2021", "2021-12-02"), or
 * `undefined` when it names none or an impossible one. Day before month in numeric dates,
 * as Indonesia writes them.
 */
export function parseCivilDate(text: string): string | undefined {
  const words = /(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})/.exec(text);
  if (words) {
    const month = MONTHS[words[2]!.toLowerCase()];
    if (month !== undefined) return civil(Number(words[3]), month, Number(words[1]));
  }
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return civil(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(text);
  if (numeric) return civil(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  return undefined;
}
