// The service benchmark: Alur's endpoints against the same Directus' bare item API; the list /
// inbox / report at a small and a large number of stored requests; the SLA sweep after a calendar
// save with all of them open; and, on Postgres with Redis (DB_CLIENT=pg, REDIS), one instance
// against two on the same database. Prints figures and ratios only (no thresholds).
// `node bench/service.bench.mjs [--quick]`, or `npm run bench:service` (SQLite, then Postgres + Redis).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDirectus } from '../scripts/directus-runtime.mjs';
import { seedRequests, serviceDb } from './seed-requests.mjs';

const quick = process.argv.includes('--quick');
/** `--sweep <n>`: only the sweep after a calendar save, with n stored requests. */
const sweepOnly = process.argv.includes('--sweep') ? Number(process.argv[process.argv.indexOf('--sweep') + 1]) : undefined;
const CLIENTS = 50;
/** Operations per write/read phase, and per list/inbox/report measurement. */
const OPS = quick ? 300 : 900;
const READS = quick ? 150 : 500;
/** Alternating rounds per side in the Alur-versus-bare comparison. */
const ROUNDS = 3;
/** Stored requests at the two scale points. */
const SMALL = quick ? 1000 : 1000;
const LARGE = quick ? 5000 : 100_000;
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

/** One call to the service (or to another instance: `base`); throws on a non-2xx answer. */
async function call(method, path, as, body, base = server.url) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(as ? { authorization: `Bearer ${tokens.get(as)}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : {};
}

/** What every instance shares (several instances sign each other's tokens and decrypt each other's secrets). */
const sharedEnv = {
  ...dbEnv,
  LOG_LEVEL: 'error',
  RATE_LIMITER_ENABLED: 'false',
  SECRET: randomUUID() + randomUUID(),
  ALUR_SECRETS_KEY: randomUUID().replaceAll('-', '') + randomUUID().replaceAll('-', ''),
  ALUR_DEMO_PASSWORD: `bench-${randomUUID()}`,
};

async function boot() {
  server = await startDirectus({ dataDir, port, demo: true, testClock: CLOCK, env: sharedEnv });
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

/** The machine's CPU time so far (Linux /proc/stat): busy and total jiffies over all cores. */
function cpuTimes() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const total = fields.reduce((sum, value) => sum + value, 0);
    return { busy: total - fields[3] - (fields[4] ?? 0), total };
  } catch {
    return undefined;
  }
}

/** How busy the machine's cores were while `work` ran (0–1), beside its result. */
async function busyWhile(work) {
  const before = cpuTimes();
  const result = await work();
  const after = cpuTimes();
  return { result, busy: before && after ? (after.busy - before.busy) / Math.max(1, after.total - before.total) : undefined };
}

/** Several `load` results as one. */
const merge = (results) => summary(results.flatMap((r) => r.runs));

const fmt = (r) => `${r.rps.toFixed(0).padStart(5)} req/s  p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms`;

/** Stops the service, seeds stored requests up to `total` by SQL (see seed-requests.mjs), starts it again (which counts them into the tallies). */
async function seedTo(total) {
  await server.stop();
  const db = serviceDb(dataDir);
  try {
    await seedRequests(db, total, { pg });
  } finally {
    await db.destroy();
  }
  await boot();
  if (pg) {
    // The start's recount rewrote every row: vacuum now, as autovacuum would within minutes in a service,
    // or counts read the heap instead of the index (5× slower at 100k) and the figures describe a moment, not a state.
    const after = serviceDb(dataDir);
    await after.raw('vacuum analyze alur_requests, alur_step_visits, alur_sla_tallies').finally(() => after.destroy());
  }
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

/**
 * A calendar save makes every open request due at once; the sweep then re-checks them all. Times
 * the sweep calls until none is due (each call sweeps batch after batch for up to 50 s).
 */
async function sweepAfterCalendarSave() {
  const db = serviceDb(dataDir);
  try {
    const open = Number((await db('alur_requests').whereNot('phase', 'done').count({ n: '*' }))[0].n);
    const [calendar] = (await call('GET', '/items/alur_calendars?limit=1&fields=id,description', 'admin')).data;
    const started = performance.now();
    await call('PATCH', `/items/alur_calendars/${calendar.id}`, 'admin', { description: `${calendar.description ?? ''} ` });
    // Directus runs the save's action (which marks every open request due) just after answering.
    const unmarked = async () => Number((await db('alur_requests').whereNot('phase', 'done').whereNull('sla_next_check').count({ n: '*' }))[0].n);
    while ((await unmarked()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const savedAt = (await db('alur_requests').whereNot('phase', 'done').max({ at: 'sla_next_check' }))[0].at;
    let checked = 0;
    let calls = 0;
    for (let more = true; more; calls += 1) {
      // A busy database answers 503 with Retry-After (nothing changed): try again, as a client should.
      const swept = await call('POST', '/alur/sla/sweep', 'admin', {}).then(
        (answer) => answer.data,
        async (error) => {
          if (!String(error.message).includes(': 503 ')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 1000));
          return { checked: 0, more: true };
        },
      );
      checked += swept.checked;
      more = swept.more;
    }
    // The calls end when they find nothing left to claim; the scheduled sweep may still be writing
    // its last batch. The sweep is done when no request is held either (claims last 2 minutes at most).
    const held = async () => Number((await db('alur_requests').whereNotNull('sla_claim_until').count({ n: '*' }))[0].n);
    for (const until = performance.now() + 150_000; (await held()) > 0 && performance.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 20));
    const seconds = (performance.now() - started) / 1000;
    const left = Number((await db('alur_requests').whereNot('phase', 'done').where('sla_next_check', '<=', savedAt).count({ n: '*' }))[0].n);
    // The service's own sweep (every minute) takes its share meanwhile: the rate counts every request swept.
    console.log(
      `\nSweep SLA setelah kalender disimpan (after a calendar save): ${open} permohonan terbuka (open) dalam ${seconds.toFixed(1)} s, ${((open - left) / seconds).toFixed(0)} per detik; ${checked} lewat ${calls} panggilan (through the calls), sisanya oleh sweep terjadwal (the rest by the scheduled sweep); tersisa jatuh tempo (left due): ${left}`,
    );
  } finally {
    await db.destroy();
  }
}

/**
 * One instance against two on the same Postgres with Redis: the same filings and reads at
 * `CLIENTS`, all sent to the first instance, or spread over both (as a proxy would), in
 * alternating rounds. The load generator runs on the same machine.
 */
async function oneVersusTwo(letter) {
  const secondDir = mkdtempSync(join(tmpdir(), 'alur-bench-b-'));
  const second = await startDirectus({ dataDir: secondDir, port: await freePort(), demo: true, testClock: CLOCK, env: sharedEnv });
  try {
    const bases = (spread) => (i) => (spread && i % 2 ? second.url : server.url);
    const ids = [];
    const sides = { one: { create: [], read: [], busy: [] }, two: { create: [], read: [], busy: [] } };
    const per = Math.ceil(OPS / ROUNDS);
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const side of ['one', 'two']) {
        const base = bases(side === 'two');
        const { busy } = await busyWhile(async () => {
          const from = ids.length;
          sides[side].create.push(
            await load(per, async (i) =>
              ids.push((await call('POST', '/alur/requests', 'opd', { ...letter, title: `Skala ${side} ${r}-${i}` }, base(i))).data.id),
            ),
          );
          sides[side].read.push(await load(READS, (i) => call('GET', `/alur/requests/${ids[from + (i % per)]}`, 'kadis', undefined, base(i))));
        });
        if (busy !== undefined) sides[side].busy.push(busy);
      }
    }
    const busy = (side) =>
      sides[side].busy.length ? ` (CPU mesin sibuk ${((100 * sides[side].busy.reduce((a, b) => a + b, 0)) / sides[side].busy.length).toFixed(0)}%)` : '';
    console.log(
      `\nSatu vs dua instans (one vs two instances), Postgres + Redis, ${CLIENTS} klien, ${availableParallelism()} inti CPU (cores) untuk semuanya (for everything); rasio = req/s dua / req/s satu:`,
    );
    for (const kind of ['create', 'read']) {
      const one = merge(sides.one[kind]);
      const two = merge(sides.two[kind]);
      console.log(
        `  ${kind.padEnd(7)} satu ${fmt(one)}\n  ${''.padEnd(7)} dua  ${fmt(two)}\n  ${''.padEnd(7)} rasio (ratio) ${(two.rps / one.rps).toFixed(2)}×`,
      );
    }
    console.log(`  Beban CPU (machine CPU busy, all processes: instances, Postgres, Redis, this load generator): satu${busy('one')}, dua${busy('two')}`);
  } finally {
    await second.stop();
    rmSync(secondDir, { recursive: true, force: true });
  }
}

/** The whole benchmark after the first start. */
async function everything() {
  // A plain collection (Directus adds an auto-increment id), then its fields.
  await call('POST', '/collections', 'admin', { collection: 'bench_items', schema: {}, meta: { hidden: true } });
  for (const [field, type] of [
    ['title', 'string'],
    ['n', 'integer'],
    ['data', 'json'],
  ])
    await call('POST', '/fields/bench_items', 'admin', { field, type, schema: {}, meta: {} });
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
    console.log(
      `  ${name.padEnd(7)} alur ${fmt(alur)}\n  ${''.padEnd(7)} bare ${fmt(bare)}\n  ${''.padEnd(7)} rasio (ratio) ${(alur.rps / bare.rps).toFixed(2)}×`,
    );
  }

  if (pg && process.env.REDIS) await oneVersusTwo(letter);
  console.log(`\nDaftar / kotak masuk / laporan (list / inbox / report) pada ${SMALL} lalu ${LARGE} permohonan tersimpan.`);
  console.log(
    'Catatan (note): permohonan di atas yang dibuat lewat HTTP disalin langsung di basis data (SQL) untuk mengisi sisanya (seeded by copying real rows with new ids, dates and fields).',
  );
  await seedTo(SMALL);
  const small = await scalePoint(`${SMALL} tersimpan`);
  await seedTo(LARGE);
  const large = await scalePoint(`${LARGE} tersimpan`);
  console.log(`\nRasio p95 ${LARGE} / ${SMALL} (ratio of p95):`);
  for (const name of Object.keys(small)) console.log(`  ${name.padEnd(13)} ${(large[name].p95 / small[name].p95).toFixed(2)}×`);
  await sweepAfterCalendarSave();
}

try {
  console.log(
    `alur bench:service ${quick ? '(--quick) ' : ''}— ${CLIENTS} klien serentak (concurrent clients), ${pg ? `Postgres${process.env.REDIS ? ' + Redis' : ''}` : 'SQLite'}, data di ${dataDir}`,
  );
  await boot();
  if (sweepOnly) {
    // Only the sweep after a calendar save, at the size given (`--sweep 100000`).
    await seedTo(sweepOnly);
    await sweepAfterCalendarSave();
  } else await everything();
} finally {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
