// `npm start`: Alur on Directus with an embedded SQLite under <repo>/data (kept between runs).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDirectus } from './directus-runtime.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const port = Number(process.env.PORT ?? 8055);
const passthrough = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('DB_')));
const server = await startDirectus({ dataDir: join(repo, 'data'), port, env: passthrough });
console.log(`
Alur berjalan (running): ${server.url}
  Studio: ${server.url}/admin
  Admin:  ${server.adminEmail} / ${server.adminPassword}   (disimpan di data/admin-password)
  Cek:    ${server.url}/alur/health
Tekan Ctrl+C untuk berhenti (press Ctrl+C to stop).`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
