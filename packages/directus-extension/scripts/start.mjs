// `npm start`: Alur on Directus with an embedded SQLite under <repo>/data (ALUR_DATA_DIR to move it;
// kept between runs), with the demo office, users and requests (ALUR_DEMO=false leaves them out).
// Every Directus setting comes from the environment (SECRET, PUBLIC_URL, ADMIN_EMAIL, ADMIN_PASSWORD,
// HOST, PORT, LOG_LEVEL, MAX_PAYLOAD_SIZE, DB_*, …); only a missing SECRET or admin password is made,
// once, and kept under the data folder. Directus' logs are shown as they come (readable on a
// terminal, JSON lines otherwise). When Directus dies, this exits non-zero so a supervisor restarts
// it; Ctrl+C or SIGTERM stops Directus and exits 0.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDirectus } from './directus-runtime.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = resolve(repo, process.env.ALUR_DATA_DIR || 'data');
const demo = process.env.ALUR_DEMO !== 'false';
let stopping = false;
let server;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server?.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
try {
  server = await startDirectus({ dataDir, demo, output: { stdout: process.stdout, stderr: process.stderr }, template: false });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
void server.exited.then(({ code, signal }) => {
  if (stopping) return;
  console.error(`\nalur: Directus berhenti tanpa diminta (Directus stopped unexpectedly): ${signal ? `sinyal ${signal}` : `kode ${code}`}`);
  process.exit(code || 1);
});
if (stopping) await new Promise(() => undefined);
const { demoUsers } = await import('../dist/demo-users.js');
const password = server.adminPasswordGiven ? '(dari ADMIN_PASSWORD; from ADMIN_PASSWORD)' : `${server.adminPassword}   (disimpan di ${dataDir}/admin-password)`;
console.log(`
Alur berjalan (running): ${server.publicUrl}
  Portal: ${server.publicUrl}/alur/portal/   (pemohon OPD dan staf Diskominfo; requesters and staff)
  Studio: ${server.publicUrl}/admin
  Admin:  ${server.adminEmail} / ${password}
  Cek:    ${server.publicUrl}/alur/health`);
if (demo) {
  console.log(`
Pengguna demo (portal dan API, tanpa kursi Studio; demo users, portal and API), kata sandi ${server.demoPassword}:`);
  for (const user of demoUsers()) console.log(`  ${user.email.padEnd(44)} ${user.office.padEnd(16)} ${user.roles.join(', ')}`);
  console.log(
    `  Contoh: curl -s ${server.publicUrl}/auth/login -H 'content-type: application/json' -d '{"email":"kadis.demo@example.go.id","password":"${server.demoPassword}"}'`,
  );
}
try {
  const { warnings = [] } = await (await fetch(`${server.url}/alur/health`)).json();
  if (warnings.length) console.log(`\nPERHATIAN (warnings, English at ${server.publicUrl}/alur/health):`);
  for (const warning of warnings) console.log(`  - ${warning.id}`);
} catch (error) {
  console.error(`alur: /alur/health tidak terbaca (could not read /alur/health): ${error instanceof Error ? error.message : error}`);
}
console.log('\nTekan Ctrl+C untuk berhenti (press Ctrl+C to stop).');
