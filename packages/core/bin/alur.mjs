#!/usr/bin/env node
// The `alur` command. The CLI itself lives in src/cli.ts and is built to dist/cli.js.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(built)) {
  console.error('alur: paket @alur/core belum dibangun; jalankan `npm run build` dulu (not built yet: run `npm run build`)');
  process.exit(2);
}
// Output piped into `head` and the like: stop quietly when the reader has gone.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import(built.href);
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
process.exitCode = await main(process.argv.slice(2), {
  now: () => new Date(),
  version,
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileSync(path, text),
});
