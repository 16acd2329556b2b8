// Copies the built portal (packages/portal/dist) into the bundle (dist/portal), where the
// endpoint serves it from; `tsup` cleans dist first, so this runs after it.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const from = join(here, '..', '..', 'portal', 'dist');
const to = join(here, '..', 'dist', 'portal');
if (!existsSync(join(from, 'index.html'))) {
  console.error('alur: portal belum dibangun (packages/portal/dist missing); build @alur/portal first');
  process.exit(1);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
console.log(`alur: portal disalin ke (copied to) ${to}`);
