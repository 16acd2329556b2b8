// Starts a real Directus 12 with the Alur bundle: used by `npm start` and the integration tests.
// bootstrap (idempotent) → `directus alur provision` → `directus start`, then waits for /server/ping.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const directusCli = join(dirname(createRequire(join(packageDir, 'package.json')).resolve('directus/package.json')), 'cli.js');

/** A value kept in a file under the data folder, made once (the same on every start). */
function kept(dataDir, name, make) {
  const file = join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, make(), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** Copies the built bundle where Directus looks for extensions (never a pnpm symlink). */
function installBundle(dataDir) {
  const dist = join(packageDir, 'dist', 'api.js');
  if (!existsSync(dist)) throw new Error('alur: bundle belum dibangun; jalankan `npm run build` (bundle not built)');
  const target = join(dataDir, 'extensions', 'alur');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(packageDir, 'dist'), join(target, 'dist'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  writeFileSync(
    join(target, 'package.json'),
    JSON.stringify({ name: 'directus-extension-alur', version: manifest.version, type: 'module', 'directus:extension': manifest['directus:extension'] }, null, 2),
  );
}

function run(args, env, logs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [directusCli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => logs.push(String(chunk)));
    child.stderr.on('data', (chunk) => logs.push(String(chunk)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`directus ${args.join(' ')} exited ${code}:\n${logs.slice(-20).join('')}`))));
  });
}

/**
 * Starts Directus on `dataDir` (SQLite there unless DB_* variables are given in `env`).
 * With `demo`, also seeds the demo office, one API user per role (password kept in
 * `<dataDir>/demo-password`) and demo requests. With `testClock`, admins may set the service's
 * clock (`PUT /alur/test/clock`), for tests only; an ISO instant as `testClock` also starts the
 * clock there, before the first SLA sweep.
 * @returns {Promise<{ url: string, adminEmail: string, adminPassword: string, demoPassword: string | undefined, logs: string[], stop(): Promise<void>, kill(): void }>}
 */
export async function startDirectus({ dataDir, port = 8055, host = '127.0.0.1', adminEmail = 'admin@example.go.id', adminPassword, env = {}, demo = false, testClock = false }) {
  mkdirSync(join(dataDir, 'uploads'), { recursive: true });
  installBundle(dataDir);
  const password = adminPassword ?? kept(dataDir, 'admin-password', () => randomBytes(12).toString('base64url'));
  const demoPassword = demo ? kept(dataDir, 'demo-password', () => randomBytes(9).toString('base64url')) : undefined;
  const url = `http://${host}:${port}`;
  const fullEnv = {
    ...process.env,
    DB_CLIENT: 'sqlite3',
    DB_FILENAME: join(dataDir, 'alur.sqlite'),
    ...env,
    SECRET: env.SECRET ?? kept(dataDir, 'secret', () => randomBytes(32).toString('hex')),
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: password,
    HOST: host,
    PORT: String(port),
    PUBLIC_URL: url,
    EXTENSIONS_PATH: join(dataDir, 'extensions'),
    EXTENSIONS_MUST_LOAD: 'true',
    STORAGE_LOCATIONS: 'local',
    STORAGE_LOCAL_ROOT: join(dataDir, 'uploads'),
    LOG_STYLE: 'raw',
    LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
    TELEMETRY: 'false',
    EMAIL_TRANSPORT: env.EMAIL_TRANSPORT ?? process.env.EMAIL_TRANSPORT ?? 'sendmail',
    ...(demoPassword ? { ALUR_DEMO_PASSWORD: demoPassword } : {}),
    ...(testClock ? { ALUR_TEST_CLOCK: 'true' } : {}),
    ...(typeof testClock === 'string' ? { ALUR_TEST_CLOCK_START: testClock } : {}),
  };
  const logs = [];
  await run(['bootstrap'], fullEnv, logs);
  await run(['alur', 'provision', ...(demo ? ['--demo'] : [])], fullEnv, logs);
  const child = spawn(process.execPath, [directusCli, 'start'], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => logs.push(String(chunk)));
  child.stderr.on('data', (chunk) => logs.push(String(chunk)));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`alur: Directus berhenti saat mulai (Directus exited while starting):\n${logs.slice(-20).join('')}`);
    try {
      const res = await fetch(`${url}/server/ping`);
      if ((await res.text()) === 'pong') break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`alur: Directus tidak menjawab dalam 120 detik (no answer within 120 s):\n${logs.slice(-20).join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    adminEmail,
    adminPassword: password,
    demoPassword,
    logs,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill() {
      child.kill('SIGKILL');
    },
  };
}
