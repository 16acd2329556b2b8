import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from 'tsup';

type ExportTarget = { source?: string } | string;

/**
 * tsup options for a workspace package whose build entries follow from the `source`
 * condition of its `exports` map, so the entry list is kept in one place.
 */
export function packageBuild(dir: string, overrides: Options = {}): Options {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    exports: Record<string, ExportTarget>;
  };
  const entry: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string' || !target.source) continue;
    const name = subpath === '.' ? 'index' : subpath.slice(2);
    entry[name] = target.source;
  }
  return {
    entry,
    // ESM for `import`, CommonJS for `require` (each with its own declarations: .d.ts, .d.cts).
    format: ['esm', 'cjs'],
    target: 'es2022',
    platform: 'neutral',
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    ...overrides,
  };
}
