import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { startDirectus } from '../scripts/directus-runtime.mjs';

interface Server {
  url: string;
  adminEmail: string;
  adminPassword: string;
  stop(): Promise<void>;
}

/** A free port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe('Alur on a real Directus 12.4.0 (SQLite, temp folder, random port)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'alur-directus-'));
  let server: Server;
  let token = '';
  const api = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${server.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers } });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown } & Record<string, unknown> };
  };

  beforeAll(async () => {
    server = (await startDirectus({ dataDir, port: await freePort() })) as Server;
    const login = await api('/auth/login', { method: 'POST', body: JSON.stringify({ email: server.adminEmail, password: server.adminPassword }) });
    token = (login.body.data as { access_token: string }).access_token;
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the bundle: /alur/health lists the five variants and the schema version', async () => {
    const health = await api('/alur/health');
    expect(health).toEqual({ status: 200, body: { status: 'ok', schemaVersion: 1, variants: ['sumbar-asap', 'sumbar-sop', 'sumbawa', 'babel', 'kalbar-lpse'] } });
  });

  it('has provisioned the collections and seeded the built-in calendars, holidays, variants and steps', async () => {
    const count = async (collection: string) => {
      const { body } = await api(`/items/${collection}?aggregate[count]=*`);
      return (body.data as { count: number | string }[])[0]!.count;
    };
    expect([await count('alur_calendars'), await count('alur_holidays'), await count('alur_sop_variants'), await count('alur_sop_steps')].map(Number)).toEqual([6, 82, 5, 66]);
    const sumbawa = await api('/items/alur_sop_variants/sumbawa?fields=calendar,steps.step_id,steps.waktu&deep[steps][_sort]=sort');
    const steps = (sumbawa.body.data as { steps: { step_id: string; waktu: string | null }[] }).steps;
    expect(steps.find((s) => s.step_id === 'pengembangan')?.waktu).toBe('Maksimal 35 Hari Kerja');
  });

  it('labels fields in Bahasa Indonesia with English translations', async () => {
    const { body } = await api('/fields/alur_requests/title');
    expect((body.data as { meta: { translations: unknown } }).meta.translations).toEqual([
      { language: 'id-ID', translation: 'Judul' },
      { language: 'en-US', translation: 'Title' },
    ]);
  });

  it('refuses requests without a token on Alur data (no public access)', async () => {
    const saved = token;
    token = '';
    const anonymous = await api('/items/alur_requests');
    token = saved;
    expect(anonymous.status).toBe(403);
  });
});
