import { defineConfig } from 'tsup';

// Directus loads dist/api.js (Node) and dist/app.js (browser); everything, workspace packages
// included, is bundled in.
export default defineConfig([
  { entry: { api: 'src/api.ts', 'demo-users': 'src/demo-users.ts' }, format: ['esm'], platform: 'node', target: 'node22', noExternal: [/.*/], clean: true, splitting: false },
  { entry: { app: 'src/app.ts' }, format: ['esm'], platform: 'browser', target: 'es2022', splitting: false },
]);
