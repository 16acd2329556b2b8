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

/** A file size as people read it: "240 KB", "1,5 MB" ("1.5 MB" in English). */
export function formatBytes(bytes: number, lang: string): string {
  const format = (n: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}
