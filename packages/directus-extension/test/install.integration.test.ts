// The extension as an admin of an existing Directus gets it (docs/guides/install-extension.md):
// `pnpm pack` of this package (what `npm publish` uploads), then, in a new project folder that
// holds nothing of Alur's, (a) `npm install <tarball>` (Directus loads every dependency of the
// project's package.json whose manifest has `directus:extension`) and (b) the unpacked package
// copied into `extensions/` (EXTENSIONS_PATH). Each time the installed Directus 12.4.0 runs
// bootstrap, `directus alur provision` (a CLI command the extension adds, so it was found) and
// start, on SQLite and a free loopback port, and the test checks the endpoint, the portal, the
// Studio side and the provisioned collections. Nothing is downloaded (the tarball has no
// dependencies; npm runs with --offline).
import { execFileSync, spawn } from 'node:child_process';
import { builtinModules, createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinSopDefinitions } from '@alur/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collections, SCHEMA_VERSION } from '../src/provision/schema.js';
import { freePort } from './support.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const directusDir = dirname(createRequire(join(packageDir, 'package.json')).resolve('directus/package.json'));
const directusCli = join(directusDir, 'cli.js');
const source = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Manifest;
const ADMIN = { email: 'admin@example.com', password: 'install-test-123' };

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  keywords?: string[];
  license?: string;
  engines?: Record<string, string>;
  files?: string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  'directus:extension': { type: string; host: string; path: { app: string; api: string }; entries: { name: string }[] };
}

let work = '';
let tarball = '';

/** The bare module names a built file imports (`import … from 'x'`, `import 'x'`, `import('x')`). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const names = [
    ...code.matchAll(/^\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm),
  ].map((m) => m[1] ?? m[2] ?? m[3]!);
  return [...new Set(names.filter((name) => !name.startsWith('.') && !name.startsWith('/')))].sort();
}

/** `directus <args>` in the project folder, with only the settings given (none of the test run's DB_*, ALUR_*, REDIS*). */
function directusEnv(project: string, port: number): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(DB_|ALUR_|REDIS|EXTENSIONS_|PACKAGE_FILE_LOCATION$|CONFIG_PATH$|PUBLIC_URL$|PORT$|HOST$|SECRET$|ADMIN_)/.test(key),
    ),
  );
  return {
    ...inherited,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DB_CLIENT: 'sqlite3',
    DB_FILENAME: join(project, 'data.db'),
    STORAGE_LOCATIONS: 'local',
    STORAGE_LOCAL_ROOT: join(project, 'uploads'),
    SECRET: 'install-test-secret-0123456789abcdef',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    TELEMETRY: 'false',
    LOG_LEVEL: 'warn',
    LOG_STYLE: 'raw',
    RATE_LIMITER_ENABLED: 'false',
    // A bundle that fails to load stops Directus instead of leaving it running without Alur.
    EXTENSIONS_MUST_LOAD: 'true',
  };
}

function directus(args: string[], project: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [directusCli, ...args], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`directus ${args.join(' ')} exited ${code}:\n${output.slice(-4000)}`))));
  });
}

/**
 * `fetch`, again while Directus sheds load right after starting (its pressure limiter answers 503
 * with Retry-After on a busy machine); Alur's own 503s carry no Retry-After and are returned.
 */
async function settled(url: string, init?: RequestInit): Promise<Response> {
  for (let tries = 1; ; tries += 1) {
    const res = await fetch(url, init);
    if (res.status !== 503 || !res.headers.has('retry-after') || tries === 20) return res;
    await new Promise((resolve) => setTimeout(resolve, Math.min(2, Math.max(0.5, Number(res.headers.get('retry-after')) || 0.5)) * 1000));
  }
}

/**
 * Bootstrap (once) and start Directus in `project`; returns its address and how to stop it.
 * `provision: 'cli'` runs `directus alur provision` first, as an admin may; `'start'` leaves it to
 * the server's start; `'off'` starts with ALUR_AUTO_PROVISION=false and provisions nothing.
 */
async function runDirectus(project: string, provision: 'cli' | 'start' | 'off') {
  const port = await freePort();
  const env = { ...directusEnv(project, port), ...(provision === 'off' ? { ALUR_AUTO_PROVISION: 'false' } : {}) };
  mkdirSync(join(project, 'uploads'), { recursive: true });
  if (!existsSync(join(project, 'data.db'))) await directus(['bootstrap'], project, env);
  if (provision === 'cli') await directus(['alur', 'provision'], project, env);
  const child = spawn(process.execPath, [directusCli, 'start'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  child.stdout.on('data', (chunk) => logs.push(String(chunk)));
  child.stderr.on('data', (chunk) => logs.push(String(chunk)));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Directus exited while starting:\n${logs.join('').slice(-4000)}`);
    try {
      if ((await (await fetch(`${url}/server/ping`)).text()) === 'pong') break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Directus did not answer within 120 s:\n${logs.join('').slice(-4000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // Provisioning on start runs once the server listens: wait for Alur to answer.
  while (provision === 'start' && (await settled(`${url}/alur/health`)).status === 503 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, logs, stop };
}

/** What an admin checks after installing (the guide's "Check that it works"), plus the Studio side and the provisioned collections. */
async function checkInstalled(url: string, expected: { source: 'module' | 'local'; folder: string }) {
  const health = await settled(`${url}/alur/health`);
  expect(health.status).toBe(200);
  const body = (await health.json()) as { status: string; schemaVersion: number; variants: string[] };
  expect(body.status).toBe('ok');
  expect(body.schemaVersion).toBe(SCHEMA_VERSION);
  expect([...body.variants].sort()).toEqual(builtinSopDefinitions.map((sop) => sop.id).sort());

  const portal = await settled(`${url}/alur/portal/`);
  const page = await portal.text();
  // On a failure, what answered (the portal missing, load shedding, …) says why.
  expect({ status: portal.status, page: portal.status === 200 ? 'ok' : page }).toEqual({ status: 200, page: 'ok' });
  expect(portal.headers.get('content-type')).toMatch(/^text\/html/);
  expect(page).toContain('<title>Alur');

  const login = await settled(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  expect(login.status).toBe(200);
  const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
  const get = async <T>(path: string) => {
    const res = await settled(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status, path).toBe(200);
    return ((await res.json()) as { data: T }).data;
  };

  // Directus lists the bundle once, from where it was found, with each of its entries.
  const extensions =
    await get<
      {
        id: string;
        bundle: string | null;
        meta: { source: string; folder: string };
        schema: { name: string; version: string; type: string; host: string } | null;
      }[]
    >('/extensions');
  const bundles = extensions.filter((extension) => extension.schema?.name === source.name && extension.bundle === null);
  expect(bundles).toHaveLength(1);
  const bundle = bundles[0]!;
  expect(bundle.meta).toMatchObject(expected);
  expect(bundle.schema).toMatchObject({ version: source.version, type: 'bundle', host: source['directus:extension'].host });
  expect(
    extensions
      .filter((extension) => extension.bundle === bundle.id)
      .map((entry) => entry.meta.folder)
      .sort(),
  ).toEqual(source['directus:extension'].entries.map((entry) => entry.name).sort());
  expect(extensions).toHaveLength(1 + source['directus:extension'].entries.length);

  // The Studio loads the app side (module, displays, interface, panels, the operation's form) from here.
  const app = await settled(`${url}/extensions/sources/index.js`, { headers: { authorization: `Bearer ${token}` } });
  expect(app.status).toBe(200);
  const appCode = await app.text();
  for (const id of ['alur', 'alur-send-event', 'alur-alerts', 'alur-sop-roles']) expect(appCode).toContain(`id: "${id}"`);

  // Provisioning made every collection of the schema (Directus' own tables and FTS tables aside).
  const made = (await get<{ collection: string; meta: unknown }[]>('/collections?limit=-1'))
    .filter((c) => c.collection.startsWith('alur_') && c.meta !== null)
    .map((c) => c.collection);
  expect(made.sort()).toEqual(collections.map((c) => c.collection).sort());
  const roles = await get<{ name: string }[]>('/roles?limit=-1&fields=name');
  expect(roles.map((role) => role.name)).toContain('Alur Admin');
  expect((await get<unknown[]>('/items/alur_sop_variants?fields=id&limit=-1')).length).toBe(builtinSopDefinitions.length);
}

// Packing and two Directus starts take about a minute; nothing here depends on the time zone.
describe.skipIf(process.env['ALUR_TEST_REPEAT'] === '1')('the extension installed into an existing Directus 12', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'alur-install-'));
    const packs = join(work, 'packs');
    mkdirSync(packs);
    execFileSync('pnpm', ['pack', '--pack-destination', packs], { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] });
    const [file] = readdirSync(packs);
    tarball = join(packs, file!);
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('is a Directus extension package whose files need nothing else at run time', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listing).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/README.md',
        'package/LICENSE',
        'package/dist/api.js',
        'package/dist/app.js',
        'package/dist/portal/index.html',
      ]),
    );
    // Sources, tests and what only `npm start` uses stay out.
    expect(listing.filter((file) => !/^package\/(package\.json|README\.md|LICENSE|dist\/(api\.js|app\.js|portal\/.+))$/.test(file))).toEqual([]);

    const packed = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as Manifest;
    // Directus 12 loads a dependency whose manifest has `directus:extension`, whatever its name; the
    // `directus-extension-` prefix and keyword are what the Marketplace registry and npm search expect.
    expect(packed.name).toMatch(/^(@[a-z0-9-]+\/)?directus-extension-[a-z0-9-]+$/);
    expect(packed.private).toBeUndefined();
    expect(packed.keywords).toContain('directus-extension');
    expect(packed.license).toBe('Apache-2.0');
    expect(packed.engines?.['node']).toBe('>=22');
    // The SDK bundles @alur/core, @alur/forms, luxon, zod, busboy, … into dist/api.js: nothing to install.
    expect(packed.dependencies ?? {}).toEqual({});
    expect(packed.peerDependencies ?? {}).toEqual({});
    const options = packed['directus:extension'];
    expect(options).toMatchObject({ type: 'bundle', path: { api: 'dist/api.js', app: 'dist/app.js' } });
    // The host range starts at the Directus version the tests run (the one tested).
    const installed = (JSON.parse(readFileSync(join(directusDir, 'package.json'), 'utf8')) as { version: string }).version;
    expect(options.host).toBe(`^${installed}`);

    const unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
    // The API side imports Node's own modules only; the app side only what the Studio shares with extensions.
    expect(importsOf(join(unpacked, 'package', 'dist', 'api.js')).filter((name) => !name.startsWith('node:') && !builtinModules.includes(name))).toEqual([]);
    expect(
      importsOf(join(unpacked, 'package', 'dist', 'app.js')).filter(
        (name) => !['@directus/extensions-sdk', 'vue', 'vue-router', 'vue-i18n', 'pinia'].includes(name),
      ),
    ).toEqual([]);
  });

  it('npm install <package> in the Directus project: loaded from its package.json, provisioned when the server starts, answering', {
    timeout: 240_000,
  }, async () => {
    const project = join(work, 'npm-project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'existing-directus', private: true, version: '1.0.0' }, null, 2));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', '--loglevel=error', tarball], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toEqual([source.name]);
    // Nothing else came with it.
    expect(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['@alur']);
    const server = await runDirectus(project, 'start');
    try {
      await checkInstalled(server.url, { source: 'module', folder: source.name });
    } catch (error) {
      console.log(server.logs.join('').slice(-4000));
      throw error;
    } finally {
      await server.stop();
    }
  });

  it('the unpacked package copied into extensions/: with ALUR_AUTO_PROVISION=false a clear 503 until `directus alur provision`, then answering', {
    timeout: 300_000,
  }, async () => {
    const project = join(work, 'copy-project');
    // Not `extensions/alur`: a folder named like one of the bundle's entries (the endpoint `alur`) makes
    // Directus 12.4 mistake that entry's settings row for the bundle's, add a second set of entry rows
    // under it and answer GET /extensions with a 500 (ExtensionsService.readAll), depending on row order.
    const folder = join(project, 'extensions', 'directus-extension-alur');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'existing-directus', private: true, version: '1.0.0' }, null, 2));
    execFileSync('tar', ['-xzf', tarball, '-C', folder, '--strip-components=1']);
    const waiting = await runDirectus(project, 'off');
    try {
      const [id, en] = [await settled(`${waiting.url}/alur/health`), await settled(`${waiting.url}/alur/health?lang=en`)];
      expect([id.status, en.status]).toEqual([503, 503]);
      expect(((await id.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
        /^Alur belum terpasang di Directus ini: .*`npx directus alur provision`/,
      );
      expect(((await en.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/^Alur is not set up on this Directus yet: /);
      expect(waiting.logs.join('')).toContain('jalankan `npx directus alur provision`');
    } finally {
      await waiting.stop();
    }
    const server = await runDirectus(project, 'cli');
    try {
      await checkInstalled(server.url, { source: 'local', folder: 'directus-extension-alur' });
    } catch (error) {
      console.log(server.logs.join('').slice(-4000));
      throw error;
    } finally {
      await server.stop();
    }
  });
});
