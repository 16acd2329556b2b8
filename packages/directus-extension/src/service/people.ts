// People and their roles: the membership (alur_memberships) decides a user's SOP roles; the
// user's Directus role follows it (`reconcileRoles`), and the module's wizard creates a user
// and their membership in one step (`createPerson`).
import { randomBytes, randomUUID } from 'node:crypto';
import type { LocalizedText, SopRegistry } from '@alur/core';
import { FALLBACK_ROLES, provisionedRoles } from '../provision/index.js';
import { fromDb, toJson, type Db } from './db.js';
import { httpError, text, type Locale } from './errors.js';
import { membershipProblems, roleKindsOf } from './memberships.js';

type Kind = 'requester' | 'staff';

/** A role of the SOP variants as a picker offers it: its id, name and kind(s). */
export interface RoleChoice {
  readonly id: string;
  readonly name: string;
  readonly kinds: readonly Kind[];
  /** The variants that have it. */
  readonly variants: readonly string[];
}

/** Every role of the SOP variants, with the name the first variant gives it. */
export function roleCatalog(sops: SopRegistry): RoleChoice[] {
  const byId = new Map<string, { name: string; kinds: Set<Kind>; variants: string[] }>();
  for (const id of sops.ids) {
    for (const role of sops.get(id).roles.values()) {
      const entry = byId.get(role.id) ?? { name: role.name, kinds: new Set<Kind>(), variants: [] };
      entry.kinds.add(role.kind);
      entry.variants.push(id);
      byId.set(role.id, entry);
    }
  }
  return [...byId].map(([id, e]) => ({ id, name: e.name, kinds: [...e.kinds], variants: e.variants }));
}

/** The Directus roles Alur manages: set and cleared from memberships. Admin and custom roles are the admin's own. */
export function managedRoleIds(): Set<string> {
  return new Set([
    ...provisionedRoles()
      .filter((r) => r.sopRole !== null)
      .map((r) => r.id),
    FALLBACK_ROLES.staff.id,
    FALLBACK_ROLES.requester.id,
  ]);
}

/**
 * The Directus role a user's memberships give: the provisioned role of the first staff role they
 * hold in a Diskominfo office (in the built-in variants' order), else of their first requester
 * role in an OPD; a role only a later variant has gets the kind's general role; none → `null`.
 */
export function directusRoleFor(
  memberships: readonly { kind: 'opd' | 'diskominfo'; roles: readonly string[] }[],
  kinds: ReadonlyMap<string, ReadonlySet<Kind>>,
): string | null {
  const order = provisionedRoles().filter((r) => r.sopRole !== null);
  for (const [officeKind, kind] of [
    ['diskominfo', 'staff'],
    ['opd', 'requester'],
  ] as const) {
    const held = memberships.filter((m) => m.kind === officeKind).flatMap((m) => m.roles.filter((r) => kinds.get(r)?.has(kind)));
    if (held.length === 0) continue;
    const provisioned = order.find((r) => held.includes(r.sopRole!) && r.policy === kind);
    return provisioned?.id ?? FALLBACK_ROLES[kind].id;
  }
  return null;
}

/** Changes a user's Directus role (through Directus' UsersService, so its caches follow). */
export type SetRole = (user: string, role: string | null) => Promise<void>;

/**
 * Makes every user's Directus role what their memberships give (`directusRoleFor`), for users
 * whose role is empty or one Alur manages; users with the admin's own roles are left alone.
 * Idempotent; answers the users it changed.
 */
export async function reconcileRoles(db: Db, sops: SopRegistry, setRole: SetRole): Promise<string[]> {
  const managed = managedRoleIds();
  const kinds = roleKindsOf(sops);
  const rows = await db('alur_memberships as m').join('alur_offices as o', 'o.id', 'm.office').select('m.user', 'm.sop_roles', 'o.kind');
  const byUser = new Map<string, { kind: 'opd' | 'diskominfo'; roles: string[] }[]>();
  for (const row of rows) {
    const m = fromDb<{ user: string; sop_roles: unknown; kind: 'opd' | 'diskominfo' }>('alur_memberships', row);
    const roles = Array.isArray(m.sop_roles) ? m.sop_roles.filter((r): r is string => typeof r === 'string') : [];
    byUser.set(m.user, [...(byUser.get(m.user) ?? []), { kind: m.kind, roles }]);
  }
  // Every user (a few thousand at most): no id list that could outgrow the database's parameter limit.
  const users = await db('directus_users').select('id', 'role');
  const changed: string[] = [];
  for (const user of users as { id: string; role: string | null }[]) {
    if (user.role !== null && !managed.has(user.role)) continue;
    const wanted = directusRoleFor(byUser.get(user.id) ?? [], kinds);
    if (wanted === user.role) continue;
    await setRole(user.id, wanted);
    changed.push(user.id);
  }
  return changed;
}

/** A person as the module lists them. */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly status: string;
  readonly role: string | null;
  readonly memberships: readonly { id: string; office: string; officeName: string; kind: 'opd' | 'diskominfo'; roles: readonly string[] }[];
}

/** Everyone with a membership, by name, with their offices and roles. */
export async function listPeople(db: Db): Promise<Person[]> {
  const rows = await db('alur_memberships as m')
    .join('alur_offices as o', 'o.id', 'm.office')
    .join('directus_users as u', 'u.id', 'm.user')
    .select('m.id', 'm.user', 'm.office', 'm.sop_roles', 'o.name as office_name', 'o.kind', 'u.first_name', 'u.last_name', 'u.email', 'u.status', 'u.role')
    .orderBy(['u.first_name', 'u.last_name', 'u.email', 'm.office']);
  const people = new Map<string, Person & { memberships: Person['memberships'][number][] }>();
  for (const row of rows) {
    const r = fromDb<Record<string, unknown>>('alur_memberships', row);
    const id = String(r['user']);
    const person = people.get(id) ?? {
      id,
      name: displayName(r),
      email: (r['email'] as string | null) ?? null,
      status: String(r['status'] ?? ''),
      role: (r['role'] as string | null) ?? null,
      memberships: [],
    };
    person.memberships.push({
      id: String(r['id']),
      office: String(r['office']),
      officeName: String(r['office_name']),
      kind: r['kind'] as 'opd' | 'diskominfo',
      roles: Array.isArray(r['sop_roles']) ? (r['sop_roles'] as string[]) : [],
    });
    people.set(id, person);
  }
  return [...people.values()];
}

/** "First Last", else the email. */
export function displayName(user: { first_name?: unknown; last_name?: unknown; email?: unknown }): string {
  const name = [user.first_name, user.last_name]
    .filter((p) => typeof p === 'string' && p.trim())
    .join(' ')
    .trim();
  return name || String(user.email ?? '');
}

/** What the wizard sends. */
export interface PersonDraft {
  readonly first_name: string;
  readonly last_name: string;
  readonly email: string;
  readonly office: string;
  readonly sop_roles: readonly string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The wizard's input checked: names, an email, an office that exists and roles it may hold (400 with every problem). */
export async function checkPersonDraft(db: Db, sops: SopRegistry, body: unknown, locale: Locale): Promise<PersonDraft> {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const problems: LocalizedText[] = [];
  const str = (key: string, max: number) => (typeof b[key] === 'string' ? (b[key] as string).trim() : '').slice(0, max + 1);
  const draft = {
    first_name: str('first_name', 50),
    last_name: str('last_name', 50),
    email: str('email', 128).toLowerCase(),
    office: str('office', 64),
    sop_roles: b['sop_roles'],
  };
  if (!draft.first_name) problems.push(text('Nama depan wajib diisi.', 'The first name is required.'));
  if (draft.first_name.length > 50 || draft.last_name.length > 50) problems.push(text('Nama paling panjang 50 huruf.', 'Names have at most 50 characters.'));
  if (!EMAIL.test(draft.email) || draft.email.length > 128) problems.push(text('Email tidak sah.', 'The email address is not valid.'));
  if (!draft.office) problems.push(text('Pilih perangkat daerah.', 'Pick an office.'));
  if (!Array.isArray(draft.sop_roles) || draft.sop_roles.length === 0)
    problems.push(text('Pilih paling sedikit satu peran SOP.', 'Pick at least one SOP role.'));
  const office = draft.office
    ? ((await db('alur_offices').where({ id: draft.office }).first('kind')) as { kind: 'opd' | 'diskominfo' } | undefined)
    : undefined;
  if (draft.office)
    problems.push(...membershipProblems({ user: null, office: draft.office, officeKind: office?.kind, sop_roles: draft.sop_roles ?? [] }, roleKindsOf(sops)));
  if (problems.length) {
    throw httpError(
      400,
      text(`Pengguna belum dapat dibuat: ${problems.map((p) => p.id).join(' ')}`, `The user cannot be created yet: ${problems.map((p) => p.en).join(' ')}`),
      { reason: 'INVALID_PERSON', issues: problems },
      locale,
    );
  }
  if (await db('directus_users').whereRaw('lower(email) = ?', [draft.email]).first('id')) {
    throw httpError(
      409,
      text(
        `Email ${draft.email} sudah dipakai pengguna lain; ubah keanggotaannya di daftar.`,
        `${draft.email} is already used by another user; edit their membership in the list.`,
      ),
      { reason: 'DUPLICATE' },
      locale,
    );
  }
  return draft as PersonDraft;
}

/** Directus' UsersService, the part used here. */
export interface UsersWriter {
  createOne(data: Record<string, unknown>, opts?: Record<string, unknown>): Promise<unknown>;
}

/**
 * Creates the Directus user (active, the role its membership gives, no Studio access) and its
 * membership in one transaction. Without `password` (email is set up: the caller sends a
 * password-reset mail after commit) the account gets an unguessable password nobody knows;
 * otherwise the one-time password given.
 */
export async function createPerson(
  db: Db,
  sops: SopRegistry,
  draft: PersonDraft,
  usersIn: (trx: Db) => UsersWriter,
  password: string,
): Promise<{ user: string; membership: string }> {
  const office = (await db('alur_offices').where({ id: draft.office }).first('kind')) as { kind: 'opd' | 'diskominfo' };
  const role = directusRoleFor([{ kind: office.kind, roles: draft.sop_roles }], roleKindsOf(sops));
  const user = randomUUID();
  const membership = randomUUID();
  await db.transaction(async (trx) => {
    await usersIn(trx).createOne(
      { id: user, first_name: draft.first_name, last_name: draft.last_name || null, email: draft.email, password, role, status: 'active' },
      { emitEvents: false },
    );
    await trx('alur_memberships').insert({ id: membership, user, office: draft.office, sop_roles: toJson(draft.sop_roles) });
  });
  return { user, membership };
}

/** A one-time password: 16 characters people can read aloud (no 0/O, 1/l). */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  return [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** Whether Directus can send mail here (a real transport, not the `sendmail` fallback of a bare machine). */
export function mailConfigured(env: Record<string, unknown>): boolean {
  const transport = String(env['EMAIL_TRANSPORT'] ?? '').toLowerCase();
  if (transport === 'smtp') return Boolean(env['EMAIL_SMTP_HOST']);
  return ['mailgun', 'sendgrid', 'ses'].includes(transport);
}

/**
 * The office's zone: the one the calendars of the running (not draft, not archived) SOP variants
 * use most, ties to the first; Asia/Jakarta without any. The Studio shows instants in it.
 */
export function officeZone(sops: SopRegistry, skip: ReadonlySet<string>): string {
  const counts = new Map<string, number>();
  for (const id of sops.ids) {
    if (skip.has(id)) continue;
    try {
      const zone = sops.get(id).calendar.zone;
      counts.set(zone, (counts.get(zone) ?? 0) + 1);
    } catch {
      // A variant that does not compile has no zone to count.
    }
  }
  return [...counts].reduce<[string, number]>((best, entry) => (entry[1] > best[1] ? entry : best), ['Asia/Jakarta', 0])[0];
}
