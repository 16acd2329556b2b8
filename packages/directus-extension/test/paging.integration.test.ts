import { join } from 'node:path';
import knex from 'knex';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OFFICES } from '../src/service/demo.js';
import { Harness } from './harness.js';
import { documents } from '../../forms/test/fixtures.ts';

// Paging, filters, sort and search of the lists, the inbox and notifications, and the SLA report
// from visit rows, on a real Directus (SQLite in a temp folder; Postgres with DB_* set).

interface Listed {
  id: string;
  title: string;
  variant: string;
  office: string;
  step: string | null;
  phase: string | null;
  waitingOn: string | null;
  deadline: string | null;
  slaStatus: string | null;
  createdAt: string;
}
interface Visit {
  step: string;
  no: string;
  actor: string;
  status: string;
  running: boolean;
  requesterTime: boolean;
  usedMinutes: number;
  startedAt: string;
}
interface Detail extends Listed {
  documents: { key: string; data?: { letterNumber?: string } }[];
  sla: { steps: Visit[] };
}

const h = new Harness('alur-paging-');
const { call, get, post, setClock, boot } = h;
const pg = process.env['DB_CLIENT'] === 'pg';

/** Every request the caller sees, page by page (100 at a time), in the list's default order. */
async function all(as: string, query = ''): Promise<Listed[]> {
  const out: Listed[] = [];
  for (let page = 1; ; page += 1) {
    const rows = await get<Listed[]>(`/alur/requests?limit=100&page=${page}${query}`, as);
    out.push(...rows);
    if (rows.length < 100) return out;
  }
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
/** ASCII-only lower case, as SQL `lower()` is on SQLite. */
const lower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const byNewest = (a: Listed, b: Listed) => b.createdAt.localeCompare(a.createdAt) || (b.id < a.id ? -1 : 1);

/** Letter numbers of the requests we made (the demo's have none), and the titles' words. */
const letters = new Map<string, string>();
const WORDS = ['Gizi', 'Kepegawaian', 'Arsip', 'zebra', 'Aset'];

beforeAll(async () => {
  await boot('2026-12-01T09:00:00+07:00');
  // 32 requests over ten days: 24 from Dinkes, 8 from Disdik, some with a letter number, some disposed.
  for (let i = 0; i < 32; i += 1) {
    await setClock(
      `2026-12-${String(1 + (i % 10)).padStart(2, '0')}T${String(8 + Math.floor(i / 10)).padStart(2, '0')}:${String(i).padStart(2, '0')}:00+08:00`,
    );
    const who = i % 4 === 3 ? 'opd-disdik' : 'opd';
    const letter = i % 3 === 0 ? `000.${i}/LN${i % 2 ? 'GANJIL' : 'GENAP'}-${i}/${who === 'opd' ? 'Dinkes' : 'Disdik'}/2026` : undefined;
    const surat = letter ? { key: 'surat-permohonan', data: { ...documents['surat-permohonan'], letterNumber: letter } } : { key: 'surat-permohonan' };
    const created = await post(
      '/alur/requests',
      { variant: 'sumbawa', title: `${WORDS[i % WORDS.length]} ${String(i).padStart(2, '0')}`, documents: [surat] },
      who,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { id, version } = created.body.data as { id: string; version: number };
    if (letter) letters.set(id, letter);
    if (i % 5 === 1) expect((await post(`/alur/requests/${id}/events`, { type: 'DISPOSE', instruction: 'Lanjut', version }, 'kadis')).status).toBe(200);
  }
  await setClock('2026-12-14T10:00:00+08:00');
  expect((await post('/alur/sla/sweep', {}, 'admin')).status).toBe(200);
}, 600_000);

afterAll(() => h.stop());

describe('paging, filters, sort and search in SQL', () => {
  it('pages the list: 25 by default, at most 100, 1-based pages, total and filter counts', async () => {
    const everything = await all('admin');
    expect(everything.length).toBe(37); // the demo's five and ours
    expect(everything).toEqual([...everything].sort(byNewest));
    const first = await call('/alur/requests', { as: 'admin' });
    expect(ids(first.body.data as Listed[])).toEqual(ids(everything.slice(0, 25)));
    expect(first.body.meta).toBeUndefined();
    const page = await call('/alur/requests?limit=10&page=2&meta=total_count,filter_count&office=dinkes-demo', { as: 'admin' });
    const dinkes = everything.filter((r) => r.office === 'dinkes-demo');
    expect(ids(page.body.data as Listed[])).toEqual(ids(dinkes.slice(10, 20)));
    expect(page.body.meta).toEqual({ total_count: 37, filter_count: dinkes.length });
    expect(await get<Listed[]>('/alur/requests?limit=100&page=2', 'admin')).toEqual([]);
  });

  it('keeps OPD visibility with paging: an office sees and counts only its own requests', async () => {
    const admin = await all('admin');
    const disdik = admin.filter((r) => r.office === 'disdik-demo');
    const res = await call('/alur/requests?limit=3&page=2&meta=*', { as: 'opd-disdik' });
    expect(ids(res.body.data as Listed[])).toEqual(ids(disdik.slice(3, 6)));
    expect(res.body.meta).toEqual({ total_count: disdik.length, filter_count: disdik.length });
    // Asking for another office's requests finds none, and counts none.
    const other = await call('/alur/requests?office=dinkes-demo&meta=*', { as: 'opd-disdik' });
    expect([other.body.data, other.body.meta]).toEqual([[], { total_count: disdik.length, filter_count: 0 }]);
  });

  it('filters by variant, phase, office, step, SLA status and creation dates, each as the full list says', async () => {
    const everything = await all('admin');
    const cases: [string, (r: Listed) => boolean][] = [
      ['variant=babel', (r) => r.variant === 'babel'],
      ['variant=sumbawa,kalbar-lpse', (r) => r.variant === 'sumbawa' || r.variant === 'kalbar-lpse'],
      ['phase=waiting', (r) => r.phase === 'waiting'],
      ['phase=done', (r) => r.phase === 'done'],
      ['office=disdik-demo', (r) => r.office === 'disdik-demo'],
      ['step=disposisi-kabid', (r) => r.step === 'disposisi-kabid'],
      ['sla_status=breached', (r) => r.slaStatus === 'breached'],
      ['sla_status=breached,done', (r) => r.slaStatus === 'breached' || r.slaStatus === 'done'],
      ['created_from=2026-12-03&created_to=2026-12-05', (r) => r.createdAt >= '2026-12-03' && r.createdAt < '2026-12-06'],
      ['created_from=2026-12-08T00:00:00%2B08:00', (r) => Date.parse(r.createdAt) >= Date.parse('2026-12-08T00:00:00+08:00')],
      ['phase=active&office=dinkes-demo&step=disposisi-kadis', (r) => r.phase === 'active' && r.office === 'dinkes-demo' && r.step === 'disposisi-kadis'],
    ];
    for (const [query, keep] of cases) {
      const expected = everything.filter(keep);
      const res = await call(`/alur/requests?limit=100&meta=filter_count&${query}`, { as: 'admin' });
      expect([res.status, ids(res.body.data as Listed[]), res.body.meta?.filter_count], query).toEqual([200, ids(expected), expected.length]);
    }
    // The cases are not vacuous: each of these finds some and leaves some.
    for (const [query, keep] of cases) expect(everything.some(keep) && !everything.every(keep), query).toBe(true);
  });

  it('sorts ascending and descending by the whitelisted fields, nulls last, ties by id', async () => {
    const everything = await all('admin');
    const title = (a: Listed, b: Listed) => (lower(a.title) < lower(b.title) ? -1 : lower(a.title) > lower(b.title) ? 1 : a.id < b.id ? -1 : 1);
    expect(ids(await get<Listed[]>('/alur/requests?limit=100&sort=title', 'admin'))).toEqual(ids([...everything].sort(title)));
    expect(ids(await get<Listed[]>('/alur/requests?limit=100&sort=-title', 'admin'))).toEqual(ids([...everything].sort((a, b) => -title(a, b))));
    const deadline = (a: Listed, b: Listed) =>
      (a.deadline === null ? 1 : 0) - (b.deadline === null ? 1 : 0) ||
      (a.deadline ?? '').localeCompare(b.deadline ?? '') ||
      a.createdAt.localeCompare(b.createdAt) ||
      (a.id < b.id ? -1 : 1);
    expect(ids(await get<Listed[]>('/alur/requests?limit=100&sort=deadline,date_created', 'admin'))).toEqual(ids([...everything].sort(deadline)));
    expect(ids(await get<Listed[]>('/alur/requests?limit=100&sort=date_created', 'admin'))).toEqual(ids([...everything].sort(byNewest).reverse()));
  });

  it('searches titles, office ids and names, and the letter number of the Surat Permohonan', async () => {
    const everything = await all('admin');
    const numbers = new Map<string, string>();
    for (const r of everything) {
      const detail = await get<Detail>(`/alur/requests/${r.id}`, 'admin');
      const number = detail.documents.find((d) => d.key === 'surat-permohonan')?.data?.letterNumber;
      if (number) numbers.set(r.id, number);
    }
    expect(numbers).toEqual(letters);
    const names = new Map<string, string>(DEMO_OFFICES.map((o) => [o.id, o.name]));
    for (const term of ['gizi', 'ZEBRA', 'disdik-demo', 'Kesehatan', 'lnganjil', '/LNGENAP-12/', 'Pendidikan', '000.9/']) {
      const t = term.toLowerCase();
      const expected = everything.filter((r) => [r.title, r.office, names.get(r.office) ?? '', numbers.get(r.id) ?? ''].some((s) => lower(s).includes(t)));
      expect(expected.length, term).toBeGreaterThan(0);
      expect(ids(await get<Listed[]>(`/alur/requests?limit=100&search=${encodeURIComponent(term)}`, 'admin')), term).toEqual(ids(expected));
    }
    // LIKE's wildcards and the index's query syntax are literal.
    expect(await get<Listed[]>('/alur/requests?search=%25', 'admin')).toEqual([]);
    expect(await get<Listed[]>('/alur/requests?search=_', 'admin')).toEqual([]);
    expect(await get<Listed[]>(`/alur/requests?search=${encodeURIComponent('gizi" OR "a')}`, 'admin')).toEqual([]);
    expect(await get<Listed[]>(`/alur/requests?search=${encodeURIComponent('%ZEBRA%')}`, 'admin')).toEqual([]);
    // Two characters: found too (below the trigram index's reach).
    const two = everything.filter((r) => [r.title, r.office, names.get(r.office) ?? '', numbers.get(r.id) ?? ''].some((s) => lower(s).includes('gi')));
    expect(two.length).toBeGreaterThan(0);
    expect(ids(await get<Listed[]>('/alur/requests?limit=100&search=gI', 'admin'))).toEqual(ids(two));
    // A title the admin corrects in the Studio is found by its new words at once, not by the old ones.
    const target = everything.find((r) => lower(r.title).includes('gizi'))!;
    expect((await h.patch(`/items/alur_requests/${target.id}`, { title: 'Aplikasi Kuda Nil' }, 'admin')).status).toBe(200);
    expect(ids(await get<Listed[]>('/alur/requests?limit=100&search=kuda%20nil', 'admin'))).toEqual([target.id]);
    expect(ids(await get<Listed[]>('/alur/requests?limit=100&search=gizi', 'admin'))).not.toContain(target.id);
    expect((await h.patch(`/items/alur_requests/${target.id}`, { title: target.title }, 'admin')).status).toBe(200);
    expect(ids(await get<Listed[]>('/alur/requests?limit=100&search=gizi', 'admin'))).toContain(target.id);
  });

  it('pages the inbox by deadline, and a requester role only acts for its own office', async () => {
    const opdRoles = (await get<{ roles: string[] }>('/alur/me', 'opd')).roles;
    const me = await get<{ user: string }>('/alur/me', 'admin');
    // The admin also holds the Kadis' role at the Diskominfo and every requester role at the Dinkes.
    for (const [office, sopRoles] of [
      ['diskominfo-demo', ['kadis']],
      ['dinkes-demo', opdRoles],
    ] as const) {
      const added = await call('/items/alur_memberships', {
        method: 'POST',
        body: JSON.stringify({ user: me.user, office, sop_roles: sopRoles }),
        as: 'admin',
      });
      expect(added.status, JSON.stringify(added.body)).toBe(200);
    }
    const everything = await all('admin');
    const urgent = (a: Listed, b: Listed) =>
      (a.deadline === null ? 1 : 0) - (b.deadline === null ? 1 : 0) ||
      (a.deadline ?? '').localeCompare(b.deadline ?? '') ||
      a.createdAt.localeCompare(b.createdAt) ||
      (a.id < b.id ? -1 : 1);
    const expected = everything
      .filter((r) => r.phase !== 'done' && r.waitingOn !== null && (r.waitingOn === 'kadis' || (opdRoles.includes(r.waitingOn) && r.office === 'dinkes-demo')))
      .sort(urgent);
    // Someone waits on the OPD (the demo's Disdik request), and the admin must not see it in the inbox.
    expect(everything.some((r) => r.phase === 'waiting')).toBe(true);
    const inbox = await call('/alur/inbox?limit=100&meta=*', { as: 'admin' });
    expect(ids(inbox.body.data as Listed[])).toEqual(ids(expected));
    expect(inbox.body.meta).toEqual({ total_count: expected.length, filter_count: expected.length });
    expect(ids(await get<Listed[]>('/alur/inbox?limit=5&page=2', 'admin'))).toEqual(ids(expected.slice(5, 10)));
    // The Disdik requester does see the request waiting on its office.
    const disdik = await get<Listed[]>('/alur/inbox', 'opd-disdik');
    expect(disdik.map((r) => [r.office, r.phase])).toEqual(
      everything.filter((r) => r.office === 'disdik-demo' && r.phase === 'waiting').map((r) => [r.office, r.phase]),
    );
    expect(disdik.length).toBeGreaterThan(0);
    const kadis = await call('/alur/inbox?limit=4&meta=total_count&office=disdik-demo', { as: 'kadis' });
    expect(ids(kadis.body.data as Listed[])).toEqual(
      ids(
        everything
          .filter((r) => r.waitingOn === 'kadis' && r.office === 'disdik-demo')
          .sort(urgent)
          .slice(0, 4),
      ),
    );
  });

  it('pages notifications, newest first, with a status filter', async () => {
    type Note = { id: number; status: string };
    const full = await call('/alur/notifications?limit=100&meta=*', { as: 'kadis' });
    const notes = full.body.data as Note[];
    expect(notes.length).toBeGreaterThan(25);
    expect(full.body.meta?.total_count).toBe(notes.length);
    expect(notes.map((n) => n.id)).toEqual([...notes.map((n) => n.id)].sort((a, b) => b - a));
    expect((await get<Note[]>('/alur/notifications', 'kadis')).length).toBe(25);
    const paged: Note[] = [];
    for (let page = 1; page <= Math.ceil(notes.length / 7); page += 1) paged.push(...(await get<Note[]>(`/alur/notifications?limit=7&page=${page}`, 'kadis')));
    expect(paged.map((n) => n.id)).toEqual(notes.map((n) => n.id));
    expect((await call(`/alur/notifications/${notes[0]!.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'archived' }), as: 'kadis' })).status).toBe(
      200,
    );
    const inbox = await call('/alur/notifications?status=inbox&limit=100&meta=*', { as: 'kadis' });
    expect([(inbox.body.data as Note[]).map((n) => n.id), inbox.body.meta]).toEqual([
      notes.slice(1).map((n) => n.id),
      { total_count: notes.length, filter_count: notes.length - 1 },
    ]);
    expect((await get<Note[]>('/alur/notifications?status=archived', 'kadis')).map((n) => n.id)).toEqual([notes[0]!.id]);
  });

  /** Parameters Directus' own query middleware cannot read (its `INVALID_QUERY`, in English) before any endpoint runs. */
  const DIRECTUS_REFUSES = ['/alur/requests?limit=abc', '/alur/requests?page=1.5', '/alur/requests?meta=everything'];

  it('answers bad parameters with 400 and a message in both languages, never a 500', async () => {
    const bad = [
      '/alur/requests?limit=0',
      '/alur/requests?limit=101',
      '/alur/requests?limit=abc',
      '/alur/requests?limit=-1',
      '/alur/requests?page=0',
      '/alur/requests?page=1.5',
      '/alur/requests?sort=secrets',
      '/alur/requests?sort=-snapshot',
      '/alur/requests?sort=title,deadline,office,variant',
      '/alur/requests?phase=late',
      '/alur/requests?sla_status=late',
      '/alur/requests?created_from=2026-02-30',
      '/alur/requests?created_to=kemarin',
      '/alur/requests?created_from=2026-12-05&created_to=2026-12-01',
      '/alur/requests?meta=everything',
      `/alur/requests?search=${'x'.repeat(101)}`,
      '/alur/requests?office=a%20b',
      '/alur/requests?variant=a&variant=b',
      '/alur/requests?step[_eq]=x',
      '/alur/inbox?limit=500',
      '/alur/inbox?sort=snapshot',
      '/alur/notifications?status=dibaca',
      '/alur/notifications?limit=1000',
      '/alur/reports/sla?variant=a&variant=b',
    ];
    const codes: Record<string, string> = {};
    for (const path of bad) {
      const id = await call(path, { as: 'kadis' });
      const en = await call(`${path}${path.includes('?') ? '&' : '?'}lang=en`, { as: 'kadis' });
      expect([id.status, en.status], path).toEqual([400, 400]);
      codes[path] = String(id.body.errors?.[0]?.extensions.code);
      // What Directus' own query check refuses before Alur sees it has Directus' English message.
      if (codes[path] === 'INVALID_QUERY') continue;
      expect(id.body.errors![0]!.message, path).not.toBe(en.body.errors![0]!.message);
      expect([id.body.errors![0]!.extensions['id'], id.body.errors![0]!.extensions['en']], path).toEqual([
        id.body.errors![0]!.message,
        en.body.errors![0]!.message,
      ]);
    }
    expect(
      Object.entries(codes)
        .filter(([, code]) => code !== 'ALUR_INVALID_PAYLOAD')
        .map(([path, code]) => `${path} ${code}`),
    ).toEqual(DIRECTUS_REFUSES.map((path) => `${path} INVALID_QUERY`));
  });
});

/** The report as `report.ts` computes it in memory, here from each request's own SLA check (`GET /alur/requests/:id`). */
function expectedReport(details: readonly Detail[], period: { from?: string; to?: string; zone?: string } = {}) {
  const zone = period.zone ?? 'UTC';
  const start = period.from ? DateTime.fromISO(period.from, { zone }).toMillis() : -Infinity;
  const end = period.to ? DateTime.fromISO(period.to, { zone }).plus({ days: 1 }).toMillis() : Infinity;
  const within = (iso: string) => Date.parse(iso) >= start && Date.parse(iso) < end;
  type T = { visits: number; completed: number; breached: number; warned: number; minutes: number };
  const steps = new Map<string, T & { variant: string; step: string; no: string; actor: string }>();
  const offices = new Map<string, T & { office: string; requests: number; done: number }>();
  let requests = 0;
  for (const d of details) {
    const isNew = within(d.createdAt);
    if (isNew) requests += 1;
    const office = offices.get(d.office) ?? { office: d.office, requests: 0, done: 0, visits: 0, completed: 0, breached: 0, warned: 0, minutes: 0 };
    if (isNew) {
      offices.set(d.office, office);
      office.requests += 1;
      if (d.phase === 'done') office.done += 1;
    }
    for (const v of d.sla.steps) {
      if (v.status === 'noLimit' || v.requesterTime || !within(v.startedAt)) continue;
      offices.set(d.office, office);
      const key = `${d.variant}:${v.step}`;
      const step = steps.get(key) ?? {
        variant: d.variant,
        step: v.step,
        no: v.no,
        actor: v.actor,
        visits: 0,
        completed: 0,
        breached: 0,
        warned: 0,
        minutes: 0,
      };
      steps.set(key, step);
      for (const t of [step, office]) {
        t.visits += 1;
        if (v.status === 'breached') t.breached += 1;
        if (v.status === 'warning') t.warned += 1;
        if (!v.running) {
          t.completed += 1;
          t.minutes += v.usedMinutes;
        }
      }
    }
  }
  const line = ({ minutes, ...t }: T) => ({
    ...t,
    onTimePercent: t.visits ? Math.round(((t.visits - t.breached) / t.visits) * 1000) / 10 : null,
    averageWorkingMinutes: t.completed ? Math.round(minutes / t.completed) : null,
  });
  return {
    requests,
    unjudged: 0,
    byStep: [...steps.values()]
      .map(({ variant, step, no, actor, ...t }) => ({ variant, step, no, actor, ...line(t) }))
      .sort((a, b) => `${a.variant}:${a.step}`.localeCompare(`${b.variant}:${b.step}`)),
    byOffice: [...offices.values()]
      .map(({ office, requests: count, done, ...t }) => ({ office, requests: count, done, ...line(t) }))
      .sort((a, b) => a.office.localeCompare(b.office)),
  };
}

type Report = {
  requests: number;
  unjudged: number;
  byStep: ({ variant: string; step: string; description: string } & Record<string, unknown>)[];
  byOffice: Record<string, unknown>[];
};
const comparable = (r: Report) => ({
  requests: r.requests,
  unjudged: r.unjudged,
  byStep: r.byStep.map(({ description: _d, ...rest }) => rest).sort((a, b) => `${a.variant}:${a.step}`.localeCompare(`${b.variant}:${b.step}`)),
  byOffice: r.byOffice,
});

describe('the SLA report from daily tallies', () => {
  async function details(as: string, variant?: string): Promise<Detail[]> {
    const rows = await all(as, variant ? `&variant=${variant}` : '');
    return Promise.all(rows.map((r) => get<Detail>(`/alur/requests/${r.id}`, as)));
  }

  it('gives the same figures as the in-memory computation over each request, for every office and a period', async () => {
    await setClock('2026-12-16T10:00:00+08:00');
    expect((await post('/alur/sla/sweep', {}, 'admin')).status).toBe(200);
    const admin = await details('admin');
    const report = await get<Report>('/alur/reports/sla', 'admin');
    expect(comparable(report)).toEqual(expectedReport(admin));
    // Something breached and something completed: the figures are not trivially zero.
    expect(report.byStep.some((s) => Number(s['breached']) > 0) && report.byStep.some((s) => Number(s['completed']) > 0)).toBe(true);
    expect(report.byStep.every((s) => s.description.length > 0)).toBe(true);
    // An OPD's report covers its own requests only.
    expect(comparable(await get<Report>('/alur/reports/sla', 'opd-disdik'))).toEqual(expectedReport(await details('opd-disdik')));
    // Sumbawa runs on WITA: the period's days are read there.
    const sumbawa = admin.filter((d) => d.variant === 'sumbawa');
    const period = await get<Report>('/alur/reports/sla?variant=sumbawa&from=2026-12-03&to=2026-12-06', 'admin');
    expect(comparable(period)).toEqual(expectedReport(sumbawa, { from: '2026-12-03', to: '2026-12-06', zone: 'Asia/Makassar' }));
    expect(period.requests).toBeGreaterThan(0);
    expect(period.requests).toBeLessThan(sumbawa.length);
  });

  it('backfills derived columns, visit rows and SLA tallies when a schema v2 data folder is provisioned again', async () => {
    const before = {
      list: await all('admin', '&sort=title'),
      inbox: await get<Listed[]>('/alur/inbox?limit=100', 'kadis'),
      report: comparable(await get<Report>('/alur/reports/sla', 'admin')),
    };
    const search = ids(await get<Listed[]>('/alur/requests?limit=100&search=lngenap', 'admin'));
    await h.server.stop();
    // Back to what a v2 folder holds: no derived v3 columns, no visit rows, no v4 tallies, version 2.
    const db = knex(
      pg
        ? {
            client: 'pg',
            connection: {
              host: process.env['DB_HOST'] ?? '127.0.0.1',
              port: Number(process.env['DB_PORT'] ?? 5432),
              user: process.env['DB_USER'] ?? '',
              password: process.env['DB_PASSWORD'] ?? '',
              database: process.env['DB_DATABASE'] ?? '',
            },
          }
        : { client: 'sqlite3', connection: { filename: join(h.dataDir, 'alur.sqlite') }, useNullAsDefault: true },
    );
    try {
      await db('alur_requests').update({ letter_number: null, actor_kind: null, started_at: null, zone: null, sla_judged: null, sla_tally: null });
      await db('alur_step_visits').delete();
      await db('alur_sla_tallies').delete();
      await db('alur_meta').where({ key: 'schema_version' }).update({ value: '2' });
    } finally {
      await db.destroy();
    }
    // The backfill judges running visits at the service's clock: the same instant as before.
    await boot('2026-12-16T10:00:00+08:00');
    expect(ids(await all('admin', '&sort=title'))).toEqual(ids(before.list));
    expect(ids(await get<Listed[]>('/alur/inbox?limit=100', 'kadis'))).toEqual(ids(before.inbox));
    expect(ids(await get<Listed[]>('/alur/requests?limit=100&search=lngenap', 'admin'))).toEqual(search);
    expect(search.length).toBeGreaterThan(0);
    expect(comparable(await get<Report>('/alur/reports/sla', 'admin'))).toEqual(before.report);
  }, 300_000);
});
