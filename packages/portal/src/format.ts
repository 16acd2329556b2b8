import type { Lang } from './i18n.js';

/** Indonesia's zone names by IANA zone; other zones show their offset. */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * An instant as the office reads it, in the variant's own zone with its name:
 * "Selasa, 1 Desember 2026 09.00 WIB" (English: "Tuesday, 1 December 2026 09:00 WIB").
 * The browser's own zone never matters.
 */
export function formatInstant(iso: string | null | undefined, zone: string | null | undefined, lang: Lang, options: { short?: boolean } = {}): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '—';
  const timeZone = zone ?? 'Asia/Jakarta';
  const parts = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    timeZone,
    ...(options.short ? { day: 'numeric', month: 'short', year: 'numeric' } : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const date = [options.short ? '' : `${get('weekday')}, `, `${get('day')} ${get('month')} ${get('year')}`].join('');
  const time = `${get('hour')}${lang === 'en' ? ':' : '.'}${get('minute')}`;
  return `${date} ${time} ${ZONE_NAMES[timeZone] ?? timeZone}`;
}

/** Working minutes as "2 j 30 m" / "2 h 30 m". */
export function formatMinutes(minutes: number | undefined, lang: Lang): string {
  if (minutes === undefined) return '—';
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const unit = lang === 'en' ? 'h' : 'j';
  return h ? `${h} ${unit} ${m % 60} m` : `${m} m`;
}

/** A number as the page's language writes it: "1.234,5" ("1,234.5" in English), whatever the browser's own locale. */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(value);
}

/** A file size as people read it: "240 KB", "1,5 MB" ("1.5 MB" in English). */
export function formatBytes(bytes: number, lang: string): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, lang)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, lang)} MB`;
}

/** A calendar date (`YYYY-MM-DD`) as a letter writes it: "Senin, 30 November 2026" ("Monday, 30 November 2026"). */
export function formatDate(date: string | null | undefined, lang: string, options: { weekday?: boolean } = {}): string {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return '—';
  const at = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return '—';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(options.weekday ? { weekday: 'long' } : {}),
  }).format(at);
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a zone. */
export function dateIn(iso: string | null | undefined, zone: string | null | undefined): string | undefined {
  if (!iso) return undefined;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return undefined;
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone ?? 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
