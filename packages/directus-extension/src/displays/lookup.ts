// What Alur's displays and interfaces look up through the Studio's API, each asked once per
// page load and shared by every cell: user names (batched), the roles of the SOP variants, the
// office zone and offices' kinds.
import type { useApi } from '@directus/extensions-sdk';

type Api = Pick<ReturnType<typeof useApi>, 'get'>;

const names = new Map<string, Promise<string | null | undefined>>();
let pending: { ids: Set<string>; resolve: Map<string, (name: string | null | undefined) => void> } | undefined;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "First Last", else the email. */
export const nameOf = (u: { first_name?: string | null; last_name?: string | null; email?: string | null }): string =>
  [u.first_name, u.last_name]
    .filter((p) => p?.trim())
    .join(' ')
    .trim() ||
  u.email ||
  '';

/**
 * A user's name (first and last, else email); `null` when the user is gone, `undefined` when it
 * cannot tell (not a user id, or the call failed). Ids asked in one tick are fetched in one call.
 */
export function userName(api: Api, id: string): Promise<string | null | undefined> {
  if (!UUID.test(id)) return Promise.resolve(undefined);
  const known = names.get(id);
  if (known) return known;
  if (!pending) {
    const batch = { ids: new Set<string>(), resolve: new Map<string, (name: string | null | undefined) => void>() };
    pending = batch;
    queueMicrotask(async () => {
      pending = undefined;
      const ids = [...batch.ids];
      let found: Map<string, string> | undefined = new Map<string, string>();
      try {
        const res = await api.get('/users', {
          params: { filter: JSON.stringify({ id: { _in: ids } }), fields: 'id,first_name,last_name,email', limit: ids.length },
        });
        found = new Map(
          (res.data.data as { id: string; first_name: string | null; last_name: string | null; email: string | null }[]).map((u) => [u.id, nameOf(u)]),
        );
      } catch {
        // Shown as the id: better than nothing, and the next page load asks again.
        for (const id of ids) names.delete(id);
        found = undefined;
      }
      for (const id of ids) batch.resolve.get(id)!(found ? (found.get(id) ?? null) : undefined);
    });
  }
  const batch = pending;
  const promise = new Promise<string | null | undefined>((resolve) => batch.resolve.set(id, resolve));
  batch.ids.add(id);
  names.set(id, promise);
  return promise;
}

/** A role of the SOP variants (GET /alur/roles). */
export interface RoleChoice {
  id: string;
  name: string;
  kinds: ('requester' | 'staff')[];
}

let roles: Promise<RoleChoice[]> | undefined;
/** The roles of the SOP variants, with names and kinds. */
export function roleChoices(api: Api): Promise<RoleChoice[]> {
  roles ??= api.get('/alur/roles').then(
    (res) => res.data.data as RoleChoice[],
    (error: unknown) => {
      roles = undefined;
      throw error;
    },
  );
  return roles;
}

let zone: Promise<string> | undefined;
/** The office's zone: the one the calendars of the running SOP variants use most (GET /alur/zone). */
export function officeZone(api: Api): Promise<string> {
  zone ??= api.get('/alur/zone').then(
    (res) => (res.data.data as { zone: string }).zone,
    () => 'Asia/Jakarta',
  );
  return zone;
}

/** Where a row's zone is, by collection: the request's own `zone`, or its request's. */
const ZONE_PATHS: Record<string, string> = {
  alur_requests: 'zone',
  alur_request_events: 'request.zone',
  alur_sla_alerts: 'request.zone',
  alur_step_visits: 'request.zone',
};

const rowZones = new Map<string, Promise<string | undefined>>();
let zoneBatches = new Map<string, Map<string, (zone: string | undefined) => void>>();
let zoneFlush = false;

/**
 * The zone of the row an instant belongs to, found by the instant itself (a display sees its value,
 * not its row): the rows of `collection` with this value in `field`, when they all share one zone.
 * Values asked in one tick are fetched in one call per field; `undefined` when it cannot tell.
 */
export function rowZone(api: Api, collection: string | undefined, field: string | undefined, value: string): Promise<string | undefined> {
  const path = collection ? ZONE_PATHS[collection] : undefined;
  if (!collection || !field || !path) return Promise.resolve(undefined);
  const key = `${collection}|${field}|${value}`;
  const known = rowZones.get(key);
  if (known) return known;
  const batchKey = `${collection}|${field}`;
  const batch = zoneBatches.get(batchKey) ?? new Map<string, (zone: string | undefined) => void>();
  zoneBatches.set(batchKey, batch);
  const promise = new Promise<string | undefined>((resolve) => batch.set(value, resolve));
  rowZones.set(key, promise);
  if (!zoneFlush) {
    zoneFlush = true;
    queueMicrotask(() => {
      const batches = zoneBatches;
      zoneBatches = new Map();
      zoneFlush = false;
      for (const [bk, waiting] of batches) void fetchZones(api, bk, path, waiting);
    });
  }
  return promise;
}

async function fetchZones(api: Api, batchKey: string, path: string, waiting: Map<string, (zone: string | undefined) => void>): Promise<void> {
  const [collection, field] = batchKey.split('|') as [string, string];
  const zones = new Map<string, Set<string>>();
  try {
    const values = [...waiting.keys()];
    const res = await api.get(`/items/${collection}`, {
      params: { filter: JSON.stringify({ [field]: { _in: values } }), fields: `${field},${path}`, limit: 500 },
    });
    for (const row of res.data.data as Record<string, unknown>[]) {
      const at = row[field];
      const zone = path.includes('.') ? (row[path.split('.')[0]!] as Record<string, unknown> | null)?.[path.split('.')[1]!] : row[path];
      if (typeof at !== 'string' || typeof zone !== 'string' || !zone) continue;
      const time = new Date(at).getTime();
      const match = values.find((v) => new Date(v).getTime() === time);
      if (match) zones.set(match, (zones.get(match) ?? new Set()).add(zone));
    }
  } catch {
    // The office zone then.
  }
  for (const [value, resolve] of waiting) {
    const found = zones.get(value);
    resolve(found && found.size === 1 ? [...found][0] : undefined);
  }
}
