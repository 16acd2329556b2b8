import { defineConfig } from 'tsup';

// The bundle itself (dist/api.js, dist/app.js) is built by the Directus extensions SDK
// (`directus-extension build`); this builds only what the start script and the tests import
// from it: the demo users, for the logins `npm start` prints.
export default defineConfig({
  entry: { 'demo-users': 'src/demo-users.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node22',
  noExternal: [/.*/],
  splitting: false,
});
