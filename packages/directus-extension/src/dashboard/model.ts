// What the dashboard reads from the API and how each of its numbers opens the requests behind
// it: a list query for the module's "Permohonan" page (`/alur/permohonan?…`, the filters of
// `GET /alur/requests`).
import type { RouteLocationRaw } from 'vue-router';

/** One line of `GET /alur/reports/sla`: a step of a variant, or an office. */
export interface SlaLine {
  readonly visits: number;
  readonly completed: number;
  readonly breached: number;
  readonly warned: number;
  readonly onTimePercent: number | null;
  readonly averageMinutes?: number | null;
}
/** SLA item 1 of a variant's service catalog: the share of working minutes the service answered. */
export interface AvailabilityLine {
  readonly variant: string;
  readonly name: string;
  /** The variant's calendar zone (IANA), for `since`. */
  readonly zone: string;
  readonly promised: number;
  readonly since: string | null;
  readonly until: string | null;
  readonly workingMinutes: number;
  readonly answeredMinutes: number;
  readonly share: number | null;
}
export interface SlaReport {
  readonly requests: number;
  readonly availability?: readonly AvailabilityLine[];
  readonly byStep: (SlaLine & { variant: string; step: string; no: string; description: string; actor: string })[];
  readonly byOffice: (SlaLine & { office: string; requests: number; done: number })[];
}

/** `GET /alur/reports/flow`: throughput per day or week, and the backlog now. */
export interface FlowReport {
  readonly zone: string;
  /** Today in `zone`, by the service's clock. */
  readonly today: string;
  readonly bucket: 'day' | 'week';
  readonly period: { from: string; to: string };
  readonly throughput: { start: string; end: string; from: string; to: string; filed: number; finished: number }[];
  readonly backlog: {
    active: number;
    waiting: number;
    warning: number;
    breached: number;
    byStep: { variant: string; step: string; no: string; description: string; active: number; waiting: number; warning: number; breached: number }[];
  };
}

/** The list filters, as `GET /alur/requests` names them. */
export type ListFilters = Record<string, string | undefined>;

/** The module's request list with these filters (empty ones left out). */
export function listLink(filters: ListFilters): RouteLocationRaw {
  return {
    path: '/alur/permohonan',
    query: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>,
  };
}

/** Open requests (running or back at the OPD). */
export const OPEN = 'active,waiting';

/**
 * The period's instants `[from, to)` in the dashboard's zone, from the flow report's buckets
 * (which carry the zone's offset), for the visit and creation filters of the list.
 */
export function periodInstants(flow: FlowReport): { from: string; to: string } | undefined {
  const first = flow.throughput[0];
  const last = flow.throughput[flow.throughput.length - 1];
  return first && last ? { from: first.from, to: last.to } : undefined;
}

/** The query string of an API call, empty values left out. */
export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The portal's page of a request. */
export const portalRequest = (id: string): string => `/alur/portal/permohonan/${encodeURIComponent(id)}`;

/** Fixed colours (contrast ≥ 3:1 on white for graphics); every series also has a name in the legend and the table. */
export const COLORS = {
  onTime: '#2e7d32',
  warning: '#b26a00',
  breached: '#c62828',
  filed: '#1565c0',
  finished: '#546e7a',
  active: '#1565c0',
  waiting: '#6a4c9c',
} as const;

/** A period an Insights panel offers, worked out in the zone's calendar. */
export type Preset = 'thisMonth' | 'lastMonth' | 'last30' | 'thisYear';

/** The first and last days (inclusive) of a preset period around `today` (`YYYY-MM-DD`). */
export function presetPeriod(preset: Preset, today: string): { from: string; to: string } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  switch (preset) {
    case 'lastMonth':
      return { from: day(Date.UTC(y, m - 2, 1)), to: day(Date.UTC(y, m - 1, 0)) };
    case 'last30':
      return { from: day(Date.UTC(y, m - 1, d - 29)), to: today };
    case 'thisYear':
      return { from: `${y}-01-01`, to: `${y}-12-31` };
    default:
      return { from: day(Date.UTC(y, m - 1, 1)), to: day(Date.UTC(y, m, 0)) };
  }
}
