import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { startDirectus } from '../scripts/directus-runtime.mjs';
import { freePort } from './support.js';

// Several Directus instances on one Postgres database (issue "Scale-out and operations"): started
// together on an empty database they all come up (Directus' bootstrap is not safe to run twice at
// once; the runtime retries it), and a request filed on one is acted on through the other.
// Runs in `npm test`'s Postgres pass (DB_CLIENT=pg); on SQLite there is nothing to share.

interface Server { url: string; adminEmail: string; adminPassword: string; demoPassword: string; stop(): Promise<void> }

const postgres = process.env['DB_CLIENT'] === 'pg';

describe.skipIf(!postgres)('two instances on one Postgres', { timeout: 240_000 }, () => {
  const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'alur-instance-')));
  let servers: Server[] = [];
  // What every instance must share: the token secret, the form-secrets key, the admin and demo passwords.
  const shared = { SECRET: randomBytes(32).toString('hex'), ALUR_SECRETS_KEY: randomBytes(32).toString('hex'), ALUR_DEMO_PASSWORD: `demo-${randomBytes(6).toString('hex')}`, LOG_LEVEL: 'warn', RATE_LIMITER_POINTS: '100000', PRESSURE_LIMITER_ENABLED: 'false' };
  const adminPassword = `admin-${randomBytes(6).toString('hex')}`;

  const login = async (server: Server, email: string, password: string) => {
    const res = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    expect(res.status, `login ${email}`).toBe(200);
    return ((await res.json()) as { data: { access_token: string } }).data.access_token;
  };
  const call = async (server: Server, path: string, token: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as { data: Record<string, unknown> } };
  };

  beforeAll(async () => {
    // Both at once, on the same empty database.
    servers = (await Promise.all(dirs.map(async (dataDir) => startDirectus({ dataDir, port: await freePort(), demo: true, adminPassword, env: shared })))) as Server[];
  }, 240_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('both come up from an empty database started together, and answer with the same data', async () => {
    const [a, b] = servers as [Server, Server];
    for (const server of [a, b]) expect(await (await fetch(`${server.url}/server/ping`)).text()).toBe('pong');
    const variants = async (server: Server) => (await call(server, '/alur/variants', await login(server, server.adminEmail, adminPassword))).body.data;
    expect(await variants(b)).toEqual(await variants(a));
  });

  it('a request filed on one instance is disposed through the other, and each shows the whole trail', async () => {
    const [a, b] = servers as [Server, Server];
    const opd = await login(a, 'opd.demo@example.go.id', shared.ALUR_DEMO_PASSWORD);
    const filed = await call(a, '/alur/requests', opd, { variant: 'sumbawa', title: 'Dua instans', documents: [{ key: 'surat-permohonan' }] });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const id = String(filed.body.data['id']);
    const kadis = await login(b, 'kadis.demo@example.go.id', shared.ALUR_DEMO_PASSWORD);
    const disposed = await call(b, `/alur/requests/${id}/events`, kadis, { type: 'DISPOSE', instruction: 'Lanjut' });
    expect(disposed.status, JSON.stringify(disposed.body)).toBe(200);
    const trail = (await call(a, `/alur/requests/${id}`, opd)).body.data['timeline'] as { event: string }[];
    expect(trail.map((e) => e.event)).toEqual(['START', 'SUBMIT', 'DISPOSE']);
  });
});
