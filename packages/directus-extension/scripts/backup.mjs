// Backup and restore of an Alur service (`npm run backup` / `npm run restore`): a consistent
// online copy of the database while the service runs (SQLite: VACUUM INTO, one read transaction;
// Postgres, when DB_CLIENT=pg: pg_dump's custom format, one snapshot), the uploaded files, and
// the secrets the service generated (Directus' SECRET, the form-secrets key, the admin and demo
// passwords), with a manifest of checksums. Restore only into an empty data folder and an empty
// database, after checking every checksum.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The files `npm start` generates and keeps in the data folder (0600): without them a backup cannot be decrypted or signed into. */
const SECRETS = ['secret', 'secrets-key', 'admin-password', 'demo-password'];
const FORMAT = 1;

/** A refusal that changes nothing, in Bahasa Indonesia and English. */
export class BackupError extends Error {
  constructor(id, en) {
    super(`${id} (${en})`);
    this.name = 'BackupError';
  }
}

/** The database a service's settings name: SQLite in the data folder unless `DB_CLIENT=pg`. */
const isPostgres = (env) => env.DB_CLIENT === 'pg' || env.DB_CLIENT === 'postgres';

/** libpq's variables for the DB_* settings (pg_dump, pg_restore and psql read them; the password never shows in `ps`). */
function pgEnv(env) {
  const missing = ['DB_HOST', 'DB_DATABASE', 'DB_USER'].filter((key) => !env[key]);
  if (missing.length) throw new BackupError(`pengaturan Postgres ${missing.join(', ')} tidak ada`, `Postgres settings ${missing.join(', ')} are missing`);
  return {
    ...process.env,
    PGHOST: env.DB_HOST,
    PGPORT: String(env.DB_PORT ?? 5432),
    PGDATABASE: env.DB_DATABASE,
    PGUSER: env.DB_USER,
    PGPASSWORD: env.DB_PASSWORD ?? '',
    PGCONNECT_TIMEOUT: '10',
  };
}

/** Runs a Postgres client tool to its end; a failure is a BackupError with the tool's own words. */
function pgTool(command, args, env) {
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.error?.code === 'ENOENT')
    throw new BackupError(
      `${command} tidak ditemukan; pasang klien Postgres (postgresql-client)`,
      `${command} not found; install the Postgres client tools (postgresql-client)`,
    );
  if (result.status !== 0) throw new BackupError(`${command} gagal: ${(result.stderr || '').trim()}`, `${command} failed`);
  return result.stdout;
}

/** Rows of each table in a pg_dump file, counted from its data without loading it anywhere. */
async function dumpCounts(file, tables) {
  const child = spawn('pg_restore', ['--data-only', ...tables.flatMap((table) => ['--table', table]), '-f', '-', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const counts = Object.fromEntries(tables.map((table) => [table, null]));
  let table;
  for await (const line of createInterface({ input: child.stdout })) {
    if (table === undefined) {
      table = /^COPY public\.(\w+) /.exec(line)?.[1];
      if (table !== undefined) counts[table] = 0;
    } else if (line === '\\.') table = undefined;
    else counts[table] += 1;
  }
  await new Promise((done) => child.on('close', done));
  return counts;
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

/**
 * Backs up the service whose data folder is `dataDir` (and, with `DB_CLIENT=pg` in `env`, whose
 * Postgres database the `DB_*` settings name) into the new folder `target` while it may be
 * running: the database first (one consistent snapshot), then the uploads (files are never
 * changed once written, so every file the snapshot names is there), then the secrets.
 * Returns the manifest written as `target/manifest.json`.
 */
export async function backup({ dataDir, target, now = new Date(), env = process.env }) {
  const postgres = isPostgres(env);
  const database = join(dataDir, 'alur.sqlite');
  if (!postgres && !existsSync(database)) throw new BackupError(`tidak ada basis data SQLite di ${dataDir}`, `no SQLite database in ${dataDir}`);
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new BackupError(`folder cadangan ${target} tidak kosong`, `backup folder ${target} is not empty`);
  mkdirSync(target, { recursive: true, mode: 0o700 });
  chmodSync(target, 0o700);
  try {
    const { file, counts } = postgres ? await dumpPostgres(env, target) : copySqlite(database, target);
    return writeRest({ dataDir, target, now, env, file, counts });
  } catch (error) {
    rmSync(target, { recursive: true, force: true }); // no half backup left behind
    throw error;
  }
}

/** The tables whose rows the manifest counts (shown after the backup, for the operator's eye). */
const COUNTED = { requests: 'alur_requests', events: 'alur_request_events', files: 'directus_files' };

function copySqlite(database, target) {
  const db = new DatabaseSync(database);
  try {
    // Writers wait for the snapshot (their own busy timeout), the snapshot waits for a writer.
    db.exec('PRAGMA busy_timeout = 30000');
    db.exec(`VACUUM INTO '${join(target, 'alur.sqlite').replaceAll("'", "''")}'`);
  } finally {
    db.close();
  }
  const snapshot = new DatabaseSync(join(target, 'alur.sqlite'), { readOnly: true });
  const count = (table) => {
    try {
      return Number(snapshot.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get().n);
    } catch {
      return null; // a folder not provisioned yet
    }
  };
  const counts = Object.fromEntries(Object.entries(COUNTED).map(([name, table]) => [name, count(table)]));
  snapshot.close();
  return { file: 'alur.sqlite', counts };
}

/** pg_dump in its custom format: one snapshot of the whole database, taken while the service runs. */
async function dumpPostgres(env, target) {
  const file = join(target, 'alur.pgdump');
  pgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--file', file], pgEnv(env));
  const tables = await dumpCounts(file, Object.values(COUNTED));
  return { file: 'alur.pgdump', counts: Object.fromEntries(Object.entries(COUNTED).map(([name, table]) => [name, tables[table]])) };
}

/** Where the service keeps uploads: Directus' STORAGE_LOCAL_ROOT (a shared folder with several instances), else the data folder's. */
const uploadsOf = (dataDir, env) => (env.STORAGE_LOCAL_ROOT ? resolve(env.STORAGE_LOCAL_ROOT) : join(dataDir, 'uploads'));

function writeRest({ dataDir, target, now, env, file, counts }) {
  chmodSync(join(target, file), 0o600);
  const uploadsDir = uploadsOf(dataDir, env);
  const uploads = filesUnder(uploadsDir);
  if (uploads.length) cpSync(uploadsDir, join(target, 'uploads'), { recursive: true });
  const secrets = SECRETS.filter((name) => existsSync(join(dataDir, name)));
  for (const name of secrets) {
    cpSync(join(dataDir, name), join(target, name));
    chmodSync(join(target, name), 0o600);
  }
  const manifest = {
    format: FORMAT,
    database: file === 'alur.pgdump' ? 'postgres' : 'sqlite',
    createdAt: now.toISOString(),
    counts,
    files: Object.fromEntries([
      [file, sha256(join(target, file))],
      ...uploads.map((name) => [`uploads/${name}`, sha256(join(target, 'uploads', name))]),
      ...secrets.map((name) => [name, sha256(join(target, name))]),
    ]),
  };
  writeFileSync(join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/**
 * Restores the backup folder `source` into `dataDir`, which must hold no database yet (an
 * existing service is never overwritten). Every checksum is checked before anything is
 * written; then the service starts on `dataDir` as before the backup.
 */
export function restore({ source, dataDir, env = process.env }) {
  const manifestFile = join(source, 'manifest.json');
  if (!existsSync(manifestFile))
    throw new BackupError(`${source} bukan cadangan Alur (manifest.json tidak ada)`, `${source} is not an Alur backup (no manifest.json)`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (manifest.format !== FORMAT) throw new BackupError(`format cadangan ${manifest.format} tidak dikenal`, `unknown backup format ${manifest.format}`);
  for (const [file, sum] of Object.entries(manifest.files)) {
    if (!existsSync(join(source, file)) || sha256(join(source, file)) !== sum)
      throw new BackupError(`berkas cadangan ${file} hilang atau rusak`, `backup file ${file} is missing or damaged`);
  }
  const postgres = manifest.database === 'postgres';
  if (postgres !== isPostgres(env)) {
    throw new BackupError(
      `cadangan ini dari ${postgres ? 'Postgres' : 'SQLite'}, sedangkan pengaturan sekarang ${isPostgres(env) ? 'Postgres' : 'SQLite'} (DB_CLIENT)`,
      `this backup is of ${postgres ? 'Postgres' : 'SQLite'}, the settings now name ${isPostgres(env) ? 'Postgres' : 'SQLite'} (DB_CLIENT)`,
    );
  }
  if (existsSync(join(dataDir, 'alur.sqlite')))
    throw new BackupError(`${dataDir} sudah berisi basis data; pulihkan ke folder kosong`, `${dataDir} already holds a database; restore into an empty folder`);
  const kept = SECRETS.filter((name) => existsSync(join(dataDir, name)));
  if (kept.length)
    throw new BackupError(
      `${dataDir} sudah berisi rahasia layanan (${kept.join(', ')}); pulihkan ke folder kosong`,
      `${dataDir} already holds a service's secrets; restore into an empty folder`,
    );
  if (postgres) {
    const pg = pgEnv(env);
    const tables = Number(pgTool('psql', ['-X', '-tAc', "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"], pg).trim());
    if (tables > 0)
      throw new BackupError(
        `basis data ${env.DB_DATABASE} tidak kosong (${tables} tabel); pulihkan ke basis data kosong`,
        `database ${env.DB_DATABASE} is not empty (${tables} tables); restore into an empty database`,
      );
    // One transaction: a failed restore leaves the database empty, as it was.
    pgTool(
      'pg_restore',
      ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--dbname', env.DB_DATABASE, join(source, 'alur.pgdump')],
      pg,
    );
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const uploadsDir = uploadsOf(dataDir, env);
  for (const file of Object.keys(manifest.files)) {
    if (file === 'alur.pgdump') continue;
    const to = file.startsWith('uploads/') ? join(uploadsDir, file.slice('uploads/'.length)) : join(dataDir, file);
    mkdirSync(dirname(to), { recursive: true, mode: 0o700 });
    cpSync(join(source, file), to);
    if (!file.startsWith('uploads/')) chmodSync(to, 0o600);
  }
  return manifest;
}

// CLI: node scripts/backup.mjs backup <target> | restore <backup>  [--data <folder>]
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { data: { type: 'string' } } });
  const [command, path] = positionals;
  const dataDir = resolve(repo, values.data ?? (process.env.ALUR_DATA_DIR || 'data'));
  try {
    if (command === 'backup' && path) {
      const manifest = await backup({ dataDir, target: resolve(path) });
      console.log(`alur: cadangan di ${resolve(path)}: ${manifest.counts.requests} permohonan, ${Object.keys(manifest.files).length} berkas (backup written)`);
    } else if (command === 'restore' && path) {
      const manifest = restore({ source: resolve(path), dataDir });
      console.log(`alur: dipulihkan ke ${dataDir} dari cadangan ${manifest.createdAt} (restored)`);
    } else {
      console.error('pemakaian (usage): backup <folder-cadangan> | restore <folder-cadangan>  [--data <folder-data>]');
      process.exit(2);
    }
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(`alur: ${error.message}`);
    process.exit(2);
  }
}
