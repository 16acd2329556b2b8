import { builtinSopDefinitions, simulateRequest, type RequestEvent } from '@alur/core';
import { randomUUID } from 'node:crypto';
import { stableId } from '../provision/index.js';
import type { ProvisionContext } from '../provision/directus-types.js';
import { makeCaller, MembershipDirectory, type Caller } from './caller.js';
import type { SecretBox } from './secrets.js';
import { toJson, type Db } from './db.js';
import { DefinitionStore } from './definitions.js';
import { RequestService } from './requests.js';
import { bumpRevision } from './revisions.js';
import { sweep } from './sweep.js';

/** The demo offices: one Diskominfo that serves, two OPDs that ask. */
export const DEMO_OFFICES = [
  { id: 'diskominfo-demo', name: 'Diskominfo Kabupaten Contoh (demo)', kind: 'diskominfo' },
  { id: 'dinkes-demo', name: 'Dinas Kesehatan Kabupaten Contoh (demo)', kind: 'opd' },
  { id: 'disdik-demo', name: 'Dinas Pendidikan Kabupaten Contoh (demo)', kind: 'opd' },
] as const;

/** A demo login: API only (no Studio seat), one per SOP role, plus the requesters of a second OPD. */
export interface DemoUser {
  readonly email: string;
  readonly office: string;
  readonly roles: readonly string[];
  /** The Directus role (one per SOP role; requesters get the OPD role). */
  readonly directusRole: string;
}

/** The demo users: one per staff role of the built-in variants, one requester per OPD holding every requester role. */
export function demoUsers(): DemoUser[] {
  const staff = new Set<string>();
  const requester = new Set<string>();
  for (const sop of builtinSopDefinitions) for (const role of sop.roles ?? []) (role.kind === 'requester' ? requester : staff).add(role.id);
  const requesterRoles = [...requester];
  return [
    ...[...staff].map((role) => ({ email: `${role}.demo@example.go.id`, office: 'diskominfo-demo', roles: [role], directusRole: stableId(`role:${role}`) })),
    { email: 'opd.demo@example.go.id', office: 'dinkes-demo', roles: requesterRoles, directusRole: stableId('role:opd') },
    { email: 'opd-disdik.demo@example.go.id', office: 'disdik-demo', roles: requesterRoles, directusRole: stableId('role:opd') },
  ];
}

/** The latest instant the demo's SLA states are judged at (see `seedDemo`). */
const DEMO_JUDGED_BY = new Date('2026-12-01T09:00:00+07:00');

type Replay = { event: RequestEvent; at: Date }[];

/** The demo requests: fixed instants in 2026 (the last year with holiday data), so seeding gives the same steps whenever it runs. */
const DEMO_REQUESTS: {
  title: string;
  variant: string;
  office: string;
  start: string;
  steps?: number;
  data?: Record<string, unknown>;
  returnToOpd?: boolean;
}[] = [
  { title: 'SIMPUS — Sistem Informasi Puskesmas (selesai)', variant: 'sumbawa', office: 'dinkes-demo', start: '2026-02-02T08:00:00+08:00' },
  {
    title: 'Aplikasi Antrean Rumah Sakit (terlambat di disposisi Kadis)',
    variant: 'sumbawa',
    office: 'dinkes-demo',
    start: '2026-11-02T09:00:00+08:00',
    steps: 1,
  },
  {
    title: 'Hosting Portal Dinas Pendidikan (menunggu kelengkapan OPD)',
    variant: 'babel',
    office: 'disdik-demo',
    start: '2026-11-19T09:00:00+07:00',
    steps: 3,
    data: { layanan: 'hosting-integrasi' },
    returnToOpd: true,
  },
  { title: 'Rekomendasi Aplikasi Sistem Gizi (analisis)', variant: 'sumbar-asap', office: 'dinkes-demo', start: '2026-11-16T08:00:00+07:00', steps: 4 },
  { title: 'Pengembangan LPSE — modul e-Katalog (berjalan)', variant: 'kalbar-lpse', office: 'dinkes-demo', start: '2026-11-20T08:00:00+07:00', steps: 2 },
];

/**
 * Seeds the demo: offices, one API user per role (password `password`), and five requests
 * replayed through the same service the endpoints use (one finished, one breached, one waiting
 * on the OPD, two running), then one SLA sweep at `now`. Idempotent: skipped when the demo
 * offices exist.
 */
export async function seedDemo(ctx: ProvisionContext, password: string, now: Date, secrets: SecretBox): Promise<{ seeded: boolean; users: DemoUser[] }> {
  const db = ctx.database as unknown as Db;
  const users = demoUsers();
  if (await db('alur_offices').where({ id: 'diskominfo-demo' }).first('id')) return { seeded: false, users };
  await db('alur_offices').insert(DEMO_OFFICES.map((o) => ({ ...o })));
  const schema = await ctx.getSchema({ database: db, bypassCache: true });
  const Users = ctx.services['UsersService']!;
  const ids = new Map<string, string>();
  for (const user of users) {
    const existing = await db('directus_users').where({ email: user.email }).first('id');
    const id = (existing?.['id'] as string | undefined) ?? randomUUID();
    if (!existing) {
      await new Users({ schema, accountability: null, knex: db }).createOne({
        id,
        email: user.email,
        password,
        role: user.directusRole,
        first_name: user.roles.length > 1 ? 'OPD' : user.roles[0],
        last_name: DEMO_OFFICES.find((o) => o.id === user.office)!.name,
        status: 'active',
        email_notifications: false,
      });
    }
    ids.set(user.email, id);
    await db('alur_memberships').insert({ id: randomUUID(), user: id, office: user.office, sop_roles: toJson(user.roles) });
  }
  const callerFor = (role: string, office: string): Caller => {
    const user = users.find((u) => u.roles.includes(role) && (u.office === office || u.office === 'diskominfo-demo'))!;
    const kind = DEMO_OFFICES.find((o) => o.id === user.office)!.kind;
    return makeCaller(ids.get(user.email)!, false, [{ office: user.office, kind, roles: user.roles }], 'id');
  };
  let at = new Date(0);
  await bumpRevision(db, 'memberships_rev');
  const definitions = new DefinitionStore();
  const members = new MembershipDirectory();
  const requests = new RequestService({ db, definitions, members, now: () => at, secrets });
  const defs = await definitions.load(db);
  for (const demo of DEMO_REQUESTS) {
    const sop = defs.sops.get(demo.variant);
    const { events } = simulateRequest(sop, {
      start: new Date(demo.start),
      opd: demo.office,
      ...(demo.data ? { data: demo.data } : {}),
      ...(demo.steps ? { steps: demo.steps } : {}),
    });
    const replay: Replay = events;
    // The OPD files the request; when its first step is the OPD's submission, that is the same act.
    const first = replay[0]!;
    const submits = first.event.type === 'SUBMIT';
    at = first.at;
    const documents = submits ? (first.event as Extract<RequestEvent, { type: 'SUBMIT' }>).documents : undefined;
    let { row } = await requests.create(callerFor('opd', demo.office), { variant: demo.variant, title: demo.title, data: demo.data, documents });
    for (const { event, at: when } of submits ? replay.slice(1) : replay) {
      at = when;
      const { actor, ...body } = event as Exclude<RequestEvent, { type: 'TICK' }>;
      ({ row } = await requests.send(callerFor(actor.roles[0]!, demo.office), row.id, body));
    }
    if (demo.returnToOpd) {
      at = new Date(at.getTime() + 60 * 60_000);
      await requests.send(callerFor(row.actor!, demo.office), row.id, {
        type: 'RETURN_TO_OPD',
        reason: 'Mohon lengkapi nama domain dan penanggung jawab teknis.',
      });
    }
  }
  // Holiday data ends with 2026: judge the demo at the latest on 1 Dec 2026 so seeding gives the same states later too.
  const judged = new Date(Math.min(now.getTime(), DEMO_JUDGED_BY.getTime()));
  await sweep({ db, definitions, members, now: () => judged, logger: ctx.logger });
  return { seeded: true, users };
}
