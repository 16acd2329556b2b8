import { AlurError } from '@alur/core';
import { createError } from '@directus/errors';
import { isProvisioned, provision, type ProvisionContext } from './provision/index.js';
import { registerOps, type ExpressApp } from './middleware.js';
import { fromDb, type Db } from './service/db.js';
import { seedDemo } from './service/demo.js';
import { bumpDefinitions } from './service/definitions.js';
import { bumpRevision } from './service/revisions.js';
import { httpError, issuesOut, text } from './service/errors.js';
import { forgetOldKeys } from './service/idempotency.js';
import { checkFormDefinition, refuseIfUsed } from './service/forms.js';
import { shapeProblem } from './service/limits.js';
import { checkMembershipSave, membershipProblems, roleKindsOf } from './service/memberships.js';
import { reconcileRoles } from './service/people.js';
import { collections } from './provision/schema.js';
import { directusMailer } from './service/notify.js';
import { flushDerived } from './service/derived.js';
import { directusFiles, dropPendingFiles, PENDING_HOURS } from './service/files.js';
import { getRuntime, testClockStart } from './service/runtime.js';
import { secretBox } from './service/secrets.js';
import { sweepBatch, sweepDue } from './service/sweep.js';
import { recordHeartbeat } from './service/uptime.js';
import { validateCalendarEdit, validateVariantEdit, type RowEdit } from './validate-edit.js';

type FilterMeta = { keys?: (string | number)[]; key?: string | number; collection?: string };
type HookContext = { database: Db; schema: unknown; accountability: object | null };

/** The hook registration functions Directus passes to a hook extension. */
export interface HookRegister {
  init(event: 'cli.before', handler: (meta: { program: CliProgram }) => void): void;
  init(event: string, handler: (meta: { app: ExpressApp }) => unknown): void;
  filter(event: string, handler: (payload: unknown, meta: FilterMeta, context: HookContext) => unknown): void;
  action(event: string, handler: (meta: Record<string, unknown>, context: HookContext) => unknown): void;
  schedule(cron: string, handler: () => unknown): void;
}

export interface CliProgram {
  command(name: string): CliProgram;
  description(text: string): CliProgram;
  option(flags: string, description: string): CliProgram;
  action(handler: (options: Record<string, unknown>) => Promise<void>): CliProgram;
}

const invalid = (kind: 'SOP' | 'CALENDAR') =>
  createError<{ id: string; issues: readonly { path: (string | number)[]; id: string; en: string }[] }>(
    `ALUR_INVALID_${kind}`,
    ({ id, issues }) =>
      `${kind === 'SOP' ? 'SOP' : 'Kalender'} "${id}" tidak sah, perubahan ditolak (invalid ${kind === 'SOP' ? 'SOP' : 'calendar'}, change refused): ${issues.map((i) => `${i.path.join('.')}: ${i.id} / ${i.en}`).join('; ')}`,
    400,
  );
/** An SOP variant edit the validator refuses: 400 with every problem, in Bahasa Indonesia and English. */
export const InvalidVariantError = invalid('SOP');
/** A calendar or holiday edit that leaves a calendar unusable. */
export const InvalidCalendarError = invalid('CALENDAR');

/** Saves made as part of one Studio save whose whole result was already validated (o2m children). */
const validatedWhole = new WeakSet<object>();

async function rows(db: Db, collection: string): Promise<Record<string, unknown>[]> {
  return (await db(collection).select()).map((row) => fromDb(collection, row));
}

async function checkEdit(edit: RowEdit, ctx: HookContext): Promise<void> {
  if (ctx.accountability && validatedWhole.has(ctx.accountability)) return;
  const db = ctx.database;
  const [calendars, holidays] = await Promise.all([rows(db, 'alur_calendars'), rows(db, 'alur_holidays')]);
  const calendarEdit = edit.collection === 'alur_calendars' || edit.collection === 'alur_holidays';
  let registry: ReturnType<typeof validateCalendarEdit>['registry'];
  try {
    const checked = validateCalendarEdit(calendars, holidays, calendarEdit ? edit : undefined);
    const [id, issues] = [...checked.problems.entries()][0] ?? [];
    if (id !== undefined && issues) throw new InvalidCalendarError({ id, issues: issuesOut(issues) });
    registry = checked.registry;
    const [variants, steps] = await Promise.all([rows(db, 'alur_sop_variants'), rows(db, 'alur_sop_steps')]);
    // A calendar edit must also leave every variant on it valid (e.g. a calendar still exists).
    const variantEdit = calendarEdit
      ? { collection: 'alur_sop_variants', action: 'update' as const, keys: variants.map((v) => v['id'] as string), payload: {} }
      : edit;
    const problems = validateVariantEdit(variants, steps, variantEdit, registry);
    const [variant, variantIssues] = [...problems.entries()][0] ?? [];
    if (variant !== undefined && variantIssues) throw new InvalidVariantError({ id: variant, issues: issuesOut(variantIssues) });
  } catch (error) {
    if (error instanceof AlurError) {
      throw new (calendarEdit ? InvalidCalendarError : InvalidVariantError)({
        id: String(edit.keys[0] ?? ''),
        issues: error.issues.length ? issuesOut(error.issues) : [{ path: [], ...error.text }],
      });
    }
    throw error;
  }
  const nested = edit.payload && (edit.payload['steps'] !== undefined || edit.payload['holidays'] !== undefined);
  if (nested && ctx.accountability) validatedWhole.add(ctx.accountability);
}

/** Request fields only Alur's endpoints may write; admins may still correct a title. */
const EDITABLE_REQUEST_FIELDS = new Set(['title']);

/**
 * Alur's hooks:
 * - CLI `directus alur provision [--demo]`: schema, roles, built-in data (and the demo);
 * - filters refusing, with the validator's messages, any save to variants, steps, calendars or
 *   holidays that would leave an SOP or a calendar invalid;
 * - guards: requests change only through `/alur` (state, version, SLA fields, snapshot), the audit
 *   trail and SLA alerts never change; secrets never leave through the items API;
 * - the SLA sweep every minute.
 */
export default function registerHooks({ init, filter, action, schedule }: HookRegister, context: ProvisionContext & { env?: Record<string, unknown> }): void {
  const { definitions, members, clock } = getRuntime();
  /** Gives every user the Directus role their memberships make (through UsersService, so Directus' caches follow). */
  const syncRoles = async () => {
    const db = context.database as unknown as Db;
    const Users = context.services['UsersService'] as unknown as new (
      options: object,
    ) => { updateOne(key: string, data: object, opts?: object): Promise<unknown> };
    const schema = await context.getSchema({ database: db });
    await reconcileRoles(db, (await definitions.load(db)).sops, async (user, role) => {
      await new Users({ schema, accountability: null, knex: db }).updateOne(user, { role }, { emitEvents: false });
    });
  };
  // Login throttle instead of account suspension, bilingual 4xx/503 for Directus' own errors, SQLite busy timeout.
  registerOps({ init }, context);
  const keysOf = (meta: FilterMeta) => meta.keys ?? (meta.key !== undefined ? [meta.key] : []);
  for (const collection of ['alur_sop_variants', 'alur_sop_steps', 'alur_calendars', 'alur_holidays']) {
    filter(`${collection}.items.create`, async (payload, meta, ctx) => {
      await checkEdit({ collection, action: 'create', keys: keysOf(meta), payload: payload as Record<string, unknown> }, ctx);
      return payload;
    });
    filter(`${collection}.items.update`, async (payload, meta, ctx) => {
      await checkEdit({ collection, action: 'update', keys: keysOf(meta), payload: payload as Record<string, unknown> }, ctx);
      return payload;
    });
    filter(`${collection}.items.delete`, async (payload, _meta, ctx) => {
      await checkEdit({ collection, action: 'delete', keys: payload as (string | number)[] }, ctx);
      return payload;
    });
    const calendar = collection === 'alur_calendars' || collection === 'alur_holidays';
    for (const event of ['create', 'update', 'delete']) {
      action(`${collection}.items.${event}`, async (_meta, ctx) => {
        // Forget here first (synchronously, before Directus answers the edit), then tell the other instances.
        definitions.changed();
        await bumpDefinitions(ctx.database);
        // Calendars stay live for running requests: the next sweep re-checks them all (also those it could not judge before the year was added).
        if (calendar) await ctx.database('alur_requests').whereNot('phase', 'done').update({ sla_next_check: clock.now() });
      });
    }
  }

  // Forms an admin edits as rows in the Studio get the same check as through the module.
  for (const event of ['create', 'update'] as const) {
    filter(`alur_forms.items.${event}`, async (payload, meta) => {
      const row = payload as Record<string, unknown>;
      if (row['definition'] === undefined) return payload;
      for (const key of event === 'create' ? [row['id']] : keysOf(meta)) {
        const { problems } = checkFormDefinition(String(key ?? ''), row['definition'], 'id');
        if (problems.length > 0) {
          const list = problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ');
          throw httpError(422, text(`Definisi formulir belum benar: ${list}`, `The form definition is not valid: ${list}`), {
            reason: 'INVALID_FORM',
            problems,
          });
        }
      }
      return payload;
    });
  }
  // A form an admin created is deleted only once no variant's step names it (as DELETE /alur/forms/:key).
  filter('alur_forms.items.delete', async (keys, _meta, ctx) => {
    const defs = await definitions.load(ctx.database);
    for (const key of keys as string[]) {
      if (defs.forms.get(key)?.builtin === false) refuseIfUsed(defs, key);
    }
    return keys;
  });
  for (const event of ['create', 'update', 'delete']) {
    action(`alur_forms.items.${event}`, async (_meta, ctx) => {
      definitions.changed();
      await bumpDefinitions(ctx.database);
    });
  }

  const refuse = (id: string, en: string) => {
    throw httpError(403, { id, en });
  };

  // Memberships: roles that exist, of the office's kind, once; one membership per user and office.
  const refuseMembership = (problems: readonly { id: string; en: string }[]) => {
    if (problems.length)
      throw httpError(400, text(`Keanggotaan ditolak: ${problems.map((p) => p.id).join(' ')}`, `Membership refused: ${problems.map((p) => p.en).join(' ')}`), {
        issues: problems,
      });
  };
  for (const event of ['create', 'update'] as const) {
    filter(`alur_memberships.items.${event}`, async (payload, meta, ctx) => {
      const defs = await definitions.load(ctx.database);
      refuseMembership(
        await checkMembershipSave(ctx.database, roleKindsOf(defs.sops), {
          keys: event === 'create' ? [] : keysOf(meta),
          payload: payload as Record<string, unknown>,
        }),
      );
      return payload;
    });
  }
  filter('alur_offices.items.update', async (payload, meta, ctx) => {
    const kind = (payload as Record<string, unknown>)['kind'];
    if (kind !== 'opd' && kind !== 'diskominfo') return payload;
    const kinds = roleKindsOf((await definitions.load(ctx.database)).sops);
    const members = (
      await ctx
        .database('alur_memberships')
        .whereIn('office', keysOf(meta) as string[])
        .select()
    ).map((row) => fromDb<Record<string, unknown>>('alur_memberships', row));
    refuseMembership(members.flatMap((m) => membershipProblems({ user: m['user'], office: m['office'], officeKind: kind, sop_roles: m['sop_roles'] }, kinds)));
    return payload;
  });

  // Who holds which role where is cached (see `MembershipDirectory`): every change of it marks the cache stale.
  // It keeps who gets email too: a user's address, email setting or status counts as a change.
  const emailFields = ['email', 'email_notifications', 'status'];
  for (const event of [
    'alur_memberships.items.create',
    'alur_memberships.items.update',
    'alur_memberships.items.delete',
    'alur_offices.items.update',
    'alur_offices.items.delete',
    'users.update',
    'users.delete',
  ]) {
    action(event, async (meta, ctx) => {
      const payload = (meta as { payload?: unknown }).payload;
      if (event === 'users.update' && !(typeof payload === 'object' && payload !== null && emailFields.some((field) => field in payload))) return;
      // Forget here first (synchronously, before Directus answers the edit), then tell the other instances.
      members.changed();
      await bumpRevision(ctx.database, 'memberships_rev');
    });
  }

  // People: a user's Directus role follows their memberships (`reconcileRoles`): after every
  // membership change, an office's kind changing, and a user created or given another role.
  for (const event of [
    'alur_memberships.items.create',
    'alur_memberships.items.update',
    'alur_memberships.items.delete',
    'alur_offices.items.update',
    'users.create',
    'users.update',
  ]) {
    action(event, async (meta) => {
      const payload = (meta as { payload?: unknown }).payload;
      if (event === 'users.update' && !(typeof payload === 'object' && payload !== null && 'role' in payload)) return;
      try {
        await syncRoles();
      } catch (error) {
        context.logger.error(error);
      }
    });
  }

  // Rows in use are not deleted (the database would refuse with SQL text): say why, and what to do instead.
  const inUse = [
    {
      collection: 'alur_sop_variants',
      column: 'variant',
      text: (n: number) =>
        text(
          `Varian SOP dipakai ${n} permohonan dan tidak dapat dihapus; arsipkan saja (Status: Diarsipkan).`,
          `The SOP variant is used by ${n} requests and cannot be deleted; archive it instead (Status: Archived).`,
        ),
    },
    {
      collection: 'alur_offices',
      column: 'office',
      text: (n: number) =>
        text(
          `Perangkat daerah ini mempunyai ${n} permohonan dan tidak dapat dihapus; jejaknya harus tetap ada.`,
          `This office has ${n} requests and cannot be deleted; their trail must stay.`,
        ),
    },
  ];
  for (const { collection, column, text: refusal } of inUse) {
    filter(`${collection}.items.delete`, async (keys, _meta, ctx) => {
      const used = await ctx
        .database('alur_requests')
        .whereIn(column, keys as string[])
        .count({ n: '*' })
        .first();
      const n = Number(used?.['n'] ?? 0);
      if (n > 0) throw httpError(409, refusal(n), { reason: 'IN_USE' });
      return keys;
    });
  }

  // Nothing stored in Alur's collections is too deep or too long to render.
  for (const { collection } of collections) {
    for (const event of ['create', 'update']) {
      filter(`${collection}.items.${event}`, (payload) => {
        const problem = shapeProblem(payload);
        if (problem) throw httpError(400, text(`Data ditolak: ${problem.id}.`, `Data refused: ${problem.en}.`), { reason: 'LIMIT' });
        return payload;
      });
    }
  }
  filter('alur_requests.items.create', () =>
    refuse('Permohonan dibuat lewat POST /alur/requests, bukan lewat koleksi.', 'Requests are created through POST /alur/requests, not the collection.'),
  );
  filter('alur_requests.items.update', (payload) => {
    const fields = Object.keys(payload as object).filter((f) => !EDITABLE_REQUEST_FIELDS.has(f));
    if (fields.length)
      refuse(
        `Kolom ${fields.join(', ')} hanya diubah lewat /alur (keadaan, versi, SLA, jejak).`,
        `Fields ${fields.join(', ')} change only through /alur (state, version, SLA, trail).`,
      );
    return payload;
  });
  filter('alur_requests.items.delete', () =>
    refuse('Permohonan tidak dapat dihapus: jejak auditnya harus tetap ada.', 'Requests cannot be deleted: their audit trail must stay.'),
  );
  for (const collection of ['alur_request_events', 'alur_sla_alerts', 'alur_step_visits', 'alur_sla_tallies']) {
    for (const event of ['create', 'update', 'delete']) {
      filter(`${collection}.items.${event}`, () =>
        refuse('Jejak audit dan peringatan SLA tidak dapat diubah.', 'The audit trail and SLA alerts cannot be changed.'),
      );
    }
  }
  // The system's own records: frozen definitions, schema version, locks, idempotency keys.
  for (const collection of ['alur_meta', 'alur_idempotency']) {
    for (const event of ['create', 'update', 'delete']) {
      filter(`${collection}.items.${event}`, () =>
        refuse(
          'Data sistem Alur (definisi beku, versi skema, kunci) tidak dapat diubah lewat koleksi.',
          "Alur's system records (frozen definitions, schema version, locks) cannot be changed through the collection.",
        ),
      );
    }
  }
  filter('alur_requests.items.read', (items) => {
    if (!Array.isArray(items)) return items;
    return items.map((item) => {
      if (typeof item !== 'object' || item === null || !('secrets' in item)) return item;
      const { secrets: _secrets, ...rest } = item as Record<string, unknown>;
      return rest;
    });
  });

  const mail = directusMailer(context, members);
  const start = testClockStart(context.env);
  if (start) clock.set(start);
  // Installed into a running Directus (npm or extensions/), Alur sets up its schema when the server
  // starts; ALUR_AUTO_PROVISION=false leaves that to `directus alur provision`. Until it is in place
  // the timers below wait and the endpoints answer 503 saying what to do.
  action('server.start', async () => {
    if (await isProvisioned(context)) return;
    if (String(context.env?.['ALUR_AUTO_PROVISION'] ?? 'true') === 'false') {
      context.logger.warn('alur: skema belum terpasang; jalankan `npx directus alur provision` (Alur is not set up yet: run `npx directus alur provision`)');
      return;
    }
    try {
      const result = await provision(context);
      context.logger.info(`alur: skema dipasang saat server mulai (schema set up on start), v${result.version}`);
    } catch (error) {
      context.logger.error(error);
    }
  });
  // Every minute, while no earlier run is still going here (after a calendar save a run may take most of a minute).
  let sweeping = false;
  schedule('* * * * *', async () => {
    if (sweeping || !(await isProvisioned(context))) return;
    sweeping = true;
    try {
      // The service's own health check: this minute it answered (see `uptime.ts`).
      await recordHeartbeat(context.database as unknown as Db, clock.now());
      const result = await sweepDue(
        { db: context.database as unknown as Db, definitions, members, now: clock.now, logger: context.logger, mail },
        { batch: sweepBatch(context.env) },
      );
      await forgetOldKeys(context.database as unknown as Db, clock.now());
      const dropped = await dropPendingFiles(context.database as unknown as Db, directusFiles(context), clock.now());
      if (dropped) context.logger.info(`alur: ${dropped} unggahan yang tidak dilampirkan dalam ${PENDING_HOURS} jam dihapus (unattached uploads removed)`);
      if (result.alerts) context.logger.info(`alur: sweep SLA — ${result.checked} diperiksa, ${result.alerts} peringatan/pelanggaran baru`);
      if (result.more)
        context.logger.warn(
          `alur: sweep SLA — ${result.checked} diperiksa dalam satu menit, sisanya menunggu sweep berikutnya (the rest waits for the next sweep)`,
        );
    } catch (error) {
      context.logger.error(error);
    } finally {
      sweeping = false;
    }
  });

  // Visit rows and tallies of the latest writes, written behind them (see `flushDerived`); one run at a time here.
  let flushing = false;
  schedule('*/5 * * * * *', async () => {
    if (flushing || !(await isProvisioned(context))) return;
    flushing = true;
    try {
      await flushDerived(context.database as unknown as Db, definitions);
    } catch (error) {
      context.logger.error(error);
    } finally {
      flushing = false;
    }
  });

  init('cli.before', ({ program }) => {
    program
      .command('alur')
      .description('Alur: layanan permintaan pembangunan aplikasi')
      .command('provision')
      .description('Pasang atau lengkapi skema, peran dan data bawaan Alur (install or complete Alur schema, roles and built-in data)')
      .option('--demo', 'juga isi data demo (also seed the demo office, users and requests)')
      .action(async (options) => {
        try {
          const result = await provision(context);
          context.logger.info(`alur: provisioning ${result.applied ? 'dijalankan' : 'sudah terpasang'} (schema v${result.version})`);
          if (options['demo']) {
            const password = String(context.env?.['ALUR_DEMO_PASSWORD'] ?? process.env['ALUR_DEMO_PASSWORD'] ?? '');
            if (password.length < 8) throw new Error('alur: ALUR_DEMO_PASSWORD (≥ 8 karakter) diperlukan untuk data demo (needed for the demo)');
            const demo = await seedDemo(context, password, clock.now(), secretBox(context.env ?? {}));
            context.logger.info(`alur: data demo ${demo.seeded ? 'diisi' : 'sudah ada'} (${demo.users.length} pengguna)`);
          }
          process.exit(0);
        } catch (error) {
          context.logger.error(error);
          process.exit(1);
        }
      });
  });
}
