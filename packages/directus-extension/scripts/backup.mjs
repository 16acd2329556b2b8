// Backup and restore of an Alur data folder on SQLite (`npm run backup` / `npm run restore`):
// a consistent online copy of the database while the service runs (SQLite's VACUUM INTO, one
// read transaction), the uploaded files, and the secrets the service generated (Directus'
// SECRET, the form-secrets key, the admin and demo passwords), with a manifest of checksums.
// Restore only into an empty data folder, after checking every checksum.
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
 * Backs up the data folder `dataDir` into the new folder `target` while the service may be
 * running: the database first (one consistent snapshot), then the uploads (files are never
 * changed once written, so every file the snapshot names is there), then the secrets.
 * Returns the manifest written as `target/manifest.json`.
 */
export function backup({ dataDir, target, now = new Date() }) {
  const database = join(dataDir, 'alur.sqlite');
  if (!existsSync(database)) throw new BackupError(`tidak ada basis data SQLite di ${dataDir}`, `no SQLite database in ${dataDir}`);
  if (existsSync(target) && readdirSync(target).length > 0) throw new BackupError(`folder cadangan ${target} tidak kosong`, `backup folder ${target} is not empty`);
  mkdirSync(target, { recursive: true, mode: 0o700 });
  chmodSync(target, 0o700);
  try {
    return writeBackup(database, dataDir, target, now);
  } catch (error) {
    rmSync(target, { recursive: true, force: true }); // no half backup left behind
    throw error;
  }
}

function writeBackup(database, dataDir, target, now) {
  const db = new DatabaseSync(database);
  try {
    // Writers wait for the snapshot (their own busy timeout), the snapshot waits for a writer.
    db.exec('PRAGMA busy_timeout = 30000');
    db.exec(`VACUUM INTO '${join(target, 'alur.sqlite').replaceAll("'", "''")}'`);
  } finally {
    db.close();
  }
  chmodSync(join(target, 'alur.sqlite'), 0o600);
  const uploads = filesUnder(join(dataDir, 'uploads'));
  if (uploads.length) cpSync(join(dataDir, 'uploads'), join(target, 'uploads'), { recursive: true });
  const secrets = SECRETS.filter((name) => existsSync(join(dataDir, name)));
  for (const name of secrets) {
    cpSync(join(dataDir, name), join(target, name));
    chmodSync(join(target, name), 0o600);
  }
  const snapshot = new DatabaseSync(join(target, 'alur.sqlite'), { readOnly: true });
  const count = (table) => {
    try {
      return Number(snapshot.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get().n);
    } catch {
      return null; // a folder not provisioned yet
    }
  };
  const counts = { requests: count('alur_requests'), events: count('alur_request_events'), files: count('directus_files') };
  snapshot.close();
  const manifest = {
    format: FORMAT,
    createdAt: now.toISOString(),
    counts,
    files: Object.fromEntries([['alur.sqlite', sha256(join(target, 'alur.sqlite'))], ...uploads.map((file) => [`uploads/${file}`, sha256(join(target, 'uploads', file))]), ...secrets.map((name) => [name, sha256(join(target, name))])]),
  };
  writeFileSync(join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/**
 * Restores the backup folder `source` into `dataDir`, which must hold no database yet (an
 * existing service is never overwritten). Every checksum is checked before anything is
 * written; then the service starts on `dataDir` as before the backup.
 */
export function restore({ source, dataDir }) {
  const manifestFile = join(source, 'manifest.json');
  if (!existsSync(manifestFile)) throw new BackupError(`${source} bukan cadangan Alur (manifest.json tidak ada)`, `${source} is not an Alur backup (no manifest.json)`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (manifest.format !== FORMAT) throw new BackupError(`format cadangan ${manifest.format} tidak dikenal`, `unknown backup format ${manifest.format}`);
  for (const [file, sum] of Object.entries(manifest.files)) {
    if (!existsSync(join(source, file)) || sha256(join(source, file)) !== sum) throw new BackupError(`berkas cadangan ${file} hilang atau rusak`, `backup file ${file} is missing or damaged`);
  }
  if (existsSync(join(dataDir, 'alur.sqlite'))) throw new BackupError(`${dataDir} sudah berisi basis data; pulihkan ke folder kosong`, `${dataDir} already holds a database; restore into an empty folder`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  for (const file of Object.keys(manifest.files)) {
    mkdirSync(join(dataDir, file, '..'), { recursive: true, mode: 0o700 });
    cpSync(join(source, file), join(dataDir, file));
    if (!file.startsWith('uploads/')) chmodSync(join(dataDir, file), 0o600);
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
      const manifest = backup({ dataDir, target: resolve(path) });
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
