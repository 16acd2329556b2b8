// `npm start`: Alur on Directus with an embedded SQLite under <repo>/data (kept between runs),
// with the demo office, users and requests (ALUR_DEMO=false leaves them out).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDirectus } from './directus-runtime.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const port = Number(process.env.PORT ?? 8055);
const passthrough = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('DB_')));
const demo = process.env.ALUR_DEMO !== 'false';
const server = await startDirectus({ dataDir: join(repo, 'data'), port, env: passthrough, demo });
const { demoUsers } = await import('../dist/demo-users.js');
console.log(`
Alur berjalan (running): ${server.url}
  Studio: ${server.url}/admin
  Admin:  ${server.adminEmail} / ${server.adminPassword}   (disimpan di data/admin-password)
  Cek:    ${server.url}/alur/health`);
if (demo) {
  console.log(`
Pengguna demo (API saja, tanpa kursi Studio; demo users, API only), kata sandi ${server.demoPassword}:`);
  for (const user of demoUsers()) console.log(`  ${user.email.padEnd(44)} ${user.office.padEnd(16)} ${user.roles.join(', ')}`);
  console.log(`  Contoh: curl -s ${server.url}/auth/login -H 'content-type: application/json' -d '{"email":"kadis.demo@example.go.id","password":"${server.demoPassword}"}'`);
}
const { warnings = [] } = await (await fetch(`${server.url}/alur/health`)).json();
if (warnings.length) console.log(`\nPERHATIAN (warnings, English at ${server.url}/alur/health):`);
for (const warning of warnings) console.log(`  - ${warning.id}`);
console.log('\nTekan Ctrl+C untuk berhenti (press Ctrl+C to stop).');
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
