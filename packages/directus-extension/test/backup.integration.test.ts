import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feasibilityTest } from '../../forms/test/fixtures.ts';
// @ts-expect-error plain ESM script without types
import { backup, BackupError, restore } from '../scripts/backup.mjs';
import { data, Harness, type PublicRequest } from './harness.js';

// Backup and restore (issue "Scale-out and operations", item 6), on SQLite and (in `npm test`'s
// Postgres pass) on Postgres: a backup taken while requests are filed and acted on holds every
// write acknowledged before it started; restored into an empty folder (and an empty database),
// a new Directus serves those requests, their events, an uploaded file (same bytes) and a form
// secret (decrypted with the restored key).

const h = new Harness('alur-backup-');
const restored = new Harness('alur-restored-');
const backupDir = join(mkdtempSync(join(tmpdir(), 'alur-backup-target-')), 'cadangan');
const clock = '2026-10-06T09:00:00+07:00';
const letter = (title: string) => ({ variant: 'sumbawa', title, documents: [{ key: 'surat-permohonan' }] });
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% cadangan\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const postgres = process.env['DB_CLIENT'] === 'pg';
/** On Postgres the backup is restored into a second, empty database (the test role may create it). */
const spare = `${process.env['DB_DATABASE']}_restored`;
const psql = (sql: string) =>
  execFileSync('psql', ['-X', '-q', '-c', sql], {
    env: {
      ...process.env,
      PGHOST: process.env['DB_HOST'],
      PGPORT: process.env['DB_PORT'],
      PGUSER: process.env['DB_USER'],
      PGPASSWORD: process.env['DB_PASSWORD'],
      PGDATABASE: process.env['DB_DATABASE'],
    },
  });
const restoredEnv: Record<string, string> = postgres ? { DB_DATABASE: spare } : {};

describe(`backup and restore of a running service (${postgres ? 'Postgres' : 'SQLite'})`, () => {
  beforeAll(async () => {
    if (postgres) psql(`CREATE DATABASE ${spare}`);
    await h.boot(clock);
  }, 240_000);
  afterAll(async () => {
    await h.stop();
    await restored.stop();
    if (postgres) psql(`DROP DATABASE IF EXISTS ${spare}`);
    rmSync(join(backupDir, '..'), { recursive: true, force: true });
  });

  const acknowledged: { id: string; events: string[] }[] = [];
  let fileId = '';
  let secretRequest = '';

  it('backs up in the middle of a burst of filings and dispositions; every write acknowledged before it is in the backup', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'surat-cadangan.pdf');
    const uploaded = await fetch(`${h.server.url}/alur/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${h.tokens.get('opd')}` } });
    expect(uploaded.status).toBe(201);
    fileId = ((await uploaded.json()) as { data: { id: string } }).data.id;
    const secret = await h.post(
      '/alur/requests',
      {
        variant: 'babel',
        title: 'Uji kelaikan dicadangkan',
        data: { layanan: 'uji-kelaikan' },
        documents: [{ key: 'surat-permohonan' }, { key: 'formulir-uji-kelayakan', data: feasibilityTest }],
      },
      'opd',
    );
    expect(secret.status, JSON.stringify(secret.body)).toBe(201);
    secretRequest = data<PublicRequest>(secret).id;

    // The burst: filings, each disposed by the Kadis, until the backup has been taken.
    let done = false;
    const burst = (async () => {
      for (let i = 0; !done && i < 200; i += 1) {
        const filed = await h.post('/alur/requests', letter(`Cadangan ${i}`), 'opd');
        expect(filed.status).toBe(201);
        const id = data<PublicRequest>(filed).id;
        const entry = { id, events: ['START', 'SUBMIT'] };
        acknowledged.push(entry);
        const disposed = await h.post(`/alur/requests/${id}/events`, { type: 'DISPOSE', instruction: 'Lanjut' }, 'kadis');
        expect(disposed.status).toBe(200);
        entry.events.push('DISPOSE');
      }
    })();
    while (acknowledged.length < 5) await new Promise((resolve) => setTimeout(resolve, 50));
    // What was acknowledged before the backup starts must be in it (later writes may or may not be).
    const before = acknowledged.map((entry) => ({ id: entry.id, events: [...entry.events] }));
    // The command an operator runs, in its own process while the burst goes on.
    const output = await new Promise<string>((resolve, reject) =>
      // DB_* come from the environment, as they do for the service (npm test's Postgres pass sets them).
      execFile(process.execPath, [join(import.meta.dirname, '../scripts/backup.mjs'), 'backup', backupDir, '--data', h.dataDir], (error, stdout, stderr) =>
        error ? reject(new Error(stderr)) : resolve(stdout),
      ),
    );
    done = true;
    expect(output).toMatch(/^alur: cadangan di .+: \d+ permohonan/);
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')) as { counts: { requests: number }; files: Record<string, string> };
    await burst;
    acknowledged.splice(0, acknowledged.length, ...before);

    expect(manifest.counts.requests).toBeGreaterThanOrEqual(before.length + 1);
    expect(Object.keys(manifest.files)).toEqual(
      expect.arrayContaining([postgres ? 'alur.pgdump' : 'alur.sqlite', 'secret', 'secrets-key', 'admin-password', 'demo-password']),
    );
    expect(Object.keys(manifest.files).filter((file) => file.startsWith('uploads/')).length).toBeGreaterThan(0);
    expect(statSync(backupDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(backupDir, 'secrets-key')).mode & 0o777).toBe(0o600);
    // A second backup into the same (now full) folder is refused and changes nothing.
    await expect(backup({ dataDir: h.dataDir, target: backupDir })).rejects.toThrow(BackupError);
  }, 240_000);

  it('restores only into an empty folder and database, after checking every checksum', () => {
    // Into the running service's own folder (and database): refused, nothing changed.
    expect(() => restore({ source: backupDir, dataDir: h.dataDir })).toThrow(postgres ? /sudah berisi rahasia layanan/ : /sudah berisi basis data/);
    if (postgres) expect(() => restore({ source: backupDir, dataDir: restored.dataDir, env: process.env })).toThrow(/tidak kosong/);
    expect(() => restore({ source: join(backupDir, '..'), dataDir: restored.dataDir })).toThrow(/bukan cadangan Alur/);
    expect(existsSync(join(restored.dataDir, 'secret'))).toBe(false);
    restore({ source: backupDir, dataDir: restored.dataDir, env: { ...process.env, ...restoredEnv } });
    expect(statSync(join(restored.dataDir, 'secrets-key')).mode & 0o777).toBe(0o600);
    if (!postgres) expect(statSync(join(restored.dataDir, 'alur.sqlite')).mode & 0o777).toBe(0o600);
  });

  it('starts on the restored folder and finds every acknowledged request and event, the file and the secret', async () => {
    await h.stop();
    await restored.boot(clock, restoredEnv);
    for (const entry of acknowledged) {
      const detail = data<{ timeline: { event: string }[] }>(await restored.call(`/alur/requests/${entry.id}`, { as: 'opd' }));
      expect(detail.timeline.map((e) => e.event).slice(0, entry.events.length)).toEqual(entry.events);
    }
    const file = await fetch(`${restored.server.url}/alur/files/${fileId}`, { headers: { authorization: `Bearer ${restored.tokens.get('opd')}` } });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    const shown = await restored.post(
      `/alur/requests/${secretRequest}/secrets`,
      { document: 'formulir-uji-kelayakan', reason: 'Pemulihan cadangan' },
      'service-desk',
    );
    expect(shown.status, JSON.stringify(shown.body)).toBe(200);
    expect(data<{ fields: Record<string, string> }>(shown).fields['applicationAccount.password']).toBe(feasibilityTest.applicationAccount.password);
  }, 240_000);
});
