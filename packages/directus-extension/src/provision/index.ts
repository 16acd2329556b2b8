import { createHash, randomUUID } from 'node:crypto';
import { builtinCalendarDefinitions, builtinSopDefinitions } from '@alur/core';
import { calendarToRows, variantToRows } from '../definition-rows.js';
import type { ProvisionContext, SchemaOverview } from './directus-types.js';
import { ensureDashboard } from './dashboard.js';
import { collections, relations, SCHEMA_VERSION, type CollectionSpec, type FieldSpec } from './schema.js';
import type { Db } from '../service/db.js';
import { getRuntime } from '../service/runtime.js';
import { backfillRequests, ensureIndexes, ensureSearch } from './upgrade.js';
import { fillTallies } from '../service/tallies.js';

export type { ProvisionContext };

/** How long a provisioning lock holds before another instance may take it over. */
const LOCK_MS = 5 * 60_000;
const POLL_MS = 500;

const translations = (text: { id: string; en: string }) => [
  { language: 'id-ID', translation: text.id },
  { language: 'en-US', translation: text.en },
];

function fieldPayload(spec: FieldSpec): Record<string, unknown> {
  const meta = {
    interface: spec.interface ?? null,
    options: spec.options ?? null,
    display: spec.display ?? null,
    display_options: spec.displayOptions ?? null,
    special: spec.special ?? (spec.type === 'boolean' ? ['cast-boolean'] : null),
    readonly: spec.readonly ?? false,
    hidden: spec.hidden ?? false,
    width: spec.width ?? 'full',
    required: spec.required ?? false,
    note: spec.note ? `${spec.note.id} — ${spec.note.en}` : null,
    translations: translations(spec.label),
  };
  if (spec.type === 'alias') return { field: spec.field, type: 'alias', meta, schema: null };
  return {
    field: spec.field,
    type: spec.type,
    meta,
    schema: {
      is_primary_key: spec.primary ?? false,
      has_auto_increment: spec.primary === true && spec.type === 'integer',
      is_nullable: !(spec.primary ?? false) && !(spec.required ?? false),
      is_unique: spec.unique ?? false,
      ...(spec.length ? { max_length: spec.length } : {}),
      ...(spec.default !== undefined ? { default_value: spec.default } : {}),
    },
  };
}

function collectionPayload(spec: CollectionSpec): Record<string, unknown> {
  return {
    collection: spec.collection,
    meta: {
      icon: spec.icon,
      note: `${spec.note.id} — ${spec.note.en}`,
      hidden: spec.hidden ?? false,
      display_template: spec.display ?? null,
      sort_field: spec.sort === 'sort' ? 'sort' : null,
      translations: [
        { language: 'id-ID', translation: spec.label.id, singular: spec.label.singular.id, plural: spec.label.plural.id },
        { language: 'en-US', translation: spec.label.en, singular: spec.label.singular.en, plural: spec.label.plural.en },
      ],
    },
    schema: {},
    fields: spec.fields.filter((f) => f.primary).map(fieldPayload),
  };
}

/** A stable UUID for a named Directus record (role, policy), so provisioning is idempotent. */
export function stableId(name: string): string {
  const hex = createHash('sha256').update(`alur:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The Directus policies Alur creates: admins (Studio), Diskominfo staff and OPD users (API only, no Studio seat). */
export const POLICIES = {
  admin: { id: stableId('policy:admin'), name: 'Alur — Admin', admin_access: true, app_access: true },
  staff: { id: stableId('policy:staff'), name: 'Alur — Staf Diskominfo', admin_access: false, app_access: false },
  requester: { id: stableId('policy:requester'), name: 'Alur — OPD Pemohon', admin_access: false, app_access: false },
} as const;

/** Collections every Alur user may read through the generic items API; requests are read through /alur only. */
const REFERENCE_COLLECTIONS = ['alur_calendars', 'alur_holidays', 'alur_sop_variants', 'alur_sop_steps', 'alur_offices'];

/** One Directus role per SOP actor role of the built-in variants, plus the admin role. */
export function provisionedRoles(): { id: string; name: string; sopRole: string | null; policy: keyof typeof POLICIES }[] {
  const byId = new Map<string, { name: string; kind: 'requester' | 'staff' }>();
  for (const sop of builtinSopDefinitions) for (const role of sop.roles ?? []) if (!byId.has(role.id)) byId.set(role.id, role);
  return [
    { id: stableId('role:admin'), name: 'Alur Admin', sopRole: null, policy: 'admin' },
    ...[...byId.entries()].map(([sopRole, role]) => ({
      id: stableId(`role:${sopRole}`),
      name: `Alur: ${role.name} (${sopRole})`.slice(0, 100),
      sopRole,
      policy: role.kind === 'requester' ? ('requester' as const) : ('staff' as const),
    })),
  ];
}

/**
 * v7: the Directus roles of users whose SOP roles only a later (admin-made) variant has: one per
 * side, so their role is still named for what they do (see `directusRoleFor`).
 */
export const FALLBACK_ROLES = {
  staff: { id: stableId('role:*staff'), name: 'Alur: Staf Diskominfo (peran lain)', sopRole: null, policy: 'staff' as const },
  requester: { id: stableId('role:*requester'), name: 'Alur: OPD pemohon (peran lain)', sopRole: null, policy: 'requester' as const },
} as const;

async function freshSchema(ctx: ProvisionContext): Promise<SchemaOverview> {
  return ctx.getSchema({ database: ctx.database, bypassCache: true });
}

function service(ctx: ProvisionContext, name: string, schema: SchemaOverview) {
  const Service = ctx.services[name];
  if (!Service) throw new Error(`Directus service ${name} is not available`);
  return new Service({ schema, accountability: null, knex: ctx.database });
}

async function ensureMetaCollection(ctx: ProvisionContext): Promise<void> {
  const schema = await freshSchema(ctx);
  if (schema.collections['alur_meta']) return;
  const spec = collections.find((c) => c.collection === 'alur_meta')!;
  try {
    await service(ctx, 'CollectionsService', schema).createOne({ ...collectionPayload(spec), fields: spec.fields.map(fieldPayload) });
  } catch (error) {
    // Another instance created it first.
    if (!(await freshSchema(ctx)).collections['alur_meta']) throw error;
  }
}

async function currentVersion(ctx: Pick<ProvisionContext, 'database'>): Promise<number> {
  const row = await ctx.database('alur_meta').where({ key: 'schema_version' }).first('value');
  const value = typeof row?.value === 'string' ? JSON.parse(row.value) : row?.value;
  return typeof value === 'number' ? value : 0;
}

/** Takes the provisioning lock, or waits until the instance holding it has finished. */
/**
 * Takes the provisioning lock, waiting while another instance holds it. A lock past its
 * `until`, without a readable `until`, or claiming more than {@link LOCK_MS} ahead (nobody
 * writes that) is stale: it is removed with a log line saying so.
 */
export async function acquireLock(ctx: Pick<ProvisionContext, 'database' | 'logger'>, owner: string, isDone: () => Promise<boolean>): Promise<boolean> {
  let waitingSince: number | undefined;
  for (;;) {
    const now = Date.now();
    try {
      await ctx.database('alur_meta').insert({ key: 'lock', value: JSON.stringify({ owner }), until: new Date(now + LOCK_MS).toISOString() });
      return true;
    } catch {
      if (await isDone()) return false;
      const lock = await ctx.database('alur_meta').where({ key: 'lock' }).first('value', 'until');
      const until = Date.parse(String(lock?.['until'] ?? ''));
      if (lock && (Number.isNaN(until) || until < now || until > now + LOCK_MS + 60_000)) {
        await ctx.database('alur_meta').where({ key: 'lock' }).delete();
        ctx.logger.warn(
          `alur: kunci provisioning usang dihapus (stale provisioning lock removed): until=${String(lock['until'] ?? '-')}, value=${String(lock['value'] ?? '-')}`,
        );
        continue;
      }
      if (waitingSince === undefined) waitingSince = now;
      else if (now - waitingSince >= 10_000) {
        ctx.logger.info(
          `alur: menunggu instans lain selesai provisioning, kunci sampai ${String(lock?.['until'] ?? '-')} (waiting for another instance's provisioning)`,
        );
        waitingSince = now;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

async function ensureCollectionsAndFields(ctx: ProvisionContext): Promise<void> {
  for (const spec of collections) {
    const schema = await freshSchema(ctx);
    if (!schema.collections[spec.collection]) {
      await service(ctx, 'CollectionsService', schema).createOne(collectionPayload(spec));
      ctx.logger.info(`alur: koleksi ${spec.collection} dibuat (collection created)`);
    }
    for (const field of spec.fields) {
      const current = await freshSchema(ctx);
      if (current.collections[spec.collection]?.fields[field.field]) continue;
      await (service(ctx, 'FieldsService', current).createField as NonNullable<ReturnType<typeof service>['createField']>)(
        spec.collection,
        fieldPayload(field),
      );
    }
  }
  for (const relation of relations) {
    const schema = await freshSchema(ctx);
    if (schema.relations.some((r) => r.collection === relation.collection && r.field === relation.field)) continue;
    await service(ctx, 'RelationsService', schema).createOne({
      collection: relation.collection,
      field: relation.field,
      related_collection: relation.related,
      meta: { one_field: relation.oneField ?? null, sort_field: relation.sortField === 'sort' ? 'sort' : null, one_deselect_action: 'delete' },
      schema: { on_delete: relation.onDelete },
    });
  }
}

/** Dropdown choices as the schema gives them now (a data folder from an older version gains new ones, e.g. "archived"). */
async function refreshChoices(ctx: ProvisionContext): Promise<void> {
  for (const spec of collections) {
    for (const field of spec.fields) {
      if (!field.options || !('choices' in field.options)) continue;
      await ctx
        .database('directus_fields')
        .where({ collection: spec.collection, field: field.field })
        .update({ options: JSON.stringify(field.options) });
    }
  }
}

async function exists(ctx: ProvisionContext, table: string, id: string): Promise<boolean> {
  return (await ctx.database(table).where({ id }).first('id')) !== undefined;
}

/**
 * v7: Alur's displays and interfaces on the fields of an existing install too. A field's display
 * is set only while it has none (or Alur's own), its interface only while it has none or one an
 * earlier Alur version set (`formerInterfaces`): an admin's own later choice stays.
 */
export async function ensureFieldPresentation(ctx: Pick<ProvisionContext, 'database'>): Promise<number> {
  let changed = 0;
  for (const spec of collections) {
    for (const field of spec.fields) {
      if (!field.display && !field.formerInterfaces) continue;
      const row = await ctx.database('directus_fields').where({ collection: spec.collection, field: field.field }).first('id', 'display', 'interface');
      if (!row) continue;
      const update: Record<string, unknown> = {};
      const display = row['display'] as string | null;
      if (field.display && (display === null || (display.startsWith('alur-') && display !== field.display))) {
        Object.assign(update, { display: field.display, display_options: field.displayOptions ? JSON.stringify(field.displayOptions) : null });
      }
      const current = row['interface'] as string | null;
      if (field.interface && field.formerInterfaces && (current === null || field.formerInterfaces.includes(current))) {
        Object.assign(update, { interface: field.interface, options: field.options ? JSON.stringify(field.options) : null });
      }
      if (Object.keys(update).length === 0) continue;
      await ctx.database('directus_fields').where({ id: row['id'] }).update(update);
      changed += 1;
    }
  }
  return changed;
}

async function ensureAccess(ctx: ProvisionContext): Promise<void> {
  const schema = await freshSchema(ctx);
  for (const policy of Object.values(POLICIES)) {
    if (await exists(ctx, 'directus_policies', policy.id)) continue;
    await service(ctx, 'PoliciesService', schema).createOne({
      ...policy,
      icon: 'verified_user',
      enforce_tfa: false,
      description: 'Dibuat oleh Alur (created by Alur)',
    });
    if (policy.admin_access) continue;
    for (const collection of REFERENCE_COLLECTIONS) {
      await service(ctx, 'PermissionsService', schema).createOne({
        policy: policy.id,
        collection,
        action: 'read',
        fields: ['*'],
        permissions: null,
        validation: null,
        presets: null,
      });
    }
  }
  for (const role of [...provisionedRoles(), ...Object.values(FALLBACK_ROLES)]) {
    if (await exists(ctx, 'directus_roles', role.id)) continue;
    await service(ctx, 'RolesService', schema).createOne({
      id: role.id,
      name: role.name,
      icon: role.policy === 'requester' ? 'apartment' : 'engineering',
      description: role.sopRole
        ? `Peran SOP: ${role.sopRole}`
        : role.policy === 'admin'
          ? 'Admin Alur'
          : 'Peran SOP dari varian buatan admin (SOP roles of admin-made variants)',
    });
    await service(ctx, 'AccessService', schema).createOne({ role: role.id, policy: POLICIES[role.policy].id });
  }
}

async function seedBuiltins(ctx: ProvisionContext): Promise<void> {
  const schema = await freshSchema(ctx);
  for (const definition of builtinCalendarDefinitions) {
    if (await exists(ctx, 'alur_calendars', definition.id)) continue;
    const { calendar, holidays } = calendarToRows(definition, { builtin: true });
    await itemsService(ctx, 'alur_calendars', schema).createOne({ ...calendar, holidays }, { emitEvents: false });
  }
  for (const definition of builtinSopDefinitions) {
    if (await exists(ctx, 'alur_sop_variants', definition.id)) {
      // v9: a built-in variant stored before the printed document's parts existed gets them (an admin's own stay).
      if (definition.document)
        await (ctx.database as unknown as Db)('alur_sop_variants')
          .where({ id: definition.id, builtin: true })
          .whereNull('document')
          .update({ document: JSON.stringify(definition.document) });
      continue;
    }
    const { variant, steps } = variantToRows(definition, { builtin: true });
    await itemsService(ctx, 'alur_sop_variants', schema).createOne({ ...variant, steps }, { emitEvents: false });
  }
}

/** Directus' own default module bar (content, users, files, insights, settings), as the Studio falls back to it when the setting is empty. */
const MODULE_BAR_DEFAULT = [
  { type: 'module', id: 'content', enabled: true },
  { type: 'module', id: 'users', enabled: true },
  { type: 'module', id: 'files', enabled: true },
  { type: 'module', id: 'insights', enabled: true },
  { type: 'module', id: 'settings', enabled: true, locked: true },
];

/**
 * v7: the project speaks Bahasa Indonesia (default language id-ID, unless an admin chose
 * another than Directus' en-US) and the module bar shows the "Alur" module after Content
 * (Directus shows a custom module only once the bar lists it). An admin's later choice stays.
 */
async function ensureStudioSettings(ctx: ProvisionContext): Promise<void> {
  const db = ctx.database;
  const row = (await db('directus_settings').first('id', 'default_language', 'module_bar')) as
    | { id: number; default_language: string | null; module_bar: unknown }
    | undefined;
  const stored =
    typeof row?.module_bar === 'string'
      ? (JSON.parse(row.module_bar) as { id?: string; type: string }[])
      : ((row?.module_bar as { id?: string; type: string }[] | null | undefined) ?? null);
  const bar: { id?: string; type: string }[] = stored ?? [...MODULE_BAR_DEFAULT];
  if (!bar.some((part) => part.type === 'module' && part.id === 'alur')) {
    const content = bar.findIndex((part) => part.id === 'content');
    bar.splice(content + 1, 0, { type: 'module', id: 'alur', enabled: true } as { id: string; type: string });
  }
  const language = row?.default_language && row.default_language !== 'en-US' ? row.default_language : 'id-ID';
  const values = { default_language: language, module_bar: JSON.stringify(bar) };
  if (row) await db('directus_settings').where({ id: row.id }).update(values);
  else await db('directus_settings').insert(values);
}

function itemsService(ctx: ProvisionContext, collection: string, schema: SchemaOverview) {
  const Items = ctx.services['ItemsService'] as unknown as new (
    collection: string,
    options: object,
  ) => { createOne(data: object, opts?: object): Promise<unknown> };
  return new Items(collection, { schema, accountability: null, knex: ctx.database });
}

/**
 * Whether Alur's schema is in place at the version this build expects (without creating
 * anything): false on a Directus where the extension was just installed, or before an upgrade.
 */
export async function isProvisioned(ctx: Pick<ProvisionContext, 'database'>): Promise<boolean> {
  if (provisioned) return true;
  try {
    provisioned = (await currentVersion(ctx)) >= SCHEMA_VERSION;
  } catch {
    provisioned = false; // no alur_meta table yet
  }
  return provisioned;
}

/** Once in place, the schema stays for the life of the process: asked no more. */
let provisioned = false;

/**
 * Creates what is missing of Alur's schema (collections, fields with Indonesian labels and
 * English translations, relations), its policies and roles (one per SOP actor, OPD requesters
 * and admins) and the built-in calendars and SOP variants; stamps the schema version.
 * Idempotent, never drops anything, and safe when several instances start at once: one takes a
 * lock in `alur_meta`, the others wait for its version stamp.
 */
export async function provision(ctx: ProvisionContext): Promise<{ applied: boolean; version: number }> {
  await ensureMetaCollection(ctx);
  if ((await currentVersion(ctx)) >= SCHEMA_VERSION) return { applied: false, version: await currentVersion(ctx) };
  const owner = randomUUID();
  if (!(await acquireLock(ctx, owner, async () => (await currentVersion(ctx)) >= SCHEMA_VERSION)))
    return { applied: false, version: await currentVersion(ctx) };
  try {
    // Another instance may have finished between our first look and taking the lock.
    if ((await currentVersion(ctx)) >= SCHEMA_VERSION) return { applied: false, version: await currentVersion(ctx) };
    await ensureCollectionsAndFields(ctx);
    await refreshChoices(ctx);
    await ensureAccess(ctx);
    await seedBuiltins(ctx);
    await ensureStudioSettings(ctx);
    await ensureFieldPresentation(ctx);
    // v3: indexes for paging and the report, and the derived columns and visit rows of older requests.
    const db = ctx.database as unknown as Db;
    await ensureIndexes(db);
    // v4: search through an index (FTS5 trigrams on SQLite, pg_trgm on Postgres).
    await ensureSearch(db, ctx.logger);
    const { definitions, clock } = getRuntime();
    const filled = await backfillRequests(db, definitions, clock.now(), ctx.logger);
    if (filled) ctx.logger.info(`alur: ${filled} permohonan dilengkapi untuk skema v3 (requests backfilled)`);
    // v4: the daily SLA tallies the report sums, from each request's columns and visit rows.
    const counted = await fillTallies(db);
    if (counted) ctx.logger.info(`alur: ${counted} permohonan dihitung ke rekap SLA (requests tallied)`);
    // v7: the Insights dashboard "Alur — SLA" with Alur's panels, when missing.
    if (await ensureDashboard(ctx)) ctx.logger.info('alur: dasbor Insights "Alur — SLA" dibuat (Insights dashboard created)');
    const stamp = { key: 'schema_version', value: JSON.stringify(SCHEMA_VERSION), until: null };
    const updated = await ctx.database('alur_meta').where({ key: 'schema_version' }).update({ value: stamp.value });
    if (updated === 0) await ctx.database('alur_meta').insert(stamp);
    ctx.logger.info(`alur: skema versi ${SCHEMA_VERSION} terpasang (schema version installed)`);
    return { applied: true, version: SCHEMA_VERSION };
  } finally {
    await ctx.database('alur_meta').where({ key: 'lock' }).delete();
  }
}
