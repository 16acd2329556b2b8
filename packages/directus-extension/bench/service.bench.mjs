// The service benchmark: Alur's endpoints against the same Directus' bare item API, and the
// list / inbox / report at a small and a large number of stored requests. Prints figures and
// ratios only (no thresholds). `node bench/service.bench.mjs [--quick]`, or `npm run bench:service`.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knex from 'knex';
import { startDirectus } from '../scripts/directus-runtime.mjs';

const quick = process.argv.includes('--quick');
const CLIENTS = 50;
/** Operations per write/read phase, and per list/inbox/report measurement. */
const OPS = quick ? 300 : 900;
const READS = quick ? 150 : 500;
/** Alternating rounds per side in the Alur-versus-bare comparison. */
const ROUNDS = 3;
/** Stored requests at the two scale points. */
const SMALL = quick ? 1000 : 1000;
const LARGE = quick ? 5000 : 20000;
const CLOCK = '2026-06-01T09:00:00+07:00';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

const dataDir = mkdtempSync(join(tmpdir(), 'alur-bench-'));
const port = await freePort();
const dbEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('DB_')));
const pg = process.env.DB_CLIENT === 'pg';
let server;
const tokens = new Map();

async function call(method, path, as, body) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(as ? { authorization: `Bearer ${tokens.get(as)}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : {};
}

async function boot() {
  server = await startDirectus({ dataDir, port, demo: true, testClock: CLOCK, env: { ...dbEnv, LOG_LEVEL: 'error', RATE_LIMITER_ENABLED: 'false' } });
  const login = async (who, email, password) => tokens.set(who, (await call('POST', '/auth/login', undefined, { email, password })).data.access_token);
  await login('admin', server.adminEmail, server.adminPassword);
  for (const who of ['opd', 'kadis']) await login(who, `${who}.demo@example.go.id`, server.demoPassword);
}

/** Runs `count` operations with `CLIENTS` in flight; returns req/s and latency percentiles (ms). */
async function load(count, op) {
  return summary([await timed(count, op)]);
}

/** The latencies (ms) and the wall time (s) of `count` operations with `CLIENTS` in flight. */
async function timed(count, op) {
  const times = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t = performance.now();
        await op(i);
        times.push(performance.now() - t);
      }
    }),
  );
  return { times, seconds: (performance.now() - started) / 1000 };
}

/** req/s and latency percentiles (ms) of several timed runs taken together. */
function summary(runs) {
  const times = runs.flatMap((r) => r.times).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { rps: times.length / seconds, p50: at(0.5), p95: at(0.95), runs };
}

/** Several `load` results as one. */
const merge = (results) => summary(results.flatMap((r) => r.runs));

const fmt = (r) => `${r.rps.toFixed(0).padStart(5)} req/s  p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms`;

function knexOf() {
  return knex(
    pg
      ? { client: 'pg', connection: { host: process.env.DB_HOST, port: Number(process.env.DB_PORT ?? 5432), user: process.env.DB_USER, password: process.env.DB_PASSWORD, database: process.env.DB_DATABASE } }
      : { client: 'sqlite3', connection: { filename: join(dataDir, 'alur.sqlite') }, useNullAsDefault: true },
  );
}

const shift = (value, ms) => (value === null || value === undefined ? null : new Date(new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value).getTime() - ms));

/**
 * Seeds stored requests up to `total` by copying the real requests' rows (and their step-visit
 * rows) with new ids, titles, letter numbers, offices and dates spread back over time, straight
 * into the database while Directus is stopped (HTTP writes would take hours at this size); the
 * next start counts the copies into the SLA tallies.
 */
async function seedTo(total) {
  await server.stop();
  const db = knexOf();
  try {
    const templates = await db('alur_requests').select();
    const visits = await db('alur_step_visits').select();
    const byRequest = new Map();
    for (const v of visits) byRequest.set(v.request, [...(byRequest.get(v.request) ?? []), v]);
    const have = templates.length;
    const offices = ['dinkes-demo', 'disdik-demo'];
    for (let i = have; i < total; i += 250) {
      const rows = [];
      const visitRows = [];
      for (let k = i; k < Math.min(total, i + 250); k += 1) {
        const t = templates[k % templates.length];
        const id = randomUUID();
        const back = k * 7 * 60_000; // a week of requests every ~1,400
        rows.push({
          ...t,
          id,
          title: `${t.title} (salinan ${k})`,
          office: offices[k % 2],
          letter_number: `BENCH/${k}/2026`,
          date_created: shift(t.date_created, back),
          date_updated: shift(t.date_updated, back),
          started_at: shift(t.started_at, back),
          deadline: shift(t.deadline, back),
          sla_next_check: null,
          sla_claim_until: null,
          // Counted into the daily SLA tallies when the service starts (see below).
          sla_tally: null,
          ...(pg ? { snapshot: JSON.stringify(t.snapshot), form: t.form === null ? null : JSON.stringify(t.form), secrets: t.secrets === null ? null : JSON.stringify(t.secrets) } : {}),
        });
        for (const v of byRequest.get(t.id) ?? []) {
          visitRows.push({ ...v, id: `${id}:${v.step}:${v.visit}`, request: id, office: offices[k % 2], started_at: shift(v.started_at, back), completed_at: shift(v.completed_at, back), deadline: shift(v.deadline, back) });
        }
      }
      await db.transaction(async (trx) => {
        for (let r = 0; r < rows.length; r += 25) await trx('alur_requests').insert(rows.slice(r, r + 25));
        for (let r = 0; r < visitRows.length; r += 50) await trx('alur_step_visits').insert(visitRows.slice(r, r + 50));
      });
    }
    // The copies have no part in the SLA tallies yet: provisioning again counts them (as an upgrade from schema v3 does).
    await db('alur_meta').where({ key: 'schema_version' }).update({ value: '3' });
  } finally {
    await db.destroy();
  }
  await boot();
}

async function scalePoint(label) {
  const ops = {
    list: () => call('GET', '/alur/requests', 'admin'),
    listFiltered: (i) => call('GET', `/alur/requests?office=dinkes-demo&sort=deadline&page=${1 + (i % 5)}&meta=filter_count`, 'admin'),
    search: (i) => call('GET', `/alur/requests?search=BENCH/${i}/`, 'admin'),
    inbox: () => call('GET', '/alur/inbox', 'kadis'),
    report: () => call('GET', '/alur/reports/sla', 'admin'),
  };
  // Warm up first (a fresh start compiles the variants and fills Directus' caches), unmeasured.
  for (const op of Object.values(ops)) await load(CLIENTS, op);
  const out = {};
  for (const [name, op] of Object.entries(ops)) out[name] = await load(name === 'report' ? Math.ceil(READS / 2) : READS, op);
  for (const [name, r] of Object.entries(out)) console.log(`  ${label.padEnd(16)} ${name.padEnd(13)} ${fmt(r)}`);
  return out;
}

try {
  console.log(`alur bench:service ${quick ? '(--quick) ' : ''}— ${CLIENTS} klien serentak (concurrent clients), ${pg ? 'Postgres' : 'SQLite'}, data di ${dataDir}`);
  await boot();
  // A plain collection (Directus adds an auto-increment id), then its fields.
  await call('POST', '/collections', 'admin', { collection: 'bench_items', schema: {}, meta: { hidden: true } });
  for (const [field, type] of [['title', 'string'], ['n', 'integer'], ['data', 'json']]) await call('POST', '/fields/bench_items', 'admin', { field, type, schema: {}, meta: {} });
  const letter = { variant: 'sumbawa', documents: [{ key: 'surat-permohonan', ref: 'bench' }] };
  const alurIds = [];
  const bareIds = [];
  // Side by side: each kind of work in alternating rounds (Alur, bare, Alur, …), so that a drift of the
  // machine's speed during the run falls on both alike; the figures sum the rounds of each side.
  // Alur writes its visit rows and tallies behind each write: a write round ends with one SLA report call, which
  // writes what is still pending first, and its time counts to Alur's round (never to the next phase).
  const settle = () => call('GET', '/alur/reports/sla', 'admin');
  const rounds = async (alurOp, bareOp, after) => {
    const per = Math.ceil(OPS / ROUNDS);
    const sides = { alur: [], bare: [] };
    for (let r = 0; r < ROUNDS; r += 1) {
      const alur = await load(per, (i) => alurOp(r * per + i));
      if (after) {
        const t = performance.now();
        await after();
        alur.runs[0].seconds += (performance.now() - t) / 1000;
      }
      sides.alur.push(summary(alur.runs));
      sides.bare.push(await load(per, (i) => bareOp(r * per + i)));
    }
    return { alur: merge(sides.alur), bare: merge(sides.bare) };
  };
  const results = {};
  results.create = await rounds(
    async (i) => (alurIds[i] = (await call('POST', '/alur/requests', 'opd', { ...letter, title: `Permohonan bench ${i}` })).data.id),
    async (i) => (bareIds[i] = (await call('POST', '/items/bench_items', 'admin', { title: `Item ${i}`, n: i, data: { step: 'disposisi-kadis' } })).data.id),
    settle,
  );
  results.event = await rounds(
    (i) => call('POST', `/alur/requests/${alurIds[i]}/events`, 'kadis', { type: 'DISPOSE', instruction: 'Lanjut' }),
    (i) => call('PATCH', `/items/bench_items/${bareIds[i]}`, 'admin', { n: i + 1, data: { step: 'disposisi-kabid' } }),
    settle,
  );
  results.read = await rounds(
    (i) => call('GET', `/alur/requests/${alurIds[i]}`, 'kadis'),
    (i) => call('GET', `/items/bench_items/${bareIds[i]}`, 'admin'),
  );
  console.log('\nAlur vs Directus polos (bare item API), rasio = req/s Alur / req/s polos:');
  for (const [name, { alur, bare }] of Object.entries(results)) {
    console.log(`  ${name.padEnd(7)} alur ${fmt(alur)}\n  ${''.padEnd(7)} bare ${fmt(bare)}\n  ${''.padEnd(7)} rasio (ratio) ${(alur.rps / bare.rps).toFixed(2)}×`);
  }

  console.log(`\nDaftar / kotak masuk / laporan (list / inbox / report) pada ${SMALL} lalu ${LARGE} permohonan tersimpan.`);
  console.log('Catatan (note): permohonan di atas yang dibuat lewat HTTP disalin langsung di basis data (SQL) untuk mengisi sisanya (seeded by copying real rows with new ids, dates and fields).');
  await seedTo(SMALL);
  const small = await scalePoint(`${SMALL} tersimpan`);
  await seedTo(LARGE);
  const large = await scalePoint(`${LARGE} tersimpan`);
  console.log(`\nRasio p95 ${LARGE} / ${SMALL} (ratio of p95):`);
  for (const name of Object.keys(small)) console.log(`  ${name.padEnd(13)} ${(large[name].p95 / small[name].p95).toFixed(2)}×`);
} finally {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
