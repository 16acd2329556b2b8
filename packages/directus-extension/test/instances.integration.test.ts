import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { startDirectus } from '../scripts/directus-runtime.mjs';
import { freePort } from './support.js';

// Several Directus instances on one Postgres database and one Redis (issue "Scale-out and
// operations"): started together on an empty database they all come up (Directus' bootstrap is
// not safe to run twice at once; the runtime retries it); a request filed on one is acted on
// through the other; a permission changed through one holds on the other within a second;
// conflicting events split over both let exactly one through; the SLA sweep running on both
// alerts each breach once; and when one is killed mid-burst, every acknowledged write is there
// and the other keeps serving. Runs in `npm test`'s Postgres pass with a Redis of its own
// (DB_CLIENT=pg and REDIS, see scripts/test-services.sh); on SQLite there is nothing to share.

interface Server {
  url: string;
  adminEmail: string;
  stop(): Promise<void>;
  kill(): void;
  exited: Promise<unknown>;
}
interface Reply {
  status: number;
  body: { data: Record<string, unknown> & Record<string, unknown>[] };
}

const shared = process.env['DB_CLIENT'] === 'pg' && Boolean(process.env['REDIS']);

describe.skipIf(!shared)('two instances on one Postgres and one Redis', { timeout: 240_000 }, () => {
  const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'alur-instance-')));
  let servers: Server[] = [];
  // What every instance must share: the token secret, the form-secrets key, the admin and demo passwords.
  const env = {
    SECRET: randomBytes(32).toString('hex'),
    ALUR_SECRETS_KEY: randomBytes(32).toString('hex'),
    ALUR_DEMO_PASSWORD: `demo-${randomBytes(6).toString('hex')}`,
    LOG_LEVEL: 'warn',
    RATE_LIMITER_POINTS: '100000',
    PRESSURE_LIMITER_ENABLED: 'false',
  };
  const adminPassword = `admin-${randomBytes(6).toString('hex')}`;
  const tokens = new Map<string, string>();

  /** A token for `who` (`admin` or a demo user's first name: `opd`, `kadis`, …), signed in through `server`. */
  const token = async (server: Server, who: string): Promise<string> => {
    const key = `${server.url} ${who}`;
    if (tokens.has(key)) return tokens.get(key)!;
    const [email, password] = who === 'admin' ? [server.adminEmail, adminPassword] : [`${who}.demo@example.go.id`, env.ALUR_DEMO_PASSWORD];
    const res = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(res.status, `login ${email}`).toBe(200);
    const value = ((await res.json()) as { data: { access_token: string } }).data.access_token;
    tokens.set(key, value);
    return value;
  };
  const call = async (server: Server, path: string, who: string, init: { method?: string; body?: unknown } = {}): Promise<Reply> => {
    const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${await token(server, who)}`, 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : { data: {} } };
  };
  const file = (server: Server, title: string) =>
    call(server, '/alur/requests', 'opd', { body: { variant: 'sumbawa', title, documents: [{ key: 'surat-permohonan' }] } });

  beforeAll(async () => {
    // Both at once, on the same empty database.
    servers = (await Promise.all(
      dirs.map(async (dataDir) => startDirectus({ dataDir, port: await freePort(), demo: true, testClock: '2026-07-06T09:00:00+08:00', adminPassword, env })),
    )) as Server[];
  }, 240_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('both come up from an empty database started together, and answer with the same data', async () => {
    const [a, b] = servers as [Server, Server];
    for (const server of [a, b]) expect(await (await fetch(`${server.url}/server/ping`)).text()).toBe('pong');
    expect((await call(b, '/alur/variants', 'admin')).body.data).toEqual((await call(a, '/alur/variants', 'admin')).body.data);
  });

  it('a request filed on one instance is disposed through the other, and each shows the whole trail', async () => {
    const [a, b] = servers as [Server, Server];
    const filed = await file(a, 'Dua instans');
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const id = String(filed.body.data['id']);
    const disposed = await call(b, `/alur/requests/${id}/events`, 'kadis', { body: { type: 'DISPOSE', instruction: 'Lanjut' } });
    expect(disposed.status, JSON.stringify(disposed.body)).toBe(200);
    const trail = (await call(a, `/alur/requests/${id}`, 'opd')).body.data['timeline'] as { event: string }[];
    expect(trail.map((e) => e.event)).toEqual(['START', 'SUBMIT', 'DISPOSE']);
  });

  it('a permission revoked through one instance is refused by the other within a second, and granted again the same way', async () => {
    const [a, b] = servers as [Server, Server];
    const read = () => call(b, '/items/alur_offices?limit=1', 'opd');
    expect((await read()).status).toBe(200); // B has the permission cached now
    const granted = (await call(a, '/permissions?filter[collection][_eq]=alur_offices&filter[action][_eq]=read&limit=-1', 'admin')).body.data;
    expect(granted.length).toBeGreaterThan(0);
    /** Milliseconds from the change's answer on A until B answers `status` (undefined when B did not within a second). */
    const until = async (status: number) => {
      const from = performance.now();
      while (performance.now() - from < 1000) {
        if ((await read()).status === status) return performance.now() - from;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return undefined;
    };
    expect((await call(a, '/permissions', 'admin', { method: 'DELETE', body: granted.map((p) => p['id']) })).status).toBe(204);
    expect(await until(403), 'B still granted the revoked permission a second later').toBeDefined();
    const again = granted.map(({ id: _id, ...rest }) => rest);
    expect((await call(a, '/permissions', 'admin', { body: again })).status).toBe(200);
    expect(await until(200), 'B still refused the restored permission a second later').toBeDefined();
  });

  it('counts failed logins over both instances: two instances do not give twice the guesses', async () => {
    const [a, b] = servers as [Server, Server];
    const guess = (server: Server) =>
      fetch(`${server.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'tebak@example.go.id', password: 'salah-salah' }),
      });
    // The default is 10 failed logins per account and IP: 5 through each, then the 11th is refused on either.
    for (let i = 0; i < 10; i += 1) expect((await guess(i % 2 ? a : b)).status).toBe(401);
    expect((await guess(a)).status).toBe(429);
    expect((await guess(b)).status).toBe(429);
  });

  it('50 conflicting events split over both instances: exactly one wins, the others get 409', async () => {
    const [a, b] = servers as [Server, Server];
    const filed = await file(b, 'Rebutan');
    expect(filed.status).toBe(201);
    const { id, version } = filed.body.data as unknown as { id: string; version: number };
    await Promise.all([token(a, 'kadis'), token(b, 'kadis')]);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(i % 2 ? a : b, `/alur/requests/${id}/events`, 'kadis', { body: { type: 'DISPOSE', instruction: `Disposisi ${i}`, version } }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    const detail = (await call(a, `/alur/requests/${id}`, 'kadis')).body.data as unknown as { version: number; timeline: { event: string }[] };
    expect(detail.version).toBe(version + 1);
    expect(detail.timeline.filter((entry) => entry.event === 'DISPOSE')).toHaveLength(1);
  });

  it('the SLA sweep running on both instances at once alerts each breach exactly once', async () => {
    const [a, b] = servers as [Server, Server];
    const setClock = (server: Server, at: string) => call(server, '/alur/test/clock', 'admin', { method: 'PUT', body: { at } });
    const filed = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => file(i % 2 ? a : b, `Terlambat ${i}`)));
    const ids = filed.map((reply) => String(reply.body.data['id']));
    const late = new Date(Math.max(...filed.map((reply) => Date.parse(String(reply.body.data['deadline'])))) + 3 * 86_400_000).toISOString();
    for (const server of [a, b]) expect((await setClock(server, late)).status).toBe(200);
    const sweeps = await Promise.all([a, b, a, b, a, b].map((server) => call(server, '/alur/sla/sweep', 'admin', { body: {} })));
    expect(sweeps.map((sweep) => sweep.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const alerts = (await call(a, `/items/alur_sla_alerts?filter[request][_in]=${ids.join(',')}&filter[kind][_eq]=breach&limit=-1`, 'admin')).body.data;
    expect(alerts.map((alert) => alert['request']).sort()).toEqual([...ids].sort());
    const notes = (await call(b, '/alur/notifications?limit=100', 'kadis')).body.data.filter(
      (note) => ids.includes(String(note['item'])) && String(note['subject']).startsWith('Tenggat terlewati'),
    );
    expect(notes.map((note) => note['item']).sort()).toEqual([...ids].sort());
  });

  it('one instance killed mid-burst: every acknowledged filing is kept, and the other keeps serving', async () => {
    const [a, b] = servers as [Server, Server];
    await Promise.all([token(a, 'opd'), token(b, 'opd')]);
    const acknowledged: string[] = [];
    let killed = false;
    // Four writers, each filing one after another, alternating between the instances.
    const writer = async (w: number) => {
      for (let i = 0; i < 15; i += 1) {
        const server = (w + i) % 2 ? a : b;
        try {
          const reply = await file(server, `Semburan ${w}-${i}`);
          if (reply.status === 201) acknowledged.push(String(reply.body.data['id']));
        } catch {
          expect(server).toBe(a); // only the killed instance may fail to answer
        }
        if (!killed && acknowledged.length >= 12) {
          killed = true;
          a.kill();
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    expect(killed).toBe(true);
    await a.exited;
    expect(acknowledged.length).toBeGreaterThan(20);
    const stored = (await call(b, `/alur/requests?limit=100&search=Semburan`, 'admin')).body.data.map((row) => String(row['id']));
    expect(stored).toEqual(expect.arrayContaining(acknowledged));
    const after = await file(b, 'Sesudah');
    expect(after.status).toBe(201);
  });
});
