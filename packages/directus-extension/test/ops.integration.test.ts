// Operations on a real Directus 12.4.0: login throttling without account suspension, limits and
// bilingual errors for bad URLs, oversize bodies and a locked database, file modes, and `npm start`
// (settings from the environment, logs shown, exit status when Directus dies or is stopped).
import { execFileSync, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { startDirectus } from '../scripts/directus-runtime.mjs';
import { freePort } from './support.js';

interface Server {
  url: string;
  adminEmail: string;
  adminPassword: string;
  stop(): Promise<void>;
}
type Body = { data?: Record<string, unknown>; errors?: { message: string; extensions: Record<string, unknown> & { code: string } }[] };

const root = mkdtempSync(join(tmpdir(), 'alur-ops-'));
// A folder made the ordinary way (0755 under the usual umask): startDirectus must close it.
const dataDir = join(root, 'data');
mkdirSync(dataDir, { mode: 0o755 });
let server: Server;
let adminToken = '';

/** A call as if from `ip` (Directus trusts the loopback proxy in this instance, so X-Forwarded-For names the client). */
async function call(path: string, init: RequestInit & { ip?: string; token?: string } = {}): Promise<{ status: number; headers: Headers; body: Body }> {
  const { ip, token, ...rest } = init;
  const res = await fetch(`${server.url}${path}`, {
    ...rest,
    headers: {
      'content-type': 'application/json',
      ...(ip ? { 'x-forwarded-for': ip } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...rest.headers,
    },
  });
  const raw = await res.text();
  let body: Body;
  try {
    body = JSON.parse(raw) as Body;
  } catch {
    body = { errors: [{ message: raw, extensions: { code: 'NOT_JSON' } }] };
  }
  return { status: res.status, headers: res.headers, body };
}
const login = (email: string, password: string, ip: string, query = '') =>
  call(`/auth/login${query}`, { method: 'POST', body: JSON.stringify({ email, password }), ip });

beforeAll(async () => {
  const port = await freePort();
  server = (await startDirectus({
    dataDir,
    port,
    env: {
      LOG_LEVEL: 'warn',
      IP_TRUST_PROXY: 'loopback',
      // Directus' per-IP limiter over a long window, so the flood below is judged by count, not speed.
      RATE_LIMITER_POINTS: '100',
      RATE_LIMITER_DURATION: '600',
      ALUR_SQLITE_BUSY_TIMEOUT: '1500',
      // Directus' load shedding answers 503 when this shared test machine is slow; this file tests other 503s.
      PRESSURE_LIMITER_ENABLED: 'false',
    },
  })) as Server;
  const res = await login(server.adminEmail, server.adminPassword, '10.1.0.1');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  adminToken = String(res.body.data!['access_token']);
}, 240_000);

afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('operations on a real Directus 12.4.0', () => {
  it('throttles wrong passwords per IP and account with 429, Retry-After and a bilingual message, and never suspends the account', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof login>> | undefined;
    for (let i = 0; i < 30; i += 1) {
      last = await login(server.adminEmail, `salah-${i}`, '10.0.0.66');
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(20).fill(429));
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.body.errors![0]!.message).toMatch(/^Terlalu banyak percobaan masuk yang gagal/);
    const english = await login(server.adminEmail, 'salah', '10.0.0.66', '?lang=en');
    expect([english.status, english.body.errors![0]!.message]).toEqual([429, expect.stringMatching(/^Too many failed sign-in attempts/)]);
    // The attacker's address is throttled for that account only, not for others.
    expect((await login('lain@example.go.id', 'salah', '10.0.0.66')).status).toBe(401);
    // The admin, from their own address, still signs in: the account was not suspended.
    const own = await login(server.adminEmail, server.adminPassword, '10.0.0.7');
    expect(own.status).toBe(200);
    const me = await call('/users/me?fields=status', { token: String(own.body.data!['access_token']), ip: '10.0.0.7' });
    expect(me.body.data!['status']).toBe('active');
    // Successful logins never count: one address signs in many times in a row.
    for (let i = 0; i < 25; i += 1) expect((await login(server.adminEmail, server.adminPassword, '10.0.0.8')).status).toBe(200);
  }, 120_000);

  it("turns Directus' per-IP rate limiter on: past its points an address gets 429 with Retry-After and a bilingual message", async () => {
    const answers = [];
    for (let i = 0; i < 120; i += 1) answers.push(await call('/alur/health', { ip: '10.0.0.99' }));
    const limited = answers.filter((a) => a.status === 429);
    expect([answers.filter((a) => a.status === 200).length, limited.length]).toEqual([100, 20]);
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited[0]!.body.errors![0]!.message).toMatch(/^Terlalu banyak permintaan dari alamat Anda/);
    // Another address is not affected.
    expect((await call('/alur/health', { ip: '10.0.0.98' })).status).toBe(200);
  });

  it('answers a URL with broken percent-encoding with 400 and a bilingual message, not 500', async () => {
    for (const path of ['/alur/requests/%ff', '/alur/requests/%ff/events', '/items/alur_requests/%ff', '/alur/variants/%E0%A4%A/document']) {
      const res = await call(path, { token: adminToken, ip: '10.1.0.2' });
      expect([path, res.status, res.body.errors?.[0]?.extensions.code]).toEqual([path, 400, 'ALUR_INVALID_URL']);
      expect(res.body.errors![0]!.message).toBe('Alamat (URL) tidak sah: pengodean persen rusak.');
    }
    const english = await call('/alur/requests/%ff?lang=en', { token: adminToken, ip: '10.1.0.2' });
    expect(english.body.errors![0]!.message).toBe('Invalid URL: broken percent-encoding.');
  });

  it('answers a NUL character in the path, the query or a JSON body with 400 and a bilingual message, and stores nothing', async () => {
    const before = await call('/items/alur_offices?aggregate[count]=*', { token: adminToken, ip: '10.1.0.4' });
    const cases: [string, Parameters<typeof call>[1]][] = [
      ['/items/alur_offices/%00', { token: adminToken, ip: '10.1.0.4' }],
      ['/alur/requests/a%00b/events', { token: adminToken, ip: '10.1.0.4' }],
      ['/items/alur_offices?filter[name][_eq]=%00', { token: adminToken, ip: '10.1.0.4' }],
      ['/items/alur_offices', { method: 'POST', body: JSON.stringify({ id: 'nul', name: 'Dinas\u0000X' }), token: adminToken, ip: '10.1.0.4' }],
    ];
    for (const [path, options] of cases) {
      const res = await call(path, options);
      expect([path, res.status, res.body.errors?.[0]?.extensions.code, res.body.errors?.[0]?.message]).toEqual([
        path,
        400,
        'ALUR_BAD_REQUEST',
        'Permintaan berisi karakter NUL (%00), yang tidak dapat disimpan; hapus karakter itu.',
      ]);
    }
    const english = await call('/items/alur_offices/%00?lang=en', { token: adminToken, ip: '10.1.0.4' });
    expect(english.body.errors![0]!.message).toBe('The request holds a NUL character (%00), which cannot be stored; remove it.');
    expect(await call('/items/alur_offices?aggregate[count]=*', { token: adminToken, ip: '10.1.0.4' })).toMatchObject({ status: 200, body: before.body });
  });

  it('refuses a body over MAX_PAYLOAD_SIZE (256kb by default) with 413 and a bilingual message', async () => {
    const big = JSON.stringify({ id: 'x', text: 'a'.repeat(300 * 1024) });
    const res = await call('/alur/variants/validate', { method: 'POST', body: big, token: adminToken, ip: '10.1.0.3' });
    expect([res.status, res.body.errors?.[0]?.extensions.code, res.body.errors?.[0]?.message]).toEqual([
      413,
      'CONTENT_TOO_LARGE',
      'Isi permintaan terlalu besar (batas 256kb).',
    ]);
    const english = await call('/alur/variants/validate', {
      method: 'POST',
      body: big,
      token: adminToken,
      ip: '10.1.0.3',
      headers: { 'accept-language': 'en' },
    });
    expect(english.body.errors![0]!.message).toBe('The request body is too large (limit 256kb).');
    // Just under the limit is read (and judged as a variant: 200 with its issues).
    const fits = await call('/alur/variants/validate', {
      method: 'POST',
      body: JSON.stringify({ id: 'x', texts: Array.from({ length: 12 }, () => 'a'.repeat(17 * 1024)) }),
      token: adminToken,
      ip: '10.1.0.3',
    });
    expect(fits.status).toBe(200);
  });

  it('answers 503 with Retry-After while another process holds a write lock on the SQLite file, and waits out short contention', async () => {
    const { DatabaseSync } = await import('node:sqlite');
    const holder = new DatabaseSync(join(dataDir, 'alur.sqlite'));
    // Directus reads now and then on its own (the SLA sweep, the flush every 5 s): wait for those, as any writer would.
    holder.exec('PRAGMA busy_timeout = 5000');
    try {
      holder.exec('BEGIN EXCLUSIVE');
      // A list of requests, which is read from the database every time (variants and permissions may come from memory).
      const locked = await call('/alur/requests', { token: adminToken, ip: '10.1.0.4' });
      expect([locked.status, locked.body.errors?.[0]?.extensions.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(locked.body.errors![0]!.message).toMatch(/^Basis data sedang sibuk; tidak ada yang diubah/);
      holder.exec('COMMIT');
      // A lock released while the request waits: the busy timeout lets it through.
      holder.exec('BEGIN EXCLUSIVE');
      const waiting = call('/alur/requests', { token: adminToken, ip: '10.1.0.4' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      holder.exec('COMMIT');
      expect((await waiting).status).toBe(200);
    } finally {
      if (holder.isTransaction) holder.exec('ROLLBACK');
      holder.close();
    }
  }, 60_000);

  it('keeps the data folder to its owner (0700) and the SQLite file, secret and password to their owner (0600)', () => {
    const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);
    expect([mode(dataDir), mode(join(dataDir, 'alur.sqlite')), mode(join(dataDir, 'secret')), mode(join(dataDir, 'admin-password'))]).toEqual([
      '700',
      '600',
      '600',
      '600',
    ]);
  });
});

describe('npm start (scripts/start.mjs)', () => {
  const script = fileURLToPath(new URL('../scripts/start.mjs', import.meta.url));

  /** Starts `npm start`'s script with `env`; resolves once it is ready, with its output so far and its exit. */
  async function start(env: Record<string, string>) {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += String(chunk)));
    child.stderr.on('data', (chunk) => (out += String(chunk)));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (out.includes('Tekan Ctrl+C')) {
          clearInterval(timer);
          resolve();
        }
        if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`start.mjs exited ${child.exitCode}:\n${out}`));
        }
      }, 200);
    });
    return { child, exited, output: () => out };
  }

  it('takes SECRET, ADMIN_EMAIL, ADMIN_PASSWORD, PORT, PUBLIC_URL, LOG_LEVEL and MAX_PAYLOAD_SIZE from the environment, shows the logs, and exits non-zero when Directus dies, 0 on SIGTERM', async () => {
    const dir = join(root, 'start');
    const port = await freePort();
    const secret = 'ab'.repeat(32);
    const env = {
      ALUR_DATA_DIR: dir,
      ALUR_DEMO: 'false',
      PORT: String(port),
      SECRET: secret,
      ADMIN_EMAIL: 'ops@example.go.id',
      ADMIN_PASSWORD: 'kata-sandi-ops-123',
      PUBLIC_URL: 'https://alur.example.go.id',
      LOG_LEVEL: 'info',
      MAX_PAYLOAD_SIZE: '64kb',
      IP_TRUST_PROXY: 'loopback',
      PRESSURE_LIMITER_ENABLED: 'false',
    };
    const first = await start(env);
    const url = `http://127.0.0.1:${port}`;
    const res = await fetch(`${url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const token = ((await res.json()) as { data: { access_token: string } }).data.access_token;
    // The token is signed with the SECRET given (instances sharing it accept each other's tokens); none was generated.
    const [head, payload, signature] = token.split('.');
    expect(createHmac('sha256', secret).update(`${head}.${payload}`).digest('base64url')).toBe(signature);
    expect(existsSync(join(dir, 'secret'))).toBe(false);
    expect(existsSync(join(dir, 'admin-password'))).toBe(false);
    const big = await fetch(`${url}/alur/variants/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ text: 'a'.repeat(100 * 1024) }),
    });
    expect(big.status).toBe(413);
    expect(first.output()).toContain('https://alur.example.go.id/admin');
    // Directus' own log lines (JSON off a terminal), at the level given.
    expect(first.output()).toMatch(/"level":30,.*"msg":"Server started at/);
    // Directus dies: npm start must exit non-zero so a supervisor restarts it.
    const directus = execFileSync('ps', ['-o', 'pid=', '--ppid', String(first.child.pid)], { encoding: 'utf8' })
      .trim()
      .split(/\s+/)
      .map(Number);
    expect(directus).toHaveLength(1);
    process.kill(directus[0]!, 'SIGKILL');
    const died = await first.exited;
    expect(died.code).not.toBe(0);
    expect(died.code).not.toBeNull();
    expect(first.output()).toMatch(/Directus berhenti tanpa diminta/);
    // A clean stop exits 0.
    const second = await start(env);
    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  }, 240_000);
});
