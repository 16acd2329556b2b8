#!/usr/bin/env node
// The npm packages as a developer gets them: packs @alur/core and @alur/forms (pnpm pack, which
// writes the published exports map and dependency ranges), checks the tarballs with publint and
// are-the-types-wrong, installs them with npm into an empty project and runs each README's
// example there, once as ESM and once as CommonJS, comparing what it prints with the README.
// Exits 1 on any problem. Part of `npm test`.
import { execFileSync } from 'node:child_process';
import { build, transformSync } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
check('npm install of the packed packages', () =>
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, `zod@${zod}`], { cwd: app }),
);
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

// Every TypeScript and JavaScript sample of the guides and READMEs, run in that project against
// the packed packages: a sample marked `continued` (```ts continued) runs after the one before it
// in the same file; a ```text output block right after a sample is what it must print.
const guides = [
  'README.md',
  ...['docs/guides', 'docs/panduan'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((file) => file.endsWith('.md'))
      .map((file) => `${dir}/${file}`),
  ),
  ...['packages', 'examples'].flatMap((dir) => readdirSync(join(root, dir)).map((name) => `${dir}/${name}/README.md`)),
].filter((file) => existsSync(join(root, file)));
let samples = 0;
for (const file of guides) {
  const text = readFileSync(join(root, file), 'utf8');
  const blocks = [...text.matchAll(/^```(ts|js)( continued)?\n([\s\S]*?)^```\n(?:\n?```text output\n([\s\S]*?)^```\n)?/gm)];
  let previous = '';
  let previousPrinted = '';
  blocks.forEach((block, index) => {
    const [, lang, continued, code, output] = block;
    const line = text.slice(0, block.index).split('\n').length;
    const program = continued ? `${previous}\n${code}` : code;
    previous = program;
    samples += 1;
    check(`sample ${file}:${line}`, () => {
      const js = lang === 'ts' ? transformSync(program, { loader: 'ts', format: 'esm' }).code : program;
      const path = join(app, `sample-${file.replace(/[^a-z0-9]+/gi, '-')}-${index + 1}.mjs`);
      writeFileSync(path, js);
      const whole = run(process.execPath, [path], { cwd: app, env: { ...process.env, TZ: 'America/New_York' } });
      // A continued sample prints what the one before it printed, then its own.
      const printed = continued && whole.startsWith(previousPrinted) ? whole.slice(previousPrinted.length) : whole;
      previousPrinted = whole;
      if (output !== undefined && printed !== output) throw Object.assign(new Error('output differs'), { stdout: `expected:\n${output}got:\n${printed}` });
    });
  });
}
console.log(`alur: ${samples} code samples in ${guides.length} guides and READMEs run`);

// The `alur` commands in their shell blocks, run with the packed package's bin from a folder that
// sees the repository's examples: a `# ...` line right under a command is what it prints (JSON is
// compared as JSON, so it may wrap); a ```csv file=<name> block is written first as that file.
const cliDir = join(work, 'cli');
mkdirSync(cliDir);
symlinkSync(join(root, 'examples'), join(cliDir, 'examples'));
const texts = guides.map((file) => [file, readFileSync(join(root, file), 'utf8')]);
for (const [, text] of texts) {
  for (const [, name, content] of text.matchAll(/^```\w+ file=(\S+)\n([\s\S]*?)^```\n/gm)) writeFileSync(join(cliDir, name), content);
}
/** A command line's words, as a POSIX shell splits them (quotes, no expansion). */
const words = (line) => [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]);
const alurBin = join(app, 'node_modules', '@alur', 'core', 'bin', 'alur.mjs');
let commands = 0;
for (const [file, text] of texts) {
  for (const block of text.matchAll(/^```sh\n([\s\S]*?)^```\n/gm)) {
    const lines = block[1].replace(/\\\n\s*/g, '').split('\n');
    lines.forEach((line, index) => {
      const command = /^(?:pnpm exec alur|npm run alur --|alur) (.*?)(?:\s+#.*)?$/.exec(line);
      if (!command) return;
      const expected = [];
      for (let next = index + 1; next < lines.length && /^#\s/.test(lines[next]); next++) expected.push(lines[next].replace(/^#\s/, ''));
      const where = text.slice(0, block.index).split('\n').length + 1 + index;
      commands += 1;
      check(`command ${file}:${where} alur ${command[1]}`, () => {
        const printed = run(process.execPath, [alurBin, ...words(command[1])], { cwd: cliDir, env: { ...process.env, TZ: 'America/New_York' } });
        if (expected.length === 0) return;
        const wanted = expected.join('\n');
        let same;
        try {
          same = JSON.stringify(JSON.parse(printed)) === JSON.stringify(JSON.parse(expected.join('')));
        } catch {
          same = printed.trimEnd() === wanted;
        }
        if (!same) throw Object.assign(new Error('output differs'), { stdout: `expected:\n${wanted}\ngot:\n${printed}` });
      });
    });
  }
}
console.log(`alur: ${commands} alur commands of the guides and READMEs run`);

// What an app ships for the calendar engine alone: the same calls bundled (esbuild, minified, for
// the browser) from the main entry and from `@alur/core/calendar`, whose path must not hold zod.
const bundled = {};
for (const entry of ['@alur/core', '@alur/core/calendar']) {
  const source = `import { computeDeadline, getCalendar } from '${entry}';\nconsole.log(computeDeadline(getCalendar('sumbawa'), new Date(), '3-5 hari kerja'));\n`;
  try {
    const result = await build({
      stdin: { contents: source, resolveDir: app },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // Bytes each package contributes to the minified output.
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs);
    const share = (name) => inputs.filter(([path]) => path.includes(`node_modules/${name}/`)).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
    const loaded = Object.keys(result.metafile.inputs).some((path) => path.includes('node_modules/zod/'));
    bundled[entry] = { bytes: result.outputFiles[0].contents.length, loaded, zod: share('zod'), luxon: share('luxon'), astronomy: share('astronomy-engine') };
  } catch (error) {
    bundled[entry] = { error };
  }
}
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
for (const [entry, size] of Object.entries(bundled)) {
  if (size.error) {
    failed += 1;
    console.error(`alur: bundle of ${entry}: GAGAL (failed)\n${size.error.message}`);
  } else {
    console.log(
      `alur: bundle of ${entry} (computeDeadline, getCalendar; minified): ${kB(size.bytes)}, of which zod ${kB(size.zod)}, luxon ${kB(size.luxon)}, astronomy-engine ${kB(size.astronomy)}; zod ${size.loaded ? 'is' : 'is not'} on its import path`,
    );
  }
}
const calendarOnly = bundled['@alur/core/calendar'];
if (calendarOnly && (calendarOnly.loaded || calendarOnly.zod > 0)) {
  failed += 1;
  console.error('alur: @alur/core/calendar pulls in zod: GAGAL (failed)');
}

rmSync(work, { recursive: true, force: true });
if (failed) {
  console.error(`alur: ${failed} pemeriksaan paket gagal (package checks failed)`);
  process.exit(1);
}
