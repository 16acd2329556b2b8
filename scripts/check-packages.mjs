#!/usr/bin/env node
// The npm packages as a developer gets them: packs @alur/core and @alur/forms (pnpm pack, which
// writes the published exports map and dependency ranges), checks the tarballs with publint and
// are-the-types-wrong, installs them with npm into an empty project and runs each README's
// example there, once as ESM and once as CommonJS, comparing what it prints with the README.
// Exits 1 on any problem. Part of `npm test`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packages = ['core', 'forms'];
const work = mkdtempSync(join(tmpdir(), 'alur-packages-'));
let failed = 0;

const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
function check(label, fn) {
  try {
    fn();
    console.log(`alur: ${label}: ok`);
  } catch (error) {
    failed += 1;
    console.error(`alur: ${label}: GAGAL (failed)\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout || error.stderr ? '' : error.message}`);
  }
}

/** The README's example (```js consumer) and the output it documents (```text consumer-output). */
function example(readme) {
  const code = /```js consumer\n([\s\S]*?)```/.exec(readme)?.[1];
  const output = /```text consumer-output\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!code || !output) throw new Error('README has no example marked `js consumer` with its `text consumer-output`');
  return { code, output };
}

/** The same example for `require`: its import lines become require calls. */
const asCommonJs = (code) => code.replace(/^import \{([^}]+)\} from '([^']+)';$/gm, (_, names, from) => `const {${names}} = require('${from}');`);

const packs = join(work, 'packs');
mkdirSync(packs);
for (const name of packages) run('pnpm', ['pack', '--pack-destination', packs], { cwd: join(root, 'packages', name) });
const tarballs = readdirSync(packs).map((file) => join(packs, file));
const bin = (tool) => join(root, 'node_modules', '.bin', tool);
for (const tarball of tarballs) {
  check(`publint ${tarball.split('/').pop()}`, () => run(bin('publint'), ['run', tarball, '--strict']));
  check(`are-the-types-wrong ${tarball.split('/').pop()}`, () => run(bin('attw'), [tarball, '--format', 'ascii']));
}

// A new project that installs the tarballs from npm's point of view, with zod as its own dependency.
const app = join(work, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'alur-consumer', private: true, version: '1.0.0' }));
const zod = /\n {2}zod: \^?([^\n]+)\n/.exec(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8'))?.[1] ?? '4';
check('npm install of the packed packages', () => run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, `zod@${zod}`], { cwd: app }));
for (const name of packages) {
  const { code, output } = example(readFileSync(join(root, 'packages', name, 'README.md'), 'utf8'));
  writeFileSync(join(app, `${name}.mjs`), code);
  writeFileSync(join(app, `${name}.cjs`), asCommonJs(code));
  for (const file of [`${name}.mjs`, `${name}.cjs`]) {
    check(`README example of @alur/${name} (${file.endsWith('.mjs') ? 'ESM' : 'CommonJS'})`, () => {
      const printed = run(process.execPath, [file], { cwd: app, env: { ...process.env, TZ: 'America/New_York' } });
      if (printed !== output) throw Object.assign(new Error('output differs'), { stdout: `expected:\n${output}got:\n${printed}` });
    });
  }
}

rmSync(work, { recursive: true, force: true });
if (failed) {
  console.error(`alur: ${failed} pemeriksaan paket gagal (package checks failed)`);
  process.exit(1);
}
