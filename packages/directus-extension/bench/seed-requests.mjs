// Seeds stored requests for sizing and benchmarks, straight into the database (HTTP writes one by
// one would take hours at 100k): the requests already there (made through the API, with their
// step-visit rows) are copied with new ids, titles, letter numbers, offices and dates spread back
// over time, until `total` are stored. Run it while the service is stopped; its next start counts
// the copies into the SLA tallies (as an upgrade from schema v3 does).
//
//   node bench/seed-requests.mjs <total> [--data <folder>]     (DB_* in the environment for Postgres)
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import knex from 'knex';

/** A knex on the service's database: Postgres from DB_*, else the SQLite file in `dataDir`. */
export function serviceDb(dataDir, env = process.env) {
  return knex(
    env.DB_CLIENT === 'pg'
      ? {
          client: 'pg',
          connection: { host: env.DB_HOST, port: Number(env.DB_PORT ?? 5432), user: env.DB_USER, password: env.DB_PASSWORD, database: env.DB_DATABASE },
        }
      : {
          client: 'sqlite3',
          connection: { filename: join(dataDir, 'alur.sqlite') },
          useNullAsDefault: true,
          // Reads beside a running service wait for its writes (a calendar save marks every open request at once).
          pool: { afterCreate: (connection, done) => connection.run('PRAGMA busy_timeout = 60000', done) },
        },
  );
}

const shift = (value, ms) =>
  value === null || value === undefined ? null : new Date(new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value).getTime() - ms);

/**
 * Copies the stored requests until `total` are stored (nothing when there are that many already).
 * Done copies are spread back over time (a week of requests every ~1,400); open ones keep their
 * dates, as a service's open requests are recent. Returns how many were added.
 */
export async function seedRequests(db, total, { pg = db.client.config.client === 'pg' } = {}) {
  const templates = await db('alur_requests').select();
  if (templates.length === 0) throw new Error('alur: tidak ada permohonan untuk disalin (no request to copy): file some first');
  const visits = await db('alur_step_visits').select();
  const byRequest = new Map();
  for (const v of visits) byRequest.set(v.request, [...(byRequest.get(v.request) ?? []), v]);
  const have = templates.length;
  const offices = ['dinkes-demo', 'disdik-demo'];
  const json = (value) => (value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value));
  for (let i = have; i < total; i += 500) {
    const rows = [];
    const visitRows = [];
    for (let k = i; k < Math.min(total, i + 500); k += 1) {
      const t = templates[k % templates.length];
      const id = randomUUID();
      const back = t.phase === 'done' ? k * 7 * 60_000 : 0;
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
        // Not due until something makes them so (a calendar save does: every open request is re-checked).
        sla_next_check: null,
        sla_claim_until: null,
        // Counted into the daily SLA tallies when the service starts.
        sla_tally: null,
        ...(pg ? { snapshot: json(t.snapshot), form: json(t.form), secrets: json(t.secrets) } : {}),
      });
      for (const v of byRequest.get(t.id) ?? []) {
        visitRows.push({
          ...v,
          id: `${id}:${v.step}:${v.visit}`,
          request: id,
          office: offices[k % 2],
          started_at: shift(v.started_at, back),
          completed_at: shift(v.completed_at, back),
          deadline: shift(v.deadline, back),
        });
      }
    }
    await db.transaction(async (trx) => {
      // SQLite takes at most 999 bound values per statement: small chunks there.
      const chunk = pg ? 200 : 25;
      for (let r = 0; r < rows.length; r += chunk) await trx('alur_requests').insert(rows.slice(r, r + chunk));
      for (let r = 0; r < visitRows.length; r += chunk * 2) await trx('alur_step_visits').insert(visitRows.slice(r, r + chunk * 2));
    });
  }
  // The copies have no part in the SLA tallies yet: provisioning again counts them (as an upgrade from schema v3 does).
  if (total > have) await db('alur_meta').where({ key: 'schema_version' }).update({ value: '3' });
  // After a bulk load, as after any: fresh planner statistics and visibility map (autovacuum would get there later).
  if (pg && total > have) await db.raw('vacuum analyze alur_requests, alur_step_visits');
  return Math.max(0, total - have);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { data: { type: 'string' } } });
  const total = Number(positionals[0]);
  if (!Number.isInteger(total) || total < 1) {
    console.error('pemakaian (usage): node bench/seed-requests.mjs <jumlah-permohonan> [--data <folder-data>]');
    process.exit(2);
  }
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  const db = serviceDb(resolve(repo, values.data ?? (process.env.ALUR_DATA_DIR || 'data')));
  try {
    const added = await seedRequests(db, total);
    console.log(
      `alur: ${added} permohonan disalin; mulai layanan lagi agar dihitung ke rekap SLA (copied; start the service to count them into the SLA tallies)`,
    );
  } finally {
    await db.destroy();
  }
}
