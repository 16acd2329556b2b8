import {
  apply,
  nextSlaCheck,
  start,
  type ApplyError,
  type CompiledSop,
  type RequestEffect,
  type RequestSnapshot,
  type RequestSla,
  type TimelineEntry,
} from '@alur/core';
import { listSecretPaths, parseForm, redactSecrets, type FormIssue } from '@alur/forms';
import { randomUUID } from 'node:crypto';
import { isStaff, rolesOn, type Caller, type MembershipDirectory } from './caller.js';
import { fromDb, instant, toJson, UUID, type Db } from './db.js';
import { builtinForms, StaleDefinitions, type DefinitionStore, type FormKinds } from './definitions.js';
import { notificationsFor, saveNotifications, type Mailer } from './notify.js';
import { httpError, issuesOut, text, type AlurStatus, type Locale } from './errors.js';
import { remember, type IdempotencyKey } from './idempotency.js';
import { checkRequestSize, LIMITS } from './limits.js';
import type { SecretBox } from './secrets.js';
import { DERIVED_AT } from './derived.js';
import { listingColumns, slaAt } from './visits.js';
import { attachFiles, filesToAttach } from './attachments.js';

/** A row of `alur_requests` as read back. */
export interface RequestRow {
  id: string;
  title: string;
  variant: string;
  variant_version: string | null;
  definition: string;
  office: string;
  step: string | null;
  phase: 'active' | 'waiting' | 'done' | null;
  actor: string | null;
  deadline: unknown;
  sla_status: string | null;
  sla_provisional?: boolean | number | null;
  sla_next_check: unknown;
  sla_claim_until: unknown;
  version: number;
  form: Record<string, unknown> | null;
  snapshot: RequestSnapshot;
  secrets: Record<string, unknown> | null;
  /** This request's part in `alur_sla_tallies` as last written. */
  sla_tally?: unknown;
  /** Set while its visit rows and tallies are still to be written (see `flushDerived`). */
  derived_at?: unknown;
  created_by: string | null;
  date_created: unknown;
  date_updated: unknown;
}

/** What the service needs to run requests. */
export interface RequestServiceDeps {
  readonly db: Db;
  readonly definitions: DefinitionStore;
  /** Who holds which roles where: the notified users of each transition. */
  readonly members: MembershipDirectory;
  readonly now: () => Date;
  /** Emails the notifications of each committed transition (none without it). */
  readonly mail?: Mailer;
  /** Encrypts form secrets at rest. */
  readonly secrets: SecretBox;
}

/** The columns a page of requests answers with (never the snapshot or the secrets). */
export const LIST_COLUMNS = [
  'id',
  'title',
  'variant',
  'variant_version',
  'definition',
  'office',
  'step',
  'phase',
  'actor',
  'deadline',
  'sla_status',
  'sla_provisional',
  'version',
  'date_created',
  'date_updated',
];

/** The columns a request's page needs: the list's, who filed it and the snapshot (not its form, sealed secrets or tally share). */
export const PAGE_COLUMNS: readonly string[] = [...LIST_COLUMNS, 'created_by', 'snapshot'];

/** Reads a request row (all columns, or those given), or `undefined`. */
export async function readRow(db: Db, id: string, columns: readonly string[] = ['*']): Promise<RequestRow | undefined> {
  const row = await db('alur_requests')
    .where({ id })
    .first(...columns);
  return row ? fromDb<RequestRow>('alur_requests', row) : undefined;
}

/** Admins and Diskominfo staff see every office's requests; an OPD user only its own office's. */
const seesAllOffices = (caller: Caller) => caller.admin || isStaff(caller);

/** Whether the caller may see a request (see `visibleRequests` for the same rule as a query). */
export function canSee(caller: Caller, row: Pick<RequestRow, 'office'>): boolean {
  return seesAllOffices(caller) || caller.memberships.some((m) => m.office === row.office);
}

/** The offices whose requests the caller may see, or `undefined` for every office. */
export function visibleOffices(caller: Caller): string[] | undefined {
  return seesAllOffices(caller) ? undefined : caller.memberships.map((m) => m.office);
}

/** The requests the caller may see, as a query to narrow further. */
export function visibleRequests(db: Db, caller: Caller) {
  const query = db('alur_requests').select();
  const offices = visibleOffices(caller);
  return offices ? query.whereIn('office', offices) : query;
}

/** The kind (requester or staff) an SOP gives a role id. */
export const roleKinds = (sop: CompiledSop) => (role: string) => sop.roles.get(role)?.kind;

/** The request, or 404 when it does not exist or the caller may not see it (no hint which). */
export async function visibleRow(db: Db, caller: Caller, id: string, columns?: readonly string[]): Promise<RequestRow> {
  const row = UUID.test(id) ? await readRow(db, id, columns) : undefined;
  if (!row || !canSee(caller, row)) {
    throw httpError(404, text(`Permohonan "${id}" tidak ditemukan.`, `Request "${id}" not found.`), {}, caller.locale);
  }
  return row;
}

/** The requester roles of an SOP (who submits and answers for the OPD). */
export function requesterRoles(sop: CompiledSop): string[] {
  return [...sop.roles.values()].filter((r) => r.kind === 'requester').map((r) => r.id);
}

/** The columns kept beside the snapshot so that lists, inboxes and the sweep need no JSON. */
export function derivedColumns(sop: CompiledSop, snapshot: RequestSnapshot, at: Date): Record<string, unknown> {
  const context = snapshot.context;
  let current: RequestSla['current'];
  try {
    current = slaAt(sop, snapshot, at).current;
  } catch {
    // Outside the calendar's years: the SLA cannot be judged until the admin adds the year.
    current = undefined;
  }
  const next = nextSlaCheck(sop, snapshot);
  return {
    step: context.step,
    phase: context.phase,
    actor: context.phase === 'done' ? null : context.phase === 'waiting' ? (requesterRoles(sop)[0] ?? null) : sop.steps.get(context.step)!.actor,
    deadline: context.phase === 'done' ? null : current?.deadline ? new Date(current.deadline) : null,
    sla_status: context.phase === 'done' ? 'done' : (current?.status ?? null),
    sla_provisional: context.phase !== 'done' && current?.provisional === true,
    sla_next_check: next ?? null,
    ...listingColumns(sop, snapshot, at),
  };
}

/** The `form` column: the data of each document that carries some, by document key. */
function formOf(snapshot: RequestSnapshot): Record<string, unknown> {
  return Object.fromEntries(Object.values(snapshot.context.documents).flatMap((d) => (d.data ? [[d.key, d.data]] : [])));
}

/** The audit rows for timeline entries `from..` of a snapshot, numbered from `seq` on. */
function auditRows(requestId: string, timeline: readonly TimelineEntry[], from: number, seq: (i: number) => unknown): Record<string, unknown>[] {
  return timeline.slice(from).map((entry, i) => {
    const { at, by, event, step, to, ...detail } = entry;
    return { request: requestId, seq: seq(i), at: new Date(at), by, event, step, to: to ?? null, detail: toJson(Object.keys(detail).length ? detail : null) };
  });
}

const REFUSAL_STATUS: Record<ApplyError['code'], AlurStatus> = {
  WRONG_ROLE: 403,
  INVALID_EVENT: 400,
  WRONG_SOP: 409,
  FINISHED: 422,
  NOT_ALLOWED_NOW: 422,
  MISSING_KELENGKAPAN: 422,
  MISSING_OUTPUT: 422,
  MISSING_DATA: 422,
  MISSING_SCHEDULE: 422,
  OUT_OF_RANGE: 422,
};

function refused(error: ApplyError, locale: Locale): Error {
  return httpError(REFUSAL_STATUS[error.code], error.message, { reason: error.code, ...(error.issues ? { issues: issuesOut(error.issues) } : {}) }, locale);
}

/** A JSON object (not null, not a list). */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks every attached document that carries form data against its `@alur/forms` schema.
 * Returns the documents with parsed data, secret fields left out, and the secret values
 * apart (stored encrypted, in a column no response shows).
 */
export function checkDocuments(documents: unknown, locale: Locale, forms: FormKinds = builtinForms): { documents: unknown; secrets: Record<string, unknown> } {
  if (!Array.isArray(documents)) return { documents, secrets: {} };
  if (documents.length > LIMITS.documentsPerEvent) {
    throw httpError(
      400,
      text(`Paling banyak ${LIMITS.documentsPerEvent} dokumen sekali kirim.`, `At most ${LIMITS.documentsPerEvent} documents at once.`),
      { reason: 'LIMIT' },
      locale,
    );
  }
  const secrets: Record<string, unknown> = {};
  const problems: (FormIssue & { document: string })[] = [];
  const out = documents.map((doc) => {
    if (isObject(doc) && doc['data'] !== undefined && JSON.stringify(doc['data']).length > LIMITS.documentBytes) {
      throw httpError(
        413,
        text(
          `Data dokumen "${String(doc['key'])}" lebih dari ${LIMITS.documentBytes / 1024} KB; lampirkan sebagai file.`,
          `The data of document "${String(doc['key'])}" is over ${LIMITS.documentBytes / 1024} KB; attach it as a file.`,
        ),
        { reason: 'LIMIT' },
        locale,
      );
    }
    const key = isObject(doc) && typeof doc['key'] === 'string' && doc['data'] !== undefined ? doc['key'] : undefined;
    const schema = key === undefined ? undefined : forms.get(key)?.schema;
    if (!isObject(doc) || key === undefined || !schema) return doc;
    const result = parseForm(schema, doc['data'], { locale, emptyAsMissing: true });
    if (!result.success) {
      problems.push(...result.issues.map((issue) => ({ ...issue, document: key })));
      return doc;
    }
    if (listSecretPaths(schema).length === 0) return { ...doc, data: result.data };
    secrets[key] = result.data;
    return { ...doc, data: redactSecrets(schema, result.data, { omit: true }) };
  });
  if (problems.length > 0) {
    const summary = problems.map((p) => `${p.document}: ${p.message}`).join('; ');
    throw httpError(
      400,
      text(`Formulir tidak lengkap atau tidak sah: ${summary}`, `The form is incomplete or invalid: ${summary}`),
      { issues: problems.map((p) => ({ document: p.document, path: p.path, label: p.label, message: p.message })) },
      locale,
    );
  }
  return { documents: out, secrets };
}

/** An event from the HTTP body: the actor is the caller (with the roles they hold on this request), never the body. */
function eventFromBody(
  body: unknown,
  caller: Caller,
  forms: FormKinds,
): { fields: Record<string, unknown>; version: number | undefined; secrets: Record<string, unknown> } {
  if (!isObject(body))
    throw httpError(400, text('Isi permintaan harus objek JSON berisi "type".', 'The body must be a JSON object with "type".'), {}, caller.locale);
  const { version, actor, ...rest } = body;
  if (actor !== undefined)
    throw httpError(
      400,
      text('"actor" tidak boleh dikirim: pelaku adalah pengguna yang masuk.', '"actor" must not be sent: the actor is the signed-in user.'),
      {},
      caller.locale,
    );
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version) || version < 0)) {
    throw httpError(400, text('"version" harus bilangan bulat ≥ 0.', '"version" must be an integer ≥ 0.'), {}, caller.locale);
  }
  if (rest['type'] === 'TICK') throw httpError(400, text('TICK hanya dikirim oleh penyapu SLA.', 'TICK is sent by the SLA sweep only.'), {}, caller.locale);
  const { documents, secrets } = checkDocuments(rest['documents'], caller.locale, forms);
  return { fields: { ...rest, ...(rest['documents'] !== undefined ? { documents } : {}) }, version: version as number | undefined, secrets };
}

const conflict = (locale: Locale, current: number) =>
  httpError(
    409,
    text('Permohonan sudah diubah orang lain; muat ulang lalu coba lagi.', 'The request was changed by someone else; reload and try again.'),
    { currentVersion: current },
    locale,
  );

/**
 * The audit trail's next sequence number, counted inside the INSERT (no separate read): one
 * more than the request's last, plus `offset` for the later rows of the same insert.
 */
const nextSeq = (trx: Db, request: string, offset = 0) =>
  trx.raw('(select coalesce(max(seq), 0) + ? from alur_request_events where request = ?)', [offset + 1, request]);

/** The request's state as stored, refused (413) when it would grow past the limits. */
function storedSnapshot(snapshot: RequestSnapshot, locale: Locale): string {
  if (Object.keys(snapshot.context.documents).length > LIMITS.documentsPerRequest) {
    throw httpError(
      413,
      text(
        `Permohonan sudah menyimpan ${LIMITS.documentsPerRequest} dokumen, batasnya.`,
        `The request already keeps ${LIMITS.documentsPerRequest} documents, its limit.`,
      ),
      { reason: 'LIMIT' },
      locale,
    );
  }
  const json = toJson(snapshot)!;
  checkRequestSize(json, locale);
  return json;
}

/** Options of one write. */
export interface WriteOptions {
  /** Remember the answer under this key, in the write's transaction (see `idempotency.ts`). */
  readonly idempotency?: IdempotencyKey | undefined;
}

/** Creates, advances and reads requests; every write is one transaction with an optimistic version check. */
export class RequestService {
  constructor(private readonly deps: RequestServiceDeps) {}

  /**
   * Runs a write until it computed on the definitions stored at its commit (see
   * `DefinitionStore.checkCurrent`): a calendar saved meanwhile, through any instance, never
   * leaves a request judged on the old calendar. After three tries, 409.
   */
  async #onCurrentDefinitions<T>(locale: Locale, write: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await write();
      } catch (error) {
        if (!(error instanceof StaleDefinitions)) throw error;
        if (attempt === 3)
          throw httpError(
            409,
            text('Definisi SOP atau kalender sedang diubah; coba lagi.', 'The SOP definitions or calendars are being changed; try again.'),
            { reason: 'DEFINITIONS_CHANGED' },
            locale,
          );
        this.deps.definitions.recheck();
      }
    }
  }

  /**
   * Starts a request on a variant for one of the caller's OPD offices (`office` in the body
   * when they have several); when the first step is the requester's, submits it at once with
   * the given documents (all or nothing). Errors from core (`AlurError`) are left to the
   * caller to turn into HTTP errors (`fromCore`).
   */
  create(caller: Caller, body: unknown, options: WriteOptions = {}): Promise<{ row: RequestRow; sop: CompiledSop }> {
    return this.#onCurrentDefinitions(caller.locale, () => this.#create(caller, body, options));
  }

  async #create(caller: Caller, body: unknown, options: WriteOptions): Promise<{ row: RequestRow; sop: CompiledSop }> {
    const { db, definitions, now } = this.deps;
    const locale = caller.locale;
    if (!isObject(body)) throw httpError(400, text('Isi permintaan harus objek JSON.', 'The body must be a JSON object.'), {}, locale);
    const { variant, title, data, documents, note, office: askedOffice } = body;
    const problems: string[][] = [];
    if (typeof variant !== 'string' || variant.trim() === '')
      problems.push(['"variant" wajib diisi (ID varian SOP)', '"variant" is required (SOP variant id)']);
    if (typeof title !== 'string' || title.trim() === '' || title.length > 255)
      problems.push(['"title" wajib diisi, paling banyak 255 karakter', '"title" is required, at most 255 characters']);
    if (data !== undefined && !isObject(data)) problems.push(['"data" harus objek', '"data" must be an object']);
    if (documents !== undefined && !Array.isArray(documents)) problems.push(['"documents" harus daftar', '"documents" must be a list']);
    if (note !== undefined && typeof note !== 'string') problems.push(['"note" harus teks', '"note" must be text']);
    if (askedOffice !== undefined && typeof askedOffice !== 'string')
      problems.push(['"office" harus teks (ID perangkat daerah)', '"office" must be text (an office id)']);
    if (problems.length) throw httpError(400, text(problems.map((p) => p[0]).join('; '), problems.map((p) => p[1]).join('; ')), {}, locale);
    const offices = caller.memberships.filter((m) => m.kind === 'opd');
    if (offices.length === 0) {
      throw httpError(
        403,
        text('Hanya pengguna OPD pemohon yang dapat mengajukan permohonan.', 'Only users of a requesting office (OPD) can file a request.'),
        {},
        locale,
      );
    }
    const membership = askedOffice === undefined && offices.length === 1 ? offices[0] : offices.find((m) => m.office === askedOffice);
    if (!membership) {
      const list = offices.map((m) => m.office).join(', ');
      throw httpError(
        askedOffice === undefined ? 400 : 403,
        askedOffice === undefined
          ? text(`Anda anggota beberapa OPD; sebutkan "office": ${list}.`, `You belong to several offices; give "office": ${list}.`)
          : text(
              `Anda bukan anggota OPD "${String(askedOffice)}" (OPD Anda: ${list}).`,
              `You are not a member of office "${String(askedOffice)}" (yours: ${list}).`,
            ),
        {},
        locale,
      );
    }
    const office = membership.office;
    const defs = await definitions.load(db);
    if (!defs.sops.ids.includes(variant as string)) {
      throw httpError(404, text(`Varian SOP "${variant}" tidak ada.`, `SOP variant "${variant}" does not exist.`), {}, locale);
    }
    if (defs.drafts.has(variant as string))
      throw httpError(422, text(`Varian SOP "${variant}" masih draf.`, `SOP variant "${variant}" is a draft.`), {}, locale);
    if (defs.archived.has(variant as string))
      throw httpError(422, text(`Varian SOP "${variant}" sudah diarsipkan.`, `SOP variant "${variant}" is archived.`), {}, locale);
    const sop = defs.sops.get(variant as string);
    const roles = rolesOn(caller, { office, created_by: caller.user }, roleKinds(sop));
    const requester = requesterRoles(sop);
    if (roles.length === 0) {
      throw httpError(
        403,
        text(
          `Peran Anda di ${office} (${membership.roles.join(', ') || '-'}) bukan pemohon pada SOP ini (${requester.join(', ')}).`,
          `Your roles at ${office} (${membership.roles.join(', ') || '-'}) are not requesters in this SOP (${requester.join(', ')}).`,
        ),
        {},
        locale,
      );
    }
    const checked = checkDocuments(documents, locale, defs.forms);
    const uploads = await filesToAttach(db, caller, undefined, checked.documents);
    const at = now();
    let snapshot = start(sop, { opd: office, by: caller.user, data: (data as Record<string, unknown>) ?? {} }, at);
    let effects: readonly RequestEffect[] = [
      { type: 'notify', reason: 'step-entered', step: snapshot.context.step, roles: [sop.steps.get(snapshot.context.step)!.actor] },
    ];
    const first = sop.steps.get(snapshot.context.step)!;
    if (roles.includes(first.actor)) {
      const result = apply(
        sop,
        snapshot,
        { type: 'SUBMIT', actor: { id: caller.user, roles }, ...(checked.documents ? { documents: checked.documents } : {}), ...(note ? { note } : {}) },
        at,
      );
      if (!result.ok) throw refused(result.error, locale);
      snapshot = result.snapshot;
      effects = result.effects;
    }
    const stored = storedSnapshot(snapshot, locale);
    const derived = derivedColumns(sop, snapshot, at);
    const id = randomUUID();
    const key = await definitions.freeze(db, sop);
    const form = formOf(snapshot);
    const sealed = Object.keys(checked.secrets).length ? { sealed: this.deps.secrets.seal(checked.secrets) } : null;
    // Its visit rows and tallies are written behind it, as judged now (see `flushDerived`).
    const columns = {
      id,
      title: (title as string).trim(),
      variant: variant as string,
      variant_version: sop.sop.version,
      definition: key,
      office,
      ...derived,
      version: 1,
      created_by: caller.user,
      date_created: at,
      date_updated: at,
      [DERIVED_AT]: at,
    };
    // The row as it reads back, built here: the transaction holds the connection for the writes only.
    const row = { ...columns, form, snapshot, secrets: sealed, sla_tally: null } as RequestRow;
    const notified = notificationsFor(
      sop,
      { id, title: row.title, office, deadline: derived['deadline'] as Date | null },
      effects,
      at,
      (await this.deps.members.load(db)).all,
    );
    await db.transaction(async (trx) => {
      await definitions.checkCurrent(trx, defs);
      await trx('alur_requests').insert({ ...columns, form: toJson(form), snapshot: stored, secrets: toJson(sealed) });
      await trx('alur_request_events').insert(auditRows(id, snapshot.context.timeline, 0, (i) => i + 1));
      await attachFiles(trx, uploads, id, locale);
      await saveNotifications(trx, notified, at);
      if (options.idempotency) await remember(trx, options.idempotency, caller.user, { status: 201, body: { data: publicRequest(row, sop) } }, at);
    });
    this.deps.mail?.(notified);
    return { row, sop };
  }

  /**
   * Applies one event as the caller, in one transaction: the row is updated only if its
   * version is still the one read (else 409), and the audit trail grows in the same commit.
   * The caller acts with the roles they hold on this request (`rolesOn`).
   */
  send(
    caller: Caller,
    id: string,
    body: unknown,
    options: WriteOptions = {},
  ): Promise<{ row: RequestRow; sop: CompiledSop; effects: readonly RequestEffect[] }> {
    return this.#onCurrentDefinitions(caller.locale, () => this.#send(caller, id, body, options));
  }

  async #send(
    caller: Caller,
    id: string,
    body: unknown,
    options: WriteOptions,
  ): Promise<{ row: RequestRow; sop: CompiledSop; effects: readonly RequestEffect[] }> {
    const { db, definitions, now } = this.deps;
    const defs = await definitions.load(db);
    const { fields, version, secrets } = eventFromBody(body, caller, defs.forms);
    const before = await visibleRow(db, caller, id);
    if (version !== undefined && version !== before.version) throw conflict(caller.locale, before.version);
    const uploads = await filesToAttach(db, caller, id, fields['documents']);
    const sop = await definitions.frozen(db, before.definition, defs);
    const roles = rolesOn(caller, before, roleKinds(sop));
    const at = now();
    const result = apply(sop, before.snapshot, { ...fields, actor: { id: caller.user, roles: roles.length ? roles : ['-'] } }, at);
    if (!result.ok) throw refused(result.error, caller.locale);
    const next = result.snapshot;
    const stored = storedSnapshot(next, caller.locale);
    const derived = derivedColumns(sop, next, at);
    const sealed = Object.keys(secrets).length ? this.deps.secrets.seal({ ...(this.deps.secrets.open(before.secrets) ?? {}), ...secrets }) : undefined;
    const form = formOf(next);
    // Its visit rows and tallies are written behind it, as judged now (see `flushDerived`).
    const changes = { ...derived, version: before.version + 1, date_updated: at, [DERIVED_AT]: at };
    // The row as it reads back, built here: the transaction holds the connection for the writes only.
    const row = { ...before, ...changes, snapshot: next, form, ...(sealed ? { secrets: { sealed } } : {}) } as RequestRow;
    const notified = notificationsFor(
      sop,
      { ...before, deadline: derived['deadline'] as Date | null },
      result.effects,
      at,
      (await this.deps.members.load(db)).all,
    );
    await db.transaction(async (trx) => {
      await definitions.checkCurrent(trx, defs);
      // Also while its next SLA check is as read: a calendar saved meanwhile has marked it due (knex writes null as `is null`).
      const updated = await trx('alur_requests')
        .where({ id, version: before.version, sla_next_check: before.sla_next_check as Date | number | null })
        .update({ ...changes, snapshot: stored, form: toJson(form), ...(sealed ? { secrets: toJson({ sealed }) } : {}) });
      if (updated !== 1) {
        const current = await trx('alur_requests').where({ id }).first('version');
        // Same version: only its next check moved (a calendar save, or the sweep judged it), so the event is tried again.
        if (current && Number(current.version) === before.version) throw new StaleDefinitions();
        throw conflict(caller.locale, Number(current?.version ?? before.version));
      }
      const rows = auditRows(id, next.context.timeline, before.snapshot.context.timeline.length, (i) => nextSeq(trx, id, i));
      if (rows.length) await trx('alur_request_events').insert(rows);
      await attachFiles(trx, uploads, id, caller.locale);
      await saveNotifications(trx, notified, at);
      if (options.idempotency) await remember(trx, options.idempotency, caller.user, { status: 200, body: { data: publicRequest(row, sop) } }, at);
    });
    this.deps.mail?.(notified);
    return { row, sop, effects: result.effects };
  }

  /**
   * Reveals the secret fields of a request's form (the test account of the feasibility form)
   * to a user who holds, on this request, a staff role acting at a step that uses the document,
   * and records who, when and why in the audit trail in the same transaction.
   */
  async revealSecrets(caller: Caller, id: string, body: unknown): Promise<{ document: string; fields: Record<string, unknown> }> {
    const { db, definitions, now } = this.deps;
    const locale = caller.locale;
    const { document, reason } = isObject(body) ? body : {};
    const forms = (await definitions.load(db)).forms;
    if (typeof document !== 'string' || !forms.has(document) || (reason !== undefined && (typeof reason !== 'string' || reason.length > 500))) {
      throw httpError(
        400,
        text(
          'Kirim {"document": kunci dokumen, "reason": alasan (opsional, ≤ 500 karakter)}.',
          'Send {"document": a document key, "reason": why (optional, ≤ 500 characters)}.',
        ),
        {},
        locale,
      );
    }
    const row = await visibleRow(db, caller, id);
    const sop = await definitions.frozen(db, row.definition);
    const paths = listSecretPaths(forms.get(document)!.schema);
    const stored = this.deps.secrets.open(row.secrets)?.[document] as Record<string, unknown> | undefined;
    if (paths.length === 0 || !stored) {
      throw httpError(
        404,
        text(`Permohonan ini tidak menyimpan rahasia formulir "${document}".`, `This request keeps no secrets of form "${document}".`),
        {},
        locale,
      );
    }
    const allowed = new Set(
      [...sop.steps.values()]
        .filter((step) => (step.uses ?? []).includes(document) || [...(step.kelengkapan ?? []), ...(step.outputs ?? [])].some((item) => item.key === document))
        .flatMap((step) => [step.actor, ...(step.participants ?? [])]),
    );
    const mine = rolesOn(caller, row, roleKinds(sop)).filter((role) => allowed.has(role) && sop.roles.get(role)?.kind === 'staff');
    if (mine.length === 0) {
      const who =
        [...allowed]
          .filter((role) => sop.roles.get(role)?.kind === 'staff')
          .map((role) => sop.roles.get(role)?.name ?? role)
          .join(', ') || '-';
      throw httpError(
        403,
        text(
          `Rahasia formulir "${document}" hanya dapat dibuka oleh pelaksana langkah yang memakainya (${who}).`,
          `The secrets of form "${document}" can only be revealed by the actors of the steps that use it (${who}).`,
        ),
        {},
        locale,
      );
    }
    const fields = Object.fromEntries(
      paths.map((path) => [path, path.split('.').reduce<unknown>((value, part) => (isObject(value) ? value[part] : undefined), stored)]),
    );
    const at = now();
    await db.transaction(async (trx) => {
      await trx('alur_request_events').insert({
        request: id,
        seq: nextSeq(trx, id),
        at,
        by: caller.user,
        event: 'REVEAL_SECRET',
        step: row.step,
        to: null,
        detail: toJson({ document, fields: paths, roles: mine, ...(reason ? { reason } : {}) }),
      });
    });
    return { document, fields };
  }
}

/** A request as responses show it: no snapshot internals, no secrets. */
export function publicRequest(row: RequestRow, sop: CompiledSop | undefined) {
  const step = row.step && sop ? sop.steps.get(row.step) : undefined;
  return {
    id: row.id,
    title: row.title,
    variant: row.variant,
    variantVersion: row.variant_version,
    office: row.office,
    step: row.step,
    stepNo: step?.no ?? null,
    stepDescription: step?.description ?? null,
    phase: row.phase,
    waitingOn: row.actor,
    /** The role's name in the SOP ("Kepala Dinas"), for screens. */
    waitingOnName: (row.actor && sop?.roles.get(row.actor)?.name) ?? null,
    /** The variant's name and the time zone its calendar reads times in (e.g. `Asia/Makassar`). */
    variantName: sop?.sop.name ?? null,
    zone: sop?.calendar.zone ?? null,
    deadline: instant(row.deadline)?.toISOString() ?? null,
    slaStatus: row.sla_status,
    /** The deadline is an estimate: it depends on holidays computed before the year's decree. */
    provisional: row.sla_provisional === true || row.sla_provisional === 1,
    version: row.version,
    createdAt: instant(row.date_created)?.toISOString() ?? null,
    updatedAt: instant(row.date_updated)?.toISOString() ?? null,
  };
}
