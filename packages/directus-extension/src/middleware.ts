// Operational guards Alur adds to Directus' own Express app through init hooks:
// - a login throttle per IP and per IP+account (429 with Retry-After), in place of Directus'
//   account suspension, which lets anyone lock any account (the admin's too) with wrong passwords;
// - bilingual answers for errors Directus gives in English only or as a 500: a rate limit (429),
//   an oversize body (413 instead of 400), a malformed URL such as `%ff` (400 instead of 500),
//   and a database that is busy or locked (503 with Retry-After instead of 500);
// - a longer SQLite busy timeout, so short write contention waits instead of failing.
import { createError, isDirectusError } from '@directus/errors';
import type * as Flexible from 'rate-limiter-flexible';
// The two CommonJS files needed, not the package index: it requires every store (cluster, Redis, …),
// which an ESM bundle cannot load.
// @ts-expect-error deep import without its own typings (typed just below)
import RateLimiterMemoryImpl from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
// @ts-expect-error deep import without its own typings (typed just below)
import RateLimiterRedisImpl from 'rate-limiter-flexible/lib/RateLimiterRedis.js';
// @ts-expect-error deep import without its own typings (typed just below)
import RateLimiterResImpl from 'rate-limiter-flexible/lib/RateLimiterRes.js';
import { createRequire } from 'node:module';
import { localeOf } from './service/caller.js';
import { shapeProblem } from './service/limits.js';
import type { Locale } from './service/errors.js';

const RateLimiterMemory = RateLimiterMemoryImpl as typeof Flexible.RateLimiterMemory;
const RateLimiterRedis = RateLimiterRedisImpl as typeof Flexible.RateLimiterRedis;
const RateLimiterRes = RateLimiterResImpl as typeof Flexible.RateLimiterRes;

/** The part of an Express request Alur reads. */
interface Req {
  readonly ip?: string;
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  readonly query?: unknown;
  readonly headers: Record<string, string | string[] | undefined>;
}
interface Res {
  statusCode: number;
  headersSent: boolean;
  set(name: string, value: string): Res;
  on(event: 'finish', listener: () => void): Res;
}
type Next = (error?: unknown) => void;
/** The Express app Directus hands to `init` hooks. */
export interface ExpressApp {
  post(paths: string[], handler: (req: Req, res: Res, next: Next) => void): unknown;
  use(handler: ((error: unknown, req: Req, res: Res, next: Next) => void) | ((req: Req, res: Res, next: Next) => void)): unknown;
}
/** A knex instance, the part used here. */
interface Knex {
  (
    table: string,
  ): {
    first(...columns: string[]): Promise<Record<string, unknown> | undefined>;
    insert(row: Record<string, unknown>): Promise<unknown>;
    update(row: Record<string, unknown>): Promise<unknown>;
  };
  raw(sql: string): Promise<unknown>;
  client: { config?: { client?: unknown }; acquireRawConnection?: () => Promise<unknown> };
}

type Env = Record<string, unknown>;
type Text = { id: string; en: string };

/** Reads a positive whole number from the environment, or the default. */
export function envNumber(env: Env, name: string, fallback: number): number {
  const raw = env[name] ?? process.env[name];
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

/** The login throttle's defaults: failed logins per IP+account, and per IP whatever the account, in a window. */
export const LOGIN_LIMITS = { points: 10, ipPoints: 100, duration: 900 } as const;

type Extensions = { id: string; en: string; locale: Locale; [key: string]: unknown };
const bilingual = (code: string, status: number) => createError<Extensions>(code, (e) => (e.locale === 'en' ? e.en : e.id), status);
const TooManyRequests = bilingual('REQUESTS_EXCEEDED', 429);
const ContentTooLarge = bilingual('CONTENT_TOO_LARGE', 413);
const InvalidPayload = bilingual('INVALID_PAYLOAD', 400);
const InvalidUrl = bilingual('ALUR_INVALID_URL', 400);
const BadRequest = bilingual('ALUR_BAD_REQUEST', 400);
const Busy = bilingual('SERVICE_UNAVAILABLE', 503);

function make(Class: ReturnType<typeof bilingual>, text: Text, locale: Locale, extra: Record<string, unknown> = {}): Error {
  const error = new Class({ ...extra, id: text.id, en: text.en, locale });
  delete (error.extensions as { locale?: Locale }).locale;
  return error;
}

const localeOfReq = (req: Req): Locale => {
  let query: unknown;
  try {
    query = req.query;
  } catch {
    query = undefined;
  }
  const accept = req.headers['accept-language'];
  return localeOf(query, Array.isArray(accept) ? accept[0] : accept);
};

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function tooMany(req: Req, res: Res, ms: number, login = false): Error {
  const wait = seconds(ms);
  res.set('Retry-After', String(wait));
  const text = login
    ? {
        id: `Terlalu banyak percobaan masuk yang gagal dari alamat Anda; coba lagi dalam ${wait} detik.`,
        en: `Too many failed sign-in attempts from your address; try again in ${wait} s.`,
      }
    : { id: `Terlalu banyak permintaan dari alamat Anda; coba lagi dalam ${wait} detik.`, en: `Too many requests from your address; try again in ${wait} s.` };
  return make(TooManyRequests, text, localeOfReq(req), { retryAfter: wait });
}

/** Directus' own messages for sign-in errors, in both languages (codes and statuses kept). */
const DIRECTUS_TEXTS: Record<string, Text> = {
  INVALID_CREDENTIALS: { id: 'Email atau kata sandi salah.', en: 'Invalid user credentials.' },
  INVALID_TOKEN: { id: 'Token tidak sah.', en: 'Invalid token.' },
  TOKEN_EXPIRED: { id: 'Token kedaluwarsa; silakan masuk lagi.', en: 'Token expired; please sign in again.' },
  INVALID_OTP: { id: 'Kode OTP salah.', en: 'Invalid user OTP.' },
  USER_SUSPENDED: { id: 'Akun ini ditangguhkan; hubungi admin.', en: 'User suspended; contact the admin.' },
  // Directus' load shedding (PRESSURE_LIMITER_*), which sets its own Retry-After.
  SERVICE_UNAVAILABLE: {
    id: 'Layanan sedang sibuk; tidak ada yang diubah, coba lagi sebentar lagi.',
    en: 'The service is busy; nothing was changed, try again shortly.',
  },
};

const ipOf = (req: Req) => {
  const ip = req.ip ?? 'unknown';
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
};

/**
 * Throttles `POST /auth/login` per IP and account: after `RATE_LIMITER_LOGIN_POINTS` (10) failed
 * logins for one account from one IP within `RATE_LIMITER_LOGIN_DURATION` seconds (900), that IP
 * gets 429 for that account until the window ends; `RATE_LIMITER_LOGIN_IP_POINTS` (100) failed
 * logins from one IP for any accounts throttle the IP. A successful login clears its account's
 * count. The owner of an account, from their own IP, is never locked out by someone else.
 * The IP is Express' `req.ip` (Directus sets `trust proxy` from `IP_TRUST_PROXY`).
 */
export function loginThrottle(app: ExpressApp, env: Env, redis?: unknown): void {
  const duration = envNumber(env, 'RATE_LIMITER_LOGIN_DURATION', LOGIN_LIMITS.duration);
  const limiter = (keyPrefix: string, points: number) => {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration });
    // With several instances the counts live in Redis, so N instances do not give N times the guesses;
    // while Redis cannot answer, each instance counts on its own (the insurance limiter).
    return redis ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: memory }) : memory;
  };
  const perAccount = limiter('alur-login', envNumber(env, 'RATE_LIMITER_LOGIN_POINTS', LOGIN_LIMITS.points));
  const perIp = limiter('alur-login-ip', envNumber(env, 'RATE_LIMITER_LOGIN_IP_POINTS', LOGIN_LIMITS.ipPoints));
  app.post(['/auth/login', '/auth/login/:provider'], (req, res, next) => {
    const body = typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};
    const who = body['email'] ?? body['identifier'];
    const ip = ipOf(req);
    const account = `${ip}|${typeof who === 'string' ? who.trim().toLowerCase() : ''}`;
    // Points are taken before the attempt (parallel guesses cannot slip through) and given back when it succeeds.
    Promise.all([perAccount.consume(account), perIp.consume(ip)]).then(
      () => {
        res.on('finish', () => {
          if (res.statusCode >= 200 && res.statusCode < 300) {
            void perAccount.delete(account).catch(() => undefined);
            void perIp.reward(ip).catch(() => undefined);
          }
        });
        next();
      },
      (rejection: unknown) => {
        if (rejection instanceof RateLimiterRes) next(tooMany(req, res, rejection.msBeforeNext, true));
        else next(rejection);
      },
    );
  });
}

/** Whether Directus' settings configure Redis, by Directus' own rule (`REDIS`, any `REDIS_*`, unless `REDIS_ENABLED` is false). */
export function redisConfigured(env: Env): boolean {
  if ('REDIS_ENABLED' in env) return env['REDIS_ENABLED'] === true || env['REDIS_ENABLED'] === 'true';
  return Object.keys(env).some((key) => key === 'REDIS' || key.startsWith('REDIS_'));
}

/**
 * A Redis client on Directus' own settings (`REDIS` as a URL, or `REDIS_HOST`, `REDIS_PORT`,
 * `REDIS_PASSWORD`, …), made with the `ioredis` Directus itself ships (resolved from Directus'
 * API package, so the bundle does not carry a second copy); undefined without Redis.
 */
export function directusRedis(env: Env): unknown {
  if (!redisConfigured(env)) return undefined;
  const fromDirectus = createRequire(createRequire(process.argv[1] ?? import.meta.url).resolve('@directus/api'));
  const Redis = fromDirectus('ioredis') as { Redis: new (options: unknown, more?: unknown) => { on(event: string, listener: (error: Error) => void): void } };
  const options = Object.fromEntries(
    Object.entries(env)
      .filter(([key]) => key.startsWith('REDIS_') && key !== 'REDIS_ENABLED' && !key.endsWith('_NAMESPACE'))
      .map(([key, value]) => [
        key
          .slice(6)
          .toLowerCase()
          .replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
        value,
      ]),
  );
  // Commands fail at once while disconnected (the insurance limiter counts meanwhile) instead of queueing.
  const client =
    typeof env['REDIS'] === 'string'
      ? new Redis.Redis(env['REDIS'], { enableOfflineQueue: false })
      : new Redis.Redis({ ...options, enableOfflineQueue: false });
  client.on('error', () => undefined); // ioredis reconnects by itself; Directus logs its own Redis errors
  return client;
}

/** A database error that means "busy, try again" rather than a fault: SQLite locks, Postgres lock and serialization failures. */
export function isBusy(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return true;
  if (code === '55P03' || code === '40001' || code === '40P01') return true;
  return typeof message === 'string' && /SQLITE_BUSY|SQLITE_LOCKED|database is locked/.test(message);
}

function tooLarge(env: Env, locale: Locale): Error {
  const limit = String(env['MAX_PAYLOAD_SIZE'] ?? process.env['MAX_PAYLOAD_SIZE'] ?? '');
  return make(ContentTooLarge, { id: `Isi permintaan terlalu besar (batas ${limit}).`, en: `The request body is too large (limit ${limit}).` }, locale, {
    limit,
  });
}

/** Seconds a client is asked to wait after a busy database. */
const BUSY_RETRY_AFTER = 5;

/**
 * The error an Alur client gets for `error`, or `undefined` to keep Directus' own: bilingual
 * messages for rate limits and bad payloads, 413 for an oversize body, 400 for a URL that cannot
 * be decoded, 503 with Retry-After for a busy database.
 */
export function translateError(error: unknown, req: Req, res: Res, env: Env, logger?: { warn(message: string): void }): Error | undefined {
  const locale = localeOfReq(req);
  if (isDirectusError(error)) {
    const extensions = (error.extensions ?? {}) as Record<string, unknown>;
    if (typeof extensions['id'] === 'string' && typeof extensions['en'] === 'string') return undefined; // already Alur's, in both languages
    const known = DIRECTUS_TEXTS[error.code];
    if (known) return make(bilingual(error.code, error.status), known, locale);
    if (error.code === 'REQUESTS_EXCEEDED') {
      const reset = (error.extensions as { reset?: unknown } | undefined)?.reset;
      const ms = reset instanceof Date ? reset.getTime() - Date.now() : typeof reset === 'string' ? Date.parse(reset) - Date.now() : 1000;
      return tooMany(req, res, Number.isFinite(ms) ? ms : 1000);
    }
    if (error.code === 'INVALID_PAYLOAD') {
      const reason = String((error.extensions as { reason?: unknown } | undefined)?.reason ?? '');
      if (/too large/i.test(reason)) return tooLarge(env, locale);
      // Directus' own payload errors keep their reason; a bad JSON body gets a message in both languages.
      if (/JSON|Unexpected|token|position|Bad control character|Unterminated|Expected/i.test(reason)) {
        return make(InvalidPayload, { id: `Isi permintaan bukan JSON yang sah: ${reason}`, en: `The request body is not valid JSON: ${reason}` }, locale, {
          reason,
        });
      }
    }
    return undefined;
  }
  if (isBusy(error)) {
    logger?.warn(`alur: basis data sibuk (database busy): ${(error as Error).message}`);
    res.set('Retry-After', String(BUSY_RETRY_AFTER));
    return make(
      Busy,
      {
        id: `Basis data sedang sibuk; tidak ada yang diubah, coba lagi dalam ${BUSY_RETRY_AFTER} detik.`,
        en: `The database is busy; nothing was changed, try again in ${BUSY_RETRY_AFTER} s.`,
      },
      locale,
      { retryAfter: BUSY_RETRY_AFTER },
    );
  }
  if (error instanceof URIError) {
    return make(InvalidUrl, { id: 'Alamat (URL) tidak sah: pengodean persen rusak.', en: 'Invalid URL: broken percent-encoding.' }, locale);
  }
  // Errors from Express and its body parsers carry their 4xx status (http-errors): keep the status, say it in both languages.
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = String((error as { message?: unknown }).message ?? '');
    if (status === 400 && /decode/i.test(message))
      return make(InvalidUrl, { id: 'Alamat (URL) tidak sah: pengodean persen rusak.', en: 'Invalid URL: broken percent-encoding.' }, locale);
    if (status === 413) return tooLarge(env, locale);
    const Class = status === 400 ? BadRequest : bilingual('ALUR_BAD_REQUEST', status);
    return make(Class, { id: `Permintaan tidak sah: ${message}`, en: `Bad request: ${message}` }, locale);
  }
  return undefined;
}

/** Sets `busyTimeout` (ms) on every SQLite connection of `db`: the one open now and those made later. */
export async function sqliteBusyTimeout(db: Knex, ms: number): Promise<void> {
  const client = db.client;
  if (client.config?.client !== 'sqlite3' || typeof client.acquireRawConnection !== 'function') return;
  const acquire = client.acquireRawConnection.bind(client);
  client.acquireRawConnection = async () => {
    const connection = (await acquire()) as { configure?(option: string, value: number): void };
    connection.configure?.('busyTimeout', ms);
    return connection;
  };
  await db.raw(`PRAGMA busy_timeout = ${Math.floor(ms)}`);
}

/**
 * Directus suspends an account after `auth_login_attempts` (Settings → Security, default 25)
 * wrong passwords from anywhere: Alur keeps this at `ALUR_LOGIN_ATTEMPTS` (unset or 0: never
 * suspend), applied on every start, and throttles logins per IP instead ({@link loginThrottle}).
 */
export async function applyLoginAttempts(db: Knex, env: Env): Promise<void> {
  const attempts = envNumber(env, 'ALUR_LOGIN_ATTEMPTS', 0) || null;
  const row = await db('directus_settings').first('id', 'auth_login_attempts');
  if (!row) await db('directus_settings').insert({ auth_login_attempts: attempts });
  else if (row['auth_login_attempts'] !== attempts) await db('directus_settings').update({ auth_login_attempts: attempts });
}

/** Directus query parameters that must be one text (or, for the lists, texts): anything else crashes its query parser. */
const TEXT_PARAMS = new Set(['limit', 'offset', 'page', 'meta', 'search', 'export', 'version', 'versionRaw', 'backlink']);
const LIST_PARAMS = new Set(['fields', 'sort', 'groupBy']);

/** What is wrong with a request's query parameters for Directus, or `undefined`. */
export function queryProblem(query: unknown): Text | undefined {
  if (typeof query !== 'object' || query === null) return undefined;
  for (const [key, value] of Object.entries(query)) {
    const ok = TEXT_PARAMS.has(key)
      ? typeof value === 'string'
      : LIST_PARAMS.has(key)
        ? typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        : true;
    if (!ok)
      return {
        id: `Parameter "${key}" harus teks${LIST_PARAMS.has(key) ? ' atau daftar teks' : ''}.`,
        en: `Parameter "${key}" must be text${LIST_PARAMS.has(key) ? ' or a list of texts' : ''}.`,
      };
  }
  return undefined;
}

/** Whether any text (or key) in `value` holds a NUL character, which PostgreSQL cannot store in text. */
export function hasNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        if (key.includes('\u0000')) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

const NUL_TEXT: Text = {
  id: 'Permintaan berisi karakter NUL (%00), yang tidak dapat disimpan; hapus karakter itu.',
  en: 'The request holds a NUL character (%00), which cannot be stored; remove it.',
};

/** How deep any JSON body may nest (`ALUR_MAX_JSON_DEPTH`); deeper bodies crash Directus' own recursive payload handling. */
export const MAX_JSON_DEPTH = 32;

/**
 * Refuses, before any route runs, input Directus itself would answer with a 500: query
 * parameters of the wrong shape (e.g. `fields[a][b]=`), a NUL character in the path, query or
 * body (PostgreSQL refuses it in text), JSON nested deeper than
 * {@link MAX_JSON_DEPTH}, and batch item writes whose list holds something else than items.
 */
export function inputGuards({ init }: OpsRegister, env: Env): void {
  const depth = envNumber(env, 'ALUR_MAX_JSON_DEPTH', MAX_JSON_DEPTH);
  init('middlewares.before', ({ app }) => {
    app.use((req: Req, _res: Res, next: Next) => {
      let problem: Text | undefined = /%00/.test(req.path) ? NUL_TEXT : undefined;
      try {
        problem ??= queryProblem(req.query) ?? (hasNul(req.query) ? NUL_TEXT : undefined);
      } catch {
        problem = undefined; // an undecodable URL: the error translation answers it
      }
      next(problem ? make(BadRequest, problem, localeOfReq(req)) : undefined);
    });
  });
  init('middlewares.after', ({ app }) => {
    app.use((req: Req, _res: Res, next: Next) => {
      const body = req.body;
      if (body !== null && typeof body === 'object') {
        if (shapeProblem(body, { depth, stringLength: Infinity, values: Infinity })) {
          return next(
            make(
              BadRequest,
              { id: `Isi permintaan bersarang lebih dari ${depth} tingkat.`, en: `The request body is nested deeper than ${depth} levels.` },
              localeOfReq(req),
            ),
          );
        }
        if (hasNul(body)) return next(make(BadRequest, NUL_TEXT, localeOfReq(req)));
        if (
          req.method !== 'GET' &&
          req.path.startsWith('/items/') &&
          Array.isArray(body) &&
          body.some((item) => item === null || (typeof item !== 'object' && req.method !== 'DELETE' && req.method !== 'PATCH'))
        ) {
          return next(
            make(BadRequest, { id: 'Daftar item hanya boleh berisi item (objek).', en: 'An item list may only hold items (objects).' }, localeOfReq(req)),
          );
        }
      }
      next();
    });
  });
}

/** The init hooks Alur's operational guards need. */
export interface OpsRegister {
  init(event: string, handler: (meta: { app: ExpressApp }) => unknown): void;
}

/** Registers the guards: login throttle and lockout setting, error translation, SQLite busy timeout. */
export function registerOps({ init }: OpsRegister, context: { database: unknown; env?: Env; logger: { warn(message: string): void } }): void {
  const env = context.env ?? {};
  const db = context.database as Knex;
  inputGuards({ init }, env);
  init('app.before', async () => {
    await sqliteBusyTimeout(db, envNumber(env, 'ALUR_SQLITE_BUSY_TIMEOUT', 5000));
    await applyLoginAttempts(db, env);
  });
  init('routes.before', ({ app }) => {
    let redis: unknown;
    try {
      redis = directusRedis(env);
    } catch (error) {
      context.logger.warn(
        `alur: Redis tidak dapat dipakai untuk pembatas login; tiap instans menghitung sendiri (Redis unusable for the login throttle; each instance counts alone): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    loginThrottle(app, env, redis);
  });
  init('routes.custom.after', ({ app }) => {
    app.use((error, req, res, next) => {
      let translated: Error | undefined;
      try {
        translated = translateError(error, req, res, env, context.logger);
      } catch {
        translated = undefined;
      }
      next(translated ?? error);
    });
  });
}
