import { fromDb, type Db } from './db.js';
import { httpError, type Locale } from './errors.js';

/** Who calls an endpoint: the Directus user, their office and SOP roles (from `alur_memberships`). */
export interface Caller {
  readonly user: string;
  readonly admin: boolean;
  readonly office: string | null;
  readonly officeKind: 'opd' | 'diskominfo' | null;
  readonly roles: readonly string[];
  readonly locale: Locale;
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

/**
 * The caller of a request; 401 without a signed-in user, 403 for a user who is neither an
 * admin nor a member of an office.
 */
export async function callerOf(db: Db, accountability: Accountability | null | undefined, locale: Locale): Promise<Caller> {
  const user = accountability?.user;
  if (!user) throw httpError(401, { id: 'Silakan masuk terlebih dahulu (token tidak ada atau tidak sah).', en: 'Please sign in first (missing or invalid token).' }, {}, locale);
  const memberships = await db('alur_memberships as m')
    .join('alur_offices as o', 'o.id', 'm.office')
    .where('m.user', user)
    .select('m.office', 'm.sop_roles', 'o.kind');
  const admin = accountability?.admin === true;
  if (memberships.length === 0 && !admin) {
    throw httpError(403, { id: 'Akun Anda belum terdaftar pada perangkat daerah mana pun; hubungi admin.', en: 'Your account is not a member of any office; contact the admin.' }, {}, locale);
  }
  const first = memberships[0] as { office: string; kind: 'opd' | 'diskominfo' } | undefined;
  const roles = new Set<string>();
  for (const m of memberships) for (const role of (fromDb<{ sop_roles: string[] | null }>('alur_memberships', m).sop_roles ?? [])) roles.add(role);
  return { user, admin, office: first?.office ?? null, officeKind: first?.kind ?? null, roles: [...roles], locale };
}
