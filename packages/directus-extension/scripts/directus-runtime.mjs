// Starts a real Directus 12 with the Alur bundle: used by `npm start` and the integration tests.
// bootstrap (idempotent) → `directus alur provision` → `directus start`, then waits for /server/ping.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const directusCli = join(dirname(createRequire(join(packageDir, 'package.json')).resolve('directus/package.json')), 'cli.js');

/** A value kept in a file under the data folder, made once (the same on every start). */
function kept(dataDir, name, make) {
  const file = join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, make(), { mode: 0o600 });
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}

/** Copies the built bundle where Directus looks for extensions (never a pnpm symlink). */
function installBundle(dataDir) {
  const dist = join(packageDir, 'dist', 'api.js');
  if (!existsSync(dist)) throw new Error('alur: bundle belum dibangun; jalankan `npm run build` (bundle not built)');
  // Not `extensions/alur`: a folder named like one of the bundle's entries (the endpoint `alur`) can make
  // Directus 12.4 list the bundle twice. Earlier versions of this script used that name: it goes.
  rmSync(join(dataDir, 'extensions', 'alur'), { recursive: true, force: true });
  const target = join(dataDir, 'extensions', 'directus-extension-alur');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(packageDir, 'dist'), join(target, 'dist'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  writeFileSync(
    join(target, 'package.json'),
    JSON.stringify(
      { name: 'directus-extension-alur', version: manifest.version, type: 'module', 'directus:extension': manifest['directus:extension'] },
      null,
      2,
    ),
  );
}

/** Where Directus' output goes: kept in `logs` (last lines for errors) and, when given, copied to `output`. */
function capture(child, logs, output) {
  for (const [stream, target] of [
    [child.stdout, output?.stdout],
    [child.stderr, output?.stderr],
  ]) {
    stream.on('data', (chunk) => {
      logs.push(String(chunk));
      if (logs.length > 100_000) logs.splice(0, logs.length - 100_000);
      target?.write(chunk);
    });
  }
}

function run(args, env, logs, output) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [directusCli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    capture(child, logs, output);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`directus ${args.join(' ')} exited ${code}:\n${logs.slice(-20).join('')}`))));
  });
}

/**
 * `directus bootstrap`. Its migrations are not safe to run twice at once: instances started
 * together on one empty shared database (Postgres, MySQL) may see one fail on what the other
 * created. It is idempotent, so a failed run is retried after a short random wait; once the
 * other instance is done, it finds the database installed.
 */
async function bootstrap(env, logs, output, attempts = 5) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run(['bootstrap'], env, logs, output);
    } catch (error) {
      if (env.DB_CLIENT === 'sqlite3' || attempt >= attempts) throw error;
      logs.push(`alur: bootstrap gagal, dicoba lagi (bootstrap failed, retrying ${attempt}/${attempts - 1})\n`);
      await new Promise((resolve) => setTimeout(resolve, 1000 + Math.random() * 2000));
    }
  }
}

/**
 * Tests start many Directus instances on fresh SQLite folders with the same options: the folder
 * as `bootstrap` and `alur provision` leave it is kept once per set of options (and bundle
 * build) and copied for the next start, which then only runs `directus start`. Only for
 * SQLite, a fresh folder, and a demo seeded at a fixed test clock (else its data would depend
 * on when it was made). Returns the template folder to use or to fill, or `undefined`.
 */
function templateOf(dataDir, options) {
  const { demo, testClock, adminEmail, adminPassword, env } = options;
  // The settings provisioning reads (e-mail, ports, limits and log levels do not change what it writes).
  const settings = Object.fromEntries(
    Object.entries({ ...process.env, ...env }).filter(([key]) => /^(ALUR_|DB_|ADMIN_|SECRET$|TZ$)/.test(key) && key !== 'ALUR_TEST_TEMPLATES'),
  );
  if ((settings.DB_CLIENT ?? 'sqlite3') !== 'sqlite3' || existsSync(join(dataDir, 'alur.sqlite')) || (demo && typeof testClock !== 'string')) return undefined;
  const dist = join(packageDir, 'dist');
  const build = readdirSync(dist, { recursive: true })
    .sort()
    .map((file) => {
      const stat = statSync(join(dist, String(file)));
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    });
  const key = createHash('sha256')
    .update(JSON.stringify({ demo: Boolean(demo), testClock, adminEmail, adminPassword, settings, build }))
    .digest('hex')
    .slice(0, 24);
  return join(packageDir, 'node_modules', '.cache', 'alur-directus-templates', key);
}

/** Keeps a provisioned data folder as a template (the bundle excluded), whole or not at all. */
function keepTemplate(dataDir, template) {
  if (existsSync(template)) return;
  const partial = `${template}.${process.pid}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(dataDir, partial, { recursive: true, filter: (source) => !source.startsWith(join(dataDir, 'extensions')) });
  try {
    renameSync(partial, template);
  } catch {
    rmSync(partial, { recursive: true, force: true }); // another run kept it first
  }
}

/** Alur's defaults for Directus settings the environment does not give (every one can be overridden). */
export const DEFAULTS = {
  HOST: '127.0.0.1',
  PORT: '8055',
  ADMIN_EMAIL: 'admin@example.go.id',
  // Bodies over this get 413 (Directus' own default is 1mb; Alur's payloads are small JSON).
  MAX_PAYLOAD_SIZE: '256kb',
  // Directus' per-IP rate limiter on every request: memory store for one instance, Redis when configured (REDIS_DEFAULTS).
  RATE_LIMITER_ENABLED: 'true',
  RATE_LIMITER_STORE: 'memory',
  RATE_LIMITER_POINTS: '100',
  RATE_LIMITER_DURATION: '1',
  // Proxy headers are ignored unless the operator says a proxy is in front (IP_TRUST_PROXY=loopback, …).
  IP_TRUST_PROXY: 'false',
  LOG_LEVEL: 'info',
  TELEMETRY: 'false',
  STORAGE_LOCATIONS: 'local',
  EMAIL_TRANSPORT: 'sendmail',
};

/**
 * Directus settings that share state between instances through Redis, used when Redis is configured
 * (`REDIS=redis://…` or `REDIS_HOST`, …; Directus' own test, `REDIS_ENABLED=false` turns it off):
 * the system and permission caches, the rate limiter's counters and the synchronisation store
 * (Directus' own jobs run once), and the messenger that tells every instance of a schema or
 * permission change. Each can still be overridden.
 */
export const REDIS_DEFAULTS = {
  CACHE_STORE: 'redis',
  RATE_LIMITER_STORE: 'redis',
  SYNCHRONIZATION_STORE: 'redis',
};

/** Whether the settings configure Redis, by Directus' own rule (`redisConfigAvailable`). */
export function redisConfigured(settings) {
  if ('REDIS_ENABLED' in settings) return settings.REDIS_ENABLED === 'true';
  return Object.keys(settings).some((key) => key === 'REDIS' || key.startsWith('REDIS_'));
}

/** Keeps the data folder and the SQLite file to the service's user (0700, 0600). */
function protect(dataDir, env) {
  chmodSync(dataDir, 0o700);
  if (env.DB_CLIENT !== 'sqlite3' || !env.DB_FILENAME) return;
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    if (existsSync(env.DB_FILENAME + suffix)) chmodSync(env.DB_FILENAME + suffix, 0o600);
  }
}

/**
 * Starts Directus on `dataDir` (SQLite there unless DB_* variables are given).
 * Settings come from, in order: the options (`port`, `host`, `adminEmail`, `adminPassword`,
 * `logLevel`), then `env`, then the process environment, then {@link DEFAULTS}; only `SECRET`
 * and `ADMIN_PASSWORD` are made when missing, once, and kept in `<dataDir>/secret` and
 * `<dataDir>/admin-password` (0600). The data folder is kept 0700 and the SQLite file 0600.
 * With `demo`, also seeds the demo office, one API user per role (password kept in
 * `<dataDir>/demo-password`) and demo requests. With `testClock`, admins may set the service's
 * clock (`PUT /alur/test/clock`), for tests only; an ISO instant as `testClock` also starts the
 * clock there, before the first SLA sweep. With `output` (`{ stdout, stderr }`), Directus' own
 * log lines are copied there as they come (`LOG_STYLE` pretty on a terminal, JSON otherwise).
 * `exited` resolves with `{ code, signal }` when the Directus process ends, for whatever reason.
 * `template` (tests; default: `ALUR_TEST_TEMPLATES=1`) reuses a fresh folder provisioned
 * before with the same options instead of provisioning again (see `templateOf`).
 * @returns {Promise<{ url: string, publicUrl: string, adminEmail: string, adminPassword: string, adminPasswordGiven: boolean, demoPassword: string | undefined, logs: string[], exited: Promise<{ code: number | null, signal: string | null }>, stop(): Promise<void>, kill(): void }>}
 */
export async function startDirectus({
  dataDir,
  port,
  host,
  adminEmail,
  adminPassword,
  logLevel,
  env = {},
  demo = false,
  testClock = false,
  output,
  template = process.env.ALUR_TEST_TEMPLATES === '1',
}) {
  const given = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined && value !== ''));
  const templateDir = template ? templateOf(dataDir, { demo, testClock, adminEmail, adminPassword, env }) : undefined;
  const fromTemplate = templateDir !== undefined && existsSync(templateDir);
  if (fromTemplate) cpSync(templateDir, dataDir, { recursive: true });
  mkdirSync(join(dataDir, 'uploads'), { recursive: true, mode: 0o700 });
  installBundle(dataDir);
  const passwordGiven = adminPassword ?? given.ADMIN_PASSWORD;
  const password = passwordGiven ?? kept(dataDir, 'admin-password', () => randomBytes(12).toString('base64url'));
  // Instances sharing one database share the demo password: given in the environment, it wins.
  const demoPassword = demo ? (given.ALUR_DEMO_PASSWORD ?? kept(dataDir, 'demo-password', () => randomBytes(9).toString('base64url'))) : undefined;
  const listen = { HOST: host ?? given.HOST ?? DEFAULTS.HOST, PORT: String(port ?? given.PORT ?? DEFAULTS.PORT) };
  // Where this process reaches Directus: a wildcard address is reached on loopback.
  const reachable = ['0.0.0.0', '::', ''].includes(listen.HOST) ? '127.0.0.1' : listen.HOST;
  const url = `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${listen.PORT}`;
  const interactive = Boolean(output?.stdout?.isTTY);
  const fullEnv = {
    ...DEFAULTS,
    ...(redisConfigured(given) ? REDIS_DEFAULTS : {}),
    LOG_STYLE: interactive ? 'pretty' : 'raw',
    DB_CLIENT: 'sqlite3',
    DB_FILENAME: join(dataDir, 'alur.sqlite'),
    STORAGE_LOCAL_ROOT: join(dataDir, 'uploads'),
    PUBLIC_URL: url,
    ...given,
    ...(logLevel && !given.LOG_LEVEL ? { LOG_LEVEL: logLevel } : {}),
    ...listen,
    SECRET: given.SECRET ?? kept(dataDir, 'secret', () => randomBytes(32).toString('hex')),
    // Encrypts form secrets at rest: give the same key to every instance, and keep it with the backups.
    ALUR_SECRETS_KEY: given.ALUR_SECRETS_KEY ?? kept(dataDir, 'secrets-key', () => randomBytes(32).toString('hex')),
    ADMIN_EMAIL: adminEmail ?? given.ADMIN_EMAIL ?? DEFAULTS.ADMIN_EMAIL,
    ADMIN_PASSWORD: password,
    EXTENSIONS_PATH: join(dataDir, 'extensions'),
    EXTENSIONS_MUST_LOAD: 'true',
    ...(demoPassword ? { ALUR_DEMO_PASSWORD: demoPassword } : {}),
    ...(testClock ? { ALUR_TEST_CLOCK: 'true' } : {}),
    ...(typeof testClock === 'string' ? { ALUR_TEST_CLOCK_START: testClock } : {}),
  };
  if (fullEnv.DB_CLIENT !== 'sqlite3') delete fullEnv.DB_FILENAME;
  // The portal's own page for setting a new password: Directus mails links only to addresses on this list.
  fullEnv.PASSWORD_RESET_URL_ALLOW_LIST ??= `${fullEnv.PUBLIC_URL.replace(/\/+$/, '')}/alur/portal/sandi-baru`;
  const logs = [];
  protect(dataDir, fullEnv);
  if (!fromTemplate) {
    await bootstrap(fullEnv, logs, output);
    protect(dataDir, fullEnv);
    await run(['alur', 'provision', ...(demo ? ['--demo'] : [])], fullEnv, logs, output);
    if (templateDir) keepTemplate(dataDir, templateDir);
  }
  const child = spawn(process.execPath, [directusCli, 'start'], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  capture(child, logs, output);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`alur: Directus berhenti saat mulai (Directus exited while starting):\n${logs.slice(-20).join('')}`);
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
    publicUrl: fullEnv.PUBLIC_URL,
    adminEmail: fullEnv.ADMIN_EMAIL,
    adminPassword: password,
    adminPasswordGiven: passwordGiven !== undefined,
    demoPassword,
    logs,
    exited,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill() {
      child.kill('SIGKILL');
    },
  };
}
