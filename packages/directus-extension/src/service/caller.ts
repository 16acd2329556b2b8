import { fromDb, type Db } from './db.js';
import { httpError, type Locale } from './errors.js';
import { RevisionCache, Revisions } from './revisions.js';

/** One of a user's memberships: an office and the SOP roles held there. */
export interface Membership {
  readonly office: string;
  readonly kind: 'opd' | 'diskominfo';
  readonly roles: readonly string[];
}

/**
 * Who calls an endpoint: the Directus user, their memberships (from `alur_memberships`) and,
 * for short, their first office and every role they hold anywhere. Which roles count on a
 * given request is decided per request (`rolesOn`): roles are never carried across offices.
 */
export interface Caller {
  readonly user: string;
  readonly admin: boolean;
  readonly memberships: readonly Membership[];
  /** The first OPD office of the user, else their first office. */
  readonly office: string | null;
  readonly officeKind: 'opd' | 'diskominfo' | null;
  /** Every SOP role the user holds in any office (for display; use `rolesOn` to act). */
  readonly roles: readonly string[];
  readonly locale: Locale;
}

/** A caller built from memberships (the first OPD office is the default office). */
export function makeCaller(user: string, admin: boolean, memberships: readonly Membership[], locale: Locale): Caller {
  const first = memberships.find((m) => m.kind === 'opd') ?? memberships[0];
  return {
    user,
    admin,
    memberships,
    office: first?.office ?? null,
    officeKind: first?.kind ?? null,
    roles: [...new Set(memberships.flatMap((m) => m.roles))],
    locale,
  };
}

/** Whether the caller belongs to a Diskominfo office (and so sees every office's requests). */
export const isStaff = (caller: Caller): boolean => caller.memberships.some((m) => m.kind === 'diskominfo');

/**
 * The SOP roles a caller holds on one request: staff roles from their Diskominfo
 * memberships, unless they filed the request themselves (nobody acts as staff on their own
 * request); requester roles only from a membership of the request's own office. A role
 * counts only as the kind the SOP gives it.
 */
export function rolesOn(
  caller: Caller,
  request: { office: string; created_by?: string | null },
  kindOf: (role: string) => 'requester' | 'staff' | undefined,
): string[] {
  const roles = new Set<string>();
  for (const m of caller.memberships) {
    for (const role of m.roles) {
      const kind = kindOf(role);
      if (m.kind === 'diskominfo' && kind === 'staff' && request.created_by !== caller.user) roles.add(role);
      if (m.kind === 'opd' && kind === 'requester' && m.office === request.office) roles.add(role);
    }
  }
  return [...roles];
}

/** Directus' accountability, the part Alur reads. */
export interface Accountability {
  readonly user?: string | null;
  readonly admin?: boolean;
}

/** The language the caller asks for: `?lang=en` or an `Accept-Language` starting with `en`. */
export function localeOf(query: unknown, acceptLanguage: unknown): Locale {
  const lang = typeof query === 'object' && query !== null ? (query as Record<string, unknown>)['lang'] : undefined;
  if (lang === 'en' || lang === 'id') return lang;
  return typeof acceptLanguage === 'string' && /^en\b/i.test(acceptLanguage.trim()) ? 'en' : 'id';
}

/** A membership with its user, as the directory lists them. */
export interface Member extends Membership {
  readonly user: string;
}

/** Every user's memberships as stored now. */
export interface MemberList {
  /** All memberships, by user then office. */
  readonly all: readonly Member[];
  /** A user's memberships, by office. */
  of(user: string): readonly Membership[];
  /** Members who get notifications by email too: active, with an address and email notifications on. */
  readonly mailed: ReadonlySet<string>;
}

/**
 * The memberships of all users with their offices' kind, read in one query and kept until
 * they change (`memberships_rev`, see `Revisions`): every call needs the caller's, every
 * transition the notified roles' holders.
 */
export class MembershipDirectory {
  readonly #cache: RevisionCache<MemberList>;

  constructor(revisions: Revisions = new Revisions()) {
    this.#cache = new RevisionCache(revisions, 'memberships_rev', readMembers);
  }

  /** Call once a change of memberships, offices or users made here is committed (and `bumpRevision(db, 'memberships_rev')` for the other instances). */
  changed(): void {
    this.#cache.changed();
  }

  load(db: Db): Promise<MemberList> {
    return this.#cache.get(db);
  }
}

async function readMembers(db: Db): Promise<MemberList> {
  const rows = await db('alur_memberships as m')
    .join('alur_offices as o', 'o.id', 'm.office')
    .leftJoin('directus_users as u', 'u.id', 'm.user')
    .orderBy(['m.user', 'm.office'])
    .select(
      'm.user',
      'm.office',
      'm.sop_roles',
      'o.kind',
      db.raw(`case when u.email_notifications = ? and u.status = 'active' and u.email is not null then 1 else 0 end as mailed`, [true]),
    );
  const mailed = new Set<string>(rows.filter((m: { mailed: unknown }) => Number(m.mailed) === 1).map((m: { user: string }) => m.user));
  const all = rows.map((m): Member => {
    const row = fromDb<{ user: string; office: string; kind: 'opd' | 'diskominfo'; sop_roles: unknown }>('alur_memberships', m);
    const roles = Array.isArray(row.sop_roles) ? row.sop_roles.filter((r): r is string => typeof r === 'string') : [];
    return { user: row.user, office: row.office, kind: row.kind, roles };
  });
  const byUser = new Map<string, Membership[]>();
  for (const { user, ...membership } of all) byUser.set(user, [...(byUser.get(user) ?? []), membership]);
  return { all, of: (user) => byUser.get(user) ?? [], mailed };
}

/**
 * The caller of a request; 401 without a signed-in user, 403 for a user who is neither an
 * admin nor a member of an office.
 */
export async function callerOf(db: Db, directory: MembershipDirectory, accountability: Accountability | null | undefined, locale: Locale): Promise<Caller> {
  const user = accountability?.user;
  if (!user)
    throw httpError(
      401,
      { id: 'Silakan masuk terlebih dahulu (token tidak ada atau tidak sah).', en: 'Please sign in first (missing or invalid token).' },
      {},
      locale,
    );
  const memberships = (await directory.load(db)).of(user);
  const admin = accountability?.admin === true;
  if (memberships.length === 0 && !admin) {
    throw httpError(
      403,
      { id: 'Akun Anda belum terdaftar pada perangkat daerah mana pun; hubungi admin.', en: 'Your account is not a member of any office; contact the admin.' },
      {},
      locale,
    );
  }
  return makeCaller(user, admin, memberships, locale);
}
