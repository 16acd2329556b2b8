import { defineConfig } from 'tsup';

// Directus loads dist/api.js (Node) and dist/app.js (browser); everything, workspace packages
// included, is bundled in. CommonJS dependencies (busboy) require Node's own modules: the ESM
// bundle gets a real `require` for them.
export default defineConfig([
  { entry: { api: 'src/api.ts', 'demo-users': 'src/demo-users.ts' }, format: ['esm'], platform: 'node', target: 'node22', noExternal: [/.*/], clean: true, splitting: false, banner: { js: "import { createRequire as alurCreateRequire } from 'node:module'; const require = alurCreateRequire(import.meta.url);" } },
  { entry: { app: 'src/app.ts' }, format: ['esm'], platform: 'browser', target: 'es2022', splitting: false },
]);
