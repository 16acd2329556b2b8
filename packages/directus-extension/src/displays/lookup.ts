// What Alur's displays and interfaces look up through the Studio's API, each asked once per
// page load and shared by every cell: user names (batched), the roles of the SOP variants, the
// office zone and offices' kinds.
import type { useApi } from '@directus/extensions-sdk';

type Api = Pick<ReturnType<typeof useApi>, 'get'>;

const names = new Map<string, Promise<string | null>>();
let pending: { ids: Set<string>; resolve: Map<string, (name: string | null) => void> } | undefined;

/** "First Last", else the email. */
export const nameOf = (u: { first_name?: string | null; last_name?: string | null; email?: string | null }): string =>
  [u.first_name, u.last_name].filter((p) => p && p.trim()).join(' ').trim() || u.email || '';

/** A user's name (first and last, else email); `null` when the user is gone. Ids asked in one tick are fetched in one call. */
export function userName(api: Api, id: string): Promise<string | null> {
  const known = names.get(id);
  if (known) return known;
  if (!pending) {
    const batch = { ids: new Set<string>(), resolve: new Map<string, (name: string | null) => void>() };
    pending = batch;
    queueMicrotask(async () => {
      pending = undefined;
      const ids = [...batch.ids];
      let found = new Map<string, string>();
      try {
        const res = await api.get('/users', { params: { filter: JSON.stringify({ id: { _in: ids } }), fields: 'id,first_name,last_name,email', limit: ids.length } });
        found = new Map((res.data.data as { id: string; first_name: string | null; last_name: string | null; email: string | null }[]).map((u) => [u.id, nameOf(u)]));
      } catch {
        // Shown as the id: better than nothing, and the next page load asks again.
        for (const id of ids) names.delete(id);
      }
      for (const id of ids) batch.resolve.get(id)!(found.get(id) ?? null);
    });
  }
  const batch = pending;
  const promise = new Promise<string | null>((resolve) => batch.resolve.set(id, resolve));
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
  roles ??= api.get('/alur/roles').then((res) => res.data.data as RoleChoice[], (error: unknown) => {
    roles = undefined;
    throw error;
  });
  return roles;
}

let zone: Promise<string> | undefined;
/** The office's zone: the one the calendars of the running SOP variants use most (GET /alur/zone). */
export function officeZone(api: Api): Promise<string> {
  zone ??= api.get('/alur/zone').then((res) => (res.data.data as { zone: string }).zone, () => 'Asia/Jakarta');
  return zone;
}
