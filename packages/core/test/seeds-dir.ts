import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the five seed SOP documents (not in the repository): `ALUR_SEEDS_DIR`, else
 * `shared/seeds` beside the checkout or beside any folder above it (the development machine
 * keeps them at `../shared/seeds` from the repository), else `/work/shared/seeds`, where a
 * machine like the development one keeps them for a clone made elsewhere (CI). `undefined`
 * when none exists: the tests that need the texts then say so and skip.
 */
export function seedsDir(): string | undefined {
  const candidates: string[] = [];
  if (process.env['ALUR_SEEDS_DIR']) candidates.push(process.env['ALUR_SEEDS_DIR']);
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    candidates.push(join(dir, 'shared', 'seeds'));
    if (dirname(dir) === dir) break;
  }
  candidates.push('/work/shared/seeds');
  return candidates.find((dir) => existsSync(dir));
}
